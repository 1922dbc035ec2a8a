//! The lints for what is not Rust: ESLint on the JavaScript (the browser's scripts in web/,
//! the WordPress block's editor script, the examples, the end-to-end tests), with the
//! configuration in `e2e/eslint.config.js`, and PHP's own syntax check and PHP_CodeSniffer
//! (the rules of WordPress's standard it ships, `phpcs.xml.dist`) on every file of the
//! WordPress plugin.

use std::fs;
use std::path::{Path, PathBuf};

use crate::{cmd, node_bin, root, run, Result};

/// Where the JavaScript lives, from the repository's root.
const SCRIPTS: [&str; 8] = [
    "web",
    "npm",
    "xtask/src/settings",
    "wordpress/block",
    "examples",
    "e2e/tests",
    "e2e/fixtures",
    "e2e/*.js",
];

pub fn check() -> Result {
    let mut eslint = cmd(
        node_bin().join("eslint").to_str().ok_or("eslint: path")?,
        &["--max-warnings", "0", "-c", "e2e/eslint.config.js"],
    );
    eslint.args(SCRIPTS).current_dir(root());
    run(eslint)?;
    apt_ensure("/usr/bin/php", "php-cli")?;
    let mut files = Vec::new();
    php_files(&root().join("wordpress"), &mut files)?;
    if files.is_empty() {
        return Err("wordpress/: no PHP file to check".into());
    }
    for file in files {
        run(cmd("php", &["-l", file.to_str().ok_or("php: path")?]))?;
    }
    apt_ensure("/usr/bin/phpcs", "php-codesniffer")?;
    let mut standard = cmd("phpcs", &["-q", "--standard=phpcs.xml.dist"]);
    standard.current_dir(root());
    run(standard)
}

/// Every `.php` file under `dir`, in a stable order.
fn php_files(dir: &Path, found: &mut Vec<PathBuf>) -> Result {
    let mut entries = fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .map(|entry| entry.map(|e| e.path()))
        .collect::<std::io::Result<Vec<_>>>()
        .map_err(|e| format!("{}: {e}", dir.display()))?;
    entries.sort();
    for path in entries {
        if path.is_dir() {
            php_files(&path, found)?;
        } else if path.extension().is_some_and(|e| e == "php") {
            found.push(path);
        }
    }
    Ok(())
}

/// A Debian package, unless the program it brings is there: PHP's command line (the WordPress
/// test needs it too) and PHP_CodeSniffer.
fn apt_ensure(program: &str, package: &str) -> Result {
    if Path::new(program).exists() {
        return Ok(());
    }
    run(cmd("apt-get", &["update"]))?;
    let mut install = cmd(
        "apt-get",
        &["install", "-y", "--no-install-recommends", package],
    );
    install.env("DEBIAN_FRONTEND", "noninteractive");
    run(install)
}
