//! The quiz as a state machine: one state, one action enum, one reducer.
//! Pure: the browser edge turns events into [`Action`]s and renders the state.

use super::answers::{Answer, Answers, Likert};
use super::locale::Locale;
use super::model::{ChoiceId, Content, Question, QuestionId, QuestionKind};
use super::snapshot::Snapshot;
use super::step::Step;

/// Whether single-key shortcuts (digits, letters, Enter) are listened to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shortcuts {
    On,
    Off,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Quiz {
    pub step: Step,
    pub answers: Answers,
    pub locale: Locale,
    pub shortcuts: Shortcuts,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    Start,
    Rate(QuestionId, Likert),
    Choose(QuestionId, ChoiceId),
    /// Adds the option to a pick, or takes it out; refused when the pick is already full.
    TogglePick(QuestionId, ChoiceId),
    Next,
    Back,
    Restart,
    SetLocale(Locale),
    SetShortcuts(Shortcuts),
}

impl Quiz {
    pub fn new(locale: Locale) -> Quiz {
        Quiz {
            step: Step::Intro,
            answers: Answers::new(),
            locale,
            shortcuts: Shortcuts::On,
        }
    }

    /// The reducer. Returns `None` when the action changes nothing (an invalid choice, Next on
    /// an unanswered question, a fourth pick of three), so the view need not re-render.
    pub fn apply(&self, content: &Content, action: Action) -> Option<Quiz> {
        let mut next = self.clone();
        match action {
            Action::Start => {
                if self.step != Step::Intro {
                    return None;
                }
                next.step = match self.first_unanswered(content) {
                    Some(i) => Step::Question(i),
                    None => Step::Result,
                };
            }
            Action::Rate(id, point) => {
                next.set_answer(content, id, Answer::Rating(point))?;
            }
            Action::Choose(id, choice) => {
                next.set_answer(content, id, Answer::Choice(choice))?;
            }
            Action::TogglePick(id, choice) => {
                let question = content.question(&id)?;
                let QuestionKind::Pick { count, .. } = &question.kind else {
                    return None;
                };
                question.option(&choice)?;
                let mut picked = match self.answers.get(&id) {
                    Some(Answer::Pick(picked)) => picked.clone(),
                    _ => Default::default(),
                };
                if !picked.remove(&choice) {
                    if picked.len() >= *count {
                        return None;
                    }
                    picked.insert(choice);
                }
                if picked.is_empty() {
                    next.answers.remove(&id);
                } else {
                    next.answers.insert(id, Answer::Pick(picked));
                }
            }
            Action::Next => {
                let Step::Question(i) = self.step else {
                    return None;
                };
                if !self.is_answered(&content.questions[i]) {
                    return None;
                }
                next.step = if i + 1 < content.questions.len() {
                    Step::Question(i + 1)
                } else {
                    match self.first_unanswered(content) {
                        Some(j) => Step::Question(j),
                        None => Step::Result,
                    }
                };
            }
            Action::Back => {
                next.step = match self.step {
                    Step::Intro => return None,
                    Step::Question(0) => Step::Intro,
                    Step::Question(i) => Step::Question(i - 1),
                    Step::Result => Step::Question(content.questions.len().checked_sub(1)?),
                };
            }
            Action::Restart => {
                next = Quiz {
                    shortcuts: self.shortcuts,
                    ..Quiz::new(self.locale)
                };
            }
            Action::SetLocale(locale) => next.locale = locale,
            Action::SetShortcuts(shortcuts) => next.shortcuts = shortcuts,
        }
        (next != *self).then_some(next)
    }

    fn set_answer(&mut self, content: &Content, id: QuestionId, answer: Answer) -> Option<()> {
        let question = content.question(&id)?;
        if !answer.completes(question) {
            return None;
        }
        self.answers.insert(id, answer);
        Some(())
    }

    pub fn is_answered(&self, question: &Question) -> bool {
        self.answers
            .get(&question.id)
            .is_some_and(|a| a.completes(question))
    }

    pub fn first_unanswered(&self, content: &Content) -> Option<usize> {
        content.questions.iter().position(|q| !self.is_answered(q))
    }

    /// Questions fully answered so far.
    pub fn answered_count(&self, content: &Content) -> usize {
        content
            .questions
            .iter()
            .filter(|q| self.is_answered(q))
            .count()
    }

    /// Back to where a saved or shared code left off ([`Snapshot::decode`] checked it against
    /// the content); the language and shortcuts stay as they are.
    pub fn resumed(&self, snapshot: Snapshot) -> Quiz {
        Quiz {
            step: snapshot.step,
            answers: snapshot.answers,
            ..self.clone()
        }
    }

    /// Where the candidate stands, to save or share.
    pub fn snapshot(&self) -> Snapshot {
        Snapshot {
            step: self.step,
            answers: self.answers.clone(),
        }
    }

    pub fn current_question<'c>(&self, content: &'c Content) -> Option<&'c Question> {
        match self.step {
            Step::Question(i) => content.questions.get(i),
            _ => None,
        }
    }

    /// The action that picks the option at `index` (0-based, in display order) of the
    /// current question: a scale point, a scenario answer, or a pick toggle.
    pub fn select_option(&self, content: &Content, index: usize) -> Option<Action> {
        let question = self.current_question(content)?;
        let id = question.id.clone();
        match &question.kind {
            QuestionKind::Rating { .. } => {
                let point = u8::try_from(index + 1).ok().and_then(Likert::new)?;
                Some(Action::Rate(id, point))
            }
            QuestionKind::Choice { options } => {
                Some(Action::Choose(id, options.get(index)?.id.clone()))
            }
            QuestionKind::Pick { options, .. } => {
                Some(Action::TogglePick(id, options.get(index)?.id.clone()))
            }
        }
    }
}

/// What a key press means, before it is tied to the current question.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shortcut {
    /// The n-th option, 0-based: from `1`–`9` or `a`–`i`.
    Option(usize),
    Next,
}

/// Reads a `KeyboardEvent.key`. Keys with a modifier, or pressed while the candidate is typing
/// in a text field, are never shortcuts; nor is anything while shortcuts are off.
pub fn shortcut(key: &str, modified: bool, typing: bool, shortcuts: Shortcuts) -> Option<Shortcut> {
    if modified || typing || shortcuts == Shortcuts::Off {
        return None;
    }
    let mut chars = key.chars();
    let (Some(c), None) = (chars.next(), chars.next()) else {
        return (key == "Enter").then_some(Shortcut::Next);
    };
    match c.to_ascii_lowercase() {
        d @ '1'..='9' => Some(Shortcut::Option(d as usize - '1' as usize)),
        l @ 'a'..='i' => Some(Shortcut::Option(l as usize - 'a' as usize)),
        _ => None,
    }
}
