//! Reads a content document and checks all of it, collecting every problem with its place.
//! The document as a whole here; roles and questions in their own modules.

mod questions;
mod reader;
mod roles;
mod words;

pub(crate) use reader::is_valid_id;
use reader::{item, item_with_id, join, Object, Reader};

use crate::json::{field, Json, JsonError};
use crate::locale::Locale;
use crate::model::*;
use crate::problems::{ContentErrors, Problem, ProblemKind};
use crate::scoring;

impl Content {
    /// Parses and validates a content document. On failure, lists every problem found.
    pub fn parse(json: &str) -> Result<Content, ContentErrors> {
        read(Json::parse(json))
    }

    /// Parses and validates a downloaded document from its bytes, which must be UTF-8
    /// (a leading byte order mark is skipped). A download larger than [`MAX_DOCUMENT_BYTES`]
    /// never gets here: `read_edition` refuses it unread.
    pub fn parse_bytes(bytes: &[u8]) -> Result<Content, ContentErrors> {
        read(Json::parse_bytes(bytes))
    }
}

/// The most bytes a downloaded content document (a language edition, a host's bank) may
/// have: 16 times the shipped document with every language, and far below what would keep
/// the widget busy reading it.
pub const MAX_DOCUMENT_BYTES: usize = 1 << 20;

fn read(json: Result<Json, JsonError>) -> Result<Content, ContentErrors> {
    let value = json.map_err(|error| {
        ContentErrors(vec![Problem {
            at: "(document)".into(),
            kind: ProblemKind::NotJson(error),
        }])
    })?;
    let mut reader = Reader::default();
    let content = reader.content(&value);
    if let (Some(content), true) = (&content, reader.problems.is_empty()) {
        for role in content.all_roles() {
            let answers = scoring::answers_favouring(content, role);
            if scoring::rank(content, &answers).top() != role {
                let id = content.role(role).id.to_string();
                reader.fail("roles", ProblemKind::Unreachable(id));
            }
        }
    }
    match content {
        Some(content) if reader.problems.is_empty() => Ok(content),
        _ => Err(ContentErrors(reader.problems)),
    }
}

impl Reader {
    fn content(&mut self, value: &Json) -> Option<Content> {
        let root = self.object(value, "(document)")?;
        let at = "";
        match field(root, "format") {
            Some(Json::Number(n, _)) if *n == 1.0 => {}
            Some(Json::Number(_, written)) => {
                self.fail("format", ProblemKind::UnsupportedFormat(written.clone()))
            }
            Some(_) => self.fail("format", ProblemKind::WrongType { expected: "number" }),
            None => self.fail("format", ProblemKind::Missing),
        }
        self.locales = self.locales(root);
        let version = self.string(root, "version", at);
        let title = self.text(root, "title", at);
        let intro = self.texts(root, "intro", (1, 8), at);
        let quick_intro =
            field(root, "quick_intro").map(|_| self.texts(root, "quick_intro", (1, 8), at));
        let scale = self
            .texts(root, "scale", (5, 5), at)
            .and_then(|texts| <[Text; 5]>::try_from(texts).ok());
        // The texts that explain a result (the lean texts, each dimension's description, each
        // role's guide) and the sources cited come together or not at all: the build's quiz
        // editions leave them to the complete editions the keep module reads. The lean texts
        // ask for the others.
        let explained = field(root, "lean").is_some();
        self.explains = explained;
        let sources = match explained {
            true => self.source_map(root),
            false => Vec::new(),
        };
        let dimensions = self.dimensions(root, explained);
        let dim_ids: Vec<DimensionId> = dimensions.iter().flatten().map(|d| d.id.clone()).collect();
        let roles = self.roles(root, &dim_ids, &sources, explained);
        let questions = self.questions(root, &dim_ids, &sources);
        let quick_order = match (&questions, field(root, "quick_order")) {
            (Some(questions), Some(_)) => self.quick_order(root, questions),
            (questions, None) => questions.as_ref().map(|q| (0..q.len()).collect()),
            (None, Some(_)) => None,
        };
        let lean = explained.then(|| self.lean(root));
        // Optional here; a document the widget shows must have them (`read_edition`).
        let words = field(root, "words").map(|_| self.words(root));
        Some(Content {
            locales: self.locales.clone(),
            version: version?,
            title: title?,
            intro: intro?,
            quick_intro: match quick_intro {
                Some(texts) => Some(texts?),
                None => None,
            },
            scale: scale?,
            sources,
            dimensions: dimensions?,
            roles: roles?,
            questions: questions?,
            quick_order: quick_order?,
            lean: match lean {
                Some(lean) => Some(lean?),
                None => None,
            },
            words: match words {
                Some(words) => Some(words?),
                None => None,
            },
        })
    }

    /// `locales` names the languages a document is written in; without it, all of them.
    /// The build splits the content into one document per language, so a first visit
    /// downloads one language's texts.
    fn locales(&mut self, root: &Object) -> Vec<Locale> {
        if field(root, "locales").is_none() {
            return Locale::ALL.to_vec();
        }
        let Some(items) = self.array(root, "locales", "") else {
            return Locale::ALL.to_vec();
        };
        self.length(items, 1, Locale::ALL.len(), "locales");
        let mut locales = Vec::new();
        for (index, tag) in items.iter().enumerate() {
            let at = item("locales", index, None);
            match tag.as_str().map(Locale::from_tag) {
                Some(Ok(locale)) if !locales.contains(&locale) => locales.push(locale),
                Some(Ok(locale)) => self.fail(&at, ProblemKind::Duplicate(locale.tag().into())),
                Some(Err(unknown)) => self.fail(&at, ProblemKind::UnknownLanguage(unknown.0)),
                None => self.fail(&at, ProblemKind::WrongType { expected: "string" }),
            }
        }
        if locales.is_empty() {
            Locale::ALL.to_vec()
        } else {
            locales
        }
    }

    fn source_map(&mut self, root: &Object) -> Vec<(String, String)> {
        let mut sources = Vec::new();
        let Some(value) = self.field(root, "sources", "") else {
            return sources;
        };
        let Some(map) = self.object(value, "sources") else {
            return sources;
        };
        for (key, value) in map {
            match value.as_str() {
                Some(file) if !file.trim().is_empty() => {
                    sources.push((key.clone(), file.to_string()));
                }
                _ => self.fail(
                    &join("sources", key),
                    ProblemKind::WrongType { expected: "string" },
                ),
            }
        }
        sources
    }

    fn dimensions(&mut self, root: &Object, explained: bool) -> Option<Vec<Dimension>> {
        let items = self.array(root, "dimensions", "")?;
        self.length(items, 2, 16, "dimensions");
        let mut seen = Vec::new();
        let mut dims = Vec::new();
        let mut ok = true;
        for (i, value) in items.iter().enumerate() {
            let at = item_with_id("dimensions", i, value);
            let Some(obj) = self.object(value, &at) else {
                ok = false;
                continue;
            };
            let id = self.id(obj, &at, &mut seen);
            let name = self.text(obj, "name", &at);
            let description = explained.then(|| self.text(obj, "description", &at));
            match (id, name, description) {
                (Some(id), Some(name), None) => dims.push(Dimension {
                    id: DimensionId(id),
                    name,
                    description: None,
                }),
                (Some(id), Some(name), Some(Some(description))) => dims.push(Dimension {
                    id: DimensionId(id),
                    name,
                    description: Some(description),
                }),
                _ => ok = false,
            }
        }
        ok.then_some(dims)
    }

    fn lean_text(&mut self, obj: &Object, key: &str) -> Option<LeanText> {
        let at = join("lean", key);
        let value = self.field(obj, key, "lean")?;
        let entry = self.object(value, &at)?;
        let title = self.text(entry, "title", &at);
        let detail = self.text(entry, "detail", &at);
        Some(LeanText {
            title: title?,
            detail: detail?,
        })
    }

    fn lean(&mut self, root: &Object) -> Option<LeanTexts> {
        let value = self.field(root, "lean", "")?;
        let obj = self.object(value, "lean")?;
        let clear = self.lean_text(obj, "clear");
        let blend = self.lean_text(obj, "blend");
        let flat = self.lean_text(obj, "flat");
        Some(LeanTexts {
            clear: clear?,
            blend: blend?,
            flat: flat?,
        })
    }
}
