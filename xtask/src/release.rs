//! `cargo xtask release`: from the release build in `dist/`, every artefact a host installs,
//! named with the version from Cargo.toml, into `target/artefacts/` with SHA-256 checksums:
//!
//! - `rolefit-<version>-static.zip`: the folder for any static host, with a README and the licence;
//! - `rolefit-<version>.tgz`: the npm package (`npm pack`, not published), with TypeScript
//!   declarations for `embed.js`;
//! - `rolefit-wordpress-<version>.zip`: the WordPress plugin (`wordpress/`), the widget's files
//!   in its `widget/` folder, its translations compiled ([`crate::wordpress`]);
//! - `rolefit-kiosk-<version>.html`: the kiosk in one file, for a USB stick
//!   ([`crate::single`], docs/kiosk-usb.md).

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use serde_json::{json, Value};
use sha2::{Digest, Sha256};
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipWriter};

use crate::{cmd, root, wordpress, Result};

/// Where the artefacts are written, relative to the repository.
pub const OUT: &str = "target/artefacts";
/// The folder the static zip unpacks to, as the hosts' README's snippets expect.
const STATIC_FOLDER: &str = "rolefit";
/// The plugin's folder (its slug) inside the WordPress zip.
const PLUGIN_FOLDER: &str = "rolefit";

/// One file that goes into an archive: its path inside it, and where its bytes come from.
pub struct Entry {
    pub name: String,
    pub bytes: Vec<u8>,
}

impl Entry {
    pub fn read(name: impl Into<String>, path: &Path) -> Result<Self> {
        let bytes = fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
        Ok(Self {
            name: name.into(),
            bytes,
        })
    }
}

/// The version of the widget crate, as Cargo reads it from Cargo.toml.
pub fn version() -> Result<String> {
    let out = cmd(
        "cargo",
        &[
            "metadata",
            "--format-version",
            "1",
            "--no-deps",
            "--offline",
        ],
    )
    .output()
    .map_err(|e| format!("cargo metadata: {e}"))?;
    if !out.status.success() {
        return Err(format!(
            "cargo metadata: {}",
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    let metadata: Value =
        serde_json::from_slice(&out.stdout).map_err(|e| format!("cargo metadata: {e}"))?;
    metadata["packages"]
        .as_array()
        .and_then(|packages| packages.iter().find(|p| p["name"] == "rolefit"))
        .and_then(|p| p["version"].as_str())
        .map(String::from)
        .ok_or_else(|| "cargo metadata lists no rolefit package".into())
}

/// Packages `dist/` (already built) into every artefact; returns their paths.
pub fn package() -> Result<Vec<PathBuf>> {
    let version = version()?;
    check_changelog(&version)?;
    let out = root().join(OUT);
    if out.exists() {
        fs::remove_dir_all(&out).map_err(|e| format!("{}: {e}", out.display()))?;
    }
    fs::create_dir_all(&out).map_err(|e| format!("{}: {e}", out.display()))?;
    let dist = dist_files()?;
    let licence = Entry::read("LICENSE", &root().join("LICENSE"))?;
    let readme = Entry::read("README.md", &root().join("npm/README.md"))?;

    let mut artefacts = Vec::new();

    let static_zip = out.join(format!("rolefit-{version}-static.zip"));
    let mut entries = prefixed(STATIC_FOLDER, &dist);
    entries.push(copy_as(&format!("{STATIC_FOLDER}/LICENSE"), &licence));
    entries.push(copy_as(&format!("{STATIC_FOLDER}/README.md"), &readme));
    write_zip(&static_zip, entries)?;
    artefacts.push(static_zip);

    artefacts.push(npm_pack(&version, &dist, &licence, &readme, &out)?);

    let plugin_zip = out.join(format!("rolefit-wordpress-{version}.zip"));
    let mut entries = wordpress::plugin_files(&version)?;
    entries.extend(prefixed("widget", &dist));
    entries.push(copy_as("LICENSE", &licence));
    write_zip(&plugin_zip, prefixed(PLUGIN_FOLDER, &entries))?;
    artefacts.push(plugin_zip);

    let kiosk = out.join(format!("rolefit-kiosk-{version}.html"));
    fs::copy(root().join("dist").join(ONE_FILE_KIOSK), &kiosk)
        .map_err(|e| format!("dist/{ONE_FILE_KIOSK}: {e} (build it first)"))?;
    artefacts.push(kiosk);

    write_checksums(&out, &artefacts)?;
    Ok(artefacts)
}

/// The one-file kiosk: an artefact of its own, which the folders for a web host do not need.
pub const ONE_FILE_KIOSK: &str = "rolefit-kiosk.html";

/// Every file of the release build that a web host serves, by name.
fn dist_files() -> Result<Vec<Entry>> {
    let dist = root().join("dist");
    let mut names: Vec<String> = fs::read_dir(&dist)
        .map_err(|e| format!("{}: {e} (build it first)", dist.display()))?
        .filter_map(|e| e.ok())
        .filter(|e| e.path().is_file())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|name| !name.starts_with('.') && name != ONE_FILE_KIOSK)
        .collect();
    names.sort();
    if !names.iter().any(|n| n == "embed.js") {
        return Err(format!(
            "{} has no embed.js: build it first",
            dist.display()
        ));
    }
    names
        .iter()
        .map(|n| Entry::read(n, &dist.join(n)))
        .collect()
}

fn copy_as(name: &str, entry: &Entry) -> Entry {
    Entry {
        name: name.into(),
        bytes: entry.bytes.clone(),
    }
}

fn prefixed(folder: &str, entries: &[Entry]) -> Vec<Entry> {
    entries
        .iter()
        .map(|e| copy_as(&format!("{folder}/{}", e.name), e))
        .collect()
}

/// A release names its version in the changelog before it is made.
fn check_changelog(version: &str) -> Result {
    let changelog = fs::read_to_string(root().join("CHANGELOG.md"))
        .map_err(|e| format!("CHANGELOG.md: {e}"))?;
    let heading = format!("## {version}");
    if changelog
        .lines()
        .any(|l| l == heading || l.starts_with(&format!("{heading} ")))
    {
        Ok(())
    } else {
        Err(format!("CHANGELOG.md has no \"{heading}\" section"))
    }
}

/// A zip with its entries in name order and the zip format's fixed earliest date, so the same
/// files always make the same archive.
fn write_zip(path: &Path, mut entries: Vec<Entry>) -> Result {
    entries.sort_by(|a, b| a.name.cmp(&b.name));
    let file = fs::File::create(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut zip = ZipWriter::new(file);
    let options = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Deflated)
        .compression_level(Some(9))
        .unix_permissions(0o644);
    let fail = |e: &dyn std::fmt::Display| format!("{}: {e}", path.display());
    for entry in entries {
        zip.start_file(entry.name.as_str(), options)
            .map_err(|e| fail(&e))?;
        zip.write_all(&entry.bytes).map_err(|e| fail(&e))?;
    }
    zip.finish().map_err(|e| fail(&e))?;
    Ok(())
}

/// The npm package: the release build, `package.json` (npm/package.json with this version,
/// and `files` listing exactly what is packed), the declarations, the bank check's command,
/// README and licence, packed
/// by npm itself.
fn npm_pack(
    version: &str,
    dist: &[Entry],
    licence: &Entry,
    readme: &Entry,
    out: &Path,
) -> Result<PathBuf> {
    let stage = root().join("target/release-stage/npm");
    if stage.exists() {
        fs::remove_dir_all(&stage).map_err(|e| format!("{}: {e}", stage.display()))?;
    }
    fs::create_dir_all(&stage).map_err(|e| format!("{}: {e}", stage.display()))?;
    let declarations = Entry::read("rolefit.d.ts", &root().join("npm/rolefit.d.ts"))?;
    // `npx rolefit-check`, the package's command (package.json's `bin`).
    let checker = Entry::read("rolefit-check.js", &root().join("npm/rolefit-check.js"))?;
    let mut files: Vec<&Entry> = dist.iter().collect();
    files.extend([&declarations, &checker, licence, readme]);
    for entry in &files {
        let path = stage.join(&entry.name);
        fs::write(&path, &entry.bytes).map_err(|e| format!("{}: {e}", path.display()))?;
    }
    let template = root().join("npm/package.json");
    let text = fs::read_to_string(&template).map_err(|e| format!("{}: {e}", template.display()))?;
    let mut manifest: Value =
        serde_json::from_str(&text).map_err(|e| format!("{}: {e}", template.display()))?;
    manifest["version"] = json!(version);
    manifest["files"] = json!(files.iter().map(|e| e.name.as_str()).collect::<Vec<_>>());
    let text = serde_json::to_string_pretty(&manifest).map_err(|e| e.to_string())? + "\n";
    fs::write(stage.join("package.json"), text).map_err(|e| format!("package.json: {e}"))?;

    let destination = out.to_string_lossy();
    let mut pack = cmd(
        "npm",
        &["pack", "--json", "--pack-destination", &destination],
    );
    pack.current_dir(&stage);
    let shown = format!("{pack:?}");
    eprintln!("$ {shown}");
    let result = pack.output().map_err(|e| format!("{shown}: {e}"))?;
    if !result.status.success() {
        return Err(format!(
            "{shown}: {}",
            String::from_utf8_lossy(&result.stderr)
        ));
    }
    let report: Value =
        serde_json::from_slice(&result.stdout).map_err(|e| format!("npm pack --json: {e}"))?;
    let name = report[0]["filename"]
        .as_str()
        .ok_or("npm pack --json named no file")?;
    let packed = report[0]["files"].as_array().map_or(0, Vec::len);
    // package.json is packed as well as every listed file.
    if packed != files.len() + 1 {
        return Err(format!(
            "npm packed {packed} files, expected {}",
            files.len() + 1
        ));
    }
    Ok(out.join(name))
}

/// `<artefact>.sha256` beside each artefact and `SHA256SUMS` for all, in `sha256sum`'s format.
fn write_checksums(out: &Path, artefacts: &[PathBuf]) -> Result {
    let mut all = String::new();
    for path in artefacts {
        let bytes = fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
        let digest = Sha256::digest(&bytes);
        let hex: String = digest.iter().map(|b| format!("{b:02x}")).collect();
        let name = path.file_name().unwrap().to_string_lossy();
        let line = format!("{hex}  {name}\n");
        let sum = out.join(format!("{name}.sha256"));
        fs::write(&sum, &line).map_err(|e| format!("{}: {e}", sum.display()))?;
        all.push_str(&line);
    }
    fs::write(out.join("SHA256SUMS"), all).map_err(|e| format!("SHA256SUMS: {e}"))
}

/// Prints each artefact with its size.
pub fn report(artefacts: &[PathBuf]) {
    for path in artefacts {
        let size = fs::metadata(path).map_or(0, |m| m.len());
        println!(
            "  {:<44} {:>9} B ({:.1} KB)",
            path.file_name().unwrap().to_string_lossy(),
            size,
            size as f64 / 1024.0
        );
    }
    println!("  with SHA256SUMS and a .sha256 beside each, in {OUT}/");
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;

    #[test]
    fn zips_are_the_same_for_the_same_files() {
        let dir = std::env::temp_dir().join(format!("rolefit-zip-{}", std::process::id()));
        fs::create_dir_all(&dir).unwrap();
        let make = |name: &str, order: &[(&str, &str)]| {
            let path = dir.join(name);
            let entries = order
                .iter()
                .map(|(n, text)| Entry {
                    name: n.to_string(),
                    bytes: text.as_bytes().to_vec(),
                })
                .collect();
            write_zip(&path, entries).unwrap();
            fs::read(path).unwrap()
        };
        let a = make("a.zip", &[("b/x.js", "x"), ("a.txt", "a")]);
        let b = make("b.zip", &[("a.txt", "a"), ("b/x.js", "x")]);
        assert_eq!(a, b);
        let mut archive = zip::ZipArchive::new(std::io::Cursor::new(a)).unwrap();
        let mut text = String::new();
        archive
            .by_name("b/x.js")
            .unwrap()
            .read_to_string(&mut text)
            .unwrap();
        assert_eq!(text, "x");
        fs::remove_dir_all(dir).unwrap();
    }
}
