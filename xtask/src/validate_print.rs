//! `cargo xtask validate`'s output: the table of checks, the causes of the failing ones and
//! each question's influence, from the core's [`Report`].

use rolefit_core::validity::{Answered, Check, Figure, Flag, Floor, Report, Status};

fn pct(x: f64) -> String {
    format!("{:.1} %", 100.0 * x)
}

/// A figure as the table shows it; points in the precision of their check.
fn figure(check: &Check) -> String {
    match &check.figure {
        Figure::Share(s) => pct(*s),
        Figure::Points(p) => match check.id {
            "yes-saying" => format!("{p:+.2} points"),
            "move-median" | "move-p95" => format!("{p:.0} points"),
            _ => format!("{p:.1} points"),
        },
        Figure::Percent(p) => format!("{p} %"),
        Figure::Count { count, total } => format!("{count} of {total}"),
        Figure::Screens(n) => n.to_string(),
        Figure::Yes(yes) => (if *yes { "yes" } else { "no" }).into(),
    }
}

fn floor(check: &Check) -> String {
    let points = matches!(check.figure, Figure::Points(_));
    match &check.floor {
        Floor::Near { target, tolerance } => {
            format!("{:.0} % ± {:.0}", 100.0 * target, 100.0 * tolerance)
        }
        Floor::AtLeast(v) => format!("≥ {:.0} %", 100.0 * v),
        Floor::AtMost(v) if points => format!("≤ {v:.0} points"),
        Floor::AtMost(v) => format!("≤ {:.0} %", 100.0 * v),
        Floor::Within(v) => format!("within ± {v:.0}"),
        Floor::OnTopWith(p) => format!("≥ {p} % and on top"),
        Floor::None => "none".into(),
        Floor::All => "all".into(),
        Floor::Some => "> 0 (reachable)".into(),
        Floor::ScreensAtMost(n) => format!("≤ {n}"),
        Floor::Yes => "yes".into(),
        Floor::Report => "(report)".into(),
    }
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
            figure(c),
            floor(c)
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
