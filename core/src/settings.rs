//! Every setting a host gives the widget, declared once: its names (data- attribute, frame and
//! kiosk page parameter, shortcode attribute, API option, block attribute), the values it takes,
//! how a value is read, its default and which ways of embedding take it. The widget never reads
//! this table, so it costs the download nothing; xtask's `settings` test holds every other
//! declaration to it (the loader's table and the API's checks, the frame's and kiosk page's
//! parameters, the WordPress plugin, the TypeScript declarations, the docs' tables).

use crate::Locale;

/// The values a setting takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Values {
    /// One of these words, read whatever its case (`Kiosk` is `kiosk`).
    OneOf(&'static [&'static str]),
    /// A language RoleFit speaks (`Locale::ALL`), or a tag whose first part is one; the widget
    /// negotiates the rest (the browser's languages come next).
    Language,
    /// `#rgb` or `#rrggbb`, read whatever its case.
    Colour,
    /// Whole seconds, 1 to 86,400.
    Seconds,
    /// An address, read as written (but for spaces around it).
    Address,
    /// On (present with no value, or `true`) or off (`false`, or absent), whatever its case.
    Flag,
    /// The next step per role: `next-<role>`, `next-label-<role>`, `next-label-<role>-<lang>`.
    NextSteps,
}

/// How a WordPress block gives a setting (its attribute is named as the API's option).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Block {
    /// Not in the block.
    No,
    /// A `string` attribute, `""` by default.
    Text,
    /// A `boolean` attribute, `false` by default.
    Boolean,
    /// An `object` attribute, `{}` by default.
    Object,
}

/// Which ways of embedding take a setting.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Takes {
    /// A placeholder's data- attribute (read by embed.js and the widget).
    pub inline: bool,
    /// An option of `mount()` (api.js, rolefit.d.ts).
    pub api: bool,
    /// A parameter of frame.html's address (frame.js).
    pub frame: bool,
    /// A parameter of kiosk.html's address (kiosk.js).
    pub kiosk_page: bool,
    /// An attribute of the `[rolefit]` shortcode (placeholder.php).
    pub shortcode: bool,
    /// An attribute of the block (block.json).
    pub block: Block,
}

/// One setting.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Setting {
    /// The API's option, and the block's attribute.
    pub option: &'static str,
    /// The data- attribute without `data-`; also the frame's, kiosk page's and shortcode's name.
    pub attribute: &'static str,
    pub values: Values,
    /// The value that applies without one (`""`: none, the widget decides).
    pub default: &'static str,
    /// In kiosk mode, where it differs.
    pub kiosk_default: Option<&'static str>,
    pub takes: Takes,
}

const EVERYWHERE: Takes = Takes {
    inline: true,
    api: true,
    frame: true,
    kiosk_page: true,
    shortcode: true,
    block: Block::Text,
};
const KIOSK_ONLY: Takes = Takes {
    inline: true,
    api: true,
    frame: true,
    kiosk_page: true,
    shortcode: false,
    block: Block::No,
};
const NOT_KIOSK_PAGE: Takes = Takes {
    kiosk_page: false,
    ..EVERYWHERE
};

const fn setting(option: &'static str, attribute: &'static str, values: Values) -> Setting {
    Setting {
        option,
        attribute,
        values,
        default: "",
        kiosk_default: None,
        takes: EVERYWHERE,
    }
}

/// Every setting, in the order the loader and the docs list them.
pub const SETTINGS: [Setting; 12] = [
    setting("lang", "lang", Values::Language),
    Setting {
        default: "auto",
        ..setting("theme", "theme", Values::OneOf(&["auto", "light", "dark"]))
    },
    setting("accent", "accent", Values::Colour),
    Setting {
        default: "embedded",
        takes: NOT_KIOSK_PAGE,
        ..setting("mode", "mode", Values::OneOf(&["embedded", "kiosk"]))
    },
    Setting {
        default: "full",
        kiosk_default: Some("quick"),
        ..setting("length", "length", Values::OneOf(&["full", "quick"]))
    },
    setting("bank", "bank", Values::Address),
    Setting {
        default: "false",
        takes: Takes {
            frame: false,
            kiosk_page: false,
            block: Block::Boolean,
            ..EVERYWHERE
        },
        ..setting("includeAnswers", "include-answers", Values::Flag)
    },
    Setting {
        default: "45",
        takes: KIOSK_ONLY,
        ..setting("idleSeconds", "idle-seconds", Values::Seconds)
    },
    Setting {
        default: "15",
        takes: KIOSK_ONLY,
        ..setting("warningSeconds", "warning-seconds", Values::Seconds)
    },
    Setting {
        default: "90",
        takes: KIOSK_ONLY,
        ..setting("resultSeconds", "result-seconds", Values::Seconds)
    },
    Setting {
        takes: Takes {
            frame: false,
            ..KIOSK_ONLY
        },
        ..setting("takeHome", "take-home", Values::Address)
    },
    Setting {
        takes: Takes {
            kiosk_page: false,
            block: Block::Object,
            ..EVERYWHERE
        },
        ..setting("next", "next-<role>", Values::NextSteps)
    },
];

impl Setting {
    /// A value as the widget takes it, or `None` for one not understood (which the loader
    /// drops with a warning, and `mount()` refuses). Words and colours are read whatever their
    /// case and become lowercase, a language too (the widget negotiates any tag, and warns
    /// about one it does not speak); addresses stay as written. Spaces around a value never
    /// count.
    pub fn normalise(&self, value: &str) -> Option<String> {
        let value = value.trim();
        let lower = value.to_ascii_lowercase();
        let fine = match self.values {
            Values::OneOf(words) => words.contains(&lower.as_str()),
            Values::Language => true,
            Values::NextSteps => return Some(value.to_owned()),
            Values::Colour => {
                let hex = lower.strip_prefix('#').unwrap_or("");
                matches!(hex.len(), 3 | 6) && hex.bytes().all(|b| b.is_ascii_hexdigit())
            }
            Values::Seconds => {
                value.bytes().all(|b| b.is_ascii_digit())
                    && value
                        .parse::<u32>()
                        .is_ok_and(|s| (1..=86_400).contains(&s))
            }
            Values::Address if self.option == "takeHome" => {
                let rest = lower
                    .strip_prefix("https://")
                    .or(lower.strip_prefix("http://"));
                return rest
                    .filter(|r| !r.is_empty() && !value.contains(char::is_whitespace))
                    .map(|_| value.to_owned());
            }
            Values::Address => return (!value.is_empty()).then(|| value.to_owned()),
            Values::Flag => lower == "true" || lower == "false" || lower.is_empty(),
        };
        fine.then_some(lower)
    }

    /// The words a value may be, where it is one of a list (the languages from `Locale::ALL`).
    pub fn words(&self) -> Vec<&'static str> {
        match self.values {
            Values::OneOf(words) => words.to_vec(),
            Values::Language => Locale::ALL.iter().map(|l| l.tag()).collect(),
            Values::Flag => vec!["true", "false"],
            _ => Vec::new(),
        }
    }

    /// Values that are understood, as a host might write them, and values that are not.
    pub fn samples(&self) -> (Vec<String>, Vec<&'static str>) {
        let mut good: Vec<String> = Vec::new();
        for word in self.words() {
            good.extend([
                word.to_owned(),
                word.to_ascii_uppercase(),
                capitalised(word),
            ]);
        }
        let bad = match self.values {
            Values::OneOf(_) | Values::Flag => vec!["nonsense", "yes"],
            Values::Colour => {
                good.extend(["#0A7D5A", "#abc", " #0a7d5a "].map(String::from));
                vec!["teal", "#12345", "#ggg"]
            }
            Values::Seconds => {
                good.extend(["30", "86400", " 7 "].map(String::from));
                vec!["0", "1.5", "86401", "soon"]
            }
            Values::Address if self.option == "takeHome" => {
                good.extend(["https://example.org/Quiz", "HTTP://example.org/"].map(String::from));
                vec!["ftp://example.org/", "example.org"]
            }
            _ => Vec::new(),
        };
        (good, bad)
    }
}

fn capitalised(word: &str) -> String {
    let mut chars = word.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_ascii_uppercase().to_string() + chars.as_str()
    })
}

/// The setting whose API option is `option`.
pub fn by_option(option: &str) -> Option<&'static Setting> {
    SETTINGS.iter().find(|s| s.option == option)
}
