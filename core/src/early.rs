//! The intro as a page's own markup shows it before the widget is live: the content's title and
//! full intro and the widget's words for its buttons, the same sources the intro screen reads.
//! The build renders it into the stand-alone and frame pages and into the fragments hosts put
//! inside their placeholder (xtask `early.rs`).

use crate::length::Length;
use crate::locale::Locale;
use crate::model::Content;
use crate::words::Word;

/// A candidate's first screen in one language, as a fresh visit to the full quiz shows it (not
/// resuming, not a kiosk's attract screen, not the quick quiz).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EarlyIntro<'a> {
    pub locale: Locale,
    /// The intro's heading.
    pub title: &'a str,
    pub paragraphs: Vec<&'a str>,
    /// The Start button.
    pub start: &'a str,
    /// The language switcher's label.
    pub language: &'a str,
}

impl<'a> EarlyIntro<'a> {
    /// The intro in every language of `content` that the widget speaks, in [`Locale::ALL`]'s
    /// order.
    pub fn every(content: &'a Content) -> Vec<EarlyIntro<'a>> {
        Locale::ALL
            .into_iter()
            .filter(|&locale| content.speaks(locale))
            .filter_map(|locale| EarlyIntro::of(content, locale))
            .collect()
    }

    /// The intro in `locale`; a document without the widget's words has no early intro.
    pub fn of(content: &'a Content, locale: Locale) -> Option<EarlyIntro<'a>> {
        let words = content.words()?;
        Some(EarlyIntro {
            locale,
            title: content.title().get(locale),
            paragraphs: content
                .intro(Length::Full)
                .iter()
                .map(|p| p.get(locale))
                .collect(),
            start: words.get(Word::Start, locale),
            language: words.get(Word::Language, locale),
        })
    }
}
