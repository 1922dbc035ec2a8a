//! The names content gives things: the three fixed roles, and the ids of dimensions,
//! questions and options.

use std::fmt;

/// The three roles. Their ids are fixed by the content format; their order here is the
/// documented tie-break when two roles score exactly the same.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Role {
    CommunityManager,
    SocialMediaManager,
    SocialMediaStrategist,
}

impl Role {
    pub const ALL: [Role; 3] = [
        Role::CommunityManager,
        Role::SocialMediaManager,
        Role::SocialMediaStrategist,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Role::CommunityManager => "community-manager",
            Role::SocialMediaManager => "social-media-manager",
            Role::SocialMediaStrategist => "social-media-strategist",
        }
    }

    pub fn from_id(id: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|role| role.id() == id)
    }

    pub fn index(self) -> usize {
        self as usize
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
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
