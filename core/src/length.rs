//! How much of the quiz a candidate is asked: every question, or the most telling ones until
//! the result is settled. A setting of the placeholder, the frame and the API.

use super::kiosk::Mode;

/// How much of the quiz is asked.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Length {
    /// Every question, in the content's order.
    Full,
    /// The most informative questions first, stopping once the result cannot reasonably change.
    Quick,
}

/// A `length` setting that is neither `full` nor `quick`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnknownLength(pub String);

impl Length {
    /// The setting's value, as written in attributes, addresses, events and the tallies.
    pub fn id(self) -> &'static str {
        match self {
            Length::Full => "full",
            Length::Quick => "quick",
        }
    }

    /// Reads a `length` setting.
    pub fn from_setting(value: &str) -> Result<Length, UnknownLength> {
        match value.trim() {
            "full" => Ok(Length::Full),
            "quick" => Ok(Length::Quick),
            other => Err(UnknownLength(other.to_owned())),
        }
    }

    /// Without a setting: a kiosk's passer-by gets the quick quiz, everyone else the full one.
    pub fn default_for(mode: Mode) -> Length {
        match mode {
            Mode::Kiosk(_) => Length::Quick,
            Mode::Embedded => Length::Full,
        }
    }
}
