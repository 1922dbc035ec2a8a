//! What the session tests share: the shipped content as one language's edition, a kiosk with
//! short timeouts, and a change that must change something.

use std::rc::Rc;

use rolefit_core::*;

/// The shipped content as the build's edition for one language.
pub fn edition(locale: Locale) -> Rc<Content> {
    let mut doc: serde_json::Value = serde_json::from_str(BUILT_IN_CONTENT).unwrap();
    doc["locales"] = serde_json::json!([locale.tag()]);
    Rc::new(Content::parse(&doc.to_string()).unwrap_or_else(|e| panic!("{e}")))
}

pub fn kiosk() -> Mode {
    Mode::Kiosk(Timeouts {
        idle: 3,
        result: 5,
        warning: 2,
    })
}

pub fn apply(session: &Session, change: Change) -> Session {
    session
        .apply(change.clone())
        .unwrap_or_else(|| panic!("{change:?} changed nothing"))
}
