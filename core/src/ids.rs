//! The names content gives things: roles (by place and by id), and the ids of dimensions,
//! questions and options.

use std::fmt;

/// One of the content's roles: its place in the document's list of roles (2 to 6), which is
/// also the tie-break when two roles score exactly the same. Made only by the content
/// ([`crate::Content::all_roles`], [`crate::Content::role_by_id`]); outside the core a role is
/// named by its [`RoleId`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Role(u8);

impl Role {
    /// The role at `index` in the content's list; the parser keeps that list at most 6 long.
    pub(crate) fn at(index: usize) -> Role {
        Role(index as u8)
    }

    pub fn index(self) -> usize {
        usize::from(self.0)
    }
}

macro_rules! id_newtype {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub struct $name(pub String);

        impl $name {
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl From<&str> for $name {
            fn from(id: &str) -> Self {
                $name(id.to_string())
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }
    };
}

id_newtype!(
    /// Names a role, e.g. `community-manager`: what hosts, tallies and events see.
    RoleId
);
id_newtype!(
    /// Names a dimension, e.g. `moderation`.
    DimensionId
);
id_newtype!(
    /// Names a question, e.g. `angry-comment-late`.
    QuestionId
);
id_newtype!(
    /// Names an option within its question.
    ChoiceId
);
