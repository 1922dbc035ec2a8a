//! What the widget hands the keep module (`keep.js` and `rolefit_keep*`, loaded when a result
//! shows): one typed message, [`KeepRequest`], written by the widget and read back by the
//! module with the core's JSON reader.

use super::events::{text, MessageError};
use super::json::Json;
use super::json_out::JsonOut;
use super::kiosk::Mode;
use super::locale::Locale;
use super::problems::ProblemsMessage;

/// Which panel the keep module draws.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeepMode {
    /// For a candidate on their own device: the share link, printing, the image card.
    Embedded,
    /// On a kiosk: the share link as a QR code only, for the candidate's phone.
    Kiosk,
}

impl From<Mode> for KeepMode {
    fn from(mode: Mode) -> KeepMode {
        match mode {
            Mode::Embedded => KeepMode::Embedded,
            Mode::Kiosk(_) => KeepMode::Kiosk,
        }
    }
}

impl KeepMode {
    /// As the request writes it; `keep.js` loads the build named for it (`rolefit_keep`, or
    /// `rolefit_keep_kiosk`: only kiosks need the one with the QR encoder).
    fn id(self) -> &'static str {
        match self {
            KeepMode::Embedded => "embedded",
            KeepMode::Kiosk => "kiosk",
        }
    }
}

/// The keep panel to draw: where, in which language, for which result, from which content.
#[derive(Clone, Debug, PartialEq)]
pub struct KeepMessage {
    /// The id of the element the panel is drawn in; the panel's own ids start with it.
    pub panel: String,
    pub locale: Locale,
    /// The result's share code.
    pub code: String,
    /// Where the content is: the widget's own edition or the host's bank, already in the
    /// browser's cache.
    pub content: String,
    pub mode: KeepMode,
}

impl KeepMessage {
    /// Its fields but `mode` (the request writes that for every kind).
    fn write(&self, out: &mut JsonOut) {
        out.text_field("panel", &self.panel);
        out.text_field("lang", self.locale.tag());
        out.text_field("code", &self.code);
        out.text_field("content", &self.content);
    }

    fn read(json: &Json, mode: KeepMode) -> Result<KeepMessage, MessageError> {
        Ok(KeepMessage {
            panel: text(json, "panel")?.to_string(),
            locale: Locale::from_tag(text(json, "lang")?)
                .map_err(|_| MessageError::Field("lang"))?,
            code: text(json, "code")?.to_string(),
            content: text(json, "content")?.to_string(),
            mode,
        })
    }
}

/// Everything the widget asks of the keep module, one message told apart by its `kind`:
/// `{"kind":…,"mode":…,…}`, the kind's own fields beside these two. `keep.js` reads `kind`,
/// `mode` (which build to load) and `content` (where the content is); the module reads the
/// whole with the core's reader.
#[derive(Clone, Debug)]
pub enum KeepRequest {
    /// Fetch the module (`mode`'s build) and the content at `content` ahead of the result,
    /// drawing nothing (the widget asks once the quiz starts).
    Prefetch { mode: KeepMode, content: String },
    /// Draw the result.
    Result(KeepMessage),
    /// Tell the content's problems, in Italian or Spanish.
    Problems {
        mode: KeepMode,
        problems: ProblemsMessage,
    },
}

/// Two requests are the same when they say the same: their texts are equal (which the widget
/// compares its effects by, without code of its own for it).
impl PartialEq for KeepRequest {
    fn eq(&self, other: &KeepRequest) -> bool {
        self.to_json() == other.to_json()
    }
}

impl KeepRequest {
    /// The build of the keep module that answers.
    pub fn mode(&self) -> KeepMode {
        match self {
            KeepRequest::Prefetch { mode, .. } | KeepRequest::Problems { mode, .. } => *mode,
            KeepRequest::Result(message) => message.mode,
        }
    }

    pub fn to_json(&self) -> String {
        let mut out = JsonOut::object();
        let kind = match self {
            KeepRequest::Prefetch { .. } => "prefetch",
            KeepRequest::Result(_) => "result",
            KeepRequest::Problems { .. } => "problems",
        };
        out.text_field("kind", kind);
        out.text_field("mode", self.mode().id());
        match self {
            KeepRequest::Prefetch { content, .. } => out.text_field("content", content),
            KeepRequest::Result(message) => message.write(&mut out),
            KeepRequest::Problems { problems, .. } => problems.write(&mut out),
        }
        out.close()
    }

    pub fn parse(source: &str) -> Result<KeepRequest, MessageError> {
        let json = Json::parse(source).map_err(MessageError::Syntax)?;
        let mode = match text(&json, "mode")? {
            "embedded" => KeepMode::Embedded,
            "kiosk" => KeepMode::Kiosk,
            _ => return Err(MessageError::Field("mode")),
        };
        Ok(match text(&json, "kind")? {
            "prefetch" => KeepRequest::Prefetch {
                mode,
                content: text(&json, "content")?.to_string(),
            },
            "result" => KeepRequest::Result(KeepMessage::read(&json, mode)?),
            "problems" => KeepRequest::Problems {
                mode,
                problems: ProblemsMessage::read(&json)?,
            },
            _ => return Err(MessageError::Field("kind")),
        })
    }
}
