//! The host's next step after the result: for the candidate's top role, a link with the
//! host's label, under the lean. keep.js reads the placeholder's `data-next-<role>` and
//! `data-next-label-<role>` (or `…-<lang>`, one per language) and drops, with a warning, an
//! address that is not `https:`, `http:` or on the page's own site; it hands over, by role
//! id, `{ url, labels, target }` with `labels` by language tag (`""` for the label in any
//! language) and `target` the browsing context the link opens in (`_parent` in RoleFit's
//! frame, so that the host page goes to it; empty inline). Following the link fires
//! `rolefit:next` (keep.js).

use js_sys::Reflect;
use rolefit_core::{KeepMessages, Locale};
use wasm_bindgen::JsValue;
use web_sys::Element;

use crate::dom::{add, set};

/// A string field of a JavaScript object, if it is one and not empty.
fn text(object: &JsValue, key: &str) -> Option<String> {
    let value = Reflect::get(object, &JsValue::from_str(key)).ok()?;
    value.as_string().filter(|s| !s.trim().is_empty())
}

/// Draws the next step of `role`, if the host gave one, after the lean's box.
pub fn draw(
    host: &Element,
    next: &JsValue,
    role: &str,
    locale: Locale,
    m: &KeepMessages,
) -> Result<(), JsValue> {
    if !next.is_object() {
        return Ok(());
    }
    let step = Reflect::get(next, &JsValue::from_str(role))?;
    if !step.is_object() {
        return Ok(());
    }
    let Some(url) = text(&step, "url") else {
        return Ok(());
    };
    let labels = Reflect::get(&step, &JsValue::from_str("labels"))?;
    let label = text(&labels, locale.tag())
        .or_else(|| text(&labels, ""))
        .unwrap_or_else(|| m.next_default.to_string());
    let Some(lean) = host.query_selector("[data-testid=lean]")? else {
        return Ok(());
    };
    let holder = crate::dom::document()?.create_element("p")?;
    holder.set_class_name("rf-next");
    lean.after_with_node_1(&holder)?;
    let link = add(&holder, "a", "rf-next-link", &label)?;
    set(
        &link,
        &[
            ("href", &url),
            ("data-testid", "next-step"),
            ("data-role", role),
        ],
    )?;
    if let Some(target) = text(&step, "target") {
        link.set_attribute("target", &target)?;
    }
    Ok(())
}
