//! One question at a time: progress, the options as native radios or checkboxes, Back/Next.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, KeyboardEvent};
use yew::prelude::*;

use rolefit_core::{Action, Answer, Change, Likert, Position, QuestionKind, Shortcuts, Word};

use crate::web::view::{deliberate, text, View};

/// Arrow keys move between the checkboxes of a pick, as they do natively between radios.
fn move_between_checkboxes(event: KeyboardEvent) {
    let step: i32 = match event.key().as_str() {
        "ArrowDown" | "ArrowRight" => 1,
        "ArrowUp" | "ArrowLeft" => -1,
        _ => return,
    };
    let (Some(group), Some(target)) = (
        event
            .current_target()
            .and_then(|t| t.dyn_into::<Element>().ok()),
        event.target().and_then(|t| t.dyn_into::<Element>().ok()),
    ) else {
        return;
    };
    let Ok(boxes) = group.query_selector_all("input[type=checkbox]") else {
        return;
    };
    let count = boxes.length() as i32;
    let Some(current) = (0..boxes.length()).find(|&i| {
        boxes
            .item(i)
            .is_some_and(|node| target.is_same_node(Some(&node)))
    }) else {
        return;
    };
    let next = (current as i32 + step).rem_euclid(count) as u32;
    if let Some(element) = boxes
        .item(next)
        .and_then(|n| n.dyn_into::<HtmlElement>().ok())
    {
        event.prevent_default();
        let _ = element.focus();
    }
}

struct OptionView {
    choice_id: String,
    key: String,
    label: String,
    checked: bool,
    /// A pick that is full: this unpicked option cannot be added until another is removed.
    blocked: bool,
    action: Action,
}

/// `confirming`: a kiosk's single choice on show as chosen, the next question on its way.
pub fn question_screen(view: &View, index: usize, confirming: bool) -> Html {
    let (content, quiz, locale, m) = (view.content, view.quiz, view.locale, view.m);
    let Some(question) = content.questions().get(index) else {
        return Html::default();
    };
    let answer = quiz.answers.get(question.id());
    let id = question.id().clone();
    let prompt_id = view.id(&format!("prompt-{index}"));
    let status_id = view.id(&format!("status-{index}"));
    let (input_type, options): (&str, Vec<OptionView>) = match question.kind() {
        QuestionKind::Rating { .. } => (
            "radio",
            Likert::all()
                .zip(content.scale().iter())
                .map(|(point, label)| OptionView {
                    choice_id: u32::from(point.get()).to_string(),
                    key: u32::from(point.get()).to_string(),
                    label: label.get(locale).to_string(),
                    checked: answer == Some(&Answer::Rating(point)),
                    blocked: false,
                    action: Action::Rate(id.clone(), point),
                })
                .collect(),
        ),
        QuestionKind::Choice { options } | QuestionKind::Pick { options, .. } => {
            // One pass for both: a pick holds up to `count` options, a choice one.
            let pick = match question.kind() {
                QuestionKind::Pick { count, .. } => Some(*count),
                _ => None,
            };
            let picked = match answer {
                Some(Answer::Pick(picked)) => picked.len(),
                _ => 0,
            };
            (
                if pick.is_some() { "checkbox" } else { "radio" },
                options
                    .iter()
                    .zip('A'..)
                    .map(|(option, key)| {
                        let checked = match (pick, answer) {
                            (None, Some(Answer::Choice(chosen))) => chosen == option.id(),
                            (Some(_), Some(Answer::Pick(p))) => p.contains(option.id()),
                            _ => false,
                        };
                        let (blocked, action) = match pick {
                            Some(count) => (
                                !checked && picked >= count,
                                Action::TogglePick(id.clone(), option.id().clone()),
                            ),
                            None => (false, Action::Choose(id.clone(), option.id().clone())),
                        };
                        OptionView {
                            choice_id: option.id().as_str().to_string(),
                            key: key.to_string(),
                            label: option.label().get(locale).to_string(),
                            checked,
                            blocked,
                            action,
                        }
                    })
                    .collect(),
            )
        }
    };
    let status = match (question.kind(), answer) {
        (QuestionKind::Pick { count, .. }, Some(Answer::Pick(p))) if p.len() >= *count => {
            m.fill(Word::PickFull, &[("count", &count.to_string())])
        }
        (QuestionKind::Pick { count, .. }, Some(Answer::Pick(p))) => m.fill(
            Word::PickStatus,
            &[
                ("picked", &p.len().to_string()),
                ("count", &count.to_string()),
            ],
        ),
        (QuestionKind::Pick { count, .. }, _) => m.fill(
            Word::PickStatus,
            &[("picked", "0"), ("count", &count.to_string())],
        ),
        _ => String::new(),
    };
    let answered = quiz.is_answered(question);
    // A quick run's end depends on the answers: its number, and why there is no total.
    let position = quiz.position(content);
    let (place, bar) = match position {
        Some(Position::Of { n, total }) => (
            m.fill(
                Word::QuestionOf,
                &[("n", &n.to_string()), ("total", &total.to_string())],
            ),
            Some((n, total)),
        ),
        Some(Position::Open { n }) => (m.fill(Word::QuestionN, &[("n", &n.to_string())]), None),
        None => (String::new(), None),
    };
    let last = matches!(bar, Some((n, total)) if n == total);
    let group_name = view.id(&(String::from("q-") + question.id().as_str()));
    let hint = match (question.kind(), quiz.shortcuts) {
        (_, Shortcuts::Off) => None,
        (QuestionKind::Rating { .. }, Shortcuts::On) => Some(Word::ShortcutsHintScale),
        (_, Shortcuts::On) => Some(Word::ShortcutsHintOptions),
    };
    let toggle_shortcuts = {
        let next = match quiz.shortcuts {
            Shortcuts::On => Shortcuts::Off,
            Shortcuts::Off => Shortcuts::On,
        };
        view.dispatch
            .reform(move |_: Event| Change::Quiz(Action::SetShortcuts(next)))
    };
    let onkeydown = Callback::from(move |event: KeyboardEvent| {
        if input_type == "checkbox" {
            move_between_checkboxes(event);
        }
    });
    let options: Html = options
        .into_iter()
        .map(|option| {
            let blocked = option.blocked;
            // A finger's or a mouse's click is counted 1 or more, or, when it reaches the radio
            // through its card (the label) in WebKit, counted 0 but placed where the finger
            // was. A key's or a screen reader's click is counted 0 at no place. Not a flag set
            // by the card: the card's click may render the widget (a kiosk's activity) before
            // the browser clicks the radio.
            let onclick = {
                let dispatch = view.dispatch.clone();
                let action = option.action.clone();
                Callback::from(move |event: MouseEvent| {
                    let by_pointer =
                        event.detail() > 0 || event.client_x() != 0 || event.client_y() != 0;
                    if blocked || !deliberate(&event) {
                        // Keep the native box as it was: the reducer refuses a fourth pick,
                        // and a repeated click is not an answer.
                        event.prevent_default();
                    } else if by_pointer {
                        // A finger or a mouse. Keys and screen readers choose without moving
                        // on: arrowing through a scale must not.
                        dispatch.emit(Change::Tap(action.clone()));
                    } else {
                        dispatch.emit(Change::Quiz(action.clone()));
                    }
                })
            };
            // The second click of a double click on the card (the label) would tick its box
            // through the label: cancelled here, before the label passes it on.
            let onlabelclick = Callback::from(move |event: MouseEvent| {
                if !deliberate(&event) {
                    event.prevent_default();
                }
            });
            let choice_id = option.choice_id.clone();
            let inner = html! {
                <>
                    <input type={input_type} name={group_name.clone()} value={option.choice_id}
                        checked={option.checked} aria-disabled={blocked.then_some("true")} {onclick} />
                    <span class="rf-key" aria-hidden="true">{ option.key }</span>
                    <span class="rf-label">{ option.label }</span>
                </>
            };
            // Literal classes: a computed `class` goes through Yew's `Classes` set.
            match (option.checked, blocked) {
                (true, _) => html! {
                    <label class="rf-option rf-checked" data-testid="option" data-choice-id={choice_id} onclick={onlabelclick}>{ inner }</label>
                },
                (false, true) => html! {
                    <label class="rf-option rf-blocked" data-testid="option" data-choice-id={choice_id} onclick={onlabelclick}>{ inner }</label>
                },
                (false, false) => html! {
                    <label class="rf-option" data-testid="option" data-choice-id={choice_id} onclick={onlabelclick}>{ inner }</label>
                },
            }
        })
        .collect();
    let described_by = (!status.is_empty()).then(|| status_id.clone());
    let options = match question.kind() {
        QuestionKind::Rating { .. } => html! {
            <fieldset class="rf-options rf-scale" aria-labelledby={prompt_id.clone()}
                aria-describedby={described_by} {onkeydown}>{ options }</fieldset>
        },
        _ => html! {
            <fieldset class="rf-options" aria-labelledby={prompt_id.clone()}
                aria-describedby={described_by} {onkeydown}>{ options }</fieldset>
        },
    };
    html! {
        <section class="rf-screen rf-question" data-testid="question" data-question-id={question.id().as_str().to_string()}
            data-confirming={confirming.then_some("")}>
            <div class="rf-progress" data-testid="progress" data-answered={quiz.answered_count(content).to_string()}>
                <span id={view.id("progress-text")}>{ place }</span>
                if let Some((n, total)) = bar {
                    <progress max={total.to_string()} value={n.to_string()}
                        aria-labelledby={view.id("progress-text")}></progress>
                } else {
                    <span class="rf-hint" data-testid="quick-hint">{ m.text(Word::QuickHint) }</span>
                }
            </div>
            <h2 class="rf-prompt" id={prompt_id} tabindex="-1" ref={view.heading.clone()}>
                { text(question.prompt().get(locale)) }
            </h2>
            <form class="rf-form" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                { options }
                <p class="rf-status" id={status_id} aria-live="polite">{ status }</p>
            </form>
            <div class="rf-nav">
                <button type="button" class="rf-button" data-testid="back" onclick={view.send(Action::Back)}>
                    { m.text(Word::Back) }
                </button>
                <button type="button" class="rf-button rf-primary" data-testid="next"
                    disabled={!answered} onclick={view.send(Action::Next)}>
                    { if last { m.text(Word::SeeResult) } else { m.text(Word::Next) } }
                </button>
            </div>
            <div class="rf-footer">
                <label class="rf-toggle">
                    <input type="checkbox" data-testid="shortcuts" checked={quiz.shortcuts == Shortcuts::On}
                        onchange={toggle_shortcuts} />
                    <span>{ m.text(Word::ShortcutsOn) }</span>
                </label>
                if let Some(hint) = hint {
                    <span class="rf-hint">{ m.text(hint) }</span>
                }
            </div>
        </section>
    }
}
