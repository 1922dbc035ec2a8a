//! Reads a content document and checks all of it, collecting every problem with its place.

use super::json::{field, Json};
use super::locale::Locale;
use super::model::*;
use super::problems::{ContentErrors, Problem, ProblemKind};
use super::scoring;

/// Rating weights go both ways (reverse-keyed statements pull down); option weights only add.
const RATING_WEIGHTS: (f64, f64) = (-1.0, 1.0);
const OPTION_WEIGHTS: (f64, f64) = (0.0, 1.0);

impl Content {
    /// Parses and validates a content document. On failure, lists every problem found.
    pub fn parse(json: &str) -> Result<Content, ContentErrors> {
        let value = Json::parse(json).map_err(|e| {
            ContentErrors(vec![Problem {
                at: "(document)".into(),
                kind: ProblemKind::NotJson {
                    line: e.line,
                    column: e.column,
                },
            }])
        })?;
        let mut reader = Reader::default();
        let content = reader.content(&value);
        match content {
            Some(content) if reader.problems.is_empty() => {
                for role in Role::ALL {
                    let answers = scoring::answers_favouring(&content, role);
                    let ranked = scoring::rank(&content, &answers);
                    if ranked.top() != role {
                        reader.fail("roles", ProblemKind::Unreachable(role));
                    }
                }
                if reader.problems.is_empty() {
                    Ok(content)
                } else {
                    Err(ContentErrors(reader.problems))
                }
            }
            _ => Err(ContentErrors(reader.problems)),
        }
    }
}

fn join(at: &str, key: &str) -> String {
    if at.is_empty() {
        key.to_string()
    } else {
        format!("{at} › {key}")
    }
}

fn item(at: &str, index: usize, id: Option<&str>) -> String {
    match id {
        Some(id) => format!("{at}[{index}] ({id})"),
        None => format!("{at}[{index}]"),
    }
}

fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 64
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !id.starts_with('-')
}

#[derive(Default)]
struct Reader {
    problems: Vec<Problem>,
    /// The languages this document carries texts for; texts in other languages are left empty.
    locales: Vec<Locale>,
}

impl Reader {
    fn fail(&mut self, at: &str, kind: ProblemKind) {
        self.problems.push(Problem {
            at: at.to_string(),
            kind,
        });
    }

    fn object<'v>(&mut self, value: &'v Json, at: &str) -> Option<&'v [(String, Json)]> {
        let found = value.as_object();
        if found.is_none() {
            self.fail(at, ProblemKind::WrongType { expected: "object" });
        }
        found
    }

    /// A required field of an object.
    fn field<'v>(&mut self, obj: &'v [(String, Json)], key: &str, at: &str) -> Option<&'v Json> {
        let found = field(obj, key);
        if found.is_none() {
            self.fail(&join(at, key), ProblemKind::Missing);
        }
        found
    }

    fn string(&mut self, obj: &[(String, Json)], key: &str, at: &str) -> Option<String> {
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

    fn array<'v>(&mut self, obj: &'v [(String, Json)], key: &str, at: &str) -> Option<&'v [Json]> {
        let value = self.field(obj, key, at)?;
        let found = value.as_array();
        if found.is_none() {
            self.fail(&join(at, key), ProblemKind::WrongType { expected: "array" });
        }
        found
    }

    fn length(&mut self, items: &[Json], min: usize, max: usize, at: &str) -> bool {
        let ok = (min..=max).contains(&items.len());
        if !ok {
            self.fail(
                at,
                ProblemKind::Length {
                    found: items.len(),
                    min,
                    max,
                },
            );
        }
        ok
    }

    fn number(&mut self, value: &Json, (min, max): (f64, f64), at: &str) -> Option<f64> {
        let Some(number) = value.as_f64() else {
            self.fail(at, ProblemKind::WrongType { expected: "number" });
            return None;
        };
        if !(min..=max).contains(&number) {
            self.fail(
                at,
                ProblemKind::OutOfRange {
                    value: number,
                    min,
                    max,
                },
            );
            return None;
        }
        Some(number)
    }

    fn text_value(&mut self, value: &Json, at: &str) -> Option<Text> {
        let obj = self.object(value, at)?;
        let mut missing = false;
        let mut get = |reader: &mut Self, locale: Locale| -> String {
            if !reader.locales.contains(&locale) {
                return String::new();
            }
            match field(obj, locale.tag())
                .and_then(Json::as_str)
                .map(str::trim)
            {
                Some(text) if !text.is_empty() => text.to_string(),
                _ => {
                    reader.fail(at, ProblemKind::MissingLocale(locale));
                    missing = true;
                    String::new()
                }
            }
        };
        // Listed per locale so that a new `Locale` cannot be forgotten here.
        let text = Text {
            it: get(self, Locale::It),
            es: get(self, Locale::Es),
            en: get(self, Locale::En),
        };
        (!missing).then_some(text)
    }

    fn text(&mut self, obj: &[(String, Json)], key: &str, at: &str) -> Option<Text> {
        let value = self.field(obj, key, at)?;
        self.text_value(value, &join(at, key))
    }

    fn texts(
        &mut self,
        obj: &[(String, Json)],
        key: &str,
        min: usize,
        max: usize,
        at: &str,
    ) -> Option<Vec<Text>> {
        let items = self.array(obj, key, at)?;
        let at = join(at, key);
        let sized = self.length(items, min, max, &at);
        let texts: Vec<Option<Text>> = items
            .iter()
            .enumerate()
            .map(|(i, v)| self.text_value(v, &item(&at, i, None)))
            .collect();
        let texts: Option<Vec<Text>> = texts.into_iter().collect();
        texts.filter(|_| sized)
    }

    /// An id that must be well formed and unique among `seen`.
    fn id(&mut self, obj: &[(String, Json)], at: &str, seen: &mut Vec<String>) -> Option<String> {
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

    fn sources(
        &mut self,
        obj: &[(String, Json)],
        at: &str,
        known: &[(String, String)],
    ) -> Option<Vec<String>> {
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

    fn weights(
        &mut self,
        obj: &[(String, Json)],
        at: &str,
        dims: &[DimensionId],
        range: (f64, f64),
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

    fn content(&mut self, value: &Json) -> Option<Content> {
        let root = self.object(value, "(document)")?;
        let at = "";
        match field(root, "format") {
            Some(Json::Number(n)) if *n == 1.0 => {}
            Some(Json::Number(n)) => self.fail("format", ProblemKind::UnsupportedFormat(*n)),
            Some(_) => self.fail("format", ProblemKind::WrongType { expected: "number" }),
            None => self.fail("format", ProblemKind::Missing),
        }
        self.locales = self.locales(root);
        let version = self.string(root, "version", at);
        let title = self.text(root, "title", at);
        let intro = self.texts(root, "intro", 1, 8, at);
        let scale = self
            .texts(root, "scale", 5, 5, at)
            .and_then(|texts| <[Text; 5]>::try_from(texts).ok());
        let sources = self.source_map(root);
        let dimensions = self.dimensions(root);
        let dim_ids: Vec<DimensionId> = dimensions.iter().flatten().map(|d| d.id.clone()).collect();
        let roles = self.roles(root, &dim_ids, &sources);
        let questions = self.questions(root, &dim_ids, &sources);
        let lean = self.lean(root);
        Some(Content {
            locales: self.locales.clone(),
            version: version?,
            title: title?,
            intro: intro?,
            scale: scale?,
            sources,
            dimensions: dimensions?,
            roles: roles?,
            questions: questions?,
            lean: lean?,
        })
    }

    /// `locales` names the languages a document is written in; without it, all of them.
    /// The build splits the content into one document per language, so a first visit
    /// downloads one language's texts.
    fn locales(&mut self, root: &[(String, Json)]) -> Vec<Locale> {
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

    fn source_map(&mut self, root: &[(String, Json)]) -> Vec<(String, String)> {
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

    fn dimensions(&mut self, root: &[(String, Json)]) -> Option<Vec<Dimension>> {
        let items = self.array(root, "dimensions", "")?;
        self.length(items, 2, 16, "dimensions");
        let mut seen = Vec::new();
        let mut dims = Vec::new();
        let mut ok = true;
        for (i, value) in items.iter().enumerate() {
            let at = item("dimensions", i, value.get("id").and_then(Json::as_str));
            let Some(obj) = self.object(value, &at) else {
                ok = false;
                continue;
            };
            let id = self.id(obj, &at, &mut seen);
            let name = self.text(obj, "name", &at);
            let description = self.text(obj, "description", &at);
            match (id, name, description) {
                (Some(id), Some(name), Some(description)) => dims.push(Dimension {
                    id: DimensionId(id),
                    name,
                    description,
                }),
                _ => ok = false,
            }
        }
        ok.then_some(dims)
    }

    fn sourced_list(
        &mut self,
        obj: &[(String, Json)],
        key: &str,
        min: usize,
        at: &str,
        sources: &[(String, String)],
    ) -> Option<Vec<Sourced>> {
        let items = self.array(obj, key, at)?;
        let at = join(at, key);
        let mut ok = self.length(items, min, 16, &at);
        let mut list = Vec::new();
        for (i, value) in items.iter().enumerate() {
            let here = item(&at, i, None);
            let Some(entry) = self.object(value, &here) else {
                ok = false;
                continue;
            };
            let text = self.text(entry, "text", &here);
            let cited = self.sources(entry, &here, sources);
            match (text, cited) {
                (Some(text), Some(sources)) => list.push(Sourced { text, sources }),
                _ => ok = false,
            }
        }
        ok.then_some(list)
    }

    fn roles(
        &mut self,
        root: &[(String, Json)],
        dims: &[DimensionId],
        sources: &[(String, String)],
    ) -> Option<[RoleProfile; 3]> {
        let items = self.array(root, "roles", "")?;
        let mut found: [Option<RoleProfile>; 3] = [None, None, None];
        let mut seen = Vec::new();
        let mut ok = true;
        for (i, value) in items.iter().enumerate() {
            let at = item("roles", i, value.get("id").and_then(Json::as_str));
            let Some(obj) = self.object(value, &at) else {
                ok = false;
                continue;
            };
            let Some(id) = self.id(obj, &at, &mut seen) else {
                ok = false;
                continue;
            };
            let Some(role) = Role::from_id(&id) else {
                self.fail(&join(&at, "id"), ProblemKind::UnknownRole(id));
                ok = false;
                continue;
            };
            match self.role(obj, role, &at, dims, sources) {
                Some(profile) => found[role.index()] = Some(profile),
                None => ok = false,
            }
        }
        for role in Role::ALL {
            if !seen.iter().any(|id| id == role.id()) {
                self.fail("roles", ProblemKind::MissingRole(role));
                ok = false;
            }
        }
        let [cm, smm, sms] = found;
        if !ok {
            return None;
        }
        Some([cm?, smm?, sms?])
    }

    fn role(
        &mut self,
        obj: &[(String, Json)],
        role: Role,
        at: &str,
        dims: &[DimensionId],
        sources: &[(String, String)],
    ) -> Option<RoleProfile> {
        let name = self.text(obj, "name", at);
        let summary = self.text(obj, "summary", at);
        let profile = self.profile(obj, at, dims);
        let traits = self.traits(obj, at, dims, sources);
        let tasks = self.sourced_list(obj, "tasks", 3, at, sources);
        let next_steps = self.sourced_list(obj, "next_steps", 2, at, sources);
        if let (Some(profile), Some(traits)) = (&profile, &traits) {
            for (index, weight) in profile.iter().enumerate() {
                if *weight >= 0.5 && !traits.iter().any(|t| t.dimension == index) {
                    self.fail(
                        &join(at, "traits"),
                        ProblemKind::MissingTrait(dims[index].to_string()),
                    );
                }
            }
        }
        Some(RoleProfile {
            role,
            name: name?,
            summary: summary?,
            profile: profile?,
            traits: traits?,
            tasks: tasks?,
            next_steps: next_steps?,
        })
    }

    fn profile(
        &mut self,
        obj: &[(String, Json)],
        at: &str,
        dims: &[DimensionId],
    ) -> Option<Vec<f64>> {
        let value = self.field(obj, "profile", at)?;
        let at = join(at, "profile");
        let map = self.object(value, &at)?;
        let mut ok = true;
        for (key, _) in map {
            if !dims.iter().any(|d| d.as_str() == key) {
                self.fail(&join(&at, key), ProblemKind::UnknownDimension(key.clone()));
                ok = false;
            }
        }
        let mut profile = Vec::with_capacity(dims.len());
        for dim in dims {
            match field(map, dim.as_str()) {
                Some(v) => match self.number(v, (0.0, 1.0), &join(&at, dim.as_str())) {
                    Some(n) => profile.push(n),
                    None => ok = false,
                },
                None => {
                    self.fail(&at, ProblemKind::MissingProfileValue(dim.to_string()));
                    ok = false;
                }
            }
        }
        ok.then_some(profile)
    }

    fn traits(
        &mut self,
        obj: &[(String, Json)],
        at: &str,
        dims: &[DimensionId],
        sources: &[(String, String)],
    ) -> Option<Vec<Trait>> {
        let items = self.array(obj, "traits", at)?;
        let at = join(at, "traits");
        let mut ok = self.length(items, 1, 32, &at);
        let mut traits = Vec::new();
        for (i, value) in items.iter().enumerate() {
            let here = item(&at, i, None);
            let Some(entry) = self.object(value, &here) else {
                ok = false;
                continue;
            };
            let dimension = self.string(entry, "dimension", &here).and_then(|d| {
                let index = dims.iter().position(|id| id.as_str() == d);
                if index.is_none() {
                    self.fail(&join(&here, "dimension"), ProblemKind::UnknownDimension(d));
                }
                index
            });
            let text = self.text(entry, "text", &here);
            let cited = self.sources(entry, &here, sources);
            match (dimension, text, cited) {
                (Some(dimension), Some(text), Some(sources)) => traits.push(Trait {
                    dimension,
                    text,
                    sources,
                }),
                _ => ok = false,
            }
        }
        ok.then_some(traits)
    }

    fn questions(
        &mut self,
        root: &[(String, Json)],
        dims: &[DimensionId],
        sources: &[(String, String)],
    ) -> Option<Vec<Question>> {
        let items = self.array(root, "questions", "")?;
        let mut ok = self.length(items, 3, 200, "questions");
        let mut seen = Vec::new();
        let mut questions = Vec::new();
        for (i, value) in items.iter().enumerate() {
            let at = item("questions", i, value.get("id").and_then(Json::as_str));
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
        let topic = self.text(obj, "topic", at);
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
                    let n = self.number(v, (1.0, 10.0), &join(at, "count"))?;
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
            topic: topic?,
            prompt: prompt?,
            sources: cited?,
            kind: kind?,
        })
    }

    #[allow(clippy::too_many_arguments)]
    fn options(
        &mut self,
        obj: &[(String, Json)],
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
            let here = item(&at, i, value.get("id").and_then(Json::as_str));
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

    fn lean_text(&mut self, obj: &[(String, Json)], key: &str) -> Option<LeanText> {
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

    fn lean(&mut self, root: &[(String, Json)]) -> Option<LeanTexts> {
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
