//! The pure core: content, the quiz, scoring, share codes and messages. A crate of its own
//! with no dependencies, so nothing of the browser can reach it and all of it runs natively.

mod answers;
mod early;
pub mod events;
mod ids;
pub mod json;
mod json_out;
mod keep_message;
mod keep_messages;
mod kiosk;
mod lean;
mod length;
mod locale;
mod messages;
mod model;
mod parse;
mod problems;
pub mod quick;
mod quiz;
mod reasons;
pub mod scoring;
pub mod scrub;
mod session;
pub mod settings;
mod snapshot;
mod step;
pub mod tally;
#[cfg(feature = "validity")]
pub mod validity;
mod weighing;
mod words;

pub use answers::{Answer, Answers, Likert, Picks, SortedMap, SortedSet};
pub use early::EarlyIntro;
pub use events::{AnswersInEvents, HostEvent, MessageError, ResultOrigin, RoleShown};
pub use keep_message::{KeepMessage, KeepMode, KeepRequest};
pub use keep_messages::KeepMessages;
pub use kiosk::{Idle, Mode, Timeouts};
pub use lean::{Lean, Stability};
pub use length::{Length, UnknownLength};
pub use locale::{Locale, UnknownLocale};
pub use messages::Messages;
pub use model::*;
pub use parse::MAX_DOCUMENT_BYTES;
pub use problems::{ContentErrors, Problem, ProblemKind, ProblemsMessage, Template, Told};
pub use quiz::{shortcut, Action, Pace, Position, Quiz, Shortcut, Shortcuts};
pub use scoring::{Outcome, Ranking, Reason, RoleScore};
pub use session::{
    read_edition, Arrival, Change, Confirming, Document, Edition, Notice, Phase, Restore, Session,
    Viewing, Wanted,
};
pub use snapshot::{share_code, Snapshot, SnapshotError, MAX_CODE_LEN};
pub use step::Step;
pub use words::{Word, Words};

/// The content shipped with the widget.
pub const BUILT_IN_CONTENT: &str = include_str!(concat!(env!("OUT_DIR"), "/rolefit.min.json"));

/// Fills `{top}` and `{second}` in a lean text.
pub fn fill(template: &str, top: &str, second: &str) -> String {
    let mut filled = String::with_capacity(template.len() + top.len() + second.len());
    let mut rest = template;
    // split_once rather than byte slicing: measured smaller in the download.
    while let Some((before, after)) = rest.split_once('{') {
        filled.push_str(before);
        rest = if let Some(after) = after.strip_prefix("top}") {
            filled.push_str(top);
            after
        } else if let Some(after) = after.strip_prefix("second}") {
            filled.push_str(second);
            after
        } else {
            filled.push('{');
            after
        };
    }
    filled.push_str(rest);
    filled
}
