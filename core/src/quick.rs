//! The quick quiz: the most telling questions first, and a rule that says when the answers so
//! far have settled the result. Pure and deterministic: the order depends on the content only,
//! and whether a set of answers is settled on those answers only, so a share code need not
//! say which questions were asked (the answered ones are exactly those).

use super::answers::{Answer, Answers, Likert, Picks};
use super::lean::Lean;
use super::model::{Content, Question, QuestionKind, Role};
use super::scoring::{score, Outcome};
use super::weighing::{contribution, dimension_scores, dot, role_direction, sort_stable_by};

/// Fewer answers than this are never a result: the stability resamples need something to
/// leave out.
pub const MIN_ASKED: usize = 5;

/// How far the unasked questions are imagined to lean towards each role: the candidate's
/// profile so far moved this share of the way to the role's profile.
pub const PULL: f64 = 0.5;

/// How well a weighted item fits a profile: the weighted mean level on its dimensions,
/// -0.5 to 0.5 (the simulated candidates of `cargo xtask validate` answer by the same fit).
fn fit(weights: &[i64], profile: &[f64]) -> f64 {
    let total: i64 = weights.iter().map(|w| w.abs()).sum();
    let sum: f64 = weights
        .iter()
        .zip(profile)
        .map(|(w, p)| *w as f64 * (p - 0.5))
        .sum();
    if total == 0 {
        0.0
    } else {
        sum / total as f64
    }
}

/// The answer a candidate with this 0–1 `profile` would most likely give, without noise.
fn typical(question: &Question, profile: &[f64]) -> Option<Answer> {
    let by_fit = || {
        let mut options: Vec<_> = question.options().iter().collect();
        sort_stable_by(&mut options, |a, b| {
            fit(&a.weights.0, profile) > fit(&b.weights.0, profile)
        });
        options
    };
    Some(match &question.kind {
        QuestionKind::Rating { weights } => {
            let point = (3.0 + 4.0 * fit(&weights.0, profile))
                .round()
                .clamp(1.0, 5.0);
            Answer::Rating(Likert::new(point as u8)?)
        }
        QuestionKind::Choice { .. } => Answer::Choice(by_fit().first()?.id.clone()),
        QuestionKind::Pick { count, .. } => Answer::Pick(
            by_fit()
                .iter()
                .take(*count)
                .map(|o| o.id.clone())
                .collect::<Picks>(),
        ),
    })
}

/// The content's question indices, most telling first: by how far apart a typical member of
/// each role would answer, measured along the directions that tell the roles apart, each
/// dimension in proportion to its range over the whole quiz. Ties keep the content's order.
pub fn order(content: &Content) -> Vec<usize> {
    let dims = content.dimensions.len();
    let typical_of = |question: &Question, role: Role| {
        let answer = typical(question, &content.role(role).profile)?;
        contribution(question, &answer, dims)
    };
    let mut range = vec![0i64; dims];
    for question in &content.questions {
        if let Some(c) = typical_of(question, Role::ALL[0]) {
            for (r, (lo, hi)) in range.iter_mut().zip(c.min.iter().zip(&c.max)) {
                *r += hi - lo;
            }
        }
    }
    let directions = Role::ALL.map(|role| role_direction(content, role));
    let separation = |question: &Question| -> f64 {
        let moves = Role::ALL.map(|role| {
            typical_of(question, role).map_or(vec![0.0; dims], |c| {
                c.value
                    .iter()
                    .zip(&range)
                    .map(|(v, r)| *v as f64 / (*r).max(1) as f64)
                    .collect::<Vec<f64>>()
            })
        });
        let mut total = 0.0;
        for a in 0..3 {
            for b in a + 1..3 {
                let apart: Vec<f64> = moves[a].iter().zip(&moves[b]).map(|(x, y)| x - y).collect();
                let axis: Vec<f64> = directions[a]
                    .iter()
                    .zip(&directions[b])
                    .map(|(x, y)| x - y)
                    .collect();
                total += dot(&apart, &axis).abs();
            }
        }
        total
    };
    let scored: Vec<f64> = content.questions.iter().map(separation).collect();
    let mut indices: Vec<usize> = (0..content.questions.len()).collect();
    sort_stable_by(&mut indices, |&a, &b| scored[a] > scored[b]);
    indices
}

/// Whether the answers given so far settle the result: the lean is not flat, and whichever
/// way the unanswered questions were answered (by the candidate as they have answered so
/// far, moved [`PULL`] of the way towards any one role's profile), the top role and the lean
/// label stay as they are, and for a blend the second role too. With every question answered
/// the quiz is over anyway.
pub fn settled(content: &Content, answers: &Answers) -> bool {
    let answered = |q: &&Question| answers.get(&q.id).is_some_and(|a| a.completes(q));
    let asked = content.questions.iter().filter(answered).count();
    if asked >= content.questions.len() {
        return true;
    }
    if asked < MIN_ASKED {
        return false;
    }
    let now = score(content, answers);
    if now.lean == Lean::Flat {
        return false;
    }
    let profile = dimension_scores(content, answers);
    Role::ALL.iter().all(|&role| {
        let towards: Vec<f64> = profile
            .iter()
            .zip(&content.role(role).profile)
            .map(|(p, r)| p + PULL * (r - p))
            .collect();
        let mut imagined = answers.clone();
        for question in &content.questions {
            if let (false, Some(answer)) = (answered(&question), typical(question, &towards)) {
                imagined.insert(question.id.clone(), answer);
            }
        }
        same_reading(&now, &score(content, &imagined))
    })
}

/// Two results read the same: the same top role and label, and for a blend the same second.
fn same_reading(a: &Outcome, b: &Outcome) -> bool {
    a.top() == b.top()
        && a.lean == b.lean
        && (a.lean != Lean::Blend || a.ranking[1].role == b.ranking[1].role)
}
