//! The widget's own words (buttons, labels, notices), as opposed to the quiz content.
//! One struct per language, so a missing string is a compile error.

use super::locale::Locale;

pub struct Messages {
    pub language: &'static str,
    pub start: &'static str,
    pub resume: &'static str,
    pub next: &'static str,
    pub back: &'static str,
    pub see_result: &'static str,
    pub question_of: fn(usize, usize) -> String,
    /// A quick run's question: its number only, since where it ends depends on the answers.
    pub question_n: fn(usize) -> String,
    /// Under a quick run's question number: why there is no total.
    pub quick_hint: &'static str,
    /// On a result that stopped early: the way on to the questions it did not ask.
    pub answer_the_rest: &'static str,
    pub pick_status: fn(usize, usize) -> String,
    pub pick_full: fn(usize) -> String,
    pub shortcuts_on: &'static str,
    pub shortcuts_hint_scale: &'static str,
    pub shortcuts_hint_options: &'static str,
    pub result_heading: &'static str,
    pub restart: &'static str,
    pub review: &'static str,
    pub content_error_title: &'static str,
    pub content_error_intro: &'static str,
    pub loading: &'static str,
    /// The quiz's texts could not be downloaded (offline, or the files are not where the
    /// page says).
    pub load_failed: &'static str,
    pub retry: &'static str,
    /// On a result, until the keep module has drawn it (a polite status).
    pub preparing: &'static str,
    /// On a result, when the keep module, which draws it, cannot be downloaded.
    pub keep_offline: &'static str,
    /// A language's texts could not be downloaded; the quiz stays in the current one.
    pub language_unavailable: fn(&str) -> String,
    /// Above a result opened from somebody's link.
    pub shared_result: &'static str,
    pub take_it_yourself: &'static str,
    pub link_damaged: &'static str,
    pub link_other_version: &'static str,
    pub link_too_long: &'static str,
    pub saved_discarded: &'static str,
    /// Kiosk mode: the attract screen's button, and the inactivity prompt.
    pub touch_to_start: &'static str,
    pub still_there: &'static str,
    pub restarting_in: fn(u32) -> String,
    pub keep_going: &'static str,
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
    language: "Lingua",
    start: "Inizia il quiz",
    resume: "Riprendi",
    next: "Avanti",
    back: "Indietro",
    see_result: "Vedi il risultato",
    question_of: |n, total| format!("Domanda {n} di {total}"),
    question_n: |n| format!("Domanda {n}"),
    quick_hint: "Quiz breve: finisce appena le risposte sono chiare.",
    answer_the_rest: "Rispondi alle altre domande per un quadro più preciso",
    pick_status: |picked, count| format!("Scelte: {picked} di {count}"),
    pick_full: |count| format!("Hai già scelto {count} attività: togline una per cambiarla."),
    shortcuts_on: "Scorciatoie da tastiera",
    shortcuts_hint_scale: "Tasti 1–5 per rispondere, Invio per andare avanti.",
    shortcuts_hint_options: "Tasti A, B, C… o 1, 2, 3… per scegliere, Invio per andare avanti.",
    result_heading: "Il tuo risultato",
    restart: "Ricomincia",
    review: "Rivedi le risposte",
    content_error_title: "Questo quiz non può essere caricato",
    content_error_intro: "Il file delle domande contiene questi problemi:",
    loading: "Caricamento del quiz…",
    load_failed: "Non è stato possibile scaricare il quiz. Controlla la connessione e riprova.",
    retry: "Riprova",
    preparing: "Preparazione del risultato…",
    keep_offline:
        "Per mostrare il risultato serve la connessione. Controlla la connessione e riprova.",
    language_unavailable: |name| {
        format!("Non è stato possibile scaricare i testi ({name}): il quiz resta in questa lingua, con le tue risposte.")
    },
    shared_result: "Risultato condiviso con te: le risposte sono di chi ti ha mandato il link.",
    take_it_yourself: "Fai il quiz anche tu",
    link_damaged: "Questo link a un risultato è danneggiato o incompleto.",
    link_other_version:
        "Questo link viene da una versione precedente del quiz: puoi fare quella attuale.",
    link_too_long: "Questo link è troppo lungo per essere un risultato.",
    saved_discarded: "Le risposte salvate non erano leggibili e sono state scartate.",
    touch_to_start: "Tocca per iniziare",
    still_there: "Ci sei ancora?",
    restarting_in: |s| format!("Tra {s} s il quiz ricomincia da capo per la prossima persona."),
    keep_going: "Continua",
};

static ES: Messages = Messages {
    language: "Idioma",
    start: "Empezar el test",
    resume: "Continuar",
    next: "Siguiente",
    back: "Atrás",
    see_result: "Ver el resultado",
    question_of: |n, total| format!("Pregunta {n} de {total}"),
    question_n: |n| format!("Pregunta {n}"),
    quick_hint: "Test breve: termina en cuanto las respuestas son claras.",
    answer_the_rest: "Responde a las demás preguntas para un resultado más preciso",
    pick_status: |picked, count| format!("Elegidas: {picked} de {count}"),
    pick_full: |count| format!("Ya has elegido {count} tareas: quita una para cambiarla."),
    shortcuts_on: "Atajos de teclado",
    shortcuts_hint_scale: "Teclas 1–5 para responder, Intro para seguir.",
    shortcuts_hint_options: "Teclas A, B, C… o 1, 2, 3… para elegir, Intro para seguir.",
    result_heading: "Tu resultado",
    restart: "Empezar de nuevo",
    review: "Revisar respuestas",
    content_error_title: "No se puede cargar este test",
    content_error_intro: "El archivo de preguntas tiene estos problemas:",
    loading: "Cargando el test…",
    load_failed: "No se ha podido descargar el test. Revisa la conexión y vuelve a intentarlo.",
    retry: "Reintentar",
    preparing: "Preparando el resultado…",
    keep_offline:
        "Para mostrar el resultado hace falta conexión. Revisa la conexión y vuelve a intentarlo.",
    language_unavailable: |name| {
        format!("No se han podido descargar los textos ({name}): el test sigue en este idioma, con tus respuestas.")
    },
    shared_result: "Resultado compartido contigo: las respuestas son de quien te envió el enlace.",
    take_it_yourself: "Haz tú el test",
    link_damaged: "Este enlace a un resultado está dañado o incompleto.",
    link_other_version:
        "Este enlace viene de una versión anterior del test: puedes hacer la actual.",
    link_too_long: "Este enlace es demasiado largo para ser un resultado.",
    saved_discarded: "Las respuestas guardadas no se podían leer y se han descartado.",
    touch_to_start: "Toca para empezar",
    still_there: "¿Sigues ahí?",
    restarting_in: |s| format!("En {s} s el test vuelve a empezar para la siguiente persona."),
    keep_going: "Continuar",
};

static EN: Messages = Messages {
    language: "Language",
    start: "Start the quiz",
    resume: "Resume",
    next: "Next",
    back: "Back",
    see_result: "See my result",
    question_of: |n, total| format!("Question {n} of {total}"),
    question_n: |n| format!("Question {n}"),
    quick_hint: "Quick quiz: it ends as soon as your answers are clear.",
    answer_the_rest: "Answer the rest for a finer picture",
    pick_status: |picked, count| format!("Chosen: {picked} of {count}"),
    pick_full: |count| format!("You have already chosen {count}: unselect one to change it."),
    shortcuts_on: "Keyboard shortcuts",
    shortcuts_hint_scale: "Keys 1–5 answer, Enter goes on.",
    shortcuts_hint_options: "Keys A, B, C… or 1, 2, 3… choose, Enter goes on.",
    result_heading: "Your result",
    restart: "Start over",
    review: "Review my answers",
    content_error_title: "This quiz could not be loaded",
    content_error_intro: "The question file has these problems:",
    loading: "Loading the quiz…",
    load_failed: "The quiz could not be downloaded. Check the connection and try again.",
    retry: "Try again",
    preparing: "Preparing your result…",
    keep_offline: "Showing the result needs a connection. Check the connection and try again.",
    language_unavailable: |name| {
        format!("The texts ({name}) could not be downloaded: the quiz stays in this language, with your answers.")
    },
    shared_result: "A result shared with you: the answers are those of whoever sent the link.",
    take_it_yourself: "Take the quiz yourself",
    link_damaged: "This result link is damaged or incomplete.",
    link_other_version:
        "This link comes from an earlier version of the quiz: you can take the current one.",
    link_too_long: "This link is too long to be a result.",
    saved_discarded: "The saved answers could not be read and were cleared.",
    touch_to_start: "Touch to start",
    still_there: "Still there?",
    restarting_in: |s| format!("In {s} s the quiz starts over for the next person."),
    keep_going: "Continue",
};
