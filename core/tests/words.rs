//! The widget's own words as data: each document the widget shows carries them in its
//! languages, with their placeholders, and every problem in them is told at its place.
#![cfg(not(target_arch = "wasm32"))]

use rolefit_core::*;
use serde_json::Value;

fn shipped_value() -> Value {
    serde_json::from_str(BUILT_IN_CONTENT).unwrap()
}

fn problems(value: &Value) -> Vec<String> {
    match Content::parse(&value.to_string()) {
        Ok(_) => Vec::new(),
        Err(errors) => errors.0.iter().map(Problem::in_english).collect(),
    }
}

#[test]
fn the_shipped_content_has_every_word_in_every_language() {
    let content = Content::parse(BUILT_IN_CONTENT).unwrap();
    let words = content
        .words()
        .expect("the shipped content has the widget's words");
    for locale in Locale::ALL {
        for (word, key, _) in Word::ALL {
            assert!(
                !words.get(word, locale).trim().is_empty(),
                "{key} in {locale:?}"
            );
        }
    }
    assert_eq!(words.get(Word::Start, Locale::It), "Inizia il quiz");
    assert_eq!(words.get(Word::Start, Locale::Es), "Empezar el test");
    assert_eq!(words.get(Word::Start, Locale::En), "Start the quiz");
}

#[test]
fn the_order_of_the_table_is_the_order_of_the_words() {
    for (index, (word, _, _)) in Word::ALL.into_iter().enumerate() {
        assert_eq!(word as usize, index);
    }
}

#[test]
fn placeholders_are_filled_by_name_and_anything_else_stays_as_written() {
    let content = Content::parse(BUILT_IN_CONTENT).unwrap();
    let words = content.words().unwrap();
    let values = [("n", "3"), ("total", "22")];
    assert_eq!(
        words.fill(Word::QuestionOf, Locale::It, &values),
        "Domanda 3 di 22"
    );
    assert_eq!(
        words.fill(Word::QuestionOf, Locale::Es, &values),
        "Pregunta 3 de 22"
    );
    assert_eq!(
        words.fill(
            Word::PickStatus,
            Locale::En,
            &[("picked", "1"), ("count", "3")]
        ),
        "Chosen: 1 of 3"
    );
    // A value not given leaves its placeholder; a lone brace is text.
    assert_eq!(
        words.fill(Word::QuestionOf, Locale::En, &[("n", "{total}")]),
        "Question {total} of {total}"
    );
}

#[test]
fn a_document_the_widget_shows_must_carry_the_words() {
    let mut value = shipped_value();
    value.as_object_mut().unwrap().remove("words");
    let bytes = value.to_string().into_bytes();
    // Content without words still parses (a document read only for its quiz)…
    assert!(Content::parse_bytes(&bytes).is_ok());
    // …but the widget refuses it, saying where.
    for document in [Document::QuizEdition, Document::Bank] {
        let refused = read_edition(&bytes, Locale::En, document).expect_err("no words");
        assert_eq!(
            refused.0[0].in_english(),
            "words: required field is missing"
        );
    }
}

#[test]
fn every_problem_in_the_words_is_told_at_its_place() {
    let mut value = shipped_value();
    let words = value["words"].as_object_mut().unwrap();
    words.remove("next");
    words["back"].as_object_mut().unwrap().remove("es");
    words["question_of"]["it"] = Value::from("Domanda {n}");
    words["pick_status"]["en"] = Value::from("Chosen");
    assert_eq!(
        problems(&value),
        vec![
            "words › next: required field is missing",
            "words › back: the \"es\" text is missing or empty",
            "words › question_of › it › {total}: required field is missing",
            "words › pick_status › en › {picked}: required field is missing",
            "words › pick_status › en › {count}: required field is missing",
        ]
    );
}

#[test]
fn each_language_edition_carries_its_own_words_only() {
    // As the build writes an edition: every text keeps one language.
    fn keep(value: &mut Value, tag: &str) {
        match value {
            Value::Object(map) if Locale::ALL.iter().all(|l| map.contains_key(l.tag())) => {
                map.retain(|key, _| key == tag);
            }
            Value::Object(map) => map.values_mut().for_each(|v| keep(v, tag)),
            Value::Array(items) => items.iter_mut().for_each(|v| keep(v, tag)),
            _ => {}
        }
    }
    let mut value = shipped_value();
    keep(&mut value, "es");
    value["locales"] = serde_json::json!(["es"]);
    let edition = read_edition(
        value.to_string().as_bytes(),
        Locale::Es,
        Document::QuizEdition,
    )
    .expect("the Spanish edition");
    assert_eq!(
        edition.words().unwrap().get(Word::Next, Locale::Es),
        "Siguiente"
    );
    assert!(!value["words"].to_string().contains("Avanti"));
}
