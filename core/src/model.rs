//! The validated content: what the quiz asks and what the roles are. Built only by
//! [`Content::parse`](crate::Content::parse), so every value here has been checked; the
//! fields are private to the core and read through accessors.

pub use super::ids::{ChoiceId, DimensionId, QuestionId, Role, RoleId};
use super::length::Length;
use super::locale::Locale;
use super::words::Words;

/// One text in each language its document declares, never empty: a whole document has all
/// of them, a language edition one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Text(pub(crate) Vec<(Locale, String)>);

impl Text {
    /// The text in `locale`. A document is shown only in a language it speaks
    /// ([`Content::speaks`]); asked for another, this is its first language's text, so that
    /// a mistake shows words rather than a blank.
    pub fn get(&self, locale: Locale) -> &str {
        let found = self.0.iter().find(|(l, _)| *l == locale);
        found.or(self.0.first()).map_or("", |(_, text)| text)
    }
}

/// Public read-only accessors for fields that only the parser sets.
macro_rules! accessors {
    ($type:ty { $($(#[$doc:meta])* $field:ident: $out:ty),* $(,)? }) => {
        impl $type {
            $($(#[$doc])* pub fn $field(&self) -> $out {
                &self.$field
            })*
        }
    };
}

/// Position of a dimension in [`Content::dimensions`]; every per-dimension vector uses it.
pub type DimensionIndex = usize;

/// How much an answer moves each dimension, in thousandths, one entry per dimension.
/// Integers, so that sums do not depend on the order answers are added in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Weights(pub(crate) Vec<i64>);

impl Weights {
    pub fn as_slice(&self) -> &[i64] {
        &self.0
    }
}

/// Weights are written as decimals in the content and kept as thousandths.
pub const WEIGHT_SCALE: f64 = 1000.0;

#[derive(Clone, Debug, PartialEq)]
pub struct Dimension {
    pub(crate) id: DimensionId,
    pub(crate) name: Text,
    /// With the other texts that explain a result: see [`Content::lean`].
    pub(crate) description: Option<Text>,
}

accessors!(Dimension {
    id: &DimensionId,
    name: &Text,
});

impl Dimension {
    pub fn description(&self) -> Option<&Text> {
        self.description.as_ref()
    }
}

/// A sentence about a role, with the articles it comes from.
#[derive(Clone, Debug, PartialEq)]
pub struct Sourced {
    pub(crate) text: Text,
    pub(crate) sources: Vec<String>,
}

accessors!(Sourced {
    text: &Text,
    sources: &[String]
});

/// What a role needs on one dimension, in the candidate's terms.
#[derive(Clone, Debug, PartialEq)]
pub struct Trait {
    pub(crate) dimension: DimensionIndex,
    pub(crate) text: Text,
    pub(crate) sources: Vec<String>,
}

accessors!(Trait {
    text: &Text,
    sources: &[String]
});

impl Trait {
    pub fn dimension(&self) -> DimensionIndex {
        self.dimension
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct RoleProfile {
    pub(crate) role: Role,
    pub(crate) id: RoleId,
    pub(crate) name: Text,
    /// How much the role draws on each dimension, 0 to 1, one entry per dimension.
    pub(crate) profile: Vec<f64>,
    pub(crate) guide: Option<Guide>,
}

accessors!(RoleProfile {
    id: &RoleId,
    name: &Text,
    profile: &[f64],
});

/// What a role is, what it draws on and what to try next: shown with the result by the keep
/// module. A document has a guide for every role or for none (the build's quiz editions,
/// which the widget downloads first, leave them to the complete editions the keep module
/// reads).
#[derive(Clone, Debug, PartialEq)]
pub struct Guide {
    pub(crate) summary: Text,
    pub(crate) traits: Vec<Trait>,
    pub(crate) tasks: Vec<Sourced>,
    pub(crate) next_steps: Vec<Sourced>,
}

accessors!(Guide {
    summary: &Text,
    traits: &[Trait],
    tasks: &[Sourced],
    next_steps: &[Sourced],
});

impl RoleProfile {
    pub fn role(&self) -> Role {
        self.role
    }

    pub fn guide(&self) -> Option<&Guide> {
        self.guide.as_ref()
    }
}

impl Guide {
    pub fn trait_for(&self, dimension: DimensionIndex) -> Option<&Trait> {
        self.traits.iter().find(|t| t.dimension == dimension)
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Choice {
    pub(crate) id: ChoiceId,
    pub(crate) label: Text,
    pub(crate) weights: Weights,
    pub(crate) sources: Vec<String>,
}

accessors!(Choice {
    id: &ChoiceId,
    label: &Text,
    weights: &Weights,
    sources: &[String]
});

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
    pub(crate) id: QuestionId,
    /// A short name of what it asks about, for the result's reasons: with the other texts
    /// that explain a result (see [`Content::lean`]).
    pub(crate) topic: Option<Text>,
    pub(crate) prompt: Text,
    pub(crate) sources: Vec<String>,
    pub(crate) kind: QuestionKind,
}

accessors!(Question {
    id: &QuestionId,
    prompt: &Text,
    sources: &[String],
    kind: &QuestionKind,
});

impl Question {
    pub fn topic(&self) -> Option<&Text> {
        self.topic.as_ref()
    }

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
    pub(crate) title: Text,
    pub(crate) detail: Text,
}

accessors!(LeanText {
    title: &Text,
    detail: &Text
});

#[derive(Clone, Debug, PartialEq)]
pub struct LeanTexts {
    pub(crate) clear: LeanText,
    pub(crate) blend: LeanText,
    pub(crate) flat: LeanText,
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
    pub(crate) locales: Vec<Locale>,
    pub(crate) version: String,
    pub(crate) title: Text,
    pub(crate) intro: Vec<Text>,
    /// What the intro says before a quick quiz (it is shorter), if the document says it.
    pub(crate) quick_intro: Option<Vec<Text>>,
    pub(crate) scale: [Text; 5],
    /// Short source names (`S0`…) and the article file each stands for, in document order.
    pub(crate) sources: Vec<(String, String)>,
    pub(crate) dimensions: Vec<Dimension>,
    /// 2 to 6, in document order, indexed by [`Role::index`].
    pub(crate) roles: Vec<RoleProfile>,
    pub(crate) questions: Vec<Question>,
    /// The quick quiz's order: question indices, most telling first. The document's
    /// `quick_order` (for the shipped content, the order [`crate::quick::order`] finds in the
    /// weights, which a test holds it to: the widget does not work it out); without it, the
    /// document's own order.
    pub(crate) quick_order: Vec<usize>,
    /// The texts that explain a result (these, each dimension's description and each role's
    /// guide) are all here or all absent: the quiz editions leave them out.
    pub(crate) lean: Option<LeanTexts>,
    /// The widget's own words, in every language of the document.
    pub(crate) words: Option<Words>,
}

accessors!(Content {
    /// The languages this document has texts for.
    locales: &[Locale],
    version: &str,
    title: &Text,
    scale: &[Text; 5],
    sources: &[(String, String)],
    dimensions: &[Dimension],
    /// 2 to 6, in document order, indexed by [`Role::index`].
    roles: &[RoleProfile],
    questions: &[Question],
    quick_order: &[usize],
});

impl Content {
    /// The intro before a quiz of `length`: the quick quiz's own, where the document has one.
    pub fn intro(&self, length: Length) -> &[Text] {
        match (length, &self.quick_intro) {
            (Length::Quick, Some(quick)) => quick,
            _ => &self.intro,
        }
    }

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

    /// The widget's own words, where the document has them (every document the widget shows
    /// does: [`crate::read_edition`]).
    pub fn words(&self) -> Option<&Words> {
        self.words.as_ref()
    }

    /// The lean texts, in a document that explains results (not a quiz edition).
    pub fn lean(&self) -> Option<&LeanTexts> {
        self.lean.as_ref()
    }

    /// A role of this content; one of another content with more roles falls back to the
    /// first, so that a mix-up shows a role rather than a panic.
    pub fn role(&self, role: Role) -> &RoleProfile {
        self.roles.get(role.index()).unwrap_or(&self.roles[0])
    }

    /// The roles, in document order (the tie-break's order).
    pub fn all_roles(&self) -> impl Iterator<Item = Role> + '_ {
        self.roles.iter().map(|r| r.role)
    }

    pub fn role_by_id(&self, id: &str) -> Option<Role> {
        self.roles
            .iter()
            .find(|r| r.id.as_str() == id)
            .map(|r| r.role)
    }

    pub fn question(&self, id: &QuestionId) -> Option<&Question> {
        self.questions.iter().find(|q| &q.id == id)
    }

    /// Scored responses in the whole quiz.
    pub fn responses(&self) -> usize {
        self.questions.iter().map(Question::responses).sum()
    }
}
