//! A kiosk's single choice moves on by itself: the rule, natively. A tap shows the choice as
//! chosen, the timer's `Advance` moves on, and only the confirmation still pending counts.
#![cfg(not(target_arch = "wasm32"))]

use rolefit_core::*;

mod sessions;
use sessions::{apply, edition, kiosk};

/// A session on its first question.
fn started(mode: Mode) -> Session {
    let session = Session::new(Locale::It, Restore::Nothing, mode, Length::Full, None);
    let first = session.download().unwrap().first.unwrap();
    let ready = apply(&session, Change::Loaded(first, Ok(edition(Locale::It))));
    apply(&ready, Change::Quiz(Action::Start))
}

fn kind(session: &Session) -> QuestionKind {
    let content = session.content().unwrap().clone();
    content.questions()[question(session)].kind().clone()
}

fn question(session: &Session) -> usize {
    match session.step() {
        Step::Question(i) => i,
        other => panic!("not on a question: {other:?}"),
    }
}

/// The action choosing the option at `index` of the question on screen.
fn option(session: &Session, index: usize) -> Action {
    let content = session.content().unwrap().clone();
    session.quiz().select_option(&content, index).unwrap()
}

/// Taps an option of a single-choice question: it shows as chosen, and a confirmation waits.
fn tap(session: &Session, index: usize) -> (Session, Confirming) {
    let tapped = apply(session, Change::Tap(option(session, index)));
    assert_eq!(
        tapped.step(),
        session.step(),
        "the question stays on screen while confirming"
    );
    let confirming = tapped.confirming().expect("a confirmation is pending");
    (tapped, confirming)
}

/// Moves on from a single-choice question by tapping and letting the time run out.
fn tap_through(session: &Session) -> Session {
    let (tapped, confirming) = tap(session, 0);
    apply(&tapped, Change::Advance(confirming))
}

/// Goes to the first question of `wanted` kind (a rating, choice or pick) by taps, or Next.
fn until(mut session: Session, wanted: fn(&QuestionKind) -> bool) -> Session {
    while !wanted(&kind(&session)) {
        session = match kind(&session) {
            QuestionKind::Pick { count, .. } => {
                for i in 0..count {
                    session = apply(&session, Change::Tap(option(&session, i)));
                }
                apply(&session, Change::Quiz(Action::Next))
            }
            _ => tap_through(&session),
        };
    }
    session
}

fn is_rating(kind: &QuestionKind) -> bool {
    matches!(kind, QuestionKind::Rating { .. })
}

fn is_choice(kind: &QuestionKind) -> bool {
    matches!(kind, QuestionKind::Choice { .. })
}

#[test]
fn a_tapped_rating_or_scenario_answer_shows_as_chosen_then_moves_on_by_itself() {
    for wanted in [is_rating as fn(&QuestionKind) -> bool, is_choice] {
        let session = until(started(kiosk()), wanted);
        let at = question(&session);
        let (tapped, confirming) = tap(&session, 1);
        let id = session.content().unwrap().questions()[at].id().clone();
        assert!(
            tapped.quiz().answers.get(&id).is_some(),
            "the answer is taken at once"
        );
        let moved = apply(&tapped, Change::Advance(confirming));
        assert_eq!(moved.step(), Step::Question(at + 1));
        assert_eq!(moved.confirming(), None);
        assert_eq!(moved.screen().1, Arrival::Moved);
        assert!(
            moved.interacted(),
            "the next question's heading takes the focus"
        );
    }
}

#[test]
fn a_second_tap_during_the_confirmation_never_lands_on_the_next_screen() {
    let session = started(kiosk());
    let (tapped, confirming) = tap(&session, 2);
    // The same option again (a double tap, or an impatient one) changes nothing.
    assert_eq!(tapped.apply(Change::Tap(option(&tapped, 2))), None);
    let moved = apply(&tapped, Change::Advance(confirming));
    assert_eq!(moved.step(), Step::Question(1));
    assert_eq!(
        moved.quiz().answers.len(),
        1,
        "nothing answered on the next screen"
    );
    // The same timer, again, moves nothing.
    assert_eq!(moved.apply(Change::Advance(confirming)), None);
}

#[test]
fn another_option_during_the_confirmation_starts_a_new_one_and_only_the_last_counts() {
    let session = started(kiosk());
    let (first, early) = tap(&session, 0);
    let (second, late) = tap(&first, 3);
    assert_ne!(early, late);
    assert_eq!(
        second.apply(Change::Advance(early)),
        None,
        "the first tap's timer"
    );
    let moved = apply(&second, Change::Advance(late));
    assert_eq!(moved.step(), Step::Question(1));
}

#[test]
fn a_late_timer_for_a_question_left_by_back_changes_nothing() {
    let second = tap_through(&started(kiosk()));
    let (tapped, confirming) = tap(&second, 0);
    let back = apply(&tapped, Change::Quiz(Action::Back));
    assert_eq!(back.step(), Step::Question(0));
    assert_eq!(back.confirming(), None);
    assert_eq!(back.apply(Change::Advance(confirming)), None);
    // Forward again with Next, and the kept answer confirmed by a tap: an earlier tap's
    // timer on the same question is not this confirmation's.
    let again = apply(&back, Change::Quiz(Action::Next));
    assert_eq!(again.step(), Step::Question(1));
    assert_eq!(again.apply(Change::Advance(confirming)), None);
    let (kept, now) = tap(&again, 0);
    assert_eq!(
        kept.quiz().answers,
        again.quiz().answers,
        "the answer as it stood"
    );
    assert_eq!(apply(&kept, Change::Advance(now)).step(), Step::Question(2));
}

#[test]
fn a_late_timer_after_a_language_change_changes_nothing() {
    let session = started(kiosk());
    // A language whose edition is still on its way, and one already in hand.
    let (tapped, confirming) = tap(&session, 0);
    let switching = apply(&tapped, Change::SwitchLanguage(Locale::En));
    assert_eq!(switching.apply(Change::Advance(confirming)), None);
    let english = apply(&switching, Change::Edition(Ok(edition(Locale::En))));
    let (tapped, confirming) = tap(&english, 1);
    let italian = apply(&tapped, Change::SwitchLanguage(Locale::It));
    assert_eq!(italian.locale(), Locale::It);
    assert_eq!(italian.step(), Step::Question(0));
    assert_eq!(italian.apply(Change::Advance(confirming)), None);
    // A tap while a language is on its way, then its arrival: the screen changed language
    // under the candidate's eyes, so the choice waits for Next.
    let switching = apply(&italian, Change::SwitchLanguage(Locale::Es));
    let (tapped, confirming) = tap(&switching, 2);
    let spanish = apply(&tapped, Change::Edition(Ok(edition(Locale::Es))));
    assert_eq!(spanish.locale(), Locale::Es);
    assert_eq!(spanish.apply(Change::Advance(confirming)), None);
}

#[test]
fn a_late_timer_after_the_kiosk_reset_or_start_over_changes_nothing() {
    let (tapped, confirming) = tap(&started(kiosk()), 0);
    let mut left = tapped.clone();
    while left.step() != Step::Intro {
        left = apply(&left, Change::Tick);
    }
    assert_eq!(left.apply(Change::Advance(confirming)), None);
    // The next candidate starts and reaches the same question: still not that timer's.
    let next = apply(&left, Change::Quiz(Action::Start));
    assert_eq!(next.apply(Change::Advance(confirming)), None);
    let restarted = apply(&tapped, Change::Quiz(Action::Restart));
    assert_eq!(restarted.apply(Change::Advance(confirming)), None);
}

#[test]
fn next_during_the_confirmation_moves_once() {
    let (tapped, confirming) = tap(&started(kiosk()), 4);
    let moved = apply(&tapped, Change::Quiz(Action::Next));
    assert_eq!(moved.step(), Step::Question(1));
    assert_eq!(moved.apply(Change::Advance(confirming)), None);
}

#[test]
fn a_whole_kiosk_quiz_by_taps_ends_on_a_result_finished_here() {
    let mut session = started(kiosk());
    let mut screens = 0;
    while session.step() != Step::Result {
        session = match kind(&session) {
            QuestionKind::Pick { count, .. } => {
                for i in 0..count {
                    session = apply(&session, Change::Tap(option(&session, i)));
                    assert_eq!(session.confirming(), None);
                }
                apply(&session, Change::Quiz(Action::Next))
            }
            _ => tap_through(&session),
        };
        screens += 1;
    }
    assert_eq!(screens, session.content().unwrap().questions().len());
    assert_eq!(session.screen().1, Arrival::Finished);
}

#[test]
fn a_pick_a_page_and_a_key_wait_for_next() {
    // A pick: several answers on one screen, with their count and Next.
    let pick = until(started(kiosk()), |k| matches!(k, QuestionKind::Pick { .. }));
    let ticked = apply(&pick, Change::Tap(option(&pick, 0)));
    assert_eq!(ticked.confirming(), None);
    // On a page, a tap is an ordinary choice.
    let page = started(Mode::Embedded);
    let chosen = apply(&page, Change::Tap(option(&page, 0)));
    assert_eq!(chosen.confirming(), None);
    assert_eq!(chosen.step(), Step::Question(0));
    assert_eq!(page.apply(Change::Tap(option(&page, 0))), Some(chosen));
    // On a kiosk, a key (or a screen reader's click) chooses without moving on, and ends a
    // pending confirmation.
    let session = started(kiosk());
    let keyed = apply(&session, Change::Quiz(option(&session, 0)));
    assert_eq!(keyed.confirming(), None);
    let (tapped, confirming) = tap(&session, 0);
    let keyed = apply(&tapped, Change::Quiz(option(&tapped, 1)));
    assert_eq!(keyed.apply(Change::Advance(confirming)), None);
}

#[test]
fn a_tap_for_a_question_not_on_screen_changes_nothing() {
    let second = tap_through(&started(kiosk()));
    let content = second.content().unwrap().clone();
    let first = content.questions()[0].id().clone();
    let stale = match content.questions()[0].kind() {
        QuestionKind::Rating { .. } => Action::Rate(first, Likert::new(3).unwrap()),
        QuestionKind::Choice { options } => Action::Choose(first, options[0].id().clone()),
        QuestionKind::Pick { .. } => return,
    };
    assert_eq!(second.apply(Change::Tap(stale)), None);
}
