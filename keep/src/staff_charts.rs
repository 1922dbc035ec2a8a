//! The tallies as pictures, in the kiosk build of the module: the headline figures large,
//! a bar chart per group (top role, lean, language, quick or full), starts per hour as
//! columns over the day, and times to finish as a histogram. Every bar carries its count as
//! text and as `data-value`; the shapes are SVG, sized by their attributes (no inline styles,
//! for a strict Content-Security-Policy). What each bar says is the core's
//! (`Tallies::charts`); the staff bar's table stays the accessible form.

use rolefit_core::tally::{Chart, Group, RoleNames, StaffTexts, Tallies};
use wasm_bindgen::JsValue;
use web_sys::Element;

use crate::dom::{add, add_svg, set};

/// The length of the longest bar, in SVG units (the core gives thousandths).
const FULL: u32 = 1000;

/// Draws the pictures of `tallies` (its roles labelled with `names`) into a new section of
/// `parent` and returns it. `title`,
/// when given, heads the section instead of "The day at a glance" (the tallies page names
/// each kiosk).
pub fn draw(
    parent: &Element,
    tallies: &Tallies,
    t: &StaffTexts,
    names: &RoleNames,
    title: Option<&str>,
) -> Result<Element, JsValue> {
    let section = add(parent, "section", "staff-pictures", "")?;
    section.set_attribute("data-testid", "pictures")?;
    add(
        &section,
        "h3",
        "staff-glance",
        title.unwrap_or(t.at_a_glance),
    )?;
    let heads = add(&section, "dl", "staff-headlines", "")?;
    for head in tallies.headlines(t) {
        let item = add(&heads, "div", "staff-headline", "")?;
        item.set_attribute("data-item", head.item)?;
        add(&item, "dt", "", head.label)?;
        add(&item, "dd", "", &head.value)?.set_attribute("data-value", &head.value)?;
    }
    let charts = add(&section, "div", "staff-charts", "")?;
    for chart in tallies.charts(t, names) {
        match chart.group {
            Group::Hour | Group::FinishTime => columns(&charts, &chart)?,
            _ => bars(&charts, &chart)?,
        }
    }
    Ok(section)
}

/// A chart's frame: its section, heading and list.
fn frame(parent: &Element, chart: &Chart, kind: &str) -> Result<Element, JsValue> {
    let section = add(parent, "section", &format!("staff-chart {kind}"), "")?;
    section.set_attribute("data-group", chart.group.id())?;
    add(&section, "h4", "", chart.heading)?;
    add(&section, "ul", "", "")
}

/// One item of a chart, with what it counts and its count.
fn item(list: &Element, item: &str, value: u32) -> Result<Element, JsValue> {
    let li = add(list, "li", "", "")?;
    set(
        &li,
        &[("data-item", item), ("data-value", &value.to_string())],
    )?;
    Ok(li)
}

/// Horizontal bars: the label above, the bar and its count beside it.
fn bars(parent: &Element, chart: &Chart) -> Result<(), JsValue> {
    let list = frame(parent, chart, "staff-bars")?;
    for bar in &chart.bars {
        let li = item(&list, &bar.item, bar.value)?;
        add(&li, "span", "staff-label", &bar.label)?;
        let svg = shape(&li, &format!("0 0 {FULL} 10"))?;
        let full = FULL.to_string();
        add_svg(
            &svg,
            "rect",
            &[("class", "staff-track"), ("width", &full), ("height", "10")],
        )?;
        let length = (bar.length * FULL / 1000).to_string();
        add_svg(
            &svg,
            "rect",
            &[
                ("class", "staff-fill"),
                ("width", &length),
                ("height", "10"),
            ],
        )?;
        add(&li, "span", "staff-value", &bar.value.to_string())?;
    }
    Ok(())
}

/// Columns side by side (the hours of the day, the times to finish): the count on top, the
/// label under; written label first, for screen readers, and turned round by the stylesheet.
fn columns(parent: &Element, chart: &Chart) -> Result<(), JsValue> {
    let list = frame(parent, chart, "staff-columns")?;
    for bar in &chart.bars {
        let li = item(&list, &bar.item, bar.value)?;
        let label = add(&li, "span", "staff-label", "")?;
        // A range ("1:30–2:00") on two lines, so that twelve of them fit side by side.
        match bar.label.split_once('–') {
            Some((from, to)) => {
                add(&label, "span", "", &format!("{from}–"))?;
                add(&label, "span", "", to)?;
            }
            None => label.set_text_content(Some(&bar.label)),
        }
        let svg = shape(&li, &format!("0 0 10 {FULL}"))?;
        let height = bar.length * FULL / 1000;
        let y = (FULL - height).to_string();
        add_svg(
            &svg,
            "rect",
            &[
                ("class", "staff-fill"),
                ("y", &y),
                ("width", "10"),
                ("height", &height.to_string()),
            ],
        )?;
        add(&li, "span", "staff-value", &bar.value.to_string())?;
    }
    Ok(())
}

/// An SVG that stretches to its box, hidden from screen readers (the numbers are text).
fn shape(parent: &Element, view_box: &str) -> Result<Element, JsValue> {
    add_svg(
        parent,
        "svg",
        &[
            ("class", "staff-shape"),
            ("viewBox", view_box),
            ("preserveAspectRatio", "none"),
            ("aria-hidden", "true"),
            ("focusable", "false"),
        ],
    )
}
