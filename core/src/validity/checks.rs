//! The checks on the full quiz (docs/scoring.md): no built-in bias, recovery and
//! reachability here; one answer and yes-saying in `items.rs`; blends, stability and a clear
//! lean that holds in `labels.rs`.

use crate::answers::Answers;
use crate::model::{Content, Role};
use crate::scoring::{answers_favouring, rank, score};

use super::geometry::{blame, favouring, Geometry};
use super::report::{check, Check, Figure, Floor, Interval};
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
    super::items::one_answer(content, &item, out);
    super::items::yes_saying(content, geometry, &item, out);
    super::labels::blends_and_stability(content, p, &item, out);
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
