//! Why a result came out as it did: the answers that pushed hardest towards a role. And the
//! reverse: the answers that lean as far as the content allows towards a role.

use super::answers::{Answer, Answers, Likert};
use super::model::{Content, DimensionIndex, QuestionKind, Role, Weights};
use super::weighing::{contribution, role_direction, sort_stable_by, Contribution};

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
