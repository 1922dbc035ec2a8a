//! The result screen's frame: its heading (the focus target on arrival), the notice on a
//! shared result, and the way on. The result itself (lean, ranking, dimension chart,
//! reasons, role guides, keep panel) is drawn into the keep container by the keep module,
//! fetched in the background once the quiz starts (web/keep.js), so none of it weighs on
//! the first load.

use yew::prelude::*;

use rolefit_core::{Action, Viewing, Word};

use crate::web::view::View;

pub fn result_screen(view: &View, viewing: Viewing) -> Html {
    let m = view.m;
    html! {
        // Keyed: leaving the result (Review, Answer the rest) replaces the section rather
        // than reshaping it into a question, which would keep what the keep module drew.
        <section class="rf-screen rf-result" key="result">
            <h2 class="rf-title" tabindex="-1" ref={view.heading.clone()}>{ m.text(Word::ResultHeading) }</h2>
            if viewing == Viewing::Shared {
                <p class="rf-notice" data-testid="shared">{ m.text(Word::SharedResult) }</p>
            }
            // A quick result that stopped early (the keep module says why, just below): the
            // rest of the questions, every answer kept, for the full quiz's result. At the
            // top, beside that note, not after the whole result.
            if viewing == Viewing::Own && view.quiz.stopped_early(view.content) {
                <div class="rf-nav rf-nav-start">
                    <button type="button" class="rf-button" data-testid="answer-the-rest"
                        onclick={view.send(Action::AnswerTheRest)}>
                        { m.text(Word::AnswerTheRest) }
                    </button>
                </div>
            }
            // Until the keep module draws, a polite status; if it cannot be loaded, the
            // loader puts the offline message and Try again here instead.
            <div class="rf-keep" id={view.id("keep")} data-testid="keep">
                <p role="status" data-testid="preparing">{ m.text(Word::Preparing) }</p>
            </div>

            <div class="rf-nav">
                if viewing == Viewing::Own {
                    <button type="button" class="rf-button" data-testid="review" onclick={view.send(Action::Back)}>
                        { m.text(Word::Review) }
                    </button>
                }
                <button type="button" class="rf-button rf-primary" data-testid="restart" onclick={view.send(Action::Restart)}>
                    { if viewing == Viewing::Own { m.text(Word::Restart) } else { m.text(Word::TakeItYourself) } }
                </button>
            </div>
        </section>
    }
}
