//! `cargo xtask validate`, the quick quiz: simulated candidates answer the quick order until
//! the core's rule says their answers are settled, and the result is checked against the one
//! the full quiz gives the same candidate.

use rolefit_core::scoring::{rank, score};
use rolefit_core::{Answers, Content};

use crate::simulate::{quick_answers, simulated, Rng};
use crate::validate::{pct, row, Row};

/// The median and 90th percentile of the screens a quick run shows.
const MEDIAN_SCREENS: usize = 9;
const P90_SCREENS: usize = 14;
const AGREEMENT: f64 = 0.95;

/// The quick quiz's checks, appended to `rows`. `random` are random answerers' full answers.
pub fn checks(content: &Content, random: &[Answers], rng: &mut Rng, rows: &mut Vec<Row>) {
    // 10. Agreement with the full quiz, and how many screens it takes, at noise 0.25.
    let candidates = simulated(content, 0.25, 1000, rng);
    let mut agree = vec![0usize; content.roles().len()];
    let mut totals = vec![0usize; content.roles().len()];
    let mut same_lean = 0;
    let mut screens = Vec::with_capacity(candidates.len());
    for (role, answers) in &candidates {
        let asked = quick_answers(content, answers);
        screens.push(asked.len());
        let (quick, full) = (score(content, &asked), score(content, answers));
        totals[role.index()] += 1;
        agree[role.index()] += usize::from(quick.top() == full.top());
        same_lean += usize::from(quick.lean == full.lean);
    }
    let overall = agree.iter().sum::<usize>() as f64 / candidates.len() as f64;
    row(
        rows,
        "10. quick at noise 0.25: top role as the full quiz's, overall",
        pct(overall),
        "≥ 95 %",
        Some(overall >= AGREEMENT),
    );
    for role in content.all_roles() {
        let share = agree[role.index()] as f64 / totals[role.index()].max(1) as f64;
        row(
            rows,
            format!(
                "    quick at noise 0.25: same top role, true {}",
                content.role(role).id()
            ),
            pct(share),
            "≥ 95 %",
            Some(share >= AGREEMENT),
        );
    }
    row(
        rows,
        "    quick at noise 0.25: same lean label",
        pct(same_lean as f64 / candidates.len() as f64),
        "(report)",
        None,
    );
    screens.sort_unstable();
    let at = |q: f64| screens[((screens.len() - 1) as f64 * q).round() as usize];
    row(
        rows,
        "11. quick at noise 0.25: screens shown, median",
        at(0.5).to_string(),
        format!("≤ {MEDIAN_SCREENS}"),
        Some(at(0.5) <= MEDIAN_SCREENS),
    );
    row(
        rows,
        "11. quick at noise 0.25: screens shown, 90th percentile",
        at(0.9).to_string(),
        format!("≤ {P90_SCREENS}"),
        Some(at(0.9) <= P90_SCREENS),
    );
    let whole = screens
        .iter()
        .filter(|&&n| n == content.questions().len())
        .count();
    row(
        rows,
        "    quick at noise 0.25: asked every question",
        pct(whole as f64 / screens.len() as f64),
        "(report)",
        None,
    );

    // 12. No built-in bias in the quick quiz either.
    let mut tops = vec![0usize; content.roles().len()];
    let mut random_screens = Vec::with_capacity(random.len());
    for answers in random {
        let asked = quick_answers(content, answers);
        random_screens.push(asked.len());
        tops[rank(content, &asked).top().index()] += 1;
    }
    // Each of N roles on top for 1/N of them, within 3 points.
    let even = 1.0 / content.roles().len() as f64;
    for role in content.all_roles() {
        let share = tops[role.index()] as f64 / random.len().max(1) as f64;
        row(
            rows,
            format!(
                "12. quick, random answers ({}): {} on top",
                random.len(),
                content.role(role).id()
            ),
            pct(share),
            format!("{:.0} % ± 3", 100.0 * even),
            Some((share - even).abs() <= 0.03),
        );
    }
    random_screens.sort_unstable();
    row(
        rows,
        "    quick, random answers: screens shown, median",
        random_screens[random_screens.len() / 2].to_string(),
        "(report)",
        None,
    );

    // 13. The e2e personas: the same top role quick and full.
    match crate::personas::read(content) {
        Ok(personas) => {
            let same: Vec<&str> = personas
                .iter()
                .filter(|(_, answers)| {
                    score(content, &quick_answers(content, answers)).top()
                        == score(content, answers).top()
                })
                .map(|(name, _)| name.as_str())
                .collect();
            row(
                rows,
                "13. e2e personas: same top role quick and full",
                format!("{} of {}", same.len(), personas.len()),
                "all",
                Some(same.len() == personas.len()),
            );
        }
        Err(problem) => {
            println!("e2e personas: {problem}");
            row(rows, "13. e2e personas: read", "no", "yes", Some(false));
        }
    }
}
