//! Scoring: percentages, clear leans, blends, flat answers, ties, order independence, reasons, and the end-to-end personas.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;

use rolefit_core::scoring::{self, answers_favouring, outcome_from_dimensions, score};
use rolefit_core::*;

mod documents;
mod personas;

use documents::*;

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
    for role in content.all_roles() {
        let outcome = score(&content, &answers_favouring(&content, role));
        assert_eq!(outcome.top(), role);
        assert_eq!(outcome.lean, Lean::Clear, "{role:?}: {outcome:?}");
    }
}

#[test]
fn a_blend_can_come_out() {
    let content = shipped();
    let cm = answers_favouring(&content, content.role_by_id("community-manager").unwrap());
    let sms = answers_favouring(
        &content,
        content.role_by_id("social-media-strategist").unwrap(),
    );
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
    let roles: Vec<Role> = outcome.ranking.iter().map(|r| r.role).collect();
    assert_eq!(roles, content.all_roles().collect::<Vec<_>>());
    let percents: Vec<u8> = outcome.ranking.iter().map(|r| r.percent).collect();
    assert_eq!(percents, [34, 33, 33]);
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
                outcome
                    .ranking
                    .iter()
                    .map(|r| r.share.to_bits())
                    .collect::<Vec<_>>(),
                other
                    .ranking
                    .iter()
                    .map(|r| r.share.to_bits())
                    .collect::<Vec<_>>()
            );
        }
    }
}

#[test]
fn the_reasons_are_answers_that_pushed_towards_the_top_role() {
    let content = shipped();
    let answers = answers_favouring(
        &content,
        content.role_by_id("social-media-manager").unwrap(),
    );
    let reasons = scoring::reasons(
        &content,
        &answers,
        content.role_by_id("social-media-manager").unwrap(),
        3,
    );
    assert_eq!(reasons.len(), 3);
    assert!(reasons.windows(2).all(|w| w[0].push >= w[1].push));
    let dimensions: BTreeSet<usize> = reasons.iter().map(|r| r.dimension).collect();
    assert!(
        dimensions.len() > 1,
        "the reasons all show the same strength"
    );
    for reason in &reasons {
        assert!(reason.push > 0.0);
        let profile = &content
            .role(content.role_by_id("social-media-manager").unwrap())
            .profile();
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
        assert_eq!(
            content.role(outcome.top()).id().as_str(),
            persona["top"],
            "{name}"
        );
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
