//! The widget's own words (`words`): one text per word, each in every declared language and
//! keeping its placeholders.

use super::reader::{join, Object, Reader};
use crate::problems::ProblemKind;
use crate::words::{Word, Words};

impl Reader {
    pub(super) fn words(&mut self, root: &Object) -> Option<Words> {
        let value = self.field(root, "words", "")?;
        let words = self.object(value, "words")?;
        let mut texts = Vec::new();
        for (_, key, placeholders) in Word::ALL {
            let at = join("words", key);
            let Some(text) = self.text(words, key, "words") else {
                continue;
            };
            for (locale, said) in &text.0 {
                // Bytes compared by window: `str::contains` would bring a whole string
                // searcher into the widget's download.
                let holds = |p: &&str| said.as_bytes().windows(p.len()).any(|w| w == p.as_bytes());
                for placeholder in placeholders.iter().filter(|p| !holds(p)) {
                    let at = join(&at, locale.tag());
                    self.fail(
                        &at,
                        ProblemKind::MissingPlaceholder(placeholder.to_string()),
                    );
                }
            }
            texts.push(text);
        }
        (texts.len() == Word::ALL.len()).then_some(Words(texts))
    }
}
