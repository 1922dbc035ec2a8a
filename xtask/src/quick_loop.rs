//! `cargo xtask test --quick`: the loop to run while working. Formatting, the crate
//! boundaries, lints, the native and component tests, a release build and one end-to-end file
//! per area; not the validity suite, the release artefacts, WordPress or the other engines,
//! which `cargo xtask test` runs in full.

use crate::{cmd, component_tests, dist, ensure_chromium, lint, report_size, root, run_counted};
use crate::{setup, Result, Tally, CHROMIUM};

/// One file per area: the quiz, embedding, the results a candidate keeps, the kiosk, the API.
const E2E: [&str; 5] = [
    "tests/quiz.test.js",
    "tests/embed.test.js",
    "tests/keep.test.js",
    "tests/kiosk.test.js",
    "tests/api.test.js",
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
    args.extend(E2E);
    let mut e2e = cmd("node", &args);
    e2e.current_dir(root().join("e2e"))
        .env("ROLEFIT_DIST", root().join("dist"))
        .env("ROLEFIT_ARTIFACTS", root().join("target/e2e"))
        .env("CHROMIUM", CHROMIUM);
    let result = run_counted(e2e, &mut tally);
    println!("{} passed, {} failed", tally.passed, tally.failed);
    result
}
