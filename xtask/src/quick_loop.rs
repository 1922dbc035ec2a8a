//! `cargo xtask test --quick`: the loop to run while working. Formatting, the crate
//! boundaries, lints, the native and component tests, a release build and, from one
//! end-to-end file per area, the tests that take a candidate through it; not the validity
//! suite, the release artefacts, WordPress or the other engines, which `cargo xtask test` runs
//! in full.

use crate::{cmd, component_tests, dist, ensure_chromium, lint, report_size, root, run_counted};
use crate::{setup, Result, Tally, CHROMIUM};

/// One file per area (the quiz, embedding, the results a candidate keeps, the kiosk, the API),
/// and in each the tests that take a candidate through it; the full run has the rest
/// (screenshots, axe at every size, the long property runs).
const E2E: [(&str, &[&str]); 5] = [
    (
        "tests/quiz.test.js",
        &[
            "the whole quiz can be taken by keyboard alone",
            "the whole quiz can be taken by touch on a phone",
        ],
    ),
    (
        "tests/embed.test.js",
        &[
            "two widgets in two languages on one page work independently",
            "inline events: ready, start and complete bubble",
            "a custom question bank from data-bank is used",
        ],
    ),
    (
        "tests/keep.test.js",
        &[
            "a share link opened in a fresh browser",
            "a reload returns to the same question",
        ],
    ),
    ("tests/kiosk.test.js", &["attract, quiz, result"]),
    ("tests/api.test.js", &["a mounted widget calls back"]),
];

/// Fewer random inputs for each property test than the full run's 2,000 to 10,000.
const PROPTEST_CASES: &str = "300";

pub fn run_quick() -> Result {
    setup()?;
    ensure_chromium()?;
    let mut tally = Tally::default();
    lint()?;
    let mut native = cmd("cargo", &["test", "--workspace"]);
    native.env("ROLEFIT_PROPTEST_CASES", PROPTEST_CASES);
    run_counted(native, &mut tally)?;
    component_tests(&mut tally)?;
    dist()?;
    report_size()?;
    let mut args = vec!["--test", "--test-concurrency=1", "--test-reporter=spec"];
    // Node takes its options before the files, and any pattern picks a test in any file.
    let tests = E2E.iter().flat_map(|(_, tests)| tests.iter());
    args.extend(tests.flat_map(|t| ["--test-name-pattern", *t]));
    args.extend(E2E.map(|(file, _)| file));
    let mut e2e = cmd("node", &args);
    e2e.current_dir(root().join("e2e"))
        .env("ROLEFIT_DIST", root().join("dist"))
        .env("ROLEFIT_ARTIFACTS", root().join("target/e2e"))
        .env("CHROMIUM", CHROMIUM);
    let result = run_counted(e2e, &mut tally);
    println!("{} passed, {} failed", tally.passed, tally.failed);
    result
}

#[cfg(test)]
mod tests {
    use super::E2E;

    /// A renamed test would quietly drop out of the loop.
    #[test]
    fn every_test_the_loop_picks_is_in_its_file() {
        for (file, tests) in E2E {
            let path = crate::root().join("e2e").join(file);
            let text = std::fs::read_to_string(&path).unwrap();
            for name in tests {
                assert!(
                    text.contains(&format!("test('{name}"))
                        || text.contains(&format!("test(\"{name}"))
                        || text.contains(&format!("test(`{name}")),
                    "{file} has no test named {name:?}"
                );
            }
        }
    }
}
