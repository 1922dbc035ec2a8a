//! The keep module's own words (the result's body, the role guides, the keep panel): apart from the widget's [`Messages`](super::Messages),
//! because only the module loaded with them needs them.

use super::locale::Locale;

/// The words of what the keep module draws on a result: its body, the role guides and the panel for keeping the
/// result (share link, print, image). Apart from [`Messages`] because only the module
/// loaded with them needs them.
pub struct KeepMessages {
    /// The result's body: the ranking, the dimension chart and its table, the reasons.
    pub ranking_heading: &'static str,
    pub dimensions_heading: &'static str,
    pub table_toggle: &'static str,
    pub dimension: &'static str,
    pub your_score: &'static str,
    pub profile_of: fn(&str) -> String,
    pub reasons_heading: &'static str,
    pub reasons_intro: fn(&str) -> String,
    pub reasons_none: &'static str,
    pub you_rated: fn(&str) -> String,
    pub you_chose: fn(&str) -> String,
    /// Between quoted labels, so that several read as «a», «b» (or “a”, “b”).
    pub quote_separator: &'static str,
    /// Stability: percent, resamples that kept the top role, resamples.
    pub stability: fn(u32, usize, usize) -> String,
    /// A quick result: questions asked, questions in the quiz.
    pub stopped_early: fn(usize, usize) -> String,
    /// The role guides.
    pub roles_heading: &'static str,
    pub what_the_job_is: &'static str,
    pub what_they_do: &'static str,
    pub next_steps: &'static str,
    pub sources_label: &'static str,
    pub keep_heading: &'static str,
    /// What the share link holds, said before it is shared.
    pub share_explained: &'static str,
    pub share_label: &'static str,
    pub copy_link: &'static str,
    pub copied: &'static str,
    pub print: &'static str,
    pub download_image: &'static str,
    /// Shown on the print-out: the day the result was printed.
    pub printed_on: fn(&str) -> String,
    /// On a kiosk: the QR code of the share link.
    pub take_home: &'static str,
    pub scan_hint: &'static str,
    pub qr_label: &'static str,
    /// On a kiosk whose take-home address is not set (a copy opened from a file).
    pub take_home_unset: &'static str,
    /// The host's next step after the result, when it gives no label of its own.
    pub next_default: &'static str,
}

impl KeepMessages {
    pub fn get(locale: Locale) -> &'static KeepMessages {
        match locale {
            Locale::It => &KEEP_IT,
            Locale::Es => &KEEP_ES,
            Locale::En => &KEEP_EN,
        }
    }
}

static KEEP_IT: KeepMessages = KeepMessages {
    ranking_heading: "Quanto le tue risposte si avvicinano a ciascun ruolo",
    dimensions_heading: "Il tuo profilo, dimensione per dimensione",
    table_toggle: "Mostra come tabella",
    dimension: "Dimensione",
    your_score: "Il tuo punteggio",
    profile_of: |role| format!("Profilo {role}"),
    reasons_heading: "Le risposte che hanno pesato di più",
    reasons_intro: |role| format!("Queste risposte ti hanno avvicinato di più a {role}:"),
    reasons_none: "Nessuna risposta ha spostato il risultato in modo netto.",
    you_rated: |label| format!("hai risposto «{label}»"),
    you_chose: |label| format!("hai scelto «{label}»"),
    quote_separator: "», «",
    stopped_early: |asked, total| {
        format!("Il quiz si è fermato dopo {asked} domande su {total}, perché le tue risposte erano già chiare: le altre non avrebbero ragionevolmente cambiato il ruolo in testa né quanto è netta la tua inclinazione. Le percentuali e il grafico delle dimensioni arrivano quando rispondi alle altre.")
    },
    stability: |p, kept, of| {
        format!("Stabilità {p} %: togliendo a caso un quinto delle tue risposte, {of} volte, lo stesso ruolo resta in testa {kept} volte.")
    },
    roles_heading: "I tre ruoli",
    what_the_job_is: "Di cosa si tratta",
    what_they_do: "Cosa fa, in pratica",
    next_steps: "Da provare",
    sources_label: "Fonti",
    keep_heading: "Conserva il risultato",
    share_explained: "Il link contiene solo le tue risposte, in forma di codice dopo il segno #, e nient'altro: né nome né dati su di te. Chi lo apre vede queste risposte e questo risultato. Il codice non viene mai inviato a un server.",
    share_label: "Link a questo risultato",
    copy_link: "Copia il link",
    copied: "Link copiato.",
    print: "Stampa o salva in PDF",
    download_image: "Scarica l'immagine",
    printed_on: |date| format!("Risultato del {date}"),
    take_home: "Porta a casa il risultato",
    scan_hint: "Inquadra il codice con la fotocamera del telefono: il risultato si apre lì. Il link contiene solo le tue risposte, e su questo schermo non resta nulla.",
    qr_label: "Codice QR con il link a questo risultato",
    next_default: "Il tuo prossimo passo",
    take_home_unset: "Il link da portare a casa non è configurato su questo chiosco: chiedi allo staff.",
};

static KEEP_ES: KeepMessages = KeepMessages {
    ranking_heading: "Cuánto se acercan tus respuestas a cada rol",
    dimensions_heading: "Tu perfil, dimensión por dimensión",
    table_toggle: "Ver como tabla",
    dimension: "Dimensión",
    your_score: "Tu puntuación",
    profile_of: |role| format!("Perfil {role}"),
    reasons_heading: "Las respuestas que más pesaron",
    reasons_intro: |role| format!("Estas respuestas te acercaron más a {role}:"),
    reasons_none: "Ninguna respuesta movió el resultado de forma clara.",
    you_rated: |label| format!("respondiste «{label}»"),
    you_chose: |label| format!("elegiste «{label}»"),
    quote_separator: "», «",
    stopped_early: |asked, total| {
        format!("El test se detuvo tras {asked} de {total} preguntas porque tus respuestas ya eran claras: las demás no habrían cambiado razonablemente el rol en cabeza ni lo clara que es tu inclinación. Los porcentajes y el gráfico de dimensiones llegan cuando respondes las demás.")
    },
    stability: |p, kept, of| {
        format!("Estabilidad {p} %: quitando al azar una quinta parte de tus respuestas, {of} veces, el mismo rol queda primero {kept} veces.")
    },
    roles_heading: "Los tres roles",
    what_the_job_is: "En qué consiste",
    what_they_do: "Qué hace en el día a día",
    next_steps: "Para probar",
    sources_label: "Fuentes",
    keep_heading: "Guarda tu resultado",
    share_explained: "El enlace contiene solo tus respuestas, como un código tras el signo #, y nada más: ni nombre ni datos sobre ti. Quien lo abra verá estas respuestas y este resultado. El código nunca se envía a un servidor.",
    share_label: "Enlace a este resultado",
    copy_link: "Copiar el enlace",
    copied: "Enlace copiado.",
    print: "Imprimir o guardar en PDF",
    download_image: "Descargar la imagen",
    printed_on: |date| format!("Resultado del {date}"),
    take_home: "Llévate el resultado",
    scan_hint: "Enfoca el código con la cámara del móvil: el resultado se abre allí. El enlace solo contiene tus respuestas, y en esta pantalla no queda nada.",
    qr_label: "Código QR con el enlace a este resultado",
    next_default: "Tu siguiente paso",
    take_home_unset: "El enlace para llevarte el resultado no está configurado en este quiosco: pregunta al personal.",
};

static KEEP_EN: KeepMessages = KeepMessages {
    ranking_heading: "How close your answers come to each role",
    dimensions_heading: "Your profile, dimension by dimension",
    table_toggle: "Show as a table",
    dimension: "Dimension",
    your_score: "Your score",
    profile_of: |role| format!("{role} profile"),
    reasons_heading: "The answers that weighed most",
    reasons_intro: |role| format!("These answers brought you closest to {role}:"),
    reasons_none: "No single answer moved the result clearly.",
    you_rated: |label| format!("you answered “{label}”"),
    you_chose: |label| format!("you chose “{label}”"),
    quote_separator: "”, “",
    stopped_early: |asked, total| {
        format!("The quiz stopped after {asked} of {total} questions because your answers were already clear: the rest could not reasonably change the role on top or how clear your lean is. The percentages and the dimension chart come once you answer the rest.")
    },
    stability: |p, kept, of| {
        format!("Stability {p} %: with a fifth of your answers left out at random, {of} times over, the same role came out on top {kept} times.")
    },
    roles_heading: "The three roles",
    what_the_job_is: "What the job is",
    what_they_do: "What such a person does",
    next_steps: "Things to try",
    sources_label: "Sources",
    keep_heading: "Keep your result",
    share_explained: "The link holds your answers, as a code after the # sign, and nothing else: no name, nothing about you. Whoever opens it sees these answers and this result. The code is never sent to a server.",
    share_label: "Link to this result",
    copy_link: "Copy the link",
    copied: "Link copied.",
    print: "Print or save as PDF",
    download_image: "Download the image",
    printed_on: |date| format!("Result of {date}"),
    take_home: "Take your result home",
    scan_hint: "Point your phone's camera at the code: the result opens there. The link holds only your answers, and nothing stays on this screen.",
    qr_label: "QR code with the link to this result",
    next_default: "Your next step",
    take_home_unset: "The take-home link is not set up on this kiosk: please ask the staff.",
};
