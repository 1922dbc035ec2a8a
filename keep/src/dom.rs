//! Building the DOM from the keep module: elements with a class and a text, never markup.

use wasm_bindgen::JsValue;
use web_sys::{Document, Element};

pub fn document() -> Result<Document, JsValue> {
    web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| "no document".into())
}

/// Appends a `tag` element with a class and a text (set as text, never as markup).
pub fn add(parent: &Element, tag: &str, class: &str, text: &str) -> Result<Element, JsValue> {
    let element = document()?.create_element(tag)?;
    if !class.is_empty() {
        element.set_class_name(class);
    }
    if !text.is_empty() {
        element.set_text_content(Some(text));
    }
    parent.append_child(&element)?;
    Ok(element)
}

/// Sets several attributes at once.
pub fn set(element: &Element, attributes: &[(&str, &str)]) -> Result<(), JsValue> {
    for (name, value) in attributes {
        element.set_attribute(name, value)?;
    }
    Ok(())
}

const SVG: &str = "http://www.w3.org/2000/svg";

/// Appends an SVG element with these attributes.
pub fn add_svg(
    parent: &Element,
    tag: &str,
    attributes: &[(&str, &str)],
) -> Result<Element, JsValue> {
    let element = document()?.create_element_ns(Some(SVG), tag)?;
    set(&element, attributes)?;
    parent.append_child(&element)?;
    Ok(element)
}
