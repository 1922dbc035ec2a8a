//! RoleFit's widget: the browser edge over the pure core (`rolefit-core`). See
//! ARCHITECTURE.md for the map.

pub mod intro;
#[cfg(target_arch = "wasm32")]
pub mod web;
