//! The quick quiz: the most telling questions first, and a rule that says when the answers so
//! far have settled the result. Pure and deterministic: the order depends on the content only,
//! and whether a set of answers is settled on those answers only, so a share code need not
//! say which questions were asked (the answered ones are exactly those).

use super::answers::Answers;
use super::lean::{Lean, BLEND_MARGIN};
use super::model::{Content, Question, QuestionKind, Role, Weights};
use super::scoring::{rank_dimensions, score};
use super::weighing::{bounds, role_direction, sort_stable_by};

/// Fewer answers than this are never a result: the stability resamples need something to
/// leave out.
pub const MIN_ASKED: usize = 5;

/// How far the unasked questions are imagined to lean towards each role: the candidate's
/// profile so far moved this share of the way to the role's profile.
pub const PULL: f64 = 0.5;

/// The content's question indices, most telling first. A question tells roles apart as far
/// as its answers can move the candidate along the line from one role's profile to
/// another's: for each pair of roles, the distance along that line between its answers'
/// extremes (a statement's two ends, a scenario's options, a pick's best and worst choices,
/// times its count), added up over the three pairs. Ties keep the content's order.
pub fn order(content: &Content) -> Vec<usize> {
    // Plain loops and pushes: each `collect` of a new iterator type costs the download.
    let [cm, smm, sms] = Role::ALL;
    let directions = [
        role_direction(content, cm),
        role_direction(content, smm),
        role_direction(content, sms),
    ];
    let mut telling = Vec::new();
    let mut indices = Vec::new();
    for (i, question) in content.questions.iter().enumerate() {
        let mut sum = 0.0;
        for (a, b) in [(0, 1), (0, 2), (1, 2)] {
            sum += reach(question, &directions[a], &directions[b]);
        }
        telling.push(sum);
        indices.push(i);
    }
    sort_stable_by(&mut indices, |&a, &b| telling[a] > telling[b]);
    indices
}

/// How far apart along the line from role `a`'s direction to `b`'s a question's answers can
/// land: a statement from one end of the scale to the other, a scenario between its
/// furthest options, a pick its count times that.
fn reach(question: &Question, a: &[f64], b: &[f64]) -> f64 {
    let along = |weights: &Weights| {
        let mut sum = 0.0;
        for ((w, x), y) in weights.0.iter().zip(a).zip(b) {
            sum += *w as f64 * (x - y);
        }
        sum
    };
    let (mut low, mut high) = (0.0, 0.0);
    for (i, option) in question.options().iter().enumerate() {
        let at = along(&option.weights);
        if i == 0 || at < low {
            low = at;
        }
        if i == 0 || at > high {
            high = at;
        }
    }
    match &question.kind {
        QuestionKind::Rating { weights } => 4.0 * along(weights).abs(),
        _ => (high - low) * question.responses() as f64,
    }
}

/// Whether the answers given so far settle the result: the lean is not flat, and whichever
/// way the unanswered questions went (each landing, dimension by dimension, at the level of
/// the candidate's profile so far moved [`PULL`] of the way towards any one role's profile),
/// the top role stays, as far ahead as a clear lean needs (or, for a blend, as close, with the
/// same second role). With every question answered the quiz is over anyway.
pub fn settled(content: &Content, answers: &Answers) -> bool {
    let dims = content.dimensions.len();
    // Each dimension's range over the questions answered, and over the whole quiz.
    let (mut done, mut whole) = (vec![0.0; dims], vec![0.0; dims]);
    let mut asked = 0;
    for question in &content.questions {
        let answered = answers
            .get(&question.id)
            .is_some_and(|a| a.completes(question));
        asked += usize::from(answered);
        let (low, high) = bounds(question, dims);
        for ((done, whole), (low, high)) in
            done.iter_mut().zip(&mut whole).zip(low.iter().zip(&high))
        {
            let range = (high - low) as f64;
            *whole += range;
            if answered {
                *done += range;
            }
        }
    }
    if asked >= content.questions.len() {
        return true;
    }
    let now = score(content, answers);
    if asked < MIN_ASKED || now.lean == Lean::Flat {
        return false;
    }
    Role::ALL.iter().all(|&role| {
        let profile = &content.role(role).profile;
        let mut imagined = Vec::new();
        for ((level, goal), (done, whole)) in now
            .dimensions
            .iter()
            .zip(profile)
            .zip(done.iter().zip(&whole))
        {
            let towards = level + PULL * (goal - level);
            imagined.push(if *whole > 0.0 {
                (level * done + towards * (whole - done)) / whole
            } else {
                0.5
            });
        }
        let then = rank_dimensions(content, imagined);
        then.top() == now.top()
            && (then.gap() > BLEND_MARGIN) == (now.lean == Lean::Clear)
            && (now.lean == Lean::Clear || then.ranking[1].role == now.ranking[1].role)
    })
}
