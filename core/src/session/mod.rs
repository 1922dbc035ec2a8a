//! One widget's whole state, as a pure state machine: loading and the language editions,
//! picking up from a share link or saved progress, notices, whose result is shown, the
//! kiosk's idle count and reset, and the quiz itself. The edge turns browser events into
//! [`Change`]s, runs what [`Session::download`] and the counters ask for, and renders.

use std::rc::Rc;

use crate::kiosk::{Idle, Mode};
use crate::length::Length;
use crate::locale::Locale;
use crate::model::Content;
use crate::parse::MAX_DOCUMENT_BYTES;
use crate::problems::{ContentErrors, Problem, ProblemKind};
use crate::quiz::{Action, Quiz};
use crate::snapshot::{Snapshot, SnapshotError};
use crate::step::Step;

mod advance;
mod apply;

pub use advance::Confirming;

/// A language edition as read: the content, or every problem found in it.
pub type Edition = Result<Rc<Content>, Rc<ContentErrors>>;

/// What a downloaded document is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Document {
    /// One of the build's quiz editions, which leave the texts that explain a result to the
    /// complete editions the keep module reads.
    QuizEdition,
    /// A host's question bank: the keep module reads it too, so it must explain results.
    Bank,
}

/// Reads a downloaded document, as it came: it must be valid UTF-8 and valid content, speak
/// the language asked for and, for a bank, explain its results.
pub fn read_edition(bytes: &[u8], locale: Locale, document: Document) -> Edition {
    let missing = |at: &str, kind| {
        Err(Rc::new(ContentErrors(vec![Problem {
            at: at.into(),
            kind,
        }])))
    };
    // Too large to be any quiz: refused unread, told as a number out of range (no words of
    // its own to download).
    if bytes.len() > MAX_DOCUMENT_BYTES {
        let (value, max) = (bytes.len().to_string(), MAX_DOCUMENT_BYTES as i32);
        let kind = ProblemKind::OutOfRange { value, min: 0, max };
        return missing("(document) size in bytes", kind);
    }
    match Content::parse_bytes(bytes) {
        Ok(content) if !content.speaks(locale) => {
            missing("locales", ProblemKind::MissingLocale(locale))
        }
        Ok(content) if document == Document::Bank && content.lean().is_none() => {
            missing("lean", ProblemKind::Missing)
        }
        Ok(content) if content.words().is_none() => missing("words", ProblemKind::Missing),
        Ok(content) => Ok(Rc::new(content)),
        Err(errors) => Err(Rc::new(errors)),
    }
}

/// What a widget found to pick up from, at mount.
#[derive(Clone, Debug, PartialEq)]
pub enum Restore {
    Nothing,
    /// A share code in the page's address.
    Link(String),
    /// Progress saved on this device.
    Saved(String),
}

/// Whose result is on screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Viewing {
    /// The candidate's own answers, saved as they go.
    Own,
    /// Answers from a share link: shown, never saved over the candidate's own.
    Shared,
}

/// Something to say above the screen, until the candidate acts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Notice {
    Link(SnapshotError),
    SavedDiscarded,
}

/// How far the widget has got with its content.
#[derive(Clone, Debug, PartialEq)]
pub enum Phase {
    /// Waiting for the first language edition.
    Loading,
    Ready,
    /// The content was read and found wrong: every problem, with where it is.
    Invalid(Rc<ContentErrors>),
    /// The download failed or never answered; the candidate can try again.
    Failed,
}

/// How the screen on show was reached: what the host is told about it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Arrival {
    /// Shown as the widget opened (the intro, or where saved progress left off).
    Opened,
    /// The candidate pressed Start.
    Started,
    /// The candidate answered the last question: a result finished in this page session.
    Finished,
    /// A result from a share link, opened as the content arrived.
    Shared,
    /// A kiosk's next candidate: its attract screen again, after inactivity or Start over.
    Reset,
    /// Any other move: Next, Back, Start over on a page.
    Moved,
}

/// A download the session is waiting for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Wanted {
    pub locale: Locale,
    /// The first edition (its attempt number, bumped by "Try again"), or one the candidate
    /// switched to afterwards.
    pub first: Option<u32>,
}

/// What changes a session.
#[derive(Clone, Debug, PartialEq)]
pub enum Change {
    Quiz(Action),
    /// An option tapped or clicked, not chosen by a key: on a kiosk, a single choice moves
    /// on by itself ([`Confirming`]).
    Tap(Action),
    /// A confirmation's time is up.
    Advance(Confirming),
    /// The candidate picked a language; its edition may still have to be downloaded.
    SwitchLanguage(Locale),
    /// The first edition of this attempt arrived, or was found wrong.
    Loaded(u32, Edition),
    /// The first edition of this attempt could not be downloaded.
    LoadFailed(u32),
    Retry,
    /// A language's edition arrived, or could not be had (`Err` with the language).
    Edition(Result<Rc<Content>, Locale>),
    /// A second has passed (kiosk mode).
    Tick,
    /// The candidate touched or typed (kiosk mode).
    Activity,
}

/// One widget's state. Fields are private: every change goes through [`Session::apply`].
#[derive(Clone, Debug, PartialEq)]
pub struct Session {
    phase: Phase,
    /// Every language edition read so far: all the same quiz, so answers hold across them.
    editions: Vec<Rc<Content>>,
    quiz: Quiz,
    /// The language the candidate chose last whose edition is still on its way.
    awaiting: Option<Locale>,
    /// A language whose texts could not be downloaded, said until a language works.
    unavailable: Option<Locale>,
    attempt: u32,
    /// The candidate has acted: from then on each new screen takes the focus.
    interacted: bool,
    /// Read when the first content arrives, then `Nothing`.
    pending: Restore,
    viewing: Viewing,
    notice: Option<Notice>,
    mode: Mode,
    /// The language a kiosk returns to for the next candidate.
    home: Locale,
    /// Seconds without input, counted in kiosk mode.
    idle: u32,
    /// Bumped on every change of screen, with how it was reached.
    screens: u32,
    arrival: Arrival,
    /// A kiosk's single choice on show as chosen, before the quiz moves on by itself.
    confirming: Option<Confirming>,
    /// Confirmations started so far: each one's ticket.
    confirmations: u32,
}

impl Session {
    /// A widget's session as it opens: `document` is the content already in hand, if any
    /// (otherwise the first edition is downloaded: see [`Session::download`]).
    pub fn new(
        locale: Locale,
        restore: Restore,
        mode: Mode,
        length: Length,
        document: Option<Edition>,
    ) -> Self {
        let mut session = Session {
            phase: Phase::Loading,
            editions: Vec::new(),
            quiz: Quiz::of_length(locale, length),
            awaiting: None,
            unavailable: None,
            attempt: 0,
            interacted: false,
            pending: restore,
            viewing: Viewing::Own,
            notice: None,
            mode,
            home: locale,
            idle: 0,
            screens: 0,
            arrival: Arrival::Opened,
            confirming: None,
            confirmations: 0,
        };
        match document {
            Some(Ok(content)) => session.arrive(content),
            Some(Err(errors)) => session.phase = Phase::Invalid(errors),
            None => {}
        }
        session
    }

    pub fn phase(&self) -> &Phase {
        &self.phase
    }

    pub fn quiz(&self) -> &Quiz {
        &self.quiz
    }

    pub fn locale(&self) -> Locale {
        self.quiz.locale
    }

    pub fn step(&self) -> Step {
        self.quiz.step
    }

    pub fn viewing(&self) -> Viewing {
        self.viewing
    }

    pub fn notice(&self) -> Option<Notice> {
        self.notice
    }

    pub fn unavailable(&self) -> Option<Locale> {
        self.unavailable
    }

    pub fn mode(&self) -> Mode {
        self.mode
    }

    pub fn attempt(&self) -> u32 {
        self.attempt
    }

    pub fn interacted(&self) -> bool {
        self.interacted
    }

    /// The number of screen changes so far, and how the current screen was reached.
    pub fn screen(&self) -> (u32, Arrival) {
        (self.screens, self.arrival)
    }

    /// The content in the language on show, once the widget is ready.
    pub fn content(&self) -> Option<&Rc<Content>> {
        match self.phase {
            Phase::Ready => self.edition(self.quiz.locale),
            _ => None,
        }
    }

    /// Whether the edition of `locale` is already in hand.
    pub fn has_edition(&self, locale: Locale) -> bool {
        self.edition(locale).is_some()
    }

    /// The download the session waits for: the first edition while loading, then the
    /// edition of the language the candidate chose last. Anything else in flight is no
    /// longer wanted, and what it brings is ignored.
    pub fn download(&self) -> Option<Wanted> {
        match self.phase {
            Phase::Loading => Some(Wanted {
                locale: self.quiz.locale,
                first: Some(self.attempt),
            }),
            Phase::Ready => self.awaiting.map(|locale| Wanted {
                locale,
                first: None,
            }),
            Phase::Invalid(_) | Phase::Failed => None,
        }
    }

    /// Where an unattended kiosk stands; always active elsewhere.
    pub fn idle(&self) -> Idle {
        match self.mode {
            Mode::Kiosk(timeouts) => timeouts.after(self.quiz.step, self.idle),
            Mode::Embedded => Idle::Active,
        }
    }

    /// Where the candidate stands, as a code to save: `None` when nothing is to be kept (a
    /// fresh start, or a result from a link, which is never saved over their own).
    pub fn progress(&self) -> Option<Snapshot> {
        let fresh = self.quiz.step == Step::Intro && self.quiz.answers.is_empty();
        (self.phase == Phase::Ready && self.viewing == Viewing::Own && !fresh)
            .then(|| self.quiz.snapshot())
    }

    fn edition(&self, locale: Locale) -> Option<&Rc<Content>> {
        self.editions.iter().find(|c| c.speaks(locale))
    }
}

impl Restore {
    /// What a widget picks up from: a share code in the address's fragment wins over
    /// progress saved on the device (read only when there is no link).
    pub fn choose(fragment: Option<&str>, saved: impl FnOnce() -> Option<String>) -> Restore {
        match fragment.and_then(crate::snapshot::share_code) {
            Some(code) => Restore::Link(code.to_string()),
            None => saved().map_or(Restore::Nothing, Restore::Saved),
        }
    }
}
