//! The pure core, natively: content validation, language choice, the quiz reducer, scoring,
//! share codes and the kiosk's idle rules.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;

use rolefit_core::scoring::{self, answers_favouring, outcome_from_dimensions, score};
use rolefit_core::*;

mod personas;

fn shipped() -> Content {
    Content::parse(BUILT_IN_CONTENT).unwrap_or_else(|e| panic!("shipped content is invalid:\n{e}"))
}

const TINY: &str = include_str!("fixtures/tiny.json");

fn tiny() -> Content {
    Content::parse(TINY).unwrap_or_else(|e| panic!("fixture is invalid:\n{e}"))
}

fn edited(edit: impl FnOnce(&mut serde_json::Value)) -> Result<Content, ContentErrors> {
    let mut doc: serde_json::Value = serde_json::from_str(TINY).unwrap();
    edit(&mut doc);
    Content::parse(&doc.to_string())
}

fn problems(result: Result<Content, ContentErrors>) -> Vec<String> {
    result
        .expect_err("content should be refused")
        .0
        .iter()
        .map(|p| p.describe(Locale::En))
        .collect()
}

/// Answers every question: ratings at `point`, choices and picks by position.
fn answer_all(content: &Content, point: u8, option: usize) -> Answers {
    let mut answers = Answers::new();
    for q in content.questions() {
        let answer = match q.kind() {
            QuestionKind::Rating { .. } => Answer::Rating(Likert::new(point).unwrap()),
            QuestionKind::Choice { options } => {
                Answer::Choice(options[option % options.len()].id().clone())
            }
            QuestionKind::Pick { count, options } => Answer::Pick(
                (0..*count)
                    .map(|i| options[(option + i) % options.len()].id().clone())
                    .collect(),
            ),
        };
        answers.insert(q.id().clone(), answer);
    }
    answers
}

// ------------------------------------------------------------------ shipped content

#[test]
fn shipped_content_has_the_dimensions_roles_and_question_kinds_the_quiz_needs() {
    let content = shipped();
    let dims: Vec<&str> = content
        .dimensions()
        .iter()
        .map(|d| d.id().as_str())
        .collect();
    for needed in [
        "interpersonal",
        "leadership",
        "analytics",
        "marketing",
        "content",
        "moderation",
        "strategy",
    ] {
        assert!(dims.contains(&needed), "missing dimension {needed}");
    }
    assert_eq!(content.roles().each_ref().map(|r| r.role()), Role::ALL);
    let count =
        |f: fn(&QuestionKind) -> bool| content.questions().iter().filter(|q| f(q.kind())).count();
    assert!(count(|k| matches!(k, QuestionKind::Rating { .. })) >= 10);
    assert!(count(|k| matches!(k, QuestionKind::Choice { .. })) >= 5);
    assert_eq!(
        count(|k| matches!(k, QuestionKind::Pick { count: 3, options } if options.len() == 9)),
        1
    );
    assert!(
        (22..=26).contains(&content.responses()),
        "{} scored responses",
        content.responses()
    );
}

#[test]
fn every_question_option_and_trait_names_its_sources() {
    let content = shipped();
    for q in content.questions() {
        assert!(!q.sources().is_empty(), "{} has no source", q.id());
        if let QuestionKind::Pick { options, .. } = q.kind() {
            assert!(
                options.iter().all(|o| !o.sources().is_empty()),
                "{} option without source",
                q.id()
            );
        }
    }
    for role in content.roles() {
        let guide = role
            .guide()
            .expect("the shipped content has a guide for every role");
        let all = guide
            .traits()
            .iter()
            .map(|t| t.sources())
            .chain(guide.tasks().iter().map(|t| t.sources()));
        for sources in all {
            assert!(sources
                .iter()
                .all(|s| content.sources().iter().any(|(k, _)| k == s)));
            assert!(!sources.is_empty());
        }
    }
}

#[test]
fn some_self_ratings_are_reverse_keyed_on_every_side() {
    let content = shipped();
    let reverse = content
        .questions()
        .iter()
        .filter(|q| matches!(q.kind(), QuestionKind::Rating { weights } if weights.as_slice().iter().any(|w| *w < 0)))
        .count();
    assert!(reverse >= 4, "only {reverse} reverse-keyed statements");
}

#[test]
fn every_text_is_written_in_every_language() {
    let content = shipped();
    for q in content.questions() {
        for locale in Locale::ALL {
            assert!(!q.prompt().get(locale).is_empty());
            assert!(q
                .options()
                .iter()
                .all(|o| !o.label().get(locale).is_empty()));
        }
    }
    assert_ne!(
        content.title().get(Locale::It),
        content.title().get(Locale::En)
    );
}

// ------------------------------------------------------------------ validation

#[test]
fn a_valid_document_parses() {
    assert_eq!(tiny().questions().len(), 4);
}

#[test]
fn validation_lists_every_problem_with_its_place() {
    let found = problems(edited(|doc| {
        doc["questions"][0]["prompt"]
            .as_object_mut()
            .unwrap()
            .remove("es");
        doc["questions"][1]["id"] = "likes-people".into();
        doc["questions"][2]["options"][1]["weights"] = serde_json::json!({ "numbrs": 1 });
        doc["questions"][3]["options"][0]["weights"]["people"] = 7.into();
        doc["roles"][0]["traits"][0]["sources"][0] = "S9".into();
    }));
    let expected = [
        "questions[0] (likes-people) › prompt: the \"es\" text is missing or empty",
        "questions[1] (likes-people) › id: the id \"likes-people\" is used twice",
        "questions[2] (late-comment) › options[1] (measure) › weights › numbrs: unknown dimension \"numbrs\"",
        "questions[3] (tasks) › options[0] (welcome) › weights › people: the value 7 is outside the range 0 to 1",
        "roles[0] (community-manager) › traits[0] › sources[0]: unknown source \"S9\"",
    ];
    for line in expected {
        assert!(
            found.iter().any(|f| f == line),
            "missing {line:?} in {found:#?}"
        );
    }
    assert_eq!(found.len(), expected.len(), "{found:#?}");
}

#[test]
fn broken_json_is_reported_with_line_and_column() {
    let found = problems(Content::parse("{\n  \"format\": 1,\n  oops\n}"));
    assert_eq!(found, ["(document): is not valid JSON (line 3, column 3)"]);
}

#[test]
fn the_three_roles_are_required_and_no_other() {
    let found = problems(edited(|doc| {
        doc["roles"][2]["id"] = "growth-hacker".into();
    }));
    assert!(
        found
            .iter()
            .any(|f| f.contains("unknown role \"growth-hacker\"")),
        "{found:?}"
    );
    assert!(
        found
            .iter()
            .any(|f| f == "roles: the role \"social-media-strategist\" is missing"),
        "{found:?}"
    );
}

#[test]
fn a_pick_needs_more_options_than_it_asks_for() {
    let found = problems(edited(|doc| {
        doc["questions"][3]["count"] = 4.into();
    }));
    assert_eq!(
        found,
        ["questions[3] (tasks) › options: has 4 items; 5 to 16 are needed"]
    );
}

#[test]
fn a_role_no_answers_can_reach_is_refused() {
    let found = problems(edited(|doc| {
        // The strategist's profile becomes a copy of the community manager's: it can never win.
        doc["roles"][2]["profile"] = doc["roles"][0]["profile"].clone();
        doc["roles"][2]["traits"] = doc["roles"][0]["traits"].clone();
    }));
    assert_eq!(
        found,
        ["roles: no set of answers puts \"social-media-strategist\" on top"]
    );
}

#[test]
fn problems_are_explained_in_each_language() {
    let errors = edited(|doc| {
        doc["format"] = 2.into();
    })
    .unwrap_err();
    let it = errors.0[0].describe(Locale::It);
    let es = errors.0[0].describe(Locale::Es);
    assert_eq!(it, "format: formato 2 non supportato; atteso 1");
    assert_eq!(es, "format: formato 2 no admitido; se esperaba 1");
}

// ------------------------------------------------------------------ language

#[test]
fn the_host_language_wins_then_the_browser_then_english() {
    assert_eq!(Locale::negotiate(Some("es"), ["it-IT"]), (Locale::Es, None));
    assert_eq!(
        Locale::negotiate(None, ["de-DE", "it-IT", "en"]),
        (Locale::It, None)
    );
    assert_eq!(Locale::negotiate(Some(""), ["fr"]), (Locale::En, None));
    assert_eq!(Locale::negotiate(Some("ES-419"), []), (Locale::Es, None));
}

#[test]
fn an_unknown_host_language_falls_back_with_a_warning() {
    let (locale, warning) = Locale::negotiate(Some("klingon"), ["es-MX"]);
    assert_eq!(locale, Locale::Es);
    assert_eq!(warning, Some(UnknownLocale("klingon".into())));
    assert!(warning.unwrap().to_string().contains("data-lang"));
}

// ------------------------------------------------------------------ the reducer

fn step(quiz: &Quiz, content: &Content, action: Action) -> Quiz {
    quiz.apply(content, action.clone())
        .unwrap_or_else(|| panic!("{action:?} changed nothing"))
}

#[test]
fn the_candidate_goes_through_the_questions_one_at_a_time() {
    let content = tiny();
    let mut quiz = Quiz::new(Locale::It);
    quiz = step(&quiz, &content, Action::Start);
    assert_eq!(quiz.step, Step::Question(0));
    assert_eq!(
        quiz.apply(&content, Action::Next),
        None,
        "Next needs an answer"
    );
    quiz = step(
        &quiz,
        &content,
        Action::Rate("likes-people".into(), Likert::new(4).unwrap()),
    );
    quiz = step(&quiz, &content, Action::Next);
    assert_eq!(quiz.step, Step::Question(1));
    quiz = step(&quiz, &content, Action::Back);
    assert_eq!(quiz.step, Step::Question(0));
    assert_eq!(quiz.answered_count(&content), 1);
    quiz = step(&quiz, &content, Action::Back);
    assert_eq!(quiz.step, Step::Intro);
}

#[test]
fn answers_can_be_changed_and_the_last_next_shows_the_result() {
    let content = tiny();
    let mut quiz = step(&Quiz::new(Locale::En), &content, Action::Start);
    quiz.answers = answer_all(&content, 5, 0);
    quiz.step = Step::Question(3);
    quiz = step(&quiz, &content, Action::Next);
    assert_eq!(quiz.step, Step::Result);
    quiz = step(&quiz, &content, Action::Back);
    quiz = step(&quiz, &content, Action::Back);
    quiz = step(
        &quiz,
        &content,
        Action::Choose("late-comment".into(), "write".into()),
    );
    assert_eq!(
        quiz.answers[&QuestionId::from("late-comment")],
        Answer::Choice("write".into())
    );
}

#[test]
fn switching_language_changes_nothing_else() {
    let content = tiny();
    let mut quiz = step(&Quiz::new(Locale::En), &content, Action::Start);
    quiz = step(
        &quiz,
        &content,
        Action::Rate("likes-people".into(), Likert::MAX),
    );
    let switched = step(&quiz, &content, Action::SetLocale(Locale::Es));
    assert_eq!(switched.locale, Locale::Es);
    assert_eq!(
        (switched.step, &switched.answers),
        (quiz.step, &quiz.answers)
    );
}

#[test]
fn start_over_forgets_every_answer_but_keeps_the_language() {
    let content = tiny();
    let mut quiz = Quiz::new(Locale::It);
    quiz.answers = answer_all(&content, 2, 1);
    quiz.step = Step::Result;
    let fresh = step(&quiz, &content, Action::Restart);
    assert_eq!(fresh, Quiz::new(Locale::It));
}

#[test]
fn a_pick_takes_exactly_its_count_and_refuses_one_more() {
    let content = tiny();
    let mut quiz = step(&Quiz::new(Locale::En), &content, Action::Start);
    let pick = |c: &str| Action::TogglePick("tasks".into(), c.into());
    quiz = step(&quiz, &content, pick("welcome"));
    quiz.step = Step::Question(3);
    assert_eq!(
        quiz.apply(&content, Action::Next),
        None,
        "one of two is not enough"
    );
    quiz = step(&quiz, &content, pick("report"));
    assert_eq!(
        quiz.apply(&content, pick("copy")),
        None,
        "a third of two is refused"
    );
    quiz = step(&quiz, &content, pick("welcome"));
    quiz = step(&quiz, &content, pick("copy"));
    let expected: Picks = [ChoiceId::from("report"), "copy".into()]
        .into_iter()
        .collect();
    assert_eq!(
        quiz.answers[&QuestionId::from("tasks")],
        Answer::Pick(expected)
    );
}

#[test]
fn unknown_questions_and_choices_change_nothing() {
    let content = tiny();
    let quiz = step(&Quiz::new(Locale::En), &content, Action::Start);
    assert_eq!(
        quiz.apply(
            &content,
            Action::Choose("late-comment".into(), "dance".into())
        ),
        None
    );
    assert_eq!(
        quiz.apply(&content, Action::Choose("nope".into(), "reply".into())),
        None
    );
    assert_eq!(
        quiz.apply(&content, Action::Rate("late-comment".into(), Likert::MAX)),
        None
    );
}

#[test]
fn keys_pick_options_and_go_on_unless_typing_or_switched_off() {
    assert_eq!(
        shortcut("3", false, false, Shortcuts::On),
        Some(Shortcut::Option(2))
    );
    assert_eq!(
        shortcut("b", false, false, Shortcuts::On),
        Some(Shortcut::Option(1))
    );
    assert_eq!(
        shortcut("B", false, false, Shortcuts::On),
        Some(Shortcut::Option(1))
    );
    assert_eq!(
        shortcut("Enter", false, false, Shortcuts::On),
        Some(Shortcut::Next)
    );
    assert_eq!(shortcut("3", true, false, Shortcuts::On), None);
    assert_eq!(shortcut("3", false, true, Shortcuts::On), None);
    assert_eq!(shortcut("3", false, false, Shortcuts::Off), None);
    assert_eq!(shortcut("z", false, false, Shortcuts::On), None);
    assert_eq!(shortcut("ArrowDown", false, false, Shortcuts::On), None);
    let content = tiny();
    let mut quiz = step(&Quiz::new(Locale::En), &content, Action::Start);
    assert_eq!(
        quiz.select_option(&content, 4),
        Some(Action::Rate("likes-people".into(), Likert::MAX))
    );
    assert_eq!(quiz.select_option(&content, 5), None);
    quiz.step = Step::Question(2);
    assert_eq!(
        quiz.select_option(&content, 1),
        Some(Action::Choose("late-comment".into(), "measure".into()))
    );
}

// ------------------------------------------------------------------ scoring

#[test]
fn percentages_add_up_to_one_hundred() {
    let content = shipped();
    for point in 1..=5 {
        for option in 0..4 {
            let outcome = score(&content, &answer_all(&content, point, option));
            let total: u32 = outcome.ranking.iter().map(|r| u32::from(r.percent)).sum();
            assert_eq!(total, 100);
            assert!(outcome
                .ranking
                .windows(2)
                .all(|w| w[0].percent >= w[1].percent));
        }
    }
}

#[test]
fn each_role_can_come_out_on_top_clearly() {
    let content = shipped();
    for role in Role::ALL {
        let outcome = score(&content, &answers_favouring(&content, role));
        assert_eq!(outcome.top(), role);
        assert_eq!(outcome.lean, Lean::Clear, "{role}: {outcome:?}");
    }
}

#[test]
fn a_blend_can_come_out() {
    let content = shipped();
    let cm = answers_favouring(&content, Role::CommunityManager);
    let sms = answers_favouring(&content, Role::SocialMediaStrategist);
    // On the way from one role's answers to the other's, one question at a time, with any
    // single answer changed on top, the two roles must pass close to each other.
    let every_answer = |q: &Question| -> Vec<Answer> {
        match q.kind() {
            QuestionKind::Rating { .. } => Likert::all().map(Answer::Rating).collect(),
            QuestionKind::Choice { options } => options
                .iter()
                .map(|o| Answer::Choice(o.id().clone()))
                .collect(),
            QuestionKind::Pick { .. } => vec![cm[q.id()].clone(), sms[q.id()].clone()],
        }
    };
    let blend = (0..content.questions().len()).find_map(|n| {
        let mut mixed = cm.clone();
        for q in content.questions().iter().take(n) {
            mixed.insert(q.id().clone(), sms[q.id()].clone());
        }
        content.questions().iter().find_map(|q| {
            every_answer(q).into_iter().find_map(|answer| {
                let mut tried = mixed.clone();
                tried.insert(q.id().clone(), answer);
                let outcome = score(&content, &tried);
                (outcome.lean == Lean::Blend).then_some((outcome, tried))
            })
        })
    });
    let (outcome, answers) = blend.expect("no blend on the way from one role to another");
    // A blend: the top two are close, or the top role does not hold under resampling.
    assert!(
        outcome.ranking[0].percent - outcome.ranking[1].percent <= scoring::BLEND_MARGIN
            || scoring::stability(&content, &answers).percent() < scoring::CLEAR_STABILITY_PERCENT
    );
}

#[test]
fn answers_in_the_middle_of_every_scale_are_called_flat() {
    let content = tiny();
    let mut answers = Answers::new();
    for q in content.questions() {
        if matches!(q.kind(), QuestionKind::Rating { .. }) {
            answers.insert(q.id().clone(), Answer::Rating(Likert::NEUTRAL));
        }
    }
    let outcome = score(&content, &answers);
    assert_eq!(outcome.lean, Lean::Flat);
    assert!(outcome
        .ranking
        .iter()
        .all(|r| (33..=34).contains(&r.percent)));
}

#[test]
fn exact_ties_are_broken_in_role_order() {
    let content = shipped();
    let outcome = outcome_from_dimensions(&content, vec![0.5; content.dimensions().len()]);
    assert_eq!(outcome.ranking.map(|r| r.role), Role::ALL);
    assert_eq!(outcome.ranking.map(|r| r.percent), [34, 33, 33]);
}

#[test]
fn rating_everything_high_is_not_read_as_a_role() {
    let content = shipped();
    let mut answers = Answers::new();
    for q in content.questions() {
        if matches!(q.kind(), QuestionKind::Rating { .. }) {
            answers.insert(q.id().clone(), Answer::Rating(Likert::MAX));
        }
    }
    let outcome = score(&content, &answers);
    assert!(
        outcome.ranking[0].percent <= 50,
        "agreeing with every statement gives {outcome:?}"
    );
}

/// The shipped content with questions and options in another order. Content is built only
/// by parsing, so the reordering is done on the document.
fn reordered(seed: usize) -> Content {
    let mut doc: serde_json::Value = serde_json::from_str(BUILT_IN_CONTENT).unwrap();
    let questions = doc["questions"].as_array_mut().unwrap();
    let n = questions.len();
    questions.rotate_left(seed % n);
    questions.swap(0, (seed * 7) % n);
    for q in questions {
        if let Some(options) = q.get_mut("options").and_then(|o| o.as_array_mut()) {
            options.reverse();
            let len = options.len();
            options.rotate_left(seed % len);
        }
    }
    Content::parse(&doc.to_string()).unwrap()
}

#[test]
fn question_and_option_order_cannot_change_the_result() {
    let content = shipped();
    for (i, point) in (1..=5).enumerate() {
        let answers = answer_all(&content, point, i);
        let outcome = score(&content, &answers);
        for seed in 1..6 {
            let other = score(&reordered(seed), &answers);
            assert_eq!(
                outcome
                    .dimensions
                    .iter()
                    .map(|d| d.to_bits())
                    .collect::<Vec<_>>(),
                other
                    .dimensions
                    .iter()
                    .map(|d| d.to_bits())
                    .collect::<Vec<_>>()
            );
            assert_eq!(
                outcome.ranking.map(|r| r.share.to_bits()),
                other.ranking.map(|r| r.share.to_bits())
            );
        }
    }
}

#[test]
fn the_reasons_are_answers_that_pushed_towards_the_top_role() {
    let content = shipped();
    let answers = answers_favouring(&content, Role::SocialMediaManager);
    let reasons = scoring::reasons(&content, &answers, Role::SocialMediaManager, 3);
    assert_eq!(reasons.len(), 3);
    assert!(reasons.windows(2).all(|w| w[0].push >= w[1].push));
    let dimensions: BTreeSet<usize> = reasons.iter().map(|r| r.dimension).collect();
    assert!(
        dimensions.len() > 1,
        "the reasons all show the same strength"
    );
    for reason in &reasons {
        assert!(reason.push > 0.0);
        let profile = &content.role(Role::SocialMediaManager).profile();
        let mean = profile.iter().sum::<f64>() / profile.len() as f64;
        assert!(
            profile[reason.dimension] > mean,
            "reason on a dimension the role does not stress"
        );
    }
}

// ------------------------------------------------------------------ personas

/// The candidates the end-to-end tests play (`e2e/personas.json`) get, natively, the result
/// the browser tests expect of them.
#[test]
fn the_end_to_end_personas_get_the_result_they_expect() {
    let content = shipped();
    let personas = personas::all();
    for (name, persona) in personas.as_object().unwrap() {
        let mut answers = Answers::new();
        for (id, value) in persona["answers"].as_object().unwrap() {
            let question = content.question(&QuestionId::from(id.as_str())).unwrap();
            let answer = personas::answer(question, value)
                .unwrap_or_else(|| panic!("{name}: bad answer for {id}"));
            assert!(answer.completes(question), "{name}: {id}");
            answers.insert(question.id().clone(), answer);
        }
        assert_eq!(
            answers.len(),
            content.questions().len(),
            "{name} skips questions"
        );
        let outcome = score(&content, &answers);
        assert_eq!(outcome.top().id(), persona["top"], "{name}");
        assert_eq!(
            u64::from(outcome.ranking[0].percent),
            persona["percent"],
            "{name}"
        );
        let lean = outcome.lean.id();
        assert_eq!(lean, persona["lean"], "{name}");
        let stable = scoring::stability(&content, &answers);
        assert_eq!(u64::from(stable.percent()), persona["stability"], "{name}");
        assert_eq!(
            stable,
            scoring::stability(&content, &answers),
            "{name}: stability repeats"
        );
    }
}

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

// Share links and saved progress: the snapshot codec.

/// A part-way quiz: the first `n` questions answered, standing on the next one.
fn part_way(content: &Content, n: usize) -> Snapshot {
    let all = answer_all(content, 4, 1);
    let answers = content.questions()[..n]
        .iter()
        .map(|q| (q.id().clone(), all[q.id()].clone()))
        .collect();
    Snapshot {
        step: Step::Question(n),
        answers,
        pace: Pace::Full,
    }
}

#[test]
fn a_result_and_any_progress_come_back_exactly_from_their_code() {
    let content = shipped();
    let result = Snapshot {
        step: Step::Result,
        answers: answer_all(&content, 5, 2),
        pace: Pace::Full,
    };
    let code = result.encode(&content);
    assert_eq!(Snapshot::decode(&code, &content), Ok(result));
    // 4 bytes of header, 67 bits of answers, 2 of check: 15 bytes, 20 characters.
    assert_eq!(code.len(), 20, "{code}");
    for n in 0..content.questions().len() {
        let progress = part_way(&content, n);
        let code = progress.encode(&content);
        assert_eq!(Snapshot::decode(&code, &content), Ok(progress), "after {n}");
    }
    let intro = Snapshot {
        step: Step::Intro,
        answers: Answers::new(),
        pace: Pace::Full,
    };
    assert_eq!(
        Snapshot::decode(&intro.encode(&content), &content),
        Ok(intro)
    );
}

#[test]
fn a_partly_made_pick_is_kept_in_progress() {
    let content = shipped();
    let (index, pick) = content
        .questions()
        .iter()
        .enumerate()
        .find(|(_, q)| matches!(q.kind(), QuestionKind::Pick { .. }))
        .expect("the quiz has a pick");
    let one: Picks = [pick.options()[2].id().clone()].into_iter().collect();
    let mut answers = Answers::new();
    answers.insert(pick.id().clone(), Answer::Pick(one));
    let progress = Snapshot {
        step: Step::Question(index),
        answers,
        pace: Pace::Full,
    };
    assert_eq!(
        Snapshot::decode(&progress.encode(&content), &content),
        Ok(progress)
    );
}

#[test]
fn a_code_from_another_version_of_the_quiz_says_so() {
    let content = shipped();
    let code = Snapshot {
        step: Step::Result,
        answers: answer_all(&content, 2, 0),
        pace: Pace::Full,
    }
    .encode(&content);
    let mut doc: serde_json::Value = serde_json::from_str(BUILT_IN_CONTENT).unwrap();
    doc["version"] = format!("{}-next", content.version()).into();
    let newer = Content::parse(&doc.to_string()).unwrap();
    assert_eq!(
        Snapshot::decode(&code, &newer),
        Err(SnapshotError::OtherVersion)
    );
}

#[test]
fn damaged_codes_are_refused_never_misread() {
    let content = shipped();
    let code = Snapshot {
        step: Step::Result,
        answers: answer_all(&content, 3, 1),
        pace: Pace::Full,
    }
    .encode(&content);
    let damaged = [
        String::new(),
        "A".into(),
        code[..code.len() - 1].to_string(),
        code[..code.len() / 2].to_string(),
        format!("{code}A"),
        code.replace(|c: char| c.is_ascii_digit(), "!"),
        format!("{code}="),
        "<script>alert(1)</script>".into(),
        "ü".repeat(10),
    ];
    for text in damaged {
        assert!(
            Snapshot::decode(&text, &content).is_err(),
            "{text:?} was read"
        );
    }
    // Every single-character change of the code is noticed.
    let alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    for i in 0..code.len() {
        for c in alphabet.chars().filter(|&c| code.as_bytes()[i] != c as u8) {
            let mut changed = code.clone();
            changed.replace_range(i..=i, &c.to_string());
            assert!(
                Snapshot::decode(&changed, &content).is_err(),
                "{changed} was read"
            );
        }
    }
    assert_eq!(
        Snapshot::decode(&"A".repeat(MAX_CODE_LEN + 1), &content),
        Err(SnapshotError::TooLong)
    );
}

#[test]
fn only_a_rolefit_fragment_is_a_share_code() {
    assert_eq!(share_code("#rolefit=AbC-_9"), Some("AbC-_9"));
    assert_eq!(share_code("#rolefit="), Some(""));
    assert_eq!(share_code("#section-2"), None);
    assert_eq!(share_code(""), None);
    assert_eq!(share_code("rolefit=x"), None);
}

#[test]
fn resuming_returns_to_the_same_question_with_the_same_answers() {
    let content = shipped();
    let saved = part_way(&content, 5);
    let quiz = Quiz::new(Locale::Es).resumed(saved.clone());
    assert_eq!(quiz.step, Step::Question(5));
    assert_eq!(quiz.snapshot(), saved);
    assert_eq!(quiz.locale, Locale::Es);
    assert_eq!(quiz.answered_count(&content), 5);
}

// Kiosk mode.

#[test]
fn an_idle_kiosk_warns_then_resets_and_its_attract_screen_waits_for_ever() {
    let t = Timeouts {
        idle: 45,
        result: 90,
        warning: 15,
    };
    let question = Step::Question(3);
    assert_eq!(t.after(question, 0), Idle::Active);
    assert_eq!(t.after(question, 44), Idle::Active);
    assert_eq!(t.after(question, 45), Idle::Warning { left: 15 });
    assert_eq!(t.after(question, 59), Idle::Warning { left: 1 });
    assert_eq!(t.after(question, 60), Idle::Reset);
    assert_eq!(t.after(Step::Result, 89), Idle::Active);
    assert_eq!(t.after(Step::Result, 90), Idle::Warning { left: 15 });
    assert_eq!(t.after(Step::Result, 105), Idle::Reset);
    assert_eq!(t.after(Step::Intro, u32::MAX), Idle::Active);
}

#[test]
fn kiosk_timeouts_come_from_whole_seconds_or_keep_their_defaults() {
    assert_eq!(
        Timeouts::from_settings(None, None, None),
        Timeouts::default()
    );
    assert_eq!(
        Timeouts::default(),
        Timeouts {
            idle: 45,
            result: 90,
            warning: 15
        }
    );
    let read = Timeouts::from_settings(Some(" 5 "), Some("12"), Some("3"));
    assert_eq!((read.idle, read.result, read.warning), (5, 12, 3));
    for bad in [
        "0", "-1", "1.5", "abc", "", "999999", "86401", "4e2", "+4", "٣",
    ] {
        let read = Timeouts::from_settings(Some(bad), Some(bad), Some(bad));
        assert_eq!(read, Timeouts::default(), "{bad:?}");
    }
}

#[test]
fn a_share_link_stands_only_for_a_whole_result() {
    let content = shipped();
    let result = Snapshot {
        step: Step::Result,
        answers: answer_all(&content, 4, 0),
        pace: Pace::Full,
    };
    let code = result.encode(&content);
    assert_eq!(Snapshot::decode_shared(&code, &content), Ok(result));
    let half_done = part_way(&content, 3).encode(&content);
    assert!(Snapshot::decode(&half_done, &content).is_ok());
    assert_eq!(
        Snapshot::decode_shared(&half_done, &content),
        Err(SnapshotError::Damaged)
    );
}

#[test]
fn the_texts_that_explain_a_result_come_all_together_or_not_at_all() {
    let without_explanations = |doc: &mut serde_json::Value| {
        doc.as_object_mut().unwrap().remove("lean");
        doc.as_object_mut().unwrap().remove("sources");
        for question in doc["questions"].as_array_mut().unwrap() {
            question.as_object_mut().unwrap().remove("sources");
            question.as_object_mut().unwrap().remove("topic");
        }
        for dimension in doc["dimensions"].as_array_mut().unwrap() {
            dimension.as_object_mut().unwrap().remove("description");
        }
        for role in doc["roles"].as_array_mut().unwrap() {
            for key in ["summary", "traits", "tasks", "next_steps"] {
                role.as_object_mut().unwrap().remove(key);
            }
        }
    };
    let quiz = edited(without_explanations).expect("a quiz edition leaves them all out");
    assert!(quiz.lean().is_none());
    assert!(quiz.dimensions().iter().all(|d| d.description().is_none()));
    assert!(quiz.roles().iter().all(|r| r.guide().is_none()));
    assert!(quiz.sources().is_empty());
    assert!(quiz
        .questions()
        .iter()
        .all(|q| q.sources().is_empty() && q.topic().is_none()));
    assert!(quiz.same_quiz_as(&tiny()));

    // The lean texts ask for all the others, each missing one named at its place.
    let found = problems(edited(|doc| {
        without_explanations(doc);
        doc["lean"] = tiny_lean();
        doc["dimensions"][1]["description"] =
            serde_json::json!({ "it": "x", "es": "x", "en": "x" });
    }));
    for line in [
        "dimensions[0] (people) › description: required field is missing",
        "roles[0] (community-manager) › summary: required field is missing",
        "roles[2] (social-media-strategist) › traits: required field is missing",
    ] {
        assert!(
            found.iter().any(|f| f == line),
            "missing {line:?} in {found:#?}"
        );
    }
    assert!(
        !found.iter().any(|f| f.starts_with("dimensions[1]")),
        "{found:#?}"
    );
}

fn tiny_lean() -> serde_json::Value {
    let doc: serde_json::Value = serde_json::from_str(TINY).unwrap();
    doc["lean"].clone()
}

#[test]
fn a_bank_must_explain_its_results_where_a_quiz_edition_need_not() {
    let mut doc: serde_json::Value = serde_json::from_str(TINY).unwrap();
    doc.as_object_mut().unwrap().remove("lean");
    for dimension in doc["dimensions"].as_array_mut().unwrap() {
        dimension.as_object_mut().unwrap().remove("description");
    }
    for role in doc["roles"].as_array_mut().unwrap() {
        for key in ["summary", "traits", "tasks", "next_steps"] {
            role.as_object_mut().unwrap().remove(key);
        }
    }
    let bytes = doc.to_string().into_bytes();
    assert!(read_edition(&bytes, Locale::It, Document::QuizEdition).is_ok());
    let refused =
        read_edition(&bytes, Locale::It, Document::Bank).expect_err("a bank without lean texts");
    assert_eq!(
        refused.0[0].describe(Locale::En),
        "lean: required field is missing"
    );
    assert!(read_edition(TINY.as_bytes(), Locale::It, Document::Bank).is_ok());
}

#[test]
fn a_quick_quiz_opens_with_its_own_intro_where_the_content_has_one() {
    let content = shipped();
    let (full, quick) = (content.intro(Length::Full), content.intro(Length::Quick));
    assert_eq!(full.len(), quick.len());
    for locale in Locale::ALL {
        // The full quiz promises its 22 screens; the quick one does not count its screens.
        let screens = content.questions().len().to_string();
        assert!(full.iter().any(|p| p.get(locale).contains(&screens)));
        assert!(
            quick.iter().all(|p| !p.get(locale).contains(&screens)),
            "{locale:?}"
        );
    }
    // Without a quick intro, both lengths open with the one intro.
    let plain = tiny();
    assert_eq!(plain.intro(Length::Quick), plain.intro(Length::Full));
    // A quick intro is checked like any texts.
    let found = problems(edited(|doc| {
        doc["quick_intro"] = serde_json::json!([{ "it": "x" }])
    }));
    assert!(
        found.iter().any(|f| f.starts_with("quick_intro[0]")),
        "{found:#?}"
    );
}
