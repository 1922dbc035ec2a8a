//! The way in to a widget from the host page's handle: shared by the mount, which holds the
//! handle, and the widget, which connects it while it lives.

use std::cell::RefCell;
use std::rc::Rc;

use yew::Callback;

use rolefit_core::Change;

/// The way in for changes from the host page (a new language): the widget fills it with its
/// dispatcher while it lives.
#[derive(Clone, Default)]
pub struct Control(Rc<RefCell<Option<Callback<Change>>>>);

impl PartialEq for Control {
    fn eq(&self, other: &Control) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl Control {
    pub(crate) fn connect(&self, to: Option<Callback<Change>>) {
        *self.0.borrow_mut() = to;
    }

    pub(crate) fn send(&self, change: Change) {
        if let Some(callback) = self.0.borrow().as_ref() {
            callback.emit(change);
        }
    }
}
