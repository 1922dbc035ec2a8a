//! The result's body, drawn by the keep module when a result is shown: the lean, the ranked
//! roles, the dimension chart with its table, and the answers that weighed most. Its wrapper
//! carries the result's test id, top role and lean, so a result counts as shown once drawn.

use rolefit_core::scoring::{self, Lean};
use rolefit_core::{
    fill, Answer, Answers, Content, KeepMessages, Locale, Question, QuestionKind, Snapshot,
};
use wasm_bindgen::JsValue;
use web_sys::Element;

use crate::dom::{add, add_svg, set};

/// How an answer reads in the explanation, in the candidate's words.
fn answer_words(
    content: &Content,
    answers: &Answers,
    question: &Question,
    locale: Locale,
    m: &KeepMessages,
) -> Option<String> {
    let answer = answers.get(question.id())?;
    let label = |id| question.option(id).map(|o| o.label().get(locale));
    Some(match answer {
        Answer::Rating(point) => {
            (m.you_rated)(content.scale()[usize::from(point.get() - 1)].get(locale))
        }
        Answer::Choice(id) => (m.you_chose)(label(id)?),
        Answer::Pick(ids) => {
            let labels: Vec<&str> = ids.iter().filter_map(label).collect();
            (m.you_chose)(&labels.join(m.quote_separator))
        }
    })
}

/// A 0–1 score as a whole number out of 100 (or 1000, for drawing).
fn percent(score: f64) -> u32 {
    (score.clamp(0.0, 1.0) * 100.0).round() as u32
}

fn permille(score: f64) -> u32 {
    (score.clamp(0.0, 1.0) * 1000.0).round() as u32
}

/// Draws the result's body into `host`; `id` makes an element id unique on the page.
pub fn draw(
    host: &Element,
    content: &Content,
    snapshot: &Snapshot,
    locale: Locale,
    id: &dyn Fn(&str) -> String,
) -> Result<(), JsValue> {
    let answers = &snapshot.answers;
    let m = KeepMessages::get(locale);
    let outcome = scoring::score(content, answers);
    let top = outcome.ranking[0].role;
    let name = |i: usize| content.role(outcome.ranking[i].role).name().get(locale);
    let (top_name, second_name) = (name(0), name(1));
    let (asked, total) = (answers.len(), content.questions().len());
    let length = snapshot.pace.length(asked, total);
    let lean_shown = outcome.lean.shown(length);
    let body = add(host, "div", "rf-outcome", "")?;
    set(
        &body,
        &[
            ("data-testid", "result"),
            ("data-top", content.role(top).id().as_str()),
            ("data-lean", lean_shown.id()),
            ("data-length", length.id()),
        ],
    )?;
    // A quick result says it stopped early, and why, before anything is read into it; it
    // shows the roles' order and the lean, and no figure until the rest is answered.
    let stopped = snapshot.stopped_early(content);
    if stopped {
        let note = add(
            &body,
            "p",
            "rf-quick-note",
            &(m.stopped_early)(asked, total),
        )?;
        note.set_attribute("data-testid", "stopped-early")?;
    }

    let lean = content
        .lean()
        .ok_or("RoleFit keep: the content does not explain results")?
        .get(lean_shown);
    let class = match lean_shown {
        Lean::Clear => "rf-lean rf-lean-clear",
        Lean::Blend => "rf-lean rf-lean-blend",
        Lean::Flat => "rf-lean rf-lean-flat",
    };
    let lean_box = add(&body, "div", class, "")?;
    lean_box.set_attribute("data-testid", "lean")?;
    let title = fill(lean.title().get(locale), top_name, second_name);
    add(&lean_box, "p", "rf-lean-title", &title)?;
    let detail = fill(lean.detail().get(locale), top_name, second_name);
    add(&lean_box, "p", "", &detail)?;
    if !stopped {
        let stable = scoring::stability(content, answers);
        let stability = (m.stability)(stable.percent(), stable.kept, stable.resamples);
        let line = add(&lean_box, "p", "rf-stability", &stability)?;
        set(
            &line,
            &[
                ("data-testid", "stability"),
                ("data-percent", &stable.percent().to_string()),
            ],
        )?;
    }

    add(&body, "h3", "", m.ranking_heading)?;
    ranking(&body, content, &outcome.ranking, locale, !stopped)?;
    if !stopped {
        let scores = &outcome.dimensions;
        chart(&body, content, scores, top, top_name, locale, m, id)?;
    }
    reasons(&body, content, answers, top, top_name, locale, m)
}

/// The roles, best first, each with its percentage and bar when `figures`.
fn ranking(
    body: &Element,
    content: &Content,
    scores: &[scoring::RoleScore],
    locale: Locale,
    figures: bool,
) -> Result<(), JsValue> {
    let list = add(body, "ol", "rf-ranking", "")?;
    for score in scores {
        let item = add(&list, "li", "rf-role-score", "")?;
        let test_id = format!("role-{}", content.role(score.role).id());
        item.set_attribute("data-testid", &test_id)?;
        let role = content.role(score.role).name().get(locale);
        add(&item, "span", "rf-role-name", role)?;
        if !figures {
            continue;
        }
        let shown = score.percent.to_string();
        item.set_attribute("data-percent", &shown)?;
        add(&item, "span", "rf-percent", &format!("{shown} %"))?;
        let bar = add_svg(&item, "svg", &bar_attributes("rf-bar", "0 0 100 6"))?;
        bar.set_attribute("aria-hidden", "true")?;
        add_svg(
            &bar,
            "rect",
            &[("class", "rf-bar-track"), ("width", "100"), ("height", "6")],
        )?;
        add_svg(
            &bar,
            "rect",
            &[("class", "rf-bar-fill"), ("width", &shown), ("height", "6")],
        )?;
    }
    Ok(())
}

fn bar_attributes<'a>(class: &'a str, view_box: &'a str) -> [(&'a str, &'a str); 4] {
    [
        ("class", class),
        ("viewBox", view_box),
        ("preserveAspectRatio", "none"),
        ("focusable", "false"),
    ]
}

/// Each dimension's score beside the top role's profile, as bars and as a table.
#[allow(clippy::too_many_arguments)]
fn chart(
    body: &Element,
    content: &Content,
    scores: &[f64],
    top: rolefit_core::Role,
    top_name: &str,
    locale: Locale,
    m: &KeepMessages,
    id: &dyn Fn(&str) -> String,
) -> Result<(), JsValue> {
    let caption = id("chart-caption");
    add(body, "h3", "", m.dimensions_heading)?.set_id(&caption);
    let figure = add(body, "figure", "rf-chart", "")?;
    figure.set_attribute("aria-labelledby", &caption)?;
    let bars = add(&figure, "ul", "rf-dims", "")?;
    bars.set_attribute("aria-hidden", "true")?;
    let profile = content.role(top).profile();
    let rows = || content.dimensions().iter().zip(scores).zip(profile);
    for ((dimension, score), target) in rows() {
        let item = add(&bars, "li", "rf-dim", "")?;
        add(&item, "span", "rf-dim-name", dimension.name().get(locale))?;
        let bar = add_svg(&item, "svg", &bar_attributes("rf-dim-bar", "0 0 1000 10"))?;
        add_svg(
            &bar,
            "rect",
            &[
                ("class", "rf-bar-track"),
                ("width", "1000"),
                ("height", "10"),
            ],
        )?;
        let fill = permille(*score).to_string();
        add_svg(
            &bar,
            "rect",
            &[("class", "rf-bar-fill"), ("width", &fill), ("height", "10")],
        )?;
        let x = permille(*target).saturating_sub(6).min(988).to_string();
        let mark = [
            ("class", "rf-dim-target"),
            ("x", &x),
            ("width", "12"),
            ("height", "10"),
        ];
        add_svg(&bar, "rect", &mark)?;
        add(&item, "span", "rf-dim-value", &percent(*score).to_string())?;
    }
    let profile_of = (m.profile_of)(top_name);
    let legend = add(&figure, "figcaption", "rf-legend", "")?;
    add(&legend, "span", "rf-legend-you", m.your_score)?;
    add(&legend, "span", "rf-legend-target", &profile_of)?;
    let details = add(&figure, "details", "rf-table", "")?;
    add(&details, "summary", "", m.table_toggle)?;
    let table = add(&details, "table", "", "")?;
    let head = add(&add(&table, "thead", "", "")?, "tr", "", "")?;
    for label in [m.dimension, m.your_score, &profile_of] {
        add(&head, "th", "", label)?.set_attribute("scope", "col")?;
    }
    let tbody = add(&table, "tbody", "", "")?;
    for ((dimension, score), target) in rows() {
        let row = add(&tbody, "tr", "", "")?;
        add(&row, "th", "", dimension.name().get(locale))?.set_attribute("scope", "row")?;
        add(&row, "td", "", &percent(*score).to_string())?;
        add(&row, "td", "", &percent(*target).to_string())?;
    }
    Ok(())
}

/// The answers that brought the candidate closest to the top role, and why.
fn reasons(
    body: &Element,
    content: &Content,
    answers: &Answers,
    top: rolefit_core::Role,
    top_name: &str,
    locale: Locale,
    m: &KeepMessages,
) -> Result<(), JsValue> {
    add(body, "h3", "", m.reasons_heading)?;
    let reasons = scoring::reasons(content, answers, top, 3);
    if reasons.is_empty() {
        add(body, "p", "", m.reasons_none)?;
        return Ok(());
    }
    add(body, "p", "", &(m.reasons_intro)(top_name))?;
    let list = add(body, "ul", "rf-reasons", "")?;
    list.set_attribute("data-testid", "reasons")?;
    for reason in &reasons {
        let Some(question) = content.questions().get(reason.question) else {
            continue;
        };
        let why = content
            .role(top)
            .guide()
            .and_then(|guide| guide.trait_for(reason.dimension))
            .map(|t| t.text().get(locale))
            .unwrap_or_else(|| {
                content.dimensions()[reason.dimension]
                    .description()
                    .map_or("", |text| text.get(locale))
            });
        let item = add(&list, "li", "", "")?;
        // A statement is quoted whole: its topic alone would misread a reverse-keyed one
        // ("Handling complaints: strongly disagree").
        let said = match question.kind() {
            QuestionKind::Rating { .. } => question.prompt().get(locale),
            // A document that explains results names every topic (see `load`).
            _ => question.topic().unwrap_or(question.prompt()).get(locale),
        };
        add(&item, "strong", "", said)?;
        let words = answer_words(content, answers, question, locale, m).unwrap_or_default();
        add(&item, "span", "rf-answer", &words)?;
        add(&item, "span", "rf-why", why)?;
    }
    Ok(())
}
