//! A [`Report`] as JSON, through the core's own writer: for tools that are not Rust (a
//! bank author's worker, a command-line check).

use crate::json_out::JsonOut;

use super::report::{Answered, Figure, Flag, Floor, Report, Status};

impl Report {
    /// The report as JSON: `{"seed", "divisor", "roles", "passed", "checks": [...],
    /// "influence": [...]}`; a check's role by its id.
    pub fn to_json(&self) -> String {
        let mut out = JsonOut::object();
        out.key("seed");
        out.0.push_str(&self.seed.to_string());
        out.key("divisor");
        out.number(self.divisor);
        out.key("roles");
        out.list(&self.roles, |out, id| out.string(id));
        out.key("passed");
        out.0.push_str(if self.passed() { "true" } else { "false" });
        out.key("checks");
        out.list(&self.checks, |out, check| {
            out.0.push('{');
            out.text_field("id", check.id);
            if let Some(role) = check.role {
                out.text_field("role", self.role_id(role));
            }
            out.text_field("label", &check.label);
            out.key("figure");
            figure_json(out, &check.figure);
            out.key("floor");
            floor_json(out, &check.floor);
            out.text_field("figure_text", &check.figure_text());
            out.text_field("floor_text", &check.floor_text());
            out.text_field(
                "status",
                match check.status {
                    Status::Pass => "pass",
                    Status::Fail => "fail",
                    Status::Reported => "report",
                },
            );
            if let Some(i) = check.interval {
                out.key("interval");
                out.0.push('{');
                real(out, "low", i.low);
                real(out, "high", i.high);
                out.key("n");
                out.0.push_str(&i.n.to_string());
                out.0.push('}');
            }
            out.key("certain");
            out.0
                .push_str(if check.certain() { "true" } else { "false" });
            out.key("causes");
            out.list(&check.causes, |out, cause| {
                out.0.push('{');
                out.text_field("question", cause.question.as_str());
                answered_json(out, &cause.answer);
                real(out, "weight", cause.weight);
                out.0.push('}');
            });
            out.0.push('}');
        });
        out.key("influence");
        out.list(&self.influence, |out, q| {
            out.0.push('{');
            out.text_field("question", q.question.as_str());
            real(out, "intended", q.intended);
            real(out, "simulated", q.simulated);
            out.key("options");
            out.list(&q.options, |out, o| {
                out.0.push('{');
                answered_json(out, &o.answer);
                real(out, "simulated", o.simulated);
                out.key("cases");
                out.0.push_str(&o.cases.to_string());
                if let Some(flag) = o.flag {
                    let flag = match flag {
                        Flag::Dominant => "dominant",
                        Flag::Inert => "inert",
                    };
                    out.text_field("flag", flag);
                }
                out.0.push('}');
            });
            out.0.push('}');
        });
        out.close()
    }
}

/// A finite number as JSON (rounded to six decimals); anything else as `null`.
fn real(out: &mut JsonOut, key: &str, value: f64) {
    out.key(key);
    if value.is_finite() {
        let rounded = (value * 1e6).round() / 1e6;
        out.0.push_str(&rounded.to_string());
    } else {
        out.0.push_str("null");
    }
}

fn answered_json(out: &mut JsonOut, answer: &Answered) {
    match answer {
        Answered::Option(id) => out.text_field("option", id.as_str()),
        Answered::Point(p) => {
            out.key("point");
            out.number(u32::from(*p));
        }
        Answered::Any => {}
    }
}

fn figure_json(out: &mut JsonOut, figure: &Figure) {
    out.0.push('{');
    match figure {
        Figure::Share(v) => real(out, "share", *v),
        Figure::Points(v) => real(out, "points", *v),
        Figure::Percent(p) => real(out, "percent", f64::from(*p)),
        Figure::Count { count, total } => {
            real(out, "count", *count as f64);
            real(out, "total", *total as f64);
        }
        Figure::Screens(n) => real(out, "screens", *n as f64),
        Figure::Yes(yes) => {
            out.key("yes");
            out.0.push_str(if *yes { "true" } else { "false" });
        }
    }
    out.0.push('}');
}

fn floor_json(out: &mut JsonOut, floor: &Floor) {
    out.0.push('{');
    let kind = |out: &mut JsonOut, k: &str| out.text_field("kind", k);
    match floor {
        Floor::Near { target, tolerance } => {
            kind(out, "near");
            real(out, "target", *target);
            real(out, "tolerance", *tolerance);
        }
        Floor::AtLeast(v) => {
            kind(out, "at-least");
            real(out, "value", *v);
        }
        Floor::AtMost(v) => {
            kind(out, "at-most");
            real(out, "value", *v);
        }
        Floor::Within(v) => {
            kind(out, "within");
            real(out, "value", *v);
        }
        Floor::OnTopWith(p) => {
            kind(out, "on-top-with");
            real(out, "value", f64::from(*p));
        }
        Floor::ScreensAtMost(n) => {
            kind(out, "screens-at-most");
            real(out, "value", *n as f64);
        }
        Floor::None => kind(out, "none"),
        Floor::All => kind(out, "all"),
        Floor::Some => kind(out, "some"),
        Floor::Yes => kind(out, "yes"),
        Floor::Report => kind(out, "report"),
    }
    out.0.push('}');
}
