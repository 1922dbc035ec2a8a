//! What the candidate answered: choice ids and scale points only. Everything else
//! (progress, scores, ranking) is derived from these.

use std::collections::{BTreeMap, BTreeSet};

use super::model::{ChoiceId, Question, QuestionId, QuestionKind};

/// A point on the 5-point agreement scale, 1 (strongly disagree) to 5 (strongly agree).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Likert(u8);

impl Likert {
    pub const MIN: Likert = Likert(1);
    pub const NEUTRAL: Likert = Likert(3);
    pub const MAX: Likert = Likert(5);

    pub fn new(point: u8) -> Option<Likert> {
        (1..=5).contains(&point).then_some(Likert(point))
    }

    pub fn get(self) -> u8 {
        self.0
    }

    /// Distance from the neutral middle, -2 to 2.
    pub fn offset(self) -> i64 {
        i64::from(self.0) - 3
    }

    pub fn all() -> impl Iterator<Item = Likert> {
        (1..=5).map(Likert)
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Answer {
    Rating(Likert),
    Choice(ChoiceId),
    Pick(BTreeSet<ChoiceId>),
}

impl Answer {
    /// Whether this answer fully answers `question`: the right kind, known options,
    /// and for a pick exactly the number asked for.
    pub fn completes(&self, question: &Question) -> bool {
        match (&question.kind, self) {
            (QuestionKind::Rating { .. }, Answer::Rating(_)) => true,
            (QuestionKind::Choice { .. }, Answer::Choice(id)) => question.option(id).is_some(),
            (QuestionKind::Pick { count, .. }, Answer::Pick(ids)) => {
                ids.len() == *count && ids.iter().all(|id| question.option(id).is_some())
            }
            _ => false,
        }
    }
}

/// The candidate's answers, by question id. Kept in id order, so nothing that is
/// computed from them can depend on the order they were given in.
pub type Answers = BTreeMap<QuestionId, Answer>;
