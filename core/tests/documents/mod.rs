//! The documents the content, reducer and scoring tests read: the shipped content, a tiny
//! fixture and edits of it, and a candidate who answers everything. Each test file uses some.
#![allow(dead_code)]

use rolefit_core::*;

pub fn shipped() -> Content {
    Content::parse(BUILT_IN_CONTENT).unwrap_or_else(|e| panic!("shipped content is invalid:\n{e}"))
}

pub const TINY: &str = include_str!("../fixtures/tiny.json");

pub fn tiny() -> Content {
    Content::parse(TINY).unwrap_or_else(|e| panic!("fixture is invalid:\n{e}"))
}

pub fn edited(edit: impl FnOnce(&mut serde_json::Value)) -> Result<Content, ContentErrors> {
    let mut doc: serde_json::Value = serde_json::from_str(TINY).unwrap();
    edit(&mut doc);
    Content::parse(&doc.to_string())
}

pub fn problems(result: Result<Content, ContentErrors>) -> Vec<String> {
    result
        .expect_err("content should be refused")
        .0
        .iter()
        .map(|p| p.describe(Locale::En))
        .collect()
}

/// Answers every question: ratings at `point`, choices and picks by position.
pub fn answer_all(content: &Content, point: u8, option: usize) -> Answers {
    let mut answers = Answers::new();
    for q in content.questions() {
        let answer = match q.kind() {
            QuestionKind::Rating { .. } => Answer::Rating(Likert::new(point).unwrap()),
            QuestionKind::Choice { options } => {
                Answer::Choice(options[option % options.len()].id().clone())
            }
            QuestionKind::Pick { count, options } => Answer::Pick(
                (0..*count)
                    .map(|i| options[(option + i) % options.len()].id().clone())
                    .collect(),
            ),
        };
        answers.insert(q.id().clone(), answer);
    }
    answers
}
