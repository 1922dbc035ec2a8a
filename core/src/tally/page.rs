//! The tallies page's words (several kiosks' CSV exports merged), in it, es and en.

use super::read::{CsvError, CsvProblem};
use crate::locale::Locale;

pub struct PageTexts {
    pub title: &'static str,
    pub intro: &'static str,
    pub choose: &'static str,
    pub drop: &'static str,
    pub none_yet: &'static str,
    pub kiosks: &'static str,
    /// A kiosk's name: its number and its file's name.
    pub kiosk: fn(usize, &str) -> String,
    pub remove: fn(&str) -> String,
    pub together: &'static str,
    pub export: &'static str,
    pub print: &'static str,
    pub clear: &'static str,
    /// The report's date line.
    pub date: fn(&str) -> String,
    /// How many kiosks are counted.
    pub counted: fn(usize) -> String,
    /// A file refused: its name, its line, why.
    pub refused: fn(&str, usize, &str) -> String,
    pub empty: &'static str,
    pub header: &'static str,
    pub fields: &'static str,
    pub unknown: fn(&str) -> String,
    pub count: fn(&str) -> String,
    pub repeated: fn(&str) -> String,
    pub missing: fn(&str) -> String,
}

impl PageTexts {
    pub fn get(locale: Locale) -> &'static PageTexts {
        match locale {
            Locale::It => &IT,
            Locale::Es => &ES,
            Locale::En => &EN,
        }
    }

    /// Why `file` was refused, with its line.
    pub fn refusal(&self, file: &str, error: &CsvError) -> String {
        let why = match &error.problem {
            CsvProblem::Empty => self.empty.to_string(),
            CsvProblem::Header => self.header.to_string(),
            CsvProblem::Fields => self.fields.to_string(),
            CsvProblem::Unknown(g, i) => (self.unknown)(&format!("{g},{i}")),
            CsvProblem::Count(c) => (self.count)(c),
            CsvProblem::Repeated(g, i) => (self.repeated)(&format!("{g},{i}")),
            CsvProblem::Missing(g, i) => (self.missing)(&format!("{g},{i}")),
        };
        (self.refused)(file, error.line, &why)
    }
}

static EN: PageTexts = PageTexts {
    title: "Several kiosks as one",
    intro: "Add the CSV files your kiosks exported (Export CSV in each staff bar): the day in pictures for all of them together and for each kiosk, a combined CSV, and a one-page report to print. Everything stays on this device.",
    choose: "Choose CSV files",
    drop: "or drop them here",
    none_yet: "No kiosk added yet.",
    kiosks: "Kiosks counted",
    kiosk: |n, file| format!("Kiosk {n} ({file})"),
    remove: |name| format!("Remove {name}"),
    together: "All kiosks together",
    export: "Export the combined CSV",
    print: "Print the report",
    clear: "Remove all",
    date: |date| format!("Report of {date}"),
    counted: |n| if n == 1 { "1 kiosk counted".into() } else { format!("{n} kiosks counted") },
    refused: |file, line, why| format!("{file} is not a kiosk's tallies export: line {line}: {why}. It was not added."),
    empty: "the file is empty",
    header: "the first line should be group,item,label,count",
    fields: "a line should have four fields: group, item, label, count",
    unknown: |what| format!("{what} is not a count a kiosk exports"),
    count: |c| format!("“{c}” is not a whole number"),
    repeated: |what| format!("{what} is given twice"),
    missing: |what| format!("{what} is missing"),
};

static IT: PageTexts = PageTexts {
    title: "Più chioschi insieme",
    intro: "Aggiungi i file CSV esportati dai chioschi (Esporta CSV nella barra del personale di ciascuno): la giornata in grafici per tutti insieme e per ogni chiosco, un CSV complessivo e un resoconto di una pagina da stampare. Tutto resta su questo dispositivo.",
    choose: "Scegli i file CSV",
    drop: "oppure trascinali qui",
    none_yet: "Nessun chiosco aggiunto.",
    kiosks: "Chioschi contati",
    kiosk: |n, file| format!("Chiosco {n} ({file})"),
    remove: |name| format!("Togli {name}"),
    together: "Tutti i chioschi insieme",
    export: "Esporta il CSV complessivo",
    print: "Stampa il resoconto",
    clear: "Togli tutti",
    date: |date| format!("Resoconto del {date}"),
    counted: |n| if n == 1 { "1 chiosco contato".into() } else { format!("{n} chioschi contati") },
    refused: |file, line, why| format!("{file} non è un'esportazione dei conteggi di un chiosco: riga {line}: {why}. Non è stato aggiunto."),
    empty: "il file è vuoto",
    header: "la prima riga dovrebbe essere group,item,label,count",
    fields: "ogni riga dovrebbe avere quattro campi: group, item, label, count",
    unknown: |what| format!("{what} non è un conteggio che un chiosco esporta"),
    count: |c| format!("«{c}» non è un numero intero"),
    repeated: |what| format!("{what} compare due volte"),
    missing: |what| format!("manca {what}"),
};

static ES: PageTexts = PageTexts {
    title: "Varios quioscos en uno",
    intro: "Añade los archivos CSV que exportaron tus quioscos (Exportar CSV en la barra del personal de cada uno): el día en gráficos para todos juntos y para cada quiosco, un CSV conjunto y un informe de una página para imprimir. Todo se queda en este dispositivo.",
    choose: "Elegir archivos CSV",
    drop: "o suéltalos aquí",
    none_yet: "Todavía no se ha añadido ningún quiosco.",
    kiosks: "Quioscos contados",
    kiosk: |n, file| format!("Quiosco {n} ({file})"),
    remove: |name| format!("Quitar {name}"),
    together: "Todos los quioscos juntos",
    export: "Exportar el CSV conjunto",
    print: "Imprimir el informe",
    clear: "Quitar todos",
    date: |date| format!("Informe del {date}"),
    counted: |n| if n == 1 { "1 quiosco contado".into() } else { format!("{n} quioscos contados") },
    refused: |file, line, why| format!("{file} no es una exportación de recuentos de un quiosco: línea {line}: {why}. No se ha añadido."),
    empty: "el archivo está vacío",
    header: "la primera línea debería ser group,item,label,count",
    fields: "cada línea debería tener cuatro campos: group, item, label, count",
    unknown: |what| format!("{what} no es un recuento que exporte un quiosco"),
    count: |c| format!("«{c}» no es un número entero"),
    repeated: |what| format!("{what} aparece dos veces"),
    missing: |what| format!("falta {what}"),
};
