//! Everything the widget starts outside itself: downloads, the kiosk's clocks, the guard
//! host's way in, events to the host, focus, saved progress and the keep panel.
//! Each is an [`Effect`] that says when it runs again; what it starts is stopped by its
//! [`Teardown`] when it runs again or the widget is removed. One effect type and one
//! `run` function, so Yew's effect hook is compiled once for the widget.

use std::rc::Rc;

use web_sys::Element;
use yew::{NodeRef, UseReducerDispatcher};

use rolefit_core::{
    read_edition, Change, Confirming, ContentErrors, Document, HostEvent, KeepMode, KeepRequest,
    Locale, ProblemsMessage, Wanted,
};

use super::control::Control;
use super::fetch::{fetch_bytes, Download};
use super::keep::{self, Keeping};
use super::live::Live;
use super::{emit, focus};

type Dispatch = UseReducerDispatcher<Live>;

/// An effect runs again when what it watches changes: its fields compared by the derived
/// `PartialEq`, except those in [`Unwatched`], which it only uses.
#[derive(PartialEq)]
pub enum Effect {
    /// Download what the session waits for, from `url`; runs again when that changes.
    Download {
        wanted: Option<Wanted>,
        url: Option<(String, Document)>,
        dispatch: Unwatched<Dispatch>,
    },
    /// Tell the host `event` and move the focus to `focus`, once per `key`.
    Announce {
        key: u32,
        said: Unwatched<(Element, Option<HostEvent>, Option<NodeRef>)>,
    },
    /// Kiosk mode: a second's tick for as long as the widget lives.
    Tick(Unwatched<Option<Dispatch>>),
    /// A kiosk's choice on show as chosen: its time, then `Change::Advance`. A new choice,
    /// or none, stops the timer of the one before.
    Advance(Option<Confirming>, Unwatched<Dispatch>),
    /// For as long as the widget lives, the host's handle reaches it through this control.
    Connect(Unwatched<(Control, yew::Callback<Change>)>),
    /// Progress saved as the candidate goes (`Some(None)`: forget it); the keep panel drawn
    /// on the result as `detail` says.
    Keep {
        save: Option<Option<String>>,
        detail: Option<KeepRequest>,
        keeping: Unwatched<Keeping>,
        later: Unwatched<Option<keep::Later>>,
    },
    /// Problems with the content to tell in Italian or Spanish: the keep module tells them in
    /// the element with this id.
    Explain {
        told: Option<Told>,
        later: Unwatched<Option<keep::Later>>,
    },
    /// Once the quiz is under way: the keep module (`mode`'s build) and the content at the
    /// address, fetched in the background, so the result shows at once, even offline.
    Prefetch {
        ahead: Option<KeepRequest>,
        later: Unwatched<Option<keep::Later>>,
    },
}

/// What an effect uses but does not watch: always equal to another.
pub struct Unwatched<T>(pub T);

impl<T> PartialEq for Unwatched<T> {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

/// What an effect watches by address: the same one, not an equal one.
pub struct Same<T>(pub Rc<T>);

impl<T> PartialEq for Same<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// Problems with the content, for the keep module to tell in the element with id `panel`.
#[derive(PartialEq)]
pub struct Told {
    pub errors: Same<ContentErrors>,
    pub locale: Locale,
    pub mode: KeepMode,
    pub panel: String,
}

/// What an effect started, stopped when dropped: the fields are held only to be dropped.
#[allow(dead_code)]
pub enum Teardown {
    Nothing,
    /// A download whose result is no longer wanted: dropping it aborts it.
    Download(Download),
    Interval(gloo::timers::callback::Interval),
    Connected(Control),
}

impl Drop for Teardown {
    fn drop(&mut self) {
        if let Teardown::Connected(control) = self {
            control.connect(None);
        }
    }
}

pub fn run(effect: &Effect) -> impl FnOnce() {
    let teardown = start(effect);
    move || drop(teardown)
}

fn start(effect: &Effect) -> Teardown {
    match effect {
        Effect::Download {
            wanted: Some(wanted),
            url,
            dispatch,
        } => download(*wanted, url.as_ref(), dispatch.0.clone()),
        Effect::Download { wanted: None, .. } => Teardown::Nothing,
        Effect::Announce {
            said: Unwatched((host, event, heading)),
            ..
        } => {
            if let Some(heading) = heading {
                focus(heading);
            }
            if let Some(event) = event {
                emit(host, event);
            }
            Teardown::Nothing
        }
        Effect::Tick(Unwatched(Some(dispatch))) => {
            let dispatch = dispatch.clone();
            let tick = move || dispatch.dispatch(Change::Tick);
            Teardown::Interval(gloo::timers::callback::Interval::new(1000, tick))
        }
        Effect::Tick(Unwatched(None)) => Teardown::Nothing,
        Effect::Advance(Some(confirming), dispatch) => {
            let (done, dispatch) = (*confirming, dispatch.0.clone());
            let advance = move || dispatch.dispatch(Change::Advance(done));
            // Once is enough: the move it causes ends the confirmation, and with it this
            // interval. An interval, as the tick's, so no second kind of timer is compiled in.
            Teardown::Interval(gloo::timers::callback::Interval::new(
                Confirming::MILLIS,
                advance,
            ))
        }
        Effect::Advance(None, _) => Teardown::Nothing,
        Effect::Connect(Unwatched((control, dispatch))) => {
            control.connect(Some(dispatch.clone()));
            Teardown::Connected(control.clone())
        }
        Effect::Keep {
            save,
            detail,
            keeping: Unwatched(keeping),
            later: Unwatched(later),
        } => {
            if let Some(code) = save {
                keep::save(keeping, code.as_deref());
            }
            if let (Some(detail), Some(later)) = (detail, later) {
                keep::open_panel(later, detail);
            }
            Teardown::Nothing
        }
        Effect::Explain {
            told,
            later: Unwatched(later),
        } => {
            if let (Some(told), Some(later)) = (told, later) {
                let problems = ProblemsMessage::new(told.locale, &told.errors.0);
                keep::explain(later, &told.panel, problems, told.mode);
            }
            Teardown::Nothing
        }
        Effect::Prefetch {
            ahead,
            later: Unwatched(later),
        } => {
            if let (Some(ahead), Some(later)) = (ahead, later) {
                keep::prefetch(later, ahead);
            }
            Teardown::Nothing
        }
    }
}

/// Downloads a language edition and tells the session what came of it, unless the
/// download is dropped first (no longer wanted): then it is aborted and says nothing.
fn download(wanted: Wanted, url: Option<&(String, Document)>, dispatch: Dispatch) -> Teardown {
    let failed = match wanted.first {
        Some(attempt) => Change::LoadFailed(attempt),
        None => Change::Edition(Err(wanted.locale)),
    };
    let Some((url, document)) = url.cloned() else {
        dispatch.dispatch(failed);
        return Teardown::Nothing;
    };
    let at = url.to_string();
    let preloaded = document == Document::QuizEdition;
    Teardown::Download(fetch_bytes(&url, preloaded, move |result| {
        let edition = match result {
            Ok(bytes) => Some(read_edition(&bytes, wanted.locale, document)),
            // Bytes from where they may not come, or no file: not the connection's fault.
            Err(error) => error.problems(&at).map(|p| Err(std::rc::Rc::new(p))),
        };
        let change = match (edition, wanted.first) {
            (Some(edition), Some(attempt)) => Change::Loaded(attempt, edition),
            (Some(edition), None) => Change::Edition(edition.map_err(|_| wanted.locale)),
            (None, _) => failed,
        };
        dispatch.dispatch(change);
    }))
}
