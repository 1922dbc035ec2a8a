//! Splits the content document into one document per language (`rolefit-<tag>.json`), so a
//! first visit downloads only its own language's texts. Run by Trunk after each build (see
//! Trunk.toml); every edition is validated like any content, and must be the same quiz.

use std::fs;
use std::path::Path;

use rolefit_core::{Content, Locale};
use serde_json::Value;

pub const SOURCE: &str = "content/rolefit.json";

/// The file name of a language edition, as the widget asks for it.
pub fn file_name(locale: Locale) -> String {
    format!("rolefit-{}.json", locale.tag())
}

/// Writes every edition of the content into `dir`.
pub fn write(root: &Path, dir: &Path) -> Result<(), String> {
    let source = fs::read_to_string(root.join(SOURCE)).map_err(|e| format!("{SOURCE}: {e}"))?;
    for (locale, text) in split(&source)? {
        let path = dir.join(file_name(locale));
        fs::write(&path, text).map_err(|e| format!("{}: {e}", path.display()))?;
    }
    Ok(())
}

/// One minified document per language, each checked to be valid and the same quiz as the whole.
pub fn split(source: &str) -> Result<Vec<(Locale, String)>, String> {
    let whole = Content::parse(source).map_err(|e| format!("{SOURCE} is invalid:\n{e}"))?;
    let document: Value = serde_json::from_str(source).map_err(|e| e.to_string())?;
    let mut editions = Vec::new();
    for locale in Locale::ALL {
        let mut edition = keep_language(&document, locale.tag());
        if let Value::Object(root) = &mut edition {
            root.insert("locales".into(), Value::from(vec![locale.tag()]));
        }
        let text = edition.to_string();
        let parsed = Content::parse(&text)
            .map_err(|e| format!("the {} edition is invalid:\n{e}", locale.tag()))?;
        if !parsed.same_quiz_as(&whole) {
            return Err(format!("the {} edition is not the same quiz", locale.tag()));
        }
        editions.push((locale, text));
    }
    Ok(editions)
}

/// A copy of the document in which every text (an object keyed by all the language tags)
/// keeps only `tag`.
fn keep_language(value: &Value, tag: &str) -> Value {
    match value {
        Value::Object(map) if is_text(map) => {
            let mut text = serde_json::Map::new();
            text.insert(tag.into(), map[tag].clone());
            Value::Object(text)
        }
        Value::Object(map) => Value::Object(
            map.iter()
                .map(|(k, v)| (k.clone(), keep_language(v, tag)))
                .collect(),
        ),
        Value::Array(items) => Value::Array(items.iter().map(|v| keep_language(v, tag)).collect()),
        other => other.clone(),
    }
}

fn is_text(map: &serde_json::Map<String, Value>) -> bool {
    map.len() == Locale::ALL.len() && Locale::ALL.iter().all(|l| map.contains_key(l.tag()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shipped() -> String {
        fs::read_to_string(
            Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("..")
                .join(SOURCE),
        )
        .unwrap()
    }

    #[test]
    fn each_edition_is_valid_speaks_one_language_and_is_the_same_quiz() {
        let whole = Content::parse(&shipped()).unwrap();
        let editions = split(&shipped()).unwrap();
        assert_eq!(editions.len(), 3);
        for (locale, text) in editions {
            let edition = Content::parse(&text).unwrap();
            assert_eq!(edition.locales(), vec![locale]);
            assert!(edition.same_quiz_as(&whole));
            assert_eq!(edition.title().get(locale), whole.title().get(locale));
            assert_eq!(
                edition.questions()[3].prompt().get(locale),
                whole.questions()[3].prompt().get(locale)
            );
            for other in Locale::ALL.into_iter().filter(|&l| l != locale) {
                assert!(
                    !text.contains(&format!("\"{}\":", other.tag())),
                    "{other:?} text left in"
                );
            }
        }
    }

    #[test]
    fn an_edition_is_a_fraction_of_the_whole() {
        let whole = shipped().len();
        for (_, text) in split(&shipped()).unwrap() {
            assert!(text.len() * 2 < whole, "{} of {whole} bytes", text.len());
        }
    }
}
