//! What is shown before the quiz can start: loading, a download that failed, content found
//! wrong.

use yew::prelude::*;

use rolefit_core::{ContentErrors, Locale, Messages};

/// The widget's root element around a screen shown before the quiz can start.
fn shell(locale: Locale, body: Html) -> Html {
    html! { <div class="rolefit" lang={locale.tag()}>{ body }</div> }
}

pub fn loading_screen(locale: Locale) -> Html {
    let m = Messages::get(locale);
    shell(
        locale,
        html! {
            <section class="rf-screen rf-loading" data-testid="loading" aria-busy="true">
                <p role="status">{ m.loading }</p>
            </section>
        },
    )
}

pub fn failed_screen(locale: Locale, retry: Callback<MouseEvent>) -> Html {
    let m = Messages::get(locale);
    shell(
        locale,
        html! {
            <section class="rf-screen rf-error" role="alert" data-testid="load-error">
                <p>{ m.load_failed }</p>
                <div class="rf-nav rf-nav-single">
                    <button type="button" class="rf-button rf-primary" data-testid="retry"
                        onclick={retry}>
                        { m.retry }
                    </button>
                </div>
            </section>
        },
    )
}

/// Content found wrong, each problem with its place: in English here, or told in Italian or
/// Spanish by the keep module in the element with the id `told` (it has those words).
pub fn invalid_screen(errors: &ContentErrors, locale: Locale, told: Option<&String>) -> Html {
    let m = Messages::get(locale);
    shell(
        locale,
        html! {
            <section class="rf-screen rf-error" role="alert" data-testid="content-error">
                <h2 class="rf-title">{ m.content_error_title }</h2>
                <p>{ m.content_error_intro }</p>
                if let Some(told) = told {
                    <div id={told.clone()} data-testid="problems"></div>
                } else {
                    <ul class="rf-problems">
                        { for errors.0.iter().map(|p| html! { <li>{ p.in_english() }</li> }) }
                    </ul>
                }
            </section>
        },
    )
}
