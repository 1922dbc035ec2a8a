//! The result in the browser: `keep.js` loads this module, calls [`render`] to draw it, and
//! [`act`] when one of the keep panel's buttons is pressed. [`render`] also tells the
//! problems the widget found in its content, in Italian or Spanish.

use rolefit_core::scrub::Scrubbing;
use rolefit_core::{
    scoring, Content, KeepMessage, KeepMessages, KeepMode, KeepRequest, Locale, MessageError,
    Snapshot,
};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Element, HtmlInputElement};

use crate::dom::{add, document};
#[cfg(feature = "qr")]
use crate::qr_path;
use crate::Card;

/// A small allocator, as in the widget (less to download), zeroing what it frees.
#[global_allocator]
static ALLOCATOR: Scrubbing<lol_alloc::AssumeSingleThreaded<lol_alloc::FreeListAllocator>> =
    // SAFETY: wasm32 without threads: nothing allocates from two threads.
    Scrubbing(unsafe {
            lol_alloc::AssumeSingleThreaded::new(lol_alloc::FreeListAllocator::new())
        });

/// What the widget asks of the module, read with the core's reader.
fn read_request(text: &str) -> Result<KeepRequest, JsValue> {
    KeepRequest::parse(text).map_err(|e| match e {
        MessageError::Field(field) => {
            format!("RoleFit keep: the message's {field} is wrong").into()
        }
        MessageError::Syntax(_) => "RoleFit keep: the message is not JSON".into(),
    })
}

/// The result to draw, or act on.
fn read_detail(text: &str) -> Result<KeepMessage, JsValue> {
    match read_request(text)? {
        KeepRequest::Result(message) => Ok(message),
        _ => Err("RoleFit keep: the message is not a result".into()),
    }
}

/// The content (the widget's own edition or bank, passed as text by keep.js) and the
/// candidate's answers, read back from the share code.
fn load(detail: &KeepMessage, content: &str) -> Result<(Content, Snapshot), JsValue> {
    let content = Content::parse(content)
        .ok()
        .filter(|content| content.lean().is_some())
        .ok_or("RoleFit keep: the content could not be read")?;
    let snapshot = Snapshot::decode(&detail.code, &content)
        .map_err(|_| "RoleFit keep: the share code does not match the content")?;
    Ok((content, snapshot))
}

/// The page's address with the share code in its fragment, which browsers never send to a
/// server.
fn share_link(code: &str) -> Result<String, JsValue> {
    let href = web_sys::window().ok_or("no window")?.location().href()?;
    let page = href.split('#').next().unwrap_or_default();
    Ok(format!("{page}#rolefit={code}"))
}

fn today(locale: Locale) -> String {
    js_sys::Date::new_0()
        .to_locale_date_string(locale.tag(), &JsValue::UNDEFINED)
        .into()
}

/// Draws what `detail` (a [`KeepRequest`]) asks for: the content's problems, or the result (its body: lean, ranking, chart, reasons), then the print date, a guide to each role (what the job is,
/// what such a person does, what to try next, with sources), and the panel for keeping the
/// result (on a kiosk, the take-home QR code, first of all). Drawn afresh each time (a new language redraws it). `home` is the stand-alone
/// page, which a kiosk's QR code opens; a kiosk that has none on the web (a copy opened from
/// a file, without its take-home setting) says so instead of showing a code no phone can
/// open. `next` is the host's next step for each role, as keep.js read and checked it from
/// the placeholder (`next.rs`).
#[wasm_bindgen]
pub fn render(
    host: Element,
    detail: &str,
    content: &str,
    home: &str,
    next: JsValue,
) -> Result<(), JsValue> {
    let detail = match read_request(detail)? {
        KeepRequest::Result(detail) => detail,
        // The problems the widget found in its content, to tell in Italian or Spanish.
        KeepRequest::Problems { problems, .. } => {
            host.set_text_content(None);
            let list = add(&host, "ul", "rf-problems", "")?;
            for line in problems.lines() {
                add(&list, "li", "", &line)?;
            }
            return Ok(());
        }
        KeepRequest::Prefetch { .. } => return Err("RoleFit keep: nothing to draw".into()),
    };
    let (content, snapshot) = load(&detail, content)?;
    let locale = detail.locale;
    let kiosk = detail.mode == KeepMode::Kiosk;
    let m = KeepMessages::get(locale);
    let id = |local: &str| format!("{}-{local}", detail.panel);
    host.set_text_content(None);
    // On a kiosk the QR code comes first, above the result, where a candidate walking away
    // sees it on the first screen (even a portrait one); the rest follows below.
    let panel = document()?.create_element("section")?;
    panel.set_class_name("rf-keep-panel");
    panel.set_attribute("aria-labelledby", &id("title"))?;
    panel.set_attribute("data-testid", "keep-panel")?;
    if kiosk {
        if home.starts_with("https://") || home.starts_with("http://") {
            let link = format!("{home}#rolefit={}", detail.code);
            take_home(&panel, &link, m, &id("title"))?;
        } else {
            add(&panel, "h3", "", m.take_home)?.set_id(&id("title"));
            add(&panel, "p", "", m.take_home_unset)?
                .set_attribute("data-testid", "take-home-unset")?;
        }
        host.append_child(&panel)?;
    }
    crate::result::draw(&host, &content, &snapshot, locale, &id)?;
    let outcome = scoring::score(&content, &snapshot.answers);
    let figures = !snapshot.stopped_early(&content);
    // Nobody follows a link on a kiosk: its take-home page shows the next step instead.
    if !kiosk {
        let top = content.role(outcome.ranking[0].role).id().as_str();
        crate::next::draw(&host, &next, top, locale, m)?;
    }
    add(&host, "p", "rf-print-date", &(m.printed_on)(&today(locale)))?;

    add(&host, "h3", "", m.roles_heading)?;
    let roles = add(&host, "div", "rf-roles", "")?;
    for score in &outcome.ranking {
        let profile = content.role(score.role);
        let card = add(&roles, "article", "rf-role", "")?;
        card.set_attribute("data-role", profile.id().as_str())?;
        let name = add(&card, "h4", "", profile.name().get(locale))?;
        if figures {
            let percent = format!("{} %", score.percent);
            add(&name, "span", "rf-role-percent", &percent)?;
        }
        // A host's bank may leave the guides out: the card then names the role only.
        let Some(guide) = profile.guide() else {
            continue;
        };
        add(&card, "p", "rf-role-label", m.what_the_job_is)?;
        add(&card, "p", "", guide.summary().get(locale))?;
        for (label, items) in [
            (m.what_they_do, guide.tasks()),
            (m.next_steps, guide.next_steps()),
        ] {
            add(&card, "p", "rf-role-label", label)?;
            let list = add(&card, "ul", "", "")?;
            for item in items {
                add(&list, "li", "", item.text().get(locale))?;
            }
        }
        let cited: Vec<&str> = content
            .sources()
            .iter()
            .map(|(key, _)| key.as_str())
            .filter(|key| {
                let mut all = guide.tasks().iter().chain(guide.next_steps());
                all.any(|t| t.sources().iter().any(|s| s == key))
            })
            .collect();
        let sources = format!("{}: {}", m.sources_label, cited.join(", "));
        add(&card, "p", "rf-sources", &sources)?;
    }

    if kiosk {
        return Ok(());
    }
    host.append_child(&panel)?;
    add(&panel, "h3", "", m.keep_heading)?.set_id(&id("title"));
    add(&panel, "p", "", m.share_explained)?;
    let label = add(&panel, "label", "rf-role-label", m.share_label)?;
    label.set_attribute("for", &id("link"))?;
    let row = add(&panel, "div", "rf-share", "")?;
    let field: HtmlInputElement = add(&row, "input", "rf-link", "")?.dyn_into()?;
    field.set_id(&id("link"));
    field.set_read_only(true);
    field.set_value(&share_link(&detail.code)?);
    field.set_attribute("data-testid", "share-link")?;
    button(&row, "copy", m.copy_link, "copy-link")?;
    let status = add(&panel, "p", "rf-status", "")?;
    status.set_attribute("role", "status")?;
    status.set_attribute("data-testid", "keep-status")?;
    let actions = add(&panel, "div", "rf-nav rf-nav-start", "")?;
    button(&actions, "print", m.print, "print")?;
    button(&actions, "image", m.download_image, "download-image")?;
    Ok(())
}

#[cfg(feature = "qr")]
/// On a kiosk: the share link as a QR code, for the candidate's phone. It opens the
/// stand-alone page beside the widget's files, not the kiosk, which would ignore it.
fn take_home(panel: &Element, link: &str, m: &KeepMessages, title: &str) -> Result<(), JsValue> {
    add(panel, "h3", "", m.take_home)?.set_id(title);
    add(panel, "p", "", m.scan_hint)?;
    let (side, path) = qr_path(link).map_err(|e| format!("RoleFit keep: no QR code: {e:?}"))?;
    const SVG: &str = "http://www.w3.org/2000/svg";
    let document = document()?;
    let svg = document.create_element_ns(Some(SVG), "svg")?;
    // Four modules of quiet zone all round, as scanners expect.
    let view = format!("-4 -4 {0} {0}", side + 8);
    for (name, value) in [
        ("viewBox", view.as_str()),
        ("class", "rf-qr"),
        ("role", "img"),
        ("aria-label", m.qr_label),
        ("data-testid", "qr"),
        ("shape-rendering", "crispEdges"),
    ] {
        svg.set_attribute(name, value)?;
    }
    let background = document.create_element_ns(Some(SVG), "rect")?;
    for (name, value) in [
        ("x", "-4"),
        ("y", "-4"),
        ("width", "100%"),
        ("height", "100%"),
        ("fill", "#fff"),
    ] {
        background.set_attribute(name, value)?;
    }
    let modules = document.create_element_ns(Some(SVG), "path")?;
    modules.set_attribute("d", &path)?;
    modules.set_attribute("fill", "#000")?;
    svg.append_child(&background)?;
    svg.append_child(&modules)?;
    panel.append_child(&svg)?;
    Ok(())
}

/// Without the QR encoder (the module for candidates at home), a kiosk panel cannot be drawn;
/// keep.js loads the kiosk build for kiosks.
#[cfg(not(feature = "qr"))]
fn take_home(_: &Element, _: &str, _: &KeepMessages, _: &str) -> Result<(), JsValue> {
    Err("RoleFit keep: this build has no QR codes (kiosks load rolefit_keep_kiosk.js)".into())
}

fn button(parent: &Element, action: &str, label: &str, test_id: &str) -> Result<(), JsValue> {
    let button = add(parent, "button", "rf-button", label)?;
    button.set_attribute("type", "button")?;
    button.set_attribute("data-keep", action)?;
    button.set_attribute("data-testid", test_id)
}

/// One of the panel's buttons was pressed: `copy`, `print` or `image`.
#[wasm_bindgen]
pub async fn act(
    panel: Element,
    action: String,
    detail: String,
    content: String,
) -> Result<(), JsValue> {
    let detail = read_detail(&detail)?;
    let window = web_sys::window().ok_or("no window")?;
    match action.as_str() {
        "copy" => {
            let link = share_link(&detail.code)?;
            let copied = JsFuture::from(window.navigator().clipboard().write_text(&link)).await;
            let select = format!("#{}-link", detail.panel);
            match copied {
                Ok(_) => {
                    let status = panel.query_selector("[role=status]")?.ok_or("no status")?;
                    status.set_text_content(Some(KeepMessages::get(detail.locale).copied));
                }
                // Not allowed here (a frame, say): the link is selected, to copy by hand.
                Err(_) => {
                    if let Some(field) = panel.query_selector(&select)? {
                        let field: HtmlInputElement = field.dyn_into()?;
                        field.focus()?;
                        field.select();
                    }
                }
            }
        }
        "print" => window.print()?,
        "image" => {
            let (content, snapshot) = load(&detail, &content)?;
            let card = Card::new(&content, &snapshot, detail.locale)
                .ok_or("RoleFit keep: the content does not explain results")?;
            let url = crate::canvas::draw(&card, &today(detail.locale))?;
            let link: web_sys::HtmlAnchorElement = add(&panel, "a", "", "")?.dyn_into()?;
            link.set_href(&url);
            link.set_download(&card.file);
            link.click();
            link.remove();
        }
        _ => return Err(format!("RoleFit keep: no action {action}").into()),
    }
    Ok(())
}
