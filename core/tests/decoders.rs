//! Every decoder of outside input, thrown thousands of random and mutated inputs: it returns
//! an answer (a value or the problems found) and never panics. A host's question bank is
//! such input: it reaches `Json::parse` and `Content::parse` unchecked; so are share links
//! and saved progress, which reach `Snapshot::decode`, and the settings of a page's address
//! (language tags, a kiosk's seconds).
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use rolefit_core::json::{Json, JsonError, JsonErrorKind};
use rolefit_core::*;
use serde_json::Value;
use std::sync::OnceLock;

/// Random inputs per property; `cargo xtask test --quick` asks for fewer
/// (`ROLEFIT_PROPTEST_CASES`).
fn cases() -> u32 {
    std::env::var("ROLEFIT_PROPTEST_CASES")
        .ok()
        .and_then(|cases| cases.parse().ok())
        .unwrap_or(10_000)
}

fn shipped_text() -> &'static str {
    BUILT_IN_CONTENT
}

fn shipped_value() -> Value {
    serde_json::from_str(shipped_text()).unwrap()
}

/// Whether serde_json accepts the text as JSON, nested no deeper than our reader allows and
/// with no key given twice in one object.
fn serde_accepts(text: &str) -> bool {
    fn depth(v: &Value) -> usize {
        match v {
            Value::Array(a) => 1 + a.iter().map(depth).max().unwrap_or(0),
            Value::Object(o) => 1 + o.values().map(depth).max().unwrap_or(0),
            _ => 0,
        }
    }
    serde_json::from_str::<Value>(text).is_ok_and(|v| depth(&v) <= 64)
        && serde_json::from_str::<Strict>(text).is_ok()
}

/// Any JSON value, read by serde_json but refusing an object that names a key twice.
struct Strict;

impl<'de> serde::Deserialize<'de> for Strict {
    fn deserialize<D: serde::Deserializer<'de>>(reader: D) -> Result<Strict, D::Error> {
        reader.deserialize_any(Strict)
    }
}

impl<'de> serde::de::Visitor<'de> for Strict {
    type Value = Strict;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("JSON")
    }
    fn visit_bool<E>(self, _: bool) -> Result<Strict, E> {
        Ok(Strict)
    }
    fn visit_i64<E>(self, _: i64) -> Result<Strict, E> {
        Ok(Strict)
    }
    fn visit_u64<E>(self, _: u64) -> Result<Strict, E> {
        Ok(Strict)
    }
    fn visit_f64<E>(self, _: f64) -> Result<Strict, E> {
        Ok(Strict)
    }
    fn visit_str<E>(self, _: &str) -> Result<Strict, E> {
        Ok(Strict)
    }
    fn visit_unit<E>(self) -> Result<Strict, E> {
        Ok(Strict)
    }
    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut items: A) -> Result<Strict, A::Error> {
        while items.next_element::<Strict>()?.is_some() {}
        Ok(Strict)
    }
    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Strict, A::Error> {
        let mut keys = std::collections::HashSet::new();
        while let Some(key) = map.next_key::<String>()? {
            if !keys.insert(key) {
                return Err(serde::de::Error::custom("a key given twice"));
            }
            map.next_value::<Strict>()?;
        }
        Ok(Strict)
    }
}

/// A mutation of a text: bytes cut, replaced or inserted at a position.
#[derive(Clone, Debug)]
enum Edit {
    Truncate(usize),
    Replace(usize, char),
    Insert(usize, String),
    Delete(usize, usize),
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        any::<usize>().prop_map(Edit::Truncate),
        (any::<usize>(), any::<char>()).prop_map(|(at, c)| Edit::Replace(at, c)),
        (any::<usize>(), "[\\[\\]{}\",:0-9a-z\\\\ -]{1,8}").prop_map(|(at, s)| Edit::Insert(at, s)),
        (any::<usize>(), 1usize..40).prop_map(|(at, n)| Edit::Delete(at, n)),
    ]
}

fn apply(text: &str, edits: &[Edit]) -> String {
    let mut chars: Vec<char> = text.chars().collect();
    for edit in edits {
        let len = chars.len().max(1);
        match edit {
            Edit::Truncate(at) => chars.truncate(at % len),
            Edit::Replace(at, c) => {
                if !chars.is_empty() {
                    chars[at % len] = *c;
                }
            }
            Edit::Insert(at, s) => {
                let at = (at % len).min(chars.len());
                chars.splice(at..at, s.chars());
            }
            Edit::Delete(at, n) => {
                let at = (at % len).min(chars.len());
                let end = (at + n).min(chars.len());
                chars.drain(at..end);
            }
        }
    }
    chars.into_iter().collect()
}

/// A random JSON value, a few levels deep.
fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i32>().prop_map(Value::from),
        (-1e6f64..1e6).prop_map(Value::from),
        ".{0,12}".prop_map(Value::from),
    ];
    leaf.prop_recursive(3, 16, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            prop::collection::vec(("[a-z_]{1,8}", inner), 0..4)
                .prop_map(|fields| Value::Object(fields.into_iter().collect())),
        ]
    })
}

/// Every place in a document, as a path of keys and indexes.
fn paths(value: &Value, here: Vec<PathStep>, out: &mut Vec<Vec<PathStep>>) {
    out.push(here.clone());
    match value {
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                let mut next = here.clone();
                next.push(PathStep::Index(i));
                paths(item, next, out);
            }
        }
        Value::Object(fields) => {
            for (key, item) in fields {
                let mut next = here.clone();
                next.push(PathStep::Key(key.clone()));
                paths(item, next, out);
            }
        }
        _ => {}
    }
}

#[derive(Clone, Debug, PartialEq)]
enum PathStep {
    Key(String),
    Index(usize),
}

fn at_path<'v>(value: &'v mut Value, path: &[PathStep]) -> &'v mut Value {
    path.iter().fold(value, |v, step| match step {
        PathStep::Key(k) => &mut v[k.as_str()],
        PathStep::Index(i) => &mut v[*i],
    })
}

fn shipped() -> &'static Content {
    static CONTENT: OnceLock<Content> = OnceLock::new();
    CONTENT.get_or_init(|| Content::parse(shipped_text()).unwrap())
}

/// Any snapshot the quiz can be in: each question unanswered or answered any valid way
/// (a pick with up to its count), on any screen it could be on.
fn snapshot() -> impl Strategy<Value = Snapshot> {
    let content = shipped();
    let n = content.questions().len();
    (prop::collection::vec(any::<u64>(), n), 0..=n + 1).prop_map(move |(seeds, screen)| {
        let mut answers = Answers::new();
        for (question, seed) in content.questions().iter().zip(seeds) {
            let options = question.options();
            let answer = match question.kind() {
                QuestionKind::Rating { .. } => Likert::new((seed % 6) as u8).map(Answer::Rating),
                QuestionKind::Choice { .. } => {
                    let i = (seed % (options.len() as u64 + 1)) as usize;
                    i.checked_sub(1)
                        .map(|i| Answer::Choice(options[i].id().clone()))
                }
                QuestionKind::Pick { count, .. } => {
                    let picks: Picks = options
                        .iter()
                        .enumerate()
                        .filter(|(i, _)| seed >> i & 1 == 1)
                        .take(*count)
                        .map(|(_, o)| o.id().clone())
                        .collect();
                    (!picks.is_empty()).then_some(Answer::Pick(picks))
                }
            };
            if let Some(answer) = answer {
                answers.insert(question.id().clone(), answer);
            }
        }
        let complete = content
            .questions()
            .iter()
            .all(|q| answers.get(q.id()).is_some_and(|a| a.completes(q)));
        let step = match screen {
            0 => Step::Intro,
            s if s <= n => Step::Question(s - 1),
            _ if complete => Step::Result,
            _ => Step::Question(n - 1),
        };
        Snapshot {
            step,
            answers,
            pace: Pace::Full,
        }
    })
}

/// FNV-1a, as the format specifies for its check.
fn fnv(bytes: &[u8]) -> u32 {
    bytes.iter().fold(0x811c_9dc5, |h: u32, &b| {
        (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
    })
}

fn base64url(bytes: &[u8]) -> String {
    use base64::Engine;
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

/// A snapshot's code after random edits: a character replaced, removed or added, or the
/// code cut short.
fn mutated_code() -> impl Strategy<Value = String> {
    (
        snapshot(),
        prop::collection::vec((0..4u8, any::<prop::sample::Index>(), any::<char>()), 1..4),
    )
        .prop_map(|(snapshot, edits)| {
            let mut code: Vec<char> = snapshot.encode(shipped()).chars().collect();
            for (kind, at, c) in edits {
                let i = at.index(code.len() + 1);
                match kind {
                    0 if i < code.len() => code[i] = c,
                    1 if i < code.len() => {
                        code.remove(i);
                    }
                    2 => code.insert(i, c),
                    _ => code.truncate(i),
                }
            }
            code.into_iter().collect()
        })
}

/// Byte sequences that are not UTF-8 from their first byte on, wherever a character starts.
const NOT_UTF8: &[&[u8]] = &[
    b"\x80",
    b"\xBF",
    b"\xC0\x80",
    b"\xC1\xBF",
    b"\xC3",
    b"\xE0\x80\x80",
    b"\xED\xA0\x80",
    b"\xF0\x9F\x98",
    b"\xF4\x90\x80\x80",
    b"\xF5\x80",
    b"\xFE\xFF",
    b"\xFF",
];

/// Line and column, 1-based, of the end of `before`, counted independently of the reader;
/// a leading byte order mark is not part of the document.
fn line_and_column(before: &str) -> (usize, usize) {
    let before = before.strip_prefix('\u{FEFF}').unwrap_or(before);
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().unwrap_or("").chars().count() + 1;
    (line, column)
}

/// `value` as JSON text in which the object at `target` names one of its keys a second
/// time: `spot` picks after which entry, `pick` which of the keys before it. Returns the
/// text, where the repeated key starts, and the key.
fn with_a_key_repeated(
    value: &Value,
    target: &[PathStep],
    (spot, pick): (usize, usize),
    repeated: &Value,
) -> (String, usize, String) {
    fn write(
        value: &Value,
        target: Option<&[PathStep]>,
        choice: (usize, usize),
        repeated: &Value,
        out: &mut String,
        found: &mut (usize, String),
    ) {
        let child = |step: PathStep| match target {
            Some([first, rest @ ..]) if *first == step => Some(rest),
            _ => None,
        };
        match value {
            Value::Object(map) => {
                let mut entries: Vec<(&String, &Value, bool)> =
                    map.iter().map(|(k, v)| (k, v, false)).collect();
                if target == Some(&[]) {
                    let at = 1 + choice.0 % entries.len();
                    let key = entries[choice.1 % at].0;
                    entries.insert(at, (key, repeated, true));
                }
                out.push('{');
                for (i, (key, item, is_repeat)) in entries.into_iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    if is_repeat {
                        *found = (out.len(), key.clone());
                    }
                    out.push_str(&Value::from(key.as_str()).to_string());
                    out.push(':');
                    let next = if is_repeat {
                        None
                    } else {
                        child(PathStep::Key(key.clone()))
                    };
                    write(item, next, choice, repeated, out, found);
                }
                out.push('}');
            }
            Value::Array(items) => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    write(
                        item,
                        child(PathStep::Index(i)),
                        choice,
                        repeated,
                        out,
                        found,
                    );
                }
                out.push(']');
            }
            leaf => out.push_str(&leaf.to_string()),
        }
    }
    let (mut out, mut found) = (String::new(), (0, String::new()));
    write(
        value,
        Some(target),
        (spot, pick),
        repeated,
        &mut out,
        &mut found,
    );
    (out, found.0, found.1)
}

/// Numbers as JSON writes them, from short to far longer than any quote of them.
fn number_text() -> impl Strategy<Value = String> {
    "-?(0|[1-9][0-9]{0,40})(\\.[0-9]{1,40})?([eE][+-]?[0-9]{1,5})?"
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), ..ProptestConfig::default() })]

    #[test]
    fn every_snapshot_comes_back_exactly_from_its_code(snapshot in snapshot()) {
        let code = snapshot.encode(shipped());
        prop_assert!(code.len() <= MAX_CODE_LEN);
        prop_assert_eq!(Snapshot::decode(&code, shipped()), Ok(snapshot));
    }

    #[test]
    fn any_text_is_refused_as_a_code_or_read_as_the_one_it_encodes(text in ".{0,300}") {
        if let Ok(snapshot) = Snapshot::decode(&text, shipped()) {
            prop_assert_eq!(snapshot.encode(shipped()), text);
        }
    }

    #[test]
    fn mutated_codes_are_refused_or_read_as_the_one_they_encode(code in mutated_code()) {
        if let Ok(snapshot) = Snapshot::decode(&code, shipped()) {
            prop_assert_eq!(snapshot.encode(shipped()), code);
        }
    }

    #[test]
    fn codes_that_pass_the_check_with_any_body_are_read_or_refused(
        body in prop::collection::vec(any::<u8>(), 0..24),
        keep_header in any::<bool>(),
    ) {
        // A body after the right header, so decoding reaches the answers themselves.
        let mut bytes = body;
        if keep_header {
            let code = Snapshot { step: Step::Intro, answers: Answers::new(), pace: Pace::Full }.encode(shipped());
            let header = &base64_decode(&code)[..3];
            bytes.splice(0..bytes.len().min(3), header.iter().copied());
        }
        let check = fnv(&bytes);
        bytes.extend([check as u8, (check >> 8) as u8]);
        let code = base64url(&bytes);
        if let Ok(snapshot) = Snapshot::decode(&code, shipped()) {
            prop_assert_eq!(snapshot.encode(shipped()), code);
        }
    }

    #[test]
    fn the_json_reader_never_panics_and_agrees_with_serde_on_any_text(text in ".{0,200}") {
        prop_assert_eq!(Json::parse(&text).is_ok(), serde_accepts(&text), "{:?}", text);
    }

    #[test]
    fn the_json_reader_agrees_with_serde_on_mutated_content(edits in prop::collection::vec(edit(), 1..4)) {
        let text = apply(shipped_text(), &edits);
        prop_assert_eq!(Json::parse(&text).is_ok(), serde_accepts(&text));
    }

    #[test]
    fn mutated_content_text_is_refused_with_its_problems_never_a_panic(edits in prop::collection::vec(edit(), 1..4)) {
        let text = apply(shipped_text(), &edits);
        if let Err(errors) = Content::parse(&text) {
            prop_assert!(!errors.0.is_empty());
            for problem in &errors.0 {
                prop_assert!(!problem.at.is_empty());
                for locale in Locale::ALL {
                    prop_assert!(!problem.describe(locale).is_empty());
                }
            }
        }
    }

    #[test]
    fn a_bank_with_any_field_replaced_is_read_or_explained_never_a_panic(
        pick in any::<prop::sample::Index>(),
        replacement in json_value(),
    ) {
        let mut doc = shipped_value();
        let mut all = Vec::new();
        paths(&doc, Vec::new(), &mut all);
        let path = pick.get(&all).clone();
        *at_path(&mut doc, &path) = replacement;
        match Content::parse(&doc.to_string()) {
            Ok(content) => prop_assert_eq!(content.dimensions().len(), 7),
            Err(errors) => prop_assert!(!errors.0.is_empty()),
        }
    }

    #[test]
    fn any_kiosk_setting_gives_whole_seconds_in_range_or_the_default(
        idle in prop::option::of(".{0,12}"),
        result in prop::option::of("[0-9+ -]{0,8}"),
        warning in prop::option::of(any::<u64>().prop_map(|n| n.to_string())),
    ) {
        let read = Timeouts::from_settings(idle.as_deref(), result.as_deref(), warning.as_deref());
        let default = Timeouts::default();
        for (value, got, fallback) in [
            (&idle, read.idle, default.idle),
            (&result, read.result, default.result),
            (&warning, read.warning, default.warning),
        ] {
            let expected = value
                .as_deref()
                .map(str::trim)
                .filter(|v| v.bytes().all(|b| b.is_ascii_digit()))
                .and_then(|v| v.parse::<u32>().ok())
                .filter(|s| (1..=86_400).contains(s))
                .unwrap_or(fallback);
            prop_assert_eq!(got, expected, "{:?}", value);
        }
    }

    #[test]
    fn any_language_tag_is_read_or_refused(tag in ".{0,24}") {
        match Locale::from_tag(&tag) {
            Ok(locale) => prop_assert!(tag.trim().to_ascii_lowercase().starts_with(locale.tag())),
            Err(unknown) => prop_assert_eq!(unknown.0, tag),
        }
    }
    #[test]
    fn bytes_that_are_not_utf8_anywhere_are_refused_with_their_place(
        edits in prop::collection::vec(edit(), 0..3),
        at in any::<prop::sample::Index>(),
        bad in prop::sample::select(NOT_UTF8),
    ) {
        let text = apply(shipped_text(), &edits);
        let starts: Vec<usize> = text.char_indices().map(|(i, _)| i).chain([text.len()]).collect();
        let byte = *at.get(&starts);
        let bytes = [&text.as_bytes()[..byte], bad, &text.as_bytes()[byte..]].concat();
        let (line, column) = line_and_column(&text[..byte]);
        let expected = Problem {
            at: "(document)".into(),
            kind: ProblemKind::NotJson(JsonError { line, column, kind: JsonErrorKind::NotUtf8 { byte } }),
        };
        prop_assert_eq!(Content::parse_bytes(&bytes).err().map(|e| e.0), Some(vec![expected]));
    }

    #[test]
    fn any_bytes_are_read_or_refused_never_a_panic_and_never_replaced(
        bytes in prop::collection::vec(any::<u8>(), 0..300),
    ) {
        let result = Json::parse_bytes(&bytes);
        let text = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
        match std::str::from_utf8(text) {
            Ok(text) => prop_assert_eq!(result, Json::parse(text)),
            Err(e) => {
                let byte = bytes.len() - text.len() + e.valid_up_to();
                let valid = std::str::from_utf8(&text[..e.valid_up_to()]).unwrap();
                let (line, column) = line_and_column(valid);
                let kind = JsonErrorKind::NotUtf8 { byte };
                prop_assert_eq!(result, Err(JsonError { line, column, kind }));
            }
        }
    }

    #[test]
    fn a_key_repeated_in_any_object_at_any_depth_is_refused_where_it_repeats(
        pick in any::<prop::sample::Index>(),
        choice in (any::<usize>(), any::<usize>()),
        repeated in json_value(),
    ) {
        let doc = shipped_value();
        let mut all = Vec::new();
        paths(&doc, Vec::new(), &mut all);
        let mut doc_mut = doc.clone();
        all.retain(|path| at_path(&mut doc_mut, path).as_object().is_some_and(|o| !o.is_empty()));
        let target = pick.get(&all);
        let (text, offset, key) = with_a_key_repeated(&doc, target, choice, &repeated);
        let (line, column) = line_and_column(&text[..offset]);
        let expected = Problem {
            at: "(document)".into(),
            kind: ProblemKind::NotJson(JsonError { line, column, kind: JsonErrorKind::DuplicateKey(key) }),
        };
        prop_assert_eq!(Content::parse(&text).err().map(|e| e.0), Some(vec![expected]));
        prop_assert!(!serde_accepts(&text));
    }

    #[test]
    fn a_number_out_of_range_is_quoted_as_written(
        written in number_text(),
        role in 0usize..3,
        dimension in any::<prop::sample::Index>(),
    ) {
        let mut doc = shipped_value();
        let dimensions: Vec<String> = doc["dimensions"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| d["id"].as_str().unwrap().to_string())
            .collect();
        let dimension = dimension.get(&dimensions);
        doc["roles"][role]["profile"][dimension] = "@".into();
        let at = format!("roles[{role}] ({}) › profile › {dimension}", doc["roles"][role]["id"].as_str().unwrap());
        let text = doc.to_string().replacen("\"@\"", &written, 1);
        // The standard library's reading of the number, as the reference.
        let value: f64 = written.parse().unwrap();
        let quoted = match written.char_indices().nth(24) {
            Some((end, _)) => format!("{}…", &written[..end]),
            None => written.clone(),
        };
        let found: Vec<Problem> = Content::parse(&text).err().map(|e| e.0).unwrap_or_default();
        let here: Vec<&Problem> = found.iter().filter(|p| p.at == at).collect();
        if !(-1e-9..=1.0 + 1e-9).contains(&value) {
            prop_assert_eq!(here.len(), 1, "{:?}", found);
            prop_assert_eq!(
                here[0].describe(Locale::En),
                format!("{at}: the value {quoted} is outside the range 0 to 1")
            );
            for locale in [Locale::It, Locale::Es] {
                let spaced = format!(" {quoted} ");
                prop_assert!(here[0].describe(locale).contains(&spaced));
            }
        } else if (1e-9..=1.0 - 1e-9).contains(&value) || value == 0.0 || value == 1.0 {
            prop_assert!(here.is_empty(), "{:?}", here);
        }
    }
}

fn base64_decode(code: &str) -> Vec<u8> {
    use base64::Engine;
    base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(code)
        .unwrap()
}
