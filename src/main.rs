//! The widget's entry point: `embed.js` loads the wasm, then calls [`mount`] with the
//! folder it was served from, where the content's language editions are.

#[cfg(target_arch = "wasm32")]
use wasm_bindgen::prelude::wasm_bindgen;

/// Mounts a widget on every `[data-rolefit]` element not mounted yet. `base` is the URL of
/// the folder holding the widget's files, ending in `/`; `later` imports one of them on
/// demand: `(file, detail) => Promise`.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen]
pub fn mount(base: &str, later: js_sys::Function) {
    let source = rolefit::web::Source::Editions(base.to_string().into());
    rolefit::web::mount_all(source, Some(later));
}

/// A small free-list allocator (blocks coalesce when freed) instead of the standard one:
/// about 3 KB less to download, and the widget runs on one thread.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: lol_alloc::AssumeSingleThreaded<lol_alloc::FreeListAllocator> =
    // SAFETY: wasm32 without threads: the widget never allocates from two threads.
    unsafe { lol_alloc::AssumeSingleThreaded::new(lol_alloc::FreeListAllocator::new()) };

fn main() {}
