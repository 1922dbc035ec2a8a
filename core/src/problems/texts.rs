//! Which description each problem has, with its arguments, and the descriptions in English.
//! Italian and Spanish are in `translations.rs`, which only the keep module and native code
//! use: the widget asks the keep module to tell problems in those languages
//! ([`super::ProblemsMessage`]), so their words are not in its first download.

use super::{as_written, ProblemKind};
use crate::json::JsonErrorKind;

impl ProblemKind {
    /// Its description (`{0}`, `{1}`… stand for the arguments), and the arguments. A table
    /// rather than a `format!` per language keeps the widget small.
    pub fn texts(&self) -> (Template, Vec<String>) {
        use ProblemKind::*;
        let (template, arg): (Template, &str) = match self {
            NotJson(error) => {
                let (template, extra): (Template, String) = match &error.kind {
                    JsonErrorKind::Syntax => (Template::Syntax, String::new()),
                    JsonErrorKind::NotUtf8 { .. } => (Template::NotUtf8, String::new()),
                    JsonErrorKind::DuplicateKey(key) => (Template::DuplicateKey, key.clone()),
                };
                return (
                    template,
                    vec![error.line.to_string(), error.column.to_string(), extra],
                );
            }
            UnsupportedFormat(f) => return (Template::UnsupportedFormat, vec![as_written(f)]),
            Missing => (Template::Missing, ""),
            WrongType { expected } => (Template::WrongType, expected),
            MissingLocale(l) => (Template::MissingLocale, l.tag()),
            BadId(id) => (Template::BadId, id),
            Duplicate(id) => (Template::Duplicate, id),
            UnknownDimension(id) => (Template::UnknownDimension, id),
            UnknownSource(id) => (Template::UnknownSource, id),
            UnknownQuestion(id) => (Template::UnknownQuestion, id),
            UnknownKind(k) => (Template::UnknownKind, k),
            UnknownLanguage(t) => (Template::UnknownLanguage, t),
            OutOfRange { value, min, max } => {
                return (
                    Template::OutOfRange,
                    vec![as_written(value), min.to_string(), max.to_string()],
                )
            }
            Length { found, min, max } => {
                return (
                    Template::Length,
                    vec![found.to_string(), min.to_string(), max.to_string()],
                )
            }
            MissingProfileValue(d) => (Template::MissingProfileValue, d),
            MissingTrait(d) => (Template::MissingTrait, d),
            Unreachable(r) => (Template::Unreachable, r),
            ForeignBank(url) => (Template::ForeignBank, url),
            BadBankAddress(url) => (Template::BadBankAddress, url),
            HttpStatus(status) => return (Template::HttpStatus, vec![status.to_string()]),
            Offline => (Template::Offline, ""),
        };
        (template, vec![arg.to_string()])
    }
}

/// A problem's description, the same in every language but for its words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Template {
    Syntax,
    NotUtf8,
    DuplicateKey,
    UnsupportedFormat,
    Missing,
    WrongType,
    MissingLocale,
    BadId,
    Duplicate,
    UnknownDimension,
    UnknownSource,
    UnknownQuestion,
    UnknownKind,
    UnknownLanguage,
    OutOfRange,
    Length,
    MissingProfileValue,
    MissingTrait,
    Unreachable,
    ForeignBank,
    BadBankAddress,
    HttpStatus,
    Offline,
}

impl Template {
    /// Every template, numbered by its place here in messages.
    pub const ALL: [Template; 23] = [
        Template::Syntax,
        Template::NotUtf8,
        Template::DuplicateKey,
        Template::UnsupportedFormat,
        Template::Missing,
        Template::WrongType,
        Template::MissingLocale,
        Template::BadId,
        Template::Duplicate,
        Template::UnknownDimension,
        Template::UnknownSource,
        Template::UnknownQuestion,
        Template::UnknownKind,
        Template::UnknownLanguage,
        Template::OutOfRange,
        Template::Length,
        Template::MissingProfileValue,
        Template::MissingTrait,
        Template::Unreachable,
        Template::ForeignBank,
        Template::BadBankAddress,
        Template::HttpStatus,
        Template::Offline,
    ];

    /// The description in English.
    pub fn english(self) -> &'static str {
        match self {
            Template::Syntax => "is not valid JSON (line {0}, column {1})",
            Template::NotUtf8 => "is not UTF-8 text (line {0}, column {1})",
            Template::DuplicateKey => "the key \"{2}\" is repeated (line {0}, column {1})",
            Template::UnsupportedFormat => "format {0} is not supported; expected 1",
            Template::Missing => "required field is missing",
            Template::WrongType => "wrong type; expected {0}",
            Template::MissingLocale => "the \"{0}\" text is missing or empty",
            Template::BadId => "id \"{0}\" is not valid: use lowercase letters, digits and dashes",
            Template::Duplicate => "the id \"{0}\" is used twice",
            Template::UnknownDimension => "unknown dimension \"{0}\"",
            Template::UnknownSource => "unknown source \"{0}\"",
            Template::UnknownQuestion => "unknown question \"{0}\"",
            Template::UnknownKind => "unknown question kind \"{0}\"; expected rating, choice or pick",
            Template::UnknownLanguage => "unknown language \"{0}\"; expected it, es or en",
            Template::OutOfRange => "the value {0} is outside the range {1} to {2}",
            Template::Length => "has {0} items; {1} to {2} are needed",
            Template::MissingProfileValue => "no value for the dimension \"{0}\"",
            Template::MissingTrait => "no trait for the dimension \"{0}\", on which the role weighs 0.5 or more",
            Template::Unreachable => "no set of answers puts \"{0}\" on top",
            Template::ForeignBank => "the question file \"{0}\" is on another site: only files from this site can be used",
            Template::BadBankAddress => "\"{0}\" is not a valid address for a question file",
            Template::HttpStatus => "file not available (HTTP {0})",
            Template::Offline => "the server cannot be reached",
        }
    }
}
