//! What can be wrong with a content document, or with getting it, said in the candidate's
//! language.

mod message;
mod texts;
mod translations;

use std::fmt;

pub use message::{ProblemsMessage, Told};
pub use texts::Template;

use super::json::JsonError;
use super::locale::Locale;

/// One problem found while reading content, with where it is.
#[derive(Clone, Debug, PartialEq)]
pub struct Problem {
    /// A path into the document, e.g. `questions[3] (angry-comment) › options[1] › weights`;
    /// `(document)` for the document as a whole; a file's address for a download.
    pub at: String,
    pub kind: ProblemKind,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ProblemKind {
    /// Not JSON, not UTF-8, or a key given twice: the place is in the error.
    NotJson(JsonError),
    /// The format number, as written.
    UnsupportedFormat(String),
    Missing,
    WrongType {
        expected: &'static str,
    },
    /// A text lacks one of the languages its document declares.
    MissingLocale(Locale),
    BadId(String),
    Duplicate(String),
    UnknownDimension(String),
    UnknownSource(String),
    UnknownQuestion(String),
    UnknownKind(String),
    UnknownLanguage(String),
    /// A number as written, and the whole numbers it must lie between.
    OutOfRange {
        value: String,
        min: i32,
        max: i32,
    },
    Length {
        found: usize,
        min: usize,
        max: usize,
    },
    MissingProfileValue(String),
    MissingTrait(String),
    /// No answers put this role (its id) on top.
    Unreachable(String),
    /// A host's question bank on another site: only the page's own origin is read.
    ForeignBank(String),
    /// A host's question bank named by something that is not an address.
    BadBankAddress(String),
    /// The server answered a download with this HTTP status instead of the file (404: there
    /// is no file at that address).
    HttpStatus(u16),
    /// The server could not be reached at all: offline, or the request was blocked.
    Offline,
}

/// Every problem found in one document; never empty when returned as an error.
#[derive(Clone, Debug, PartialEq)]
pub struct ContentErrors(pub Vec<Problem>);

impl ContentErrors {
    /// Every problem as JSON, in English: `[{"at", "text"}…]`, for tools that are not Rust
    /// (`npx rolefit-check`).
    pub fn to_json(&self) -> String {
        let mut out = crate::json_out::JsonOut(String::new());
        out.list(&self.0, |out, problem| {
            out.0.push('{');
            out.text_field("at", &problem.at);
            out.text_field("text", &problem.kind.in_english());
            out.0.push('}');
        });
        out.0
    }
}

impl Problem {
    /// Where and what, in `locale`. (The widget tells problems in English only: the other
    /// languages' words are the keep module's, [`ProblemsMessage`].)
    pub fn describe(&self, locale: Locale) -> String {
        format!("{}: {}", self.at, self.kind.describe(locale))
    }

    /// Where and what, in English.
    pub fn in_english(&self) -> String {
        format!("{}: {}", self.at, self.kind.in_english())
    }
}

impl ProblemKind {
    pub fn describe(&self, locale: Locale) -> String {
        let (template, args) = self.texts();
        fill_args(template.words(locale), &args)
    }

    pub fn in_english(&self) -> String {
        let (template, args) = self.texts();
        fill_args(template.english(), &args)
    }
}

/// Puts `args[n]` where a template says `{n}` (n from 0 to 9).
pub fn fill_args(template: &str, args: &[String]) -> String {
    let mut filled = String::with_capacity(template.len() + 16);
    let mut rest = template;
    // split_once rather than byte slicing: measured smaller in the download.
    while let Some((before, after)) = rest.split_once('{') {
        filled.push_str(before);
        let mut chars = after.chars();
        let arg = match (chars.next(), chars.next()) {
            (Some(digit @ '0'..='9'), Some('}')) => args.get(digit as usize - '0' as usize),
            _ => None,
        };
        rest = match arg {
            Some(arg) => {
                filled.push_str(arg);
                chars.as_str()
            }
            None => {
                filled.push('{');
                after
            }
        };
    }
    filled.push_str(rest);
    filled
}

/// Longest number quoted whole; a longer one is quoted by its start and `…`.
pub const QUOTED_NUMBER_LEN: usize = 24;

/// A number as written in the document (JSON's grammar: ASCII), cut short if it would
/// fill the screen.
fn as_written(number: &str) -> String {
    match number.get(..QUOTED_NUMBER_LEN) {
        Some(start) if number.len() > QUOTED_NUMBER_LEN => start.to_string() + "…",
        _ => number.to_string(),
    }
}

impl fmt::Display for ContentErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for problem in &self.0 {
            writeln!(f, "{}", problem.in_english())?;
        }
        Ok(())
    }
}
