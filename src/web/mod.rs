//! The browser edge: mounting, downloads, DOM focus, keyboard events, language detection.
//! Everything here turns browser events into core [`Action`](rolefit_core::Action)s and
//! renders core state; no quiz logic lives here.

mod app;
mod fetch;
mod keep;
mod question;
mod result;

use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::Element;
use yew::AttrValue;

use rolefit_core::{
    AnswersInEvents, Content, ContentErrors, HostEvent, Locale, Mode, Problem, ProblemKind,
    Timeouts,
};

pub use app::{Widget, WidgetProps};
pub use keep::{Keeping, Restore};

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
    Document(Result<Rc<Content>, Rc<ContentErrors>>),
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
    /// The URL of a language edition, for [`Source::Editions`].
    fn edition_url(&self, locale: Locale) -> Option<String> {
        match self {
            Source::Editions(base) => Some(format!("{base}rolefit-{}.json", locale.tag())),
            // One document speaks every language: the first download is the only one.
            Source::Bank(url) => Some(url.to_string()),
            Source::Document(_) => None,
        }
    }
}

/// Mounts a widget on every `[data-rolefit]` element of the page that has none yet.
/// Each widget has its own state; nothing is shared between them but the browser's cache.
pub fn mount_all(source: Source, later: Option<js_sys::Function>) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Ok(found) = document.query_selector_all("[data-rolefit]:not([data-rolefit-mounted])")
    else {
        return;
    };
    // Numbered after the widgets already on the page, so ids and saved progress never clash.
    let mounted = document
        .query_selector_all("[data-rolefit-mounted]")
        .map_or(0, |m| m.length());
    for i in 0..found.length() {
        let Some(element) = found.item(i).and_then(|n| n.dyn_into::<Element>().ok()) else {
            continue;
        };
        mount(element, source.clone(), mounted + i, later.clone());
    }
}

fn mount(element: Element, source: Source, index: u32, later: Option<js_sys::Function>) {
    let _ = element.set_attribute("data-rolefit-mounted", "");
    let requested = element.get_attribute("data-lang");
    let (locale, unknown) = Locale::negotiate(
        requested.as_deref(),
        browser_languages().iter().map(String::as_str),
    );
    if let Some(unknown) = unknown {
        gloo::console::warn!(unknown.to_string());
    }
    // The loader (embed.js) has checked the other settings and applied the visual ones.
    let source = match element.get_attribute("data-bank") {
        Some(bank) if !bank.trim().is_empty() => bank_source(&bank),
        _ => source,
    };
    let answers_in_events = match element.has_attribute("data-include-answers") {
        true => AnswersInEvents::Included,
        false => AnswersInEvents::Omitted,
    };
    // Ids inside the widget must be unique on the page, even with several widgets.
    let instance = match element.id() {
        id if !id.is_empty() => format!("{id}-w"),
        _ => format!("rolefit-{index}"),
    };
    let setting = |name: &str| element.get_attribute(name);
    let mode = match setting("data-mode").as_deref() {
        Some("kiosk") => Mode::Kiosk(Timeouts::from_settings(
            setting("data-idle-seconds").as_deref(),
            setting("data-result-seconds").as_deref(),
            setting("data-warning-seconds").as_deref(),
        )),
        _ => Mode::Embedded,
    };
    // Each widget saves under its own key, so two on a page keep apart; a kiosk keeps
    // nothing, and shows no share link from its address. A share link belongs to the first
    // widget on the page: the others show their own progress, so "Take the quiz yourself"
    // (which takes the code out of the address) leaves no other widget showing it.
    let keeping = match mode {
        Mode::Embedded => Keeping::Saved(format!("rolefit:{instance}")),
        Mode::Kiosk(_) => Keeping::Nowhere,
    };
    let restore = match mode {
        Mode::Embedded => keep::restore(&keeping, index == 0),
        Mode::Kiosk(_) => Restore::Nothing,
    };
    let props = WidgetProps {
        source,
        locale,
        instance: instance.into(),
        host: element.clone(),
        answers_in_events,
        restore,
        keeping,
        later,
        mode,
    };
    yew::Renderer::<Widget>::with_root_and_props(element, props).render();
}

/// A host's bank, if it is on the page's own origin; otherwise the reason it is refused.
fn bank_source(bank: &str) -> Source {
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
fn browser_languages() -> Vec<String> {
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
