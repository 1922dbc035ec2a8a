//! Splits the content document into two documents per language, so a first visit downloads
//! only its own language's texts, and only what the quiz needs: the quiz edition
//! (`rolefit-<tag>.json`, without the texts that explain a result: the lean texts, the
//! dimensions' descriptions, the roles' guides, the questions' topics, and without the sources
//! cited) for the widget, and the complete edition
//! (`rolefit-<tag>-complete.json`) for the keep module, which shows the guides beside the
//! result. Run by Trunk after each build (see Trunk.toml); every edition is validated like any
//! content, and must be the same quiz.

use std::fs;
use std::path::Path;

use rolefit_core::{Content, Locale};
use serde_json::Value;

pub const SOURCE: &str = "content/rolefit.json";

/// The file name of a language's quiz edition, as the widget asks for it.
pub fn file_name(locale: Locale) -> String {
    format!("rolefit-{}.json", locale.tag())
}

/// The file name of a language's complete edition, as the keep module asks for it.
pub fn complete_file_name(locale: Locale) -> String {
    format!("rolefit-{}-complete.json", locale.tag())
}

/// The fields of a role that only the keep module shows.
const GUIDE: [&str; 4] = ["summary", "traits", "tasks", "next_steps"];

/// The fields of the document that only the keep module reads: the lean texts, the sources.
const EXPLAINING: [&str; 2] = ["lean", "sources"];

/// Writes every edition of the content into `dir`.
pub fn write(root: &Path, dir: &Path) -> Result<(), String> {
    let source = fs::read_to_string(root.join(SOURCE)).map_err(|e| format!("{SOURCE}: {e}"))?;
    for (locale, quiz, complete) in split(&source)? {
        for (name, text) in [
            (file_name(locale), quiz),
            (complete_file_name(locale), complete),
        ] {
            let path = dir.join(name);
            fs::write(&path, text).map_err(|e| format!("{}: {e}", path.display()))?;
        }
    }
    Ok(())
}

/// For each language, its quiz and complete editions, minified, each checked to be valid and
/// the same quiz as the whole.
pub fn split(source: &str) -> Result<Vec<(Locale, String, String)>, String> {
    let whole = Content::parse(source).map_err(|e| format!("{SOURCE} is invalid:\n{e}"))?;
    let document: Value = serde_json::from_str(source).map_err(|e| e.to_string())?;
    let check = |text: &str, what: &str| {
        let parsed = Content::parse(text).map_err(|e| format!("the {what} is invalid:\n{e}"))?;
        match parsed.same_quiz_as(&whole) {
            true => Ok(()),
            false => Err(format!("the {what} is not the same quiz")),
        }
    };
    let mut editions = Vec::new();
    for locale in Locale::ALL {
        let mut complete = keep_language(&document, locale.tag());
        if let Value::Object(root) = &mut complete {
            root.insert("locales".into(), Value::from(vec![locale.tag()]));
        }
        // The quiz edition leaves out every text that explains a result (all together, as the
        // content format asks): the keep module reads them from the complete edition.
        let mut quiz = complete.clone();
        if let Value::Object(root) = &mut quiz {
            root.retain(|key, _| !EXPLAINING.contains(&key.as_str()));
        }
        if let Some(Value::Array(roles)) = quiz.get_mut("roles") {
            for role in roles.iter_mut().filter_map(Value::as_object_mut) {
                role.retain(|key, _| !GUIDE.contains(&key.as_str()));
            }
        }
        if let Some(Value::Array(questions)) = quiz.get_mut("questions") {
            for question in questions.iter_mut().filter_map(Value::as_object_mut) {
                question.remove("sources");
                question.remove("topic");
                if let Some(Value::Array(options)) = question.get_mut("options") {
                    for option in options.iter_mut().filter_map(Value::as_object_mut) {
                        option.remove("sources");
                    }
                }
            }
        }
        if let Some(Value::Array(dimensions)) = quiz.get_mut("dimensions") {
            for dimension in dimensions.iter_mut().filter_map(Value::as_object_mut) {
                dimension.remove("description");
            }
        }
        let (quiz, complete) = (quiz.to_string(), complete.to_string());
        check(&quiz, &format!("{} quiz edition", locale.tag()))?;
        check(&complete, &format!("{} complete edition", locale.tag()))?;
        editions.push((locale, quiz, complete));
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
        for (locale, text, complete) in editions {
            let edition = Content::parse(&text).unwrap();
            let complete = Content::parse(&complete).unwrap();
            assert!(edition.roles().iter().all(|r| r.guide().is_none()));
            for (role, full) in complete.roles().iter().zip(whole.roles()) {
                let (guide, full) = (role.guide().unwrap(), full.guide().unwrap());
                assert_eq!(guide.summary().get(locale), full.summary().get(locale));
                assert_eq!(guide.tasks().len(), full.tasks().len());
            }
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
        for (_, text, _) in split(&shipped()).unwrap() {
            assert!(text.len() * 2 < whole, "{} of {whole} bytes", text.len());
        }
    }
}
