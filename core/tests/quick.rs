//! The quick quiz, natively: its order, the rule that stops it, the run through the reducer
//! and the session, "answer the rest", and its share codes.
#![cfg(not(target_arch = "wasm32"))]

mod personas;

use std::rc::Rc;

use rolefit_core::quick::{order, settled, Rule, MIN_ASKED};
use rolefit_core::scoring::{answers_favouring, score};
use rolefit_core::*;

fn shipped() -> Rc<Content> {
    Rc::new(Content::parse(BUILT_IN_CONTENT).unwrap())
}

fn persona(content: &Content, name: &str) -> Answers {
    let all = personas::all();
    let mut answers = Answers::new();
    for (id, value) in all[name]["answers"].as_object().unwrap() {
        let question = content.question(&QuestionId::from(id.as_str())).unwrap();
        answers.insert(
            question.id().clone(),
            personas::answer(question, value).unwrap(),
        );
    }
    answers
}

fn act(quiz: &Quiz, content: &Content, action: Action) -> Quiz {
    quiz.apply(content, action.clone())
        .unwrap_or_else(|| panic!("{action:?} changed nothing at {:?}", quiz.step))
}

/// Answers whatever question is on screen as `answers` say, until the result.
fn run(mut quiz: Quiz, content: &Content, answers: &Answers) -> Quiz {
    let mut screens = 0;
    while let Step::Question(i) = quiz.step {
        let question = &content.questions()[i];
        let answer = answers.get(question.id()).unwrap().clone();
        let action = match answer {
            Answer::Rating(point) => Action::Rate(question.id().clone(), point),
            Answer::Choice(choice) => Action::Choose(question.id().clone(), choice),
            Answer::Pick(picks) => {
                for choice in picks.iter() {
                    if !matches!(quiz.answers.get(question.id()), Some(Answer::Pick(p)) if p.contains(choice))
                    {
                        quiz = act(
                            &quiz,
                            content,
                            Action::TogglePick(question.id().clone(), choice.clone()),
                        );
                    }
                }
                quiz = act(&quiz, content, Action::Next);
                screens += 1;
                continue;
            }
        };
        quiz = quiz.apply(content, action).unwrap_or(quiz);
        quiz = act(&quiz, content, Action::Next);
        screens += 1;
        assert!(screens <= content.questions().len(), "the run never ends");
    }
    quiz
}

fn quick_quiz() -> Quiz {
    Quiz::of_length(Locale::En, Length::Quick)
}

#[test]
fn the_quick_order_holds_every_question_once_and_starts_with_the_most_telling() {
    let content = shipped();
    let route = order(&content);
    let mut sorted = route.clone();
    sorted.sort();
    assert_eq!(sorted, (0..content.questions().len()).collect::<Vec<_>>());
    assert_eq!(
        route,
        order(&content),
        "the order depends on the content only"
    );
    // The pick of favourite tasks names one task per role three times over: the most telling.
    assert_eq!(
        content.questions()[route[0]].id().as_str(),
        "favourite-tasks"
    );
}

#[test]
fn the_shipped_quick_order_is_the_one_the_weights_give() {
    let content = shipped();
    let ids = |route: &[usize]| -> Vec<String> {
        let name = |&i: &usize| content.questions()[i].id().as_str().to_string();
        route.iter().map(name).collect()
    };
    assert_eq!(
        ids(content.quick_order()),
        ids(&order(&content)),
        "content/rolefit.json's quick_order must be the order the weights give (right)"
    );
}

#[test]
fn a_document_without_a_quick_order_asks_in_its_own_order() {
    let mut value: serde_json::Value = serde_json::from_str(BUILT_IN_CONTENT).unwrap();
    value.as_object_mut().unwrap().remove("quick_order");
    let content = Content::parse(&value.to_string()).unwrap();
    let own: Vec<usize> = (0..content.questions().len()).collect();
    assert_eq!(content.quick_order(), own);
}

#[test]
fn too_few_answers_are_never_settled_and_every_answer_always_is() {
    let content = shipped();
    let all = answers_favouring(&content, content.role_by_id("community-manager").unwrap());
    let route = order(&content);
    let mut some = Answers::new();
    for &i in &route[..MIN_ASKED - 1] {
        let id = content.questions()[i].id();
        some.insert(id.clone(), all.get(id).unwrap().clone());
    }
    assert!(
        !settled(&content, &some, Rule::Stop),
        "fewer than {MIN_ASKED} answers"
    );
    assert!(settled(&content, &all, Rule::Stop));
}

#[test]
fn answers_in_the_middle_of_every_scale_never_settle() {
    // A flat profile: no role to read, so the quiz would ask on.
    let content = shipped();
    let mut neutral = Answers::new();
    for question in content.questions() {
        if let QuestionKind::Rating { .. } = question.kind() {
            neutral.insert(question.id().clone(), Answer::Rating(Likert::NEUTRAL));
        }
    }
    assert!(neutral.len() >= MIN_ASKED);
    assert_eq!(score(&content, &neutral).lean, scoring::Lean::Flat);
    assert!(!settled(&content, &neutral, Rule::Stop));
}

#[test]
fn a_clear_candidate_stops_early_with_the_full_quizs_top_role_and_lean() {
    let content = shipped();
    for role in content.all_roles() {
        let answers = answers_favouring(&content, role);
        let quiz = run(
            act(&quick_quiz(), &content, Action::Start),
            &content,
            &answers,
        );
        assert_eq!(quiz.step, Step::Result);
        assert!(quiz.stopped_early(&content), "{role:?}");
        let asked = quiz.answered_count(&content);
        assert!((MIN_ASKED..content.questions().len()).contains(&asked));
        let quick = score(&content, &quiz.answers);
        let full = score(&content, &answers);
        assert_eq!(
            (quick.top(), quick.lean),
            (full.top(), full.lean),
            "{role:?}"
        );
        // The questions asked are the first ones of the quick order.
        let route = order(&content);
        for (p, &i) in route.iter().enumerate() {
            assert_eq!(
                quiz.answers.contains_key(content.questions()[i].id()),
                p < asked
            );
        }
    }
}

#[test]
fn answering_the_rest_keeps_every_answer_and_ends_in_the_full_quizs_result() {
    let content = shipped();
    for name in [
        "community-manager",
        "blend",
        "generalist",
        "social-media-strategist",
    ] {
        let answers = persona(&content, name);
        let full = run(
            act(&Quiz::new(Locale::En), &content, Action::Start),
            &content,
            &answers,
        );
        let quick = run(
            act(&quick_quiz(), &content, Action::Start),
            &content,
            &answers,
        );
        assert_eq!(quick.step, Step::Result, "{name}");
        if !quick.stopped_early(&content) {
            assert!(quick.apply(&content, Action::AnswerTheRest).is_none());
            continue;
        }
        let asked = quick.answers.clone();
        let rest = act(&quick, &content, Action::AnswerTheRest);
        assert_eq!(rest.pace, Pace::Rest);
        assert_eq!(rest.answers, asked, "{name}: every answer kept");
        let Step::Question(first) = rest.step else {
            panic!("{name}: the rest starts with a question");
        };
        assert!(
            !asked.contains_key(content.questions()[first].id()),
            "{name}: not asked yet"
        );
        let Some(Position::Of { n, total }) = rest.position(&content) else {
            panic!("the rest says how many");
        };
        assert_eq!((n, total), (asked.len() + 1, content.questions().len()));
        let finished = run(rest, &content, &answers);
        assert_eq!(finished.answers, full.answers, "{name}");
        assert_eq!(
            score(&content, &finished.answers),
            score(&content, &full.answers)
        );
        assert!(!finished.stopped_early(&content));
        assert_eq!(
            finished.pace.length(finished.answers.len(), total),
            Length::Full
        );
        // Back from the finished rest walks the quick order backwards.
        let back = act(&finished, &content, Action::Back);
        assert_eq!(back.step, Step::Question(*order(&content).last().unwrap()));
    }
}

#[test]
fn the_e2e_personas_get_the_same_top_role_quick_and_full() {
    let content = shipped();
    for name in personas::all().as_object().unwrap().keys() {
        let answers = persona(&content, name);
        let quick = run(
            act(&quick_quiz(), &content, Action::Start),
            &content,
            &answers,
        );
        assert_eq!(
            score(&content, &quick.answers).top(),
            score(&content, &answers).top(),
            "{name}"
        );
    }
}

#[test]
fn a_quick_run_goes_back_and_forth_along_its_own_order() {
    let content = shipped();
    let route = order(&content);
    let answers = answers_favouring(
        &content,
        content.role_by_id("social-media-manager").unwrap(),
    );
    let quiz = act(&quick_quiz(), &content, Action::Start);
    assert_eq!(quiz.step, Step::Question(route[0]));
    assert_eq!(quiz.position(&content), Some(Position::Open { n: 1 }));
    let result = run(quiz, &content, &answers);
    let asked = result.answered_count(&content);
    let back = act(&result, &content, Action::Back);
    assert_eq!(
        back.step,
        Step::Question(route[asked - 1]),
        "back to the last one asked"
    );
    assert_eq!(back.position(&content), Some(Position::Open { n: asked }));
    let back = act(&back, &content, Action::Back);
    assert_eq!(back.step, Step::Question(route[asked - 2]));
    // Forward again through what is answered, to the same result.
    let again = act(&act(&back, &content, Action::Next), &content, Action::Next);
    assert_eq!(again.step, Step::Result);
    assert_eq!(again.answers, result.answers);
    // Start over returns to the setting's length.
    let fresh = act(
        &act(&again, &content, Action::AnswerTheRest),
        &content,
        Action::Restart,
    );
    assert_eq!((fresh.pace, fresh.length), (Pace::Quick, Length::Quick));
    assert!(fresh.answers.is_empty());
}

#[test]
fn a_full_run_is_as_it_always_was_and_never_stops_early() {
    let content = shipped();
    let answers = answers_favouring(&content, content.role_by_id("community-manager").unwrap());
    let quiz = act(&Quiz::new(Locale::En), &content, Action::Start);
    assert_eq!(quiz.step, Step::Question(0));
    assert_eq!(
        quiz.position(&content),
        Some(Position::Of { n: 1, total: 22 })
    );
    let result = run(quiz, &content, &answers);
    assert_eq!(result.answered_count(&content), content.questions().len());
    assert!(!result.stopped_early(&content));
    assert!(result.apply(&content, Action::AnswerTheRest).is_none());
}

#[test]
fn a_quick_result_and_its_progress_come_back_exactly_from_their_code() {
    let content = shipped();
    let answers = persona(&content, "social-media-manager");
    let result = run(
        act(&quick_quiz(), &content, Action::Start),
        &content,
        &answers,
    );
    let snapshot = result.snapshot();
    assert_eq!(snapshot.pace, Pace::Quick);
    let code = snapshot.encode(&content);
    assert_eq!(
        Snapshot::decode_shared(&code, &content),
        Ok(snapshot.clone())
    );
    let back = act(&result, &content, Action::Back);
    assert_eq!(
        Snapshot::decode(&back.snapshot().encode(&content), &content),
        Ok(back.snapshot())
    );
    let rest = act(&result, &content, Action::AnswerTheRest);
    assert_eq!(
        Snapshot::decode(&rest.snapshot().encode(&content), &content),
        Ok(rest.snapshot())
    );
    // The same answers as a full code are a different, full result.
    let full = Snapshot {
        pace: Pace::Full,
        ..snapshot.clone()
    };
    assert_eq!(
        Snapshot::decode_shared(&full.encode(&content), &content),
        Err(SnapshotError::Damaged)
    );
}

#[test]
fn a_quick_code_with_answers_the_quick_run_would_not_have_is_refused() {
    let content = shipped();
    let route = order(&content);
    let answers = answers_favouring(
        &content,
        content.role_by_id("social-media-strategist").unwrap(),
    );
    let result = run(
        act(&quick_quiz(), &content, Action::Start),
        &content,
        &answers,
    );
    let asked = result.answered_count(&content);
    // A gap in the quick order.
    let mut gap = result.answers.clone();
    gap.remove(content.questions()[route[1]].id());
    let forged = Snapshot {
        answers: gap,
        ..result.snapshot()
    };
    assert_eq!(
        Snapshot::decode(&forged.encode(&content), &content),
        Err(SnapshotError::Damaged)
    );
    // Fewer answers than the rule needs to stop: no quick result.
    let mut short = Answers::new();
    for &i in &route[..asked.min(MIN_ASKED) - 1] {
        let id = content.questions()[i].id();
        short.insert(id.clone(), answers.get(id).unwrap().clone());
    }
    let early = Snapshot {
        answers: short,
        ..result.snapshot()
    };
    assert_eq!(
        Snapshot::decode(&early.encode(&content), &content),
        Err(SnapshotError::Damaged)
    );
}

#[test]
fn an_older_code_of_the_full_quiz_still_reads_as_the_full_quiz() {
    // Written before the quick quiz existed: format 1, which is still the full quiz's.
    let content = shipped();
    let answers = answers_favouring(&content, content.role_by_id("community-manager").unwrap());
    let full = Snapshot {
        step: Step::Result,
        answers,
        pace: Pace::Full,
    };
    let code = full.encode(&content);
    assert!(code.starts_with('A'), "format byte 1: {code}");
    assert_eq!(
        Snapshot::decode_shared(&code, &content).map(|s| s.pace),
        Ok(Pace::Full)
    );
}

#[test]
fn a_quick_session_resumes_its_own_pace_and_starts_over_by_the_setting() {
    let content = shipped();
    let open = |restore, mode, length| {
        Session::new(Locale::It, restore, mode, length, Some(Ok(content.clone())))
    };
    let fresh = open(Restore::Nothing, Mode::Embedded, Length::Quick);
    let started = fresh.apply(Change::Quiz(Action::Start)).unwrap();
    assert_eq!(
        started.quiz().position(&content),
        Some(Position::Open { n: 1 })
    );
    assert_eq!(started.progress().map(|s| s.pace), Some(Pace::Quick));

    // Saved quick progress resumes quick, whatever the setting; Start over goes by it.
    let answers = answers_favouring(&content, content.role_by_id("community-manager").unwrap());
    let result = run(
        act(&quick_quiz(), &content, Action::Start),
        &content,
        &answers,
    );
    let code = result.snapshot().encode(&content);
    let resumed = open(Restore::Saved(code.clone()), Mode::Embedded, Length::Full);
    assert_eq!(resumed.step(), Step::Result);
    assert_eq!(resumed.quiz().pace, Pace::Quick);
    assert_eq!(
        resumed.progress().map(|s| s.encode(&content)),
        Some(code.clone())
    );
    let again = resumed.apply(Change::Quiz(Action::Restart)).unwrap();
    assert_eq!(again.quiz().pace, Pace::Full);

    // A shared quick result opens as that quick result.
    let shared = open(Restore::Link(code), Mode::Embedded, Length::Full);
    assert_eq!(shared.viewing(), Viewing::Shared);
    assert_eq!(shared.quiz().answers, result.answers);
    assert!(shared.quiz().stopped_early(&content));

    // A kiosk's next candidate gets the kiosk's length again.
    let kiosk = Mode::Kiosk(Timeouts {
        idle: 1,
        result: 1,
        warning: 1,
    });
    let mut at = open(Restore::Nothing, kiosk, Length::Quick)
        .apply(Change::Quiz(Action::Start))
        .unwrap();
    at = at.apply(Change::Quiz(Action::Next)).map_or(at, |s| s);
    while at.step() != Step::Intro {
        at = at.apply(Change::Tick).unwrap();
    }
    assert_eq!(at.quiz().pace, Pace::Quick);
}

#[test]
fn the_length_setting_reads_full_or_quick_and_kiosks_default_to_quick() {
    assert_eq!(Length::from_setting("quick"), Ok(Length::Quick));
    assert_eq!(Length::from_setting(" full "), Ok(Length::Full));
    assert!(Length::from_setting("short").is_err());
    assert_eq!(Length::default_for(Mode::Embedded), Length::Full);
    assert_eq!(
        Length::default_for(Mode::Kiosk(Timeouts::default())),
        Length::Quick
    );
}

/// Answers, in the quick order, that never settle the result: neutral on every scale, and for
/// each scenario and pick the first answer that leaves the result unsettled.
fn never_settling(content: &Content) -> Answers {
    let mut answers = Answers::new();
    for &i in order(content).iter() {
        let question = &content.questions()[i];
        let candidates: Vec<Answer> = match question.kind() {
            QuestionKind::Rating { .. } => vec![Answer::Rating(Likert::NEUTRAL)],
            QuestionKind::Choice { options } => options
                .iter()
                .map(|o| Answer::Choice(o.id().clone()))
                .collect(),
            QuestionKind::Pick { count, options } => {
                let ids: Vec<ChoiceId> = options.iter().map(|o| o.id().clone()).collect();
                (0..ids.len())
                    .map(|start| {
                        let picks = (0..*count).map(|k| ids[(start + k) % ids.len()].clone());
                        Answer::Pick(picks.collect())
                    })
                    .collect()
            }
        };
        let unsettled = candidates.iter().find(|answer| {
            let mut tried = answers.clone();
            tried.insert(question.id().clone(), (*answer).clone());
            tried.len() == content.questions().len() || !settled(content, &tried, Rule::Stop)
        });
        let answer = unsettled.unwrap_or(&candidates[0]).clone();
        answers.insert(question.id().clone(), answer);
    }
    answers
}

#[test]
fn a_quick_run_that_asked_every_question_is_the_full_quiz() {
    let content = shipped();
    let total = content.questions().len();
    let answers = never_settling(&content);
    let finished = run(
        act(&quick_quiz(), &content, Action::Start),
        &content,
        &answers,
    );
    assert_eq!(finished.step, Step::Result);
    assert_eq!(finished.pace, Pace::Quick);
    assert_eq!(
        finished.answers.len(),
        total,
        "the quick run asked every question"
    );
    assert!(!finished.stopped_early(&content));
    assert_eq!(finished.pace.length(total, total), Length::Full);
    let event = HostEvent::result(
        &content,
        &finished.answers,
        Locale::En,
        ResultOrigin::Finished,
        finished.pace.length(finished.answers.len(), total),
        AnswersInEvents::Omitted,
    );
    assert!(
        event.to_json().contains("\"length\":\"full\""),
        "{}",
        event.to_json()
    );
    // A quick run that stopped early is quick; a full run, or the rest finished, is full.
    assert_eq!(Pace::Quick.length(5, total), Length::Quick);
    assert_eq!(Pace::Full.length(total, total), Length::Full);
    assert_eq!(Pace::Rest.length(total, total), Length::Full);
}

/// The community-manager persona's first five quick answers: settled when the rule checked
/// the second role for a blend only, not now that it checks it whatever the lean.
#[test]
fn a_quick_code_written_under_the_earlier_rule_still_opens() {
    let content = shipped();
    let all = persona(&content, "community-manager");
    let mut five = Answers::new();
    for &i in &content.quick_order()[..5] {
        let id = content.questions()[i].id();
        five.insert(id.clone(), all.get(id).unwrap().clone());
    }
    assert!(settled(&content, &five, Rule::Read));
    assert!(
        !settled(&content, &five, Rule::Stop),
        "the quiz asks on now"
    );
    let earlier = Snapshot {
        step: Step::Result,
        answers: five,
        pace: Pace::Quick,
    };
    let code = earlier.encode(&content);
    assert_eq!(Snapshot::decode(&code, &content), Ok(earlier));
}
