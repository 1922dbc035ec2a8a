//! Project tasks: `cargo xtask serve | dist | test`. Installs what a fresh machine lacks
//! (wasm target, Trunk, the wasm-bindgen CLI matching Cargo.lock, wasm-opt, Chromium),
//! skipping whatever is already there.

use std::env;
use std::fs;
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{exit, Command, Stdio};
use std::time::Instant;

use rolefit_core::Locale;

use flate2::write::GzEncoder;
use flate2::Compression;

mod boundaries;
mod breakdown;
mod early;
mod editions;
mod glue;
mod imports;
mod personas;
mod quick_loop;
mod release;
mod script_lint;
mod service_worker;
mod simulate;
mod single;
mod styles;
mod validate;
mod validate_quick;
mod wordpress;

/// First-load budget: gzip of the HTML, JS, wasm and CSS together, plus the largest language
/// edition (a first visit cannot show anything without one). `cargo xtask test` fails above it.
const FIRST_LOAD_BUDGET: u64 = 110 * 1024;
const TRUNK_VERSION: &str = "^0.21";
const CHROMIUM: &str = "/usr/bin/chromium";
const CHROMEDRIVER: &str = "/usr/bin/chromedriver";
/// The other engines candidates use, for the cross-engine tests (e2e/tests/engine-driver.js):
/// Firefox ESR (driven over WebDriver BiDi), WebKitGTK's driver (its MiniBrowser comes with
/// it) and the X server it runs under.
const FIREFOX: &str = "/usr/bin/firefox-esr";
const WEBKIT_DRIVER: &str = "/usr/bin/WebKitWebDriver";
const XVFB_RUN: &str = "/usr/bin/xvfb-run";

type Result<T = ()> = std::result::Result<T, String>;

fn main() {
    let task = env::args().nth(1).unwrap_or_default();
    let started = Instant::now();
    let outcome = match task.as_str() {
        "serve" => serve(),
        "dist" => setup()
            .and_then(|_| dist())
            .and_then(|_| report_size().map(drop)),
        "test" => match env::args().nth(2).as_deref() {
            Some("--quick") => quick_loop::run_quick(),
            _ => test(),
        },
        "release" => setup()
            .and_then(|_| dist())
            .and_then(|_| release::package())
            .map(|artefacts| release::report(&artefacts)),
        "endurance" => endurance(),
        "bench" => bench(),
        "personas" => personas::write(),
        "breakdown" => setup().and_then(|_| breakdown::run_task()),
        "boundaries" => boundaries::check(),
        "lint" => setup().and_then(|_| lint()),
        // Trunk runs this after each build, with its staging folder in the environment.
        "post-build" => post_build(),
        "validate" => {
            if validate::run() {
                Ok(())
            } else {
                Err("a validity floor does not hold".into())
            }
        }
        _ => Err(
            "usage: cargo xtask <serve|dist|release|test|bench|endurance|validate|personas|boundaries|breakdown|lint>"
                .into(),
        ),
    };
    match outcome {
        Ok(()) => eprintln!("xtask {task}: done in {:.0?}", started.elapsed()),
        Err(message) => {
            eprintln!("xtask {task}: FAILED: {message}");
            exit(1);
        }
    }
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

fn cargo_bin() -> PathBuf {
    env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| env::var_os("HOME").map(|h| Path::new(&h).join(".cargo")))
        .unwrap_or_default()
        .join("bin")
}

fn node_bin() -> PathBuf {
    root().join("e2e/node_modules/.bin")
}

/// PATH with the project's wasm-opt and cargo's installs first.
fn path_env() -> String {
    let mut paths = vec![node_bin(), cargo_bin()];
    if let Some(path) = env::var_os("PATH") {
        paths.extend(env::split_paths(&path));
    }
    env::join_paths(paths)
        .unwrap()
        .to_string_lossy()
        .into_owned()
}

fn cmd(program: &str, args: &[&str]) -> Command {
    let mut command = Command::new(program);
    command
        .args(args)
        .current_dir(root())
        .env("PATH", path_env());
    command
}

fn run(mut command: Command) -> Result {
    let shown = format!("{command:?}");
    eprintln!("$ {shown}");
    let status = command.status().map_err(|e| format!("{shown}: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{shown} exited with {status}"))
    }
}

fn output(program: &str, args: &[&str]) -> Option<String> {
    let out = cmd(program, args).stderr(Stdio::null()).output().ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}

/// Test totals parsed from the runners' own summary lines.
#[derive(Default)]
struct Tally {
    passed: u64,
    failed: u64,
}

impl Tally {
    fn read(&mut self, line: &str) {
        // cargo test: "test result: ok. 12 passed; 0 failed; ..."
        if let Some(rest) = line.trim().strip_prefix("test result: ") {
            for part in rest.split(';') {
                let words: Vec<&str> = part.split_whitespace().collect();
                match words.as_slice() {
                    [.., n, "passed"] => self.passed += n.parse::<u64>().unwrap_or(0),
                    [n, "failed"] => self.failed += n.parse::<u64>().unwrap_or(0),
                    _ => {}
                }
            }
        }
        // node --test: "ℹ pass 12" / "ℹ fail 0", or "# pass 12" with the tap reporter
        let trimmed = line.trim_start_matches(['ℹ', '#', ' ']);
        if let Some(n) = trimmed.strip_prefix("pass ") {
            self.passed += n.trim().parse::<u64>().unwrap_or(0);
        }
        if let Some(n) = trimmed.strip_prefix("fail ") {
            self.failed += n.trim().parse::<u64>().unwrap_or(0);
        }
    }
}

/// Runs a test command, echoing its output and counting its results.
fn run_counted(mut command: Command, tally: &mut Tally) -> Result {
    let shown = format!("{command:?}");
    eprintln!("$ {shown}");
    let mut child = command
        .stdout(Stdio::piped())
        .spawn()
        .map_err(|e| format!("{shown}: {e}"))?;
    let stdout = child.stdout.take().unwrap();
    for line in BufReader::new(stdout).lines().map_while(|l| l.ok()) {
        println!("{line}");
        tally.read(&line);
    }
    let status = child.wait().map_err(|e| format!("{shown}: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{shown} exited with {status}"))
    }
}

// ---------------------------------------------------------------- setup

fn setup() -> Result {
    ensure_wasm_target()?;
    ensure_node_modules()?;
    ensure_trunk()?;
    ensure_wasm_bindgen()
}

fn ensure_wasm_target() -> Result {
    let installed = output("rustup", &["target", "list", "--installed"]).unwrap_or_default();
    if installed
        .lines()
        .any(|l| l.trim() == "wasm32-unknown-unknown")
    {
        return Ok(());
    }
    run(cmd("rustup", &["target", "add", "wasm32-unknown-unknown"]))
}

fn ensure_trunk() -> Result {
    let version = output("trunk", &["--version"]).unwrap_or_default();
    if version.contains("trunk 0.21.") {
        return Ok(());
    }
    // trunk 0.22 needs a newer rustc than these machines have.
    run(cmd(
        "cargo",
        &["install", "trunk", "--version", TRUNK_VERSION, "--locked"],
    ))
}

fn locked_version(package: &str) -> Result<String> {
    let lock =
        fs::read_to_string(root().join("Cargo.lock")).map_err(|e| format!("Cargo.lock: {e}"))?;
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line == format!("name = \"{package}\"") {
            if let Some(version) = lines.next().and_then(|l| l.strip_prefix("version = \"")) {
                return Ok(version.trim_end_matches('"').to_string());
            }
        }
    }
    Err(format!("{package} is not in Cargo.lock"))
}

fn ensure_wasm_bindgen() -> Result {
    let wanted = locked_version("wasm-bindgen")?;
    let version = output("wasm-bindgen", &["--version"]).unwrap_or_default();
    if version.trim() == format!("wasm-bindgen {wanted}") {
        return Ok(());
    }
    // Not --locked: one of its locked dependencies is missing from the registry.
    run(cmd(
        "cargo",
        &[
            "install",
            "wasm-bindgen-cli",
            "--version",
            &format!("={wanted}"),
        ],
    ))
}

/// wasm-opt's settings for every module of a release build: the widget's and both builds of
/// the keep module. Declared here only; Trunk runs no wasm-opt of its own (`data-wasm-opt="0"`
/// in index.html), `optimise` runs this for all three.
const WASM_OPT: [&str; 16] = [
    // Binaryen's -O4 preparation (whole-module effects, flat IR, control flow rebuilt) before
    // -Oz twice: −0.26 KB of the widget's gzip, −0.17 KB of the keep module's.
    "--generate-global-effects",
    "--flatten",
    "--rereloop",
    "-Oz",
    "-Oz",
    "--strip-producers",
    "--strip-target-features",
    "--low-memory-unused",
    "--zero-filled-memory",
    "--converge",
    "--enable-bulk-memory",
    "--enable-nontrapping-float-to-int",
    "--enable-sign-ext",
    "--enable-mutable-globals",
    "--enable-reference-types",
    "--enable-multivalue",
];

/// The wasm modules of a build, each `<name>_bg.wasm` with its glue `<name>.js`: the widget's
/// (built by Trunk) and the keep module's two builds (`build_keep_module`).
const MODULES: [&str; 3] = ["rolefit", "rolefit_keep", "rolefit_keep_kiosk"];

/// The other scripts a release build minifies.
const SCRIPTS: [&str; 7] = [
    "embed.js",
    "api.js",
    "frame.js",
    "rolefit-frame.js",
    "keep.js",
    "kiosk.js",
    "tallies.js",
];

/// After Trunk's build, in its staging folder: the content's language editions and the keep
/// module; in a release build every module optimised and every script minified.
fn post_build() -> Result {
    let dir = PathBuf::from(
        env::var_os("TRUNK_STAGING_DIR")
            .ok_or("TRUNK_STAGING_DIR is not set (Trunk sets it for its hooks)")?,
    );
    prepare(&dir)?;
    // Last, so that it lists every file as it will be served.
    service_worker::write(&dir)
}

fn prepare(dir: &Path) -> Result {
    editions::write(&root(), dir)?;
    early::write(&root(), dir)?;
    let release = env::var("TRUNK_PROFILE").as_deref() == Ok("release");
    build_keep_module(dir, release)?;
    if !release {
        return Ok(());
    }
    for name in MODULES {
        optimise(&dir.join(format!("{name}_bg.wasm")))?;
        minify_glue(dir, name)?;
    }
    for name in SCRIPTS {
        minify(&dir.join(name), "", &[])?;
    }
    // The frame page's stylesheet is copied as written (Trunk minifies only its own page's).
    let mut css = cmd(
        &node_bin().join("esbuild").to_string_lossy(),
        &[
            "frame.css",
            "--minify",
            "--outfile=frame.css",
            "--allow-overwrite",
            "--log-level=warning",
        ],
    );
    css.current_dir(dir);
    run(css)
}

/// The keep module (`keep/`), which the widget loads only when a result shows, in two builds:
/// `rolefit_keep` for candidates at home, and `rolefit_keep_kiosk` with the QR encoder. Each is
/// built for wasm32 and bound with wasm-bindgen, as Trunk does the widget; Trunk builds one
/// module per page, and two builds of one crate with different features would race in its
/// target folder.
fn build_keep_module(dir: &Path, release: bool) -> Result {
    for (name, features) in [
        ("rolefit_keep", &["--no-default-features"][..]),
        ("rolefit_keep_kiosk", &[][..]),
    ] {
        let mut build = vec![
            "build",
            "-p",
            "rolefit-keep",
            "--lib",
            "--target",
            "wasm32-unknown-unknown",
        ];
        build.extend(features);
        if release {
            build.push("--release");
        }
        // Trunk's own settings for the widget's build are not this build's.
        let mut cargo = cmd("cargo", &build);
        cargo.env_remove("CARGO_TARGET_DIR");
        run(cargo)?;
        let profile = if release { "release" } else { "debug" };
        let wasm = root()
            .join("target/wasm32-unknown-unknown")
            .join(profile)
            .join("rolefit_keep.wasm");
        let (wasm, out) = (wasm.to_string_lossy(), dir.to_string_lossy());
        run(cmd(
            "wasm-bindgen",
            &[
                "--target",
                "web",
                "--no-typescript",
                "--out-name",
                name,
                "--out-dir",
                &out,
                &wasm,
            ],
        ))?;
    }
    Ok(())
}

fn optimise(module: &Path) -> Result {
    let module = module.to_string_lossy();
    let mut args = WASM_OPT.to_vec();
    args.extend(["-o", &module, &module]);
    run(cmd("wasm-opt", &args))
}

/// Minifies a script in place with terser (Trunk's own minifier cannot parse wasm-bindgen's
/// output), with its compress options (empty for the defaults) and more options if given.
fn minify(script: &Path, compress: &str, options: &[&str]) -> Result {
    let terser = node_bin().join("terser");
    if !terser.exists() {
        return Err(
            "a release build needs terser and wasm-opt from e2e/node_modules \
                    (cargo xtask dist installs them)"
                .into(),
        );
    }
    let script = script.to_string_lossy();
    let mut minify = Command::new(&terser);
    minify
        .args(["--module", "--mangle", "--compress"])
        .args((!compress.is_empty()).then_some(compress))
        .args(options)
        .args(["--output", &script, "--", &script]);
    run(minify)
}

/// Minifies a module's glue, renaming the wasm's imports to short names in both (see
/// imports.rs): terser renames them in the glue and says how in its name cache, and the
/// wasm's import section is rewritten to match.
fn minify_glue(dir: &Path, name: &str) -> Result {
    let wasm_path = dir.join(format!("{name}_bg.wasm"));
    let wasm = fs::read(&wasm_path).map_err(|e| format!("{}: {e}", wasm_path.display()))?;
    let module = format!("./{name}_bg.js");
    let imports = imports::glue_imports(&wasm, &module).map_err(|e| format!("{name}: {e}"))?;
    let cache = root().join(format!("target/{name}.names.json"));
    if cache.exists() {
        fs::remove_file(&cache).map_err(|e| format!("{}: {e}", cache.display()))?;
    }
    let cache_arg = cache.to_string_lossy();
    let mangle = imports::mangle_option(&imports);
    minify(
        &dir.join(format!("{name}.js")),
        // The import functions as arrows (none is a constructor or reads `this`): −0.04 KB.
        "passes=3,unsafe_arrows=true",
        &[
            "--ecma",
            "2020",
            "--mangle-props",
            &mangle,
            "--name-cache",
            &cache_arg,
        ],
    )?;
    let names = fs::read_to_string(&cache).map_err(|e| format!("{}: {e}", cache.display()))?;
    let renamed = imports::renamed_in_cache(&names)?;
    let wasm = imports::rename(&wasm, &module, &renamed).map_err(|e| format!("{name}: {e}"))?;
    eprintln!(
        "{name}: {} of {} imports renamed",
        renamed.len(),
        imports.len()
    );
    fs::write(&wasm_path, wasm).map_err(|e| format!("{}: {e}", wasm_path.display()))?;
    let glue_path = dir.join(format!("{name}.js"));
    let glue =
        fs::read_to_string(&glue_path).map_err(|e| format!("{}: {e}", glue_path.display()))?;
    fs::write(&glue_path, glue::unnamed_default(&glue, name)?)
        .map_err(|e| format!("{}: {e}", glue_path.display()))
}

fn ensure_node_modules() -> Result {
    let e2e = root().join("e2e");
    let marker = e2e.join("node_modules/.package-lock.json");
    let fresh = match (
        fs::metadata(&marker),
        fs::metadata(e2e.join("package-lock.json")),
    ) {
        (Ok(installed), Ok(lock)) => installed.modified().ok() >= lock.modified().ok(),
        _ => false,
    };
    if fresh && node_bin().join("wasm-opt").exists() && node_bin().join("terser").exists() {
        return Ok(());
    }
    let mut npm = cmd("npm", &["ci", "--no-audit", "--no-fund"]);
    npm.current_dir(&e2e);
    run(npm)
}

fn ensure_chromium() -> Result {
    let browsers = [CHROMIUM, CHROMEDRIVER, FIREFOX, WEBKIT_DRIVER, XVFB_RUN];
    if browsers.iter().all(|path| Path::new(path).exists()) {
        return Ok(());
    }
    run(cmd("apt-get", &["update"]))?;
    let mut install = cmd(
        "apt-get",
        &[
            "install",
            "-y",
            "--no-install-recommends",
            "chromium",
            "chromium-driver",
            "firefox-esr",
            "webkit2gtk-driver",
            "xvfb",
            "xauth",
        ],
    );
    install.env("DEBIAN_FRONTEND", "noninteractive");
    run(install)
}

// ---------------------------------------------------------------- tasks

fn dist() -> Result {
    run(cmd("trunk", &["build", "--release", "--offline"]))?;
    single::write(&root().join("dist"))
}

fn serve() -> Result {
    setup()?;
    run(cmd("trunk", &["serve", "--release", "--offline"]))
}

/// Formatting, the crate boundaries and the lints, natively and for wasm32: the first steps
/// of the full run and of the quick loop.
fn lint() -> Result {
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
fn component_tests(tally: &mut Tally) -> Result {
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

fn test() -> Result {
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
fn endurance() -> Result {
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
fn bench() -> Result {
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

fn gzip_size(bytes: &[u8]) -> u64 {
    let mut encoder = GzEncoder::new(Vec::new(), Compression::best());
    encoder.write_all(bytes).unwrap();
    encoder.finish().unwrap().len() as u64
}

/// The files each way of loading the widget fetches before it can show anything, beside the
/// shared ones (the wasm, its JS glue, the loader, the widget's CSS and one language edition).
const ENTRY_PAGES: [(&str, &[&str]); 4] = [
    ("stand-alone page", &["index.html", "page.css"]),
    (
        "iframe embed",
        &["frame.html", "frame.css", "frame.js", "rolefit-frame.js"],
    ),
    (
        "iframe embed, Italian frame page",
        &["frame-it.html", "frame.css", "frame.js", "rolefit-frame.js"],
    ),
    (
        "iframe embed, Spanish frame page",
        &["frame-es.html", "frame.css", "frame.js", "rolefit-frame.js"],
    ),
];
const KIOSK_PAGE: [&str; 5] = [
    "kiosk.html",
    "kiosk-page.css",
    "kiosk.js",
    "kiosk.css",
    "kiosk.webmanifest",
];
const SHARED: [&str; 4] = ["embed.js", "rolefit.js", "rolefit_bg.wasm", "rolefit.css"];

/// Prints every file of `dist/` with its raw and gzip size, and the first load of each entry
/// page; returns the larger first load.
fn report_size() -> Result<u64> {
    let dist = root().join("dist");
    let mut entries: Vec<_> = fs::read_dir(&dist)
        .map_err(|e| format!("{}: {e}", dist.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_file())
        .collect();
    entries.sort();
    let mut sizes = Vec::new();
    for path in entries {
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        let bytes = fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let gz = gzip_size(&bytes);
        println!("  {name:<40} {:>8} B raw {gz:>8} B gzip", bytes.len());
        sizes.push((name, gz));
    }
    let size_of = |name: &str| {
        sizes
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, gz)| *gz)
            .ok_or(format!("dist/{name} is missing"))
    };
    // A first visit downloads one language edition: count the largest.
    let edition = Locale::ALL
        .iter()
        .map(|&l| size_of(&editions::file_name(l)))
        .collect::<Result<Vec<u64>>>()?
        .into_iter()
        .max()
        .unwrap_or(0);
    let shared = SHARED.iter().map(|n| size_of(n)).sum::<Result<u64>>()? + edition;
    let mut largest = 0;
    for (page, files) in ENTRY_PAGES {
        let total = shared + files.iter().map(|n| size_of(n)).sum::<Result<u64>>()?;
        println!(
            "  first load, {page}: {total} B gzip ({:.1} KB): {} + {} + the largest language edition",
            total as f64 / 1024.0,
            SHARED.join(", "),
            files.join(", ")
        );
        largest = largest.max(total);
    }
    // Reported, not held to the budget: a kiosk downloads once, then runs from its offline
    // copy for days.
    let kiosk = shared + KIOSK_PAGE.iter().map(|n| size_of(n)).sum::<Result<u64>>()?;
    println!(
        "  first load, kiosk page (not budgeted): {kiosk} B gzip ({:.1} KB): shared + {}",
        kiosk as f64 / 1024.0,
        KIOSK_PAGE.join(", ")
    );
    Ok(largest)
}
