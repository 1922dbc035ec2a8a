//! Checks 4 and 5, on single answers: moving one answer from one extreme to the other
//! rarely changes the top role, and agreeing more with every statement does not steer.

use crate::answers::{Answer, Answers};
use crate::model::{Content, QuestionKind, Role};
use crate::scoring::{answers_favouring, rank};

use super::checks::{role_label, share_check, CAUSES};
use super::geometry::Geometry;
use super::report::{check, Answered, Cause, Check, Figure, Floor};
use super::sample::likert;

/// The pairs of answers check 4 moves between: a statement's extremes, every pair of a
/// scenario's options, every pair of the roles' favourite picks.
pub(crate) fn extremes(content: &Content, q: &crate::model::Question) -> Vec<(Answer, Answer)> {
    let pairs_of = |answers: Vec<Answer>| {
        let mut pairs = Vec::new();
        for (i, a) in answers.iter().enumerate() {
            for b in &answers[i + 1..] {
                pairs.push((a.clone(), b.clone()));
            }
        }
        pairs
    };
    match q.kind() {
        QuestionKind::Rating { .. } => vec![(Answer::Rating(likert(1)), Answer::Rating(likert(5)))],
        QuestionKind::Choice { options } => pairs_of(
            options
                .iter()
                .map(|o| Answer::Choice(o.id().clone()))
                .collect(),
        ),
        QuestionKind::Pick { .. } => pairs_of(
            content
                .all_roles()
                .filter_map(|r| answers_favouring(content, r).get(q.id()).cloned())
                .collect(),
        ),
    }
}

/// 4. Moving one answer from one extreme to the other rarely changes the top role.
pub(crate) fn one_answer(content: &Content, candidates: &[&(Role, Answers)], out: &mut Vec<Check>) {
    let mut flips_by_question = Vec::new();
    let mut shifts_by_question = Vec::new();
    let mut moves: Vec<f64> = Vec::new();
    for q in content.questions() {
        let (mut worst_flip, mut worst_shift) = (0.0f64, 0.0f64);
        for (low, high) in extremes(content, q) {
            let mut flips = 0;
            let mut shift = 0.0;
            for (_, answers) in candidates {
                let mut a = answers.clone();
                a.insert(q.id().clone(), low.clone());
                let one = rank(content, &a);
                a.insert(q.id().clone(), high.clone());
                let other = rank(content, &a);
                flips += usize::from(one.top() != other.top());
                let moved = content
                    .all_roles()
                    .map(|r| (one.percent(r) as f64 - other.percent(r) as f64).abs())
                    .fold(0.0, f64::max);
                shift += moved;
                moves.push(moved);
            }
            let n = candidates.len().max(1) as f64;
            worst_flip = worst_flip.max(flips as f64 / n);
            worst_shift = worst_shift.max(shift / n);
        }
        flips_by_question.push(worst_flip);
        shifts_by_question.push(worst_shift);
    }
    let worst = |figures: &[f64]| -> (f64, Vec<Cause>) {
        let causes = content
            .questions()
            .iter()
            .zip(figures)
            .map(|(q, f)| Cause {
                question: q.id().clone(),
                answer: Answered::Any,
                weight: *f,
            })
            .collect();
        let causes = super::geometry::strongest(causes, CAUSES);
        (causes.first().map_or(0.0, |c| c.weight), causes)
    };
    let name = |causes: &[Cause]| {
        causes
            .first()
            .map_or(String::new(), |c| c.question.to_string())
    };
    let (flip, causes) = worst(&flips_by_question);
    let mut c = share_check(
        "one-answer-flip",
        None,
        format!(
            "4. one answer end to end: top role changes (worst: {})",
            name(&causes)
        ),
        flip,
        candidates.len(),
        Floor::AtMost(0.05),
        Some(flip <= 0.05),
    );
    c.causes = causes;
    out.push(c);
    let (shift, causes) = worst(&shifts_by_question);
    let mut c = check(
        "one-answer-move",
        None,
        format!(
            "4. one answer end to end: mean largest move (worst: {})",
            name(&causes)
        ),
        Figure::Points(shift),
        Floor::AtMost(15.0),
        Some(shift <= 15.0),
    );
    c.causes = causes;
    out.push(c);
    moves.sort_by(f64::total_cmp);
    let quantile = |q: f64| {
        moves
            .get(((moves.len().max(1) - 1) as f64 * q) as usize)
            .copied()
    };
    for (id, label, q) in [
        ("move-median", "median", 0.5),
        ("move-p95", "95th percentile", 0.95),
    ] {
        out.push(check(
            id,
            None,
            format!("4. per candidate and item, largest move: {label}"),
            Figure::Points(quantile(q).unwrap_or(0.0).round()),
            Floor::Report,
            None,
        ));
    }
    let over = moves.iter().filter(|m| **m > 15.0).count() as f64 / moves.len().max(1) as f64;
    out.push(share_check(
        "move-over-15",
        None,
        "4. per candidate and item, largest move over 15 points".into(),
        over,
        moves.len(),
        Floor::Report,
        None,
    ));
}

/// 5. Every statement one step more agreeing moves each role by at most 2 points on average.
pub(crate) fn yes_saying(
    content: &Content,
    geometry: &Geometry,
    candidates: &[&(Role, Answers)],
    out: &mut Vec<Check>,
) {
    let mut moved = vec![0.0f64; content.roles().len()];
    for (_, answers) in candidates {
        let before = rank(content, answers);
        let agreeing: Answers = answers
            .iter()
            .map(|(id, a)| {
                let a = match a {
                    Answer::Rating(p) => Answer::Rating(likert((p.get() + 1).min(5))),
                    other => other.clone(),
                };
                (id.clone(), a)
            })
            .collect();
        let after = rank(content, &agreeing);
        for role in content.all_roles() {
            let share = |r: &crate::scoring::Ranking| {
                r.ranking
                    .iter()
                    .find(|s| s.role == role)
                    .map_or(0.0, |s| s.share)
            };
            moved[role.index()] += (share(&after) - share(&before)) * 100.0;
        }
    }
    for role in content.all_roles() {
        let mean = moved[role.index()] / candidates.len().max(1) as f64;
        let mut c = check(
            "yes-saying",
            Some(role),
            format!(
                "5. every rating one step more agreeing: {}",
                role_label(content, role)
            ),
            Figure::Points(mean),
            Floor::Within(2.0),
            Some(mean.abs() <= 2.0),
        );
        // The statements whose agreeing favours the role that gains (or the others, if it loses).
        let mut causes = Vec::new();
        for q in content.questions() {
            if let QuestionKind::Rating { .. } = q.kind() {
                let up = geometry.favour(q, &Answer::Rating(likert(5)), role);
                causes.push(Cause {
                    question: q.id().clone(),
                    answer: Answered::Point(5),
                    weight: if mean >= 0.0 { up } else { -up },
                });
            }
        }
        c.causes = super::geometry::strongest(causes, CAUSES);
        out.push(c);
    }
}
