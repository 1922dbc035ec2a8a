//! What the result card says, natively.

use rolefit_core::*;
#[cfg(feature = "qr")]
use rolefit_keep::qr_path;
use rolefit_keep::{wrap, Card};

fn shipped() -> Content {
    Content::parse(BUILT_IN_CONTENT).unwrap()
}

/// A result of the full quiz with these answers.
fn full(answers: Answers) -> Snapshot {
    Snapshot {
        step: Step::Result,
        answers,
        pace: Pace::Full,
    }
}

#[test]
fn a_quick_result_that_stopped_early_ranks_the_roles_without_figures() {
    let content = shipped();
    let role = content.all_roles().next().unwrap();
    let mut answers = scoring::answers_favouring(&content, role);
    let last = content.questions().last().unwrap().id().clone();
    answers.remove(&last);
    let quick = Snapshot {
        step: Step::Result,
        answers: answers.clone(),
        pace: Pace::Quick,
    };
    assert!(quick.stopped_early(&content));
    let card = Card::new(&content, &quick, Locale::It).unwrap();
    assert_eq!(card.ranking.len(), 3);
    assert!(card.ranking.iter().all(|(_, percent)| percent.is_none()));
    assert_eq!(card.ranking[0].0, content.role(role).name().get(Locale::It));
    // Every question answered: the rest was taken, and the figures are known.
    let finished = Snapshot {
        pace: Pace::Rest,
        ..quick
    };
    assert!(!finished.stopped_early(&content));
    let every = full(scoring::answers_favouring(&content, role));
    assert!(Card::new(&content, &every, Locale::It)
        .unwrap()
        .ranking
        .iter()
        .all(|(_, percent)| percent.is_some()));
}

#[test]
fn the_card_ranks_the_roles_in_the_candidates_language() {
    let content = shipped();
    let mut answers = Answers::new();
    for q in content.questions() {
        let answer = match &q.kind() {
            QuestionKind::Rating { .. } => Answer::Rating(Likert::MAX),
            QuestionKind::Choice { options } => Answer::Choice(options[0].id().clone()),
            QuestionKind::Pick { count, options } => Answer::Pick(
                options
                    .iter()
                    .take(*count)
                    .map(|o| o.id().clone())
                    .collect(),
            ),
        };
        answers.insert(q.id().clone(), answer);
    }
    let outcome = scoring::score(&content, &answers);
    for locale in Locale::ALL {
        let card = Card::new(&content, &full(answers.clone()), locale)
            .expect("the whole content explains results");
        assert_eq!(card.title, content.title().get(locale));
        assert_eq!(card.ranking.len(), 3);
        for ((name, percent), score) in card.ranking.iter().zip(&outcome.ranking) {
            assert_eq!(name, content.role(score.role).name().get(locale));
            assert_eq!(*percent, Some(score.percent));
        }
        let top = content.role(outcome.ranking[0].role).name().get(locale);
        assert!(card.lean.contains(top), "{}", card.lean);
        assert!(!card.lean.contains('{'));
        assert_eq!(
            card.file,
            format!("rolefit-{}.png", content.role(outcome.ranking[0].role).id())
        );
    }
}

#[test]
fn the_card_ranks_every_role_of_a_bank_with_four() {
    let text = include_str!("../../core/tests/documents/four-roles.json");
    let content = Content::parse(text).unwrap();
    let creator = content.role_by_id("content-creator").unwrap();
    let answers = scoring::answers_favouring(&content, creator);
    let card = Card::new(&content, &full(answers), Locale::Es).unwrap();
    let names: Vec<&str> = card.ranking.iter().map(|(name, _)| name.as_str()).collect();
    assert_eq!(names.len(), 4);
    assert_eq!(names[0], "Content Creator");
    assert_eq!(
        card.ranking
            .iter()
            .map(|(_, p)| u32::from(p.unwrap()))
            .sum::<u32>(),
        100
    );
    assert_eq!(card.file, "rolefit-content-creator.png");
}

#[test]
fn long_text_wraps_at_spaces_within_the_width() {
    let width = |s: &str| s.chars().count() as f64;
    let lines = wrap(
        "Ti avvicini al profilo di Social Media Strategist",
        20.0,
        width,
    );
    assert_eq!(
        lines,
        ["Ti avvicini al", "profilo di Social", "Media Strategist"]
    );
    assert!(lines.iter().all(|l| width(l) <= 20.0));
    assert_eq!(
        wrap("Incomprehensibilities", 5.0, width),
        ["Incomprehensibilities"]
    );
    assert!(wrap("", 5.0, width).is_empty());
}

#[cfg(feature = "qr")]
#[test]
fn a_share_link_makes_a_small_qr_code_drawn_as_runs_of_dark_modules() {
    let link = "https://fair.example/rolefit/kiosk.html#rolefit=AQ4hAGZoAmtt2W2tttmmZmYA";
    let (side, path) = qr_path(link).unwrap();
    // Version 6 or smaller (41 modules): large modules on a kiosk screen, easy to scan.
    assert!((21..=41).contains(&side), "{side} modules");
    assert_eq!((side - 17) % 4, 0);
    // The three finder patterns start with a 7-module run on the first row.
    assert!(path.starts_with("M0 0h7v1h-7z"), "{}", &path[..40]);
    assert!(path.matches('M').count() > side);
    assert_eq!(
        qr_path(link).unwrap().1,
        path,
        "the same link draws the same code"
    );
}
