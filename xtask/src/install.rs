//! What a fresh machine lacks, installed unless it is there: the wasm target, Trunk, the
//! wasm-bindgen CLI that matches Cargo.lock, the packages in e2e/ (wasm-opt, terser, the test
//! drivers) and the browsers.

use std::fs;
use std::path::Path;

use crate::{cmd, node_bin, output, root, run, Result};

pub const TRUNK_VERSION: &str = "^0.21";
pub const CHROMIUM: &str = "/usr/bin/chromium";
pub const CHROMEDRIVER: &str = "/usr/bin/chromedriver";
/// The other engines candidates use, for the cross-engine tests (e2e/tests/engine-driver.js):
/// Firefox ESR (driven over WebDriver BiDi), WebKitGTK's driver (its MiniBrowser comes with
/// it) and the X server it runs under.
pub const FIREFOX: &str = "/usr/bin/firefox-esr";
pub const WEBKIT_DRIVER: &str = "/usr/bin/WebKitWebDriver";
pub const XVFB_RUN: &str = "/usr/bin/xvfb-run";

pub fn setup() -> Result {
    ensure_wasm_target()?;
    ensure_node_modules()?;
    ensure_trunk()?;
    ensure_wasm_bindgen()
}

pub fn ensure_wasm_target() -> Result {
    let installed = output("rustup", &["target", "list", "--installed"]).unwrap_or_default();
    if installed
        .lines()
        .any(|l| l.trim() == "wasm32-unknown-unknown")
    {
        return Ok(());
    }
    run(cmd("rustup", &["target", "add", "wasm32-unknown-unknown"]))
}

pub fn ensure_trunk() -> Result {
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

pub fn locked_version(package: &str) -> Result<String> {
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

pub fn ensure_wasm_bindgen() -> Result {
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

pub fn ensure_node_modules() -> Result {
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

pub fn ensure_chromium() -> Result {
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
