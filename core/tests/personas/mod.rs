//! The e2e personas (`e2e/personas.json`), read as the core's answers: shared by the test
//! files that check what the personas get.

use rolefit_core::{Answer, Likert, Question, QuestionKind};
use serde_json::Value;

/// Every persona, by name, as the e2e tests play them.
pub fn all() -> Value {
    serde_json::from_str(include_str!("../../../e2e/personas.json")).unwrap()
}

/// A persona's answer to `question` as written in the file: a scale point or a choice as a
/// string, a pick as an array of choices. `None` if it does not fit the question's kind.
pub fn answer(question: &Question, value: &Value) -> Option<Answer> {
    match (question.kind(), value) {
        (QuestionKind::Rating { .. }, Value::String(p)) => {
            Some(Answer::Rating(Likert::new(p.parse().ok()?)?))
        }
        (QuestionKind::Choice { .. }, Value::String(c)) => Some(Answer::Choice(c.as_str().into())),
        (_, Value::Array(ids)) => Some(Answer::Pick(
            ids.iter()
                .map(|c| c.as_str().map(Into::into))
                .collect::<Option<_>>()?,
        )),
        _ => None,
    }
}
