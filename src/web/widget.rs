//! The widget's root component: a thin shell over the core's [`Session`]. It turns browser
//! events into session changes, runs the effects the session asks for, and renders.

use web_sys::{Element, KeyboardEvent};
use yew::prelude::*;

use rolefit_core::events::ErrorKind;
use rolefit_core::{
    Action, AnswersInEvents, Arrival, Change, HostEvent, Idle, KeepMessage, KeepRequest, Length,
    Locale, Mode, Phase, Restore, ResultOrigin, Session, Step, Viewing,
};

use super::control::Control;
use super::effects::{run, Effect, Same, Told, Unwatched};
use super::keep::{self, Keeping, Later};
use super::live::Live;
use super::screens::*;
use super::view::{Say, View};
use super::Source;

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
    /// The loader's on-demand import of the keep module.
    pub later: Option<Later>,
    pub mode: Mode,
    /// Every question, or the quick quiz (the setting; saved progress keeps its own).
    pub length: Length,
    /// Filled with the widget's way in while it lives, for the host's handle.
    pub control: Control,
}

#[component]
pub fn Widget(props: &WidgetProps) -> Html {
    let live = use_reducer(|| {
        let document = match &props.source {
            Source::Document(edition) => Some(edition.clone()),
            Source::Editions(_) | Source::Bank(_) => None,
        };
        Live(Session::new(
            props.locale,
            props.restore.clone(),
            props.mode,
            props.length,
            document,
        ))
    });
    let session = &live.0;
    let heading = use_node_ref();
    let host = &props.host;
    let locale = session.locale();
    let content = session.content();

    let wanted = session.download();
    let url = wanted.and_then(|w| props.source.edition_url(w.locale));
    use_effect_with(
        Effect::Download {
            wanted,
            url,
            dispatch: Unwatched(live.dispatcher()),
        },
        run,
    );
    let (loading, event) = match session.phase() {
        Phase::Loading => (0, None),
        Phase::Ready => (1, content.map(|c| HostEvent::ready(c, locale))),
        Phase::Invalid(errors) => (2, Some(HostEvent::error(ErrorKind::Content, Some(errors)))),
        Phase::Failed => (3, Some(HostEvent::error(ErrorKind::Download, None))),
    };
    use_effect_with(
        Effect::Announce {
            key: session.attempt() * 4 + loading,
            said: Unwatched((host.clone(), event, None)),
        },
        run,
    );
    let (screens, arrival) = session.screen();
    // A result finished in this page session is `rolefit:complete`; one opened from a link is
    // `rolefit:shared`, never with answers; one restored from saved progress is neither.
    let result = |origin| {
        let (answers, pace) = (&session.quiz().answers, session.quiz().pace);
        let include = props.answers_in_events;
        content.map(|c| {
            let length = pace.length(answers.len(), c.questions().len());
            HostEvent::result(c, answers, locale, origin, length, include)
        })
    };
    let event = match arrival {
        Arrival::Started => content.map(|c| HostEvent::start(c, locale)),
        Arrival::Finished => result(ResultOrigin::Finished),
        Arrival::Shared => result(ResultOrigin::Shared),
        Arrival::Reset => content.map(|c| HostEvent::reset(c, locale)),
        Arrival::Opened | Arrival::Moved => None,
    };
    use_effect_with(
        Effect::Announce {
            key: screens,
            said: Unwatched((
                host.clone(),
                event,
                session.interacted().then(|| heading.clone()),
            )),
        },
        run,
    );
    let kiosk = matches!(props.mode, Mode::Kiosk(_));
    use_effect_with(
        Effect::Tick(Unwatched(kiosk.then(|| live.dispatcher()))),
        run,
    );
    use_effect_with(
        Effect::Advance(session.confirming(), Unwatched(live.dispatcher())),
        run,
    );
    use_effect_with(
        Effect::Connect(Unwatched((props.control.clone(), live.dispatcher().into()))),
        run,
    );
    {
        // Progress is saved as the candidate goes and forgotten on Start over; a result
        // opened from a link is never saved over the candidate's own. The result's panel for
        // keeping it (share link, print, image) comes from a module loaded on demand, and is
        // drawn again in a new language.
        let panel = format!("{}-keep", props.instance);
        let own = session.viewing() == Viewing::Own;
        let (save, detail) = match content {
            Some(content) => {
                let save = own.then(|| session.progress().map(|s| s.encode(content)));
                let url = props.source.keep_url(locale);
                let detail = match (session.step(), &props.later, url) {
                    (Step::Result, Some(_), Some(url)) => Some(KeepRequest::Result(KeepMessage {
                        panel,
                        locale,
                        code: session.quiz().snapshot().encode(content),
                        content: url,
                        mode: session.mode().into(),
                    })),
                    _ => None,
                };
                (save, detail)
            }
            None => (None, None),
        };
        let effect = Effect::Keep {
            save,
            detail,
            keeping: Unwatched(props.keeping.clone()),
            later: Unwatched(props.later.clone()),
        };
        use_effect_with(effect, run);
    }

    // Once the quiz is under way, the keep module that will draw the result, and the content
    // it reads, are fetched in the background.
    let ahead = match (session.step(), content) {
        (Step::Question(_), Some(_)) => {
            props
                .source
                .keep_url(locale)
                .map(|content| KeepRequest::Prefetch {
                    mode: session.mode().into(),
                    content,
                })
        }
        _ => None,
    };
    use_effect_with(
        Effect::Prefetch {
            ahead,
            later: Unwatched(props.later.clone()),
        },
        run,
    );
    // Problems with the content, told in Italian or Spanish by the keep module, which has
    // those words (the widget has the English ones only).
    let explained = format!("{}-problems", props.instance);
    let told = match (session.phase(), &props.later) {
        (Phase::Invalid(errors), Some(_)) if locale != Locale::En => Some(Told {
            errors: Same(errors.clone()),
            locale,
            mode: session.mode().into(),
            panel: explained.clone(),
        }),
        _ => None,
    };
    let telling = told.is_some();
    use_effect_with(
        Effect::Explain {
            told,
            later: Unwatched(props.later.clone()),
        },
        run,
    );

    // Every document the session takes has the widget's words (`read_edition`).
    let with_words = content.and_then(|content| Some((content, content.words()?)));
    let (content, words) = match (session.phase(), with_words) {
        (Phase::Ready, Some(ready)) => ready,
        (Phase::Invalid(errors), _) => {
            return invalid_screen(errors, locale, telling.then_some(&explained));
        }
        (Phase::Failed, _) => {
            let retry = live.dispatcher();
            return failed_screen(
                locale,
                Callback::from(move |_| retry.dispatch(Change::Retry)),
            );
        }
        _ => return loading_screen(locale),
    };
    let m = Say { words, locale };
    let dispatch = {
        let live = live.dispatcher();
        let shared = session.viewing() == Viewing::Shared;
        Callback::from(move |change: Change| {
            if shared && matches!(change, Change::Quiz(Action::Restart)) {
                keep::forget_link();
            }
            live.dispatch(change)
        })
    };
    let switch_language = {
        let live = live.dispatcher();
        Callback::from(move |locale: Locale| live.dispatch(Change::SwitchLanguage(locale)))
    };
    let onkeydown = {
        let live = live.clone();
        Callback::from(move |event: KeyboardEvent| {
            live.dispatch(Change::Activity);
            let Some(content) = live.0.content() else {
                return;
            };
            if let Some(action) = super::keys::key_action(&event, live.0.quiz(), content) {
                live.dispatch(Change::Quiz(action));
            }
        })
    };
    // Any tap or click in the widget (the Continue button's too, whether from a finger, a key
    // or a screen reader) tells a kiosk somebody is there.
    let onclick = {
        let live = live.dispatcher();
        Callback::from(move |_: MouseEvent| live.dispatch(Change::Activity))
    };

    let quiz = session.quiz();
    let view = View {
        content,
        quiz,
        locale,
        m,
        dispatch,
        heading,
        instance: &props.instance,
    };
    // A kiosk waits for the next candidate on its attract screen.
    let screen = match quiz.step {
        Step::Intro => intro_screen(&view, kiosk),
        Step::Question(index) => question_screen(&view, index, session.confirming().is_some()),
        Step::Result => result_screen(&view, session.viewing()),
    };
    html! {
        <div class="rolefit" lang={locale.tag()} {onkeydown} {onclick}>
            { header(&view, &switch_language, quiz.step == Step::Intro) }
            if let Idle::Warning { left } = session.idle() {
                { still_there(m, left) }
            }
            if let Some(missing) = session.unavailable() {
                { unavailable(m, missing) }
            }
            if let Some(said) = session.notice() {
                { notice(m, said) }
            }
            { screen }
        </div>
    }
}
