//! The table of problem descriptions, in every language.

use super::{as_written, ProblemKind};
use crate::json::JsonErrorKind;

impl ProblemKind {
    /// The description in each language (`{0}`, `{1}`… stand for the arguments), and the
    /// arguments. A table rather than a `format!` per language keeps the widget small.
    pub(super) fn texts(&self) -> (&'static [&'static str; 3], Vec<String>) {
        use ProblemKind::*;
        let (texts, arg): (&'static [&'static str; 3], &str) = match self {
            NotJson(error) => {
                let (texts, extra): (&'static [&'static str; 3], String) = match &error.kind {
                    JsonErrorKind::Syntax => (
                        &[
                            "non è JSON valido (riga {0}, colonna {1})",
                            "no es JSON válido (línea {0}, columna {1})",
                            "is not valid JSON (line {0}, column {1})",
                        ],
                        String::new(),
                    ),
                    JsonErrorKind::NotUtf8 { .. } => (
                        &[
                            "non è testo UTF-8 (riga {0}, colonna {1})",
                            "no es texto UTF-8 (línea {0}, columna {1})",
                            "is not UTF-8 text (line {0}, column {1})",
                        ],
                        String::new(),
                    ),
                    JsonErrorKind::DuplicateKey(key) => (
                        &[
                            "la chiave \"{2}\" è ripetuta (riga {0}, colonna {1})",
                            "la clave \"{2}\" está repetida (línea {0}, columna {1})",
                            "the key \"{2}\" is repeated (line {0}, column {1})",
                        ],
                        key.clone(),
                    ),
                };
                return (
                    texts,
                    vec![error.line.to_string(), error.column.to_string(), extra],
                );
            }
            UnsupportedFormat(f) => return (
                &[
                    "formato {0} non supportato; atteso 1",
                    "formato {0} no admitido; se esperaba 1",
                    "format {0} is not supported; expected 1",
                ],
                vec![as_written(f)],
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
            UnknownQuestion(id) => (
                &[
                    "domanda sconosciuta \"{0}\"",
                    "pregunta desconocida \"{0}\"",
                    "unknown question \"{0}\"",
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
                vec![as_written(value), min.to_string(), max.to_string()],
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
            HttpStatus(status) => return (
                &[
                    "file non disponibile (HTTP {0})",
                    "archivo no disponible (HTTP {0})",
                    "file not available (HTTP {0})",
                ],
                vec![status.to_string()],
            ),
            Offline => (
                &[
                    "impossibile raggiungere il server",
                    "no se puede conectar con el servidor",
                    "the server cannot be reached",
                ],
                "",
            ),
        };
        (texts, vec![arg.to_string()])
    }
}
