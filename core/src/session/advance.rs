//! A kiosk's single choice moves on by itself: the option tapped shows as chosen for a
//! moment, then the next question follows, with no Next to reach for. The moment is a
//! [`Confirming`], which the edge's timer hands back as [`Change::Advance`](super::Change);
//! it moves the quiz on only if it is still the one pending, so a timer for a question the
//! candidate has left (Back, another language, Start over, the kiosk's reset) changes
//! nothing, and a second tap during the moment never lands on the next screen.

use super::Session;
use crate::kiosk::Mode;
use crate::quiz::Action;
use crate::step::Step;

/// A single choice on show as chosen, before the quiz moves on by itself.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Confirming {
    /// The question it answers, by index.
    question: usize,
    /// Which tap it was: one for an earlier tap on the same question is not this one.
    ticket: u32,
}

impl Confirming {
    /// How long the choice shows as chosen: long enough to be seen, short enough not to wait.
    pub const MILLIS: u32 = 700;
}

impl Session {
    /// The choice on show as chosen, with the quiz about to move on, if any.
    pub fn confirming(&self) -> Option<Confirming> {
        self.confirming
    }

    /// An option tapped or clicked. On a kiosk a rating or a scenario's answer (one answer
    /// per screen) is confirmed and moves on by itself; a pick, and anything on a page,
    /// is an ordinary act and waits for Next. Tapping the option already confirming
    /// changes nothing; another option of the same question starts a new confirmation.
    pub(super) fn tap(&mut self, action: Action) -> Option<()> {
        let pending = self.confirming.take();
        let (Action::Choose(id, _) | Action::Rate(id, _), Mode::Kiosk(_), Step::Question(question)) =
            (&action, self.mode, self.quiz.step)
        else {
            return self.act(action);
        };
        let content = self.content()?.clone();
        let shown = content.questions().get(question)?;
        if shown.id() != id {
            return None;
        }
        if self.act(action).is_none() {
            // The same answer again: a second tap during its confirmation changes nothing;
            // the answer a candidate came Back to is confirmed as it stands.
            if pending.is_some() || !self.quiz.is_answered(shown) {
                return None;
            }
            self.interacted = true;
            self.idle = 0;
        }
        self.confirmations += 1;
        self.confirming = Some(Confirming {
            question,
            ticket: self.confirmations,
        });
        Some(())
    }

    /// The confirmation's time is up: the quiz moves on, if that confirmation is still the
    /// one pending, on its question. Anything else the candidate does (Back, another
    /// language, Start over) or the kiosk's reset ends it first.
    pub(super) fn advance(&mut self, done: Confirming) -> Option<()> {
        if self.confirming.take() != Some(done) || self.quiz.step != Step::Question(done.question) {
            return None;
        }
        self.act(Action::Next)
    }
}
