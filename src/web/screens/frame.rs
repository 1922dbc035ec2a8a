//! Around every screen: the header with the language switcher, notices, and a kiosk's
//! "Still there?".

use yew::prelude::*;

use rolefit_core::{Locale, Notice, SnapshotError, Word};

use crate::web::view::{Say, View};

pub fn header(view: &View, switch: &Callback<Locale>, intro: bool) -> Html {
    // The intro's own heading already names the quiz.
    let brand = (!intro).then(|| view.content.title().get(view.locale));
    let language = view.m.get(Word::Language);
    crate::intro::header(view.locale, brand, language, switch)
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
