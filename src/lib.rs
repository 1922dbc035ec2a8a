//! RoleFit: a career self-assessment widget. See ARCHITECTURE.md for the map.

pub mod core;

#[cfg(target_arch = "wasm32")]
pub mod web;
