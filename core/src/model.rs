//! The validated content: what the quiz asks and what the roles are. Built only by
//! [`Content::parse`](crate::Content::parse), so every value here has been checked.

use std::fmt;

use super::locale::Locale;

/// One text in every language RoleFit speaks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Text {
    pub it: String,
    pub es: String,
    pub en: String,
}

impl Text {
    pub fn get(&self, locale: Locale) -> &str {
        match locale {
            Locale::It => &self.it,
            Locale::Es => &self.es,
            Locale::En => &self.en,
        }
    }
}

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

/// Position of a dimension in [`Content::dimensions`]; every per-dimension vector uses it.
pub type DimensionIndex = usize;

/// How much an answer moves each dimension, in thousandths, one entry per dimension.
/// Integers, so that sums do not depend on the order answers are added in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Weights(pub Vec<i64>);

/// Weights are written as decimals in the content and kept as thousandths.
pub const WEIGHT_SCALE: f64 = 1000.0;

#[derive(Clone, Debug, PartialEq)]
pub struct Dimension {
    pub id: DimensionId,
    pub name: Text,
    pub description: Text,
}

/// A sentence about a role, with the articles it comes from.
#[derive(Clone, Debug, PartialEq)]
pub struct Sourced {
    pub text: Text,
    pub sources: Vec<String>,
}

/// What a role needs on one dimension, in the candidate's terms.
#[derive(Clone, Debug, PartialEq)]
pub struct Trait {
    pub dimension: DimensionIndex,
    pub text: Text,
    pub sources: Vec<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct RoleProfile {
    pub role: Role,
    pub name: Text,
    pub summary: Text,
    /// How much the role draws on each dimension, 0 to 1, one entry per dimension.
    pub profile: Vec<f64>,
    pub traits: Vec<Trait>,
    pub tasks: Vec<Sourced>,
    pub next_steps: Vec<Sourced>,
}

impl RoleProfile {
    pub fn trait_for(&self, dimension: DimensionIndex) -> Option<&Trait> {
        self.traits.iter().find(|t| t.dimension == dimension)
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Choice {
    pub id: ChoiceId,
    pub label: Text,
    pub weights: Weights,
    pub sources: Vec<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum QuestionKind {
    /// A statement rated on the 5-point scale.
    Rating { weights: Weights },
    /// A scenario with one answer.
    Choice { options: Vec<Choice> },
    /// Exactly `count` of the options.
    Pick { count: usize, options: Vec<Choice> },
}

#[derive(Clone, Debug, PartialEq)]
pub struct Question {
    pub id: QuestionId,
    pub topic: Text,
    pub prompt: Text,
    pub sources: Vec<String>,
    pub kind: QuestionKind,
}

impl Question {
    pub fn options(&self) -> &[Choice] {
        match &self.kind {
            QuestionKind::Rating { .. } => &[],
            QuestionKind::Choice { options } | QuestionKind::Pick { options, .. } => options,
        }
    }

    pub fn option(&self, id: &ChoiceId) -> Option<&Choice> {
        self.options().iter().find(|c| &c.id == id)
    }

    /// Scored responses this question gives: one, or `count` for a pick.
    pub fn responses(&self) -> usize {
        match &self.kind {
            QuestionKind::Pick { count, .. } => *count,
            _ => 1,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct LeanText {
    pub title: Text,
    pub detail: Text,
}

#[derive(Clone, Debug, PartialEq)]
pub struct LeanTexts {
    pub clear: LeanText,
    pub blend: LeanText,
    pub flat: LeanText,
}

impl LeanTexts {
    pub fn get(&self, lean: super::lean::Lean) -> &LeanText {
        use super::lean::Lean;
        match lean {
            Lean::Clear => &self.clear,
            Lean::Blend => &self.blend,
            Lean::Flat => &self.flat,
        }
    }
}

/// The whole quiz: one validated document.
#[derive(Clone, Debug, PartialEq)]
pub struct Content {
    /// The languages this document has texts for: all of them for a whole document, one
    /// for a language edition made by the build.
    pub locales: Vec<Locale>,
    pub version: String,
    pub title: Text,
    pub intro: Vec<Text>,
    pub scale: [Text; 5],
    /// Short source names (`S0`…) and the article file each stands for, in document order.
    pub sources: Vec<(String, String)>,
    pub dimensions: Vec<Dimension>,
    /// Indexed by [`Role::index`].
    pub roles: [RoleProfile; 3],
    pub questions: Vec<Question>,
    pub lean: LeanTexts,
}

impl Content {
    pub fn speaks(&self, locale: Locale) -> bool {
        self.locales.contains(&locale)
    }

    /// Whether two documents are the same quiz (say, two language editions of it), so that
    /// answers given on one hold on the other.
    pub fn same_quiz_as(&self, other: &Content) -> bool {
        self.version == other.version
            && self.questions.len() == other.questions.len()
            && self.questions.iter().zip(&other.questions).all(|(a, b)| {
                a.id == b.id
                    && a.options()
                        .iter()
                        .map(|o| &o.id)
                        .eq(b.options().iter().map(|o| &o.id))
            })
    }

    pub fn role(&self, role: Role) -> &RoleProfile {
        &self.roles[role.index()]
    }

    pub fn question(&self, id: &QuestionId) -> Option<&Question> {
        self.questions.iter().find(|q| &q.id == id)
    }

    /// Scored responses in the whole quiz.
    pub fn responses(&self) -> usize {
        self.questions.iter().map(Question::responses).sum()
    }
}
