//! The core's session as Yew's reducer state.

use std::rc::Rc;

use yew::Reducible;

use rolefit_core::{Change, Session};

pub struct Live(pub Session);

impl Reducible for Live {
    type Action = Change;

    fn reduce(self: Rc<Self>, change: Change) -> Rc<Self> {
        match self.0.apply(change) {
            Some(session) => Rc::new(Live(session)),
            // Same Rc: Yew 0.23 skips the re-render.
            None => self,
        }
    }
}
