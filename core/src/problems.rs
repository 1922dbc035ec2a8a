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
    /// A host's question bank on another site: only the page's own origin is read.
    ForeignBank(String),
    /// A host's question bank named by something that is not an address.
    BadBankAddress(String),
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
        let (texts, args) = self.texts();
        let [it, es, en] = *texts;
        let template = match locale {
            Locale::It => it,
            Locale::Es => es,
            Locale::En => en,
        };
        fill_args(template, &args)
    }

    /// The description in each language (`{0}`, `{1}`… stand for the arguments), and the
    /// arguments. A table rather than a `format!` per language keeps the widget small.
    fn texts(&self) -> (&'static [&'static str; 3], Vec<String>) {
        use ProblemKind::*;
        let (texts, arg): (&'static [&'static str; 3], &str) = match self {
            NotJson { line, column } => return (
                &[
                    "non è JSON valido (riga {0}, colonna {1})",
                    "no es JSON válido (línea {0}, columna {1})",
                    "is not valid JSON (line {0}, column {1})",
                ],
                vec![line.to_string(), column.to_string()],
            ),
            UnsupportedFormat(f) => return (
                &[
                    "formato {0} non supportato; atteso 1",
                    "formato {0} no admitido; se esperaba 1",
                    "format {0} is not supported; expected 1",
                ],
                vec![decimal(*f)],
            ),
            Missing => (
                &[
                    "campo obbligatorio mancante",
                    "falta un campo obligatorio",
                    "required field is missing",
                ],
                "",
            ),
            WrongType { expected } => (
                &[
                    "tipo errato; atteso {0}",
                    "tipo incorrecto; se esperaba {0}",
                    "wrong type; expected {0}",
                ],
                expected,
            ),
            MissingLocale(l) => (
                &[
                    "manca il testo in \"{0}\"",
                    "falta el texto en \"{0}\"",
                    "the \"{0}\" text is missing or empty",
                ],
                l.tag(),
            ),
            BadId(id) => (
                &[
                    "id \"{0}\" non valido: usa lettere minuscole, cifre e trattini",
                    "id \"{0}\" no válido: usa minúsculas, cifras y guiones",
                    "id \"{0}\" is not valid: use lowercase letters, digits and dashes",
                ],
                id,
            ),
            Duplicate(id) => (
                &[
                    "l'id \"{0}\" è ripetuto",
                    "el id \"{0}\" está repetido",
                    "the id \"{0}\" is used twice",
                ],
                id,
            ),
            UnknownDimension(id) => (
                &[
                    "dimensione sconosciuta \"{0}\"",
                    "dimensión desconocida \"{0}\"",
                    "unknown dimension \"{0}\"",
                ],
                id,
            ),
            UnknownSource(id) => (
                &[
                    "fonte sconosciuta \"{0}\"",
                    "fuente desconocida \"{0}\"",
                    "unknown source \"{0}\"",
                ],
                id,
            ),
            UnknownRole(id) => (
                &[
                    "ruolo sconosciuto \"{0}\"",
                    "rol desconocido \"{0}\"",
                    "unknown role \"{0}\"",
                ],
                id,
            ),
            UnknownKind(k) => (
                &[
                    "tipo di domanda sconosciuto \"{0}\"; atteso rating, choice o pick",
                    "tipo de pregunta desconocido \"{0}\"; se esperaba rating, choice o pick",
                    "unknown question kind \"{0}\"; expected rating, choice or pick",
                ],
                k,
            ),
            UnknownLanguage(t) => (
                &[
                    "lingua sconosciuta \"{0}\"; attese it, es o en",
                    "idioma desconocido \"{0}\"; se esperaba it, es o en",
                    "unknown language \"{0}\"; expected it, es or en",
                ],
                t,
            ),
            MissingRole(r) => (
                &[
                    "manca il ruolo \"{0}\"",
                    "falta el rol \"{0}\"",
                    "the role \"{0}\" is missing",
                ],
                r.id(),
            ),
            OutOfRange { value, min, max } => return (
                &[
                    "il valore {0} è fuori dall'intervallo da {1} a {2}",
                    "el valor {0} está fuera del intervalo de {1} a {2}",
                    "the value {0} is outside the range {1} to {2}",
                ],
                vec![decimal(*value), decimal(*min), decimal(*max)],
            ),
            Length { found, min, max } => return (
                &[
                    "contiene {0} elementi; ne servono da {1} a {2}",
                    "contiene {0} elementos; se necesitan de {1} a {2}",
                    "has {0} items; {1} to {2} are needed",
                ],
                vec![found.to_string(), min.to_string(), max.to_string()],
            ),
            MissingProfileValue(d) => (
                &[
                    "manca il valore per la dimensione \"{0}\"",
                    "falta el valor de la dimensión \"{0}\"",
                    "no value for the dimension \"{0}\"",
                ],
                d,
            ),
            MissingTrait(d) => (
                &[
                    "manca un tratto per la dimensione \"{0}\", su cui il ruolo pesa almeno 0.5",
                    "falta un rasgo para la dimensión \"{0}\", en la que el rol pesa al menos 0.5",
                    "no trait for the dimension \"{0}\", on which the role weighs 0.5 or more",
                ],
                d,
            ),
            Unreachable(r) => (
                &[
                    "nessuna combinazione di risposte mette \"{0}\" al primo posto",
                    "ninguna combinación de respuestas pone \"{0}\" en primer lugar",
                    "no set of answers puts \"{0}\" on top",
                ],
                r.id(),
            ),
            ForeignBank(url) => (
                &[
                    "il file di domande \"{0}\" è su un altro sito: si possono usare solo file di questo sito",
                    "el archivo de preguntas \"{0}\" está en otro sitio: solo se pueden usar archivos de este sitio",
                    "the question file \"{0}\" is on another site: only files from this site can be used",
                ],
                url,
            ),
            BadBankAddress(url) => (
                &[
                    "\"{0}\" non è un indirizzo valido per un file di domande",
                    "\"{0}\" no es una dirección válida para un archivo de preguntas",
                    "\"{0}\" is not a valid address for a question file",
                ],
                url,
            ),
        };
        (texts, vec![arg.to_string()])
    }
}

/// Puts `args[n]` where a template says `{n}` (n from 0 to 9).
pub fn fill_args(template: &str, args: &[String]) -> String {
    let mut filled = String::with_capacity(template.len() + 16);
    let mut rest = template;
    // split_once rather than byte slicing: measured smaller in the download.
    while let Some((before, after)) = rest.split_once('{') {
        filled.push_str(before);
        let mut chars = after.chars();
        let arg = match (chars.next(), chars.next()) {
            (Some(digit @ '0'..='9'), Some('}')) => args.get(digit as usize - '0' as usize),
            _ => None,
        };
        rest = match arg {
            Some(arg) => {
                filled.push_str(arg);
                chars.as_str()
            }
            None => {
                filled.push('{');
                after
            }
        };
    }
    filled.push_str(rest);
    filled
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
