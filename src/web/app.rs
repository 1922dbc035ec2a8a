//! The widget's root component: the one reducer, language switcher, keyboard and focus.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement, KeyboardEvent};
use yew::prelude::*;

use rolefit_core::events::ErrorKind;
use rolefit_core::{
    shortcut, Action, AnswersInEvents, Content, ContentErrors, HostEvent, Idle, KeepMessage,
    Locale, Messages, Mode, Problem, ProblemKind, Quiz, ResultOrigin, Shortcut, Snapshot,
    SnapshotError, Step,
};

use super::fetch::fetch_bytes;
use super::keep::{self, Keeping, Restore};
use super::question::question_screen;
use super::result::result_screen;
use super::{emit, focus, Source};

#[derive(Properties, PartialEq)]
pub struct WidgetProps {
    pub source: Source,
    pub locale: Locale,
    /// Prefix for element ids, unique on the page.
    pub instance: AttrValue,
    /// The element the widget is mounted on; its `rolefit:*` events start there.
    pub host: Element,
    pub answers_in_events: AnswersInEvents,
    /// Where progress is saved, if anywhere.
    pub keeping: Keeping,
    /// A share link or saved progress found at mount, read once the content is in.
    pub restore: Restore,
    /// The loader's on-demand import, `(file, ...args) => Promise`: what only the result needs
    /// (the keep module: role guides, share link, printing, the image card, the QR code)
    /// stays out of the first download.
    pub later: Option<js_sys::Function>,
    pub mode: Mode,
}

/// Whose result is on screen.
#[derive(Clone, Copy, PartialEq)]
pub enum Viewing {
    /// The candidate's own answers, saved as they go.
    Own,
    /// Answers from a share link: shown, never saved over the candidate's own.
    Shared,
}

/// Something to say above the screen, until the candidate acts.
#[derive(Clone, Copy, PartialEq)]
enum Notice {
    Link(SnapshotError),
    SavedDiscarded,
}

/// How far the widget has got with its content.
#[derive(Clone)]
enum Phase {
    /// Waiting for the first language edition.
    Loading,
    Ready,
    /// The content was read and found wrong: every problem, with where it is.
    Invalid(Rc<ContentErrors>),
    /// The download failed (offline, or the files are missing); the reason is in the console.
    Failed,
}

/// A language edition as read: the content, or every problem found in it.
type Edition = Result<Rc<Content>, Rc<ContentErrors>>;

/// Parses a downloaded language edition: it must be valid and speak the language asked for.
fn read_edition(text: &str, locale: Locale) -> Edition {
    match Content::parse(text) {
        Ok(content) if content.speaks(locale) => Ok(Rc::new(content)),
        Ok(_) => Err(Rc::new(ContentErrors(vec![Problem {
            at: "locales".into(),
            kind: ProblemKind::MissingLocale(locale),
        }]))),
        Err(errors) => Err(Rc::new(errors)),
    }
}

/// The widget's one state: how far loading has got, every language edition downloaded so
/// far (all the same quiz, so answers hold across them), the quiz, and the notices.
#[derive(Clone)]
pub struct State {
    phase: Phase,
    editions: Vec<Rc<Content>>,
    pub quiz: Quiz,
    /// A language whose texts could not be downloaded, said until a language works.
    unavailable: Option<Locale>,
    /// Bumped by "Try again", to download the first edition once more.
    attempt: u32,
    /// The candidate has acted: from then on each new screen takes the focus (on load, the
    /// host page keeps it).
    interacted: bool,
    /// Read when the first content arrives, then `Nothing`.
    pending: Restore,
    pub viewing: Viewing,
    notice: Option<Notice>,
    mode: Mode,
    /// The language a kiosk returns to for the next candidate.
    home: Locale,
    /// Seconds without input, counted in kiosk mode.
    idle: u32,
}

impl Phase {
    /// Which phase, without its data: what the loading effect watches.
    fn tag(&self) -> u8 {
        match self {
            Phase::Loading => 0,
            Phase::Ready => 1,
            Phase::Invalid(_) => 2,
            Phase::Failed => 3,
        }
    }
}

impl State {
    fn new(source: &Source, locale: Locale, restore: &Restore, mode: Mode) -> State {
        let (phase, editions) = match source {
            Source::Editions(_) | Source::Bank(_) => (Phase::Loading, vec![]),
            Source::Document(Ok(content)) => (Phase::Ready, vec![content.clone()]),
            Source::Document(Err(errors)) => (Phase::Invalid(errors.clone()), vec![]),
        };
        let mut state = State {
            phase,
            editions,
            quiz: Quiz::new(locale),
            unavailable: None,
            attempt: 0,
            interacted: false,
            pending: restore.clone(),
            viewing: Viewing::Own,
            notice: None,
            mode,
            home: locale,
            idle: 0,
        };
        if let Some(content) = state.editions.first().cloned() {
            state.arrive(&content);
        }
        state
    }

    /// The first content is in: picks up from a share link or saved progress, if any. A
    /// code that cannot be read is set aside with a notice; the quiz starts afresh.
    fn arrive(&mut self, content: &Content) {
        let (code, viewing) = match std::mem::replace(&mut self.pending, Restore::Nothing) {
            Restore::Link(code) => (code, Viewing::Shared),
            Restore::Saved(code) => (code, Viewing::Own),
            Restore::Nothing => return,
        };
        let snapshot = match viewing {
            Viewing::Shared => Snapshot::decode_shared(&code, content),
            Viewing::Own => Snapshot::decode(&code, content),
        };
        match (snapshot, viewing) {
            (Ok(snapshot), _) => {
                self.quiz = self.quiz.resumed(snapshot);
                self.viewing = viewing;
            }
            (Err(error), Viewing::Shared) => self.notice = Some(Notice::Link(error)),
            (Err(_), Viewing::Own) => self.notice = Some(Notice::SavedDiscarded),
        }
    }

    /// A kiosk's next candidate starts from the attract screen with nothing of the last one
    /// kept: no answers, no notice, the kiosk's own language.
    fn welcome_next_candidate(&mut self) {
        self.quiz = Quiz::new(self.home);
        self.idle = 0;
        self.viewing = Viewing::Own;
        self.notice = None;
        self.unavailable = None;
    }

    fn edition(&self, locale: Locale) -> Option<&Rc<Content>> {
        self.editions.iter().find(|c| c.speaks(locale))
    }
}

/// What changes the widget: a quiz action, or news from a download.
pub enum Change {
    Quiz(Action),
    /// The first edition arrived, or was found wrong.
    Loaded(Edition),
    LoadFailed,
    Retry,
    /// Another language's edition arrived, after a switch to that language.
    Edition(Rc<Content>),
    EditionUnavailable(Locale),
    /// A second has passed (kiosk mode).
    Tick,
    /// The candidate touched or typed (kiosk mode).
    Activity,
}

impl Reducible for State {
    type Action = Change;

    fn reduce(self: Rc<Self>, change: Change) -> Rc<Self> {
        let mut next = (*self).clone();
        match change {
            Change::Quiz(action) => {
                let locale = match action {
                    Action::SetLocale(locale) => locale,
                    _ => self.quiz.locale,
                };
                // A language with no edition yet: the edge downloads it first.
                let Some(content) = self.edition(locale) else {
                    return self;
                };
                let restarts = action == Action::Restart;
                let Some(quiz) = self.quiz.apply(content, action) else {
                    // Same Rc: Yew 0.23 skips the re-render.
                    return self;
                };
                if quiz.locale != self.quiz.locale {
                    next.unavailable = None;
                }
                if restarts {
                    next.viewing = Viewing::Own;
                }
                next.quiz = quiz;
                // Start over at a kiosk: the next candidate, as after the idle reset.
                if restarts && matches!(self.mode, Mode::Kiosk(_)) {
                    next.welcome_next_candidate();
                }
                next.interacted = true;
                next.notice = None;
                next.idle = 0;
            }
            Change::Loaded(Ok(content)) => {
                next.arrive(&content);
                next.editions.push(content);
                next.phase = Phase::Ready;
            }
            Change::Loaded(Err(errors)) => next.phase = Phase::Invalid(errors),
            Change::LoadFailed => next.phase = Phase::Failed,
            Change::Retry => {
                next.phase = Phase::Loading;
                next.attempt += 1;
            }
            Change::Edition(content) => {
                let current = self.edition(self.quiz.locale);
                let (Some(&locale), Some(current)) = (content.locales.first(), current) else {
                    return self;
                };
                if !content.same_quiz_as(current) {
                    return self;
                }
                // The switch the candidate asked for, through the quiz's own reducer.
                if let Some(quiz) = self.quiz.apply(&content, Action::SetLocale(locale)) {
                    next.quiz = quiz;
                }
                next.editions.push(content);
                next.unavailable = None;
            }
            Change::EditionUnavailable(locale) => next.unavailable = Some(locale),
            Change::Tick => {
                let Mode::Kiosk(timeouts) = self.mode else {
                    return self;
                };
                if self.quiz.step == Step::Intro {
                    return self;
                }
                next.idle += 1;
                if timeouts.after(self.quiz.step, next.idle) == Idle::Reset {
                    next.welcome_next_candidate();
                    // Nobody is there: the attract screen leaves the focus alone.
                    next.interacted = false;
                }
            }
            Change::Activity => {
                if self.idle == 0 {
                    return self;
                }
                next.idle = 0;
            }
        }
        Rc::new(next)
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
        let mut id = String::from(self.instance);
        id.push('-');
        id.push_str(local);
        id
    }
}

/// Downloads a language edition and tells the reducer what came of it: `arrived` turns a
/// read edition into a change, `failed` is sent when there is none to send.
fn download(
    url: String,
    locale: Locale,
    dispatch: UseReducerDispatcher<State>,
    arrived: fn(Edition) -> Option<Change>,
    failed: Change,
) {
    fetch_bytes(&url, move |result| {
        let change = match result {
            Ok(bytes) => arrived(read_edition(
                &String::from_utf8(bytes).unwrap_or_default(),
                locale,
            )),
            Err(error) => error.problems().and_then(|p| arrived(Err(Rc::new(p)))),
        };
        dispatch.dispatch(change.unwrap_or(failed));
    })
    .detach();
}

/// The widget's root element around a screen shown before the quiz can start.
fn shell(locale: Locale, body: Html) -> Html {
    html! { <div class="rolefit" lang={locale.tag()}>{ body }</div> }
}

fn content_errors(errors: &ContentErrors, locale: Locale) -> Html {
    let m = Messages::get(locale);
    shell(
        locale,
        html! {
            <section class="rf-screen rf-error" role="alert" data-testid="content-error">
                <h2 class="rf-title">{ m.content_error_title }</h2>
                <p>{ m.content_error_intro }</p>
                <ul class="rf-problems">
                    { for errors.0.iter().map(|p| html! { <li>{ p.describe(locale) }</li> }) }
                </ul>
            </section>
        },
    )
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

/// What an effect of the widget watches: it runs again when this changes.
#[derive(PartialEq)]
enum Watch {
    /// The loading phase, and the "Try again" attempts.
    Load(u8, u32),
    /// The screen shown.
    Screen(Step),
    /// Nothing: runs once, when the widget mounts.
    Mount,
    /// The progress code to save (`Some(None)`: forget it), and what the keep module is to
    /// draw on the result.
    Keep(Option<Option<String>>, Option<KeepMessage>),
}

/// What an effect does. All effects are one type of closure over one type of job, so
/// Yew's effect hook is compiled once for the widget.
enum Job {
    /// Download the first edition, or tell the host how loading went.
    Load {
        first_edition: Option<String>,
        locale: Locale,
        dispatch: UseReducerDispatcher<State>,
        host: Element,
        error: Option<HostEvent>,
        ready: Option<HostEvent>,
    },
    /// A new screen: it takes the focus once the candidate has acted, and the result is
    /// announced to the host.
    Screen {
        interacted: bool,
        heading: NodeRef,
        host: Element,
        complete: Option<HostEvent>,
    },
    /// Kiosk mode: a second's tick for as long as the widget lives.
    Tick(Option<UseReducerDispatcher<State>>),
    /// Progress is saved as the candidate goes; the result's second half is drawn.
    Keep {
        keeping: Keeping,
        later: Option<js_sys::Function>,
    },
}

fn run(job: Job) -> impl FnOnce(&Watch) {
    move |watch| match job {
        Job::Load {
            first_edition,
            locale,
            dispatch,
            host,
            error,
            ready,
        } => {
            if let Some(url) = first_edition {
                let loaded = |r| Some(Change::Loaded(r));
                download(url, locale, dispatch, loaded, Change::LoadFailed);
            } else if let Some(event) = error.or(ready) {
                emit(&host, &event);
            }
        }
        Job::Screen {
            interacted,
            heading,
            host,
            complete,
        } => {
            if interacted {
                focus(&heading);
            }
            if let Some(event) = complete {
                emit(&host, &event);
            }
        }
        Job::Tick(Some(dispatch)) => {
            gloo::timers::callback::Interval::new(1000, move || dispatch.dispatch(Change::Tick))
                .forget();
        }
        Job::Tick(None) => {}
        Job::Keep { keeping, later } => {
            let Watch::Keep(save, detail) = watch else {
                return;
            };
            if let Some(code) = save {
                keep::save(&keeping, code.as_deref());
            }
            if let (Some(detail), Some(later)) = (detail, later) {
                keep::open_panel(&later, detail);
            }
        }
    }
}

#[component]
pub fn Widget(props: &WidgetProps) -> Html {
    let state = use_reducer(|| State::new(&props.source, props.locale, &props.restore, props.mode));
    let heading = use_node_ref();
    let host = props.host.clone();
    {
        // Loading news: download the first edition, or tell the host how it went.
        let (dispatch, host) = (state.dispatcher(), host.clone());
        let first_edition = match state.phase {
            Phase::Loading => props.source.edition_url(state.quiz.locale),
            _ => None,
        };
        let locale = state.quiz.locale;
        let ready = state.edition(locale).map(|c| HostEvent::ready(c, locale));
        let error = match &state.phase {
            Phase::Invalid(errors) => Some(HostEvent::error(ErrorKind::Content, Some(errors))),
            Phase::Failed => Some(HostEvent::error(ErrorKind::Download, None)),
            Phase::Loading | Phase::Ready => None,
        };
        let job = Job::Load {
            first_edition,
            locale,
            dispatch,
            host,
            error,
            ready,
        };
        use_effect_with(Watch::Load(state.phase.tag(), state.attempt), run(job));
    }
    {
        // A new screen: it takes the focus once the candidate has acted, and the result
        // is announced to the host.
        let (host, heading) = (host.clone(), heading.clone());
        let complete = match (state.quiz.step, state.edition(state.quiz.locale)) {
            // Finished in this page session, or opened from a link; a result restored from
            // saved progress at load is announced neither way.
            (Step::Result, Some(content))
                if state.interacted || state.viewing == Viewing::Shared =>
            {
                Some(HostEvent::result(
                    content,
                    &state.quiz.answers,
                    state.quiz.locale,
                    match state.viewing {
                        Viewing::Own => ResultOrigin::Finished,
                        Viewing::Shared => ResultOrigin::Shared,
                    },
                    props.answers_in_events,
                ))
            }
            _ => None,
        };
        let interacted = state.interacted;
        let job = Job::Screen {
            interacted,
            heading,
            host,
            complete,
        };
        use_effect_with(Watch::Screen(state.quiz.step), run(job));
    }

    let ticking = matches!(props.mode, Mode::Kiosk(_)).then(|| state.dispatcher());
    use_effect_with(Watch::Mount, run(Job::Tick(ticking)));
    {
        // Progress is saved as the candidate goes and forgotten on Start over; a result
        // opened from a link is never saved over the candidate's own. The result's panel for
        // keeping it (share link, print, image) comes from a module loaded on demand, and is
        // drawn again in a new language.
        let (keeping, later) = (props.keeping.clone(), props.later.clone());
        let panel = format!("{}-keep", props.instance);
        let (quiz, own) = (&state.quiz, state.viewing == Viewing::Own);
        let (save, detail) = match (&state.phase, state.edition(quiz.locale)) {
            (Phase::Ready, Some(content)) => {
                let fresh = quiz.step == Step::Intro && quiz.answers.is_empty();
                let snapshot = quiz.snapshot();
                let save = own.then(|| (!fresh).then(|| snapshot.encode(content)));
                let url = props.source.edition_url(quiz.locale);
                let detail = match (quiz.step, &later, url) {
                    (Step::Result, Some(_), Some(url)) => Some(KeepMessage {
                        panel,
                        locale: quiz.locale,
                        code: snapshot.encode(content),
                        content: url,
                        mode: state.mode.into(),
                    }),
                    _ => None,
                };
                (save, detail)
            }
            _ => (None, None),
        };
        let job = Job::Keep { keeping, later };
        use_effect_with(Watch::Keep(save, detail), run(job));
    }

    let locale = state.quiz.locale;
    let m = Messages::get(locale);
    let content = match (&state.phase, state.edition(locale)) {
        (Phase::Ready, Some(content)) => content,
        (Phase::Invalid(errors), _) => return content_errors(errors, locale),
        (Phase::Failed, _) => {
            let retry = state.dispatcher();
            return shell(
                locale,
                html! {
                    <section class="rf-screen rf-error" role="alert" data-testid="load-error">
                        <p>{ m.load_failed }</p>
                        <div class="rf-nav rf-nav-single">
                            <button type="button" class="rf-button rf-primary" data-testid="retry"
                                onclick={Callback::from(move |_| retry.dispatch(Change::Retry))}>
                                { m.retry }
                            </button>
                        </div>
                    </section>
                },
            );
        }
        _ => {
            return shell(
                locale,
                html! {
                    <section class="rf-screen rf-loading" data-testid="loading" aria-busy="true">
                        <p role="status">{ m.loading }</p>
                    </section>
                },
            )
        }
    };

    let dispatch = {
        let dispatch = state.dispatcher();
        let start = HostEvent::start(content, locale);
        let shared = state.viewing == Viewing::Shared;
        Callback::from(move |action: Action| {
            if action == Action::Start {
                emit(&host, &start);
            }
            if action == Action::Restart && shared {
                keep::forget_link();
            }
            dispatch.dispatch(Change::Quiz(action))
        })
    };
    let switch_language = {
        let (state, source) = (state.clone(), props.source.clone());
        Callback::from(move |locale: Locale| {
            match (state.edition(locale), source.edition_url(locale)) {
                (None, Some(url)) => download(
                    url,
                    locale,
                    state.dispatcher(),
                    |r| r.ok().map(Change::Edition),
                    Change::EditionUnavailable(locale),
                ),
                _ => state.dispatch(Change::Quiz(Action::SetLocale(locale))),
            }
        })
    };
    let onkeydown = {
        let state = state.clone();
        let content = content.clone();
        Callback::from(move |event: KeyboardEvent| {
            state.dispatch(Change::Activity);
            let Some(target) = event.target().and_then(|t| t.dyn_into::<Element>().ok()) else {
                return;
            };
            let modified = event.ctrl_key() || event.alt_key() || event.meta_key();
            let typing = is_typing_target(&target);
            match shortcut(&event.key(), modified, typing, state.quiz.shortcuts) {
                Some(Shortcut::Option(index)) => {
                    if let Some(action) = state.quiz.select_option(&content, index) {
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
    let view = View {
        content,
        quiz,
        locale,
        m,
        dispatch,
        heading,
        instance: &props.instance,
    };
    let kiosk = match state.mode {
        Mode::Kiosk(timeouts) => Some(timeouts),
        Mode::Embedded => None,
    };
    // A kiosk waits for the next candidate on its attract screen.
    let attract = kiosk.is_some() && quiz.step == Step::Intro;
    let screen = match quiz.step {
        Step::Intro => intro_screen(&view, attract),
        Step::Question(index) => question_screen(&view, index),
        Step::Result => result_screen(&view, state.viewing),
    };
    let still_there = kiosk.and_then(|timeouts| match timeouts.after(quiz.step, state.idle) {
        Idle::Warning { left } => Some(left),
        Idle::Active | Idle::Reset => None,
    });
    // Any tap or click in the widget (the Continue button's too, whether from a finger, a key
    // or a screen reader) tells a kiosk somebody is there.
    let onclick = {
        let dispatch = state.dispatcher();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(Change::Activity))
    };
    html! {
        <div class="rolefit" lang={locale.tag()} {onkeydown} {onclick}>
            <header class="rf-header">
                // The intro's own heading already names the quiz.
                <span class="rf-brand">
                    if quiz.step != Step::Intro { { content.title.get(locale) } }
                </span>
                { language_switcher(&view, &switch_language) }
            </header>
            if let Some(left) = still_there {
                <section class="rf-still" role="alert" aria-label={m.still_there} data-testid="still-there">
                    <div class="rf-still-box">
                        <h2 class="rf-title">{ m.still_there }</h2>
                        <p class="rf-countdown" data-testid="countdown">{ (m.restarting_in)(left) }</p>
                        <button type="button" class="rf-button rf-primary" data-testid="keep-going">
                            { m.keep_going }
                        </button>
                    </div>
                </section>
            }
            if let Some(missing) = state.unavailable {
                <p class="rf-notice" role="status" data-testid="language-unavailable">
                    { (m.language_unavailable)(missing.native_name()) }
                </p>
            }
            if let Some(notice) = state.notice {
                <p class="rf-notice" role="status" data-testid="notice">
                    { match notice {
                        Notice::Link(SnapshotError::Damaged) => m.link_damaged,
                        Notice::Link(SnapshotError::OtherVersion) => m.link_other_version,
                        Notice::Link(SnapshotError::TooLong) => m.link_too_long,
                        Notice::SavedDiscarded => m.saved_discarded,
                    } }
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
                let testid = match locale {
                    Locale::It => "lang-it",
                    Locale::Es => "lang-es",
                    Locale::En => "lang-en",
                };
                let onclick = switch.reform(move |_| locale);
                // Literal classes: a computed `class` goes through Yew's `Classes` set.
                if locale == view.locale {
                    html! {
                        <button type="button" class="rf-lang rf-lang-current" lang={locale.tag()}
                            aria-pressed="true" data-testid={testid} {onclick}>
                            { locale.native_name() }
                        </button>
                    }
                } else {
                    html! {
                        <button type="button" class="rf-lang" lang={locale.tag()}
                            aria-pressed="false" data-testid={testid} {onclick}>
                            { locale.native_name() }
                        </button>
                    }
                }
            }) }
        </nav>
    }
}

/// The start screen. On a kiosk it is the attract screen: the quiz's name, its promise in
/// one line and one big button (kiosk.css draws the header's languages big above them).
fn intro_screen(view: &View, attract: bool) -> Html {
    let (content, locale, m) = (view.content, view.locale, view.m);
    let resuming = !view.quiz.answers.is_empty();
    let shown = match attract {
        true => &content.intro[..content.intro.len().min(1)],
        false => &content.intro[..],
    };
    let label = match (attract, resuming) {
        (true, _) => m.touch_to_start,
        (false, true) => m.resume,
        (false, false) => m.start,
    };
    html! {
        <section class="rf-screen rf-intro" aria-labelledby={view.id("intro-title")}>
            <h2 class="rf-title" id={view.id("intro-title")} tabindex="-1" ref={view.heading.clone()}>
                { content.title.get(locale) }
            </h2>
            { for shown.iter().map(|p| html! { <p class="rf-lede">{ p.get(locale) }</p> }) }
            <div class="rf-nav rf-nav-single">
                <button type="button" class="rf-button rf-primary" data-testid="start"
                    onclick={view.send(Action::Start)}>
                    { label }
                </button>
            </div>
        </section>
    }
}
