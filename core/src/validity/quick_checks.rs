//! The quick quiz's checks: simulated candidates answer the quick order until the core's
//! rule says their answers are settled, and the result is held to the full quiz's for the
//! same candidate: the same top role, the same second role, and a lean never bolder.

use crate::answers::Answers;
use crate::lean::Lean;
use crate::model::{Content, Role};
use crate::scoring::{rank, score, Outcome};

use super::checks::{role_label, share_check, CAUSES};
use super::geometry::{blame, favouring, Geometry};
use super::report::{check, Check, Figure, Floor};
use super::sample::quick_answers;
use super::Populations;

/// The share of candidates whose quick top role is the full quiz's.
const AGREEMENT: f64 = 0.95;
/// The share whose quick second role is the full quiz's.
const SECOND: f64 = 0.90;
/// The median and 90th percentile of the screens a quick run shows, as shares of the
/// questions (14 and 20 of 22). They were 9 and 14 before the quick result had to name the
/// full quiz's second role (check 14): settling it takes some candidates a few more screens.
const MEDIAN_SCREENS: f64 = 0.6;
const P90_SCREENS: f64 = 0.9;

/// How bold a lean is: flat, blend, clear.
pub fn boldness(lean: Lean) -> u8 {
    match lean {
        Lean::Flat => 0,
        Lean::Blend => 1,
        Lean::Clear => 2,
    }
}

/// A candidate's answers to the whole quiz, their quick run's, and both results.
struct Run<'a> {
    answers: &'a Answers,
    asked: Answers,
    quick: Outcome,
    full: Outcome,
}

fn run<'a>(content: &Content, answers: &'a Answers) -> Run<'a> {
    let asked = quick_answers(content, answers);
    // The quick result as the candidate sees it: a lean that stopped early is at most a blend.
    let mut quick = score(content, &asked);
    let length = crate::quiz::Pace::Quick.length(asked.len(), content.questions().len());
    quick.lean = quick.lean.shown(length);
    Run {
        quick,
        full: score(content, answers),
        answers,
        asked,
    }
}

pub(crate) fn all(content: &Content, geometry: &Geometry, p: &Populations, out: &mut Vec<Check>) {
    let candidates = p.at_025(p.quick);
    let runs: Vec<(Role, Run)> = candidates
        .iter()
        .map(|(role, answers)| (*role, run(content, answers)))
        .collect();
    agreement(content, geometry, &runs, out);
    screens(content, &runs, out);
    random_share(content, geometry, p, out);
    honesty(content, geometry, p, runs, out);
}

/// 10. The quick result's top role is the full quiz's.
fn agreement(content: &Content, geometry: &Geometry, runs: &[(Role, Run)], out: &mut Vec<Check>) {
    let n = content.roles().len();
    let (mut agree, mut totals, mut same_lean) = (vec![0usize; n], vec![0usize; n], 0);
    for (role, r) in runs {
        totals[role.index()] += 1;
        agree[role.index()] += usize::from(r.quick.top() == r.full.top());
        same_lean += usize::from(r.quick.lean == r.full.lean);
    }
    // What the unasked questions said against the quick top role.
    let differing = |role: Option<Role>| {
        let cases = runs
            .iter()
            .filter(|(r, run)| role.is_none_or(|x| x == *r) && run.quick.top() != run.full.top())
            .map(|(_, run)| (run.answers, run.full.top(), run.quick.top()));
        blame(content, geometry, cases, |_| true, CAUSES)
    };
    let overall = agree.iter().sum::<usize>() as f64 / runs.len().max(1) as f64;
    let mut c = share_check(
        "quick-agreement",
        None,
        "10. quick at noise 0.25: top role as the full quiz's, overall".into(),
        overall,
        runs.len(),
        Floor::AtLeast(AGREEMENT),
        Some(overall >= AGREEMENT),
    );
    c.causes = differing(None);
    out.push(c);
    for role in content.all_roles() {
        let share = agree[role.index()] as f64 / totals[role.index()].max(1) as f64;
        let mut c = share_check(
            "quick-agreement-role",
            Some(role),
            format!(
                "    quick at noise 0.25: same top role, true {}",
                role_label(content, role)
            ),
            share,
            totals[role.index()],
            Floor::AtLeast(AGREEMENT),
            Some(share >= AGREEMENT),
        );
        c.causes = differing(Some(role));
        out.push(c);
    }
    out.push(share_check(
        "quick-same-lean",
        None,
        "    quick at noise 0.25: same lean label".into(),
        same_lean as f64 / runs.len().max(1) as f64,
        runs.len(),
        Floor::Report,
        None,
    ));
}

/// 11. The quick quiz is quick.
fn screens(content: &Content, runs: &[(Role, Run)], out: &mut Vec<Check>) {
    let mut screens: Vec<usize> = runs.iter().map(|(_, r)| r.asked.len()).collect();
    screens.sort_unstable();
    let at = |q: f64| {
        screens
            .get(((screens.len().max(1) - 1) as f64 * q).round() as usize)
            .copied()
            .unwrap_or(0)
    };
    let questions = content.questions().len();
    for (id, label, q, share) in [
        ("quick-screens-median", "median", 0.5, MEDIAN_SCREENS),
        ("quick-screens-p90", "90th percentile", 0.9, P90_SCREENS),
    ] {
        let most = (questions as f64 * share).ceil() as usize;
        out.push(check(
            id,
            None,
            format!("11. quick at noise 0.25: screens shown, {label}"),
            Figure::Screens(at(q)),
            Floor::ScreensAtMost(most),
            Some(at(q) <= most),
        ));
    }
    let whole = screens.iter().filter(|&&n| n == questions).count();
    out.push(share_check(
        "quick-every-question",
        None,
        "    quick at noise 0.25: asked every question".into(),
        whole as f64 / screens.len().max(1) as f64,
        screens.len(),
        Floor::Report,
        None,
    ));
}

/// 12. Random answerers taking the quick quiz land on each of N roles 1/N of the time.
fn random_share(content: &Content, geometry: &Geometry, p: &Populations, out: &mut Vec<Check>) {
    let random = &p.random[..p.labelled.min(p.random.len())];
    let mut tops = vec![0usize; content.roles().len()];
    let mut screens = Vec::with_capacity(random.len());
    for answers in random {
        let asked = quick_answers(content, answers);
        screens.push(asked.len());
        tops[rank(content, &asked).top().index()] += 1;
    }
    let even = 1.0 / content.roles().len() as f64;
    for role in content.all_roles() {
        let share = tops[role.index()] as f64 / random.len().max(1) as f64;
        let mut c = share_check(
            "quick-random-share",
            Some(role),
            format!(
                "12. quick, random answers ({}): {} on top",
                random.len(),
                role_label(content, role)
            ),
            share,
            random.len(),
            Floor::Near {
                target: even,
                tolerance: 0.03,
            },
            Some((share - even).abs() <= 0.03),
        );
        c.causes = favouring(content, geometry, role, share >= even, CAUSES);
        out.push(c);
    }
    screens.sort_unstable();
    out.push(check(
        "quick-random-screens",
        None,
        "    quick, random answers: screens shown, median".into(),
        Figure::Screens(screens.get(screens.len() / 2).copied().unwrap_or(0)),
        Floor::Report,
        None,
    ));
}

/// Check 14, the quick result is honest: its lean never bolder than the full quiz's for the
/// same candidate, and its second role the full quiz's for at least 90 %. Over the
/// candidates of check 10, generalists and blends of every pair of roles.
fn honesty(
    content: &Content,
    geometry: &Geometry,
    p: &Populations,
    runs: Vec<(Role, Run)>,
    out: &mut Vec<Check>,
) {
    let per_pair = p.generalists.len() / super::sample::pairs(content).len().max(1);
    let mut runs: Vec<Run> = runs.into_iter().map(|(_, r)| r).collect();
    let more = p
        .generalists_first(p.honesty, per_pair)
        .into_iter()
        .chain(&p.blends);
    for answers in more {
        runs.push(run(content, answers));
    }
    let bolder: Vec<&Run> = runs
        .iter()
        .filter(|r| boldness(r.quick.lean) > boldness(r.full.lean))
        .collect();
    let n = runs.len();
    let mut c = check(
        "quick-never-bolder",
        None,
        "14. quick: lean bolder than the full quiz's".into(),
        Figure::Count {
            count: bolder.len(),
            total: n,
        },
        Floor::None,
        Some(bolder.is_empty()),
    );
    // The answers left unasked that, given, made the full quiz less sure: pushing its
    // second role towards its top.
    let rests: Vec<Answers> = bolder.iter().map(|r| unasked(r)).collect();
    let cases = bolder
        .iter()
        .zip(&rests)
        .map(|(r, rest)| (rest, r.full.ranking[1].role, r.full.top()));
    c.causes = blame(content, geometry, cases, |_| true, CAUSES);
    out.push(c);

    let second = |o: &Outcome| o.ranking.get(1).map(|s| s.role);
    let differing: Vec<&Run> = runs
        .iter()
        .filter(|r| second(&r.quick) != second(&r.full))
        .collect();
    let share = 1.0 - differing.len() as f64 / n.max(1) as f64;
    let mut c = share_check(
        "quick-second-role",
        None,
        "14. quick: second role as the full quiz's".into(),
        share,
        n,
        Floor::AtLeast(SECOND),
        Some(share >= SECOND),
    );
    let rests: Vec<Answers> = differing.iter().map(|r| unasked(r)).collect();
    let cases = differing
        .iter()
        .zip(&rests)
        .filter_map(|(r, rest)| Some((rest, second(&r.full)?, second(&r.quick)?)));
    c.causes = blame(content, geometry, cases, |_| true, CAUSES);
    out.push(c);
}

/// The answers a quick run did not ask for.
fn unasked(run: &Run) -> Answers {
    let mut rest = run.answers.clone();
    rest.retain(|id, _| run.asked.get(id).is_none());
    rest
}
