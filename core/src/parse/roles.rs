//! The role profiles, 2 to 6 in the document's order: what each draws on, in the
//! candidate's terms, and its sources.

use super::reader::{item, item_with_id, join, Object, Reader};
use crate::json::field;
use crate::model::*;
use crate::problems::ProblemKind;

/// The fewest and the most roles a document declares.
pub const MIN_ROLES: usize = 2;
pub const MAX_ROLES: usize = 6;

impl Reader {
    fn sourced_list(
        &mut self,
        obj: &Object,
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

    /// The document's roles, 2 to 6, in its order: each with a valid id of its own.
    pub(super) fn roles(
        &mut self,
        root: &Object,
        dims: &[DimensionId],
        sources: &[(String, String)],
        guided: bool,
    ) -> Option<Vec<RoleProfile>> {
        let items = self.array(root, "roles", "")?;
        let mut ok = self.length(items, MIN_ROLES, MAX_ROLES, "roles");
        let mut found = Vec::new();
        let mut seen = Vec::new();
        for (i, value) in items.iter().enumerate() {
            let at = item_with_id("roles", i, value);
            let Some(obj) = self.object(value, &at) else {
                ok = false;
                continue;
            };
            let Some(id) = self.id(obj, &at, &mut seen) else {
                ok = false;
                continue;
            };
            let role = Role::at(found.len());
            match self.role(obj, role, RoleId(id), &at, dims, sources, guided) {
                Some(profile) => found.push(profile),
                None => ok = false,
            }
        }
        ok.then_some(found)
    }

    #[allow(clippy::too_many_arguments)]
    fn role(
        &mut self,
        obj: &Object,
        role: Role,
        id: RoleId,
        at: &str,
        dims: &[DimensionId],
        sources: &[(String, String)],
        guided: bool,
    ) -> Option<RoleProfile> {
        let name = self.text(obj, "name", at);
        let profile = self.profile(obj, at, dims);
        let guide = guided.then(|| self.guide(obj, at, dims, sources));
        if let (Some(profile), Some(Some(guide))) = (&profile, &guide) {
            for (index, weight) in profile.iter().enumerate() {
                if *weight >= 0.5 && !guide.traits.iter().any(|t| t.dimension == index) {
                    self.fail(
                        &join(at, "traits"),
                        ProblemKind::MissingTrait(dims[index].to_string()),
                    );
                }
            }
        }
        Some(RoleProfile {
            role,
            id,
            name: name?,
            profile: profile?,
            guide: match guide {
                Some(guide) => Some(guide?),
                None => None,
            },
        })
    }

    fn guide(
        &mut self,
        obj: &Object,
        at: &str,
        dims: &[DimensionId],
        sources: &[(String, String)],
    ) -> Option<Guide> {
        let summary = self.text(obj, "summary", at);
        let traits = self.traits(obj, at, dims, sources);
        let tasks = self.sourced_list(obj, "tasks", 3, at, sources);
        let next_steps = self.sourced_list(obj, "next_steps", 2, at, sources);
        Some(Guide {
            summary: summary?,
            traits: traits?,
            tasks: tasks?,
            next_steps: next_steps?,
        })
    }

    fn profile(&mut self, obj: &Object, at: &str, dims: &[DimensionId]) -> Option<Vec<f64>> {
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
                Some(v) => match self.number(v, (0, 1), &join(&at, dim.as_str())) {
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
        obj: &Object,
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
}
