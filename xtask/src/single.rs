//! The kiosk as one HTML file, for a USB stick (`rolefit-kiosk.html` in dist/): the kiosk page
//! with its stylesheets inline and one module script that carries everything else, bundled by
//! esbuild from `web/kiosk-file.js` (wasm as bytes, language editions as text). The page is
//! rewritten with lol_html, an HTML rewriter, never by matching text.

use std::fs;
use std::io::Write;
use std::path::Path;
use std::process::Stdio;

use lol_html::html_content::ContentType;
use lol_html::{element, rewrite_str, RewriteStrSettings};

/// Bundles `web/kiosk-file.js` against the files of `dist`, as one minified ES module.
fn bundle(dist: &Path) -> Result<String, String> {
    let entry = fs::read(super::root().join("web/kiosk-file.js"))
        .map_err(|e| format!("web/kiosk-file.js: {e}"))?;
    let mut esbuild = super::cmd(
        &super::node_bin().join("esbuild").to_string_lossy(),
        &[
            "--bundle",
            "--format=esm",
            "--platform=browser",
            "--target=es2022",
            "--minify",
            "--loader:.wasm=binary",
            "--loader:.json=text",
            "--sourcefile=kiosk-file.js",
        ],
    );
    let mut child = esbuild
        .current_dir(dist)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .map_err(|e| format!("esbuild: {e}"))?;
    child
        .stdin
        .take()
        .ok_or("esbuild: no stdin")?
        .write_all(&entry)
        .map_err(|e| format!("esbuild: {e}"))?;
    let out = child
        .wait_with_output()
        .map_err(|e| format!("esbuild: {e}"))?;
    if !out.status.success() {
        return Err("esbuild could not bundle web/kiosk-file.js".into());
    }
    String::from_utf8(out.stdout).map_err(|e| format!("esbuild: {e}"))
}

/// Text that would end the element it is put in early.
fn ends_early(text: &str, tag: &str) -> bool {
    text.to_ascii_lowercase().contains(&format!("</{tag}"))
}

/// Writes `dist/rolefit-kiosk.html` from `dist/kiosk.html` and the files beside it.
pub fn write(dist: &Path) -> Result<(), String> {
    let page =
        fs::read_to_string(dist.join("kiosk.html")).map_err(|e| format!("kiosk.html: {e}"))?;
    let script = bundle(dist)?;
    if ends_early(&script, "script") {
        return Err("the kiosk bundle contains a closing script tag".into());
    }
    let inline = |href: &str| -> Result<String, String> {
        let css = fs::read_to_string(dist.join(href)).map_err(|e| format!("{href}: {e}"))?;
        match ends_early(&css, "style") {
            true => Err(format!("{href} contains a closing style tag")),
            false => Ok(css),
        }
    };
    // keep.css is the keep module's, added by keep.js on a served page; here it comes inline.
    let keep_css = inline("keep.css")?;
    // So is staff.css, the staff bar's pictures.
    let staff_css = inline("staff.css")?;
    let settings = RewriteStrSettings {
        element_content_handlers: vec![
            element!("link[rel=stylesheet][href]", |el| {
                let href = el.get_attribute("href").unwrap_or_default();
                let css = inline(&href)?;
                // Named, so that the loaders know the page carries it and add no link.
                let style = format!("<style data-rolefit-style=\"{href}\">{css}</style>");
                el.replace(&style, ContentType::Html);
                Ok(())
            }),
            element!("link[rel=manifest], script[src]", |el| {
                el.remove();
                Ok(())
            }),
            element!("link[rel=icon]", |el| {
                el.set_attribute("href", "data:,")?;
                el.remove_attribute("type");
                Ok(())
            }),
            element!("head", |el| {
                el.append(
                    &format!(
                        "<style data-rolefit-style=\"keep.css\">{keep_css}</style>\
                         <style data-rolefit-style=\"staff.css\">{staff_css}</style>"
                    ),
                    ContentType::Html,
                );
                Ok(())
            }),
            element!("body", |el| {
                el.append(
                    &format!("<script type=\"module\">{script}</script>"),
                    ContentType::Html,
                );
                Ok(())
            }),
        ],
        ..RewriteStrSettings::default()
    };
    let single = rewrite_str(&page, settings).map_err(|e| format!("kiosk.html: {e}"))?;
    fs::write(dist.join("rolefit-kiosk.html"), single)
        .map_err(|e| format!("rolefit-kiosk.html: {e}"))
}
