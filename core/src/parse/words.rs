//! The widget's own words (`words`): one text per word, each in every declared language and,
//! for an author (feature `authoring`), keeping its placeholders.

use super::reader::{join, Object, Reader};
use crate::model::Text;
use crate::words::{Word, Words};

impl Reader {
    pub(super) fn words(&mut self, root: &Object) -> Option<Words> {
        let value = self.field(root, "words", "")?;
        let words = self.object(value, "words")?;
        let mut texts = Vec::new();
        for (_, key, placeholders) in Word::ALL {
            let Some(text) = self.text(words, key, "words") else {
                continue;
            };
            self.placeholders(&join("words", key), &text, placeholders);
            texts.push(text);
        }
        (texts.len() == Word::ALL.len()).then_some(Words(texts))
    }

    /// Each placeholder a text lacks, in each language, is a problem at its place (the place
    /// names it, as a missing field's place names the field: no description of its own).
    #[cfg(feature = "authoring")]
    fn placeholders(&mut self, at: &str, text: &Text, placeholders: &[&str]) {
        for (locale, said) in &text.0 {
            // Bytes compared by window: `str::contains` would bring a string searcher along.
            let holds = |p: &&str| said.as_bytes().windows(p.len()).any(|w| w == p.as_bytes());
            for placeholder in placeholders.iter().filter(|p| !holds(p)) {
                let at = join(&join(at, locale.tag()), placeholder);
                self.fail(&at, crate::problems::ProblemKind::Missing);
            }
        }
    }

    /// The widget fills what a text holds and leaves the wording to its author's checks.
    #[cfg(not(feature = "authoring"))]
    fn placeholders(&mut self, _: &str, _: &Text, _: &[&str]) {}
}
