//! The widget's session, natively: loading, language editions, restoring, notices, whose
//! result is shown, and the kiosk's reset. Every rule the browser edge used to hold.
#![cfg(not(target_arch = "wasm32"))]

use std::rc::Rc;

use rolefit_core::*;

mod sessions;
use sessions::{apply, edition, kiosk};

/// A session that has downloaded its first edition.
fn ready(locale: Locale, restore: Restore, mode: Mode) -> Session {
    let session = Session::new(locale, restore, mode, Length::Full, None);
    let first = session.download().expect("the first edition is wanted");
    assert_eq!(first.locale, locale);
    session
        .apply(Change::Loaded(first.first.unwrap(), Ok(edition(locale))))
        .expect("the first edition is taken")
}

/// Answers the question on screen with its first option (three for a pick) and goes on.
fn answer_and_go_on(session: &Session) -> Session {
    let content = session.content().unwrap().clone();
    let mut next = session.clone();
    let count = match session.quiz().current_question(&content).unwrap().kind() {
        QuestionKind::Pick { count, .. } => *count,
        _ => 1,
    };
    for i in 0..count {
        let action = next.quiz().select_option(&content, i).unwrap();
        next = apply(&next, Change::Quiz(action));
    }
    apply(&next, Change::Quiz(Action::Next))
}

fn finished(locale: Locale, mode: Mode) -> Session {
    let mut session = apply(
        &ready(locale, Restore::Nothing, mode),
        Change::Quiz(Action::Start),
    );
    while session.step() != Step::Result {
        session = answer_and_go_on(&session);
    }
    session
}

#[test]
fn the_first_edition_is_wanted_until_it_arrives() {
    let session = Session::new(
        Locale::It,
        Restore::Nothing,
        Mode::Embedded,
        Length::Full,
        None,
    );
    assert_eq!(session.phase(), &Phase::Loading);
    assert!(session.content().is_none());
    let ready = ready(Locale::It, Restore::Nothing, Mode::Embedded);
    assert_eq!(ready.phase(), &Phase::Ready);
    assert_eq!(ready.download(), None);
    assert_eq!(ready.step(), Step::Intro);
}

#[test]
fn a_failed_download_can_be_tried_again_and_a_late_answer_to_the_first_try_is_ignored() {
    let session = Session::new(
        Locale::Es,
        Restore::Nothing,
        Mode::Embedded,
        Length::Full,
        None,
    );
    let failed = apply(&session, Change::LoadFailed(0));
    assert_eq!(failed.phase(), &Phase::Failed);
    assert_eq!(failed.download(), None);
    let again = apply(&failed, Change::Retry);
    assert_eq!(
        again.download(),
        Some(Wanted {
            locale: Locale::Es,
            first: Some(1)
        })
    );
    // The first try answers after all, too late: only the second counts.
    assert_eq!(
        again.apply(Change::Loaded(0, Ok(edition(Locale::Es)))),
        None
    );
    assert_eq!(again.apply(Change::LoadFailed(0)), None);
    let loaded = apply(&again, Change::Loaded(1, Ok(edition(Locale::Es))));
    assert_eq!(loaded.phase(), &Phase::Ready);
    assert_eq!(loaded.apply(Change::Retry), None);
}

#[test]
fn content_found_wrong_is_shown_with_its_problems() {
    let errors = Content::parse("{}").unwrap_err();
    let session = Session::new(
        Locale::En,
        Restore::Nothing,
        Mode::Embedded,
        Length::Full,
        None,
    );
    let invalid = apply(&session, Change::Loaded(0, Err(Rc::new(errors))));
    assert!(matches!(invalid.phase(), Phase::Invalid(e) if !e.0.is_empty()));
    assert_eq!(invalid.download(), None);
}

#[test]
fn a_language_without_its_edition_is_downloaded_then_shown_with_every_answer_kept() {
    let started = apply(
        &ready(Locale::It, Restore::Nothing, Mode::Embedded),
        Change::Quiz(Action::Start),
    );
    let answered = answer_and_go_on(&started);
    let asked = apply(&answered, Change::SwitchLanguage(Locale::Es));
    // Italian stays on screen until the Spanish texts are in.
    assert_eq!(asked.locale(), Locale::It);
    assert_eq!(asked.download().map(|w| w.locale), Some(Locale::Es));
    assert_eq!(asked.apply(Change::SwitchLanguage(Locale::Es)), None);
    let spanish = apply(&asked, Change::Edition(Ok(edition(Locale::Es))));
    assert_eq!(spanish.locale(), Locale::Es);
    assert_eq!(spanish.quiz().answers, answered.quiz().answers);
    assert_eq!(spanish.step(), answered.step());
    assert_eq!(spanish.download(), None);
    // Back to Italian: in hand, at once.
    let italian = apply(&spanish, Change::SwitchLanguage(Locale::It));
    assert_eq!(italian.locale(), Locale::It);
}

#[test]
fn a_late_download_for_a_language_the_candidate_has_since_left_is_ignored() {
    let it = ready(Locale::It, Restore::Nothing, Mode::Embedded);
    let es = apply(&it, Change::SwitchLanguage(Locale::Es));
    let back = apply(&es, Change::SwitchLanguage(Locale::It));
    assert_eq!(back.locale(), Locale::It);
    assert_eq!(back.download(), None, "nothing is awaited any more");
    assert_eq!(back.apply(Change::Edition(Ok(edition(Locale::Es)))), None);
    assert_eq!(back.apply(Change::Edition(Err(Locale::Es))), None);
    // Spanish, then English: the last choice wins, whichever arrives first.
    let en = apply(&es, Change::SwitchLanguage(Locale::En));
    assert_eq!(en.apply(Change::Edition(Ok(edition(Locale::Es)))), None);
    let english = apply(&en, Change::Edition(Ok(edition(Locale::En))));
    assert_eq!(english.locale(), Locale::En);
}

#[test]
fn an_edition_that_cannot_be_had_is_said_and_the_language_stays() {
    let es = apply(
        &ready(Locale::It, Restore::Nothing, Mode::Embedded),
        Change::SwitchLanguage(Locale::Es),
    );
    let missing = apply(&es, Change::Edition(Err(Locale::Es)));
    assert_eq!(missing.locale(), Locale::It);
    assert_eq!(missing.unavailable(), Some(Locale::Es));
    assert_eq!(missing.download(), None);
    // Asking again tries again.
    let again = apply(&missing, Change::SwitchLanguage(Locale::Es));
    assert_eq!(again.unavailable(), None);
    assert_eq!(again.download().map(|w| w.locale), Some(Locale::Es));
}

#[test]
fn an_edition_of_another_quiz_is_refused() {
    let mut doc: serde_json::Value = serde_json::from_str(BUILT_IN_CONTENT).unwrap();
    doc["locales"] = serde_json::json!(["es"]);
    doc["version"] = serde_json::json!("another");
    let other = Rc::new(Content::parse(&doc.to_string()).unwrap());
    let es = apply(
        &ready(Locale::It, Restore::Nothing, Mode::Embedded),
        Change::SwitchLanguage(Locale::Es),
    );
    assert_eq!(es.apply(Change::Edition(Ok(other))), None);
}

#[test]
fn a_share_link_wins_over_saved_progress_and_is_never_saved_over_it() {
    let done = finished(Locale::En, Mode::Embedded);
    let code = done.quiz().snapshot().encode(done.content().unwrap());
    let saved = Some("anything saved".to_string());
    let restore = Restore::choose(Some(&format!("#rolefit={code}")), || saved.clone());
    assert_eq!(restore, Restore::Link(code.clone()));
    let shared = ready(Locale::It, restore, Mode::Embedded);
    assert_eq!(shared.viewing(), Viewing::Shared);
    assert_eq!(shared.step(), Step::Result);
    assert_eq!(shared.quiz().answers, done.quiz().answers);
    assert_eq!(shared.screen().1, Arrival::Shared);
    assert_eq!(shared.progress(), None, "a shared result is never saved");
    // Taking the quiz oneself starts afresh, as one's own.
    let own = apply(&shared, Change::Quiz(Action::Restart));
    assert_eq!(own.viewing(), Viewing::Own);
    assert!(own.quiz().answers.is_empty());
}

#[test]
fn saved_progress_resumes_where_it_left_off() {
    let started = apply(
        &ready(Locale::Es, Restore::Nothing, Mode::Embedded),
        Change::Quiz(Action::Start),
    );
    let two = answer_and_go_on(&answer_and_go_on(&started));
    let code = two.progress().unwrap().encode(two.content().unwrap());
    assert_eq!(
        Restore::choose(None, || Some(code.clone())),
        Restore::Saved(code.clone())
    );
    let resumed = ready(Locale::Es, Restore::Saved(code), Mode::Embedded);
    assert_eq!(resumed.viewing(), Viewing::Own);
    assert_eq!(resumed.step(), two.step());
    assert_eq!(resumed.quiz().answers, two.quiz().answers);
    assert_eq!(resumed.screen().1, Arrival::Opened);
    assert!(resumed.progress().is_some());
}

#[test]
fn nothing_is_saved_before_the_candidate_begins() {
    let fresh = ready(Locale::It, Restore::Nothing, Mode::Embedded);
    assert_eq!(fresh.progress(), None);
    let started = apply(&fresh, Change::Quiz(Action::Start));
    assert!(started.progress().is_some());
}

#[test]
fn damaged_codes_are_set_aside_with_a_notice_until_the_candidate_acts() {
    let link = ready(Locale::It, Restore::Link("AAAAAAAA".into()), Mode::Embedded);
    assert_eq!(link.notice(), Some(Notice::Link(SnapshotError::Damaged)));
    assert_eq!(link.step(), Step::Intro);
    assert_eq!(link.viewing(), Viewing::Own);
    let saved = ready(Locale::It, Restore::Saved("%%%".into()), Mode::Embedded);
    assert_eq!(saved.notice(), Some(Notice::SavedDiscarded));
    assert!(saved.quiz().answers.is_empty());
    let acted = apply(&saved, Change::Quiz(Action::Start));
    assert_eq!(acted.notice(), None);
}

#[test]
fn start_counts_once_however_often_it_is_pressed() {
    let intro = ready(Locale::En, Restore::Nothing, Mode::Embedded);
    let (before, _) = intro.screen();
    let started = apply(&intro, Change::Quiz(Action::Start));
    assert_eq!(started.screen(), (before + 1, Arrival::Started));
    for _ in 0..9 {
        assert_eq!(started.apply(Change::Quiz(Action::Start)), None);
    }
}

#[test]
fn the_last_answer_finishes_the_quiz_in_this_page_session() {
    let done = finished(Locale::It, Mode::Embedded);
    assert_eq!(done.screen().1, Arrival::Finished);
    let back = apply(&done, Change::Quiz(Action::Back));
    assert_eq!(back.screen().1, Arrival::Moved);
    // Start over on a page is a move, not a kiosk's next candidate.
    let again = apply(&done, Change::Quiz(Action::Restart));
    assert_eq!(again.screen().1, Arrival::Moved);
}

#[test]
fn a_kiosk_left_alone_warns_then_welcomes_the_next_candidate_with_nothing_kept() {
    let started = apply(
        &ready(Locale::It, Restore::Nothing, kiosk()),
        Change::Quiz(Action::Start),
    );
    let mut session = apply(
        &answer_and_go_on(&started),
        Change::SwitchLanguage(Locale::En),
    );
    assert_eq!(session.download().map(|w| w.locale), Some(Locale::En));
    for _ in 0..3 {
        session = apply(&session, Change::Tick);
    }
    assert_eq!(session.idle(), Idle::Warning { left: 2 });
    session = apply(&session, Change::Tick);
    session = apply(&session, Change::Tick);
    assert_eq!(session.step(), Step::Intro);
    assert_eq!(session.screen().1, Arrival::Reset, "the host is told");
    assert!(session.quiz().answers.is_empty());
    assert_eq!(session.locale(), Locale::It);
    assert!(!session.interacted());
    assert_eq!(
        session.download(),
        None,
        "a reset discards what was awaited"
    );
    // The English edition the last candidate asked for arrives: the next one never sees it.
    assert_eq!(
        session.apply(Change::Edition(Ok(edition(Locale::En)))),
        None
    );
    // The attract screen waits for ever.
    assert_eq!(session.apply(Change::Tick), None);
}

#[test]
fn a_kiosk_counts_from_the_last_touch() {
    let started = apply(
        &ready(Locale::Es, Restore::Nothing, kiosk()),
        Change::Quiz(Action::Start),
    );
    let idle = apply(&apply(&started, Change::Tick), Change::Tick);
    let touched = apply(&idle, Change::Activity);
    assert_eq!(touched.apply(Change::Activity), None);
    assert_eq!(touched.idle(), Idle::Active);
}

#[test]
fn start_over_at_a_kiosk_returns_to_its_own_language() {
    let done = finished(Locale::Es, kiosk());
    let english = apply(&done, Change::SwitchLanguage(Locale::En));
    let english = apply(&english, Change::Edition(Ok(edition(Locale::En))));
    let next = apply(&english, Change::Quiz(Action::Restart));
    assert_eq!(next.screen().1, Arrival::Reset);
    assert_eq!(next.locale(), Locale::Es);
    assert_eq!(next.step(), Step::Intro);
    assert!(next.quiz().answers.is_empty());
}

#[test]
fn an_embedded_widget_never_idles() {
    let started = apply(
        &ready(Locale::It, Restore::Nothing, Mode::Embedded),
        Change::Quiz(Action::Start),
    );
    assert_eq!(started.apply(Change::Tick), None);
    assert_eq!(started.idle(), Idle::Active);
}

#[test]
fn content_in_hand_needs_no_download() {
    let content = Rc::new(Content::parse(BUILT_IN_CONTENT).unwrap());
    let session = Session::new(
        Locale::En,
        Restore::Nothing,
        Mode::Embedded,
        Length::Full,
        Some(Ok(content)),
    );
    assert_eq!(session.phase(), &Phase::Ready);
    assert_eq!(session.download(), None);
    let es = apply(&session, Change::SwitchLanguage(Locale::Es));
    assert_eq!(es.locale(), Locale::Es);
}

#[test]
fn length_setting_reads_full_and_quick_and_refuses_the_rest() {
    use rolefit_core::{Length, Mode, Timeouts, UnknownLength};
    assert_eq!(Length::from_setting("quick"), Ok(Length::Quick));
    assert_eq!(Length::from_setting(" full "), Ok(Length::Full));
    assert_eq!(
        Length::from_setting("short"),
        Err(UnknownLength("short".into()))
    );
    for length in [Length::Full, Length::Quick] {
        assert_eq!(Length::from_setting(length.id()), Ok(length));
    }
    assert_eq!(
        Length::default_for(Mode::Kiosk(Timeouts::default())),
        Length::Quick
    );
    assert_eq!(Length::default_for(Mode::Embedded), Length::Full);
}
