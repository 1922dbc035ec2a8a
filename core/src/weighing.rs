//! From answers to dimension scores, and the vector arithmetic the scoring and the reasons
//! share.
//!
//! Sums run over integer thousandths, so the result is bit-for-bit the same whatever the
//! order of questions, options or answers.

use super::answers::{Answer, Answers};
use super::model::{Content, Question, QuestionKind, Role, Weights};

/// Where one answer sits within what its question allows, per dimension.
pub(crate) struct Contribution {
    pub value: Vec<i64>,
    pub min: Vec<i64>,
    pub max: Vec<i64>,
}

pub(crate) fn sum_weights<'a>(dims: usize, weights: impl Iterator<Item = &'a Weights>) -> Vec<i64> {
    let mut total = vec![0; dims];
    for w in weights {
        for (t, v) in total.iter_mut().zip(&w.0) {
            *t += v;
        }
    }
    total
}

/// The lowest and highest total a question can give each dimension.
pub(crate) fn bounds(question: &Question, dims: usize) -> (Vec<i64>, Vec<i64>) {
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

pub(crate) fn contribution(
    question: &Question,
    answer: &Answer,
    dims: usize,
) -> Option<Contribution> {
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

/// One score per dimension, 0 to 1: what the answers gave it, placed between the lowest and
/// the highest the answered questions allow. Unanswered or incomplete answers are left out of
/// both the totals and the ranges.
pub(crate) fn dimension_scores(content: &Content, answers: &Answers) -> Vec<f64> {
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
    (0..dims)
        .map(|d| {
            if high[d] > low[d] {
                (raw[d] - low[d]) as f64 / (high[d] - low[d]) as f64
            } else {
                0.5
            }
        })
        .collect()
}

fn mean(values: &[f64]) -> f64 {
    values.iter().sum::<f64>() / values.len().max(1) as f64
}

pub(crate) fn centred(values: &[f64]) -> Vec<f64> {
    let m = mean(values);
    values.iter().map(|v| v - m).collect()
}

pub(crate) fn norm(values: &[f64]) -> f64 {
    values.iter().map(|v| v * v).sum::<f64>().sqrt()
}

pub(crate) fn dot(a: &[f64], b: &[f64]) -> f64 {
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

/// A stable insertion sort: `before(a, b)` says `a` belongs strictly before `b`. The lists
/// here hold three to a few dozen items, and the standard sorts would add several KB to the
/// widget per type sorted.
pub(crate) fn sort_stable_by<T>(items: &mut [T], before: impl Fn(&T, &T) -> bool) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && before(&items[j], &items[j - 1]) {
            items.swap(j, j - 1);
            j -= 1;
        }
    }
}
