//! The start screen. On a kiosk it is the attract screen: the quiz's name, its promise in
//! one line and one big button (kiosk.css draws the header's languages big above them).

use yew::prelude::*;

use rolefit_core::{Action, Word};

use crate::web::view::{text, View};

pub fn intro_screen(view: &View, attract: bool) -> Html {
    let (content, locale, m) = (view.content, view.locale, view.m);
    let resuming = !view.quiz.answers.is_empty();
    let intro = content.intro(view.quiz.length);
    let shown = match attract {
        true => &intro[..intro.len().min(1)],
        false => intro,
    };
    let label = match (attract, resuming) {
        (true, _) => Word::TouchToStart,
        (false, true) => Word::Resume,
        (false, false) => Word::Start,
    };
    html! {
        <section class="rf-screen rf-intro" aria-labelledby={view.id("intro-title")}>
            <h2 class="rf-title" id={view.id("intro-title")} tabindex="-1" ref={view.heading.clone()}>
                { text(content.title().get(locale)) }
            </h2>
            { for shown.iter().map(|p| html! { <p class="rf-lede">{ text(p.get(locale)) }</p> }) }
            <div class="rf-nav rf-nav-single">
                <button type="button" class="rf-button rf-primary" data-testid="start"
                    onclick={view.send(Action::Start)}>
                    { m.text(label) }
                </button>
            </div>
        </section>
    }
}
