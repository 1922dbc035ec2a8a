//! The widget's entry point: `embed.js` loads the wasm, then calls [`mount`] for each
//! element that is to hold a widget.

#[cfg(target_arch = "wasm32")]
use wasm_bindgen::prelude::*;

/// A widget on the page, as the host's script holds it.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen]
pub struct Handle(rolefit::web::Mounted);

#[cfg(target_arch = "wasm32")]
#[wasm_bindgen]
impl Handle {
    /// Shows the widget in the language of `tag` (`it`, `es` or `en`; embed.js has checked it).
    pub fn set_language(&self, tag: &str) {
        if let Ok(locale) = rolefit_core::Locale::from_tag(tag) {
            self.0.set_language(locale);
        }
    }

    /// Takes the widget off the page, stopping everything it started.
    pub fn unmount(&mut self) {
        self.0.unmount();
    }
}

/// Mounts a widget on `element`, with the settings of its `data-` attributes; `None` if it
/// already holds one (embed.js says so to the page). `base` is the URL of the folder holding
/// the widget's files, ending in `/`; `later` imports the keep module on demand:
/// `{ keep(element, request) }`.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen]
pub fn mount(element: web_sys::Element, base: &str, later: rolefit::web::Later) -> Option<Handle> {
    let source = rolefit::web::Source::Editions(base.to_string().into());
    rolefit::web::mount(element, source, Some(later))
        .ok()
        .map(Handle)
}

/// A small free-list allocator (blocks coalesce when freed) instead of the standard one:
/// about 3 KB less to download, and the widget runs on one thread. What it frees is zeroed,
/// so a kiosk's next candidate finds nothing of the last one in memory.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: rolefit_core::scrub::Scrubbing<
    lol_alloc::AssumeSingleThreaded<lol_alloc::FreeListAllocator>,
> = rolefit_core::scrub::Scrubbing(
    // SAFETY: wasm32 without threads: the widget never allocates from two threads.
    unsafe { lol_alloc::AssumeSingleThreaded::new(lol_alloc::FreeListAllocator::new()) },
);

fn main() {}
