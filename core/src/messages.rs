//! The words the widget shows before it has a document to take its words from
//! ([`crate::Words`]): while the first one downloads, when it cannot be downloaded, and when
//! it is found wrong. Every other word is in the content. One struct per language, so a
//! missing string is a compile error.

use super::locale::Locale;

pub struct Messages {
    pub loading: &'static str,
    /// The quiz's texts could not be downloaded (offline, or the files are not where the
    /// page says).
    pub load_failed: &'static str,
    pub retry: &'static str,
    pub content_error_title: &'static str,
    pub content_error_intro: &'static str,
    /// When the keep module, which draws a result or tells problems, cannot be downloaded.
    pub keep_offline: &'static str,
}

impl Messages {
    pub fn get(locale: Locale) -> &'static Messages {
        match locale {
            Locale::It => &IT,
            Locale::Es => &ES,
            Locale::En => &EN,
        }
    }
}

static IT: Messages = Messages {
    loading: "Caricamento del quiz…",
    load_failed: "Non è stato possibile scaricare il quiz. Controlla la connessione e riprova.",
    retry: "Riprova",
    content_error_title: "Questo quiz non può essere caricato",
    content_error_intro: "Il file delle domande contiene questi problemi:",
    keep_offline:
        "Per mostrare il risultato serve la connessione. Controlla la connessione e riprova.",
};

static ES: Messages = Messages {
    loading: "Cargando el test…",
    load_failed: "No se ha podido descargar el test. Revisa la conexión y vuelve a intentarlo.",
    retry: "Reintentar",
    content_error_title: "No se puede cargar este test",
    content_error_intro: "El archivo de preguntas tiene estos problemas:",
    keep_offline:
        "Para mostrar el resultado hace falta conexión. Revisa la conexión y vuelve a intentarlo.",
};

static EN: Messages = Messages {
    loading: "Loading the quiz…",
    load_failed: "The quiz could not be downloaded. Check the connection and try again.",
    retry: "Try again",
    content_error_title: "This quiz could not be loaded",
    content_error_intro: "The question file has these problems:",
    keep_offline: "Showing the result needs a connection. Check the connection and try again.",
};
