//! The intro's markup, one template for both its renderers: the live widget draws it in the
//! browser (Yew's client-side rendering), and the build writes it into pages as their early
//! intro, before any script has run (Yew's server-side rendering: [`early`], which xtask's
//! `early.rs` puts in the pages). Where the two differ is a prop: the early intro (`EARLY`, a
//! constant, so the widget's wasm carries none of its markup) has no ids and a popover for a
//! Start pressed before the loader; it has no event handlers, as the server renderer writes
//! none.

use yew::prelude::*;

use rolefit_core::Locale;

/// A text node. One function for every text the widget shows: each text child written out in
/// `html!` would carry its own copy of the conversion.
#[inline(never)]
pub fn text(said: &str) -> Html {
    Html::from(said.to_string())
}

/// The header: the quiz's name (`brand`: none on the intro, whose own heading names it) and
/// the language switcher, labelled `language`, which tells `switch` the language pressed.
pub fn header(
    locale: Locale,
    brand: Option<&str>,
    language: &str,
    switch: &Callback<Locale>,
) -> Html {
    html! {
        <header class="rf-header">
            <span class="rf-brand">
                if let Some(brand) = brand { { text(brand) } }
            </span>
            <nav class="rf-langs" aria-label={language.to_string()}>
                { for Locale::ALL.into_iter().map(|each| {
                    let testid = match each {
                        Locale::It => "lang-it",
                        Locale::Es => "lang-es",
                        Locale::En => "lang-en",
                    };
                    let onclick = switch.reform(move |_| each);
                    // Literal classes: a computed `class` goes through Yew's `Classes` set.
                    if each == locale {
                        html! {
                            <button type="button" class="rf-lang rf-lang-current" lang={each.tag()}
                                aria-pressed="true" data-testid={testid} {onclick}>
                                { each.native_name() }
                            </button>
                        }
                    } else {
                        html! {
                            <button type="button" class="rf-lang" lang={each.tag()}
                                aria-pressed="false" data-testid={testid} {onclick}>
                                { each.native_name() }
                            </button>
                        }
                    }
                }) }
            </nav>
        </header>
    }
}

/// The id of the popover a Start pressed before the loader opens. The one id of the early
/// markup: a page may hold several intros, and a Start pressed before the loader on any of them
/// then counts for the first; once the loader has come, each counts for its own (the loader
/// takes the popovers away).
pub const PRESSED: &str = "rolefit-pressed";

/// The intro screen: its heading (`id`: its id, which names the screen, unique on the page;
/// none in the early intro, which a page may hold several times), paragraphs and Start button
/// (`start` its label). In the early intro (`EARLY`), a Start pressed before the loader has
/// come (a browser that draws the page before its module scripts, a host that defers them)
/// opens a hidden popover, with no script, which the loader reads when it comes as a Start
/// pressed.
pub fn intro_screen<'a, const EARLY: bool>(
    title: &str,
    paragraphs: impl Iterator<Item = &'a str>,
    start: &str,
    id: Option<AttrValue>,
    heading: NodeRef,
    onclick: Callback<MouseEvent>,
) -> Html {
    // Chosen before the markup, not by an `if` in it (which wraps its branch in a list of its
    // own): the live widget's button is a plain child of its row, with less code in the wasm.
    let button = if EARLY {
        html! {
            <>
                <button type="button" class="rf-button rf-primary" data-testid="start"
                    popovertarget={PRESSED} popovertargetaction="show">
                    { text(start) }
                </button>
                <i popover="manual" hidden=true id={PRESSED}></i>
            </>
        }
    } else {
        html! {
            <button type="button" class="rf-button rf-primary" data-testid="start" {onclick}>
                { text(start) }
            </button>
        }
    };
    html! {
        <section class="rf-screen rf-intro" aria-labelledby={id.clone()}>
            <h2 class="rf-title" {id} tabindex="-1" ref={heading}>
                { text(title) }
            </h2>
            { for paragraphs.map(|p| html! { <p class="rf-lede">{ text(p) }</p> }) }
            <div class="rf-nav rf-nav-single">{ button }</div>
        </section>
    }
}

/// The early intro, as the build writes it into a placeholder: the widget's root marked as
/// early, around the widget's own header and intro screen, drawn by the same functions.
#[cfg(not(target_arch = "wasm32"))]
pub fn early(intro: &rolefit_core::EarlyIntro) -> String {
    #[derive(Properties, PartialEq)]
    struct Props {
        locale: Locale,
        title: String,
        paragraphs: Vec<String>,
        start: String,
        language: String,
    }

    #[component]
    fn Early(props: &Props) -> Html {
        let paragraphs = props.paragraphs.iter().map(String::as_str);
        html! {
            <div data-rolefit-root="" data-rolefit-early="">
                <div class="rolefit" lang={props.locale.tag()}>
                    { header(props.locale, None, &props.language, &Callback::noop()) }
                    { intro_screen::<true>(
                        &props.title, paragraphs, &props.start, None, NodeRef::default(), Callback::noop()
                    ) }
                </div>
            </div>
        }
    }

    let props = Props {
        locale: intro.locale,
        title: intro.title.to_string(),
        paragraphs: intro.paragraphs.iter().map(|p| p.to_string()).collect(),
        start: intro.start.to_string(),
        language: intro.language.to_string(),
    };
    let render = yew::LocalServerRenderer::<Early>::with_props(props)
        .hydratable(false)
        .render();
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("a runtime on the current thread");
    tokio::task::LocalSet::new().block_on(&runtime, render)
}
