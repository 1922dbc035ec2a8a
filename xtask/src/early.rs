//! The loader's early intro: the intro in every language (the core's [`EarlyIntro`], from the
//! content and the widget's messages), serialized as JSON and bundled into `embed.js` by
//! esbuild, so the loader draws the real intro before the wasm has arrived.

use std::fs;
use std::path::Path;

use rolefit_core::{Content, EarlyIntro, Locale};
use serde_json::{json, Map, Value};

/// What `web/embed.js` imports for its intro, and the texts that imports; put beside it for
/// the bundler, then removed.
const SCRIPT: &str = "early.js";
const DATA: &str = "early-intro.json";

/// The texts, compactly: `{fallback, texts: {tag: [native name, title, [paragraph…], start,
/// language label]}}`, languages in the switcher's order.
pub fn data(source: &str) -> Result<Value, String> {
    let content = Content::parse(source).map_err(|e| format!("the content is invalid:\n{e}"))?;
    // The switcher names every language the widget speaks; the content must speak them all.
    let intros = EarlyIntro::every(&content);
    if intros.len() != Locale::ALL.len() {
        return Err("the content does not speak every language the widget does".into());
    }
    let mut texts = Map::new();
    for intro in intros {
        let name = intro.locale.native_name();
        let entry = json!([
            name,
            intro.title,
            intro.paragraphs,
            intro.start,
            intro.language
        ]);
        texts.insert(intro.locale.tag().into(), entry);
    }
    Ok(json!({ "fallback": Locale::FALLBACK.tag(), "texts": texts }))
}

/// Bundles `dir/embed.js` with the early intro's texts, in place. The widget's glue, the keep
/// module and the script API stay files of their own, imported when needed.
pub fn bundle(root: &Path, dir: &Path) -> Result<(), String> {
    let source = fs::read_to_string(root.join(super::editions::SOURCE))
        .map_err(|e| format!("{}: {e}", super::editions::SOURCE))?;
    let data = serde_json::to_string(&data(&source)?).map_err(|e| e.to_string())?;
    let at = dir.join(DATA);
    fs::write(&at, data).map_err(|e| format!("{}: {e}", at.display()))?;
    let script = dir.join(SCRIPT);
    fs::copy(root.join("web").join(SCRIPT), &script).map_err(|e| format!("web/{SCRIPT}: {e}"))?;
    let mut esbuild = super::cmd(
        &super::node_bin().join("esbuild").to_string_lossy(),
        &[
            "embed.js",
            "--bundle",
            "--format=esm",
            "--platform=browser",
            "--target=es2022",
            "--external:./rolefit.js",
            "--external:./keep.js",
            "--external:./api.js",
            "--outfile=embed.js",
            "--allow-overwrite",
            "--log-level=warning",
        ],
    );
    esbuild.current_dir(dir);
    let bundled = super::run(esbuild);
    for file in [at, script] {
        fs::remove_file(&file).map_err(|e| format!("{}: {e}", file.display()))?;
    }
    bundled
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_its_intro_from_the_content() {
        let source = fs::read_to_string(
            Path::new(env!("CARGO_MANIFEST_DIR")).join("../content/rolefit.json"),
        )
        .unwrap();
        let data = data(&source).unwrap();
        let content = Content::parse(&source).unwrap();
        assert_eq!(data["fallback"], "en");
        for locale in Locale::ALL {
            let texts = &data["texts"][locale.tag()];
            let m = rolefit_core::Messages::get(locale);
            assert_eq!(texts[0], locale.native_name());
            assert_eq!(texts[1], content.title().get(locale));
            assert_eq!(texts[2][0], content.intro()[0].get(locale));
            assert_eq!(texts[3], m.start);
            assert_eq!(texts[4], m.language);
        }
    }
}
