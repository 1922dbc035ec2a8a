//! The intro as pages carry it before the widget is live: the shipped content's title and
//! intro and the widget's own words, in every language, as the intro screen shows them.
#![cfg(not(target_arch = "wasm32"))]

use rolefit_core::*;

#[test]
fn every_language_has_its_own_intro() {
    let content = Content::parse(BUILT_IN_CONTENT).unwrap();
    let intros = EarlyIntro::every(&content);
    assert_eq!(
        intros.iter().map(|i| i.locale).collect::<Vec<_>>(),
        Locale::ALL.to_vec()
    );
    for intro in &intros {
        let words = content.words().unwrap();
        assert_eq!(intro.title, content.title().get(intro.locale));
        assert_eq!(intro.start, words.get(Word::Start, intro.locale));
        assert_eq!(intro.language, words.get(Word::Language, intro.locale));
        assert_eq!(intro.paragraphs.len(), content.intro(Length::Full).len());
        assert!(intro.paragraphs.iter().all(|p| !p.trim().is_empty()));
    }
    // Each language its own words, not the first language's for all.
    assert_ne!(intros[0].title, intros[1].title);
    assert_ne!(intros[1].start, intros[2].start);
}

#[test]
fn a_document_in_one_language_has_one_intro() {
    let mut value: serde_json::Value = serde_json::from_str(BUILT_IN_CONTENT).unwrap();
    value["locales"] = serde_json::json!(["es"]);
    fn keep_es(v: &mut serde_json::Value) {
        match v {
            serde_json::Value::Object(map) if map.contains_key("it") && map.contains_key("en") => {
                map.retain(|k, _| k == "es");
            }
            serde_json::Value::Object(map) => map.values_mut().for_each(keep_es),
            serde_json::Value::Array(items) => items.iter_mut().for_each(keep_es),
            _ => {}
        }
    }
    keep_es(&mut value);
    let content = Content::parse(&value.to_string()).unwrap();
    let intros = EarlyIntro::every(&content);
    assert_eq!(intros.len(), 1);
    assert_eq!(intros[0].locale, Locale::Es);
    assert_eq!(intros[0].start, "Empezar el test");
}
