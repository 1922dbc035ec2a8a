//! The session's reducer: a new session for a change that means something, `None` for one
//! that changes nothing (a late download, a second Start, a tick on the attract screen), so
//! the edge need not render again.

use std::rc::Rc;

use super::{Arrival, Change, Notice, Phase, Restore, Session, Viewing};
use crate::kiosk::{Idle, Mode};
use crate::locale::Locale;
use crate::model::Content;
use crate::quiz::{Action, Quiz};
use crate::snapshot::Snapshot;
use crate::step::Step;

impl Session {
    pub fn apply(&self, change: Change) -> Option<Session> {
        let mut next = self.clone();
        match change {
            Change::Quiz(Action::SetLocale(locale)) | Change::SwitchLanguage(locale) => {
                next.switch_language(locale)?;
            }
            Change::Quiz(action) => {
                next.confirming = None;
                next.act(action)?;
            }
            Change::Tap(action) => next.tap(action)?,
            Change::Advance(done) => next.advance(done)?,
            Change::Loaded(attempt, edition) => {
                if self.phase != Phase::Loading || attempt != self.attempt {
                    return None;
                }
                match edition {
                    Ok(content) => next.arrive(content),
                    Err(errors) => next.phase = Phase::Invalid(errors),
                }
            }
            Change::LoadFailed(attempt) => {
                if self.phase != Phase::Loading || attempt != self.attempt {
                    return None;
                }
                next.phase = Phase::Failed;
            }
            Change::Retry => {
                if self.phase != Phase::Failed {
                    return None;
                }
                next.phase = Phase::Loading;
                next.attempt += 1;
            }
            Change::Edition(Ok(content)) => {
                // Only the edition of the language chosen last: one that arrives after the
                // candidate moved on (another language, a kiosk's reset) changes nothing.
                let locale = self.awaiting.filter(|&l| content.speaks(l))?;
                if !content.same_quiz_as(self.edition(self.quiz.locale)?) {
                    return None;
                }
                next.editions.push(content);
                next.confirming = None;
                next.awaiting = None;
                next.unavailable = None;
                next.quiz.locale = locale;
            }
            Change::Edition(Err(locale)) => {
                if self.awaiting != Some(locale) {
                    return None;
                }
                next.awaiting = None;
                next.unavailable = Some(locale);
            }
            Change::Tick => {
                let Mode::Kiosk(timeouts) = self.mode else {
                    return None;
                };
                if self.quiz.step == Step::Intro {
                    return None;
                }
                next.idle += 1;
                if timeouts.after(self.quiz.step, next.idle) == Idle::Reset {
                    next.welcome_next_candidate();
                    // Nobody is there: the attract screen leaves the focus alone.
                    next.interacted = false;
                }
            }
            Change::Activity => {
                if self.idle == 0 {
                    return None;
                }
                next.idle = 0;
            }
        }
        Some(next)
    }

    /// A quiz action from the candidate, through the quiz's own reducer.
    pub(super) fn act(&mut self, action: Action) -> Option<()> {
        let content = self.content()?.clone();
        let restarts = action == Action::Restart;
        let from = self.quiz.step;
        let moves = matches!(action, Action::Start | Action::Next);
        self.quiz = self.quiz.apply(&content, action)?;
        let kiosk = matches!(self.mode, Mode::Kiosk(_));
        if restarts {
            self.viewing = Viewing::Own;
            // Start over at a kiosk: the next candidate, as after the idle reset.
            if kiosk {
                self.welcome_next_candidate();
            }
        }
        if self.quiz.step != from && !(restarts && kiosk) {
            let arrival = match (from, self.quiz.step, moves) {
                (Step::Intro, _, true) => Arrival::Started,
                (_, Step::Result, true) => Arrival::Finished,
                _ => Arrival::Moved,
            };
            self.shown(arrival);
        }
        self.interacted = true;
        self.notice = None;
        self.idle = 0;
        Some(())
    }

    /// The candidate picked a language: shown at once if its edition is in hand, otherwise
    /// awaited; the last choice always wins.
    fn switch_language(&mut self, locale: Locale) -> Option<()> {
        if self.phase != Phase::Ready {
            return None;
        }
        if self.has_edition(locale) {
            if locale == self.quiz.locale && self.awaiting.is_none() {
                return None;
            }
            self.quiz.locale = locale;
            self.awaiting = None;
        } else {
            if self.awaiting == Some(locale) {
                return None;
            }
            self.awaiting = Some(locale);
        }
        self.unavailable = None;
        // The candidate looked away from the choice on show: it waits for Next again.
        self.confirming = None;
        self.interacted = true;
        self.idle = 0;
        Some(())
    }

    /// The first content is in: picks up from a share link or saved progress, if any. A
    /// code that cannot be read is set aside with a notice; the quiz starts afresh.
    pub(super) fn arrive(&mut self, content: Rc<Content>) {
        self.phase = Phase::Ready;
        let pending = std::mem::replace(&mut self.pending, Restore::Nothing);
        let decoded = match &pending {
            Restore::Link(code) => Some((Snapshot::decode_shared(code, &content), true)),
            Restore::Saved(code) => Some((Snapshot::decode(code, &content), false)),
            Restore::Nothing => None,
        };
        self.editions.push(content);
        match decoded {
            Some((Ok(snapshot), shared)) => {
                self.quiz = self.quiz.resumed(snapshot);
                if shared {
                    self.viewing = Viewing::Shared;
                    self.shown(Arrival::Shared);
                }
            }
            Some((Err(error), true)) => self.notice = Some(Notice::Link(error)),
            Some((Err(_), false)) => self.notice = Some(Notice::SavedDiscarded),
            None => {}
        }
    }

    /// A kiosk's next candidate starts from the attract screen with nothing of the last one
    /// kept: no answers, no notice, nothing awaited, the kiosk's own language.
    fn welcome_next_candidate(&mut self) {
        self.quiz = Quiz::of_length(self.home, self.quiz.length);
        self.confirming = None;
        self.idle = 0;
        self.viewing = Viewing::Own;
        self.notice = None;
        self.unavailable = None;
        self.awaiting = None;
        self.shown(Arrival::Reset);
    }

    fn shown(&mut self, arrival: Arrival) {
        self.screens += 1;
        self.arrival = arrival;
    }
}
