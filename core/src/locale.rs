//! The languages RoleFit speaks, and how one is chosen.

use std::fmt;

/// A language the widget is written in. Matched exhaustively wherever text is chosen,
/// so a language added here does not compile until every text has it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Locale {
    It,
    Es,
    En,
}

impl Locale {
    pub const ALL: [Locale; 3] = [Locale::It, Locale::Es, Locale::En];

    /// The fallback when nothing the host or browser asks for is available.
    pub const FALLBACK: Locale = Locale::En;

    pub fn tag(self) -> &'static str {
        match self {
            Locale::It => "it",
            Locale::Es => "es",
            Locale::En => "en",
        }
    }

    /// The language's name in itself, for the language switcher.
    pub fn native_name(self) -> &'static str {
        match self {
            Locale::It => "Italiano",
            Locale::Es => "Español",
            Locale::En => "English",
        }
    }

    /// Reads a BCP 47 tag such as `it`, `es-419` or `EN-gb`; only the primary subtag counts.
    pub fn from_tag(tag: &str) -> Result<Locale, UnknownLocale> {
        let primary = tag.trim().split(['-', '_']).next().unwrap_or("");
        match primary.to_ascii_lowercase().as_str() {
            "it" => Ok(Locale::It),
            "es" => Ok(Locale::Es),
            "en" => Ok(Locale::En),
            _ => Err(UnknownLocale(tag.to_string())),
        }
    }

    /// Chooses the language: the host's `data-lang` if it names one we speak, else the first
    /// of the browser's languages we speak, else English. An unknown host tag is reported so
    /// the edge can warn about it.
    pub fn negotiate<'a>(
        requested: Option<&str>,
        browser: impl IntoIterator<Item = &'a str>,
    ) -> (Locale, Option<UnknownLocale>) {
        let mut warning = None;
        if let Some(tag) = requested.filter(|t| !t.trim().is_empty()) {
            match Locale::from_tag(tag) {
                Ok(locale) => return (locale, None),
                Err(unknown) => warning = Some(unknown),
            }
        }
        let locale = browser
            .into_iter()
            .find_map(|tag| Locale::from_tag(tag).ok())
            .unwrap_or(Locale::FALLBACK);
        (locale, warning)
    }
}

/// A language tag RoleFit does not speak.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnknownLocale(pub String);

impl fmt::Display for UnknownLocale {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "RoleFit: unknown language \"{}\" in data-lang; expected one of it, es, en",
            self.0
        )
    }
}
