//! The keep module's own words: apart from the widget's [`Messages`](super::Messages),
//! because only the module loaded with them needs them.

use super::locale::Locale;

/// The words of the result's second half: the role guides and the panel for keeping the
/// result (share link, print, image). Apart from [`Messages`] because only the module
/// loaded with them needs them.
pub struct KeepMessages {
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
    take_home_unset: "Il link da portare a casa non è configurato su questo chiosco: chiedi allo staff.",
};

static KEEP_ES: KeepMessages = KeepMessages {
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
    take_home_unset: "El enlace para llevarte el resultado no está configurado en este quiosco: pregunta al personal.",
};

static KEEP_EN: KeepMessages = KeepMessages {
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
    take_home_unset: "The take-home link is not set up on this kiosk: please ask the staff.",
};
