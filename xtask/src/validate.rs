//! `cargo xtask validate`: simulates candidates against the shipped content and scoring, and
//! checks that the result means something. Fixed seed: the figures repeat exactly.

use std::time::Instant;

use rolefit_core::scoring::{self, answers_favouring, rank, score, stability, Lean};
use rolefit_core::{Answer, Answers, Content, Likert, QuestionKind, Role, BUILT_IN_CONTENT};

use crate::simulate::{generalists, random_answers, simulated, Rng};

const SEED: u64 = 0x5EED_2026;

pub(crate) struct Row {
    name: String,
    value: String,
    floor: String,
    ok: Option<bool>,
}

pub(crate) fn row(
    rows: &mut Vec<Row>,
    name: impl Into<String>,
    value: impl Into<String>,
    floor: impl Into<String>,
    ok: Option<bool>,
) {
    rows.push(Row {
        name: name.into(),
        value: value.into(),
        floor: floor.into(),
        ok,
    });
}

/// Recovery overall and per role (by [`Role::index`]).
fn recovery(content: &Content, candidates: &[(Role, Answers)]) -> (f64, Vec<f64>) {
    let mut hits = vec![0usize; content.roles().len()];
    let mut totals = vec![0usize; content.roles().len()];
    for (role, answers) in candidates {
        totals[role.index()] += 1;
        if rank(content, answers).top() == *role {
            hits[role.index()] += 1;
        }
    }
    let all = hits.iter().sum::<usize>() as f64 / totals.iter().sum::<usize>() as f64;
    let per_role = hits
        .iter()
        .zip(&totals)
        .map(|(&h, &t)| h as f64 / t.max(1) as f64)
        .collect();
    (all, per_role)
}

fn share(ranked: &scoring::Ranking, role: Role) -> f64 {
    ranked
        .ranking
        .iter()
        .find(|r| r.role == role)
        .map_or(0.0, |r| r.share)
}

const CLEAR: u32 = scoring::CLEAR_STABILITY_PERCENT;

/// Among some candidates, those whose top role does not hold under resampling, and how the
/// old rule (the gap alone) and the current one label them.
struct LeanAudit {
    unstable: usize,
    clear_by_gap: usize,
    clear: usize,
}

impl LeanAudit {
    fn of(content: &Content, candidates: &[&Answers]) -> LeanAudit {
        let mut audit = LeanAudit {
            unstable: 0,
            clear_by_gap: 0,
            clear: 0,
        };
        for answers in candidates {
            if stability(content, answers).percent() >= CLEAR {
                continue;
            }
            audit.unstable += 1;
            let ranked = rank(content, answers);
            if ranked.spread >= scoring::FLAT_SPREAD && ranked.gap() > scoring::BLEND_MARGIN {
                audit.clear_by_gap += 1;
            }
            if score(content, answers).lean == Lean::Clear {
                audit.clear += 1;
            }
        }
        audit
    }
}

pub(crate) fn pct(x: f64) -> String {
    format!("{:.1} %", 100.0 * x)
}

/// Runs every check; prints the table; returns whether every floor holds.
pub fn run() -> bool {
    let started = Instant::now();
    let content = Content::parse(BUILT_IN_CONTENT).expect("shipped content is valid");
    let mut rng = Rng(SEED);
    let mut rows = Vec::new();
    let roles: Vec<Role> = content.all_roles().collect();
    let id = |role: Role| content.role(role).id();

    // 1. No built-in bias. The lean weighs 50 resamples, so it is counted on the first
    // `labelled` random candidates only.
    let mut tops = vec![0usize; roles.len()];
    let n = 100_000;
    let labelled = 10_000;
    let mut random_candidates = Vec::with_capacity(labelled);
    let mut blends = 0;
    let mut flats = 0;
    for i in 0..n {
        let answers = random_answers(&content, &mut rng);
        tops[rank(&content, &answers).top().index()] += 1;
        if i < labelled {
            match score(&content, &answers).lean {
                Lean::Blend => blends += 1,
                Lean::Flat => flats += 1,
                Lean::Clear => {}
            }
            random_candidates.push(answers);
        }
    }
    // Each of N roles on top for 1/N of them, within 3 points.
    let even = 1.0 / roles.len() as f64;
    for &role in &roles {
        let share = tops[role.index()] as f64 / n as f64;
        row(
            &mut rows,
            format!("1. random answers: {} on top", id(role)),
            pct(share),
            format!("{:.0} % ± 3", 100.0 * even),
            Some((share - even).abs() <= 0.03),
        );
    }

    // 2. Recovery.
    let mut noisy = Vec::new();
    for noise in [0.15, 0.25, 0.35] {
        let candidates = simulated(&content, noise, 3000, &mut rng);
        let (all, per_role) = recovery(&content, &candidates);
        if noise == 0.35 {
            noisy = candidates;
        }
        let graded = noise == 0.25;
        row(
            &mut rows,
            format!("2. recovery at noise {noise}: overall"),
            pct(all),
            if graded { "≥ 90 %" } else { "(report)" },
            graded.then_some(all >= 0.9),
        );
        for &role in &roles {
            let r = per_role[role.index()];
            row(
                &mut rows,
                format!("   recovery at noise {noise}: {}", id(role)),
                pct(r),
                if graded { "≥ 80 %" } else { "(report)" },
                graded.then_some(r >= 0.8),
            );
        }
    }

    // 3. Reachability.
    for &role in &roles {
        let role_id = id(role);
        let answers = answers_favouring(&content, role);
        let outcome = score(&content, &answers);
        let p = outcome.percent(role);
        row(
            &mut rows,
            format!("3. best answers for {role_id}: its percentage"),
            format!("{p} %"),
            "≥ 70 % and on top",
            Some(outcome.top() == role && p >= 70),
        );
        let listed: Vec<String> = answers
            .iter()
            .map(|(id, a)| match a {
                Answer::Rating(p) => format!("{id}={}", p.get()),
                Answer::Choice(c) => format!("{id}={c}"),
                Answer::Pick(s) => format!(
                    "{id}={}",
                    s.iter().map(|c| c.as_str()).collect::<Vec<_>>().join("+")
                ),
            })
            .collect();
        println!("answers for {role_id}: {}", listed.join(" "));
    }

    // 4. No item dominates; 5. yes-saying; on realistic candidates.
    let candidates = simulated(&content, 0.25, 700, &mut rng);
    let mut worst_flip = (0.0, String::new());
    let mut worst_shift = (0.0, String::new());
    // Per candidate, the largest move of any role, over every item: reported, not graded.
    let mut moves: Vec<f64> = Vec::new();
    for q in content.questions() {
        let extremes: Vec<(Answer, Answer)> = match q.kind() {
            QuestionKind::Rating { .. } => {
                vec![(Answer::Rating(Likert::MIN), Answer::Rating(Likert::MAX))]
            }
            QuestionKind::Choice { options } => options
                .iter()
                .enumerate()
                .flat_map(|(i, a)| {
                    options[i + 1..].iter().map(move |b| {
                        (
                            Answer::Choice(a.id().clone()),
                            Answer::Choice(b.id().clone()),
                        )
                    })
                })
                .collect(),
            QuestionKind::Pick { .. } => {
                let favoured: Vec<Answer> = roles
                    .iter()
                    .map(|r| answers_favouring(&content, *r)[q.id()].clone())
                    .collect();
                // Every pair of roles' answers, in document order.
                let mut pairs = Vec::new();
                for (i, a) in favoured.iter().enumerate() {
                    for b in &favoured[i + 1..] {
                        pairs.push((a.clone(), b.clone()));
                    }
                }
                pairs
            }
        };
        for (low, high) in extremes {
            let mut flips = 0;
            let mut shift = 0.0;
            for (_, answers) in &candidates {
                let mut a = answers.clone();
                a.insert(q.id().clone(), low.clone());
                let one = rank(&content, &a);
                a.insert(q.id().clone(), high.clone());
                let other = rank(&content, &a);
                if one.top() != other.top() {
                    flips += 1;
                }
                let moved = roles
                    .iter()
                    .map(|r| (one.percent(*r) as f64 - other.percent(*r) as f64).abs())
                    .fold(0.0, f64::max);
                shift += moved;
                moves.push(moved);
            }
            let flip_share = flips as f64 / candidates.len() as f64;
            let mean_shift = shift / candidates.len() as f64;
            if flip_share > worst_flip.0 {
                worst_flip = (flip_share, q.id().to_string());
            }
            if mean_shift > worst_shift.0 {
                worst_shift = (mean_shift, q.id().to_string());
            }
        }
    }
    row(
        &mut rows,
        format!(
            "4. one answer end to end: top role changes (worst: {})",
            worst_flip.1
        ),
        pct(worst_flip.0),
        "≤ 5 %",
        Some(worst_flip.0 <= 0.05),
    );
    row(
        &mut rows,
        format!(
            "4. one answer end to end: mean largest move (worst: {})",
            worst_shift.1
        ),
        format!("{:.1} points", worst_shift.0),
        "≤ 15 points",
        Some(worst_shift.0 <= 15.0),
    );
    moves.sort_by(f64::total_cmp);
    let quantile = |q: f64| moves[((moves.len() - 1) as f64 * q) as usize];
    row(
        &mut rows,
        "4. per candidate and item, largest move: median",
        format!("{:.0} points", quantile(0.5)),
        "(report)",
        None,
    );
    row(
        &mut rows,
        "4. per candidate and item, largest move: 95th percentile",
        format!("{:.0} points", quantile(0.95)),
        "(report)",
        None,
    );
    let over = moves.iter().filter(|m| **m > 15.0).count() as f64 / moves.len() as f64;
    row(
        &mut rows,
        "4. per candidate and item, largest move over 15 points",
        pct(over),
        "(report)",
        None,
    );

    let mut moved = vec![0.0f64; roles.len()];
    for (_, answers) in &candidates {
        let before = rank(&content, answers);
        let agreeing: Answers = answers
            .iter()
            .map(|(id, a)| {
                let a = match a {
                    Answer::Rating(p) => Answer::Rating(Likert::new((p.get() + 1).min(5)).unwrap()),
                    other => other.clone(),
                };
                (id.clone(), a)
            })
            .collect();
        let after = rank(&content, &agreeing);
        for &role in &roles {
            moved[role.index()] += (share(&after, role) - share(&before, role)) * 100.0;
        }
    }
    for &role in &roles {
        let mean = moved[role.index()] / candidates.len() as f64;
        row(
            &mut rows,
            format!("5. every rating one step more agreeing: {}", id(role)),
            format!("{mean:+.2} points"),
            "within ± 2",
            Some(mean.abs() <= 2.0),
        );
    }

    // 6. Order.
    let mut identical = true;
    for (_, answers) in candidates.iter().take(300) {
        // Content is built only by parsing, so the shuffling is done on the document.
        let mut document: serde_json::Value =
            serde_json::from_str(BUILT_IN_CONTENT).expect("shipped content is JSON");
        let questions = document["questions"].as_array_mut().expect("questions");
        for i in (1..questions.len()).rev() {
            questions.swap(i, rng.below(i + 1));
        }
        for q in questions {
            if let Some(options) = q.get_mut("options").and_then(|o| o.as_array_mut()) {
                for i in (1..options.len()).rev() {
                    options.swap(i, rng.below(i + 1));
                }
            }
        }
        let shuffled = Content::parse(&document.to_string()).expect("shuffled content is valid");
        let a = score(&content, answers);
        let b = score(&shuffled, answers);
        // The same roles (by id: a role's place is its place in the document), the same shares.
        let shares = |c: &Content, o: &scoring::Outcome| -> Vec<(String, u64)> {
            o.ranking
                .iter()
                .map(|r| (c.role(r.role).id().to_string(), r.share.to_bits()))
                .collect()
        };
        identical &= shares(&content, &a) == shares(&shuffled, &b) && a.lean == b.lean;
    }
    row(
        &mut rows,
        "6. shuffled question and option order: identical results",
        if identical { "300 of 300" } else { "differs" },
        "all",
        Some(identical),
    );

    // 7. Blends and flat profiles.
    row(
        &mut rows,
        format!("7. random answers labelled a blend (first {labelled})"),
        pct(blends as f64 / labelled as f64),
        "(report)",
        None,
    );
    row(
        &mut rows,
        format!("7. random answers labelled undifferentiated (first {labelled})"),
        pct(flats as f64 / labelled as f64),
        "(report)",
        None,
    );
    let realistic_blends = candidates
        .iter()
        .filter(|(_, a)| score(&content, a).lean == Lean::Blend)
        .count();
    row(
        &mut rows,
        "7. simulated candidates labelled a blend",
        pct(realistic_blends as f64 / candidates.len() as f64),
        "> 0 (reachable)",
        Some(realistic_blends > 0),
    );

    // 8. Stability.
    let mut deterministic = true;
    let mut stable_sum = 0;
    for (_, answers) in candidates.iter().take(300) {
        let s = stability(&content, answers);
        deterministic &= s == stability(&content, answers);
        stable_sum += s.percent();
    }
    row(
        &mut rows,
        "8. stability figure: mean over simulated candidates",
        format!("{} %", stable_sum / 300),
        "(report)",
        None,
    );
    row(
        &mut rows,
        "8. stability figure repeats for the same answers",
        if deterministic { "yes" } else { "no" },
        "yes",
        Some(deterministic),
    );

    // 9. A clear lean holds: no candidate whose top role changes in more than 10 % of the
    // resamples is labelled clear.
    let generalist_candidates = generalists(&content, 0.15, 1000, &mut rng);
    let populations: [(&str, Vec<&Answers>); 4] = [
        ("noise 0.25", candidates.iter().map(|(_, a)| a).collect()),
        ("noise 0.35", noisy.iter().map(|(_, a)| a).collect()),
        ("generalists", generalist_candidates.iter().collect()),
        (
            "random answers",
            random_candidates.iter().take(3000).collect(),
        ),
    ];
    for (name, population) in &populations {
        let lean = LeanAudit::of(&content, population);
        row(
            &mut rows,
            format!("9. {name}: top role kept in < {CLEAR} % of resamples"),
            pct(lean.unstable as f64 / population.len() as f64),
            "(report)",
            None,
        );
        row(
            &mut rows,
            format!("   {name}: of those, clear by the gap alone"),
            pct(lean.clear_by_gap as f64 / lean.unstable.max(1) as f64),
            "(report)",
            None,
        );
        row(
            &mut rows,
            format!("   {name}: of those, labelled clear"),
            format!("{} of {}", lean.clear, lean.unstable),
            "none",
            Some(lean.clear == 0),
        );
    }

    // 10–13. The quick quiz.
    let first = &random_candidates[..];
    crate::validate_quick::checks(&content, first, &mut rng, &mut rows);

    let width = rows
        .iter()
        .map(|r| r.name.chars().count())
        .max()
        .unwrap_or(0);
    println!(
        "\n| {:width$} | {:>12} | {:<18} | ok |",
        "check", "figure", "floor"
    );
    println!(
        "|{}|{}|{}|----|",
        "-".repeat(width + 2),
        "-".repeat(14),
        "-".repeat(20)
    );
    for r in &rows {
        let ok = match r.ok {
            Some(true) => "✓",
            Some(false) => "✗",
            None => " ",
        };
        println!(
            "| {:width$} | {:>12} | {:<18} | {ok}  |",
            r.name, r.value, r.floor
        );
    }
    println!(
        "\nseed {SEED:#x}, {:.1} s; sharpness {}, blend margin {}, flat spread {}, clear needs stability ≥ {CLEAR} %",
        started.elapsed().as_secs_f64(),
        scoring::SHARPNESS,
        scoring::BLEND_MARGIN,
        scoring::FLAT_SPREAD
    );
    rows.iter().all(|r| r.ok != Some(false))
}
