//! `cargo xtask validate`: simulates candidates against the shipped content and scoring, and
//! checks that the result means something. Fixed seed: the figures repeat exactly.

use std::time::Instant;

use rolefit_core::scoring::{self, answers_favouring, score, stability, Lean};
use rolefit_core::{
    Answer, Answers, ChoiceId, Content, Likert, Picks, QuestionKind, Role, BUILT_IN_CONTENT,
};

const SEED: u64 = 0x5EED_2026;

/// splitmix64: small, fast, and enough for simulation.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
    /// Standard normal, Box–Muller.
    fn normal(&mut self) -> f64 {
        let u = self.unit().max(1e-12);
        let v = self.unit();
        (-2.0 * u.ln()).sqrt() * (std::f64::consts::TAU * v).cos()
    }
    /// Gumbel noise, for choosing among options like a logit model.
    fn gumbel(&mut self) -> f64 {
        -(-(self.unit().max(1e-12)).ln()).ln()
    }
}

/// Answers uniformly at random.
fn random_answers(content: &Content, rng: &mut Rng) -> Answers {
    let mut answers = Answers::new();
    for q in content.questions() {
        let answer = match &q.kind() {
            QuestionKind::Rating { .. } => {
                Answer::Rating(Likert::new(1 + rng.below(5) as u8).unwrap())
            }
            QuestionKind::Choice { options } => {
                Answer::Choice(options[rng.below(options.len())].id().clone())
            }
            QuestionKind::Pick { count, options } => {
                let mut pool: Vec<&ChoiceId> = options.iter().map(|o| o.id()).collect();
                let mut picked = Picks::new();
                for _ in 0..*count {
                    picked.insert(pool.swap_remove(rng.below(pool.len())).clone());
                }
                Answer::Pick(picked)
            }
        };
        answers.insert(q.id().clone(), answer);
    }
    answers
}

/// A candidate's true 0–1 level on each dimension: a role's profile plus noise.
fn true_profile(content: &Content, role: Role, noise: f64, rng: &mut Rng) -> Vec<f64> {
    content
        .role(role)
        .profile()
        .iter()
        .map(|p| (p + noise * rng.normal()).clamp(0.0, 1.0))
        .collect()
}

/// How well a weighted item fits a profile: the weighted mean level on its dimensions.
fn fit(weights: &[i64], profile: &[f64]) -> f64 {
    let total: f64 = weights.iter().map(|w| w.abs() as f64).sum();
    if total == 0.0 {
        return 0.0;
    }
    weights
        .iter()
        .zip(profile)
        .map(|(w, p)| *w as f64 * (p - 0.5))
        .sum::<f64>()
        / total
}

/// Answers the real items as a candidate with `profile` would, with answer noise.
fn answers_of(content: &Content, profile: &[f64], rng: &mut Rng) -> Answers {
    let mut answers = Answers::new();
    for q in content.questions() {
        let answer = match &q.kind() {
            QuestionKind::Rating { weights } => {
                // fit is -0.5..0.5; the scale is 1..5 around 3; plus half a point of noise.
                let point = 3.0 + 4.0 * fit(weights.as_slice(), profile) + 0.5 * rng.normal();
                Answer::Rating(Likert::new(point.round().clamp(1.0, 5.0) as u8).unwrap())
            }
            QuestionKind::Choice { options } => {
                let best = options
                    .iter()
                    .map(|o| {
                        (
                            fit(o.weights().as_slice(), profile) / 0.1 + rng.gumbel(),
                            o.id(),
                        )
                    })
                    .max_by(|a, b| a.0.total_cmp(&b.0))
                    .unwrap();
                Answer::Choice(best.1.clone())
            }
            QuestionKind::Pick { count, options } => {
                let mut ranked: Vec<(f64, &ChoiceId)> = options
                    .iter()
                    .map(|o| {
                        (
                            fit(o.weights().as_slice(), profile) / 0.1 + rng.gumbel(),
                            o.id(),
                        )
                    })
                    .collect();
                ranked.sort_by(|a, b| b.0.total_cmp(&a.0));
                Answer::Pick(
                    ranked
                        .iter()
                        .take(*count)
                        .map(|(_, id)| (*id).clone())
                        .collect(),
                )
            }
        };
        answers.insert(q.id().clone(), answer);
    }
    answers
}

struct Row {
    name: String,
    value: String,
    floor: String,
    ok: Option<bool>,
}

fn row(
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

/// Simulated candidates whose true role is known, for recovery and the other checks.
fn simulated(
    content: &Content,
    noise: f64,
    per_role: usize,
    rng: &mut Rng,
) -> Vec<(Role, Answers)> {
    let mut out = Vec::new();
    for role in Role::ALL {
        for _ in 0..per_role {
            let profile = true_profile(content, role, noise, rng);
            out.push((role, answers_of(content, &profile, rng)));
        }
    }
    out
}

fn recovery(content: &Content, candidates: &[(Role, Answers)]) -> (f64, [f64; 3]) {
    let mut hits = [0usize; 3];
    let mut totals = [0usize; 3];
    for (role, answers) in candidates {
        totals[role.index()] += 1;
        if score(content, answers).top() == *role {
            hits[role.index()] += 1;
        }
    }
    let all = hits.iter().sum::<usize>() as f64 / totals.iter().sum::<usize>() as f64;
    (
        all,
        [0, 1, 2].map(|i| hits[i] as f64 / totals[i].max(1) as f64),
    )
}

fn pct(x: f64) -> String {
    format!("{:.1} %", 100.0 * x)
}

/// Runs every check; prints the table; returns whether every floor holds.
pub fn run() -> bool {
    let started = Instant::now();
    let content = Content::parse(BUILT_IN_CONTENT).expect("shipped content is valid");
    let mut rng = Rng(SEED);
    let mut rows = Vec::new();

    // 1. No built-in bias.
    let mut tops = [0usize; 3];
    let n = 100_000;
    let mut blends = 0;
    let mut flats = 0;
    for _ in 0..n {
        let outcome = score(&content, &random_answers(&content, &mut rng));
        tops[outcome.top().index()] += 1;
        match outcome.lean {
            Lean::Blend => blends += 1,
            Lean::Flat => flats += 1,
            Lean::Clear => {}
        }
    }
    for role in Role::ALL {
        let share = tops[role.index()] as f64 / n as f64;
        row(
            &mut rows,
            format!("1. random answers: {role} on top"),
            pct(share),
            "33 % ± 3",
            Some((share - 1.0 / 3.0).abs() <= 0.03),
        );
    }

    // 2. Recovery.
    for noise in [0.15, 0.25, 0.35] {
        let candidates = simulated(&content, noise, 3000, &mut rng);
        let (all, per_role) = recovery(&content, &candidates);
        let graded = noise == 0.25;
        row(
            &mut rows,
            format!("2. recovery at noise {noise}: overall"),
            pct(all),
            if graded { "≥ 90 %" } else { "(report)" },
            graded.then_some(all >= 0.9),
        );
        for role in Role::ALL {
            let r = per_role[role.index()];
            row(
                &mut rows,
                format!("   recovery at noise {noise}: {role}"),
                pct(r),
                if graded { "≥ 80 %" } else { "(report)" },
                graded.then_some(r >= 0.8),
            );
        }
    }

    // 3. Reachability.
    for role in Role::ALL {
        let answers = answers_favouring(&content, role);
        let outcome = score(&content, &answers);
        let p = outcome.percent(role);
        row(
            &mut rows,
            format!("3. best answers for {role}: its percentage"),
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
        println!("answers for {role}: {}", listed.join(" "));
    }

    // 4. No item dominates; 5. yes-saying; on realistic candidates.
    let candidates = simulated(&content, 0.25, 700, &mut rng);
    let mut worst_flip = (0.0, String::new());
    let mut worst_shift = (0.0, String::new());
    // Per candidate, the largest move of any role, over every item: reported, not graded.
    let mut moves: Vec<f64> = Vec::new();
    for q in content.questions() {
        let extremes: Vec<(Answer, Answer)> = match &q.kind() {
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
                let favoured: Vec<Answer> = Role::ALL
                    .iter()
                    .map(|r| answers_favouring(&content, *r)[q.id()].clone())
                    .collect();
                vec![
                    (favoured[0].clone(), favoured[1].clone()),
                    (favoured[0].clone(), favoured[2].clone()),
                    (favoured[1].clone(), favoured[2].clone()),
                ]
            }
        };
        for (low, high) in extremes {
            let mut flips = 0;
            let mut shift = 0.0;
            for (_, answers) in &candidates {
                let mut a = answers.clone();
                a.insert(q.id().clone(), low.clone());
                let one = score(&content, &a);
                a.insert(q.id().clone(), high.clone());
                let other = score(&content, &a);
                if one.top() != other.top() {
                    flips += 1;
                }
                let moved = Role::ALL
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

    let mut moved = [0.0f64; 3];
    for (_, answers) in &candidates {
        let before = score(&content, answers);
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
        let after = score(&content, &agreeing);
        for role in Role::ALL {
            moved[role.index()] +=
                (after.role_score(role).share - before.role_score(role).share) * 100.0;
        }
    }
    for role in Role::ALL {
        let mean = moved[role.index()] / candidates.len() as f64;
        row(
            &mut rows,
            format!("5. every rating one step more agreeing: {role}"),
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
        identical &= a.ranking.map(|r| (r.role, r.share.to_bits()))
            == b.ranking.map(|r| (r.role, r.share.to_bits()));
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
        "7. random answers labelled a blend",
        pct(blends as f64 / n as f64),
        "(report)",
        None,
    );
    row(
        &mut rows,
        "7. random answers labelled undifferentiated",
        pct(flats as f64 / n as f64),
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
        "\nseed {SEED:#x}, {:.1} s; sharpness {}, blend margin {}, flat spread {}",
        started.elapsed().as_secs_f64(),
        scoring::SHARPNESS,
        scoring::BLEND_MARGIN,
        scoring::FLAT_SPREAD
    );
    rows.iter().all(|r| r.ok != Some(false))
}
