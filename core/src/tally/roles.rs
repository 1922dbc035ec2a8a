//! The roles in the counts: each one's count, by id, and the names that label them.

use super::Tallies;
use crate::ids::RoleId;

/// How many finished candidates had one role on top.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RoleCount {
    pub id: RoleId,
    pub count: u32,
}

/// The roles' names that label their counts, by id: from the widget's results in one
/// language (memory only, [`Counting::names`](super::Counting::names)) or from a CSV export's labels. A role without
/// one is labelled with its id.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RoleNames(Vec<(RoleId, String)>);

impl RoleNames {
    pub fn get<'a>(&'a self, id: &'a RoleId) -> &'a str {
        self.0
            .iter()
            .find(|(known, _)| known == id)
            .map_or(id.as_str(), |(_, name)| name)
    }

    /// Names `id`; a name it already has is kept.
    pub fn add(&mut self, id: &RoleId, name: &str) {
        if !self.0.iter().any(|(known, _)| known == id) {
            self.0.push((id.clone(), name.to_string()));
        }
    }
}

impl Tallies {
    /// The count of the role `id`, added at its place (counting 0) if it was not there.
    pub(super) fn role_slot(&mut self, id: &RoleId) -> &mut RoleCount {
        let index = match self.roles.binary_search_by(|r| r.id.cmp(id)) {
            Ok(index) => index,
            Err(index) => {
                let count = RoleCount {
                    id: id.clone(),
                    count: 0,
                };
                self.roles.insert(index, count);
                index
            }
        };
        &mut self.roles[index]
    }
}
