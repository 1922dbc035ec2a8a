//! What the widget hands the keep module (`keep.js` and `rolefit_keep*`, loaded when a result
//! shows): one typed message, written by the widget and read back by the module with the
//! core's JSON reader.

use super::events::{text, MessageError};
use super::json::Json;
use super::json_out::JsonOut;
use super::kiosk::Mode;
use super::locale::Locale;

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
    fn id(self) -> &'static str {
        match self {
            KeepMode::Embedded => "embedded",
            KeepMode::Kiosk => "kiosk",
        }
    }

    /// The build of the keep module that draws this panel (`keep.js` loads it by this name):
    /// only kiosks need the one with the QR encoder.
    pub fn module(self) -> &'static str {
        match self {
            KeepMode::Embedded => "rolefit_keep",
            KeepMode::Kiosk => "rolefit_keep_kiosk",
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
    pub fn to_json(&self) -> String {
        let mut out = JsonOut::object();
        out.text_field("panel", &self.panel);
        out.text_field("lang", self.locale.tag());
        out.text_field("code", &self.code);
        out.text_field("content", &self.content);
        out.text_field("mode", self.mode.id());
        out.close()
    }

    pub fn parse(text: &str) -> Result<KeepMessage, MessageError> {
        KeepMessage::read(&Json::parse(text).map_err(MessageError::Syntax)?)
    }

    pub fn read(json: &Json) -> Result<KeepMessage, MessageError> {
        let mode = match text(json, "mode")? {
            "embedded" => KeepMode::Embedded,
            "kiosk" => KeepMode::Kiosk,
            _ => return Err(MessageError::Field("mode")),
        };
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
