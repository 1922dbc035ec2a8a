//! The questions: statements to rate, scenarios with one answer, and picks of several.

use super::reader::{item, item_with_id, join, Object, Reader};
use crate::json::{field, Json};
use crate::model::*;
use crate::problems::ProblemKind;

/// Rating weights go both ways (reverse-keyed statements pull down); option weights only add.
const RATING_WEIGHTS: (i32, i32) = (-1, 1);
const OPTION_WEIGHTS: (i32, i32) = (0, 1);

impl Reader {
    /// `quick_order`: every question's id once, most telling first.
    pub(super) fn quick_order(
        &mut self,
        root: &Object,
        questions: &[Question],
    ) -> Option<Vec<usize>> {
        let items = self.array(root, "quick_order", "")?;
        self.length(items, questions.len(), questions.len(), "quick_order");
        let mut order = Vec::new();
        for (i, value) in items.iter().enumerate() {
            let at = item("quick_order", i, None);
            let Some(id) = value.as_str() else {
                self.fail(&at, ProblemKind::WrongType { expected: "string" });
                continue;
            };
            match questions.iter().position(|q| q.id.as_str() == id) {
                Some(index) if !order.contains(&index) => order.push(index),
                Some(_) => self.fail(&at, ProblemKind::Duplicate(id.into())),
                None => self.fail(&at, ProblemKind::UnknownQuestion(id.into())),
            }
        }
        (order.len() == questions.len()).then_some(order)
    }

    pub(super) fn questions(
        &mut self,
        root: &Object,
        dims: &[DimensionId],
        sources: &[(String, String)],
    ) -> Option<Vec<Question>> {
        let items = self.array(root, "questions", "")?;
        let mut ok = self.length(items, 3, 200, "questions");
        let mut seen = Vec::new();
        let mut questions = Vec::new();
        for (i, value) in items.iter().enumerate() {
            let at = item_with_id("questions", i, value);
            match self.question(value, &at, &mut seen, dims, sources) {
                Some(q) => questions.push(q),
                None => ok = false,
            }
        }
        ok.then_some(questions)
    }

    fn question(
        &mut self,
        value: &Json,
        at: &str,
        seen: &mut Vec<String>,
        dims: &[DimensionId],
        sources: &[(String, String)],
    ) -> Option<Question> {
        let obj = self.object(value, at)?;
        let id = self.id(obj, at, seen);
        let topic = self.explains.then(|| self.text(obj, "topic", at));
        let prompt = self.text(obj, "prompt", at);
        let cited = self.sources(obj, at, sources);
        let kind = match self.string(obj, "kind", at).as_deref() {
            Some("rating") => self
                .weights(obj, at, dims, RATING_WEIGHTS)
                .map(|weights| QuestionKind::Rating { weights }),
            Some("choice") => self
                .options(obj, at, 2, 6, false, dims, sources)
                .map(|options| QuestionKind::Choice { options }),
            Some("pick") => {
                let count = self.field(obj, "count", at).and_then(|v| {
                    let n = self.number(v, (1, 10), &join(at, "count"))?;
                    if n.fract() != 0.0 {
                        self.fail(
                            &join(at, "count"),
                            ProblemKind::WrongType {
                                expected: "whole number",
                            },
                        );
                        return None;
                    }
                    Some(n as usize)
                });
                let min_options = count.map_or(2, |c| c + 1);
                let options = self.options(obj, at, min_options, 16, true, dims, sources);
                match (count, options) {
                    (Some(count), Some(options)) => Some(QuestionKind::Pick { count, options }),
                    _ => None,
                }
            }
            Some(other) => {
                self.fail(
                    &join(at, "kind"),
                    ProblemKind::UnknownKind(other.to_string()),
                );
                None
            }
            None => None,
        };
        Some(Question {
            id: QuestionId(id?),
            topic: match topic {
                Some(topic) => Some(topic?),
                None => None,
            },
            prompt: prompt?,
            sources: cited?,
            kind: kind?,
        })
    }

    #[allow(clippy::too_many_arguments)]
    fn options(
        &mut self,
        obj: &Object,
        at: &str,
        min: usize,
        max: usize,
        sourced: bool,
        dims: &[DimensionId],
        sources: &[(String, String)],
    ) -> Option<Vec<Choice>> {
        let items = self.array(obj, "options", at)?;
        let at = join(at, "options");
        let mut ok = self.length(items, min, max, &at);
        let mut seen = Vec::new();
        let mut options = Vec::new();
        for (i, value) in items.iter().enumerate() {
            let here = item_with_id(&at, i, value);
            let Some(entry) = self.object(value, &here) else {
                ok = false;
                continue;
            };
            let id = self.id(entry, &here, &mut seen);
            let label = self.text(entry, "label", &here);
            let weights = self.weights(entry, &here, dims, OPTION_WEIGHTS);
            let cited = if sourced || field(entry, "sources").is_some() {
                self.sources(entry, &here, sources)
            } else {
                Some(Vec::new())
            };
            match (id, label, weights, cited) {
                (Some(id), Some(label), Some(weights), Some(sources)) => options.push(Choice {
                    id: ChoiceId(id),
                    label,
                    weights,
                    sources,
                }),
                _ => ok = false,
            }
        }
        ok.then_some(options)
    }
}
