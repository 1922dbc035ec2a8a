//! The JSON examples of the docs, as written: each one is read by the decoder of what it shows
//! (an event's detail, stored tallies) or is part of the shipped content, so an example that
//! drifts from the code or the content fails here.
#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};

use rolefit_core::tally::Stored;
use rolefit_core::HostEvent;
use serde_json::Value;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// The fenced blocks of `language` in a page of `docs/`, in order.
fn blocks(page: &str, language: &str) -> Vec<String> {
    let text = std::fs::read_to_string(root().join("docs").join(page)).unwrap();
    let mut found = Vec::new();
    let mut open: Option<String> = None;
    for line in text.lines() {
        match (&mut open, line.trim_start().strip_prefix("```")) {
            (None, Some(tag)) if tag.trim() == language => open = Some(String::new()),
            (None, Some(_)) => open = Some(String::from("\u{0}")),
            (Some(body), Some(_)) => {
                if !body.starts_with('\u{0}') {
                    found.push(std::mem::take(body));
                }
                open = None;
            }
            (Some(body), None) => {
                body.push_str(line);
                body.push('\n');
            }
            (None, None) => {}
        }
    }
    found
}

fn json(block: &str) -> Value {
    serde_json::from_str(block).unwrap_or_else(|e| panic!("not JSON as written ({e}):\n{block}"))
}

/// Whether `part` is found in `whole` as written: every key of an object with its value, every
/// item of an array among the whole's items, numbers by value.
fn within(part: &Value, whole: &Value) -> bool {
    match (part, whole) {
        (Value::Object(part), Value::Object(whole)) => part
            .iter()
            .all(|(key, value)| whole.get(key).is_some_and(|w| within(value, w))),
        (Value::Array(part), Value::Array(whole)) => part
            .iter()
            .all(|item| whole.iter().any(|w| within(item, w))),
        (Value::Number(a), Value::Number(b)) => a.as_f64() == b.as_f64(),
        _ => part == whole,
    }
}

/// Whether `part` is found anywhere in `whole`: at its root or below.
fn anywhere(part: &Value, whole: &Value) -> bool {
    within(part, whole)
        || match whole {
            Value::Object(map) => map.values().any(|v| anywhere(part, v)),
            Value::Array(items) => items.iter().any(|v| anywhere(part, v)),
            _ => false,
        }
}

#[test]
fn every_example_of_the_content_format_is_in_the_shipped_content() {
    let shipped = root().join("content/rolefit.json");
    let shipped = json(&std::fs::read_to_string(shipped).unwrap());
    let examples = blocks("content-format.md", "json");
    assert!(
        examples.len() >= 8,
        "the page's examples: {}",
        examples.len()
    );
    for block in examples {
        assert!(
            anywhere(&json(&block), &shipped),
            "not in content/rolefit.json as written:\n{block}"
        );
    }
}

#[test]
fn the_event_example_is_a_complete_event_the_widget_sends() {
    let examples = blocks("embedding.md", "json");
    assert_eq!(examples.len(), 1);
    let event = HostEvent::parse("rolefit:complete", &examples[0]);
    assert!(event.is_ok(), "{event:?}:\n{}", examples[0]);
}

#[test]
fn the_tallies_example_is_stored_tallies_the_kiosk_reads() {
    let examples = blocks("kiosk.md", "json");
    assert_eq!(examples.len(), 1);
    let stored = Stored::decode(&examples[0]);
    assert!(stored.is_ok(), "{stored:?}:\n{}", examples[0]);
}

#[test]
fn the_checker_finds_a_changed_value() {
    let whole = json(r#"{ "roles": [ { "id": "a", "profile": { "x": 0.65 } } ] }"#);
    assert!(anywhere(
        &json(r#"{ "id": "a", "profile": { "x": 0.65 } }"#),
        &whole
    ));
    assert!(!anywhere(
        &json(r#"{ "id": "a", "profile": { "x": 0.7 } }"#),
        &whole
    ));
    assert!(!anywhere(&json(r#"{ "id": "b" }"#), &whole));
}
