//! The problems' descriptions in Italian and Spanish, for the keep module (which tells a
//! widget's problems in those languages) and native code. Nothing of the widget calls them, so
//! they stay out of its download.

use super::texts::Template;
use crate::locale::Locale;

impl Template {
    /// The description in `locale`.
    pub fn words(self, locale: Locale) -> &'static str {
        match locale {
            Locale::It => self.italian(),
            Locale::Es => self.spanish(),
            Locale::En => self.english(),
        }
    }

    fn italian(self) -> &'static str {
        match self {
            Template::Syntax => "non è JSON valido (riga {0}, colonna {1})",
            Template::NotUtf8 => "non è testo UTF-8 (riga {0}, colonna {1})",
            Template::DuplicateKey => "la chiave \"{2}\" è ripetuta (riga {0}, colonna {1})",
            Template::UnsupportedFormat => "formato {0} non supportato; atteso 1",
            Template::Missing => "campo obbligatorio mancante",
            Template::WrongType => "tipo errato; atteso {0}",
            Template::MissingLocale => "manca il testo in \"{0}\"",
            Template::BadId => "id \"{0}\" non valido: usa lettere minuscole, cifre e trattini",
            Template::Duplicate => "l'id \"{0}\" è ripetuto",
            Template::UnknownDimension => "dimensione sconosciuta \"{0}\"",
            Template::UnknownSource => "fonte sconosciuta \"{0}\"",
            Template::UnknownQuestion => "domanda sconosciuta \"{0}\"",
            Template::UnknownKind => "tipo di domanda sconosciuto \"{0}\"; atteso rating, choice o pick",
            Template::UnknownLanguage => "lingua sconosciuta \"{0}\"; attese it, es o en",
            Template::OutOfRange => "il valore {0} è fuori dall'intervallo da {1} a {2}",
            Template::Length => "contiene {0} elementi; ne servono da {1} a {2}",
            Template::MissingProfileValue => "manca il valore per la dimensione \"{0}\"",
            Template::MissingTrait => "manca un tratto per la dimensione \"{0}\", su cui il ruolo pesa almeno 0.5",
            Template::Unreachable => "nessuna combinazione di risposte mette \"{0}\" al primo posto",
            Template::ForeignBank => "il file di domande \"{0}\" è su un altro sito: si possono usare solo file di questo sito",
            Template::BadBankAddress => "\"{0}\" non è un indirizzo valido per un file di domande",
            Template::HttpStatus => "file non disponibile (HTTP {0})",
            Template::Offline => "impossibile raggiungere il server",
        }
    }

    fn spanish(self) -> &'static str {
        match self {
            Template::Syntax => "no es JSON válido (línea {0}, columna {1})",
            Template::NotUtf8 => "no es texto UTF-8 (línea {0}, columna {1})",
            Template::DuplicateKey => "la clave \"{2}\" está repetida (línea {0}, columna {1})",
            Template::UnsupportedFormat => "formato {0} no admitido; se esperaba 1",
            Template::Missing => "falta un campo obligatorio",
            Template::WrongType => "tipo incorrecto; se esperaba {0}",
            Template::MissingLocale => "falta el texto en \"{0}\"",
            Template::BadId => "id \"{0}\" no válido: usa minúsculas, cifras y guiones",
            Template::Duplicate => "el id \"{0}\" está repetido",
            Template::UnknownDimension => "dimensión desconocida \"{0}\"",
            Template::UnknownSource => "fuente desconocida \"{0}\"",
            Template::UnknownQuestion => "pregunta desconocida \"{0}\"",
            Template::UnknownKind => "tipo de pregunta desconocido \"{0}\"; se esperaba rating, choice o pick",
            Template::UnknownLanguage => "idioma desconocido \"{0}\"; se esperaba it, es o en",
            Template::OutOfRange => "el valor {0} está fuera del intervalo de {1} a {2}",
            Template::Length => "contiene {0} elementos; se necesitan de {1} a {2}",
            Template::MissingProfileValue => "falta el valor de la dimensión \"{0}\"",
            Template::MissingTrait => "falta un rasgo para la dimensión \"{0}\", en la que el rol pesa al menos 0.5",
            Template::Unreachable => "ninguna combinación de respuestas pone \"{0}\" en primer lugar",
            Template::ForeignBank => "el archivo de preguntas \"{0}\" está en otro sitio: solo se pueden usar archivos de este sitio",
            Template::BadBankAddress => "\"{0}\" no es una dirección válida para un archivo de preguntas",
            Template::HttpStatus => "archivo no disponible (HTTP {0})",
            Template::Offline => "no se puede conectar con el servidor",
        }
    }
}
