//! The browser edge: mounting, downloads, DOM focus, keyboard events, language detection.
//! Everything here turns browser events into core [`Action`](rolefit_core::Action)s and
//! renders core state; no quiz logic lives here.

mod control;
mod effects;
mod fetch;
mod keep;
mod keys;
mod live;
mod mount;
mod screens;
mod view;
mod widget;

use std::rc::Rc;

use web_sys::Element;
use yew::AttrValue;

use rolefit_core::{ContentErrors, Document, Edition, HostEvent, Locale, Problem, ProblemKind};

pub use control::Control;
pub use keep::{Keeping, Later};
pub use mount::{mount, mount_all, MountError, Mounted};
pub use widget::{Widget, WidgetProps};

/// Where a widget's content comes from.
#[derive(Clone)]
pub enum Source {
    /// The language editions the build writes beside the widget (`rolefit-<tag>.json`),
    /// downloaded from this folder URL as they are needed: a first visit gets one language.
    Editions(AttrValue),
    /// A host's own question bank: one document in every language, downloaded from this
    /// URL (on the page's own origin).
    Bank(AttrValue),
    /// One document already in hand, in every language (or the problems found in it).
    Document(Edition),
}

/// Content never changes once read, so the same document means the same `Rc`: comparing
/// pointers spares the widget a deep comparison (and its code).
impl PartialEq for Source {
    fn eq(&self, other: &Source) -> bool {
        match (self, other) {
            (Source::Editions(a), Source::Editions(b)) | (Source::Bank(a), Source::Bank(b)) => {
                a == b
            }
            (Source::Document(Ok(a)), Source::Document(Ok(b))) => Rc::ptr_eq(a, b),
            (Source::Document(Err(a)), Source::Document(Err(b))) => Rc::ptr_eq(a, b),
            _ => false,
        }
    }
}

impl Source {
    /// The URL of the document the keep module reads: the complete edition, with the roles'
    /// guides, or the host's bank.
    fn keep_url(&self, locale: Locale) -> Option<String> {
        match self {
            Source::Editions(base) => Some(format!("{base}rolefit-{}-complete.json", locale.tag())),
            Source::Bank(url) => Some(url.to_string()),
            Source::Document(_) => None,
        }
    }

    /// The URL of a language's document, and what it is.
    fn edition_url(&self, locale: Locale) -> Option<(String, Document)> {
        match self {
            Source::Editions(base) => Some((
                format!("{base}rolefit-{}.json", locale.tag()),
                Document::QuizEdition,
            )),
            // One document speaks every language: the first download is the only one.
            Source::Bank(url) => Some((url.to_string(), Document::Bank)),
            Source::Document(_) => None,
        }
    }
}

/// A host's bank, if it is on the page's own origin; otherwise the reason it is refused.
pub(crate) fn bank_source(bank: &str) -> Source {
    let document = web_sys::window().and_then(|w| w.document());
    let base = document.and_then(|d| d.base_uri().ok().flatten());
    let url = base.and_then(|base| web_sys::Url::new_with_base(bank, &base).ok());
    let own_origin = web_sys::window().and_then(|w| w.location().origin().ok());
    let refused = match url {
        Some(url) if Some(url.origin()) == own_origin => return Source::Bank(url.href().into()),
        Some(_) => ProblemKind::ForeignBank(bank.to_string()),
        None => ProblemKind::BadBankAddress(bank.to_string()),
    };
    Source::Document(Err(Rc::new(ContentErrors(vec![Problem {
        at: "data-bank".into(),
        kind: refused,
    }]))))
}

/// Sends a `rolefit:*` event from the widget's host element; it bubbles, and crosses
/// shadow roots, so the page can listen anywhere above it. The detail is the core's JSON,
/// made a plain object by the browser's own parser: no field-by-field glue.
fn emit(host: &Element, event: &HostEvent) {
    let init = web_sys::CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(&js_sys::JSON::parse(&event.to_json()).unwrap_or_default());
    if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict(event.name(), &init) {
        let _ = host.dispatch_event(&event);
    }
}

/// `navigator.languages`, most preferred first.
pub(crate) fn browser_languages() -> Vec<String> {
    let Some(navigator) = web_sys::window().map(|w| w.navigator()) else {
        return Vec::new();
    };
    navigator
        .languages()
        .iter()
        .filter_map(|v| v.as_string())
        .collect()
}

/// Moves focus to a new screen's heading, so screen readers announce it and keyboard users
/// continue from there.
fn focus(node: &yew::NodeRef) {
    if let Some(element) = node.cast::<web_sys::HtmlElement>() {
        let _ = element.focus();
    }
}
