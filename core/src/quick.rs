//! The quick quiz: the most telling questions first, and a rule that says when the answers so
//! far have settled the result. Pure and deterministic: the order depends on the content only,
//! and whether a set of answers is settled on those answers only, so a share code need not
//! say which questions were asked (the answered ones are exactly those).

use super::answers::{Answer, Answers, Likert};
use super::lean::{Lean, CLEAR_STABILITY_PERCENT};
use super::model::{Choice, Content, Question, QuestionKind, Weights};
use super::scoring::{score, stability_of};
use super::weighing::{bounds, contribution, role_direction, sort_stable_by};

/// Fewer answers than this are never a result: the stability resamples need something to
/// leave out.
pub const MIN_ASKED: usize = 5;

/// How far the unasked questions are imagined to lean towards each role: the candidate's
/// profile so far moved this share of the way to the role's profile.
pub const PULL: f64 = 0.5;

/// How well a weighted item fits a profile: the weighted mean level on its dimensions,
/// -0.5 to 0.5 (the simulated candidates of `cargo xtask validate` answer by the same fit).
fn fit(weights: &Weights, profile: &[f64]) -> f64 {
    let mut total = 0;
    let mut sum = 0.0;
    for (w, p) in weights.0.iter().zip(profile) {
        total += w.abs();
        sum += *w as f64 * (p - 0.5);
    }
    sum / total.max(1) as f64
}

/// The answer a candidate with this 0–1 `profile` would most likely give, without noise.
fn typical(question: &Question, profile: &[f64]) -> Option<Answer> {
    let mut options: Vec<&Choice> = question.options().iter().collect();
    sort_stable_by(&mut options, |a, b| {
        fit(&a.weights, profile) > fit(&b.weights, profile)
    });
    let ids = options.iter().map(|o| o.id.clone());
    Some(match &question.kind {
        // 3.5 + 4 × fit is 1.5 to 5.5: rounded to the nearest point as it is cut to an integer.
        QuestionKind::Rating { weights } => {
            Answer::Rating(Likert::new((3.5 + 4.0 * fit(weights, profile)) as u8)?)
        }
        QuestionKind::Choice { .. } => Answer::Choice(ids.take(1).next()?),
        QuestionKind::Pick { count, .. } => Answer::Pick(ids.take(*count).collect()),
    })
}

/// The content's question indices, most telling first: by how far apart a typical member of
/// each role would answer, measured along the directions that tell the roles apart, each
/// dimension in proportion to its range over the whole quiz, added up over every pair of
/// roles. Ties keep the content's order.
pub fn order(content: &Content) -> Vec<usize> {
    // Plain loops and pushes: each `collect` of a new iterator type costs the download.
    let dims = content.dimensions.len();
    let mut directions = Vec::new();
    for role in content.all_roles() {
        directions.push(role_direction(content, role));
    }
    let mut whole = vec![0i64; dims];
    for question in &content.questions {
        let (low, high) = bounds(question, dims);
        for (whole, (low, high)) in whole.iter_mut().zip(low.iter().zip(&high)) {
            *whole += high - low;
        }
    }
    let mut telling = Vec::new();
    let mut indices = Vec::new();
    for (i, question) in content.questions.iter().enumerate() {
        // How a typical member of each role moves each dimension, as a share of its range.
        let mut moves = Vec::new();
        for role in content.all_roles() {
            let mut moved = vec![0.0; dims];
            let answer = typical(question, &content.role(role).profile);
            if let Some(c) = answer.and_then(|a| contribution(question, &a, dims)) {
                for (moved, (value, whole)) in moved.iter_mut().zip(c.value.iter().zip(&whole)) {
                    *moved = *value as f64 / (*whole).max(1) as f64;
                }
            }
            moves.push(moved);
        }
        let mut sum = 0.0;
        // Every pair of roles, in document order: (0, 1), (0, 2), …, (1, 2), …
        let pairs = (0..moves.len()).flat_map(|a| (a + 1..moves.len()).map(move |b| (a, b)));
        for (a, b) in pairs {
            let mut along = 0.0;
            for ((x, y), (p, q)) in moves[a]
                .iter()
                .zip(&moves[b])
                .zip(directions[a].iter().zip(&directions[b]))
            {
                along += (x - y) * (p - q);
            }
            sum += f64::abs(along);
        }
        telling.push(sum);
        indices.push(i);
    }
    sort_stable_by(&mut indices, |&a, &b| telling[a] > telling[b]);
    indices
}

/// How [`settled`] reads a run.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rule {
    /// Whether a quick run stops here: the lean is clear, and the top role and the second role
    /// hold and the lean stays a lean (not flat). Its label may move between clear and a
    /// blend: a quick result shows a blend either way ([`Lean::shown`]), naming the second
    /// role.
    Stop,
    /// Whether a quick code can be a quick result: settled by [`Rule::Stop`], or by the rule
    /// as it read before (the top role and the lean label hold, and for a blend the second
    /// role), so that every code written since the quick quiz began still opens.
    Read,
}

/// Whether the answers given so far settle the result: the lean is not flat, and whichever
/// way the unanswered questions were answered (as the candidate has answered so far, moved
/// [`PULL`] of the way towards any one role's profile, without noise), the reading holds as
/// `rule` says. With every question answered the quiz is over anyway.
pub fn settled(content: &Content, answers: &Answers, rule: Rule) -> bool {
    let answered = |q: &Question| answers.get(&q.id).is_some_and(|a| a.completes(q));
    let asked = content.questions.iter().filter(|q| answered(q)).count();
    if asked >= content.questions.len() {
        return true;
    }
    let now = score(content, answers);
    // A blend is a place to stop only when it is itself stable: its top role holds in the
    // resamples as a clear lean's must (a clear lean has passed that test already).
    let steady = || stability_of(content, answers, now.top()).percent() >= CLEAR_STABILITY_PERCENT;
    if asked < MIN_ASKED || now.lean == Lean::Flat || (now.lean == Lean::Blend && !steady()) {
        return false;
    }
    // A quick run stops on a clear lean only: one that is a blend already may yet come out
    // with no clear lean at all, which a quick result's blend would overstate.
    if rule == Rule::Stop && now.lean != Lean::Clear {
        return false;
    }
    let (mut holds, mut held) = (true, true);
    for role in content.all_roles() {
        let mut towards = Vec::new();
        for (p, r) in now.dimensions.iter().zip(&content.role(role).profile) {
            towards.push(p + PULL * (r - p));
        }
        let mut imagined = answers.clone();
        for question in &content.questions {
            if let (false, Some(answer)) = (answered(question), typical(question, &towards)) {
                imagined.insert(question.id.clone(), answer);
            }
        }
        let then = score(content, &imagined);
        let (top, second) = (
            then.top() == now.top(),
            then.ranking[1].role == now.ranking[1].role,
        );
        holds &= top && second && then.lean != Lean::Flat;
        held &= top && then.lean == now.lean && (now.lean == Lean::Clear || second);
    }
    holds || (rule == Rule::Read && held)
}
