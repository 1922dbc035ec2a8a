//! From answers to a result: dimension scores, the similarity of their shape to each role,
//! percentages, the lean label, and the answers that weighed most.
//!
//! Sums run over integer thousandths, so the result is bit-for-bit the same whatever the
//! order of questions, options or answers.

use super::answers::{Answer, Answers, Likert};
use super::model::{Content, DimensionIndex, Question, QuestionKind, Role, Weights};

/// How sharply similarity turns into percentages.
pub const SHARPNESS: f64 = 2.0;
/// Below this spread of dimension scores a profile is too even to call.
pub const FLAT_SPREAD: f64 = 0.05;
/// The spread at which similarity counts in full; flatter profiles are pulled towards an even split.
pub const FULL_CONFIDENCE_SPREAD: f64 = 0.12;
/// Top two roles this many percentage points apart or fewer make a blend.
pub const BLEND_MARGIN: u8 = 10;

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RoleScore {
    pub role: Role,
    /// Cosine between the centred candidate profile and the centred role profile, -1 to 1.
    pub similarity: f64,
    /// Exact share, 0 to 1; the three add up to 1.
    pub share: f64,
    /// Rounded share; the three add up to 100.
    pub percent: u8,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lean {
    /// One role stands clearly ahead.
    Clear,
    /// The top two are within [`BLEND_MARGIN`] points.
    Blend,
    /// The answers barely vary across dimensions.
    Flat,
}

impl Lean {
    /// The label's name in content (`lean.clear`, …) and in test hooks (`data-lean`).
    pub fn id(self) -> &'static str {
        match self {
            Lean::Clear => "clear",
            Lean::Blend => "blend",
            Lean::Flat => "flat",
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Outcome {
    /// One score per dimension, 0 to 1.
    pub dimensions: Vec<f64>,
    /// Standard deviation of the dimension scores.
    pub spread: f64,
    /// Highest first; exact ties keep the order of [`Role::ALL`].
    pub ranking: [RoleScore; 3],
    pub lean: Lean,
}

impl Outcome {
    pub fn top(&self) -> Role {
        self.ranking[0].role
    }

    pub fn role_score(&self, role: Role) -> &RoleScore {
        // Every role is in the ranking once; the fallback is never reached.
        self.ranking
            .iter()
            .find(|r| r.role == role)
            .unwrap_or(&self.ranking[0])
    }

    pub fn percent(&self, role: Role) -> u8 {
        self.role_score(role).percent
    }
}

/// Where one answer sits within what its question allows, per dimension.
struct Contribution {
    value: Vec<i64>,
    min: Vec<i64>,
    max: Vec<i64>,
}

fn sum_weights<'a>(dims: usize, weights: impl Iterator<Item = &'a Weights>) -> Vec<i64> {
    let mut total = vec![0; dims];
    for w in weights {
        for (t, v) in total.iter_mut().zip(&w.0) {
            *t += v;
        }
    }
    total
}

/// The lowest and highest total a question can give each dimension.
fn bounds(question: &Question, dims: usize) -> (Vec<i64>, Vec<i64>) {
    match &question.kind {
        QuestionKind::Rating { weights } => {
            let reach: Vec<i64> = weights.0.iter().map(|w| 2 * w.abs()).collect();
            (reach.iter().map(|r| -r).collect(), reach)
        }
        QuestionKind::Choice { options } => {
            let column = |d: usize| options.iter().map(move |o| o.weights.0[d]);
            (
                (0..dims).map(|d| column(d).min().unwrap_or(0)).collect(),
                (0..dims).map(|d| column(d).max().unwrap_or(0)).collect(),
            )
        }
        QuestionKind::Pick { count, options } => {
            // The `count` lowest (or highest) weights, taken one at a time.
            let extreme = |d: usize, highest: bool| {
                let mut column: Vec<i64> = options.iter().map(|o| o.weights.0[d]).collect();
                let mut total = 0;
                for _ in 0..*count {
                    let best = (0..column.len()).reduce(|a, b| {
                        if (column[b] > column[a]) == highest && column[b] != column[a] {
                            b
                        } else {
                            a
                        }
                    });
                    if let Some(i) = best {
                        total += column.swap_remove(i);
                    }
                }
                total
            };
            (
                (0..dims).map(|d| extreme(d, false)).collect(),
                (0..dims).map(|d| extreme(d, true)).collect(),
            )
        }
    }
}

fn contribution(question: &Question, answer: &Answer, dims: usize) -> Option<Contribution> {
    if !answer.completes(question) {
        return None;
    }
    let value = match (&question.kind, answer) {
        (QuestionKind::Rating { weights }, Answer::Rating(point)) => {
            weights.0.iter().map(|w| w * point.offset()).collect()
        }
        (QuestionKind::Choice { .. }, Answer::Choice(id)) => question.option(id)?.weights.0.clone(),
        (QuestionKind::Pick { .. }, Answer::Pick(ids)) => sum_weights(
            dims,
            ids.iter()
                .filter_map(|id| question.option(id))
                .map(|o| &o.weights),
        ),
        _ => return None,
    };
    let (min, max) = bounds(question, dims);
    Some(Contribution { value, min, max })
}

fn mean(values: &[f64]) -> f64 {
    values.iter().sum::<f64>() / values.len().max(1) as f64
}

fn centred(values: &[f64]) -> Vec<f64> {
    let m = mean(values);
    values.iter().map(|v| v - m).collect()
}

fn norm(values: &[f64]) -> f64 {
    values.iter().map(|v| v * v).sum::<f64>().sqrt()
}

fn dot(a: &[f64], b: &[f64]) -> f64 {
    a.iter().zip(b).map(|(x, y)| x * y).sum()
}

/// The role's profile, centred and scaled to length 1: the direction it points in.
pub fn role_direction(content: &Content, role: Role) -> Vec<f64> {
    let c = centred(&content.role(role).profile);
    let n = norm(&c);
    if n == 0.0 {
        c
    } else {
        c.iter().map(|v| v / n).collect()
    }
}

/// Scores whatever subset of questions is answered; unanswered or incomplete answers are
/// left out of both the totals and the ranges.
pub fn score(content: &Content, answers: &Answers) -> Outcome {
    let dims = content.dimensions.len();
    let mut raw = vec![0i64; dims];
    let mut low = vec![0i64; dims];
    let mut high = vec![0i64; dims];
    for question in &content.questions {
        let Some(c) = answers
            .get(&question.id)
            .and_then(|a| contribution(question, a, dims))
        else {
            continue;
        };
        for d in 0..dims {
            raw[d] += c.value[d];
            low[d] += c.min[d];
            high[d] += c.max[d];
        }
    }
    let dimensions: Vec<f64> = (0..dims)
        .map(|d| {
            if high[d] > low[d] {
                (raw[d] - low[d]) as f64 / (high[d] - low[d]) as f64
            } else {
                0.5
            }
        })
        .collect();
    outcome_from_dimensions(content, dimensions)
}

/// Ranks the roles for a set of dimension scores.
pub fn outcome_from_dimensions(content: &Content, dimensions: Vec<f64>) -> Outcome {
    let candidate = centred(&dimensions);
    let length = norm(&candidate);
    let spread = length / (dimensions.len().max(1) as f64).sqrt();
    let confidence = (spread / FULL_CONFIDENCE_SPREAD).min(1.0);
    let similarity = Role::ALL.map(|role| {
        if length == 0.0 {
            0.0
        } else {
            dot(&candidate, &role_direction(content, role)) / length
        }
    });
    let exps = similarity.map(|s| (SHARPNESS * confidence * s).exp());
    let total: f64 = exps.iter().sum();
    let shares = exps.map(|e| e / total);
    let percents = largest_remainder(shares);
    let mut ranking = Role::ALL.map(|role| RoleScore {
        role,
        similarity: similarity[role.index()],
        share: shares[role.index()],
        percent: percents[role.index()],
    });
    // Stable: exact ties keep the order of Role::ALL.
    sort_stable_by(&mut ranking, |a, b| a.share > b.share);
    let lean = if spread < FLAT_SPREAD {
        Lean::Flat
    } else if ranking[0].percent - ranking[1].percent <= BLEND_MARGIN {
        Lean::Blend
    } else {
        Lean::Clear
    };
    Outcome {
        dimensions,
        spread,
        ranking,
        lean,
    }
}

/// Whole percentages that add up to exactly 100: floors first, then the leftover points to
/// the largest remainders, ties in role order.
fn largest_remainder(shares: [f64; 3]) -> [u8; 3] {
    let scaled = shares.map(|s| s * 100.0);
    let mut percents = scaled.map(|s| s.floor() as u8);
    let given: u32 = percents.iter().map(|&p| u32::from(p)).sum();
    let mut order = [0usize, 1, 2];
    let remainder = |i: usize| scaled[i] - scaled[i].floor();
    sort_stable_by(&mut order, |&a, &b| remainder(a) > remainder(b));
    for &i in order.iter().take(100u32.saturating_sub(given) as usize) {
        percents[i] += 1;
    }
    percents
}

/// One answer that moved the result, and the dimension it moved most.
#[derive(Clone, Debug, PartialEq)]
pub struct Reason {
    pub question: usize,
    pub dimension: DimensionIndex,
    /// How far the answer pushed towards the role, in units of the dimension's full range.
    pub push: f64,
}

/// The answers that pushed hardest towards `role`, strongest first, at most `limit`.
/// Ties go to the earlier question in the content.
pub fn reasons(content: &Content, answers: &Answers, role: Role, limit: usize) -> Vec<Reason> {
    let dims = content.dimensions.len();
    let direction = role_direction(content, role);
    let contributions: Vec<(usize, Contribution)> = content
        .questions
        .iter()
        .enumerate()
        .filter_map(|(i, q)| Some((i, contribution(q, answers.get(&q.id)?, dims)?)))
        .collect();
    let mut range = vec![0i64; dims];
    for (_, c) in &contributions {
        for (r, (max, min)) in range.iter_mut().zip(c.max.iter().zip(&c.min)) {
            *r += max - min;
        }
    }
    let mut found: Vec<Reason> = contributions
        .iter()
        .filter_map(|(question, c)| {
            // Shift from the question's midpoint, as a share of the dimension's whole range.
            let shift: Vec<f64> = (0..dims)
                .map(|d| {
                    if range[d] == 0 {
                        0.0
                    } else {
                        (2 * c.value[d] - c.min[d] - c.max[d]) as f64 / (2 * range[d]) as f64
                    }
                })
                .collect();
            // Only evidence *for* what the role stresses counts: an answer is explained by the
            // role's strengths it showed, not by the other roles' strengths it turned down.
            let evidence: Vec<f64> = (0..dims)
                .map(|d| shift[d].max(0.0) * direction[d].max(0.0))
                .collect();
            let push: f64 = evidence.iter().sum();
            let dimension = (0..dims).max_by(|&a, &b| evidence[a].total_cmp(&evidence[b]))?;
            (push > 0.0).then_some(Reason {
                question: *question,
                dimension,
                push,
            })
        })
        .collect();
    // Stable, and `found` is in question order: ties go to the earlier question.
    sort_stable_by(&mut found, |a, b| a.push > b.push);
    // Prefer answers that show different strengths; repeat a dimension only if need be.
    let mut chosen: Vec<Reason> = Vec::new();
    for pass in [false, true] {
        for reason in &found {
            let shown = chosen.iter().any(|c| c.dimension == reason.dimension);
            let taken = chosen.iter().any(|c| c.question == reason.question);
            if chosen.len() < limit && !taken && (pass || !shown) {
                chosen.push(reason.clone());
            }
        }
    }
    sort_stable_by(&mut chosen, |a, b| a.push > b.push);
    chosen
}

/// A full set of answers leaning as far as the content allows towards `role`: each question
/// answered with what pushes hardest in the role's direction.
pub fn answers_favouring(content: &Content, role: Role) -> Answers {
    let dims = content.dimensions.len();
    let direction = role_direction(content, role);
    let pull =
        |weights: &Weights| -> f64 { (0..dims).map(|d| weights.0[d] as f64 * direction[d]).sum() };
    let mut answers = Answers::new();
    for question in &content.questions {
        let answer = match &question.kind {
            QuestionKind::Rating { weights } => {
                let p = pull(weights);
                Answer::Rating(if p > 0.0 {
                    Likert::MAX
                } else if p < 0.0 {
                    Likert::MIN
                } else {
                    Likert::NEUTRAL
                })
            }
            QuestionKind::Choice { options } => {
                let Some(best) = options
                    .iter()
                    .max_by(|a, b| pull(&a.weights).total_cmp(&pull(&b.weights)))
                else {
                    continue;
                };
                Answer::Choice(best.id.clone())
            }
            QuestionKind::Pick { count, options } => {
                let mut ranked: Vec<_> = options.iter().collect();
                sort_stable_by(&mut ranked, |a, b| pull(&a.weights) > pull(&b.weights));
                Answer::Pick(ranked.iter().take(*count).map(|o| o.id.clone()).collect())
            }
        };
        answers.insert(question.id.clone(), answer);
    }
    answers
}

/// A stable insertion sort: `before(a, b)` says `a` belongs strictly before `b`. The lists
/// here hold three to a few dozen items, and the standard sorts would add several KB to the
/// widget per type sorted.
fn sort_stable_by<T>(items: &mut [T], before: impl Fn(&T, &T) -> bool) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && before(&items[j], &items[j - 1]) {
            items.swap(j, j - 1);
            j -= 1;
        }
    }
}

/// How often the top role survives when some of the candidate's own answers are left out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Stability {
    /// Resamples whose top role is the full result's top role.
    pub kept: usize,
    pub resamples: usize,
}

impl Stability {
    pub fn percent(self) -> u32 {
        (self.kept * 100 / self.resamples.max(1)) as u32
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

/// Scores [`STABILITY_RESAMPLES`] versions of the answers, each leaving out about a fifth of
/// the questions, and counts how many keep the same top role.
pub fn stability(content: &Content, answers: &Answers) -> Stability {
    let top = score(content, answers).top();
    let kept = (0..STABILITY_RESAMPLES)
        .filter(|&resample| {
            // Built by insertion: collecting into a map would pull in a general sort.
            let mut subset = answers.clone();
            subset.retain(|id, _| !left_out(id.as_str(), resample));
            score(content, &subset).top() == top
        })
        .count();
    Stability {
        kept,
        resamples: STABILITY_RESAMPLES,
    }
}
