//! Kiosk mode: a widget on a shared touch screen, reset for the next candidate when the last
//! one walks away. Pure: the edge counts seconds and reports input; this says what they mean.

use super::step::Step;

/// How the widget is used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// On a page, for one candidate at a time on their own device.
    Embedded,
    /// On a shared screen at a job fair: an attract screen, reset after inactivity, nothing
    /// kept between candidates.
    Kiosk(Timeouts),
}

/// The kiosk's patience, in seconds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Timeouts {
    /// Without input during the quiz, before "Still there?".
    pub idle: u32,
    /// Without input on the result, before "Still there?".
    pub result: u32,
    /// How long "Still there?" counts down before the reset.
    pub warning: u32,
}

impl Default for Timeouts {
    fn default() -> Timeouts {
        Timeouts {
            idle: 45,
            result: 90,
            warning: 15,
        }
    }
}

impl Timeouts {
    /// Reads the `idle-seconds`, `result-seconds` and `warning-seconds` settings; a missing
    /// or unreadable one keeps its default (the loader has already warned about it).
    pub fn from_settings(idle: Option<&str>, result: Option<&str>, warning: Option<&str>) -> Self {
        // Whole seconds, 1 to a day. Digits by hand (`str::parse` costs the download more);
        // nine at most, so the number cannot overflow.
        let read = |value: Option<&str>, default: u32| {
            let seconds = value.and_then(|v| {
                let digits = v.trim().as_bytes();
                (1..=9).contains(&digits.len()).then_some(())?;
                digits.iter().try_fold(0u32, |n, &d| {
                    d.is_ascii_digit().then(|| n * 10 + u32::from(d - b'0'))
                })
            });
            seconds
                .filter(|s| (1..=86_400).contains(s))
                .unwrap_or(default)
        };
        let default = Timeouts::default();
        Timeouts {
            idle: read(idle, default.idle),
            result: read(result, default.result),
            warning: read(warning, default.warning),
        }
    }

    /// What `idle` seconds without input mean on `step`.
    pub fn after(&self, step: Step, idle: u32) -> Idle {
        let patience = match step {
            // The attract screen waits for the next candidate for ever.
            Step::Intro => return Idle::Active,
            Step::Question(_) => self.idle,
            Step::Result => self.result,
        };
        match idle.checked_sub(patience) {
            None => Idle::Active,
            Some(over) if over < self.warning => Idle::Warning {
                left: self.warning - over,
            },
            Some(_) => Idle::Reset,
        }
    }
}

/// Where an unattended kiosk stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Idle {
    Active,
    /// "Still there?", with the seconds left before the reset.
    Warning {
        left: u32,
    },
    /// Time is up: back to the attract screen, with nothing of this candidate kept.
    Reset,
}
