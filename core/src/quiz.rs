//! The quiz as a state machine: one state, one action enum, one reducer.
//! Pure: the browser edge turns events into [`Action`]s and renders the state.

use super::answers::{Answer, Answers, Likert};
use super::length::Length;
use super::locale::Locale;
use super::model::{ChoiceId, Content, Question, QuestionId, QuestionKind};
use super::quick;
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
    /// The length setting: what Start over returns to.
    pub length: Length,
    /// How this run goes through the questions.
    pub pace: Pace,
}

/// How a run goes through the questions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pace {
    /// Every question, in the content's order.
    Full,
    /// The quick order ([`Content::quick_order`]), up to the first answers that are settled.
    Quick,
    /// A quick run the candidate chose to finish: the quick order to the last question.
    Rest,
}

impl Pace {
    /// The length a result of this pace stands for, with `answered` of `total` questions
    /// answered: a quick run finished is the full quiz, and so is a quick run whose answers
    /// never settled, which asked every question.
    pub fn length(self, answered: usize, total: usize) -> Length {
        match self {
            Pace::Quick if answered < total => Length::Quick,
            _ => Length::Full,
        }
    }
}

impl From<Length> for Pace {
    fn from(length: Length) -> Pace {
        match length {
            Length::Full => Pace::Full,
            Length::Quick => Pace::Quick,
        }
    }
}

/// Where the candidate is in the quiz, as the progress indicator says it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Position {
    /// The n-th screen (1-based) of a known number.
    Of { n: usize, total: usize },
    /// The n-th screen of a quick run, whose end depends on the answers.
    Open { n: usize },
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
    /// On a quick result: go on to the questions it did not ask, every answer kept.
    AnswerTheRest,
    Restart,
    SetLocale(Locale),
    SetShortcuts(Shortcuts),
}

impl Quiz {
    /// The full quiz.
    pub fn new(locale: Locale) -> Quiz {
        Quiz::of_length(locale, Length::Full)
    }

    pub fn of_length(locale: Locale, length: Length) -> Quiz {
        Quiz {
            step: Step::Intro,
            answers: Answers::new(),
            locale,
            shortcuts: Shortcuts::On,
            length,
            pace: length.into(),
        }
    }

    /// The question indices in the order this run asks them.
    fn route(&self, content: &Content) -> Vec<usize> {
        match self.pace {
            Pace::Full => (0..content.questions.len()).collect(),
            Pace::Quick | Pace::Rest => content.quick_order().to_vec(),
        }
    }

    /// Where the run goes after the questions up to `at` in its route (`None`: before the
    /// first): the next question, or the result once every question is answered or, in a
    /// quick run, once the answers are settled. Questions already answered further along
    /// the route are shown again on the way, as Back left them.
    fn after(&self, content: &Content, at: Option<usize>) -> Step {
        let route = self.route(content);
        let from = at.and_then(|i| route.iter().position(|&q| q == i));
        let next = from.map_or(0, |p| p + 1);
        match route.get(next) {
            Some(&i) if self.is_answered(&content.questions[i]) => Step::Question(i),
            _ if self.pace == Pace::Quick
                && quick::settled(content, &self.answers, quick::Rule::Stop) =>
            {
                Step::Result
            }
            Some(&i) if self.pace != Pace::Full || from.is_some() => Step::Question(i),
            _ => match self.first_unanswered(content) {
                Some(j) => Step::Question(j),
                None => Step::Result,
            },
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
                next.step = match self.pace {
                    Pace::Full => match self.first_unanswered(content) {
                        Some(i) => Step::Question(i),
                        None => Step::Result,
                    },
                    Pace::Quick | Pace::Rest => self.after(content, None),
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
                next.step = self.after(content, Some(i));
            }
            Action::Back => {
                let route = self.route(content);
                let before = |p: usize| p.checked_sub(1).and_then(|p| route.get(p).copied());
                next.step = match self.step {
                    Step::Intro => return None,
                    Step::Question(i) => {
                        let p = route.iter().position(|&q| q == i)?;
                        before(p).map_or(Step::Intro, Step::Question)
                    }
                    // Back from a quick result: the last question it asked.
                    Step::Result => {
                        let asked = route
                            .iter()
                            .take_while(|&&q| self.is_answered(&content.questions[q]))
                            .count();
                        Step::Question(before(asked)?)
                    }
                };
            }
            Action::AnswerTheRest => {
                if !self.stopped_early(content) {
                    return None;
                }
                next.pace = Pace::Rest;
                // Straight to the first question not yet asked.
                let mut route = content.quick_order().iter().copied();
                let first = route.find(|&i| !self.is_answered(&content.questions[i]));
                next.step = Step::Question(first?);
            }
            Action::Restart => {
                next = Quiz {
                    shortcuts: self.shortcuts,
                    ..Quiz::of_length(self.locale, self.length)
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
            pace: snapshot.pace,
            ..self.clone()
        }
    }

    /// Where the candidate stands, to save or share.
    pub fn snapshot(&self) -> Snapshot {
        Snapshot {
            step: self.step,
            answers: self.answers.clone(),
            pace: self.pace,
        }
    }

    /// What the progress indicator says on a question: its place in the run, out of the
    /// whole quiz unless the run is quick, whose end depends on the answers.
    pub fn position(&self, content: &Content) -> Option<Position> {
        let Step::Question(i) = self.step else {
            return None;
        };
        let n = self.route(content).iter().position(|&q| q == i)? + 1;
        Some(match self.pace {
            Pace::Quick => Position::Open { n },
            Pace::Full | Pace::Rest => Position::Of {
                n,
                total: content.questions.len(),
            },
        })
    }

    /// A quick result that asked fewer than all the questions: it says it stopped early,
    /// and offers the rest.
    pub fn stopped_early(&self, content: &Content) -> bool {
        self.step == Step::Result
            && self.pace == Pace::Quick
            && self.answered_count(content) < content.questions.len()
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
