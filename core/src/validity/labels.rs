//! Checks 7 to 9, on the lean label: blends are rare but real, the stability figure
//! repeats, and no candidate whose top role is unsteady is labelled clear.

use crate::answers::Answers;
use crate::lean::{Lean, CLEAR_STABILITY_PERCENT as CLEAR};
use crate::model::{Content, Role};
use crate::scoring::{rank, score, stability, BLEND_MARGIN, FLAT_SPREAD};

use super::checks::share_check;
use super::report::{check, Check, Figure, Floor};
use super::Populations;

/// 7. Blends are rare but real; 8. the stability figure repeats; 9. a clear lean holds.
pub(crate) fn blends_and_stability(
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
