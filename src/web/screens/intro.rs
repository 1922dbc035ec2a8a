//! The start screen. On a kiosk it is the attract screen: the quiz's name, its promise in
//! one line and one big button (kiosk.css draws the header's languages big above them).

use yew::prelude::*;

use rolefit_core::{Action, Word};

use crate::intro;
use crate::web::view::View;

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
    let paragraphs = shown.iter().map(|p| p.get(locale));
    intro::intro_screen::<false>(
        content.title().get(locale),
        paragraphs,
        m.get(label),
        Some(view.id("intro-title").into()),
        view.heading.clone(),
        view.send(Action::Start),
    )
}
