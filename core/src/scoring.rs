//! From answers to a result: the similarity of the candidate's dimension scores to each
//! role's shape, percentages, how stable the top role is, and the lean label.

use super::answers::Answers;
use super::model::{Content, Role};
use super::weighing::{centred, dimension_scores, dot, norm, role_direction, sort_stable_by};

pub use super::lean::{Lean, Stability, BLEND_MARGIN, CLEAR_STABILITY_PERCENT, FLAT_SPREAD};
pub use super::reasons::{answers_favouring, reasons, Reason};

/// How sharply similarity turns into percentages.
pub const SHARPNESS: f64 = 2.0;
/// The spread at which similarity counts in full; flatter profiles are pulled towards an even split.
pub const FULL_CONFIDENCE_SPREAD: f64 = 0.12;

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RoleScore {
    pub role: Role,
    /// Cosine between the centred candidate profile and the centred role profile, -1 to 1.
    pub similarity: f64,
    /// Exact share, 0 to 1; the roles' shares add up to 1.
    pub share: f64,
    /// Rounded share; the roles' percentages add up to 100.
    pub percent: u8,
}

/// The roles ranked for a set of answers, before any label is put on the result.
#[derive(Clone, Debug, PartialEq)]
pub struct Ranking {
    /// One score per dimension, 0 to 1.
    pub dimensions: Vec<f64>,
    /// Standard deviation of the dimension scores.
    pub spread: f64,
    /// Every role of the content, highest first; exact ties keep the document's order.
    pub ranking: Vec<RoleScore>,
}

impl Ranking {
    pub fn top(&self) -> Role {
        self.ranking[0].role
    }

    pub fn percent(&self, role: Role) -> u8 {
        role_score(&self.ranking, role).percent
    }

    /// Points between the top two roles.
    pub fn gap(&self) -> u8 {
        self.ranking[0].percent - self.ranking[1].percent
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Outcome {
    /// One score per dimension, 0 to 1.
    pub dimensions: Vec<f64>,
    /// Standard deviation of the dimension scores.
    pub spread: f64,
    /// Every role of the content, highest first; exact ties keep the document's order.
    pub ranking: Vec<RoleScore>,
    pub lean: Lean,
}

impl Outcome {
    fn labelled(ranked: Ranking, lean: Lean) -> Outcome {
        Outcome {
            dimensions: ranked.dimensions,
            spread: ranked.spread,
            ranking: ranked.ranking,
            lean,
        }
    }

    pub fn top(&self) -> Role {
        self.ranking[0].role
    }

    pub fn role_score(&self, role: Role) -> &RoleScore {
        role_score(&self.ranking, role)
    }

    pub fn percent(&self, role: Role) -> u8 {
        self.role_score(role).percent
    }
}

fn role_score(ranking: &[RoleScore], role: Role) -> &RoleScore {
    // Every role is in the ranking once; the fallback is never reached.
    ranking
        .iter()
        .find(|r| r.role == role)
        .unwrap_or(&ranking[0])
}

/// Ranks the roles for whatever subset of questions is answered, without a label: what the
/// stability resamples need, and what a simulation needs when it only looks at the ranking.
pub fn rank(content: &Content, answers: &Answers) -> Ranking {
    rank_dimensions(content, dimension_scores(content, answers))
}

/// The full result: the ranking and its lean label, which weighs the gap between the top two
/// roles and how stable the top role is (see [`Lean::judge`]).
pub fn score(content: &Content, answers: &Answers) -> Outcome {
    let ranked = rank(content, answers);
    let lean = Lean::judge(ranked.spread, ranked.gap(), || {
        stability_of(content, answers, ranked.top())
    });
    Outcome::labelled(ranked, lean)
}

/// Ranks the roles for a set of dimension scores given directly. With no answers there is
/// nothing to resample, so the lean weighs the gap alone, as if the top role were stable.
pub fn outcome_from_dimensions(content: &Content, dimensions: Vec<f64>) -> Outcome {
    let ranked = rank_dimensions(content, dimensions);
    let whole = Stability {
        kept: 1,
        resamples: 1,
    };
    let lean = Lean::judge(ranked.spread, ranked.gap(), || whole);
    Outcome::labelled(ranked, lean)
}

pub(crate) fn rank_dimensions(content: &Content, dimensions: Vec<f64>) -> Ranking {
    let candidate = centred(&dimensions);
    let length = norm(&candidate);
    let spread = length / (dimensions.len().max(1) as f64).sqrt();
    let confidence = (spread / FULL_CONFIDENCE_SPREAD).min(1.0);
    let mut ranking = Vec::with_capacity(content.roles.len());
    for role in content.all_roles() {
        let similarity = if length == 0.0 {
            0.0
        } else {
            dot(&candidate, &role_direction(content, role)) / length
        };
        ranking.push(RoleScore {
            role,
            similarity,
            share: (SHARPNESS * confidence * similarity).exp(),
            percent: 0,
        });
    }
    let total: f64 = ranking.iter().map(|r| r.share).sum();
    for score in &mut ranking {
        score.share /= total;
    }
    // Stable: exact ties keep the document's order.
    sort_stable_by(&mut ranking, |a, b| a.share > b.share);
    // After the sort, so that remainders equal once scaled (shares a last bit apart) give
    // the point to the higher share: the percentages never rise down the ranking.
    largest_remainder(&mut ranking);
    Ranking {
        dimensions,
        spread,
        ranking,
    }
}

/// Whole percentages that add up to exactly 100: floors first, then the leftover points to
/// the largest remainders, ties in ranking order (shares, then the document's order).
fn largest_remainder(scores: &mut [RoleScore]) {
    let scaled = |s: &RoleScore| s.share * 100.0;
    let remainder = |s: &RoleScore| scaled(s) - scaled(s).floor();
    let mut given = 0u32;
    for score in scores.iter_mut() {
        score.percent = scaled(score).floor() as u8;
        given += u32::from(score.percent);
    }
    let mut order: Vec<usize> = (0..scores.len()).collect();
    sort_stable_by(&mut order, |&a, &b| {
        remainder(&scores[a]) > remainder(&scores[b])
    });
    for &i in order.iter().take(100u32.saturating_sub(given) as usize) {
        scores[i].percent += 1;
    }
}

/// Resamples taken by [`stability`].
pub const STABILITY_RESAMPLES: usize = 50;

/// FNV-1a over a question id and a resample number: which questions a resample leaves out
/// depends on ids only, so the figure is the same for the same answers in any order.
fn left_out(question: &str, resample: usize) -> bool {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in question.bytes().chain((resample as u64).to_le_bytes()) {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    // About one question in five.
    (hash >> 32) % 5 == 0
}

/// Ranks [`STABILITY_RESAMPLES`] versions of the answers, each leaving out about a fifth of
/// the questions, and counts how many keep the same top role.
pub fn stability(content: &Content, answers: &Answers) -> Stability {
    stability_of(content, answers, rank(content, answers).top())
}

pub(crate) fn stability_of(content: &Content, answers: &Answers, top: Role) -> Stability {
    let kept = (0..STABILITY_RESAMPLES)
        .filter(|&resample| {
            // Built by insertion: collecting into a map would pull in a general sort.
            let mut subset = answers.clone();
            subset.retain(|id, _| !left_out(id.as_str(), resample));
            rank(content, &subset).top() == top
        })
        .count();
    Stability {
        kept,
        resamples: STABILITY_RESAMPLES,
    }
}
