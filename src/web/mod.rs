//! The browser edge: mounting, DOM focus, keyboard events, language detection.
//! Everything here turns browser events into core [`Action`](crate::core::Action)s and
//! renders core state; no quiz logic lives here.

mod app;
mod question;
mod result;

use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::Element;

use crate::core::{Content, ContentErrors, Locale};

pub use app::{Widget, WidgetProps};

/// Mounts a widget on every `[data-rolefit]` element of the page that has none yet.
/// The built-in content is parsed once and shared read-only; each widget has its own state.
pub fn mount_all() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Ok(found) = document.query_selector_all("[data-rolefit]:not([data-rolefit-mounted])")
    else {
        return;
    };
    let content = Content::parse(crate::core::BUILT_IN_CONTENT)
        .map(Rc::new)
        .map_err(Rc::new);
    for i in 0..found.length() {
        let Some(element) = found.item(i).and_then(|n| n.dyn_into::<Element>().ok()) else {
            continue;
        };
        mount(element, content.clone(), i);
    }
}

fn mount(element: Element, content: Result<Rc<Content>, Rc<ContentErrors>>, index: u32) {
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
        content,
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
