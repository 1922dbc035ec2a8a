//! The widget's root component: the one reducer, language switcher, keyboard and focus.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement, KeyboardEvent};
use yew::prelude::*;

use crate::core::{
    shortcut, Action, Content, ContentErrors, Locale, Messages, Problem, ProblemKind, Quiz,
    Shortcut, Step,
};

use super::fetch::fetch_text;
use super::question::question_screen;
use super::result::result_screen;
use super::{focus, Source};

#[derive(Properties, PartialEq)]
pub struct WidgetProps {
    pub source: Source,
    pub locale: Locale,
    /// Prefix for element ids, unique on the page.
    pub instance: AttrValue,
}

/// How far the first content download has got.
enum Load {
    Loading,
    Ready(Rc<Content>),
    Invalid(Rc<ContentErrors>),
    /// The download failed (offline, or the files are missing); the reason is in the console.
    Failed,
}

impl Load {
    fn from_document(document: &Result<Rc<Content>, Rc<ContentErrors>>) -> Load {
        match document {
            Ok(content) => Load::Ready(content.clone()),
            Err(errors) => Load::Invalid(errors.clone()),
        }
    }
}

/// Parses a downloaded language edition: it must be valid and speak the language asked for.
fn read_edition(text: &str, locale: Locale) -> Result<Rc<Content>, Rc<ContentErrors>> {
    match Content::parse(text) {
        Ok(content) if content.speaks(locale) => Ok(Rc::new(content)),
        Ok(_) => Err(Rc::new(ContentErrors(vec![Problem {
            at: "locales".into(),
            kind: ProblemKind::MissingLocale(locale),
        }]))),
        Err(errors) => Err(Rc::new(errors)),
    }
}

/// The reducer's state: the quiz, the content in the quiz's language, and every language
/// edition downloaded so far (all the same quiz, so answers hold across them).
pub struct State {
    pub content: Rc<Content>,
    editions: Vec<Rc<Content>>,
    pub quiz: Quiz,
}

impl State {
    fn edition(&self, locale: Locale) -> Option<&Rc<Content>> {
        self.editions.iter().find(|c| c.speaks(locale))
    }
}

/// What changes the widget: a quiz action, or a language edition that has arrived.
pub enum Change {
    Quiz(Action),
    Edition(Rc<Content>),
}

impl Reducible for State {
    type Action = Change;

    fn reduce(self: Rc<Self>, change: Change) -> Rc<Self> {
        let mut editions = self.editions.clone();
        let action = match change {
            Change::Quiz(action) => action,
            Change::Edition(content) => {
                let Some(&locale) = content.locales.first() else {
                    return self;
                };
                if !content.same_quiz_as(&self.content) {
                    return self;
                }
                editions.push(content);
                Action::SetLocale(locale)
            }
        };
        let locale = match action {
            Action::SetLocale(locale) => locale,
            _ => self.quiz.locale,
        };
        let Some(content) = editions.iter().find(|c| c.speaks(locale)).cloned() else {
            // A language with no edition yet: the edge downloads it first.
            return self;
        };
        match self.quiz.apply(&content, action) {
            Some(quiz) => Rc::new(State {
                content,
                editions,
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
    let load = {
        let source = props.source.clone();
        use_state(move || match &source {
            Source::Document(document) => Load::from_document(document),
            Source::Editions(_) => Load::Loading,
        })
    };
    // Bumped by "Try again" to download once more.
    let attempt = use_state(|| 0u32);
    {
        let load = load.clone();
        let locale = props.locale;
        use_effect_with(
            (props.source.clone(), *attempt),
            move |(source, _)| match source.edition_url(locale) {
                Some(url) => {
                    load.set(Load::Loading);
                    fetch_text(&url.clone(), move |result| {
                        load.set(match result {
                            Ok(text) => match read_edition(&text, locale) {
                                Ok(content) => Load::Ready(content),
                                Err(errors) => Load::Invalid(errors),
                            },
                            Err(reason) => {
                                gloo::console::warn!(format!("RoleFit: {reason}"));
                                Load::Failed
                            }
                        });
                    });
                }
                None => {
                    if let Source::Document(document) = source {
                        load.set(Load::from_document(document));
                    }
                }
            },
        );
    }
    let locale = props.locale;
    let m = Messages::get(locale);
    match &*load {
        Load::Ready(content) => html! {
            <Quizzer content={content.clone()} source={props.source.clone()} locale={locale}
                instance={props.instance.clone()} />
        },
        Load::Invalid(errors) => content_errors(errors, locale),
        Load::Loading => html! {
            <div class="rolefit" lang={locale.tag()}>
                <section class="rf-screen rf-loading" data-testid="loading" aria-busy="true">
                    <p role="status">{ m.loading }</p>
                </section>
            </div>
        },
        Load::Failed => {
            let retry = attempt.clone();
            html! {
                <div class="rolefit" lang={locale.tag()}>
                    <section class="rf-screen rf-error" role="alert" data-testid="load-error">
                        <p>{ m.load_failed }</p>
                        <div class="rf-nav rf-nav-single">
                            <button type="button" class="rf-button rf-primary" data-testid="retry"
                                onclick={Callback::from(move |_| retry.set(*retry + 1))}>
                                { m.retry }
                            </button>
                        </div>
                    </section>
                </div>
            }
        }
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

#[derive(Properties)]
struct QuizzerProps {
    content: Rc<Content>,
    source: Source,
    locale: Locale,
    instance: AttrValue,
}

impl PartialEq for QuizzerProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.content, &other.content)
            && self.source == other.source
            && self.locale == other.locale
            && self.instance == other.instance
    }
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
        editions: vec![props.content.clone()],
        quiz: Quiz::new(props.locale),
    });
    // A language whose texts could not be downloaded, to say so until the next switch.
    let unavailable = use_state(|| None::<Locale>);
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
        Callback::from(move |action: Action| state.dispatch(Change::Quiz(action)))
    };
    let switch_language = {
        let (state, unavailable) = (state.clone(), unavailable.clone());
        let source = props.source.clone();
        Callback::from(move |locale: Locale| {
            unavailable.set(None);
            match (state.edition(locale), source.edition_url(locale)) {
                (None, Some(url)) => {
                    let (state, unavailable) = (state.clone(), unavailable.clone());
                    fetch_text(&url.clone(), move |result| {
                        match result.map(|text| read_edition(&text, locale)) {
                            Ok(Ok(content)) => state.dispatch(Change::Edition(content)),
                            Ok(Err(_)) | Err(_) => {
                                gloo::console::warn!(format!("RoleFit: {url} could not be used"));
                                unavailable.set(Some(locale));
                            }
                        }
                    });
                }
                _ => state.dispatch(Change::Quiz(Action::SetLocale(locale))),
            }
        })
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
                        state.dispatch(Change::Quiz(action));
                    }
                }
                Some(Shortcut::Next)
                    if matches!(state.quiz.step, Step::Question(_))
                        && !activates_on_enter(&target) =>
                {
                    event.prevent_default();
                    state.dispatch(Change::Quiz(Action::Next));
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
                { language_switcher(&view, &switch_language) }
            </header>
            if let Some(missing) = *unavailable {
                <p class="rf-notice" role="status" data-testid="language-unavailable">
                    { (m.language_unavailable)(missing.native_name()) }
                </p>
            }
            { screen }
        </div>
    }
}

fn language_switcher(view: &View, switch: &Callback<Locale>) -> Html {
    html! {
        <nav class="rf-langs" aria-label={view.m.language}>
            { for Locale::ALL.into_iter().map(|locale| {
                let current = locale == view.locale;
                html! {
                    <button type="button"
                        class={if current { "rf-lang rf-lang-current" } else { "rf-lang" }}
                        lang={locale.tag()}
                        aria-pressed={current.to_string()}
                        data-testid={format!("lang-{}", locale.tag())}
                        onclick={switch.reform(move |_| locale)}>
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
