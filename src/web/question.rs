//! One question at a time: progress, the options as native radios or checkboxes, Back/Next.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, KeyboardEvent};
use yew::prelude::*;

use crate::core::{Action, Answer, Likert, QuestionKind, Shortcuts};

use super::app::View;

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

pub fn question_screen(view: &View, index: usize) -> Html {
    let (content, quiz, locale, m) = (view.content, view.quiz, view.locale, view.m);
    let Some(question) = content.questions.get(index) else {
        return Html::default();
    };
    let total = content.questions.len();
    let answer = quiz.answers.get(&question.id);
    let id = question.id.clone();
    let prompt_id = view.id(&format!("prompt-{index}"));
    let status_id = view.id(&format!("status-{index}"));
    let (input_type, options): (&str, Vec<OptionView>) = match &question.kind {
        QuestionKind::Rating { .. } => (
            "radio",
            Likert::all()
                .zip(content.scale.iter())
                .map(|(point, label)| OptionView {
                    choice_id: point.get().to_string(),
                    key: point.get().to_string(),
                    label: label.get(locale).to_string(),
                    checked: answer == Some(&Answer::Rating(point)),
                    blocked: false,
                    action: Action::Rate(id.clone(), point),
                })
                .collect(),
        ),
        QuestionKind::Choice { options } => (
            "radio",
            options
                .iter()
                .zip('A'..)
                .map(|(option, key)| OptionView {
                    choice_id: option.id.to_string(),
                    key: key.to_string(),
                    label: option.label.get(locale).to_string(),
                    checked: answer == Some(&Answer::Choice(option.id.clone())),
                    blocked: false,
                    action: Action::Choose(id.clone(), option.id.clone()),
                })
                .collect(),
        ),
        QuestionKind::Pick { count, options } => {
            let picked = match answer {
                Some(Answer::Pick(picked)) => picked.len(),
                _ => 0,
            };
            (
                "checkbox",
                options
                    .iter()
                    .zip('A'..)
                    .map(|(option, key)| {
                        let checked =
                            matches!(answer, Some(Answer::Pick(p)) if p.contains(&option.id));
                        OptionView {
                            choice_id: option.id.to_string(),
                            key: key.to_string(),
                            label: option.label.get(locale).to_string(),
                            checked,
                            blocked: !checked && picked >= *count,
                            action: Action::TogglePick(id.clone(), option.id.clone()),
                        }
                    })
                    .collect(),
            )
        }
    };
    let status = match (&question.kind, answer) {
        (QuestionKind::Pick { count, .. }, Some(Answer::Pick(p))) if p.len() >= *count => {
            (m.pick_full)(*count)
        }
        (QuestionKind::Pick { count, .. }, Some(Answer::Pick(p))) => {
            (m.pick_status)(p.len(), *count)
        }
        (QuestionKind::Pick { count, .. }, _) => (m.pick_status)(0, *count),
        _ => String::new(),
    };
    let answered = quiz.is_answered(question);
    let last = index + 1 == total;
    let group_name = view.id(&format!("q-{}", question.id));
    let hint = match (&question.kind, quiz.shortcuts) {
        (_, Shortcuts::Off) => None,
        (QuestionKind::Rating { .. }, Shortcuts::On) => Some(m.shortcuts_hint_scale),
        (_, Shortcuts::On) => Some(m.shortcuts_hint_options),
    };
    let toggle_shortcuts = {
        let next = match quiz.shortcuts {
            Shortcuts::On => Shortcuts::Off,
            Shortcuts::Off => Shortcuts::On,
        };
        view.dispatch
            .reform(move |_: Event| Action::SetShortcuts(next))
    };
    let onkeydown = Callback::from(move |event: KeyboardEvent| {
        if input_type == "checkbox" {
            move_between_checkboxes(event);
        }
    });
    let scale_class = match question.kind {
        QuestionKind::Rating { .. } => "rf-options rf-scale",
        _ => "rf-options",
    };
    html! {
        <section class="rf-screen rf-question" data-testid="question" data-question-id={question.id.to_string()}>
            <div class="rf-progress" data-testid="progress" data-answered={quiz.answered_count(content).to_string()}>
                <span id={view.id("progress-text")}>{ (m.question_of)(index + 1, total) }</span>
                <progress max={total.to_string()} value={(index + 1).to_string()}
                    aria-labelledby={view.id("progress-text")}></progress>
            </div>
            <h2 class="rf-prompt" id={prompt_id.clone()} tabindex="-1" ref={view.heading.clone()}>
                { question.prompt.get(locale) }
            </h2>
            <form class="rf-form" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                <fieldset class={scale_class} aria-labelledby={prompt_id}
                    aria-describedby={(!status.is_empty()).then(|| status_id.clone())} {onkeydown}>
                    { for options.into_iter().map(|option| {
                        let blocked = option.blocked;
                        let onclick = {
                            let dispatch = view.dispatch.clone();
                            let action = option.action.clone();
                            Callback::from(move |event: MouseEvent| {
                                if blocked {
                                    // Keep the native box unticked: the reducer refuses a fourth pick.
                                    event.prevent_default();
                                } else {
                                    dispatch.emit(action.clone());
                                }
                            })
                        };
                        html! {
                            <label class={match (option.checked, blocked) {
                                    (true, _) => "rf-option rf-checked",
                                    (false, true) => "rf-option rf-blocked",
                                    (false, false) => "rf-option",
                                }}
                                data-testid="option" data-choice-id={option.choice_id.clone()}>
                                <input type={input_type} name={group_name.clone()} value={option.choice_id}
                                    checked={option.checked} aria-disabled={blocked.then_some("true")} {onclick} />
                                <span class="rf-key" aria-hidden="true">{ option.key }</span>
                                <span class="rf-label">{ option.label }</span>
                            </label>
                        }
                    }) }
                </fieldset>
                <p class="rf-status" id={status_id} aria-live="polite">{ status }</p>
            </form>
            <div class="rf-nav">
                <button type="button" class="rf-button" data-testid="back" onclick={view.send(Action::Back)}>
                    { m.back }
                </button>
                <button type="button" class="rf-button rf-primary" data-testid="next"
                    disabled={!answered} onclick={view.send(Action::Next)}>
                    { if last { m.see_result } else { m.next } }
                </button>
            </div>
            <div class="rf-footer">
                <label class="rf-toggle">
                    <input type="checkbox" data-testid="shortcuts" checked={quiz.shortcuts == Shortcuts::On}
                        onchange={toggle_shortcuts} />
                    <span>{ m.shortcuts_on }</span>
                </label>
                if let Some(hint) = hint {
                    <span class="rf-hint">{ hint }</span>
                }
            </div>
        </section>
    }
}
