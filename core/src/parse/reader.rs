//! The reading of one document: where each problem is, and the checks every part of it
//! shares (types, lengths, ranges, texts, ids, cited sources, weights).

use crate::json::{field, Json};
use crate::locale::Locale;
use crate::model::*;
use crate::problems::{Problem, ProblemKind};

/// A JSON object's entries.
pub(super) type Object = [(String, Json)];

pub(super) fn join(at: &str, key: &str) -> String {
    if at.is_empty() {
        key.to_string()
    } else {
        format!("{at} › {key}")
    }
}

pub(super) fn item(at: &str, index: usize, id: Option<&str>) -> String {
    match id {
        Some(id) => format!("{at}[{index}] ({id})"),
        None => format!("{at}[{index}]"),
    }
}

/// An entry of an array, named by its `id` if it has one.
pub(super) fn item_with_id(at: &str, index: usize, value: &Json) -> String {
    item(at, index, value.get("id").and_then(Json::as_str))
}

pub(crate) fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 64
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !id.starts_with('-')
}

#[derive(Default)]
pub(super) struct Reader {
    pub(super) problems: Vec<Problem>,
    /// The languages the document declares: every text must have each of them, and keeps
    /// only them.
    pub(super) locales: Vec<Locale>,
    /// Whether the document explains results, and so cites its sources and names each
    /// question's topic: a quiz edition leaves them to the complete edition.
    pub(super) explains: bool,
}

impl Reader {
    pub(super) fn fail(&mut self, at: &str, kind: ProblemKind) {
        self.problems.push(Problem {
            at: at.to_string(),
            kind,
        });
    }

    pub(super) fn object<'v>(&mut self, value: &'v Json, at: &str) -> Option<&'v Object> {
        let found = value.as_object();
        if found.is_none() {
            self.fail(at, ProblemKind::WrongType { expected: "object" });
        }
        found
    }

    /// A required field of an object.
    pub(super) fn field<'v>(&mut self, obj: &'v Object, key: &str, at: &str) -> Option<&'v Json> {
        let found = field(obj, key);
        if found.is_none() {
            self.fail(&join(at, key), ProblemKind::Missing);
        }
        found
    }

    pub(super) fn string(&mut self, obj: &Object, key: &str, at: &str) -> Option<String> {
        let value = self.field(obj, key, at)?;
        let found = value.as_str().map(str::to_string);
        if found.is_none() {
            self.fail(
                &join(at, key),
                ProblemKind::WrongType { expected: "string" },
            );
        }
        found
    }

    pub(super) fn array<'v>(&mut self, obj: &'v Object, key: &str, at: &str) -> Option<&'v [Json]> {
        let value = self.field(obj, key, at)?;
        let found = value.as_array();
        if found.is_none() {
            self.fail(&join(at, key), ProblemKind::WrongType { expected: "array" });
        }
        found
    }

    pub(super) fn length(&mut self, items: &[Json], min: usize, max: usize, at: &str) -> bool {
        let found = items.len();
        let ok = (min..=max).contains(&found);
        if !ok {
            self.fail(at, ProblemKind::Length { found, min, max });
        }
        ok
    }

    /// A number from `min` to `max`; one outside is quoted as written.
    pub(super) fn number(&mut self, value: &Json, (min, max): (i32, i32), at: &str) -> Option<f64> {
        let Json::Number(number, written) = value else {
            self.fail(at, ProblemKind::WrongType { expected: "number" });
            return None;
        };
        if !(f64::from(min)..=f64::from(max)).contains(number) {
            let value = written.clone();
            self.fail(at, ProblemKind::OutOfRange { value, min, max });
            return None;
        }
        Some(*number)
    }

    /// A text in each declared language, non-empty once trimmed; each one lacking is a problem.
    pub(super) fn text_value(&mut self, value: &Json, at: &str) -> Option<Text> {
        let obj = self.object(value, at)?;
        let mut texts = Vec::new();
        let mut complete = true;
        for locale in self.locales.clone() {
            let text = field(obj, locale.tag())
                .and_then(Json::as_str)
                .map(str::trim);
            match text {
                Some(text) if !text.is_empty() => texts.push((locale, text.to_string())),
                _ => {
                    self.fail(at, ProblemKind::MissingLocale(locale));
                    complete = false;
                }
            }
        }
        complete.then_some(Text(texts))
    }

    pub(super) fn text(&mut self, obj: &Object, key: &str, at: &str) -> Option<Text> {
        let value = self.field(obj, key, at)?;
        self.text_value(value, &join(at, key))
    }

    pub(super) fn texts(
        &mut self,
        obj: &Object,
        key: &str,
        (min, max): (usize, usize),
        at: &str,
    ) -> Option<Vec<Text>> {
        let items = self.array(obj, key, at)?;
        let at = join(at, key);
        let mut ok = self.length(items, min, max, &at);
        let mut texts = Vec::new();
        for (i, value) in items.iter().enumerate() {
            match self.text_value(value, &item(&at, i, None)) {
                Some(text) => texts.push(text),
                None => ok = false,
            }
        }
        ok.then_some(texts)
    }

    /// An id that must be well formed and unique among `seen`.
    pub(super) fn id(&mut self, obj: &Object, at: &str, seen: &mut Vec<String>) -> Option<String> {
        let id = self.string(obj, "id", at)?;
        let at = join(at, "id");
        if !is_valid_id(&id) {
            self.fail(&at, ProblemKind::BadId(id));
            return None;
        }
        if seen.contains(&id) {
            self.fail(&at, ProblemKind::Duplicate(id));
            return None;
        }
        seen.push(id.clone());
        Some(id)
    }

    pub(super) fn sources(
        &mut self,
        obj: &Object,
        at: &str,
        known: &[(String, String)],
    ) -> Option<Vec<String>> {
        if !self.explains {
            return Some(Vec::new());
        }
        let items = self.array(obj, "sources", at)?;
        let at = join(at, "sources");
        self.length(items, 1, known.len().max(1), &at);
        let mut sources = Vec::new();
        for (i, value) in items.iter().enumerate() {
            let here = item(&at, i, None);
            match value.as_str() {
                Some(key) if known.iter().any(|(k, _)| k == key) => sources.push(key.to_string()),
                Some(key) => self.fail(&here, ProblemKind::UnknownSource(key.to_string())),
                None => self.fail(&here, ProblemKind::WrongType { expected: "string" }),
            }
        }
        Some(sources)
    }

    pub(super) fn weights(
        &mut self,
        obj: &Object,
        at: &str,
        dims: &[DimensionId],
        range: (i32, i32),
    ) -> Option<Weights> {
        let value = self.field(obj, "weights", at)?;
        let at = join(at, "weights");
        let map = self.object(value, &at)?;
        let mut weights = vec![0; dims.len()];
        let mut ok = true;
        for (key, value) in map {
            let here = join(&at, key);
            let Some(index) = dims.iter().position(|d| d.as_str() == key) else {
                self.fail(&here, ProblemKind::UnknownDimension(key.clone()));
                ok = false;
                continue;
            };
            match self.number(value, range, &here) {
                Some(w) => weights[index] = (w * WEIGHT_SCALE).round() as i64,
                None => ok = false,
            }
        }
        ok.then_some(Weights(weights))
    }
}
