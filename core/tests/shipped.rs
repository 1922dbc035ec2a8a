//! The shipped content: the dimensions, roles and question kinds the quiz needs, its sources, keying and languages, and the quick quiz's own intro.
#![cfg(not(target_arch = "wasm32"))]

use rolefit_core::*;

mod documents;

use documents::*;

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
    let ids: Vec<&str> = content.roles().iter().map(|r| r.id().as_str()).collect();
    assert_eq!(
        ids,
        [
            "community-manager",
            "social-media-manager",
            "social-media-strategist"
        ]
    );
    assert!(content.all_roles().enumerate().all(|(i, r)| r.index() == i));
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
