//! What a validity run finds: one [`Check`] per figure, each with its floor, whether it holds,
//! its uncertainty where it is a share of a sample, and its cause; the questions' influence;
//! and a JSON form for tools that are not Rust (the studio's worker, a command-line check).

use crate::ids::{ChoiceId, QuestionId};
use crate::model::{Content, Role};

/// A check's figure, in its own unit.
#[derive(Clone, Debug, PartialEq)]
pub enum Figure {
    /// A proportion, 0 to 1.
    Share(f64),
    /// Percentage points (a move of a role's percentage).
    Points(f64),
    /// A whole percentage a role gets.
    Percent(u8),
    /// `count` of `total` cases.
    Count {
        count: usize,
        total: usize,
    },
    /// A number of screens shown.
    Screens(usize),
    Yes(bool),
}

/// What a figure must be for its check to pass; `Report` checks are only reported.
#[derive(Clone, Debug, PartialEq)]
pub enum Floor {
    /// A share within `tolerance` of `target`.
    Near {
        target: f64,
        tolerance: f64,
    },
    AtLeast(f64),
    AtMost(f64),
    /// Points within ± this.
    Within(f64),
    /// The role on top with at least this percentage.
    OnTopWith(u8),
    /// No case at all.
    None,
    /// Every case.
    All,
    /// At least one case.
    Some,
    /// At most this many screens.
    ScreensAtMost(usize),
    Yes,
    Report,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    Pass,
    Fail,
    /// A figure without a floor.
    Reported,
}

/// The 95 % interval of a share measured on `n` cases (Wilson's).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Interval {
    pub low: f64,
    pub high: f64,
    pub n: usize,
}

impl Interval {
    pub fn of(share: f64, n: usize) -> Interval {
        if n == 0 {
            return Interval {
                low: 0.0,
                high: 1.0,
                n,
            };
        }
        let z = 1.96f64;
        let n_f = n as f64;
        let centre = (share + z * z / (2.0 * n_f)) / (1.0 + z * z / n_f);
        let half = z * (share * (1.0 - share) / n_f + z * z / (4.0 * n_f * n_f)).sqrt()
            / (1.0 + z * z / n_f);
        Interval {
            low: (centre - half).max(0.0),
            high: (centre + half).min(1.0),
            n,
        }
    }
}

/// An answer that moves a check: a question, and the option (or the point of the scale)
/// concerned; `weight` says how much, in the check's own terms (larger is more).
#[derive(Clone, Debug, PartialEq)]
pub struct Cause {
    pub question: QuestionId,
    pub answer: Answered,
    pub weight: f64,
}

/// Which answer of a question a cause names.
#[derive(Clone, Debug, PartialEq)]
pub enum Answered {
    Option(ChoiceId),
    Point(u8),
    /// The question as a whole.
    Any,
}

impl Floor {
    /// Whether a share meets this floor (`None` for floors that are not about a share).
    pub fn holds_for(&self, share: f64) -> Option<bool> {
        match *self {
            Floor::Near { target, tolerance } => Some((share - target).abs() <= tolerance),
            Floor::AtLeast(v) => Some(share >= v),
            Floor::AtMost(v) => Some(share <= v),
            Floor::Some => Some(share > 0.0),
            Floor::None => Some(share == 0.0),
            Floor::All => Some(share == 1.0),
            _ => None,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Check {
    /// Stable: `random-share`, `recovery`, …
    pub id: &'static str,
    /// The role it is about, if one.
    pub role: Option<Role>,
    /// What it says, for a table.
    pub label: String,
    pub figure: Figure,
    pub floor: Floor,
    pub status: Status,
    pub interval: Option<Interval>,
    /// The answers that move it most, worst first (for a failing check, what to look at).
    pub causes: Vec<Cause>,
}

impl Check {
    /// Whether the sample is large enough to trust the status: for a share, the floor gives
    /// the same verdict at both ends of its 95 % interval (a [`Floor::Near`] also at its
    /// target, when the interval straddles it); figures without an interval are exact.
    pub fn certain(&self) -> bool {
        let Some(i) = self.interval else {
            return true;
        };
        let (Some(low), Some(high)) = (self.floor.holds_for(i.low), self.floor.holds_for(i.high))
        else {
            return true;
        };
        let middle = match self.floor {
            Floor::Near { target, .. } if i.low < target && target < i.high => {
                self.floor.holds_for(target)
            }
            _ => Some(low),
        };
        low == high && middle == Some(low)
    }
}

/// How an option counts for the top role.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Flag {
    /// Choosing it changes the top role far more often than choosing other answers.
    Dominant,
    /// Choosing it never changed anyone's top role.
    Inert,
}

#[derive(Clone, Debug, PartialEq)]
pub struct OptionInfluence {
    pub answer: Answered,
    /// Share of simulated candidates whose top role changes when they give this answer.
    pub simulated: f64,
    /// How many times a simulated candidate was given this answer instead of their own.
    pub cases: usize,
    pub flag: Option<Flag>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Influence {
    pub question: QuestionId,
    /// From the weights alone: the widest move between two roles' scores its answers can
    /// make, as a share of the sum over every question.
    pub intended: f64,
    /// Share of (candidate, other answer) cases where changing this answer alone changes the
    /// top role.
    pub simulated: f64,
    pub options: Vec<OptionInfluence>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Report {
    pub seed: u64,
    /// The divisor of the full sample sizes (1: the full run).
    pub divisor: u32,
    pub checks: Vec<Check>,
    pub influence: Vec<Influence>,
    /// The roles' ids in the content's order, for [`Check::role`] and the JSON.
    pub roles: Vec<String>,
}

impl Report {
    pub fn passed(&self) -> bool {
        self.checks.iter().all(|c| c.status != Status::Fail)
    }

    pub fn failed(&self) -> impl Iterator<Item = &Check> {
        self.checks.iter().filter(|c| c.status == Status::Fail)
    }

    pub fn role_id(&self, role: Role) -> &str {
        self.roles.get(role.index()).map_or("", String::as_str)
    }
}

/// Builds a check; its status from `ok` (`None`: reported only).
pub(crate) fn check(
    id: &'static str,
    role: Option<Role>,
    label: String,
    figure: Figure,
    floor: Floor,
    ok: Option<bool>,
) -> Check {
    Check {
        id,
        role,
        label,
        figure,
        floor,
        status: match ok {
            Some(true) => Status::Pass,
            Some(false) => Status::Fail,
            None => Status::Reported,
        },
        interval: None,
        causes: Vec::new(),
    }
}

/// The role ids of a content, in its order.
pub(crate) fn role_ids(content: &Content) -> Vec<String> {
    content.roles().iter().map(|r| r.id().to_string()).collect()
}
