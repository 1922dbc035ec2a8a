//! The tallies page (`tallies.html`), in the kiosk build of the module: several kiosks' CSV
//! exports merged. Each file is read by the core (`Tallies::from_csv`) or refused with its
//! line; the page shows the day in pictures for all the kiosks together and for each one,
//! exports the combined CSV and prints a one-page report. Nothing is stored: the files stay
//! in the page's memory.

use rolefit_core::tally::{PageTexts, RoleNames, StaffTexts, Tallies};
use rolefit_core::Locale;
use wasm_bindgen::prelude::*;
use web_sys::Element;

use crate::dom::{add, set};
use crate::staff_charts;

/// The combined CSV's file name.
const CSV_FILE: &str = "rolefit-kiosks-tallies.csv";

/// The kiosks added so far: each file's name and its counts.
#[wasm_bindgen]
#[derive(Default)]
pub struct Merge {
    kiosks: Vec<(String, Tallies)>,
    /// The roles' names the exports' labels give (the first file to name a role names it).
    names: RoleNames,
}

fn locale(lang: &str) -> Locale {
    Locale::from_tag(lang).unwrap_or(Locale::FALLBACK)
}

#[wasm_bindgen]
impl Merge {
    #[wasm_bindgen(constructor)]
    pub fn new() -> Merge {
        Merge::default()
    }

    /// Adds a kiosk's export; a file that is not one is refused: what to tell, in `lang`.
    pub fn add(&mut self, file: &str, text: &str, lang: &str) -> Option<String> {
        match Tallies::read_csv(text) {
            Ok((tallies, names)) => {
                for role in tallies.roles() {
                    self.names.add(&role.id, names.get(&role.id));
                }
                self.kiosks.push((file.to_string(), tallies));
                None
            }
            Err(error) => Some(PageTexts::get(locale(lang)).refusal(file, &error)),
        }
    }

    pub fn remove(&mut self, index: usize) {
        if index < self.kiosks.len() {
            self.kiosks.remove(index);
        }
    }

    pub fn clear(&mut self) {
        self.kiosks.clear();
        self.names = RoleNames::default();
    }

    /// Every kiosk's counts added together.
    fn total(&self) -> Tallies {
        let mut total = Tallies::default();
        for (_, tallies) in &self.kiosks {
            total.add(tallies);
        }
        total
    }

    /// The combined counts as CSV, in the form of one kiosk's export, labelled in `lang`.
    pub fn csv(&self, lang: &str) -> String {
        self.total().csv(StaffTexts::get(locale(lang)), &self.names)
    }

    #[wasm_bindgen(js_name = csvFile)]
    pub fn csv_file(&self) -> String {
        CSV_FILE.into()
    }

    /// Draws the page into `root` in `lang`: the heading, the way to add files (buttons with
    /// `data-tallies`: `choose`, `export`, `print`, `clear`, `remove` with `data-index`), the
    /// files refused (`problems`), and the report: `date`, the kiosks counted, the pictures of
    /// all of them together and of each one.
    pub fn draw(
        &self,
        root: Element,
        lang: &str,
        date: &str,
        problems: Vec<String>,
    ) -> Result<(), JsValue> {
        let locale = locale(lang);
        let (p, t) = (PageTexts::get(locale), StaffTexts::get(locale));
        root.set_text_content(None);
        root.set_attribute("lang", locale.tag())?;
        add(&root, "h1", "", p.title)?;
        add(&root, "p", "tallies-intro", p.intro)?;
        let pick = add(&root, "div", "tallies-pick", "")?;
        button(&pick, "choose", p.choose)?;
        add(&pick, "span", "", p.drop)?;
        let said = add(&root, "div", "tallies-problems", "")?;
        set(
            &said,
            &[
                ("role", "alert"),
                ("tabindex", "-1"),
                ("data-testid", "problems"),
            ],
        )?;
        for problem in &problems {
            add(&said, "p", "", problem)?;
        }
        if self.kiosks.is_empty() {
            add(&root, "p", "tallies-none", p.none_yet)?;
            return Ok(());
        }
        let actions = add(&root, "div", "tallies-actions", "")?;
        button(&actions, "export", p.export)?;
        button(&actions, "print", p.print)?;
        button(&actions, "clear", p.clear)?;
        let report = add(&root, "section", "tallies-report", "")?;
        report.set_attribute("data-testid", "report")?;
        add(&report, "h2", "", &(p.date)(date))?;
        add(
            &report,
            "p",
            "tallies-counted",
            &(p.counted)(self.kiosks.len()),
        )?;
        let list = add(&report, "ul", "tallies-kiosks", "")?;
        for (index, (file, tallies)) in self.kiosks.iter().enumerate() {
            let name = (p.kiosk)(index + 1, file);
            let item = add(&list, "li", "", "")?;
            item.set_attribute("data-kiosk", &index.to_string())?;
            add(&item, "span", "tallies-name", &name)?;
            let figures = format!(
                "{} {} · {} {} · {} {}",
                t.started,
                tallies.started(),
                t.finished,
                tallies.finished(),
                t.walked_away,
                tallies.walked_away()
            );
            add(&item, "span", "tallies-figures", &figures)?;
            let remove = button(&item, "remove", &(p.remove)(&name))?;
            remove.set_attribute("data-index", &index.to_string())?;
        }
        let all = staff_charts::draw(&report, &self.total(), t, &self.names, Some(p.together))?;
        all.set_attribute("data-kiosk", "all")?;
        for (index, (file, tallies)) in self.kiosks.iter().enumerate() {
            let name = (p.kiosk)(index + 1, file);
            let one = staff_charts::draw(&report, tallies, t, &self.names, Some(&name))?;
            set(
                &one,
                &[
                    ("data-kiosk", &index.to_string()),
                    ("class", "staff-pictures tallies-one"),
                ],
            )?;
        }
        Ok(())
    }
}

fn button(parent: &Element, action: &str, label: &str) -> Result<Element, JsValue> {
    let button = add(parent, "button", "", label)?;
    set(&button, &[("type", "button"), ("data-tallies", action)])?;
    Ok(button)
}
