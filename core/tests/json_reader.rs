//! The JSON reader: the shipped content as serde_json reads it, and what is not JSON refused with its place.
#![cfg(not(target_arch = "wasm32"))]

// ------------------------------------------------------------------ the JSON reader

#[test]
fn the_json_reader_reads_the_shipped_content_as_serde_json_does() {
    use rolefit_core::json::Json;
    fn same(ours: &Json, theirs: &serde_json::Value) -> bool {
        match (ours, theirs) {
            (Json::Null, serde_json::Value::Null) => true,
            (Json::Bool(a), serde_json::Value::Bool(b)) => a == b,
            (Json::Number(a, _), serde_json::Value::Number(b)) => Some(*a) == b.as_f64(),
            (Json::String(a), serde_json::Value::String(b)) => a == b,
            (Json::Array(a), serde_json::Value::Array(b)) => {
                a.len() == b.len() && a.iter().zip(b).all(|(x, y)| same(x, y))
            }
            (Json::Object(a), serde_json::Value::Object(b)) => {
                a.len() == b.len() && a.iter().all(|(k, v)| b.get(k).is_some_and(|w| same(v, w)))
            }
            _ => false,
        }
    }
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../content/rolefit.json"
    ))
    .unwrap();
    let theirs: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert!(same(&Json::parse(&text).unwrap(), &theirs));
    let tricky =
        r#"{"a":[1,-2.5,3e2,0.125,true,false,null],"s":"\"\\\/\b\f\n\r\t\u00e9\ud83d\ude00"}"#;
    assert!(same(
        &Json::parse(tricky).unwrap(),
        &serde_json::from_str(tricky).unwrap()
    ));
}

#[test]
fn the_json_reader_refuses_what_is_not_json_and_says_where() {
    use rolefit_core::json::{Json, JsonError, JsonErrorKind};
    for bad in [
        "",
        "{",
        "[1,]",
        "{\"a\" 1}",
        "01",
        "1.",
        "-",
        "\"\\x\"",
        "\"a",
        "[1] 2",
        "\"\\ud800\"",
        "tru",
    ] {
        assert!(Json::parse(bad).is_err(), "{bad:?} was accepted");
    }
    assert_eq!(
        Json::parse("{\n  \"é\": [1,\n   x]}"),
        Err(JsonError {
            line: 3,
            column: 4,
            kind: JsonErrorKind::Syntax
        })
    );
    let deep = "[".repeat(10_000) + &"]".repeat(10_000);
    assert!(
        Json::parse(&deep).is_err(),
        "deep nesting must be refused, not overflow the stack"
    );
}
