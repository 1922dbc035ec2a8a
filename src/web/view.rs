//! What every screen is drawn from.

use yew::prelude::*;

use rolefit_core::{Action, Change, Content, Locale, Quiz, Word, Words};

pub struct View<'a> {
    pub content: &'a Content,
    pub quiz: &'a Quiz,
    pub locale: Locale,
    /// The widget's own words, in the language on show.
    pub m: Say<'a>,
    /// The candidate's acts, to the session.
    pub dispatch: Callback<Change>,
    /// The screen's heading, which takes the focus when the screen changes.
    pub heading: NodeRef,
    /// Prefix for element ids, unique on the page.
    pub instance: &'a str,
}

impl View<'_> {
    /// A click that sends `action`, unless it is the second of a double click or tap: that
    /// one lands on whatever the first one opened, which the candidate has not seen yet.
    pub fn send(&self, action: Action) -> Callback<MouseEvent> {
        let dispatch = self.dispatch.clone();
        Callback::from(move |event: MouseEvent| {
            if deliberate(&event) {
                dispatch.emit(Change::Quiz(action.clone()));
            }
        })
    }

    /// An id unique to this widget on the page.
    pub fn id(&self, local: &str) -> String {
        let mut id = String::from(self.instance);
        id.push('-');
        id.push_str(local);
        id
    }
}

/// The widget's words in one language, as the screens ask for them.
#[derive(Clone, Copy)]
pub struct Say<'a> {
    pub words: &'a Words,
    pub locale: Locale,
}

impl<'a> Say<'a> {
    pub fn get(self, word: Word) -> &'a str {
        self.words.get(word, self.locale)
    }

    /// The word as a text node.
    pub fn text(self, word: Word) -> Html {
        text(self.get(word))
    }

    /// The word with its placeholders filled: `{name}` by the value given for `name`.
    pub fn fill(self, word: Word, values: &[(&str, &str)]) -> String {
        self.words.fill(word, self.locale, values)
    }
}

/// A text node (the intro template's function, for every screen).
pub use crate::intro::text;

/// Whether a click is a deliberate act on what is on screen: not the second (or third) of a
/// quick series at one spot, whose first click may have changed the screen under it. Clicks
/// from keys and assistive technology count 0, and always act.
pub fn deliberate(event: &MouseEvent) -> bool {
    event.detail() < 2
}
