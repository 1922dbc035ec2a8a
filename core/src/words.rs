//! The widget's own words around the content: buttons, progress, notices, headings. They are
//! data, in the content's `words`, one text per word in every language the document speaks,
//! so each language edition carries its own and the widget carries none. Only what shows
//! before any document has arrived stays in the code (`messages.rs`).

use crate::locale::Locale;
use crate::model::Text;

/// A word the widget shows. Its position in [`Word::ALL`] is its place in [`Words`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Word {
    Language,
    Start,
    Resume,
    Next,
    Back,
    SeeResult,
    /// `{n}`, `{total}`.
    QuestionOf,
    /// A quick run's question: `{n}` only, since where it ends depends on the answers.
    QuestionN,
    /// Under a quick run's question number: why there is no total.
    QuickHint,
    /// On a result that stopped early: the way on to the questions it did not ask.
    AnswerTheRest,
    /// `{picked}`, `{count}`.
    PickStatus,
    /// `{count}`.
    PickFull,
    ShortcutsOn,
    ShortcutsHintScale,
    ShortcutsHintOptions,
    ResultHeading,
    Restart,
    Review,
    /// On a result, until the keep module has drawn it.
    Preparing,
    /// `{language}`: its texts could not be downloaded; the quiz stays in the current one.
    LanguageUnavailable,
    SharedResult,
    TakeItYourself,
    LinkDamaged,
    LinkOtherVersion,
    LinkTooLong,
    SavedDiscarded,
    TouchToStart,
    StillThere,
    /// `{seconds}`.
    RestartingIn,
    KeepGoing,
}

impl Word {
    /// Every word with its key in the content's `words` and the placeholders its text must
    /// hold, in the order of the enum.
    pub const ALL: [(Word, &'static str, &'static [&'static str]); 30] = [
        (Word::Language, "language", &[]),
        (Word::Start, "start", &[]),
        (Word::Resume, "resume", &[]),
        (Word::Next, "next", &[]),
        (Word::Back, "back", &[]),
        (Word::SeeResult, "see_result", &[]),
        (Word::QuestionOf, "question_of", &["{n}", "{total}"]),
        (Word::QuestionN, "question_n", &["{n}"]),
        (Word::QuickHint, "quick_hint", &[]),
        (Word::AnswerTheRest, "answer_the_rest", &[]),
        (Word::PickStatus, "pick_status", &["{picked}", "{count}"]),
        (Word::PickFull, "pick_full", &["{count}"]),
        (Word::ShortcutsOn, "shortcuts_on", &[]),
        (Word::ShortcutsHintScale, "shortcuts_hint_scale", &[]),
        (Word::ShortcutsHintOptions, "shortcuts_hint_options", &[]),
        (Word::ResultHeading, "result_heading", &[]),
        (Word::Restart, "restart", &[]),
        (Word::Review, "review", &[]),
        (Word::Preparing, "preparing", &[]),
        (
            Word::LanguageUnavailable,
            "language_unavailable",
            &["{language}"],
        ),
        (Word::SharedResult, "shared_result", &[]),
        (Word::TakeItYourself, "take_it_yourself", &[]),
        (Word::LinkDamaged, "link_damaged", &[]),
        (Word::LinkOtherVersion, "link_other_version", &[]),
        (Word::LinkTooLong, "link_too_long", &[]),
        (Word::SavedDiscarded, "saved_discarded", &[]),
        (Word::TouchToStart, "touch_to_start", &[]),
        (Word::StillThere, "still_there", &[]),
        (Word::RestartingIn, "restarting_in", &["{seconds}"]),
        (Word::KeepGoing, "keep_going", &[]),
    ];
}

/// Every [`Word`]'s text, in the order of [`Word::ALL`]. Built only by the parser, which
/// checks that each is there in every language with its placeholders.
#[derive(Clone, Debug, PartialEq)]
pub struct Words(pub(crate) Vec<Text>);

impl Words {
    /// The word in `locale`.
    pub fn get(&self, word: Word, locale: Locale) -> &str {
        self.0
            .get(word as usize)
            .map_or("", |text| text.get(locale))
    }

    /// The word in `locale` with its placeholders filled: `{name}` by the value given for
    /// `name`.
    pub fn fill(&self, word: Word, locale: Locale, values: &[(&str, &str)]) -> String {
        let mut filled = String::new();
        let mut rest = self.get(word, locale);
        // split_once rather than byte slicing: no slicing panic path to download.
        while let Some((before, after)) = rest.split_once('{') {
            filled.push_str(before);
            let value = values.iter().find_map(|(name, value)| {
                Some((value, after.strip_prefix(name)?.strip_prefix('}')?))
            });
            rest = match value {
                Some((value, after)) => {
                    filled.push_str(value);
                    after
                }
                None => {
                    filled.push('{');
                    after
                }
            };
        }
        filled.push_str(rest);
        filled
    }
}
