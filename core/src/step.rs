//! Where a candidate is in the quiz: shared by the quiz, share codes and the kiosk's rules.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    Intro,
    /// Index into the content's questions.
    Question(usize),
    Result,
}
