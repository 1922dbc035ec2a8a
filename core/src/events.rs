//! What the widget tells its host page, as JSON text: the `detail` of its `rolefit:*`
//! events. Built here, purely, so the shapes are tested natively; the edge only sends them.

use super::answers::{Answer, Answers};
use super::kiosk::Mode;
use super::locale::Locale;
use super::model::Content;
use super::problems::ContentErrors;
use super::scoring;

/// Whether `rolefit:complete` carries the candidate's raw answers; only when the host asks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AnswersInEvents {
    Omitted,
    Included,
}

/// Appends `text` as a JSON string.
fn push_string(out: &mut String, text: &str) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c if (c as u32) < 0x20 => {
                out.push_str("\\u00");
                out.push(char::from_digit(c as u32 >> 4, 16).unwrap_or('0'));
                out.push(char::from_digit(c as u32 & 15, 16).unwrap_or('0'));
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// Appends `"key":` to an object being written.
fn push_key(out: &mut String, key: &str) {
    if !out.ends_with('{') {
        out.push(',');
    }
    push_string(out, key);
    out.push(':');
}

fn push_list<T>(
    out: &mut String,
    items: impl IntoIterator<Item = T>,
    mut each: impl FnMut(&mut String, T),
) {
    out.push('[');
    for (i, item) in items.into_iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        each(out, item);
    }
    out.push(']');
}

/// `{"version": …, "lang": …`, left open for more fields.
fn opening(content: &Content, locale: Locale) -> String {
    let mut out = String::from("{");
    push_key(&mut out, "version");
    push_string(&mut out, &content.version);
    push_key(&mut out, "lang");
    push_string(&mut out, locale.tag());
    out
}

/// `rolefit:ready` and `rolefit:start`: which quiz, in which language.
pub fn quiz_detail(content: &Content, locale: Locale) -> String {
    opening(content, locale) + "}"
}

/// `rolefit:complete`: the ranked roles, the lean, the dimension scores (0–100), and the
/// raw answers only when the host asked for them.
pub fn complete_detail(
    content: &Content,
    answers: &Answers,
    locale: Locale,
    include: AnswersInEvents,
) -> String {
    let outcome = scoring::score(content, answers);
    let mut out = opening(content, locale);
    push_key(&mut out, "lean");
    push_string(&mut out, outcome.lean.id());
    push_key(&mut out, "ranking");
    push_list(&mut out, &outcome.ranking, |out, score| {
        out.push('{');
        push_key(out, "role");
        push_string(out, score.role.id());
        push_key(out, "percent");
        out.push_str(&u32::from(score.percent).to_string());
        out.push('}');
    });
    push_key(&mut out, "dimensions");
    push_list(
        &mut out,
        content.dimensions.iter().zip(&outcome.dimensions),
        |out, (dimension, score)| {
            out.push('{');
            push_key(out, "id");
            push_string(out, dimension.id.as_str());
            push_key(out, "score");
            out.push_str(&((score.clamp(0.0, 1.0) * 100.0).round() as u32).to_string());
            out.push('}');
        },
    );
    if include == AnswersInEvents::Included {
        push_key(&mut out, "answers");
        out.push('{');
        for (id, answer) in answers.iter() {
            push_key(&mut out, id.as_str());
            match answer {
                Answer::Rating(point) => out.push_str(&u32::from(point.get()).to_string()),
                Answer::Choice(choice) => push_string(&mut out, choice.as_str()),
                Answer::Pick(picks) => push_list(&mut out, picks.iter(), |out, choice| {
                    push_string(out, choice.as_str())
                }),
            }
        }
        out.push('}');
    }
    out + "}"
}

/// What the keep panel (`keep.js`, loaded on demand) is told: the panel's element id, the
/// language, the share code, where the content is (it reads the rest from there), and the
/// mode (a kiosk shows a QR code instead of the link, printing and the image).
pub fn keep_detail(
    panel: &str,
    locale: Locale,
    code: &str,
    content_url: &str,
    mode: Mode,
) -> String {
    let mode = match mode {
        Mode::Embedded => "embedded",
        Mode::Kiosk(_) => "kiosk",
    };
    let mut out = String::from("{");
    for (key, text) in [
        ("panel", panel),
        ("lang", locale.tag()),
        ("code", code),
        ("content", content_url),
        ("mode", mode),
    ] {
        push_key(&mut out, key);
        push_string(&mut out, text);
    }
    out + "}"
}

/// Why the widget cannot show its quiz, for `rolefit:error`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    /// The content (built-in or a host's bank) was read and found wrong, or refused.
    Content,
    /// The content could not be downloaded.
    Download,
}

/// `rolefit:error`: the kind, and each problem with its location, in English for the host.
pub fn error_detail(kind: ErrorKind, errors: Option<&ContentErrors>) -> String {
    let mut out = String::from("{");
    push_key(&mut out, "kind");
    push_string(
        &mut out,
        match kind {
            ErrorKind::Content => "content",
            ErrorKind::Download => "download",
        },
    );
    push_key(&mut out, "problems");
    push_list(
        &mut out,
        errors.map_or(&[][..], |e| &e.0),
        |out, problem| push_string(out, &problem.describe(Locale::En)),
    );
    out + "}"
}
