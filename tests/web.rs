//! The widget in a real browser (headless Chromium via wasm-bindgen-test), described the way
//! a candidate would use it.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement, KeyboardEvent, KeyboardEventInit};

wasm_bindgen_test_configure!(run_in_browser);

/// The shipped content, whole (every language), as a host page that has it in hand would pass it.
fn built_in() -> rolefit::web::Source {
    let content = rolefit_core::Content::parse(rolefit_core::BUILT_IN_CONTENT).unwrap();
    rolefit::web::Source::Document(Ok(std::rc::Rc::new(content)))
}

/// A fresh host element with the given attributes, mounted like a page would.
fn host(attributes: &[(&str, &str)]) -> Element {
    let document = web_sys::window().unwrap().document().unwrap();
    let element = document.create_element("div").unwrap();
    element.set_attribute("data-rolefit", "").unwrap();
    for (name, value) in attributes {
        element.set_attribute(name, value).unwrap();
    }
    document.body().unwrap().append_child(&element).unwrap();
    rolefit::web::mount_all(built_in(), None);
    element
}

/// Lets the browser and Yew's scheduler run until `ready` holds (at most about two seconds).
async fn until(what: &str, ready: impl Fn() -> bool) {
    until_within(what, 2, ready).await
}

/// As [`until`], for at most about `seconds`.
async fn until_within(what: &str, seconds: u32, ready: impl Fn() -> bool) {
    for _ in 0..seconds * 100 {
        if ready() {
            return;
        }
        let tick = js_sys::Promise::new(&mut |resolve, _| {
            web_sys::window()
                .unwrap()
                .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 10)
                .unwrap();
        });
        wasm_bindgen_futures::JsFuture::from(tick).await.unwrap();
    }
    panic!("gave up waiting for {what}");
}

fn find(root: &Element, selector: &str) -> Option<HtmlElement> {
    root.query_selector(selector)
        .unwrap()
        .and_then(|e| e.dyn_into().ok())
}

fn all(root: &Element, selector: &str) -> Vec<HtmlElement> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .filter_map(|i| list.item(i).and_then(|n| n.dyn_into().ok()))
        .collect()
}

fn text(root: &Element, selector: &str) -> String {
    find(root, selector)
        .map(|e| e.inner_text())
        .unwrap_or_default()
}

fn click(root: &Element, selector: &str) {
    find(root, selector)
        .unwrap_or_else(|| panic!("no {selector}"))
        .click();
}

fn press(root: &Element, key: &str) {
    let init = KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    init.set_cancelable(true);
    let event = KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    let target = web_sys::window()
        .unwrap()
        .document()
        .unwrap()
        .active_element();
    let target = match target {
        Some(t) if root.contains(Some(&t)) => t,
        _ => root.query_selector(".rolefit").unwrap().unwrap(),
    };
    target.dispatch_event(&event).unwrap();
}

fn question_id(root: &Element) -> String {
    find(root, "[data-testid=question]")
        .and_then(|q| q.get_attribute("data-question-id"))
        .unwrap_or_default()
}

fn checked(root: &Element) -> Vec<String> {
    all(root, "[data-testid=option]")
        .into_iter()
        .filter(|o| {
            o.query_selector("input")
                .unwrap()
                .unwrap()
                .dyn_into::<HtmlInputElement>()
                .unwrap()
                .checked()
        })
        .filter_map(|o| o.get_attribute("data-choice-id"))
        .collect()
}

async fn start(root: &Element) {
    until("the start button", || {
        find(root, "[data-testid=start]").is_some()
    })
    .await;
    click(root, "[data-testid=start]");
    until("the first question", || {
        find(root, "[data-testid=question]").is_some()
    })
    .await;
}

/// Answers the current question with its first options and goes on.
async fn answer_and_go_on(root: &Element) {
    let before = question_id(root);
    let options = all(root, "[data-testid=option] input");
    let wanted = if options[0].get_attribute("type").as_deref() == Some("checkbox") {
        3
    } else {
        1
    };
    for option in options.iter().take(wanted) {
        option.click();
    }
    until("Next to be enabled", || {
        find(root, "[data-testid=next]:not([disabled])").is_some()
    })
    .await;
    click(root, "[data-testid=next]");
    until("the next screen", || question_id(root) != before).await;
}

#[wasm_bindgen_test]
async fn the_widget_speaks_the_language_the_host_asks_for() {
    let root = host(&[("data-lang", "it")]);
    until("the intro", || find(&root, "[data-testid=start]").is_some()).await;
    assert_eq!(text(&root, "[data-testid=start]"), "Inizia il quiz");
    assert_eq!(
        root.query_selector(".rolefit")
            .unwrap()
            .unwrap()
            .get_attribute("lang")
            .as_deref(),
        Some("it")
    );
    assert_eq!(
        find(&root, "[data-testid=lang-it]")
            .unwrap()
            .get_attribute("aria-pressed")
            .as_deref(),
        Some("true")
    );
}

#[wasm_bindgen_test]
async fn next_waits_for_an_answer() {
    let root = host(&[("data-lang", "en")]);
    start(&root).await;
    assert!(find(&root, "[data-testid=next][disabled]").is_some());
    assert_eq!(
        text(&root, "[data-testid=progress] span"),
        "Question 1 of 22"
    );
    all(&root, "[data-testid=option] input")[3].click();
    until("Next to be enabled", || {
        find(&root, "[data-testid=next]:not([disabled])").is_some()
    })
    .await;
    assert_eq!(checked(&root), ["4"]);
}

#[wasm_bindgen_test]
async fn focus_moves_to_each_new_question() {
    let root = host(&[("data-lang", "en")]);
    start(&root).await;
    let active = web_sys::window()
        .unwrap()
        .document()
        .unwrap()
        .active_element()
        .unwrap();
    assert_eq!(active.tag_name(), "H2");
    assert!(active.text_content().unwrap().len() > 10);
}

#[wasm_bindgen_test]
async fn switching_language_mid_quiz_keeps_the_answers() {
    let root = host(&[("data-lang", "en")]);
    start(&root).await;
    answer_and_go_on(&root).await;
    let question = question_id(&root);
    let english_prompt = text(&root, ".rf-prompt");
    click(&root, "[data-testid=lang-es]");
    until("Spanish", || {
        text(&root, "[data-testid=next]") == "Siguiente"
    })
    .await;
    assert_eq!(question_id(&root), question);
    assert_ne!(text(&root, ".rf-prompt"), english_prompt);
    click(&root, "[data-testid=back]");
    until("the first question again", || {
        text(&root, "[data-testid=progress] span") == "Pregunta 1 de 22"
    })
    .await;
    assert_eq!(checked(&root), ["1"]);
}

#[wasm_bindgen_test]
async fn keys_answer_and_enter_goes_on() {
    let root = host(&[("data-lang", "en")]);
    start(&root).await;
    press(&root, "5");
    until("the fifth point to be chosen", || checked(&root) == ["5"]).await;
    let first = question_id(&root);
    press(&root, "Enter");
    until("the second question", || question_id(&root) != first).await;
}

#[wasm_bindgen_test]
async fn keys_can_be_switched_off() {
    let root = host(&[("data-lang", "en")]);
    start(&root).await;
    click(&root, "[data-testid=shortcuts]");
    until("shortcuts off", || find(&root, ".rf-hint").is_none()).await;
    press(&root, "2");
    assert!(checked(&root).is_empty());
}

#[wasm_bindgen_test]
async fn two_widgets_on_one_page_do_not_see_each_other() {
    let italian = host(&[("data-lang", "it"), ("id", "first")]);
    let spanish = host(&[("data-lang", "es"), ("id", "second")]);
    start(&italian).await;
    start(&spanish).await;
    all(&italian, "[data-testid=option] input")[0].click();
    until("the Italian answer", || checked(&italian) == ["1"]).await;
    all(&spanish, "[data-testid=option] input")[4].click();
    until("the Spanish answer", || checked(&spanish) == ["5"]).await;
    assert_eq!(
        checked(&italian),
        ["1"],
        "answering one widget changed the other"
    );
    assert_eq!(text(&italian, "[data-testid=next]"), "Avanti");
    assert_eq!(text(&spanish, "[data-testid=next]"), "Siguiente");
}

/// Mounted without the loader, the widget draws the result screen's frame: its heading, a
/// status saying the result is being prepared (the keep module draws the result itself), and
/// the way on; and it tells the host the result.
#[wasm_bindgen_test]
async fn the_whole_quiz_ends_in_the_result_screen_and_tells_the_host() {
    let root = host(&[("data-lang", "en")]);
    let heard = std::rc::Rc::new(std::cell::RefCell::new(None::<String>));
    let listener = {
        let heard = heard.clone();
        wasm_bindgen::closure::Closure::<dyn Fn(web_sys::CustomEvent)>::new(
            move |event: web_sys::CustomEvent| {
                *heard.borrow_mut() = js_sys::JSON::stringify(&event.detail())
                    .ok()
                    .and_then(|s| s.as_string());
            },
        )
    };
    root.add_event_listener_with_callback("rolefit:complete", listener.as_ref().unchecked_ref())
        .unwrap();
    start(&root).await;
    for _ in 0..22 {
        answer_and_go_on(&root).await;
    }
    until("the result screen", || find(&root, ".rf-result").is_some()).await;
    assert_eq!(text(&root, ".rf-result h2"), "Your result");
    let keep = find(&root, "[data-testid=keep]").expect("the keep container");
    let status = find(&keep, "[role=status]").expect("a status in the keep container");
    assert_eq!(status.inner_text(), "Preparing your result…");
    assert!(
        keep.get_attribute("data-offline").is_none(),
        "without the loader, nothing is asked for"
    );
    // The result itself is the keep module's: nothing of it is drawn by the widget.
    assert!(find(&root, "[data-testid=result]").is_none());
    assert!(find(&root, ".rf-ranking, .rf-dims, [data-testid=reasons]").is_none());
    assert_eq!(text(&root, "[data-testid=review]"), "Review my answers");
    until("the rolefit:complete event", || heard.borrow().is_some()).await;
    let detail = heard.borrow().clone().unwrap();
    assert!(detail.contains("\"lean\""), "{detail}");
    assert!(detail.contains("\"role\""), "{detail}");
    click(&root, "[data-testid=restart]");
    until("the intro again", || {
        find(&root, "[data-testid=start]").is_some()
    })
    .await;
    assert_eq!(text(&root, "[data-testid=start]"), "Start the quiz");
    drop(listener);
}

#[wasm_bindgen_test]
async fn a_pick_refuses_a_fourth_task() {
    let root = host(&[("data-lang", "en")]);
    start(&root).await;
    for _ in 0..21 {
        answer_and_go_on(&root).await;
    }
    let boxes = all(&root, "[data-testid=option] input[type=checkbox]");
    assert_eq!(boxes.len(), 9);
    for b in boxes.iter().take(4) {
        b.click();
    }
    until("three ticks", || checked(&root).len() == 3).await;
    let fourth: HtmlInputElement = boxes[3].clone().dyn_into().unwrap();
    assert!(!fourth.checked());
    assert!(text(&root, ".rf-status").contains("already chosen 3"));
}

#[wasm_bindgen_test]
async fn an_invalid_question_file_is_explained_not_a_blank_box() {
    use std::rc::Rc;
    let document = web_sys::window().unwrap().document().unwrap();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    let errors = rolefit_core::Content::parse(r#"{"format": 2, "questions": []}"#).unwrap_err();
    let problems = errors.0.len();
    // The host page hears of it too.
    let heard = Rc::new(std::cell::RefCell::new(None::<String>));
    let listener = {
        let heard = heard.clone();
        wasm_bindgen::closure::Closure::<dyn Fn(web_sys::CustomEvent)>::new(
            move |event: web_sys::CustomEvent| {
                *heard.borrow_mut() = js_sys::JSON::stringify(&event.detail())
                    .ok()
                    .and_then(|s| s.as_string());
            },
        )
    };
    document
        .add_event_listener_with_callback("rolefit:error", listener.as_ref().unchecked_ref())
        .unwrap();
    let props = rolefit::web::WidgetProps {
        source: rolefit::web::Source::Document(Err(Rc::new(errors))),
        locale: rolefit_core::Locale::It,
        instance: "broken".into(),
        host: root.clone(),
        answers_in_events: rolefit_core::AnswersInEvents::Omitted,
        keeping: rolefit::web::Keeping::Nowhere,
        restore: rolefit_core::Restore::Nothing,
        later: None,
        mode: rolefit_core::Mode::Embedded,
        length: rolefit_core::Length::Full,
        control: Default::default(),
    };
    yew::Renderer::<rolefit::web::Widget>::with_root_and_props(root.clone(), props).render();
    until("the problems panel", || {
        find(&root, "[data-testid=content-error]").is_some()
    })
    .await;
    until("the rolefit:error event", || heard.borrow().is_some()).await;
    let detail = heard.borrow().clone().unwrap();
    assert!(
        detail.starts_with(r#"{"kind":"content","problems":["format: format 2 is not supported"#),
        "{detail}"
    );
    assert_eq!(text(&root, "h2"), "Questo quiz non può essere caricato");
    // With no loader to bring the keep module (which has the Italian words), the problems are
    // in English; the e2e tests see them told in Italian.
    assert_eq!(all(&root, ".rf-problems li").len(), problems);
    assert!(text(&root, ".rf-problems").contains("format: format 2 is not supported"));
}

#[wasm_bindgen_test]
async fn a_reload_returns_to_the_same_question_with_the_answers() {
    let first = host(&[("data-lang", "en"), ("id", "resume")]);
    start(&first).await;
    answer_and_go_on(&first).await;
    answer_and_go_on(&first).await;
    let here = question_id(&first);
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    let saved = storage.get_item("rolefit:resume-w").unwrap();
    assert!(
        saved.is_some_and(|code| code.len() == 20),
        "progress is saved as a share code"
    );
    // The page again: a new widget on a placeholder with the same id.
    first.remove();
    let again = host(&[("data-lang", "en"), ("id", "resume")]);
    until("the same question", || question_id(&again) == here).await;
    click(&again, "[data-testid=back]");
    until("the previous question", || question_id(&again) != here).await;
    assert_eq!(checked(&again), ["1"], "the earlier answer is kept");
    storage.remove_item("rolefit:resume-w").unwrap();
}

#[wasm_bindgen_test]
async fn a_kiosk_left_alone_asks_if_anyone_is_there_then_starts_over() {
    let root = host(&[
        ("data-lang", "es"),
        ("id", "kiosk"),
        ("data-mode", "kiosk"),
        ("data-idle-seconds", "1"),
        ("data-warning-seconds", "2"),
    ]);
    until("the attract screen", || {
        text(&root, "[data-testid=start]") == "Toca para empezar"
    })
    .await;
    start(&root).await;
    answer_and_go_on(&root).await;
    until_within("Still there?", 4, || {
        find(&root, "[data-testid=still-there]").is_some()
    })
    .await;
    assert!(text(&root, "[data-testid=countdown]").starts_with("En "));
    until_within("the attract screen again", 5, || {
        find(&root, "[data-testid=start]").is_some()
    })
    .await;
    assert!(find(&root, "[data-testid=still-there]").is_none());
    assert!(find(&root, "[data-testid=question]").is_none());
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    assert_eq!(
        storage.get_item("rolefit:kiosk-w").unwrap(),
        None,
        "a kiosk keeps nothing"
    );
}

/// A placeholder the page made, not yet mounted.
fn placeholder(attributes: &[(&str, &str)]) -> Element {
    let document = web_sys::window().unwrap().document().unwrap();
    let element = document.create_element("div").unwrap();
    for (name, value) in attributes {
        element.set_attribute(name, value).unwrap();
    }
    document.body().unwrap().append_child(&element).unwrap();
    element
}

#[wasm_bindgen_test]
async fn a_widget_taken_off_the_page_leaves_its_element_as_the_page_made_it() {
    let element = placeholder(&[("data-lang", "en"), ("id", "gone")]);
    let mut widget = rolefit::web::mount(element.clone(), built_in(), None).unwrap();
    start(&element).await;
    widget.unmount();
    until("the widget to leave", || element.child_element_count() == 0).await;
    assert!(!element.has_attribute("data-rolefit-mounted"));
    // The same element takes a new widget, which picks up the saved progress: the first
    // question, where the candidate was.
    let mut again = rolefit::web::mount(element.clone(), built_in(), None).unwrap();
    until("the first question again", || {
        find(&element, "[data-testid=question]").is_some()
    })
    .await;
    again.unmount();
    web_sys::window()
        .unwrap()
        .local_storage()
        .unwrap()
        .unwrap()
        .remove_item("rolefit:gone-w")
        .unwrap();
}

#[wasm_bindgen_test]
async fn an_element_that_holds_a_widget_refuses_a_second() {
    let element = placeholder(&[("data-lang", "it")]);
    let mut widget = rolefit::web::mount(element.clone(), built_in(), None).unwrap();
    let second = rolefit::web::mount(element.clone(), built_in(), None);
    assert!(second.is_err());
    until("one intro", || {
        all(&element, "[data-testid=start]").len() == 1
    })
    .await;
    widget.unmount();
}

#[wasm_bindgen_test]
async fn the_host_page_can_change_the_language() {
    let element = placeholder(&[("data-lang", "it")]);
    let mut widget = rolefit::web::mount(element.clone(), built_in(), None).unwrap();
    until("the Italian intro", || {
        text(&element, "[data-testid=start]") == "Inizia il quiz"
    })
    .await;
    widget.set_language(rolefit_core::Locale::Es);
    until("the Spanish intro", || {
        text(&element, "[data-testid=start]") == "Empezar el test"
    })
    .await;
    widget.unmount();
}
