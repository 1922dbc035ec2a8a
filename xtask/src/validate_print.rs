//! `cargo xtask validate`'s output: the table of checks, the causes of the failing ones and
//! each question's influence, from the core's [`Report`].

use rolefit_core::validity::{Answered, Check, Flag, Report, Status};

fn pct(x: f64) -> String {
    format!("{:.1} %", 100.0 * x)
}

pub fn print_table(report: &Report) {
    let width = report
        .checks
        .iter()
        .map(|c| c.label.chars().count())
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
    for c in &report.checks {
        let ok = match c.status {
            Status::Pass => "✓",
            Status::Fail => "✗",
            Status::Reported => " ",
        };
        println!(
            "| {:width$} | {:>12} | {:<18} | {ok}  |",
            c.label,
            c.figure_text(),
            c.floor_text()
        );
    }
}

fn answered(question: &str, answer: &Answered) -> String {
    match answer {
        Answered::Option(o) => format!("{question}={o}"),
        Answered::Point(p) => format!("{question}={p}"),
        Answered::Any => question.to_string(),
    }
}

/// For each failing check, the answers that move it most.
pub fn print_causes(report: &Report) {
    let failed: Vec<&Check> = report.failed().collect();
    if failed.is_empty() {
        return;
    }
    println!("\nfailing checks and what moves them most:");
    for c in failed {
        let role = c.role.map(|r| report.role_id(r)).unwrap_or_default();
        println!("  {} {role} ({}):", c.id, c.label.trim());
        if let Some(i) = c.interval {
            println!(
                "    95 % interval {} to {} over {}",
                pct(i.low),
                pct(i.high),
                i.n
            );
        }
        for cause in &c.causes {
            println!(
                "    {} ({:.3})",
                answered(cause.question.as_str(), &cause.answer),
                cause.weight
            );
        }
    }
}

/// Each question's intended and simulated influence, and the options flagged.
pub fn print_influence(report: &Report) {
    let width = report
        .influence
        .iter()
        .map(|q| q.question.as_str().len())
        .max()
        .unwrap_or(0)
        .max("question".len());
    println!(
        "\n| {:width$} | intended | simulated | flagged options |",
        "question"
    );
    println!(
        "|{}|----------|-----------|-----------------|",
        "-".repeat(width + 2)
    );
    for q in &report.influence {
        let flagged: Vec<String> = q
            .options
            .iter()
            .filter_map(|o| {
                let flag = match o.flag? {
                    Flag::Dominant => "dominant",
                    Flag::Inert => "never matters",
                };
                Some(format!(
                    "{} {flag} ({})",
                    answered("", &o.answer).trim_start_matches('='),
                    pct(o.simulated)
                ))
            })
            .collect();
        println!(
            "| {:width$} | {:>8} | {:>9} | {} |",
            q.question.as_str(),
            pct(q.intended),
            pct(q.simulated),
            flagged.join(", ")
        );
    }
}
