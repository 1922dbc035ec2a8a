//! The browser side of keeping a result: saved progress in `localStorage`, the share code in
//! the address, and the call that fills the result's keep panel from a module loaded on
//! demand. The codes themselves are the core's ([`Snapshot`](rolefit_core::Snapshot)).

use wasm_bindgen::JsValue;
use web_sys::{Storage, Window};

use rolefit_core::{KeepMessage, KeepMode, Locale, Messages, ProblemsMessage, Restore};

/// Where a widget keeps its progress, and whether it does.
#[derive(Clone, PartialEq)]
pub enum Keeping {
    /// In `localStorage`, under this key.
    Saved(String),
    /// Nowhere: a kiosk, which keeps nothing between candidates (and a widget a test mounts).
    /// Where storage is blocked, `Saved` quietly keeps nothing too.
    Nowhere,
}

fn window() -> Option<Window> {
    web_sys::window()
}

fn storage() -> Option<Storage> {
    // Throws in sandboxed frames and with storage blocked: the widget then keeps nothing.
    window()?.local_storage().ok().flatten()
}

/// What the widget picks up from: a share link in the address (read only by the widget
/// that `reads_link`, the page's first), or saved progress ([`Restore::choose`] decides).
pub fn restore(keeping: &Keeping, reads_link: bool) -> Restore {
    let hash = window().and_then(|w| w.location().hash().ok());
    Restore::choose(hash.as_deref().filter(|_| reads_link), || match keeping {
        Keeping::Saved(key) => storage()?.get_item(key).ok().flatten(),
        Keeping::Nowhere => None,
    })
}

/// Saves the progress code, or forgets it (`None`).
pub fn save(keeping: &Keeping, code: Option<&str>) {
    let (Keeping::Saved(key), Some(storage)) = (keeping, storage()) else {
        return;
    };
    // A full or blocked storage only means progress is not kept.
    let _ = match code {
        Some(code) => storage.set_item(key, code),
        None => storage.remove_item(key),
    };
}

/// The page's address without its fragment.
fn page_address() -> String {
    let href = window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    match href.split_once('#') {
        Some((page, _)) => page.to_string(),
        None => href,
    }
}

/// Takes a share code out of the address, once the candidate has left the shared result,
/// so that a reload shows their own progress.
pub fn forget_link() {
    if let Some(history) = window().and_then(|w| w.history().ok()) {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&page_address()));
    }
}

/// Asks the loader for the keep module (`mode`'s build) and the content at `content` ahead
/// of the result, with no element to draw in: `keep.js` only fetches them, and a failure
/// (offline) shows nothing; the result's own call tries again.
pub fn prefetch(later: &js_sys::Function, mode: KeepMode, content: &str) {
    let none = JsValue::NULL;
    let _ = later.call5(
        &none,
        &"keep.js".into(),
        &none,
        &none,
        &mode.module().into(),
        &content.into(),
    );
}

/// Has the keep module tell the content's problems in the element with id `panel`, in the
/// message's language (Italian or Spanish: the widget itself has only the English words).
pub fn explain(later: &js_sys::Function, panel: &str, message: &ProblemsMessage, mode: KeepMode) {
    let json = message.to_json();
    ask_keep(later, panel, message.locale, &json, mode, "");
}

/// Draws the result (its body, the role guides and the keep panel) in the keep container
/// (the element with the message's `panel` id).
pub fn open_panel(later: &js_sys::Function, message: &KeepMessage) {
    let json = message.to_json();
    ask_keep(
        later,
        &message.panel,
        message.locale,
        &json,
        message.mode,
        &message.content,
    );
}

/// Hands the element with id `panel` to `later`, the loader's on-demand import of
/// `keep.js`, with the message as JSON text (the keep module reads it with the core's
/// reader), the build to load and where the content is (none: no content to read). If that
/// cannot load (offline), the loader puts `data-offline` and a `data-retry` button in the
/// element, in the candidate's language.
fn ask_keep(
    later: &js_sys::Function,
    panel: &str,
    locale: Locale,
    json: &str,
    mode: KeepMode,
    content: &str,
) {
    let element = window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(panel));
    if let Some(element) = element {
        let m = Messages::get(locale);
        let _ = element.set_attribute("data-offline", m.keep_offline);
        let _ = element.set_attribute("data-retry", m.retry);
        let _ = later.call5(
            &JsValue::NULL,
            &"keep.js".into(),
            &element,
            &json.into(),
            &mode.module().into(),
            &content.into(),
        );
    }
}
