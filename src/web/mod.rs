//! The browser edge: mounting, downloads, DOM focus, keyboard events, language detection.
//! Everything here turns browser events into core [`Action`](crate::core::Action)s and
//! renders core state; no quiz logic lives here.

mod app;
mod fetch;
mod question;
mod result;

use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::Element;
use yew::AttrValue;

use crate::core::{Content, ContentErrors, Locale};

pub use app::{Widget, WidgetProps};

/// Where a widget's content comes from.
#[derive(Clone)]
pub enum Source {
    /// The language editions the build writes beside the widget (`rolefit-<tag>.json`),
    /// downloaded from this folder URL as they are needed: a first visit gets one language.
    Editions(AttrValue),
    /// One document already in hand, in every language (or the problems found in it).
    Document(Result<Rc<Content>, Rc<ContentErrors>>),
}

/// Content never changes once read, so the same document means the same `Rc`: comparing
/// pointers spares the widget a deep comparison (and its code).
impl PartialEq for Source {
    fn eq(&self, other: &Source) -> bool {
        match (self, other) {
            (Source::Editions(a), Source::Editions(b)) => a == b,
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
            Source::Document(_) => None,
        }
    }
}

/// Mounts a widget on every `[data-rolefit]` element of the page that has none yet.
/// Each widget has its own state; nothing is shared between them but the browser's cache.
pub fn mount_all(source: Source) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Ok(found) = document.query_selector_all("[data-rolefit]:not([data-rolefit-mounted])")
    else {
        return;
    };
    for i in 0..found.length() {
        let Some(element) = found.item(i).and_then(|n| n.dyn_into::<Element>().ok()) else {
            continue;
        };
        mount(element, source.clone(), i);
    }
}

fn mount(element: Element, source: Source, index: u32) {
    let _ = element.set_attribute("data-rolefit-mounted", "");
    let requested = element.get_attribute("data-lang");
    let (locale, unknown) = Locale::negotiate(
        requested.as_deref(),
        browser_languages().iter().map(String::as_str),
    );
    if let Some(unknown) = unknown {
        gloo::console::warn!(unknown.to_string());
    }
    // Ids inside the widget must be unique on the page, even with several widgets.
    let instance = match element.id() {
        id if !id.is_empty() => format!("{id}-w"),
        _ => format!("rolefit-{index}"),
    };
    let props = WidgetProps {
        source,
        locale,
        instance: instance.into(),
    };
    yew::Renderer::<Widget>::with_root_and_props(element, props).render();
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
