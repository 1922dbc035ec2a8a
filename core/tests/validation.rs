//! Content validation: every problem listed with its place, the texts that explain a result all together or not at all, and language choice.
#![cfg(not(target_arch = "wasm32"))]

use rolefit_core::*;

mod documents;

use documents::*;

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
