//! The validity suite, for any bank: simulated candidates answer the content's questions, and
//! each check compares a figure with its floor, stated for the content's N roles. Pure and
//! seeded, no I/O: `cargo xtask validate` prints its report, and the same code can run in a
//! worker after each edit of a bank ([`progressive`]: small samples first, each share with its
//! 95 % interval, ending on exactly the full run's figures).
//!
//! Behind the core's `validity` feature, which the widget and the keep module leave off.

mod checks;
mod geometry;
mod influence;
mod items;
mod labels;
mod quick_checks;
mod report;
mod report_json;
mod sample;
mod text;

pub use report::{
    Answered, Cause, Check, Figure, Flag, Floor, Influence, Interval, OptionInfluence, Report,
    Status,
};
pub use sample::{
    answers_of, blends, generalists, quick_answers, random_answers, random_population, simulated,
    Rng,
};

use crate::answers::Answers;
use crate::model::{Content, Role};

/// The seed of every run: the figures repeat exactly.
pub const SEED: u64 = 0x5EED_2026;

/// How many simulated candidates: the full sizes (CI's figures), or each divided by a
/// divisor (rounded up, at least a few), for a quick estimate.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Size {
    divisor: u32,
}

impl Size {
    pub const FULL: Size = Size { divisor: 1 };

    /// The full sizes divided by `divisor` (0 counts as 1).
    pub fn divided(divisor: u32) -> Size {
        Size {
            divisor: divisor.max(1),
        }
    }

    pub fn divisor(self) -> u32 {
        self.divisor
    }

    /// `full` divided, rounded up, and never fewer than `full` allows or 4.
    pub(crate) fn of(self, full: usize) -> usize {
        full.div_ceil(self.divisor as usize).max(4.min(full))
    }
}

/// The full sizes.
pub(crate) mod full {
    /// Random answerers, ranked only (check 1).
    pub const RANDOM: usize = 100_000;
    /// The first of them whose lean is labelled, who also take the quick quiz.
    pub const LABELLED: usize = 10_000;
    /// Candidates per role at each noise, for recovery.
    pub const RECOVERY: usize = 3000;
    /// Per role, at noise 0.25: one answer changed, yes-saying, blends, stability, influence.
    pub const ITEM: usize = 700;
    /// Per role, at noise 0.25: the quick quiz.
    pub const QUICK: usize = 1000;
    /// Generalists per pair of roles.
    pub const GENERALISTS: usize = 1000;
    /// Of those, per pair, and blends per pair: the quick quiz's honesty.
    pub const HONESTY: usize = 500;
}

/// The simulated candidates a run uses, drawn once.
pub(crate) struct Populations {
    pub random: Vec<Answers>,
    /// At noise 0.15, 0.25, 0.35.
    pub recovery: [Vec<(Role, Answers)>; 3],
    pub generalists: Vec<Answers>,
    pub blends: Vec<Answers>,
    pub labelled: usize,
    pub item: usize,
    pub quick: usize,
    pub honesty: usize,
}

pub(crate) const NOISES: [f64; 3] = [0.15, 0.25, 0.35];

impl Populations {
    fn draw(content: &Content, size: Size) -> Populations {
        let recovery = NOISES.map(|noise| simulated(content, SEED, noise, size.of(full::RECOVERY)));
        Populations {
            random: random_population(content, SEED, size.of(full::RANDOM)),
            recovery,
            generalists: generalists(content, SEED, 0.15, size.of(full::GENERALISTS)),
            blends: blends(content, SEED, 0.15, size.of(full::HONESTY)),
            labelled: size.of(full::LABELLED),
            item: size.of(full::ITEM),
            quick: size.of(full::QUICK),
            honesty: size.of(full::HONESTY),
        }
    }

    /// The first `per_role` candidates of each role at noise 0.25.
    pub fn at_025(&self, per_role: usize) -> Vec<&(Role, Answers)> {
        let all = &self.recovery[1];
        let whole = all.len() / self.roles_in(all).max(1);
        all.iter()
            .enumerate()
            .filter(|(i, _)| i % whole.max(1) < per_role)
            .map(|(_, c)| c)
            .collect()
    }

    fn roles_in(&self, all: &[(Role, Answers)]) -> usize {
        all.last().map_or(0, |(r, _)| r.index() + 1)
    }

    /// The first `per_pair` generalists of each pair.
    pub fn generalists_first(&self, per_pair: usize, full_per_pair: usize) -> Vec<&Answers> {
        self.generalists
            .iter()
            .enumerate()
            .filter(|(i, _)| i % full_per_pair.max(1) < per_pair)
            .map(|(_, a)| a)
            .collect()
    }
}

/// Runs every check on `content` with the sample sizes `size`.
pub fn check(content: &Content, size: Size) -> Report {
    let populations = Populations::draw(content, size);
    let geometry = geometry::Geometry::of(content);
    let mut checks = Vec::new();
    checks::all(content, &geometry, &populations, &mut checks);
    quick_checks::all(content, &geometry, &populations, &mut checks);
    let influence = influence::influence(content, &geometry, &populations);
    Report {
        seed: SEED,
        divisor: size.divisor,
        checks,
        influence,
        roles: report::role_ids(content),
    }
}

/// The same checks at growing sample sizes: every fourth of the one before, from
/// `first` down to `last`'s divisor, whose report is exactly [`check`]'s with `last`.
pub fn progressive(content: &Content, first: Size, last: Size) -> Progressive<'_> {
    let mut divisors = Vec::new();
    let mut d = first.divisor.max(last.divisor);
    while d > last.divisor {
        divisors.push(d);
        d /= 4;
    }
    divisors.push(last.divisor);
    divisors.reverse();
    Progressive { content, divisors }
}

/// The reports of a progressive run, smallest sample first.
pub struct Progressive<'a> {
    content: &'a Content,
    /// Still to run, the last one first.
    divisors: Vec<u32>,
}

impl Iterator for Progressive<'_> {
    type Item = Report;

    fn next(&mut self) -> Option<Report> {
        let divisor = self.divisors.pop()?;
        Some(check(self.content, Size::divided(divisor)))
    }
}
