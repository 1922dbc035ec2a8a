//! The result: ranked roles, the lean, the dimension chart with its table, the answers that
//! weighed most, and what each role is.

use yew::prelude::*;

use rolefit_core::scoring;
use rolefit_core::{fill, Action, Answer, Content, Locale, Question, QuestionKind, Role};

use rolefit_core::Viewing;

use crate::web::view::View;

/// How an answer reads in the explanation, in the candidate's words.
fn answer_words(view: &View, question: &Question) -> Option<String> {
    let (content, locale, m) = (view.content, view.locale, view.m);
    let answer = view.quiz.answers.get(question.id())?;
    let label = |id| question.option(id).map(|o| o.label().get(locale));
    Some(match answer {
        Answer::Rating(point) => {
            (m.you_rated)(content.scale()[usize::from(point.get() - 1)].get(locale))
        }
        Answer::Choice(id) => (m.you_chose)(label(id)?),
        Answer::Pick(ids) => {
            let mut labels = String::new();
            for (i, label) in ids.iter().filter_map(label).enumerate() {
                if i > 0 {
                    labels.push_str(m.quote_separator);
                }
                labels.push_str(label);
            }
            (m.you_chose)(&labels)
        }
    })
}

/// A 0–1 score as a whole number out of 100 (or 1000, for drawing); integers, because float
/// formatting would add about 10 KB to the widget.
fn percent(score: f64) -> u32 {
    (score.clamp(0.0, 1.0) * 100.0).round() as u32
}

fn permille(score: f64) -> u32 {
    (score.clamp(0.0, 1.0) * 1000.0).round() as u32
}

fn role_name(content: &Content, role: Role, locale: Locale) -> String {
    content.role(role).name().get(locale).to_string()
}

pub fn result_screen(view: &View, viewing: Viewing) -> Html {
    let (content, quiz, locale, m) = (view.content, view.quiz, view.locale, view.m);
    let outcome = scoring::score(content, &quiz.answers);
    let top = outcome.ranking[0].role;
    let second = outcome.ranking[1].role;
    let top_name = role_name(content, top, locale);
    let second_name = role_name(content, second, locale);
    let (lean_key, lean_text) = (outcome.lean.id(), content.lean().get(outcome.lean));
    let reasons = scoring::reasons(content, &quiz.answers, top, 3);
    let stable = scoring::stability(content, &quiz.answers);
    let chart_id = view.id("chart-caption");
    let top_profile = content.role(top).profile();

    let lean_body = html! {
        <>
            <p class="rf-lean-title">{ fill(lean_text.title().get(locale), &top_name, &second_name) }</p>
            <p>{ fill(lean_text.detail().get(locale), &top_name, &second_name) }</p>
            <p class="rf-stability" data-testid="stability" data-percent={stable.percent().to_string()}>
                { (m.stability)(stable.percent(), stable.kept, stable.resamples) }
            </p>
        </>
    };
    // Literal classes: a computed `class` goes through Yew's `Classes` set.
    let lean_box = match outcome.lean {
        scoring::Lean::Clear => {
            html! { <div class="rf-lean rf-lean-clear" data-testid="lean">{ lean_body }</div> }
        }
        scoring::Lean::Blend => {
            html! { <div class="rf-lean rf-lean-blend" data-testid="lean">{ lean_body }</div> }
        }
        scoring::Lean::Flat => {
            html! { <div class="rf-lean rf-lean-flat" data-testid="lean">{ lean_body }</div> }
        }
    };

    html! {
        <section class="rf-screen rf-result" data-testid="result" data-top={top.id()} data-lean={lean_key}>
            <h2 class="rf-title" tabindex="-1" ref={view.heading.clone()}>{ m.result_heading }</h2>
            if viewing == Viewing::Shared {
                <p class="rf-notice" data-testid="shared">{ m.shared_result }</p>
            }
            { lean_box }

            <h3>{ m.ranking_heading }</h3>
            <ol class="rf-ranking">
                { for outcome.ranking.iter().map(|score| html! {
                    <li class="rf-role-score" data-testid={match score.role {
                        Role::CommunityManager => "role-community-manager",
                        Role::SocialMediaManager => "role-social-media-manager",
                        Role::SocialMediaStrategist => "role-social-media-strategist",
                    }}
                        data-percent={u32::from(score.percent).to_string()}>
                        <span class="rf-role-name">{ role_name(content, score.role, locale) }</span>
                        <span class="rf-percent">{ format!("{} %", u32::from(score.percent)) }</span>
                        <svg class="rf-bar" viewBox="0 0 100 6" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                            <rect class="rf-bar-track" width="100" height="6" />
                            <rect class="rf-bar-fill" width={u32::from(score.percent).to_string()} height="6" />
                        </svg>
                    </li>
                }) }
            </ol>

            <h3 id={chart_id.clone()}>{ m.dimensions_heading }</h3>
            <figure class="rf-chart" aria-labelledby={chart_id}>
                <ul class="rf-dims" aria-hidden="true">
                    { for content.dimensions().iter().zip(&outcome.dimensions).zip(top_profile).map(|((dim, score), target)| {
                        let shown = percent(*score);
                        let score = permille(*score);
                        let target = permille(*target);
                        html! {
                            <li class="rf-dim">
                                <span class="rf-dim-name">{ dim.name().get(locale) }</span>
                                <svg class="rf-dim-bar" viewBox="0 0 1000 10" preserveAspectRatio="none" focusable="false">
                                    <rect class="rf-bar-track" width="1000" height="10" />
                                    <rect class="rf-bar-fill" width={score.to_string()} height="10" />
                                    <rect class="rf-dim-target" x={target.saturating_sub(6).min(988).to_string()} width="12" height="10" />
                                </svg>
                                <span class="rf-dim-value">{ shown }</span>
                            </li>
                        }
                    }) }
                </ul>
                <figcaption class="rf-legend">
                    <span class="rf-legend-you">{ m.your_score }</span>
                    <span class="rf-legend-target">{ (m.profile_of)(&top_name) }</span>
                </figcaption>
                <details class="rf-table">
                    <summary>{ m.table_toggle }</summary>
                    <table>
                        <thead><tr>
                            <th scope="col">{ m.dimension }</th>
                            <th scope="col">{ m.your_score }</th>
                            <th scope="col">{ (m.profile_of)(&top_name) }</th>
                        </tr></thead>
                        <tbody>
                            { for content.dimensions().iter().zip(&outcome.dimensions).zip(top_profile).map(|((dim, score), target)| html! {
                                <tr>
                                    <th scope="row">{ dim.name().get(locale) }</th>
                                    <td>{ percent(*score) }</td>
                                    <td>{ percent(*target) }</td>
                                </tr>
                            }) }
                        </tbody>
                    </table>
                </details>
            </figure>

            <h3>{ m.reasons_heading }</h3>
            if reasons.is_empty() {
                <p>{ m.reasons_none }</p>
            } else {
                <p>{ (m.reasons_intro)(&top_name) }</p>
                <ul class="rf-reasons" data-testid="reasons">
                    { for reasons.iter().filter_map(|reason| {
                        let question = content.questions().get(reason.question)?;
                        let why = content.role(top).trait_for(reason.dimension)
                            .map(|t| t.text().get(locale))
                            .unwrap_or_else(|| content.dimensions()[reason.dimension].description().get(locale));
                        Some(html! {
                            <li>
                                // A statement is quoted whole: its topic alone would misread a
                                // reverse-keyed one ("Handling complaints: strongly disagree").
                                <strong>{ match question.kind() {
                                    QuestionKind::Rating { .. } => question.prompt().get(locale),
                                    _ => question.topic().get(locale),
                                } }</strong>
                                <span class="rf-answer">{ answer_words(view, question).unwrap_or_default() }</span>
                                <span class="rf-why">{ why }</span>
                            </li>
                        })
                    }) }
                </ul>
            }

            // The role guides and the keep panel: drawn by the keep module, loaded when a
            // result is first shown (web/keep.js), so the quiz's first download is smaller.
            <div class="rf-keep" id={view.id("keep")} data-testid="keep"></div>

            <div class="rf-nav">
                if viewing == Viewing::Own {
                    <button type="button" class="rf-button" data-testid="review" onclick={view.send(Action::Back)}>
                        { m.review }
                    </button>
                }
                <button type="button" class="rf-button rf-primary" data-testid="restart" onclick={view.send(Action::Restart)}>
                    { if viewing == Viewing::Own { m.restart } else { m.take_it_yourself } }
                </button>
            </div>
        </section>
    }
}
