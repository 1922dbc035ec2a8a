//! What the widget tells its host page: the `detail` of its `rolefit:*` events, as one typed
//! message with its JSON writer (used by the widget) and its reader (for tests, and for any
//! Rust that listens). Built here, purely, so the shapes are tested natively; the edge only
//! sends them.

use super::answers::{Answer, Answers, Likert, Picks};
use super::json::{Json, JsonError};
use super::json_out::JsonOut;
use super::length::Length;
use super::locale::Locale;
use super::model::{ChoiceId, Content, DimensionId, QuestionId, RoleId};
use super::parse::is_valid_id;
use super::problems::ContentErrors;
use super::scoring::{self, Lean};

/// Whether a finished result's event carries the candidate's raw answers; only when the host
/// asks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AnswersInEvents {
    Omitted,
    Included,
}

/// Which quiz, in which language (`rolefit:ready`, `rolefit:start`).
#[derive(Clone, Debug, PartialEq)]
pub struct QuizShown {
    pub version: String,
    pub lang: Locale,
}

/// How a result came to be on screen: a host must be able to tell a candidate who finished
/// in this page session from a result someone sent them (a share code is not a secret, so it
/// can be forged).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ResultOrigin {
    /// The candidate answered the last question here: `rolefit:complete`.
    Finished,
    /// Opened from a share link: `rolefit:shared`, never with answers.
    Shared,
}

/// A result on screen.
#[derive(Clone, Debug, PartialEq)]
pub struct ResultShown {
    pub quiz: QuizShown,
    pub origin: ResultOrigin,
    /// Whether the result is a quick run's (it asked only the questions it needed) or the
    /// whole quiz's.
    pub length: Length,
    pub lean: Lean,
    /// Every role of the content with its percentage (they add up to 100), best first.
    pub ranking: Vec<RoleShown>,
    /// Each dimension with its score, 0 to 100.
    pub dimensions: Vec<(DimensionId, u8)>,
    /// Only for a result finished here, and only when the host asked: see [`Self::answers`].
    answers: Option<Answers>,
}

impl ResultShown {
    pub fn answers(&self) -> Option<&Answers> {
        self.answers.as_ref()
    }
}

/// A role in a result: its id in the content, its name in the result's language, and its
/// percentage.
#[derive(Clone, Debug, PartialEq)]
pub struct RoleShown {
    pub id: RoleId,
    pub name: String,
    pub percent: u8,
}

/// Why the widget cannot show its quiz (`rolefit:error`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    /// The content (built-in or a host's bank) was read and found wrong, or refused.
    Content,
    /// The content could not be downloaded.
    Download,
}

impl ErrorKind {
    fn id(self) -> &'static str {
        match self {
            ErrorKind::Content => "content",
            ErrorKind::Download => "download",
        }
    }
}

/// Each problem with its location, in English for the host.
#[derive(Clone, Debug, PartialEq)]
pub struct Failure {
    pub kind: ErrorKind,
    pub problems: Vec<String>,
}

/// One `rolefit:*` event: its name and its detail.
#[derive(Clone, Debug, PartialEq)]
pub enum HostEvent {
    Ready(QuizShown),
    Start(QuizShown),
    Result(ResultShown),
    Error(Failure),
    /// A kiosk went back to its attract screen for the next candidate (after inactivity, or
    /// Start over), in its own language: `rolefit:reset`.
    Reset(QuizShown),
}

/// Why a detail could not be read back: the field that is missing or wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MessageError {
    Syntax(JsonError),
    Field(&'static str),
}

fn quiz_shown(content: &Content, lang: Locale) -> QuizShown {
    QuizShown {
        version: content.version.clone(),
        lang,
    }
}

impl HostEvent {
    pub fn ready(content: &Content, locale: Locale) -> HostEvent {
        HostEvent::Ready(quiz_shown(content, locale))
    }

    pub fn start(content: &Content, locale: Locale) -> HostEvent {
        HostEvent::Start(quiz_shown(content, locale))
    }

    pub fn reset(content: &Content, locale: Locale) -> HostEvent {
        HostEvent::Reset(quiz_shown(content, locale))
    }

    /// The result of `answers`: the ranked roles, the lean, the dimension scores, and the
    /// raw answers only for a result finished here when the host asked for them.
    pub fn result(
        content: &Content,
        answers: &Answers,
        locale: Locale,
        origin: ResultOrigin,
        length: Length,
        include: AnswersInEvents,
    ) -> HostEvent {
        let outcome = scoring::score(content, answers);
        let asked = (origin, include) == (ResultOrigin::Finished, AnswersInEvents::Included);
        HostEvent::Result(ResultShown {
            quiz: quiz_shown(content, locale),
            origin,
            length,
            lean: outcome.lean.shown(length),
            ranking: outcome
                .ranking
                .iter()
                .map(|s| {
                    let role = content.role(s.role);
                    RoleShown {
                        id: role.id.clone(),
                        name: role.name.get(locale).to_string(),
                        percent: s.percent,
                    }
                })
                .collect(),
            dimensions: content
                .dimensions
                .iter()
                .zip(&outcome.dimensions)
                .map(|(d, s)| (d.id.clone(), (s.clamp(0.0, 1.0) * 100.0).round() as u8))
                .collect(),
            answers: asked.then(|| answers.clone()),
        })
    }

    pub fn error(kind: ErrorKind, errors: Option<&ContentErrors>) -> HostEvent {
        let problems = errors.map_or(&[][..], |e| &e.0);
        HostEvent::Error(Failure {
            kind,
            problems: problems.iter().map(|p| p.in_english()).collect(),
        })
    }

    /// The event's name, `rolefit:…`.
    pub fn name(&self) -> &'static str {
        match self {
            HostEvent::Ready(_) => "rolefit:ready",
            HostEvent::Start(_) => "rolefit:start",
            HostEvent::Result(r) if r.origin == ResultOrigin::Shared => "rolefit:shared",
            HostEvent::Result(_) => "rolefit:complete",
            HostEvent::Error(_) => "rolefit:error",
            HostEvent::Reset(_) => "rolefit:reset",
        }
    }

    /// The detail, as JSON text.
    pub fn to_json(&self) -> String {
        let mut out = JsonOut::object();
        let quiz = |out: &mut JsonOut, quiz: &QuizShown| {
            out.text_field("version", &quiz.version);
            out.text_field("lang", quiz.lang.tag());
        };
        match self {
            HostEvent::Ready(shown) | HostEvent::Start(shown) | HostEvent::Reset(shown) => {
                quiz(&mut out, shown)
            }
            HostEvent::Result(result) => {
                quiz(&mut out, &result.quiz);
                out.text_field("length", result.length.id());
                out.text_field("lean", result.lean.id());
                out.key("ranking");
                out.list(&result.ranking, |out, role| {
                    out.0.push('{');
                    out.text_field("role", role.id.as_str());
                    out.text_field("name", &role.name);
                    out.key("percent");
                    out.number(u32::from(role.percent));
                    out.0.push('}');
                });
                out.key("dimensions");
                out.list(&result.dimensions, |out, (id, score)| {
                    out.0.push('{');
                    out.text_field("id", id.as_str());
                    out.key("score");
                    out.number(u32::from(*score));
                    out.0.push('}');
                });
                if let Some(answers) = &result.answers {
                    out.key("answers");
                    out.0.push('{');
                    for (id, answer) in answers.iter() {
                        out.key(id.as_str());
                        match answer {
                            Answer::Rating(point) => out.number(u32::from(point.get())),
                            Answer::Choice(choice) => out.string(choice.as_str()),
                            Answer::Pick(picks) => {
                                out.list(picks.iter(), |out, choice| out.string(choice.as_str()))
                            }
                        }
                    }
                    out.0.push('}');
                }
            }
            HostEvent::Error(failure) => {
                out.text_field("kind", failure.kind.id());
                out.key("problems");
                out.list(&failure.problems, |out, problem| out.string(problem));
            }
        }
        out.close()
    }

    /// Reads an event back from its name and detail text.
    pub fn parse(name: &str, detail: &str) -> Result<HostEvent, MessageError> {
        HostEvent::read(name, &Json::parse(detail).map_err(MessageError::Syntax)?)
    }

    /// Reads an event back from its name and parsed detail: every field must be there and
    /// make sense, and a shared result must not carry answers.
    pub fn read(name: &str, detail: &Json) -> Result<HostEvent, MessageError> {
        let quiz = || -> Result<QuizShown, MessageError> {
            Ok(QuizShown {
                version: text(detail, "version")?.to_string(),
                lang: Locale::from_tag(text(detail, "lang")?)
                    .map_err(|_| MessageError::Field("lang"))?,
            })
        };
        let origin = match name {
            "rolefit:ready" => return Ok(HostEvent::Ready(quiz()?)),
            "rolefit:start" => return Ok(HostEvent::Start(quiz()?)),
            "rolefit:reset" => return Ok(HostEvent::Reset(quiz()?)),
            "rolefit:error" => return read_failure(detail).map(HostEvent::Error),
            "rolefit:complete" => ResultOrigin::Finished,
            "rolefit:shared" => ResultOrigin::Shared,
            _ => return Err(MessageError::Field("name")),
        };
        let length = Length::from_setting(text(detail, "length")?)
            .map_err(|_| MessageError::Field("length"))?;
        let lean = text(detail, "lean")?;
        let lean = [Lean::Clear, Lean::Blend, Lean::Flat]
            .into_iter()
            .find(|l| l.id() == lean)
            .ok_or(MessageError::Field("lean"))?;
        let ranking = list(detail, "ranking", |item| {
            let role = text(item, "role")?;
            if !is_valid_id(role) {
                return Err(MessageError::Field("role"));
            }
            Ok(RoleShown {
                id: RoleId::from(role),
                name: text(item, "name")?.to_string(),
                percent: percent(item, "percent")?,
            })
        })?;
        let dimensions = list(detail, "dimensions", |item| {
            Ok((
                DimensionId::from(text(item, "id")?),
                percent(item, "score")?,
            ))
        })?;
        let answers = match (detail.get("answers"), origin) {
            (None, _) => None,
            (Some(given), ResultOrigin::Finished) => Some(read_answers(given)?),
            (Some(_), ResultOrigin::Shared) => return Err(MessageError::Field("answers")),
        };
        Ok(HostEvent::Result(ResultShown {
            quiz: quiz()?,
            origin,
            length,
            lean,
            ranking,
            dimensions,
            answers,
        }))
    }
}

pub(crate) fn text<'a>(json: &'a Json, key: &'static str) -> Result<&'a str, MessageError> {
    json.get(key)
        .and_then(Json::as_str)
        .ok_or(MessageError::Field(key))
}

fn list<T>(
    json: &Json,
    key: &'static str,
    each: impl Fn(&Json) -> Result<T, MessageError>,
) -> Result<Vec<T>, MessageError> {
    let items = json
        .get(key)
        .and_then(Json::as_array)
        .ok_or(MessageError::Field(key))?;
    items.iter().map(each).collect()
}

/// A whole number from 0 to 100.
fn percent(json: &Json, key: &'static str) -> Result<u8, MessageError> {
    match json.get(key).and_then(Json::as_f64) {
        Some(n) if (0.0..=100.0).contains(&n) && n.fract() == 0.0 => Ok(n as u8),
        _ => Err(MessageError::Field(key)),
    }
}

fn read_failure(detail: &Json) -> Result<Failure, MessageError> {
    let kind = match text(detail, "kind")? {
        "content" => ErrorKind::Content,
        "download" => ErrorKind::Download,
        _ => return Err(MessageError::Field("kind")),
    };
    let problems = list(detail, "problems", |p| {
        p.as_str()
            .map(str::to_string)
            .ok_or(MessageError::Field("problems"))
    })?;
    Ok(Failure { kind, problems })
}

fn read_answers(given: &Json) -> Result<Answers, MessageError> {
    let bad = MessageError::Field("answers");
    let mut answers = Answers::new();
    for (id, value) in given.as_object().ok_or(bad.clone())? {
        let answer = match value {
            Json::Number(n, _) if n.fract() == 0.0 && (1.0..=5.0).contains(n) => {
                Answer::Rating(Likert::new(*n as u8).ok_or(bad.clone())?)
            }
            Json::String(choice) => Answer::Choice(ChoiceId(choice.clone())),
            Json::Array(items) => {
                let mut picks = Picks::new();
                for item in items {
                    picks.insert(ChoiceId::from(item.as_str().ok_or(bad.clone())?));
                }
                Answer::Pick(picks)
            }
            _ => return Err(bad),
        };
        answers.insert(QuestionId(id.clone()), answer);
    }
    Ok(answers)
}
