//! What can be wrong with a content document, said in the candidate's language.

use std::fmt;

use super::locale::Locale;
use super::model::Role;

/// One problem found while reading content, with where it is.
#[derive(Clone, Debug, PartialEq)]
pub struct Problem {
    /// A path into the document, e.g. `questions[3] (angry-comment) › options[1] › weights`.
    pub at: String,
    pub kind: ProblemKind,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ProblemKind {
    NotJson {
        line: usize,
        column: usize,
    },
    UnsupportedFormat(f64),
    Missing,
    WrongType {
        expected: &'static str,
    },
    MissingLocale(Locale),
    BadId(String),
    Duplicate(String),
    UnknownDimension(String),
    UnknownSource(String),
    UnknownRole(String),
    UnknownKind(String),
    UnknownLanguage(String),
    MissingRole(Role),
    OutOfRange {
        value: f64,
        min: f64,
        max: f64,
    },
    Length {
        found: usize,
        min: usize,
        max: usize,
    },
    MissingProfileValue(String),
    MissingTrait(String),
    Unreachable(Role),
}

/// Every problem found in one document; never empty when returned as an error.
#[derive(Clone, Debug, PartialEq)]
pub struct ContentErrors(pub Vec<Problem>);

impl Problem {
    pub fn describe(&self, locale: Locale) -> String {
        format!("{}: {}", self.at, self.kind.describe(locale))
    }
}

impl ProblemKind {
    pub fn describe(&self, locale: Locale) -> String {
        use Locale::*;
        use ProblemKind::*;
        match (self, locale) {
            (NotJson { line, column }, It) => {
                format!("non è JSON valido (riga {line}, colonna {column})")
            }
            (NotJson { line, column }, Es) => {
                format!("no es JSON válido (línea {line}, columna {column})")
            }
            (NotJson { line, column }, En) => {
                format!("is not valid JSON (line {line}, column {column})")
            }
            (UnsupportedFormat(f), It) => {
                format!("formato {} non supportato; atteso 1", decimal(*f))
            }
            (UnsupportedFormat(f), Es) => {
                format!("formato {} no admitido; se esperaba 1", decimal(*f))
            }
            (UnsupportedFormat(f), En) => {
                format!("format {} is not supported; expected 1", decimal(*f))
            }
            (Missing, It) => "campo obbligatorio mancante".into(),
            (Missing, Es) => "falta un campo obligatorio".into(),
            (Missing, En) => "required field is missing".into(),
            (WrongType { expected }, It) => format!("tipo errato; atteso {expected}"),
            (WrongType { expected }, Es) => format!("tipo incorrecto; se esperaba {expected}"),
            (WrongType { expected }, En) => format!("wrong type; expected {expected}"),
            (MissingLocale(l), It) => format!("manca il testo in \"{}\"", l.tag()),
            (MissingLocale(l), Es) => format!("falta el texto en \"{}\"", l.tag()),
            (MissingLocale(l), En) => format!("the \"{}\" text is missing or empty", l.tag()),
            (BadId(id), It) => {
                format!("id \"{id}\" non valido: usa lettere minuscole, cifre e trattini")
            }
            (BadId(id), Es) => format!("id \"{id}\" no válido: usa minúsculas, cifras y guiones"),
            (BadId(id), En) => {
                format!("id \"{id}\" is not valid: use lowercase letters, digits and dashes")
            }
            (Duplicate(id), It) => format!("l'id \"{id}\" è ripetuto"),
            (Duplicate(id), Es) => format!("el id \"{id}\" está repetido"),
            (Duplicate(id), En) => format!("the id \"{id}\" is used twice"),
            (UnknownDimension(id), It) => format!("dimensione sconosciuta \"{id}\""),
            (UnknownDimension(id), Es) => format!("dimensión desconocida \"{id}\""),
            (UnknownDimension(id), En) => format!("unknown dimension \"{id}\""),
            (UnknownSource(id), It) => format!("fonte sconosciuta \"{id}\""),
            (UnknownSource(id), Es) => format!("fuente desconocida \"{id}\""),
            (UnknownSource(id), En) => format!("unknown source \"{id}\""),
            (UnknownRole(id), It) => format!("ruolo sconosciuto \"{id}\""),
            (UnknownRole(id), Es) => format!("rol desconocido \"{id}\""),
            (UnknownRole(id), En) => format!("unknown role \"{id}\""),
            (UnknownKind(k), It) => {
                format!("tipo di domanda sconosciuto \"{k}\"; atteso rating, choice o pick")
            }
            (UnknownKind(k), Es) => {
                format!("tipo de pregunta desconocido \"{k}\"; se esperaba rating, choice o pick")
            }
            (UnknownKind(k), En) => {
                format!("unknown question kind \"{k}\"; expected rating, choice or pick")
            }
            (UnknownLanguage(t), It) => format!("lingua sconosciuta \"{t}\"; attese it, es o en"),
            (UnknownLanguage(t), Es) => {
                format!("idioma desconocido \"{t}\"; se esperaba it, es o en")
            }
            (UnknownLanguage(t), En) => format!("unknown language \"{t}\"; expected it, es or en"),
            (MissingRole(r), It) => format!("manca il ruolo \"{r}\""),
            (MissingRole(r), Es) => format!("falta el rol \"{r}\""),
            (MissingRole(r), En) => format!("the role \"{r}\" is missing"),
            (OutOfRange { value, min, max }, It) => {
                format!(
                    "il valore {} è fuori dall'intervallo da {} a {}",
                    decimal(*value),
                    decimal(*min),
                    decimal(*max)
                )
            }
            (OutOfRange { value, min, max }, Es) => {
                format!(
                    "el valor {} está fuera del intervalo de {} a {}",
                    decimal(*value),
                    decimal(*min),
                    decimal(*max)
                )
            }
            (OutOfRange { value, min, max }, En) => {
                format!(
                    "the value {} is outside the range {} to {}",
                    decimal(*value),
                    decimal(*min),
                    decimal(*max)
                )
            }
            (Length { found, min, max }, It) => {
                format!("contiene {found} elementi; ne servono da {min} a {max}")
            }
            (Length { found, min, max }, Es) => {
                format!("contiene {found} elementos; se necesitan de {min} a {max}")
            }
            (Length { found, min, max }, En) => {
                format!("has {found} items; {min} to {max} are needed")
            }
            (MissingProfileValue(d), It) => format!("manca il valore per la dimensione \"{d}\""),
            (MissingProfileValue(d), Es) => format!("falta el valor de la dimensión \"{d}\""),
            (MissingProfileValue(d), En) => format!("no value for the dimension \"{d}\""),
            (MissingTrait(d), It) => {
                format!(
                    "manca un tratto per la dimensione \"{d}\", su cui il ruolo pesa almeno 0.5"
                )
            }
            (MissingTrait(d), Es) => {
                format!(
                    "falta un rasgo para la dimensión \"{d}\", en la que el rol pesa al menos 0.5"
                )
            }
            (MissingTrait(d), En) => {
                format!("no trait for the dimension \"{d}\", on which the role weighs 0.5 or more")
            }
            (Unreachable(r), It) => {
                format!("nessuna combinazione di risposte mette \"{r}\" al primo posto")
            }
            (Unreachable(r), Es) => {
                format!("ninguna combinación de respuestas pone \"{r}\" en primer lugar")
            }
            (Unreachable(r), En) => format!("no set of answers puts \"{r}\" on top"),
        }
    }
}

/// A number as written in content, to three decimals at most. Written out by hand because
/// the standard float formatting would add about 10 KB to the widget.
pub fn decimal(value: f64) -> String {
    let milli = (value * 1000.0).round() as i64;
    let sign = if milli < 0 { "-" } else { "" };
    let (whole, frac) = (milli.unsigned_abs() / 1000, milli.unsigned_abs() % 1000);
    if frac == 0 {
        format!("{sign}{whole}")
    } else {
        let digits = format!("{frac:03}");
        format!("{sign}{whole}.{}", digits.trim_end_matches('0'))
    }
}

impl fmt::Display for ContentErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for problem in &self.0 {
            writeln!(f, "{}", problem.describe(Locale::En))?;
        }
        Ok(())
    }
}
