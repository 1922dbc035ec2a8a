//! An allocator wrapper that zeroes every block it frees. The widget and the keep module hold
//! a candidate's answers, share code and result while they work; once freed, no scan of
//! their memory finds them again (a kiosk serves one candidate after another). Pure `std`:
//! the wasm crates wrap their own allocator in it.

use std::alloc::{GlobalAlloc, Layout};

pub struct Scrubbing<A>(pub A);

// SAFETY: forwards to the inner allocator, only writing zeros to a block it is handed back
// (of `layout.size()` bytes, owned by the caller until this returns).
unsafe impl<A: GlobalAlloc> GlobalAlloc for Scrubbing<A> {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        self.0.alloc(layout)
    }

    unsafe fn dealloc(&self, block: *mut u8, layout: Layout) {
        block.write_bytes(0, layout.size());
        self.0.dealloc(block, layout)
    }
}
