//! The staff bar's words, in the kiosk's three languages.

use crate::locale::Locale;

/// Everything the staff bar says. Times are written `m:ss`, the same in every language.
pub struct StaffTexts {
    pub bar_label: &'static str,
    pub title: &'static str,
    /// What is counted, and what is never kept.
    pub explained: &'static str,
    pub full_screen: &'static str,
    pub exit_full_screen: &'static str,
    pub close: &'static str,
    pub export: &'static str,
    pub reset: &'static str,
    pub confirm_question: &'static str,
    pub confirm_yes: &'static str,
    pub cancel: &'static str,
    pub reset_done: &'static str,
    /// The CSV's file name.
    pub exported: fn(&str) -> String,
    /// With `tallies=off` in the address.
    pub off: &'static str,
    /// Stored tallies that could not be read, with the reason.
    pub unreadable: fn(&str) -> String,
    pub not_json: &'static str,
    pub other_format: fn(&str) -> String,
    pub bad_field: fn(&str) -> String,
    /// The counts could not be written to the device's storage.
    pub not_saved: &'static str,
    /// The table's column headings.
    pub what: &'static str,
    pub count: &'static str,
    /// Group headings.
    pub candidates: &'static str,
    pub roles: &'static str,
    pub leans: &'static str,
    pub languages: &'static str,
    pub lengths: &'static str,
    pub finish_times: &'static str,
    pub hours: &'static str,
    /// Candidates.
    pub started: &'static str,
    pub finished: &'static str,
    pub walked_away: &'static str,
    /// The roles, by [`Role::index`](crate::Role::index) (their names are the same in the
    /// content's three languages).
    pub role_names: [&'static str; 3],
    /// Leans: clear, blend, flat.
    pub lean_names: [&'static str; 3],
    /// Lengths: quick, full.
    pub length_names: [&'static str; 2],
    /// The last time-to-finish bucket: its lower bound, `m:ss`.
    pub and_more: fn(&str) -> String,
    pub median: &'static str,
    /// The median's bucket, from and to (`m:ss`).
    pub between: fn(&str, &str) -> String,
    pub nobody_yet: &'static str,
}

impl StaffTexts {
    pub fn get(locale: Locale) -> &'static StaffTexts {
        match locale {
            Locale::It => &IT,
            Locale::Es => &ES,
            Locale::En => &EN,
        }
    }
}

const ROLE_NAMES: [&str; 3] = [
    "Community Manager",
    "Social Media Manager",
    "Social Media Strategist",
];

static EN: StaffTexts = StaffTexts {
    bar_label: "Kiosk staff",
    title: "Counts for the organiser",
    explained: "Anonymous counts kept on this kiosk only: never an answer, a result of anyone, or a time finer than the hour.",
    full_screen: "Full screen",
    exit_full_screen: "Exit full screen",
    close: "Close",
    export: "Export CSV",
    reset: "Reset counts",
    confirm_question: "Set every count back to zero? This cannot be undone.",
    confirm_yes: "Yes, reset",
    cancel: "Cancel",
    reset_done: "Every count is back to zero.",
    exported: |file| format!("Downloaded {file}."),
    off: "Counting is off on this kiosk (tallies=off in its address): nothing is stored or read.",
    unreadable: |why| format!("The counts stored earlier on this kiosk could not be read ({why}). Counting has started again from zero; the earlier text is kept as it was, beside the new counts, until you reset them."),
    not_json: "not JSON",
    other_format: |f| format!("written in format {f}, which this version does not read"),
    bad_field: |f| format!("the field {f} is missing or wrong"),
    not_saved: "The counts could not be saved on this device (storage full or blocked): they are counted until the page is closed.",
    what: "What",
    count: "Count",
    candidates: "Candidates",
    roles: "Top role",
    leans: "Lean",
    languages: "Language",
    lengths: "Quiz",
    finish_times: "Time to finish",
    hours: "Starts per hour",
    started: "Started",
    finished: "Finished",
    walked_away: "Walked away before the result",
    role_names: ROLE_NAMES,
    lean_names: ["Clear lean", "Blend of two roles", "No clear lean"],
    length_names: ["Quick", "Full"],
    and_more: |from| format!("{from} or more"),
    median: "Median time to finish",
    between: |from, to| format!("between {from} and {to}"),
    nobody_yet: "nobody has finished yet",
};

static IT: StaffTexts = StaffTexts {
    bar_label: "Personale del chiosco",
    title: "Conteggi per l'organizzazione",
    explained: "Conteggi anonimi tenuti solo su questo chiosco: mai una risposta, il risultato di qualcuno o un orario più preciso dell'ora.",
    full_screen: "Schermo intero",
    exit_full_screen: "Esci dallo schermo intero",
    close: "Chiudi",
    export: "Esporta CSV",
    reset: "Azzera i conteggi",
    confirm_question: "Riportare a zero tutti i conteggi? Non si può annullare.",
    confirm_yes: "Sì, azzera",
    cancel: "Annulla",
    reset_done: "Tutti i conteggi sono tornati a zero.",
    exported: |file| format!("Scaricato {file}."),
    off: "Il conteggio è disattivato su questo chiosco (tallies=off nel suo indirizzo): niente viene salvato né letto.",
    unreadable: |why| format!("I conteggi salvati prima su questo chiosco non si possono leggere ({why}). Il conteggio è ripartito da zero; il testo precedente è conservato com'era, accanto ai nuovi conteggi, finché non li azzeri."),
    not_json: "non è JSON",
    other_format: |f| format!("scritti nel formato {f}, che questa versione non legge"),
    bad_field: |f| format!("il campo {f} manca o è sbagliato"),
    not_saved: "Non è stato possibile salvare i conteggi su questo dispositivo (memoria piena o bloccata): si contano fino alla chiusura della pagina.",
    what: "Cosa",
    count: "Numero",
    candidates: "Candidati",
    roles: "Ruolo in testa",
    leans: "Tendenza",
    languages: "Lingua",
    lengths: "Quiz",
    finish_times: "Tempo per finire",
    hours: "Inizi per ora",
    started: "Iniziati",
    finished: "Finiti",
    walked_away: "Andati via prima del risultato",
    role_names: ROLE_NAMES,
    lean_names: ["Tendenza chiara", "Tra due ruoli", "Nessuna tendenza netta"],
    length_names: ["Breve", "Completo"],
    and_more: |from| format!("{from} o più"),
    median: "Tempo mediano per finire",
    between: |from, to| format!("tra {from} e {to}"),
    nobody_yet: "nessuno ha ancora finito",
};

static ES: StaffTexts = StaffTexts {
    bar_label: "Personal del quiosco",
    title: "Recuentos para la organización",
    explained: "Recuentos anónimos guardados solo en este quiosco: nunca una respuesta, el resultado de alguien ni una hora más precisa que la hora en punto.",
    full_screen: "Pantalla completa",
    exit_full_screen: "Salir de pantalla completa",
    close: "Cerrar",
    export: "Exportar CSV",
    reset: "Poner a cero",
    confirm_question: "¿Poner todos los recuentos a cero? No se puede deshacer.",
    confirm_yes: "Sí, poner a cero",
    cancel: "Cancelar",
    reset_done: "Todos los recuentos han vuelto a cero.",
    exported: |file| format!("Descargado {file}."),
    off: "El recuento está desactivado en este quiosco (tallies=off en su dirección): no se guarda ni se lee nada.",
    unreadable: |why| format!("Los recuentos guardados antes en este quiosco no se pueden leer ({why}). El recuento ha empezado de nuevo desde cero; el texto anterior se conserva tal cual, junto a los nuevos recuentos, hasta que los pongas a cero."),
    not_json: "no es JSON",
    other_format: |f| format!("escritos en el formato {f}, que esta versión no lee"),
    bad_field: |f| format!("el campo {f} falta o es incorrecto"),
    not_saved: "No se han podido guardar los recuentos en este dispositivo (memoria llena o bloqueada): se cuentan hasta que se cierre la página.",
    what: "Qué",
    count: "Cantidad",
    candidates: "Candidatos",
    roles: "Perfil en cabeza",
    leans: "Inclinación",
    languages: "Idioma",
    lengths: "Cuestionario",
    finish_times: "Tiempo para terminar",
    hours: "Inicios por hora",
    started: "Empezados",
    finished: "Terminados",
    walked_away: "Se fueron antes del resultado",
    role_names: ROLE_NAMES,
    lean_names: ["Inclinación clara", "Entre dos perfiles", "Sin inclinación clara"],
    length_names: ["Corto", "Completo"],
    and_more: |from| format!("{from} o más"),
    median: "Tiempo mediano para terminar",
    between: |from, to| format!("entre {from} y {to}"),
    nobody_yet: "nadie ha terminado todavía",
};
