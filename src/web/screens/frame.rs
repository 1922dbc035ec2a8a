//! Around every screen: the header with the language switcher, notices, and a kiosk's
//! "Still there?".

use yew::prelude::*;

use rolefit_core::{Locale, Notice, SnapshotError, Word};

use crate::web::view::{text, Say, View};

pub fn header(view: &View, switch: &Callback<Locale>, intro: bool) -> Html {
    html! {
        <header class="rf-header">
            // The intro's own heading already names the quiz.
            <span class="rf-brand">
                if !intro { { text(view.content.title().get(view.locale)) } }
            </span>
            { language_switcher(view, switch) }
        </header>
    }
}

fn language_switcher(view: &View, switch: &Callback<Locale>) -> Html {
    html! {
        <nav class="rf-langs" aria-label={view.m.get(Word::Language).to_string()}>
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

/// A kiosk left alone: the seconds `left` before it starts over.
pub fn still_there(m: Say, left: u32) -> Html {
    html! {
        <section class="rf-still" role="alert" aria-label={m.get(Word::StillThere).to_string()} data-testid="still-there">
            <div class="rf-still-box">
                <h2 class="rf-title">{ m.text(Word::StillThere) }</h2>
                <p class="rf-countdown" data-testid="countdown">{ m.fill(Word::RestartingIn, &[("seconds", &left.to_string())]) }</p>
                <button type="button" class="rf-button rf-primary" data-testid="keep-going">
                    { m.text(Word::KeepGoing) }
                </button>
            </div>
        </section>
    }
}

pub fn unavailable(m: Say, missing: Locale) -> Html {
    html! {
        <p class="rf-notice" role="status" data-testid="language-unavailable">
            { m.fill(Word::LanguageUnavailable, &[("language", missing.native_name())]) }
        </p>
    }
}

pub fn notice(m: Say, notice: Notice) -> Html {
    html! {
        <p class="rf-notice" role="status" data-testid="notice">
            { m.text(match notice {
                Notice::Link(SnapshotError::Damaged) => Word::LinkDamaged,
                Notice::Link(SnapshotError::OtherVersion) => Word::LinkOtherVersion,
                Notice::Link(SnapshotError::TooLong) => Word::LinkTooLong,
                Notice::SavedDiscarded => Word::SavedDiscarded,
            }) }
        </p>
    }
}
