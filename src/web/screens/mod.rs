//! The widget's screens, one file each, drawn from a [`View`](crate::web::view::View).

mod frame;
mod intro;
mod question;
mod result;
mod status;

pub use frame::{header, notice, still_there, unavailable};
pub use intro::intro_screen;
pub use question::question_screen;
pub use result::result_screen;
pub use status::{failed_screen, invalid_screen, loading_screen};
