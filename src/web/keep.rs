//! The browser side of keeping a result: saved progress in `localStorage`, the share code in
//! the address, and the call that fills the result's keep panel from a module loaded on
//! demand. The codes themselves are the core's ([`Snapshot`](rolefit_core::Snapshot)).

use wasm_bindgen::JsValue;
use web_sys::{Storage, Window};

use rolefit_core::Restore;

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

/// What the widget picks up from: a share link in the address, or saved progress
/// ([`Restore::choose`] decides).
pub fn restore(keeping: &Keeping) -> Restore {
    let hash = window().and_then(|w| w.location().hash().ok());
    Restore::choose(hash.as_deref(), || match keeping {
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

/// Fills the result's keep panel (the element with id `panel`) through `later`, the loader's
/// on-demand import of `keep.js`. If that cannot load (offline), the panel stays empty and
/// hidden; the result itself is all there.
pub fn open_panel(later: &js_sys::Function, panel: &str, detail: &str) {
    let element = window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(panel));
    if let Some(element) = element {
        let _ = later.call3(&JsValue::NULL, &"keep.js".into(), &element, &detail.into());
    }
}
