//! Roles as data: a document declares 2 to 6 roles, and everything downstream (scoring, the
//! quick quiz, the session, share codes) works for any of them (host events and the kiosk's
//! tallies: `roles_counted.rs`). The banks are the shipped content with a fourth role (a Content Creator, with
//! questions that weigh towards it) and with two roles only.
#![cfg(not(target_arch = "wasm32"))]

use rolefit_core::scoring::{answers_favouring, score};
use rolefit_core::*;

mod documents;
use documents::*;

const FOUR: &str = include_str!("documents/four-roles.json");
const TWO: &str = include_str!("documents/two-roles.json");

fn bank(text: &str) -> Content {
    Content::parse(text).unwrap_or_else(|e| panic!("bank is invalid:\n{e}"))
}

fn ids(content: &Content) -> Vec<&str> {
    content.roles().iter().map(|r| r.id().as_str()).collect()
}

#[test]
fn a_bank_declares_its_roles_in_its_own_order() {
    let four = bank(FOUR);
    assert_eq!(
        ids(&four),
        [
            "community-manager",
            "social-media-manager",
            "social-media-strategist",
            "content-creator"
        ]
    );
    let two = bank(TWO);
    assert_eq!(ids(&two), ["community-manager", "social-media-strategist"]);
    for content in [&four, &two] {
        for (i, role) in content.all_roles().enumerate() {
            assert_eq!(role.index(), i);
            assert_eq!(content.role(role).role(), role);
            assert_eq!(
                content.role_by_id(content.role(role).id().as_str()),
                Some(role)
            );
        }
        assert_eq!(content.role_by_id("astronaut"), None);
    }
    let creator = four.role_by_id("content-creator").unwrap();
    assert_eq!(four.role(creator).name().get(Locale::En), "Content Creator");
}

#[test]
fn each_role_of_any_bank_comes_out_on_top_for_the_answers_that_favour_it() {
    for content in [bank(FOUR), bank(TWO)] {
        let n = content.roles().len();
        for role in content.all_roles() {
            let outcome = score(&content, &answers_favouring(&content, role));
            assert_eq!(outcome.top(), role, "{}", content.role(role).id());
            assert_eq!(outcome.ranking.len(), n);
            let total: u32 = outcome.ranking.iter().map(|r| u32::from(r.percent)).sum();
            assert_eq!(total, 100);
            assert_eq!(outcome.lean, Lean::Clear, "{}", content.role(role).id());
        }
    }
}

#[test]
fn a_candidate_for_the_fourth_role_gets_it_on_top_with_reasons_for_it() {
    let content = bank(FOUR);
    let creator = content.role_by_id("content-creator").unwrap();
    // Answers that lean to the Content Creator: the new questions' options for it, and
    // otherwise the answers that favour it.
    let answers = answers_favouring(&content, creator);
    assert_eq!(
        answers[&QuestionId::from("weekend-project")],
        Answer::Choice("vlog-series".into())
    );
    assert_eq!(
        answers[&QuestionId::from("film-and-share")],
        Answer::Rating(Likert::MAX)
    );
    let outcome = score(&content, &answers);
    assert_eq!(outcome.top(), creator);
    assert!(outcome.percent(creator) > outcome.ranking[1].percent);
    let reasons = scoring::reasons(&content, &answers, creator, 3);
    assert_eq!(reasons.len(), 3);
}

#[test]
fn exact_ties_keep_the_order_the_bank_declares() {
    for content in [bank(FOUR), bank(TWO)] {
        let flat = vec![0.5; content.dimensions().len()];
        let outcome = scoring::outcome_from_dimensions(&content, flat);
        let order: Vec<Role> = outcome.ranking.iter().map(|r| r.role).collect();
        assert_eq!(order, content.all_roles().collect::<Vec<_>>());
        let total: u32 = outcome.ranking.iter().map(|r| u32::from(r.percent)).sum();
        assert_eq!(total, 100);
        assert_eq!(outcome.lean, Lean::Flat);
    }
}

#[test]
fn the_quick_quiz_orders_and_stops_for_any_number_of_roles() {
    for content in [bank(FOUR), bank(TWO)] {
        // The banks carry the order the weights give, as the shipped content does.
        let order = quick::order(&content);
        assert_eq!(content.quick_order(), order);
        let mut sorted = order.clone();
        sorted.sort_unstable();
        assert_eq!(sorted, (0..content.questions().len()).collect::<Vec<_>>());
        for role in content.all_roles() {
            let all = answers_favouring(&content, role);
            let mut asked = Answers::new();
            for &index in content.quick_order() {
                let id = content.questions()[index].id();
                asked.insert(id.clone(), all[id].clone());
                if quick::settled(&content, &asked, quick::Rule::Stop) {
                    break;
                }
            }
            let id = content.role(role).id();
            assert!(asked.len() < content.questions().len(), "{id}: stops early");
            assert_eq!(score(&content, &asked).top(), role);
        }
    }
}

/// A session on `text` as a host's bank, taken from Start to the result by `answers`.
fn finished(text: &str, answers: &Answers) -> Session {
    let edition = read_edition(text.as_bytes(), Locale::En, Document::Bank);
    let start = Session::new(
        Locale::En,
        Restore::Nothing,
        Mode::Embedded,
        Length::Full,
        Some(edition),
    );
    let content = start.content().expect("the bank is read").clone();
    let mut session = start.apply(Change::Quiz(Action::Start)).unwrap();
    for question in content.questions() {
        let id = question.id().clone();
        let actions = match &answers[&id] {
            Answer::Rating(point) => vec![Action::Rate(id, *point)],
            Answer::Choice(choice) => vec![Action::Choose(id, choice.clone())],
            Answer::Pick(picks) => picks
                .iter()
                .map(|c| Action::TogglePick(id.clone(), c.clone()))
                .collect(),
        };
        for action in actions.into_iter().chain([Action::Next]) {
            session = session.apply(Change::Quiz(action)).unwrap();
        }
    }
    session
}

#[test]
fn a_bank_with_four_or_two_roles_goes_through_the_session_to_its_result() {
    for text in [FOUR, TWO] {
        let content = bank(text);
        let last = content.all_roles().last().unwrap();
        let answers = answers_favouring(&content, last);
        let session = finished(text, &answers);
        assert_eq!(session.step(), Step::Result);
        assert_eq!(session.viewing(), Viewing::Own);
        let snapshot = session.quiz().snapshot();
        assert_eq!(snapshot.answers, answers);
        assert_eq!(score(&content, &snapshot.answers).top(), last);
        // The share code opens the same result in a fresh session on the same bank.
        let code = snapshot.encode(&content);
        let edition = read_edition(text.as_bytes(), Locale::En, Document::Bank);
        let shared = Session::new(
            Locale::En,
            Restore::Link(code),
            Mode::Embedded,
            Length::Full,
            Some(edition),
        );
        assert_eq!(shared.step(), Step::Result);
        assert_eq!(shared.viewing(), Viewing::Shared);
        assert_eq!(shared.quiz().snapshot().answers, answers);
    }
}

#[test]
fn share_codes_round_trip_on_any_bank() {
    for content in [bank(FOUR), bank(TWO)] {
        for role in content.all_roles() {
            let result = Snapshot {
                step: Step::Result,
                answers: answers_favouring(&content, role),
                pace: Pace::Full,
            };
            let code = result.encode(&content);
            let back = Snapshot::decode(&code, &content).unwrap();
            assert_eq!(back, result);
            assert_eq!(score(&content, &back.answers).top(), role);
        }
        let part = Snapshot {
            step: Step::Question(3),
            answers: answer_all(&content, 4, 1)
                .iter()
                .take(3)
                .map(|(id, a)| (id.clone(), a.clone()))
                .collect(),
            pace: Pace::Full,
        };
        assert_eq!(Snapshot::decode(&part.encode(&content), &content), Ok(part));
    }
}

fn role_problems(edit: impl FnOnce(&mut Vec<serde_json::Value>)) -> Vec<String> {
    problems(edited(|doc| {
        edit(doc["roles"].as_array_mut().unwrap());
    }))
}

#[test]
fn fewer_than_two_or_more_than_six_roles_are_a_problem_at_their_place() {
    let one = role_problems(|roles| roles.truncate(1));
    assert!(
        one.iter()
            .any(|p| p == "roles: has 1 items; 2 to 6 are needed"),
        "{one:?}"
    );
    let seven = role_problems(|roles| {
        for n in 0..4 {
            let mut copy = roles[n % 3].clone();
            copy["id"] = format!("extra-{n}").into();
            roles.push(copy);
        }
    });
    assert!(
        seven
            .iter()
            .any(|p| p == "roles: has 7 items; 2 to 6 are needed"),
        "{seven:?}"
    );
    // Two roles are enough, and nothing else is wrong with them.
    assert!(edited(|doc| {
        doc["roles"].as_array_mut().unwrap().truncate(2);
    })
    .is_ok());
}

#[test]
fn a_repeated_or_malformed_role_id_is_a_problem_at_its_place() {
    let repeated = role_problems(|roles| {
        roles[2]["id"] = roles[0]["id"].clone();
    });
    assert_eq!(
        repeated,
        ["roles[2] (community-manager) › id: the id \"community-manager\" is used twice"]
    );
    let malformed = role_problems(|roles| {
        roles[1]["id"] = "Growth Hacker".into();
    });
    assert_eq!(
        malformed,
        ["roles[1] (Growth Hacker) › id: id \"Growth Hacker\" is not valid: use lowercase letters, digits and dashes"]
    );
    // Any well-formed id is a role: none is unknown.
    assert!(edited(|doc| doc["roles"][2]["id"] = "growth-hacker".into()).is_ok());
}
