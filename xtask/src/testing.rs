//! `cargo xtask test` and the runs beside it: the lints, the component tests, the full run
//! in CI's order, the kiosk's endurance run and the benchmarks.

use crate::build::dist;
use crate::install::{ensure_chromium, setup, CHROMEDRIVER, CHROMIUM, FIREFOX, WEBKIT_DRIVER};
use crate::size_report::{report_size, FIRST_LOAD_BUDGET};
use crate::{
    boundaries, cmd, release, root, run, run_counted, script_lint, wordpress, Result, Tally,
};

/// Formatting, the crate boundaries and the lints, natively and for wasm32: the first steps
/// of the full run and of the quick loop.
pub fn lint() -> Result {
    run(cmd("cargo", &["fmt", "--all", "--check"]))?;
    boundaries::check()?;
    script_lint::check()?;
    run(cmd(
        "cargo",
        &[
            "clippy",
            "--workspace",
            "--all-targets",
            "--",
            "-D",
            "warnings",
        ],
    ))?;
    run(cmd(
        "cargo",
        &[
            "clippy",
            "-p",
            "rolefit",
            "-p",
            "rolefit-keep",
            "--target",
            "wasm32-unknown-unknown",
            "--all-targets",
            "--",
            "-D",
            "warnings",
        ],
    ))
}

/// The component tests, with wasm-bindgen-test in headless Chromium.
pub fn component_tests(tally: &mut Tally) -> Result {
    let mut web = cmd(
        "cargo",
        &[
            "test",
            "-p",
            "rolefit",
            "--target",
            "wasm32-unknown-unknown",
            "--test",
            "web",
        ],
    );
    web.env("CHROMEDRIVER", CHROMEDRIVER);
    run_counted(web, tally)
}

pub fn test() -> Result {
    setup()?;
    ensure_chromium()?;
    wordpress::ensure_installed()?;
    let mut tally = Tally::default();
    lint()?;
    // The keep module's build for candidates at home, without the QR encoder.
    run(cmd(
        "cargo",
        &[
            "clippy",
            "-p",
            "rolefit-keep",
            "--no-default-features",
            "--target",
            "wasm32-unknown-unknown",
            "--",
            "-D",
            "warnings",
        ],
    ))?;
    run_counted(cmd("cargo", &["test", "--workspace"]), &mut tally)?;
    run(cmd("cargo", &["xtask", "validate"]))?;
    component_tests(&mut tally)?;
    dist()?;
    let size = report_size()?;
    release::report(&release::package()?);
    let mut e2e = cmd(
        "node",
        &[
            "--test",
            "--test-concurrency=1",
            "--test-reporter=spec",
            "tests/",
        ],
    );
    e2e.current_dir(root().join("e2e"))
        .env("ROLEFIT_DIST", root().join("dist"))
        .env("ROLEFIT_ARTIFACTS", root().join("target/e2e"))
        .env("ROLEFIT_RELEASE", root().join(release::OUT))
        .env("CHROMIUM", CHROMIUM)
        .env("FIREFOX", FIREFOX)
        .env("WEBKIT_DRIVER", WEBKIT_DRIVER);
    let e2e_result = run_counted(e2e, &mut tally);
    let kb = |bytes: u64| bytes as f64 / 1024.0;
    println!(
        "first load: {:.1} KB gzip; budget {:.0} KB{}",
        kb(size),
        kb(FIRST_LOAD_BUDGET),
        if size > FIRST_LOAD_BUDGET {
            format!(" (OVER by {:.1} KB)", kb(size - FIRST_LOAD_BUDGET))
        } else {
            format!(" (met, {:.1} KB to spare)", kb(FIRST_LOAD_BUDGET - size))
        },
    );
    println!("{} passed, {} failed", tally.passed, tally.failed);
    e2e_result?;
    if size > FIRST_LOAD_BUDGET {
        return Err(format!(
            "first load is {size} bytes gzip, over the {FIRST_LOAD_BUDGET} byte budget"
        ));
    }
    Ok(())
}

/// The kiosk endurance run (e2e/endurance.js): 1,000 candidates in one page session on the
/// release build. About half an hour, so not part of `test`; it rewrites docs/benchmarks.md.
pub fn endurance() -> Result {
    setup()?;
    ensure_chromium()?;
    dist()?;
    let mut run_it = cmd("node", &["endurance.js"]);
    run_it
        .current_dir(root().join("e2e"))
        .env("ROLEFIT_DIST", root().join("dist"))
        .env("CHROMIUM", CHROMIUM);
    run(run_it)
}

/// Time to an enabled Start (e2e/bench.js): the release build beside static pages with the same
/// intro, under three network and CPU conditions. Timings, so not part of `test`; it rewrites
/// its section of docs/benchmarks.md (with a "before" column from ROLEFIT_BENCH_BEFORE, the
/// JSON of a run on another build, if set).
pub fn bench() -> Result {
    setup()?;
    ensure_chromium()?;
    dist()?;
    for script in ["bench.js", "bench-eager.js"] {
        let mut run_it = cmd("node", &[script]);
        run_it
            .current_dir(root().join("e2e"))
            .env("ROLEFIT_DIST", root().join("dist"))
            .env("CHROMIUM", CHROMIUM);
        run(run_it)?;
    }
    Ok(())
}
