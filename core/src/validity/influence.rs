//! Each question's influence: intended (from its weights: how far its answers can spread the
//! roles' scores apart) beside simulated (how often changing that answer alone changes a
//! simulated candidate's top role), and the options that dominate or never matter.

use crate::answers::{Answer, Answers};
use crate::model::{Content, Question, QuestionKind};
use crate::scoring::rank;

use super::geometry::{push_single, single_answers, Geometry};
use super::report::{Answered, Flag, Influence, OptionInfluence};
use super::sample::likert;
use super::Populations;

/// An option dominates when choosing it changes the top role at least this often…
const DOMINANT_SHARE: f64 = 0.05;
/// …and this many times as often as the average answer.
const DOMINANT_TIMES: f64 = 4.0;
/// An option never matters when it was tried at least this often and never changed the top role.
const INERT_CASES: usize = 200;

/// The other answers a candidate could have given instead of `given`, each with the single
/// answer that makes it different: every other point or option; for a pick, each option not
/// picked in place of each one picked.
fn alternatives(question: &Question, given: &Answer) -> Vec<(Answered, Answer)> {
    match (question.kind(), given) {
        (QuestionKind::Rating { .. }, Answer::Rating(p)) => (1..=5)
            .filter(|&x| x != p.get())
            .map(|x| (Answered::Point(x), Answer::Rating(likert(x))))
            .collect(),
        (QuestionKind::Choice { options }, Answer::Choice(c)) => options
            .iter()
            .filter(|o| o.id() != c)
            .map(|o| {
                (
                    Answered::Option(o.id().clone()),
                    Answer::Choice(o.id().clone()),
                )
            })
            .collect(),
        (QuestionKind::Pick { options, .. }, Answer::Pick(picks)) => {
            let mut out = Vec::new();
            for o in options.iter().filter(|o| !picks.contains(o.id())) {
                for out_of in picks.iter() {
                    let mut swapped = picks.clone();
                    swapped.remove(out_of);
                    swapped.insert(o.id().clone());
                    out.push((Answered::Option(o.id().clone()), Answer::Pick(swapped)));
                }
            }
            out
        }
        _ => Vec::new(),
    }
}

/// The widest move between two roles' scores that two of a question's answers make.
fn intended(geometry: &Geometry, question: &Question) -> f64 {
    let pushes: Vec<Vec<f64>> = single_answers(question)
        .iter()
        .map(|(_, a)| push_single(geometry, question, a))
        .collect();
    let mut widest = 0.0f64;
    for a in &pushes {
        for b in &pushes {
            for r in 0..a.len() {
                for s in 0..a.len() {
                    widest = widest.max(((a[r] - a[s]) - (b[r] - b[s])).abs());
                }
            }
        }
    }
    widest * question.responses() as f64
}

pub(crate) fn influence(content: &Content, geometry: &Geometry, p: &Populations) -> Vec<Influence> {
    let per_pair = p.generalists.len() / super::sample::pairs(content).len().max(1);
    let candidates: Vec<&Answers> = p
        .at_025(p.item)
        .into_iter()
        .map(|(_, a)| a)
        .chain(p.generalists_first(p.honesty, per_pair))
        .collect();
    let tops: Vec<_> = candidates.iter().map(|a| rank(content, a).top()).collect();
    let mut out = Vec::new();
    let intended_all: Vec<f64> = content
        .questions()
        .iter()
        .map(|q| intended(geometry, q))
        .collect();
    let whole: f64 = intended_all.iter().sum::<f64>().max(f64::MIN_POSITIVE);
    for (q, intended) in content.questions().iter().zip(&intended_all) {
        // Per single answer: (cases, flips).
        let singles = single_answers(q);
        let mut counts = vec![(0usize, 0usize); singles.len()];
        let (mut cases, mut flips) = (0usize, 0usize);
        for (answers, top) in candidates.iter().zip(&tops) {
            let Some(given) = answers.get(q.id()) else {
                continue;
            };
            let mut changed = (*answers).clone();
            for (answered, other) in alternatives(q, given) {
                changed.insert(q.id().clone(), other);
                let flipped = rank(content, &changed).top() != *top;
                cases += 1;
                flips += usize::from(flipped);
                if let Some(i) = singles.iter().position(|(s, _)| *s == answered) {
                    counts[i].0 += 1;
                    counts[i].1 += usize::from(flipped);
                }
            }
        }
        out.push(Influence {
            question: q.id().clone(),
            intended: intended / whole,
            simulated: flips as f64 / cases.max(1) as f64,
            options: singles
                .into_iter()
                .zip(counts)
                .map(|((answer, _), (n, f))| OptionInfluence {
                    answer,
                    simulated: f as f64 / n.max(1) as f64,
                    cases: n,
                    flag: None,
                })
                .collect(),
        });
    }
    flag(&mut out);
    out
}

/// Marks the options that move the top role far more than the rest, or never.
fn flag(influence: &mut [Influence]) {
    let rates: Vec<f64> = influence
        .iter()
        .flat_map(|q| q.options.iter().map(|o| o.simulated))
        .collect();
    let mean = rates.iter().sum::<f64>() / rates.len().max(1) as f64;
    for o in influence.iter_mut().flat_map(|q| q.options.iter_mut()) {
        if o.simulated >= DOMINANT_SHARE && o.simulated >= DOMINANT_TIMES * mean {
            o.flag = Some(Flag::Dominant);
        } else if o.simulated == 0.0 && o.cases >= INERT_CASES {
            o.flag = Some(Flag::Inert);
        }
    }
}
