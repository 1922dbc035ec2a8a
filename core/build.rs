//! Embeds the content minified: the widget carries the same document, without the
//! indentation that makes it easy to edit.

use std::{env, fs, path::Path};

fn main() {
    let source = "../content/rolefit.json";
    println!("cargo:rerun-if-changed={source}");
    let text = fs::read_to_string(source).expect("content/rolefit.json is readable");
    // Invalid JSON is embedded as it is, so the widget's own validation reports it.
    let minified = serde_json::from_str::<serde_json::Value>(&text)
        .map(|v| v.to_string())
        .unwrap_or(text);
    let out = Path::new(&env::var("OUT_DIR").unwrap()).join("rolefit.min.json");
    fs::write(out, minified).expect("OUT_DIR is writable");
}
