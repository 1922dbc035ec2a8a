//! The crate boundaries, as Cargo sees them: the core depends on nothing of the browser, and
//! the keep module on neither the widget nor Yew. Checked on `cargo tree`, for both targets.

use std::process::Command;

const BROWSER: [&str; 5] = ["yew", "web-sys", "js-sys", "wasm-bindgen", "gloo"];

/// The names of every package `package` depends on (normal and build edges), for `target`.
fn dependencies(package: &str, target: Option<&str>) -> Result<Vec<String>, String> {
    let mut args = vec![
        "tree",
        "-p",
        package,
        "--edges",
        "normal,build",
        "--prefix",
        "none",
    ];
    if let Some(target) = target {
        args.extend(["--target", target]);
    }
    let out = Command::new("cargo")
        .args(&args)
        .current_dir(super::root())
        .output()
        .map_err(|e| format!("cargo tree: {e}"))?;
    if !out.status.success() {
        return Err(format!(
            "cargo tree -p {package}: {}",
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    Ok(String::from_utf8_lossy(&out.stdout)
        .lines()
        .skip(1)
        .filter_map(|line| line.split_whitespace().next().map(str::to_string))
        .collect())
}

/// Fails naming every dependency that crosses a boundary.
pub fn check() -> Result<(), String> {
    let mut crossed = Vec::new();
    for target in [None, Some("wasm32-unknown-unknown")] {
        for name in dependencies("rolefit-core", target)? {
            if BROWSER
                .iter()
                .any(|b| name == *b || name.starts_with(&format!("{b}-")))
            {
                crossed.push(format!("rolefit-core depends on {name}"));
            }
        }
        for name in dependencies("rolefit-keep", target)? {
            if name == "rolefit" || name == "yew" || name.starts_with("yew-") {
                crossed.push(format!("rolefit-keep depends on {name}"));
            }
        }
    }
    crossed.sort();
    crossed.dedup();
    match crossed.is_empty() {
        true => Ok(()),
        false => Err(crossed.join("; ")),
    }
}
