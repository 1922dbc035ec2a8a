//! The pure core: content, quiz state and scoring. Never imports yew, web-sys, gloo or
//! wasm-bindgen (a test checks), so all of it runs and is tested natively.

mod answers;
pub mod events;
pub mod json;
mod locale;
mod messages;
mod model;
mod parse;
mod problems;
mod quiz;
pub mod scoring;

pub use answers::{Answer, Answers, Likert, Picks, SortedMap, SortedSet};
pub use events::AnswersInEvents;
pub use locale::{Locale, UnknownLocale};
pub use messages::Messages;
pub use model::*;
pub use problems::{ContentErrors, Problem, ProblemKind};
pub use quiz::{shortcut, Action, Quiz, Shortcut, Shortcuts, Step};
pub use scoring::{Lean, Outcome, Reason, RoleScore};

/// The content shipped with the widget.
pub const BUILT_IN_CONTENT: &str = include_str!(concat!(env!("OUT_DIR"), "/rolefit.min.json"));

/// Fills `{top}` and `{second}` in a lean text.
pub fn fill(template: &str, top: &str, second: &str) -> String {
    let mut filled = String::with_capacity(template.len() + top.len() + second.len());
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        filled.push_str(&rest[..start]);
        rest = &rest[start..];
        let (value, skip) = if rest.starts_with("{top}") {
            (top, "{top}".len())
        } else if rest.starts_with("{second}") {
            (second, "{second}".len())
        } else {
            ("{", 1)
        };
        filled.push_str(value);
        rest = &rest[skip..];
    }
    filled.push_str(rest);
    filled
}
