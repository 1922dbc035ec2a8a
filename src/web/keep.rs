//! The browser side of keeping a result: saved progress in `localStorage`, the share code in
//! the address, and the call that fills the result's keep panel from a module loaded on
//! demand. The codes themselves are the core's ([`Snapshot`](rolefit_core::Snapshot)).

use wasm_bindgen::prelude::*;
use web_sys::{Element, Storage, Window};

use rolefit_core::{KeepMode, KeepRequest, Locale, Messages, ProblemsMessage, Restore};

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

#[wasm_bindgen]
extern "C" {
    /// The loader's on-demand import of `keep.js` (embed.js's `later`), which keeps what only
    /// the result needs (the keep module: the result's body, role guides, share link,
    /// printing, the image card, the QR code) out of the first download.
    #[derive(Clone, PartialEq)]
    pub type Later;

    /// Hands `request` (a [`KeepRequest`] as JSON text) to `keep.js`, with the element it is
    /// drawn in (none for a prefetch). If the module cannot load (offline), the loader puts
    /// the element's `data-offline` in it, with a `data-retry` button.
    #[wasm_bindgen(method)]
    fn keep(this: &Later, host: Option<&Element>, request: &str);
}

/// Hands `ahead` (a prefetch: the keep module's build and the content, ahead of the result) to
/// the loader, with no element to draw in: `keep.js` only fetches them, and a failure
/// (offline) shows nothing; the result's own call tries again.
pub fn prefetch(later: &Later, ahead: &KeepRequest) {
    later.keep(None, &ahead.to_json());
}

/// Has the keep module tell the content's problems in the element with id `panel`, in the
/// message's language (Italian or Spanish: the widget itself has only the English words).
pub fn explain(later: &Later, panel: &str, problems: ProblemsMessage, mode: KeepMode) {
    let locale = problems.locale;
    ask_keep(
        later,
        panel,
        locale,
        &KeepRequest::Problems { mode, problems },
    );
}

/// Draws the result (its body, the role guides and the keep panel) in the keep container
/// (the element with the message's `panel` id).
pub fn open_panel(later: &Later, request: &KeepRequest) {
    if let KeepRequest::Result(message) = request {
        ask_keep(later, &message.panel, message.locale, request);
    }
}

/// Hands the element with id `panel` to the keep module with `request`, after telling it
/// what to say in `locale` if the module cannot load.
fn ask_keep(later: &Later, panel: &str, locale: Locale, request: &KeepRequest) {
    let element = window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(panel));
    if let Some(element) = element {
        let m = Messages::get(locale);
        let _ = element.set_attribute("data-offline", m.keep_offline);
        let _ = element.set_attribute("data-retry", m.retry);
        later.keep(Some(&element), &request.to_json());
    }
}
