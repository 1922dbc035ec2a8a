//! The quiz reducer: one question at a time, changing answers, language, starting over, picks, unknown ids and keys.
#![cfg(not(target_arch = "wasm32"))]

use rolefit_core::*;

mod documents;

use documents::*;

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
