//! A check's figure and floor as text, in the units of their check: what `cargo xtask
//! validate` prints in its table, and what the report's JSON carries for tools that show it
//! (`npx rolefit-check`, the studio), so that they all say the same.

use super::report::{Check, Figure, Floor};

fn pct(x: f64) -> String {
    format!("{:.1} %", 100.0 * x)
}

impl Check {
    /// The figure; points in the precision of their check.
    pub fn figure_text(&self) -> String {
        match &self.figure {
            Figure::Share(s) => pct(*s),
            Figure::Points(p) => match self.id {
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

    /// The floor the figure is held to.
    pub fn floor_text(&self) -> String {
        let points = matches!(self.figure, Figure::Points(_));
        match &self.floor {
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
}
