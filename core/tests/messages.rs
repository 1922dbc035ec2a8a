//! The messages that cross a boundary: the `rolefit:*` event details the host page gets, and
//! what the widget hands the keep module. Each is written by the core and read back by the
//! core's own reader; serde_json checks independently that the text is JSON with the same
//! values.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use rolefit_core::events::{ErrorKind, Failure, QuizShown};
use rolefit_core::scoring::{answers_favouring, score};
use rolefit_core::*;
use serde_json::Value;
use std::sync::OnceLock;

fn shipped() -> &'static Content {
    static CONTENT: OnceLock<Content> = OnceLock::new();
    CONTENT.get_or_init(|| Content::parse(BUILT_IN_CONTENT).unwrap())
}

/// The shipped content under another version string: content is built only by parsing.
fn with_version(version: &str) -> Content {
    let mut document: Value = serde_json::from_str(BUILT_IN_CONTENT).unwrap();
    document["version"] = version.into();
    Content::parse(&document.to_string()).unwrap()
}

fn detail(json: &str) -> Value {
    serde_json::from_str(json).unwrap_or_else(|e| panic!("not JSON ({e}): {json}"))
}

fn round_trip(event: &HostEvent) {
    assert_eq!(
        HostEvent::parse(event.name(), &event.to_json()).as_ref(),
        Ok(event)
    );
}

#[test]
fn a_finished_result_carries_the_result_and_answers_only_when_asked() {
    let content = shipped();
    let answers = answers_favouring(
        content,
        content.role_by_id("social-media-strategist").unwrap(),
    );
    let outcome = score(content, &answers);
    let event = HostEvent::result(
        content,
        &answers,
        Locale::It,
        ResultOrigin::Finished,
        Length::Full,
        AnswersInEvents::Omitted,
    );
    assert_eq!(event.name(), "rolefit:complete");
    round_trip(&event);
    let without = detail(&event.to_json());
    assert_eq!(without["version"], content.version());
    assert_eq!(without["length"], "full");
    assert_eq!(without["lang"], "it");
    assert_eq!(without["lean"], outcome.lean.id());
    let ranking = without["ranking"].as_array().unwrap();
    assert_eq!(ranking.len(), 3);
    assert_eq!(ranking[0]["role"], "social-media-strategist");
    for (shown, score) in ranking.iter().zip(&outcome.ranking) {
        assert_eq!(shown["role"], content.role(score.role).id().as_str());
        assert_eq!(
            shown["name"],
            content.role(score.role).name().get(Locale::It)
        );
        assert_eq!(shown["percent"], u64::from(score.percent));
    }
    let dimensions = without["dimensions"].as_array().unwrap();
    assert_eq!(dimensions.len(), content.dimensions().len());
    assert!(dimensions
        .iter()
        .all(|d| d["score"].as_u64().is_some_and(|s| s <= 100)));
    assert!(
        without.get("answers").is_none(),
        "answers only when the host asks"
    );

    let event = HostEvent::result(
        content,
        &answers,
        Locale::En,
        ResultOrigin::Finished,
        Length::Quick,
        AnswersInEvents::Included,
    );
    round_trip(&event);
    let with = detail(&event.to_json());
    assert_eq!(
        with["length"], "quick",
        "a tally counts quick and full results apart"
    );
    let given = with["answers"].as_object().unwrap();
    assert_eq!(given.len(), answers.len());
    for (id, answer) in answers.iter() {
        let shown = &given[id.as_str()];
        match answer {
            Answer::Rating(point) => assert_eq!(shown, u64::from(point.get())),
            Answer::Choice(choice) => assert_eq!(shown, choice.as_str()),
            Answer::Pick(picks) => assert_eq!(shown.as_array().unwrap().len(), picks.len()),
        }
    }
}

#[test]
fn a_kiosk_reset_is_told_with_the_quiz_and_the_kiosk_language_only() {
    let reset = HostEvent::reset(shipped(), Locale::Es);
    assert_eq!(reset.name(), "rolefit:reset");
    let value = detail(&reset.to_json());
    let mut keys: Vec<&String> = value.as_object().unwrap().keys().collect();
    keys.sort();
    assert_eq!(keys, ["lang", "version"]);
    assert_eq!(value["lang"], "es");
    round_trip(&reset);
    assert_eq!(
        HostEvent::parse("rolefit:reset", r#"{"version":"1"}"#),
        Err(MessageError::Field("lang"))
    );
}

#[test]
fn a_shared_result_has_its_own_event_and_never_carries_answers() {
    let content = shipped();
    let answers = answers_favouring(content, content.role_by_id("community-manager").unwrap());
    let event = HostEvent::result(
        content,
        &answers,
        Locale::Es,
        ResultOrigin::Shared,
        Length::Quick,
        AnswersInEvents::Included,
    );
    assert_eq!(event.name(), "rolefit:shared");
    round_trip(&event);
    let shown = detail(&event.to_json());
    assert!(shown.get("answers").is_none(), "{shown}");
    assert_eq!(shown["ranking"][0]["role"], "community-manager");

    // Read back, a shared result with answers is refused: they never travel together.
    let finished = HostEvent::result(
        content,
        &answers,
        Locale::Es,
        ResultOrigin::Finished,
        Length::Full,
        AnswersInEvents::Included,
    );
    assert_eq!(
        HostEvent::parse("rolefit:shared", &finished.to_json()),
        Err(MessageError::Field("answers"))
    );
}

#[test]
fn event_details_are_valid_json_whatever_the_texts_hold() {
    let refused = Content::parse(r#"{"format": 7}"#).unwrap_err();
    let event = HostEvent::error(ErrorKind::Content, Some(&refused));
    round_trip(&event);
    let error = detail(&event.to_json());
    assert_eq!(error["kind"], "content");
    let listed: Vec<&str> = error["problems"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p.as_str().unwrap())
        .collect();
    let expected: Vec<String> = refused.0.iter().map(|p| p.describe(Locale::En)).collect();
    assert_eq!(listed, expected);
    let download = HostEvent::error(ErrorKind::Download, None);
    assert_eq!(
        detail(&download.to_json()),
        serde_json::json!({"kind": "download", "problems": []})
    );

    let content = with_version("quote \" backslash \\ newline \n control \u{1} end");
    let ready = HostEvent::ready(&content, Locale::Es);
    round_trip(&ready);
    let shown = detail(&ready.to_json());
    assert_eq!(shown["version"], content.version());
    assert_eq!(shown["lang"], "es");
}

#[test]
fn a_detail_missing_a_field_or_with_a_wrong_one_is_refused() {
    for (name, text, field) in [
        ("rolefit:ready", r#"{"lang":"it"}"#, "version"),
        ("rolefit:start", r#"{"version":"1","lang":"fr"}"#, "lang"),
        ("rolefit:error", r#"{"kind":"boom","problems":[]}"#, "kind"),
        (
            "rolefit:error",
            r#"{"kind":"content","problems":[1]}"#,
            "problems",
        ),
        ("rolefit:nope", r#"{}"#, "name"),
        (
            "rolefit:complete",
            r#"{"version":"1","lang":"en","lean":"clear","ranking":[],"dimensions":[]}"#,
            "length",
        ),
        (
            "rolefit:complete",
            r#"{"version":"1","lang":"en","length":"short","lean":"clear","ranking":[],"dimensions":[]}"#,
            "length",
        ),
        (
            "rolefit:complete",
            r#"{"version":"1","lang":"en","length":"full","lean":"clear","ranking":[{"role":"Not an id","name":"X","percent":1}],"dimensions":[]}"#,
            "role",
        ),
        (
            "rolefit:complete",
            r#"{"version":"1","lang":"en","length":"full","lean":"clear","ranking":[{"role":"x","percent":1}],"dimensions":[]}"#,
            "name",
        ),
        (
            "rolefit:complete",
            r#"{"version":"1","lang":"en","length":"full","lean":"clear","ranking":[{"role":"community-manager","name":"CM","percent":101}],"dimensions":[]}"#,
            "percent",
        ),
        (
            "rolefit:complete",
            r#"{"version":"1","lang":"en","length":"full","lean":"clear","ranking":[],"dimensions":[],"answers":{"q":6}}"#,
            "answers",
        ),
    ] {
        assert_eq!(
            HostEvent::parse(name, text),
            Err(MessageError::Field(field)),
            "{text}"
        );
    }
    assert!(matches!(
        HostEvent::parse("rolefit:ready", "{"),
        Err(MessageError::Syntax(_))
    ));
}

#[test]
fn the_keep_module_is_told_where_everything_is() {
    let message = KeepMessage {
        panel: "w-keep".into(),
        locale: Locale::It,
        code: "AB_-".into(),
        content: "https://x.test/a \"b\".json".into(),
        mode: KeepMode::from(Mode::Kiosk(Timeouts::default())),
    };
    assert_eq!(KeepMode::from(Mode::Embedded), KeepMode::Embedded);
    let request = KeepRequest::Result(message);
    let value = detail(&request.to_json());
    assert_eq!(value["kind"], "result");
    assert_eq!(value["panel"], "w-keep");
    assert_eq!(value["lang"], "it");
    assert_eq!(value["code"], "AB_-");
    assert_eq!(value["content"], "https://x.test/a \"b\".json");
    assert_eq!(value["mode"], "kiosk");
    assert_eq!(KeepRequest::parse(&request.to_json()), Ok(request));
    let bad = [
        (
            r#"{"kind":"result","panel":"p","lang":"it","code":"c","content":"u","mode":"tv"}"#,
            "mode",
        ),
        (
            r#"{"kind":"result","panel":"p","lang":"it","content":"u","mode":"kiosk"}"#,
            "code",
        ),
        (
            r#"{"panel":"p","lang":"it","code":"c","content":"u","mode":"kiosk"}"#,
            "kind",
        ),
        (r#"{"kind":"draw","mode":"kiosk","content":"u"}"#, "kind"),
        (r#"{"kind":"prefetch","mode":"embedded"}"#, "content"),
        (
            r#"{"kind":"problems","mode":"embedded","lang":"es"}"#,
            "problems",
        ),
        (r#"{"kind":"prefetch","content":"u"}"#, "mode"),
    ];
    for (text, field) in bad {
        assert_eq!(
            KeepRequest::parse(text),
            Err(MessageError::Field(field)),
            "{text}"
        );
    }
    assert!(matches!(
        KeepRequest::parse("{\"kind\""),
        Err(MessageError::Syntax(_))
    ));
}

#[test]
fn a_fetch_ahead_names_the_build_and_the_content_only() {
    let request = KeepRequest::Prefetch {
        mode: KeepMode::Embedded,
        content: "rolefit-es-complete.json".into(),
    };
    assert_eq!(
        request.to_json(),
        r#"{"kind":"prefetch","mode":"embedded","content":"rolefit-es-complete.json"}"#
    );
    assert_eq!(KeepRequest::parse(&request.to_json()), Ok(request));
}

// ---------------------------------------------------------------- property tests

/// Random inputs per property; `cargo xtask test --quick` asks for fewer
/// (`ROLEFIT_PROPTEST_CASES`).
fn cases() -> u32 {
    std::env::var("ROLEFIT_PROPTEST_CASES")
        .ok()
        .and_then(|cases| cases.parse().ok())
        .unwrap_or(2_000)
}

/// Any text at all, control characters, quotes, backslashes and astral characters included.
fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![
        ".{0,40}",
        "[\"\\\\\u{0}-\u{1f}\u{7f}\u{fffd}\u{1f600}a-z]{0,20}"
    ]
}

fn locale() -> impl Strategy<Value = Locale> {
    prop::sample::select(Locale::ALL.to_vec())
}

fn answer() -> impl Strategy<Value = Answer> {
    prop_oneof![
        (1u8..=5).prop_map(|p| Answer::Rating(Likert::new(p).unwrap())),
        any_text().prop_map(|c| Answer::Choice(ChoiceId(c))),
        prop::collection::vec(any_text(), 0..4).prop_map(|ids| {
            let mut picks = Picks::new();
            for id in ids {
                picks.insert(ChoiceId(id));
            }
            Answer::Pick(picks)
        }),
    ]
}

fn answers() -> impl Strategy<Value = Answers> {
    prop::collection::vec((any_text(), answer()), 0..8).prop_map(|items| {
        let mut answers = Answers::new();
        for (id, answer) in items {
            answers.insert(QuestionId(id), answer);
        }
        answers
    })
}

fn event() -> impl Strategy<Value = HostEvent> {
    let quiz = || (any_text(), locale()).prop_map(|(version, lang)| QuizShown { version, lang });
    let result = (
        any_text(),
        locale(),
        answers(),
        prop::bool::ANY,
        prop::bool::ANY,
        prop::bool::ANY,
    )
        .prop_map(|(version, locale, answers, shared, include, quick)| {
            let content = with_version(&version);
            let origin = if shared {
                ResultOrigin::Shared
            } else {
                ResultOrigin::Finished
            };
            let include = if include {
                AnswersInEvents::Included
            } else {
                AnswersInEvents::Omitted
            };
            let length = if quick { Length::Quick } else { Length::Full };
            HostEvent::result(&content, &answers, locale, origin, length, include)
        });
    let failure = (prop::bool::ANY, prop::collection::vec(any_text(), 0..5)).prop_map(
        |(download, problems)| {
            let kind = if download {
                ErrorKind::Download
            } else {
                ErrorKind::Content
            };
            HostEvent::Error(Failure { kind, problems })
        },
    );
    prop_oneof![
        quiz().prop_map(HostEvent::Ready),
        quiz().prop_map(HostEvent::Start),
        quiz().prop_map(HostEvent::Reset),
        result,
        failure,
    ]
}

fn keep_mode() -> impl Strategy<Value = KeepMode> {
    prop::sample::select(vec![KeepMode::Embedded, KeepMode::Kiosk])
}

/// Problems as the parser finds them in random documents (some with none), in any language.
fn problems_message() -> impl Strategy<Value = ProblemsMessage> {
    let document = prop_oneof![
        Just(r#"{"format": 2, "questions": [], "title": 7}"#.to_string()),
        any_text().prop_map(|title| format!(r#"{{"format": 1, "title": {title:?}}}"#)),
        any_text(),
    ];
    (locale(), document).prop_map(|(locale, document)| match Content::parse(&document) {
        Err(errors) => ProblemsMessage::new(locale, &errors),
        Ok(_) => ProblemsMessage {
            locale,
            problems: Vec::new(),
        },
    })
}

fn keep_request() -> impl Strategy<Value = KeepRequest> {
    prop_oneof![
        (keep_mode(), any_text())
            .prop_map(|(mode, content)| KeepRequest::Prefetch { mode, content }),
        keep_message().prop_map(KeepRequest::Result),
        (keep_mode(), problems_message())
            .prop_map(|(mode, problems)| KeepRequest::Problems { mode, problems }),
    ]
}

fn keep_message() -> impl Strategy<Value = KeepMessage> {
    (
        any_text(),
        locale(),
        any_text(),
        any_text(),
        prop::bool::ANY,
    )
        .prop_map(|(panel, locale, code, content, kiosk)| KeepMessage {
            panel,
            locale,
            code,
            content,
            mode: if kiosk {
                KeepMode::Kiosk
            } else {
                KeepMode::Embedded
            },
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), ..ProptestConfig::default() })]

    #[test]
    fn every_event_comes_back_exactly_from_its_detail(event in event()) {
        let text = event.to_json();
        prop_assert!(serde_json::from_str::<Value>(&text).is_ok(), "{}", text);
        prop_assert_eq!(HostEvent::parse(event.name(), &text), Ok(event));
    }

    #[test]
    fn every_keep_request_comes_back_exactly_from_its_text(request in keep_request()) {
        let text = request.to_json();
        let value: Value = serde_json::from_str(&text).unwrap();
        // What keep.js reads itself: the kind, the build and where the content is.
        let kind = match &request {
            KeepRequest::Prefetch { .. } => "prefetch",
            KeepRequest::Result(_) => "result",
            KeepRequest::Problems { .. } => "problems",
        };
        prop_assert_eq!(value["kind"].as_str(), Some(kind));
        let mode = match request.mode() {
            KeepMode::Embedded => "embedded",
            KeepMode::Kiosk => "kiosk",
        };
        prop_assert_eq!(value["mode"].as_str(), Some(mode));
        match &request {
            KeepRequest::Prefetch { content, .. } => {
                prop_assert_eq!(value["content"].as_str(), Some(content.as_str()));
            }
            KeepRequest::Result(message) => {
                prop_assert_eq!(value["code"].as_str(), Some(message.code.as_str()));
                prop_assert_eq!(value["content"].as_str(), Some(message.content.as_str()));
            }
            KeepRequest::Problems { .. } => prop_assert!(value.get("content").is_none()),
        }
        prop_assert_eq!(KeepRequest::parse(&text), Ok(request));
    }
}

#[test]
fn the_problems_message_reads_back_and_tells_each_problem_in_its_language() {
    let errors = Content::parse(r#"{"format": 2, "questions": [], "title": 7}"#).unwrap_err();
    for locale in Locale::ALL {
        let message = ProblemsMessage::new(locale, &errors);
        let mode = KeepMode::Kiosk;
        let request = KeepRequest::Problems {
            mode,
            problems: message.clone(),
        };
        let Ok(KeepRequest::Problems { problems: read, .. }) =
            KeepRequest::parse(&request.to_json())
        else {
            panic!("not read back: {}", request.to_json());
        };
        assert_eq!(read, message);
        let told: Vec<String> = errors.0.iter().map(|p| p.describe(locale)).collect();
        assert_eq!(read.lines(), told);
    }
    let italian = ProblemsMessage::new(Locale::It, &errors).lines();
    assert!(
        italian[0].contains("formato 2 non supportato"),
        "{italian:?}"
    );
    for bad in [
        "",
        "{}",
        r#"{"lang":"it"}"#,
        r#"{"lang":"fr","problems":[]}"#,
        r#"{"lang":"it","problems":[["at"]]}"#,
        r#"{"lang":"it","problems":[["at",99]]}"#,
        r#"{"lang":"it","problems":[["at",1.5]]}"#,
        r#"{"lang":"it","problems":[["at",0,7]]}"#,
    ] {
        let bad = match bad.strip_prefix('{') {
            Some(rest) => format!(r#"{{"kind":"problems","mode":"embedded",{rest}"#),
            None => bad.to_string(),
        };
        let bad = bad.replace(",}", "}");
        assert!(KeepRequest::parse(&bad).is_err(), "{bad}");
    }
}
