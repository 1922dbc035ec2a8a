//! How an answer pushes the roles' scores, from the weights alone: its contribution to each
//! dimension as a share of that dimension's range over the whole quiz (as the quick order
//! measures it), along each role's direction. What the causes and the intended influence
//! are measured in.

use crate::answers::{Answer, Answers};
use crate::ids::QuestionId;
use crate::model::{Content, Question, QuestionKind, Role};
use crate::weighing::{bounds, contribution, dot, role_direction};

use super::report::{Answered, Cause};
use super::sample::likert;

pub(crate) struct Geometry {
    dims: usize,
    /// Each dimension's range over the whole quiz.
    whole: Vec<i64>,
    /// Each role's direction, by index.
    directions: Vec<Vec<f64>>,
}

impl Geometry {
    pub fn of(content: &Content) -> Geometry {
        let dims = content.dimensions().len();
        let mut whole = vec![0i64; dims];
        for question in content.questions() {
            let (low, high) = bounds(question, dims);
            for (w, (l, h)) in whole.iter_mut().zip(low.iter().zip(&high)) {
                *w += h - l;
            }
        }
        Geometry {
            dims,
            whole,
            directions: content
                .all_roles()
                .map(|r| role_direction(content, r))
                .collect(),
        }
    }

    /// How far `answer` to `question` pushes each role's similarity, by role index.
    pub fn push(&self, question: &Question, answer: &Answer) -> Vec<f64> {
        let Some(c) = contribution(question, answer, self.dims) else {
            return vec![0.0; self.directions.len()];
        };
        self.weigh(&c.value)
    }

    /// Each role's push from these per-dimension totals.
    fn weigh(&self, values: &[i64]) -> Vec<f64> {
        let moved: Vec<f64> = values
            .iter()
            .zip(&self.whole)
            .map(|(v, w)| *v as f64 / (*w).max(1) as f64)
            .collect();
        self.directions.iter().map(|d| dot(&moved, d)).collect()
    }

    /// How far `answer` pushes `role` ahead of the mean of the other roles.
    pub fn favour(&self, question: &Question, answer: &Answer, role: Role) -> f64 {
        ahead(&self.push(question, answer), role)
    }

    /// How far `answer` pushes `towards` ahead of `from`.
    pub fn towards(&self, question: &Question, answer: &Answer, towards: Role, from: Role) -> f64 {
        let push = self.push(question, answer);
        push[towards.index()] - push[from.index()]
    }
}

/// Every single answer a question has on its own: each point of a statement's scale, each
/// option of a scenario or a pick (one picked option).
pub(crate) fn single_answers(question: &Question) -> Vec<(Answered, Answer)> {
    match question.kind() {
        QuestionKind::Rating { .. } => (1..=5)
            .map(|p| (Answered::Point(p), Answer::Rating(likert(p))))
            .collect(),
        QuestionKind::Choice { options } => options
            .iter()
            .map(|o| {
                (
                    Answered::Option(o.id().clone()),
                    Answer::Choice(o.id().clone()),
                )
            })
            .collect(),
        // One option's weights: what picking it adds.
        QuestionKind::Pick { options, .. } => options
            .iter()
            .map(|o| {
                (
                    Answered::Option(o.id().clone()),
                    Answer::Choice(o.id().clone()),
                )
            })
            .collect(),
    }
}

/// What one single answer (see [`single_answers`]) pushes: an option of a pick by its own
/// weights, as one of the picks.
pub(crate) fn push_single(geometry: &Geometry, question: &Question, answer: &Answer) -> Vec<f64> {
    match (question.kind(), answer) {
        (QuestionKind::Pick { .. }, Answer::Choice(id)) => match question.option(id) {
            Some(option) => geometry.weigh(option.weights().as_slice()),
            None => vec![0.0; geometry.directions.len()],
        },
        _ => geometry.push(question, answer),
    }
}

/// The single answers that push `role` ahead of the others most (`most`), or least, over
/// every question: at most `n`, strongest first.
pub(crate) fn favouring(
    content: &Content,
    geometry: &Geometry,
    role: Role,
    most: bool,
    n: usize,
) -> Vec<Cause> {
    let mut all = Vec::new();
    for q in content.questions() {
        for (answered, answer) in single_answers(q) {
            let push = push_single(geometry, q, &answer);
            let favour = ahead(&push, role);
            all.push(Cause {
                question: q.id().clone(),
                answer: answered,
                weight: if most { favour } else { -favour },
            });
        }
    }
    strongest(all, n)
}

/// Sums, over cases, how far each answer given pushed the `wrong` role ahead of the `right`
/// one (only the questions `within` allows): the answers that caused most of the cases.
pub(crate) fn blame<'a>(
    content: &Content,
    geometry: &Geometry,
    cases: impl IntoIterator<Item = (&'a Answers, Role, Role)>,
    within: impl Fn(&QuestionId) -> bool,
    n: usize,
) -> Vec<Cause> {
    let mut all: Vec<Cause> = Vec::new();
    for (answers, wrong, right) in cases {
        for q in content.questions() {
            let Some(answer) = answers.get(q.id()) else {
                continue;
            };
            if !within(q.id()) {
                continue;
            }
            let push = geometry.towards(q, answer, wrong, right);
            if push <= 0.0 {
                continue;
            }
            let answered = match answer {
                Answer::Rating(p) => Answered::Point(p.get()),
                Answer::Choice(c) => Answered::Option(c.clone()),
                Answer::Pick(_) => Answered::Any,
            };
            match all
                .iter_mut()
                .find(|c| &c.question == q.id() && c.answer == answered)
            {
                Some(cause) => cause.weight += push,
                None => all.push(Cause {
                    question: q.id().clone(),
                    answer: answered,
                    weight: push,
                }),
            }
        }
    }
    strongest(all, n)
}

/// The `n` causes of largest weight (positive only), largest first; ties in the order given.
pub(crate) fn strongest(mut all: Vec<Cause>, n: usize) -> Vec<Cause> {
    all.retain(|c| c.weight > 0.0);
    all.sort_by(|a, b| b.weight.total_cmp(&a.weight));
    all.truncate(n);
    all
}

/// How far a push (one move per role) puts `role` ahead of the mean of the other roles.
fn ahead(push: &[f64], role: Role) -> f64 {
    let others = push.len().saturating_sub(1).max(1) as f64;
    let rest: f64 = push
        .iter()
        .enumerate()
        .filter(|(i, _)| *i != role.index())
        .map(|(_, p)| p)
        .sum();
    push[role.index()] - rest / others
}
