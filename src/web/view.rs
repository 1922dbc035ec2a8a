//! What every screen is drawn from.

use yew::prelude::*;

use rolefit_core::{Action, Content, Locale, Messages, Quiz};

pub struct View<'a> {
    pub content: &'a Content,
    pub quiz: &'a Quiz,
    pub locale: Locale,
    pub m: &'static Messages,
    pub dispatch: Callback<Action>,
    /// The screen's heading, which takes the focus when the screen changes.
    pub heading: NodeRef,
    /// Prefix for element ids, unique on the page.
    pub instance: &'a str,
}

impl View<'_> {
    pub fn send(&self, action: Action) -> Callback<MouseEvent> {
        self.dispatch.reform(move |_| action.clone())
    }

    /// An id unique to this widget on the page.
    pub fn id(&self, local: &str) -> String {
        let mut id = String::from(self.instance);
        id.push('-');
        id.push_str(local);
        id
    }
}
