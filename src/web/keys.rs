//! Keys as the candidate means them: shortcuts for options and Next, never while typing.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement, KeyboardEvent};

use rolefit_core::{shortcut, Action, Content, Quiz, Shortcut, Step};

fn is_typing_target(element: &Element) -> bool {
    match element.tag_name().to_ascii_lowercase().as_str() {
        "textarea" | "select" => true,
        "input" => element.dyn_ref::<HtmlInputElement>().is_some_and(|input| {
            !matches!(
                input.type_().as_str(),
                "radio" | "checkbox" | "button" | "submit" | "reset"
            )
        }),
        _ => element
            .get_attribute("contenteditable")
            .is_some_and(|v| v != "false"),
    }
}

/// Elements where Enter already means "activate this"; the Next shortcut leaves them alone.
fn activates_on_enter(element: &Element) -> bool {
    matches!(
        element.tag_name().to_ascii_lowercase().as_str(),
        "button" | "a" | "summary"
    )
}

/// The quiz action a key press stands for, if any; the event's default is then prevented.
pub fn key_action(event: &KeyboardEvent, quiz: &Quiz, content: &Content) -> Option<Action> {
    let target = event.target()?.dyn_into::<Element>().ok()?;
    let modified = event.ctrl_key() || event.alt_key() || event.meta_key();
    let typing = is_typing_target(&target);
    let action = match shortcut(&event.key(), modified, typing, quiz.shortcuts)? {
        Shortcut::Option(index) => quiz.select_option(content, index)?,
        Shortcut::Next
            if matches!(quiz.step, Step::Question(_)) && !activates_on_enter(&target) =>
        {
            Action::Next
        }
        Shortcut::Next => return None,
    };
    event.prevent_default();
    Some(action)
}
