//! The checks on the full quiz: no built-in bias, recovery, reachability, no answer that
//! dominates, yes-saying, blends, stability, and a clear lean that holds (docs/scoring.md).

use crate::answers::{Answer, Answers};
use crate::lean::{Lean, CLEAR_STABILITY_PERCENT as CLEAR};
use crate::model::{Content, QuestionKind, Role};
use crate::scoring::{answers_favouring, rank, score, stability, BLEND_MARGIN, FLAT_SPREAD};

use super::geometry::{blame, favouring, Geometry};
use super::report::{check, Answered, Cause, Check, Figure, Floor, Interval};
use super::sample::likert;
use super::{Populations, NOISES};

/// How many causes a check names.
pub(crate) const CAUSES: usize = 3;

pub(crate) fn role_label(content: &Content, role: Role) -> String {
    content.role(role).id().to_string()
}

/// A share of `n` cases, with its interval.
pub(crate) fn share_check(
    id: &'static str,
    role: Option<Role>,
    label: String,
    share: f64,
    n: usize,
    floor: Floor,
    ok: Option<bool>,
) -> Check {
    let mut c = check(id, role, label, Figure::Share(share), floor, ok);
    c.interval = Some(Interval::of(share, n));
    c
}

pub(crate) fn all(content: &Content, geometry: &Geometry, p: &Populations, out: &mut Vec<Check>) {
    random_share(content, geometry, p, out);
    recovery(content, geometry, p, out);
    reachable(content, geometry, out);
    let item: Vec<&(Role, Answers)> = p.at_025(p.item);
    one_answer(content, &item, out);
    yes_saying(content, geometry, &item, out);
    blends_and_stability(content, p, &item, out);
}

/// 1. Random answers put each of N roles on top 1/N of the time, within 3 points.
fn random_share(content: &Content, geometry: &Geometry, p: &Populations, out: &mut Vec<Check>) {
    let n = content.roles().len();
    let mut tops = vec![0usize; n];
    for answers in &p.random {
        tops[rank(content, answers).top().index()] += 1;
    }
    let even = 1.0 / n as f64;
    for role in content.all_roles() {
        let share = tops[role.index()] as f64 / p.random.len().max(1) as f64;
        let ok = (share - even).abs() <= 0.03;
        let mut c = share_check(
            "random-share",
            Some(role),
            format!("1. random answers: {} on top", role_label(content, role)),
            share,
            p.random.len(),
            Floor::Near {
                target: even,
                tolerance: 0.03,
            },
            Some(ok),
        );
        // Over-chosen: the answers that favour it most; under-chosen: those that favour it least.
        c.causes = favouring(content, geometry, role, share >= even, CAUSES);
        out.push(c);
    }
}

/// 2. Simulated candidates of each role get it on top.
fn recovery(content: &Content, geometry: &Geometry, p: &Populations, out: &mut Vec<Check>) {
    for (noise, candidates) in NOISES.iter().zip(&p.recovery) {
        let graded = *noise == 0.25;
        let n = content.roles().len();
        let mut hits = vec![0usize; n];
        let mut totals = vec![0usize; n];
        let mut missed = Vec::new();
        for (role, answers) in candidates {
            totals[role.index()] += 1;
            let top = rank(content, answers).top();
            if top == *role {
                hits[role.index()] += 1;
            } else {
                missed.push((answers, top, *role));
            }
        }
        let all = hits.iter().sum::<usize>() as f64 / candidates.len().max(1) as f64;
        let floor = |f: f64| {
            if graded {
                Floor::AtLeast(f)
            } else {
                Floor::Report
            }
        };
        let mut c = share_check(
            "recovery",
            None,
            format!("2. recovery at noise {noise}: overall"),
            all,
            candidates.len(),
            floor(0.9),
            graded.then_some(all >= 0.9),
        );
        c.causes = blame(content, geometry, missed.iter().copied(), |_| true, CAUSES);
        out.push(c);
        for role in content.all_roles() {
            let r = hits[role.index()] as f64 / totals[role.index()].max(1) as f64;
            let mut c = share_check(
                "recovery-role",
                Some(role),
                format!(
                    "   recovery at noise {noise}: {}",
                    role_label(content, role)
                ),
                r,
                totals[role.index()],
                floor(0.8),
                graded.then_some(r >= 0.8),
            );
            let own = missed.iter().filter(|m| m.2 == role).copied();
            c.causes = blame(content, geometry, own, |_| true, CAUSES);
            out.push(c);
        }
    }
}

/// 3. The answers leaning furthest towards each role put it on top with at least 70 %.
fn reachable(content: &Content, geometry: &Geometry, out: &mut Vec<Check>) {
    for role in content.all_roles() {
        let answers = answers_favouring(content, role);
        let outcome = score(content, &answers);
        let percent = outcome.percent(role);
        let mut c = check(
            "reachable",
            Some(role),
            format!(
                "3. best answers for {}: its percentage",
                role_label(content, role)
            ),
            Figure::Percent(percent),
            Floor::OnTopWith(70),
            Some(outcome.top() == role && percent >= 70),
        );
        // The strongest rival: what the role's best answers still give it.
        let rival = if outcome.top() == role {
            outcome.ranking[1].role
        } else {
            outcome.top()
        };
        c.causes = blame(
            content,
            geometry,
            [(&answers, rival, role)],
            |_| true,
            CAUSES,
        );
        out.push(c);
    }
}

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
fn one_answer(content: &Content, candidates: &[&(Role, Answers)], out: &mut Vec<Check>) {
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
fn yes_saying(
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

/// 7. Blends are rare but real; 8. the stability figure repeats; 9. a clear lean holds.
fn blends_and_stability(
    content: &Content,
    p: &Populations,
    item: &[&(Role, Answers)],
    out: &mut Vec<Check>,
) {
    let labelled = &p.random[..p.labelled.min(p.random.len())];
    let (mut blends, mut flats) = (0, 0);
    for answers in labelled {
        match score(content, answers).lean {
            Lean::Blend => blends += 1,
            Lean::Flat => flats += 1,
            Lean::Clear => {}
        }
    }
    let n = labelled.len();
    for (id, what, count) in [
        ("random-blend", "a blend", blends),
        ("random-flat", "undifferentiated", flats),
    ] {
        out.push(share_check(
            id,
            None,
            format!("7. random answers labelled {what} (first {n})"),
            count as f64 / n.max(1) as f64,
            n,
            Floor::Report,
            None,
        ));
    }
    let realistic = item
        .iter()
        .filter(|(_, a)| score(content, a).lean == Lean::Blend)
        .count();
    out.push(share_check(
        "blend-reachable",
        None,
        "7. simulated candidates labelled a blend".into(),
        realistic as f64 / item.len().max(1) as f64,
        item.len(),
        Floor::Some,
        Some(realistic > 0),
    ));

    let first = &item[..item.len().min(300)];
    let mut deterministic = true;
    let mut sum = 0;
    for (_, answers) in first {
        let s = stability(content, answers);
        deterministic &= s == stability(content, answers);
        sum += s.percent();
    }
    out.push(check(
        "stability-mean",
        None,
        "8. stability figure: mean over simulated candidates".into(),
        Figure::Percent((sum / first.len().max(1) as u32) as u8),
        Floor::Report,
        None,
    ));
    out.push(check(
        "stability-repeats",
        None,
        "8. stability figure repeats for the same answers".into(),
        Figure::Yes(deterministic),
        Floor::Yes,
        Some(deterministic),
    ));

    let generalists = p.generalists.iter().collect::<Vec<_>>();
    // The first three in ten of them (3,000 of 10,000).
    let random_first = labelled
        .iter()
        .take((labelled.len() * 3).div_ceil(10))
        .collect::<Vec<_>>();
    let groups: [(&str, Vec<&Answers>); 4] = [
        ("noise 0.25", item.iter().map(|(_, a)| a).collect()),
        ("noise 0.35", p.recovery[2].iter().map(|(_, a)| a).collect()),
        ("generalists", generalists),
        ("random answers", random_first),
    ];
    for (name, group) in &groups {
        let (mut unstable, mut by_gap, mut clear) = (0usize, 0usize, 0usize);
        for answers in group {
            if stability(content, answers).percent() >= CLEAR {
                continue;
            }
            unstable += 1;
            let ranked = rank(content, answers);
            if ranked.spread >= FLAT_SPREAD && ranked.gap() > BLEND_MARGIN {
                by_gap += 1;
            }
            clear += usize::from(score(content, answers).lean == Lean::Clear);
        }
        out.push(share_check(
            "unstable",
            None,
            format!("9. {name}: top role kept in < {CLEAR} % of resamples"),
            unstable as f64 / group.len().max(1) as f64,
            group.len(),
            Floor::Report,
            None,
        ));
        out.push(share_check(
            "unstable-clear-by-gap",
            None,
            format!("   {name}: of those, clear by the gap alone"),
            by_gap as f64 / unstable.max(1) as f64,
            unstable,
            Floor::Report,
            None,
        ));
        out.push(check(
            "clear-holds",
            None,
            format!("   {name}: of those, labelled clear"),
            Figure::Count {
                count: clear,
                total: unstable,
            },
            Floor::None,
            Some(clear == 0),
        ));
    }
}
