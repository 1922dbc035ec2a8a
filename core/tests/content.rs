//! Content as its document states it: the languages it declares, bytes that must be UTF-8,
//! keys given once, numbers quoted as written; and downloads that fail, told apart.
#![cfg(not(target_arch = "wasm32"))]

use rolefit_core::json::{JsonError, JsonErrorKind};
use rolefit_core::*;
use serde_json::Value;

fn shipped() -> Content {
    Content::parse(BUILT_IN_CONTENT).unwrap()
}

fn shipped_value() -> Value {
    serde_json::from_str(BUILT_IN_CONTENT).unwrap()
}

/// Keeps only `tags` in every text (an object keyed by the language tags), as the build
/// does for a language edition.
fn keep_languages(value: &mut Value, tags: &[&str]) {
    match value {
        Value::Object(map) if Locale::ALL.iter().all(|l| map.contains_key(l.tag())) => {
            map.retain(|key, _| tags.contains(&key.as_str()));
        }
        Value::Object(map) => map.values_mut().for_each(|v| keep_languages(v, tags)),
        Value::Array(items) => items.iter_mut().for_each(|v| keep_languages(v, tags)),
        _ => {}
    }
}

/// The shipped content in only the languages `tags`, declared in `locales`.
fn edition(tags: &[&str]) -> Value {
    let mut doc = shipped_value();
    keep_languages(&mut doc, tags);
    doc["locales"] = tags.into();
    doc
}

/// The problems found, where a document must be refused (its content is too long to print).
fn refused(result: Result<Content, ContentErrors>) -> ContentErrors {
    match result {
        Ok(_) => panic!("the document should be refused"),
        Err(errors) => errors,
    }
}

fn described(result: Result<Content, ContentErrors>) -> Vec<String> {
    let errors = refused(result);
    errors.0.iter().map(|p| p.describe(Locale::En)).collect()
}

/// The document with `number` written, as is, where `"@"` stands.
fn with_number(doc: &Value, number: &str) -> String {
    doc.to_string().replacen("\"@\"", number, 1)
}

#[test]
fn an_edition_in_italian_only_speaks_italian_and_is_the_same_quiz() {
    let whole = shipped();
    let italian = Content::parse(&edition(&["it"]).to_string()).unwrap();
    assert_eq!(italian.locales(), [Locale::It]);
    assert!(italian.speaks(Locale::It));
    assert!(!italian.speaks(Locale::Es) && !italian.speaks(Locale::En));
    assert!(italian.same_quiz_as(&whole));
    // Asked for a language it lacks, a text gives its own words, never a blank.
    for locale in Locale::ALL {
        assert_eq!(italian.title().get(locale), whole.title().get(Locale::It));
        for (q, w) in italian.questions().iter().zip(whole.questions()) {
            assert_eq!(q.prompt().get(locale), w.prompt().get(Locale::It));
        }
    }
}

#[test]
fn a_whole_document_speaks_every_language_with_a_text_in_each() {
    let whole = shipped();
    assert_eq!(whole.locales(), Locale::ALL);
    let [it, es, en] = Locale::ALL.map(|l| whole.title().get(l));
    assert!(it != es && es != en && it != en);
}

#[test]
fn a_declared_language_missing_from_a_text_is_listed_with_its_place() {
    let mut doc = edition(&["it", "en"]);
    let id = doc["questions"][2]["id"].as_str().unwrap().to_string();
    doc["questions"][2]["prompt"]
        .as_object_mut()
        .unwrap()
        .remove("en");
    doc["intro"][0]["it"] = "   ".into();
    let found = described(Content::parse(&doc.to_string()));
    assert_eq!(
        found,
        [
            "intro[0]: the \"it\" text is missing or empty".to_string(),
            format!("questions[2] ({id}) › prompt: the \"en\" text is missing or empty"),
        ]
    );
}

#[test]
fn without_locales_a_document_needs_all_three_languages_in_every_text() {
    let mut doc = shipped_value();
    doc["lean"]["blend"]["detail"]
        .as_object_mut()
        .unwrap()
        .remove("es");
    assert_eq!(
        described(Content::parse(&doc.to_string())),
        ["lean › blend › detail: the \"es\" text is missing or empty"]
    );
}

#[test]
fn bytes_are_read_as_the_same_document_with_or_without_a_byte_order_mark() {
    let from_bytes = Content::parse_bytes(BUILT_IN_CONTENT.as_bytes()).unwrap();
    assert_eq!(from_bytes, shipped());
    let marked = [b"\xEF\xBB\xBF".as_slice(), BUILT_IN_CONTENT.as_bytes()].concat();
    assert_eq!(Content::parse_bytes(&marked).unwrap(), shipped());
}

#[test]
fn bytes_that_are_not_utf8_are_refused_with_line_column_and_byte() {
    let before = "{\n  \"format\": 1,\n  \"version\": \"caf";
    let bytes = [before.as_bytes(), b"\xE9\"\n}"].concat();
    let errors = refused(Content::parse_bytes(&bytes));
    let byte = before.len();
    assert_eq!(
        errors.0,
        [Problem {
            at: "(document)".into(),
            kind: ProblemKind::NotJson(JsonError {
                line: 3,
                column: 18,
                kind: JsonErrorKind::NotUtf8 { byte },
            }),
        }]
    );
    assert_eq!(
        errors.0[0].describe(Locale::En),
        "(document): is not UTF-8 text (line 3, column 18)"
    );
    for locale in [Locale::It, Locale::Es] {
        let text = errors.0[0].describe(locale);
        assert!(text.contains("UTF-8") && text.contains("3") && text.contains("18"));
    }
}

#[test]
fn a_key_given_twice_is_refused_where_it_repeats() {
    let errors = refused(Content::parse("{\"format\": 1,\n \"format\": 2}"));
    assert_eq!(
        errors.0[0].kind,
        ProblemKind::NotJson(JsonError {
            line: 2,
            column: 2,
            kind: JsonErrorKind::DuplicateKey("format".into()),
        })
    );
    assert_eq!(
        errors.0[0].describe(Locale::En),
        "(document): the key \"format\" is repeated (line 2, column 2)"
    );
    assert_eq!(
        errors.0[0].describe(Locale::It),
        "(document): la chiave \"format\" è ripetuta (riga 2, colonna 2)"
    );
    // Deep inside the shipped content too: a text that names its English twice.
    let text = shipped_value().to_string();
    let twice = text.replacen("{\"en\":", "{\"en\":\"one\",\"en\":", 1);
    assert_ne!(twice, text);
    let errors = refused(Content::parse(&twice));
    assert!(matches!(
        &errors.0[0].kind,
        ProblemKind::NotJson(JsonError { kind: JsonErrorKind::DuplicateKey(key), .. }) if key == "en"
    ));
}

#[test]
fn numbers_out_of_range_are_quoted_as_written() {
    let mut doc = shipped_value();
    let dimension = doc["dimensions"][0]["id"].as_str().unwrap().to_string();
    doc["roles"][0]["profile"][&dimension] = "@".into();
    let at = format!("roles[0] (community-manager) › profile › {dimension}");
    for (written, quoted) in [
        ("1e999", "1e999"),
        ("-1E+2", "-1E+2"),
        ("1.0000001", "1.0000001"),
        ("9223372036854775808", "9223372036854775808"),
    ] {
        assert_eq!(
            described(Content::parse(&with_number(&doc, written))),
            [format!(
                "{at}: the value {quoted} is outside the range 0 to 1"
            )]
        );
    }
    let huge = format!("1{}", "0".repeat(100_000));
    assert_eq!(
        described(Content::parse(&with_number(&doc, &huge))),
        [format!(
            "{at}: the value {}… is outside the range 0 to 1",
            &huge[..24]
        )]
    );
    // Within range however it is written, and however long.
    for written in ["0.5e0", "5E-1", "-0", &format!("0.{}", "9".repeat(100_000))] {
        assert!(
            Content::parse(&with_number(&doc, written)).is_ok(),
            "{written}"
        );
    }
    let mut doc = shipped_value();
    doc["format"] = "@".into();
    assert_eq!(
        described(Content::parse(&with_number(&doc, "1.50"))),
        ["format: format 1.50 is not supported; expected 1"]
    );
}

#[test]
fn a_file_not_found_is_told_from_being_offline() {
    let at = "rolefit-it.json".to_string();
    let texts = |kind: ProblemKind| {
        let problem = Problem {
            at: at.clone(),
            kind,
        };
        Locale::ALL.map(|l| problem.describe(l))
    };
    let not_found = texts(ProblemKind::HttpStatus(404));
    let failing = texts(ProblemKind::HttpStatus(503));
    let offline = texts(ProblemKind::Offline);
    assert_eq!(
        not_found,
        [
            "rolefit-it.json: file non disponibile (HTTP 404)",
            "rolefit-it.json: archivo no disponible (HTTP 404)",
            "rolefit-it.json: file not available (HTTP 404)",
        ]
    );
    assert_eq!(
        offline,
        [
            "rolefit-it.json: impossibile raggiungere il server",
            "rolefit-it.json: no se puede conectar con el servidor",
            "rolefit-it.json: the server cannot be reached",
        ]
    );
    for i in 0..3 {
        assert_eq!(failing[i], not_found[i].replace("404", "503"));
    }
}

#[test]
fn a_quick_order_that_is_not_every_question_once_is_listed_with_its_places() {
    let mut doc = shipped_value();
    let order = doc["quick_order"].as_array_mut().unwrap();
    order[1] = Value::from("no-such-question");
    order[2] = order[0].clone();
    order.pop();
    let problems = described(Content::parse(&doc.to_string()));
    assert!(
        problems
            .iter()
            .any(|p| p.starts_with("quick_order: ") && p.contains("22")),
        "{problems:?}"
    );
    assert!(
        problems.contains(&"quick_order[1]: unknown question \"no-such-question\"".to_string()),
        "{problems:?}"
    );
    assert!(
        problems
            .iter()
            .any(|p| p.starts_with("quick_order[2]: ") && p.contains("favourite-tasks")),
        "{problems:?}"
    );
}

#[test]
fn a_download_too_large_for_any_quiz_is_refused_unread_in_every_language() {
    let huge = format!("{{\"format\":1,\"title\":\"{}\"}}", "x".repeat(30 << 20));
    let started = std::time::Instant::now();
    let errors = read_edition(huge.as_bytes(), Locale::En, Document::Bank).unwrap_err();
    assert!(
        started.elapsed().as_millis() < 100,
        "{:?}",
        started.elapsed()
    );
    assert_eq!(
        errors.0,
        [Problem {
            at: "(document) size in bytes".into(),
            kind: ProblemKind::OutOfRange {
                value: huge.len().to_string(),
                min: 0,
                max: 1 << 20
            }
        }]
    );
    let told = Locale::ALL.map(|l| errors.0[0].describe(l));
    assert_eq!(
        told[2],
        format!(
            "(document) size in bytes: the value {} is outside the range 0 to 1048576",
            huge.len()
        )
    );
    assert!(told[0].contains("1048576") && told[1].contains("1048576"));
    // The shipped document with every language is far within the limit.
    assert!(BUILT_IN_CONTENT.len() * 16 <= MAX_DOCUMENT_BYTES);
    let whole = BUILT_IN_CONTENT.as_bytes();
    assert!(read_edition(whole, Locale::En, Document::Bank).is_ok());
}
