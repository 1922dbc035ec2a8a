//! Putting a widget on an element, and taking it off again without a trace.

use wasm_bindgen::JsCast;
use web_sys::Element;
use yew::AppHandle;

use rolefit_core::{AnswersInEvents, Change, Length, Locale, Mode, Restore, Timeouts};

use super::control::Control;
use super::keep::{self, Keeping};
use super::widget::{Widget, WidgetProps};
use super::{bank_source, browser_languages, Source};

/// A widget on the page: its element, the node it renders into, and its way in.
pub struct Mounted {
    host: Element,
    root: Element,
    app: Option<AppHandle<Widget>>,
    control: Control,
}

impl Mounted {
    /// Shows the widget in `locale`, downloading its texts if needed.
    pub fn set_language(&self, locale: Locale) {
        self.control.send(Change::SwitchLanguage(locale));
    }

    /// Removes the widget: Yew runs every effect's teardown (timers, downloads, listeners),
    /// the node it rendered into leaves the page, and the element is as the page made it.
    pub fn unmount(&mut self) {
        if let Some(app) = self.app.take() {
            self.control.connect(None);
            app.destroy();
            self.root.remove();
            let _ = self.host.remove_attribute("data-rolefit-mounted");
        }
    }
}

/// Why an element cannot take a widget.
#[derive(Debug, PartialEq)]
pub enum MountError {
    AlreadyMounted,
    NoDocument,
}

impl std::fmt::Display for MountError {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str(match self {
            MountError::AlreadyMounted => {
                "RoleFit: this element already holds a widget; unmount it first"
            }
            MountError::NoDocument => "RoleFit: no document to mount in",
        })
    }
}

/// Mounts a widget on every `[data-rolefit]` element of the page that has none yet.
pub fn mount_all(source: Source, later: Option<keep::Later>) -> Vec<Mounted> {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return Vec::new();
    };
    let Ok(found) = document.query_selector_all("[data-rolefit]:not([data-rolefit-mounted])")
    else {
        return Vec::new();
    };
    (0..found.length())
        .filter_map(|i| found.item(i)?.dyn_into::<Element>().ok())
        .filter_map(|element| mount(element, source.clone(), later.clone()).ok())
        .collect()
}

/// The lowest number no widget on the page holds: ids and saved progress never clash, and a
/// widget mounted again in the same place (a single-page site's route) finds its progress.
fn free_number(document: &web_sys::Document) -> u32 {
    let taken = |n| {
        let selector = format!("[data-rolefit-mounted=\"{n}\"]");
        document.query_selector(&selector).ok().flatten().is_some()
    };
    (0..).find(|&n| !taken(n)).unwrap_or(0)
}

/// Mounts one widget on `element`, with the settings of its `data-` attributes (the loader
/// has checked them and applied the visual ones). Each widget has its own state; nothing
/// is shared between them but the browser's cache.
pub fn mount(
    element: Element,
    source: Source,
    later: Option<keep::Later>,
) -> Result<Mounted, MountError> {
    if element.has_attribute("data-rolefit-mounted") {
        return Err(MountError::AlreadyMounted);
    }
    let document = element.owner_document().ok_or(MountError::NoDocument)?;
    let number = free_number(&document);
    let _ = element.set_attribute("data-rolefit-mounted", &number.to_string());
    let setting = |name: &str| element.get_attribute(name);
    let requested = setting("data-lang");
    let (locale, unknown) = Locale::negotiate(
        requested.as_deref(),
        browser_languages().iter().map(String::as_str),
    );
    if let Some(unknown) = unknown {
        gloo::console::warn!(unknown.to_string());
    }
    let source = match setting("data-bank") {
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
        _ => format!("rolefit-{number}"),
    };
    let mode = match setting("data-mode").as_deref() {
        Some("kiosk") => Mode::Kiosk(Timeouts::from_settings(
            setting("data-idle-seconds").as_deref(),
            setting("data-result-seconds").as_deref(),
            setting("data-warning-seconds").as_deref(),
        )),
        _ => Mode::Embedded,
    };
    // A value the loader did not understand has been dropped with its warning.
    let length = setting("data-length")
        .and_then(|value| Length::from_setting(&value).ok())
        .unwrap_or(Length::default_for(mode));
    // Each widget saves under its own key, so two on a page keep apart; a kiosk keeps
    // nothing, and shows no share link from its address. A share link belongs to the first
    // widget on the page: the others show their own progress, so "Take the quiz yourself"
    // (which takes the code out of the address) leaves no other widget showing it.
    let keeping = match mode {
        Mode::Embedded => Keeping::Saved(format!("rolefit:{instance}")),
        Mode::Kiosk(_) => Keeping::Nowhere,
    };
    let restore = match mode {
        Mode::Embedded => keep::restore(&keeping, number == 0),
        Mode::Kiosk(_) => Restore::Nothing,
    };
    // Yew renders into a node of its own, which leaves with the widget: the listeners Yew
    // puts on its root go with it, and the element is left as the page made it.
    let root = document
        .create_element("div")
        .map_err(|_| MountError::NoDocument)?;
    let _ = root.set_attribute("data-rolefit-root", "");
    let _ = element.append_child(&root);
    let control = Control::default();
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
        length,
        control: control.clone(),
    };
    let app = yew::Renderer::<Widget>::with_root_and_props(root.clone(), props).render();
    Ok(Mounted {
        host: element,
        root,
        app: Some(app),
        control,
    })
}
