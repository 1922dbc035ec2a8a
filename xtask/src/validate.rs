//! `cargo xtask validate [--bank FILE] [--divisor N] [--progressive] [--json]`: the core's
//! validity suite (`rolefit_core::validity`) on the shipped content or any document (with
//! `--progressive`, at growing sample sizes first, each timed), printed as a table,
//! with the causes of failing checks and each question's influence. Two checks need what
//! only a tool has: the document's own text (shuffled question and option order) and, for
//! the shipped content, the end-to-end personas. Fixed seed: the figures repeat exactly.

use std::time::Instant;

use rolefit_core::scoring::{
    answers_favouring, score, BLEND_MARGIN, CLEAR_STABILITY_PERCENT, FLAT_SPREAD, SHARPNESS,
};
use rolefit_core::validity::{self, Check, Figure, Floor, Rng, Size, Status, SEED};
use rolefit_core::{Answer, Answers, Content, BUILT_IN_CONTENT};

use crate::validate_print::{print_causes, print_influence, print_table};

/// Candidates whose results are compared under a shuffled document.
const SHUFFLED: usize = 300;

/// Floors the shipped content does not meet yet, each said in docs/scoring.md ("What fails
/// today"): the quick quiz's random answerers land on the Strategist 30.1 % of the time (floor
/// 33 % ± 3), and one simulated candidate of 6,000 gets a quick blend where the full quiz finds
/// no clear lean. A host's bank (`--bank`) and `npx rolefit-check` hold every floor.
const KNOWN: [&str; 2] = ["quick-random-share", "quick-never-bolder"];

/// Runs the suite; `Ok(false)` when a floor does not hold (on the shipped content, one not in
/// [`KNOWN`]) or the document has problems.
pub fn run(args: &[String]) -> crate::Result<bool> {
    let started = Instant::now();
    let mut bank = None;
    let mut divisor = 1;
    let mut json = false;
    let mut progressive = false;
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--bank" => bank = Some(args.next().ok_or("--bank needs a file")?.clone()),
            "--divisor" => {
                divisor = args
                    .next()
                    .and_then(|n| n.parse().ok())
                    .ok_or("--divisor needs a whole number")?
            }
            "--json" => json = true,
            "--progressive" => progressive = true,
            other => return Err(format!("validate: unknown argument {other}")),
        }
    }
    let text = match &bank {
        Some(file) => std::fs::read_to_string(file).map_err(|e| format!("{file}: {e}"))?,
        None => BUILT_IN_CONTENT.to_string(),
    };
    let content = match Content::parse(&text) {
        Ok(content) => content,
        Err(problems) => {
            println!(
                "{} has problems:\n{problems}",
                bank.as_deref().unwrap_or("the shipped content")
            );
            return Ok(false);
        }
    };
    let size = Size::divided(divisor);
    let suite = Instant::now();
    let mut report = if progressive {
        stages(&content, size)
    } else {
        validity::check(&content, size)
    };
    let suite = suite.elapsed().as_secs_f64();
    if json {
        println!("{}", report.to_json());
        return Ok(report.passed());
    }
    for role in content.all_roles() {
        println!(
            "answers for {}: {}",
            content.role(role).id(),
            listed(&answers_favouring(&content, role))
        );
    }
    // Check 6 after check 5; the personas (check 13) after the quick quiz's own.
    let after = |checks: &[Check], id: &str| {
        checks
            .iter()
            .rposition(|c| c.id == id)
            .map_or(checks.len(), |i| i + 1)
    };
    let at = after(&report.checks, "yes-saying");
    report
        .checks
        .insert(at, shuffled(&content, &text, size.divisor()));
    if bank.is_none() {
        let at = after(&report.checks, "quick-random-screens");
        report.checks.insert(at, personas(&content));
    }
    print_table(&report);
    print_causes(&report);
    print_influence(&report);
    println!(
        "\nseed {SEED:#x}, divisor {}, {:.1} s (the core's suite {suite:.1} s); sharpness {SHARPNESS}, blend margin {BLEND_MARGIN}, flat spread {FLAT_SPREAD}, clear needs stability ≥ {CLEAR_STABILITY_PERCENT} %",
        size.divisor(),
        started.elapsed().as_secs_f64(),
    );
    if bank.is_some() {
        return Ok(report.passed());
    }
    // The shipped content's known failures are printed with the rest and do not stop the
    // build; any other failing floor does.
    let failing: Vec<&str> = report.failed().map(|c| c.id).collect();
    let unknown = failing.iter().filter(|id| !KNOWN.contains(id)).count();
    if unknown == 0 && !failing.is_empty() {
        println!("known failures on the shipped content (docs/scoring.md, \"What fails today\"): {failing:?}");
    }
    Ok(unknown == 0)
}

/// The progressive run, from a 1,024th of the full sizes to `last`: each stage's time and
/// its failing checks, and the last report.
fn stages(content: &Content, last: Size) -> validity::Report {
    let mut report = None;
    let mut started = Instant::now();
    for stage in validity::progressive(content, Size::divided(FIRST_DIVISOR), last) {
        let failing: Vec<String> = stage
            .failed()
            .map(|c| {
                let role = c.role.map(|r| stage.role_id(r)).unwrap_or_default();
                let sure = if c.certain() { "" } else { "?" };
                format!(
                    "{}{}{role}{sure}",
                    c.id,
                    if role.is_empty() { "" } else { ":" }
                )
            })
            .collect();
        println!(
            "divisor {:>4}: {:>6.2} s, failing: {}",
            stage.divisor,
            started.elapsed().as_secs_f64(),
            if failing.is_empty() {
                "none".into()
            } else {
                failing.join(" ")
            }
        );
        report = Some(stage);
        started = Instant::now();
    }
    report.unwrap_or_else(|| validity::check(content, last))
}

/// The first stage of `--progressive`: a 1,024th of the full sizes.
const FIRST_DIVISOR: u32 = 1024;

fn listed(answers: &Answers) -> String {
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
    listed.join(" ")
}

fn check_of(id: &'static str, label: &str, figure: Figure, floor: Floor, ok: bool) -> Check {
    Check {
        id,
        role: None,
        label: label.into(),
        figure,
        floor,
        status: if ok { Status::Pass } else { Status::Fail },
        interval: None,
        causes: Vec::new(),
    }
}

/// 6. The same results with the document's questions and options in a shuffled order.
fn shuffled(content: &Content, text: &str, divisor: u32) -> Check {
    let label = "6. shuffled question and option order: identical results";
    let Ok(document) = serde_json::from_str::<serde_json::Value>(text) else {
        return check_of("order", label, Figure::Yes(false), Floor::All, false);
    };
    let mut rng = Rng::stream(SEED, "shuffle", 0);
    let candidates = validity::simulated(content, SEED, 0.25, SHUFFLED.div_ceil(divisor as usize));
    let total = candidates.len().min(SHUFFLED);
    let mut same = 0;
    for (_, answers) in candidates.iter().take(total) {
        let mut document = document.clone();
        if let Some(questions) = document["questions"].as_array_mut() {
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
        }
        let Ok(shuffled) = Content::parse(&document.to_string()) else {
            continue;
        };
        let (a, b) = (score(content, answers), score(&shuffled, answers));
        // The same roles (by id: a role's place is its place in the document), the same shares.
        let shares = |c: &Content, o: &rolefit_core::Outcome| -> Vec<(String, u64)> {
            o.ranking
                .iter()
                .map(|r| (c.role(r.role).id().to_string(), r.share.to_bits()))
                .collect()
        };
        same += usize::from(shares(content, &a) == shares(&shuffled, &b) && a.lean == b.lean);
    }
    check_of(
        "order",
        label,
        Figure::Count { count: same, total },
        Floor::All,
        same == total,
    )
}

/// 13. The e2e personas get the same top role quick and full.
fn personas(content: &Content) -> Check {
    let label = "13. e2e personas: same top role quick and full";
    match crate::personas::read(content) {
        Ok(personas) => {
            let same = personas
                .iter()
                .filter(|(_, answers)| {
                    score(content, &validity::quick_answers(content, answers)).top()
                        == score(content, answers).top()
                })
                .count();
            check_of(
                "personas",
                label,
                Figure::Count {
                    count: same,
                    total: personas.len(),
                },
                Floor::All,
                same == personas.len(),
            )
        }
        Err(problem) => {
            println!("e2e personas: {problem}");
            check_of("personas", label, Figure::Yes(false), Floor::Yes, false)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::run;

    fn args(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn a_document_with_problems_fails_and_a_missing_one_is_an_error() {
        let file = std::env::temp_dir().join(format!("val-bank-{}.json", std::process::id()));
        std::fs::write(&file, r#"{"format": 1, "roles": []}"#).unwrap();
        let path = file.to_string_lossy().into_owned();
        assert_eq!(run(&args(&["--bank", &path])), Ok(false));
        std::fs::remove_file(&file).unwrap();
        assert!(run(&args(&["--bank", &path])).is_err());
        assert!(run(&args(&["--divisor", "many"])).is_err());
    }
}
