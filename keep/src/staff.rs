//! The kiosk's staff bar and its anonymous tallies, in the kiosk build of the module only:
//! `kiosk.js` hands it the widget's `rolefit:start`, `rolefit:complete` and `rolefit:reset`
//! events, and it keeps the counts in the page's localStorage (one key, see
//! `rolefit_core::tally`), draws the bar, writes the CSV and resets the counts.

use rolefit_core::tally::{
    Counting, Group, Moment, RoleNames, StaffTexts, Stored, TallyError, STORAGE_KEY,
};
use rolefit_core::{HostEvent, Locale, MessageError};
use wasm_bindgen::prelude::*;
use web_sys::{Element, Storage};

use crate::dom::{add, set};
use crate::staff_charts;

/// The CSV download's file name.
const CSV_FILE: &str = "rolefit-kiosk-tallies.csv";

/// Something the bar says above the counts.
enum Trouble {
    /// The stored text could not be read: set aside in the stored form, counting from zero.
    Unreadable(TallyError),
    /// The counts could not be written (storage full or blocked).
    NotSaved,
}

/// The staff bar's state: on or off, the counts, and what went wrong, if anything.
#[wasm_bindgen]
pub struct Staff {
    on: bool,
    counting: Counting,
    /// Earlier stored text that could not be read, carried along until staff reset.
    unreadable: Option<String>,
    trouble: Option<Trouble>,
    /// The counts as a table rather than as pictures.
    table: bool,
}

fn storage() -> Option<Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

fn locale(lang: &str) -> Locale {
    Locale::from_tag(lang).unwrap_or(Locale::FALLBACK)
}

#[wasm_bindgen]
impl Staff {
    /// With `on` false (`tallies=off`), nothing is read, counted or stored.
    #[wasm_bindgen(constructor)]
    pub fn new(on: bool) -> Staff {
        let mut staff = Staff {
            on,
            counting: Counting::new(Default::default()),
            unreadable: None,
            trouble: None,
            table: false,
        };
        if !on {
            return staff;
        }
        let text = storage().and_then(|s| s.get_item(STORAGE_KEY).ok().flatten());
        if let Some(text) = text {
            match Stored::decode(&text) {
                Ok(stored) => {
                    staff.counting = Counting::new(stored.tallies);
                    staff.unreadable = stored.unreadable;
                }
                Err(error) => {
                    // Counting starts afresh, with the text kept inside the new stored form.
                    staff.unreadable = Stored::set_aside(&text).unreadable;
                    staff.trouble = Some(Trouble::Unreadable(error));
                    staff.save();
                }
            }
        }
        staff
    }

    /// Counts one of the widget's events (its name and its detail as JSON text).
    pub fn record(&mut self, name: &str, detail: &str) -> Result<(), JsValue> {
        if !self.on {
            return Ok(());
        }
        let event = HostEvent::parse(name, detail).map_err(|e| {
            let why = match e {
                MessageError::Field(field) => field,
                MessageError::Syntax(_) => "not JSON",
            };
            JsValue::from(format!("RoleFit tallies: {name} could not be read ({why})"))
        })?;
        let now = js_sys::Date::new_0();
        let at = Moment::new(js_sys::Date::now() / 1000.0, now.get_hours());
        if self.counting.record(&event, at) {
            self.save();
        }
        Ok(())
    }

    /// Sets every count back to zero, and drops an unreadable earlier text.
    pub fn clear(&mut self) {
        if !self.on {
            return;
        }
        self.counting.clear();
        self.unreadable = None;
        self.trouble = None;
        self.save();
    }

    /// Switches between the pictures and the table.
    #[wasm_bindgen(js_name = toggleTable)]
    pub fn toggle_table(&mut self) {
        self.table = !self.table;
    }

    /// The counts as CSV, labelled in `lang`.
    pub fn csv(&self, lang: &str) -> String {
        let locale = locale(lang);
        let names = self.counting.names(locale);
        self.counting.tallies().csv(StaffTexts::get(locale), &names)
    }

    #[wasm_bindgen(js_name = csvFile)]
    pub fn csv_file(&self) -> String {
        CSV_FILE.into()
    }

    /// Draws the bar into `bar` in `lang`: its title, its buttons (each with `data-staff`:
    /// `fullscreen`, `export`, `reset`, `close`, `table` (pictures or table); and `confirm`,
    /// `cancel` while `view` is `confirm`), what it has to say, and the counts as pictures
    /// or as a table (the other one there but hidden). `view` is `counts`,
    /// `confirm`, `reset` (just done) or `exported`.
    pub fn draw(
        &self,
        bar: Element,
        lang: &str,
        fullscreen: bool,
        view: &str,
    ) -> Result<(), JsValue> {
        let locale = locale(lang);
        let t = StaffTexts::get(locale);
        bar.set_text_content(None);
        set(&bar, &[("lang", locale.tag()), ("aria-label", t.bar_label)])?;
        let head = add(&bar, "div", "staff-head", "")?;
        add(&head, "h2", "staff-title", t.title)?;
        let actions = add(&bar, "div", "staff-actions", "")?;
        let screen = if fullscreen {
            t.exit_full_screen
        } else {
            t.full_screen
        };
        button(&actions, "fullscreen", screen)?;
        if self.on {
            button(&actions, "export", t.export)?;
            button(&actions, "reset", t.reset)?;
        }
        button(&actions, "close", t.close)?;
        let status = add(&bar, "p", "staff-status", "")?;
        set(
            &status,
            &[("role", "status"), ("data-testid", "staff-status")],
        )?;
        match view {
            "reset" => status.set_text_content(Some(t.reset_done)),
            "exported" => status.set_text_content(Some(&(t.exported)(CSV_FILE))),
            _ => {}
        }
        if view == "confirm" && self.on {
            let confirm = add(&bar, "div", "staff-confirm", "")?;
            set(
                &confirm,
                &[
                    ("role", "group"),
                    ("aria-labelledby", "staff-confirm-question"),
                ],
            )?;
            add(&confirm, "p", "", t.confirm_question)?.set_id("staff-confirm-question");
            button(&confirm, "confirm", t.confirm_yes)?.set_class_name("staff-danger");
            button(&confirm, "cancel", t.cancel)?;
        }
        if !self.on {
            add(&bar, "p", "staff-notice", t.off)?.set_attribute("data-testid", "staff-off")?;
            return Ok(());
        }
        let notice = match &self.trouble {
            Some(Trouble::Unreadable(error)) => Some(error.describe(t)),
            Some(Trouble::NotSaved) => Some(t.not_saved.to_string()),
            None => None,
        };
        if let Some(notice) = notice {
            add(&bar, "p", "staff-notice", &notice)?
                .set_attribute("data-testid", "staff-notice")?;
        }
        add(&bar, "p", "staff-explained", t.explained)?;
        let switch = if self.table {
            t.show_pictures
        } else {
            t.show_table
        };
        button(&bar, "table", switch)?.set_class_name("staff-switch");
        let names = self.counting.names(locale);
        let pictures = staff_charts::draw(&bar, self.counting.tallies(), t, &names, None)?;
        let table = self.table(&bar, t, &names)?;
        match self.table {
            true => pictures.set_attribute("hidden", "")?,
            false => table.set_attribute("hidden", "")?,
        }
        Ok(())
    }
}

impl Staff {
    /// Writes the counts; a failure is said in the bar, and counting goes on in memory.
    fn save(&mut self) {
        let stored = Stored {
            tallies: self.counting.tallies().clone(),
            unreadable: self.unreadable.clone(),
        };
        let written = storage().map(|s| s.set_item(STORAGE_KEY, &stored.encode()));
        match written {
            Some(Ok(())) => {
                if matches!(self.trouble, Some(Trouble::NotSaved)) {
                    self.trouble = None;
                }
            }
            _ => self.trouble = Some(Trouble::NotSaved),
        }
    }

    /// The counts, one section per group; hours and times to finish with nobody in them
    /// are left out of the table (the CSV has every row).
    fn table(&self, bar: &Element, t: &StaffTexts, names: &RoleNames) -> Result<Element, JsValue> {
        let tallies = self.counting.tallies();
        let table = add(bar, "table", "staff-table", "")?;
        table.set_attribute("data-testid", "tallies")?;
        add(&table, "caption", "visually-hidden", t.title)?;
        let head = add(&add(&table, "thead", "", "")?, "tr", "", "")?;
        add(&head, "th", "", t.what)?.set_attribute("scope", "col")?;
        add(&head, "th", "", t.count)?.set_attribute("scope", "col")?;
        let rows = tallies.rows(t, names);
        for group in Group::ALL {
            let body = add(&table, "tbody", "", "")?;
            let heading = add(
                &add(&body, "tr", "", "")?,
                "th",
                "staff-group",
                group.heading(t),
            )?;
            set(&heading, &[("scope", "rowgroup"), ("colspan", "2")])?;
            if group == Group::FinishTime {
                let row = add(&body, "tr", "", "")?;
                add(&row, "th", "", t.median)?.set_attribute("scope", "row")?;
                add(&row, "td", "", &tallies.median_text(t))?
                    .set_attribute("data-item", "median")?;
            }
            let sparse = matches!(group, Group::FinishTime | Group::Hour);
            for row in rows
                .iter()
                .filter(|r| r.group == group && !(sparse && r.count == 0))
            {
                let tr = add(&body, "tr", "", "")?;
                add(&tr, "th", "", &row.label)?.set_attribute("scope", "row")?;
                let cell = add(&tr, "td", "", &row.count.to_string())?;
                set(
                    &cell,
                    &[("data-group", group.id()), ("data-item", &row.item)],
                )?;
            }
        }
        Ok(table)
    }
}

fn button(parent: &Element, action: &str, label: &str) -> Result<Element, JsValue> {
    let button = add(parent, "button", "", label)?;
    let id = format!("staff-{action}");
    set(
        &button,
        &[("type", "button"), ("data-staff", action), ("id", &id)],
    )?;
    Ok(button)
}
