//! The widget's root component: the one reducer, language switcher, keyboard and focus.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement, KeyboardEvent};
use yew::prelude::*;

use crate::core::{
    shortcut, Action, Content, ContentErrors, Locale, Messages, Quiz, Shortcut, Step,
};

use super::focus;
use super::question::question_screen;
use super::result::result_screen;

#[derive(Properties, PartialEq)]
pub struct WidgetProps {
    pub content: Result<Rc<Content>, Rc<ContentErrors>>,
    pub locale: Locale,
    /// Prefix for element ids, unique on the page.
    pub instance: AttrValue,
}

/// The reducer's state: the quiz and the content it runs on.
pub struct State {
    pub content: Rc<Content>,
    pub quiz: Quiz,
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match self.quiz.apply(&self.content, action) {
            Some(quiz) => Rc::new(State {
                content: self.content.clone(),
                quiz,
            }),
            // Same Rc: Yew 0.23 skips the re-render.
            None => self,
        }
    }
}

/// What every screen is drawn from.
pub struct View<'a> {
    pub content: &'a Content,
    pub quiz: &'a Quiz,
    pub locale: Locale,
    pub m: &'static Messages,
    pub dispatch: Callback<Action>,
    pub heading: NodeRef,
    pub instance: &'a str,
}

impl View<'_> {
    pub fn send(&self, action: Action) -> Callback<MouseEvent> {
        self.dispatch.reform(move |_| action.clone())
    }

    /// An id unique to this widget on the page.
    pub fn id(&self, local: &str) -> String {
        format!("{}-{local}", self.instance)
    }
}

#[component]
pub fn Widget(props: &WidgetProps) -> Html {
    match &props.content {
        Ok(content) => html! {
            <Quizzer content={content.clone()} locale={props.locale} instance={props.instance.clone()} />
        },
        Err(errors) => content_errors(errors, props.locale),
    }
}

fn content_errors(errors: &ContentErrors, locale: Locale) -> Html {
    let m = Messages::get(locale);
    html! {
        <div class="rolefit" lang={locale.tag()}>
            <section class="rf-screen rf-error" role="alert" data-testid="content-error">
                <h2 class="rf-title">{ m.content_error_title }</h2>
                <p>{ m.content_error_intro }</p>
                <ul class="rf-problems">
                    { for errors.0.iter().map(|p| html! { <li>{ p.describe(locale) }</li> }) }
                </ul>
            </section>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct QuizzerProps {
    content: Rc<Content>,
    locale: Locale,
    instance: AttrValue,
}

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

#[component]
fn Quizzer(props: &QuizzerProps) -> Html {
    let state = use_reducer(|| State {
        content: props.content.clone(),
        quiz: Quiz::new(props.locale),
    });
    let heading = use_node_ref();
    let first_render = use_mut_ref(|| true);
    {
        let heading = heading.clone();
        use_effect_with(state.quiz.step, move |_| {
            // On load the host page keeps its focus; afterwards each new screen takes it.
            if !first_render.replace(false) {
                focus(&heading);
            }
        });
    }

    let dispatch = {
        let state = state.clone();
        Callback::from(move |action: Action| state.dispatch(action))
    };
    let onkeydown = {
        let state = state.clone();
        Callback::from(move |event: KeyboardEvent| {
            let Some(target) = event.target().and_then(|t| t.dyn_into::<Element>().ok()) else {
                return;
            };
            let modified = event.ctrl_key() || event.alt_key() || event.meta_key();
            let typing = is_typing_target(&target);
            match shortcut(&event.key(), modified, typing, state.quiz.shortcuts) {
                Some(Shortcut::Option(index)) => {
                    if let Some(action) = state.quiz.select_option(&state.content, index) {
                        event.prevent_default();
                        state.dispatch(action);
                    }
                }
                Some(Shortcut::Next)
                    if matches!(state.quiz.step, Step::Question(_))
                        && !activates_on_enter(&target) =>
                {
                    event.prevent_default();
                    state.dispatch(Action::Next);
                }
                Some(Shortcut::Next) | None => {}
            }
        })
    };

    let quiz = &state.quiz;
    let locale = quiz.locale;
    let m = Messages::get(locale);
    let view = View {
        content: &state.content,
        quiz,
        locale,
        m,
        dispatch,
        heading,
        instance: &props.instance,
    };
    let screen = match quiz.step {
        Step::Intro => intro_screen(&view),
        Step::Question(index) => question_screen(&view, index),
        Step::Result => result_screen(&view),
    };
    html! {
        <div class="rolefit" lang={locale.tag()} {onkeydown}>
            <header class="rf-header">
                // The intro's own heading already names the quiz.
                <span class="rf-brand">
                    if quiz.step != Step::Intro { { view.content.title.get(locale) } }
                </span>
                { language_switcher(&view) }
            </header>
            { screen }
        </div>
    }
}

fn language_switcher(view: &View) -> Html {
    html! {
        <nav class="rf-langs" aria-label={view.m.language}>
            { for Locale::ALL.into_iter().map(|locale| {
                let current = locale == view.locale;
                html! {
                    <button type="button"
                        class={classes!("rf-lang", current.then_some("rf-lang-current"))}
                        lang={locale.tag()}
                        aria-pressed={current.to_string()}
                        data-testid={format!("lang-{}", locale.tag())}
                        onclick={view.send(Action::SetLocale(locale))}>
                        { locale.native_name() }
                    </button>
                }
            }) }
        </nav>
    }
}

fn intro_screen(view: &View) -> Html {
    let (content, locale, m) = (view.content, view.locale, view.m);
    let resuming = !view.quiz.answers.is_empty();
    html! {
        <section class="rf-screen rf-intro" aria-labelledby={view.id("intro-title")}>
            <h2 class="rf-title" id={view.id("intro-title")} tabindex="-1" ref={view.heading.clone()}>
                { content.title.get(locale) }
            </h2>
            { for content.intro.iter().map(|p| html! { <p class="rf-lede">{ p.get(locale) }</p> }) }
            <div class="rf-nav rf-nav-single">
                <button type="button" class="rf-button rf-primary" data-testid="start"
                    onclick={view.send(Action::Start)}>
                    { if resuming { m.resume } else { m.start } }
                </button>
            </div>
        </section>
    }
}
