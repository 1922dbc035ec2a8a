//! RoleFit's result module: the result itself (lean, ranking, dimension chart, reasons), the
//! role guides and the keep panel, what a candidate uses to take a result away (the share
//! link, with what it holds; printing; the image card). A module of its own, loaded in the
//! background once the quiz starts, so none of it weighs on the quiz's first download.
//!
//! The pure part (what the card says) is here and tested natively; the browser part
//! (`web.rs`, `result.rs`, `canvas.rs`, `dom.rs`) is compiled for wasm32 only.

use rolefit_core::{fill, scoring, Content, Locale, Snapshot};

#[cfg(target_arch = "wasm32")]
mod canvas;
#[cfg(target_arch = "wasm32")]
mod dom;
#[cfg(target_arch = "wasm32")]
mod next;
#[cfg(target_arch = "wasm32")]
mod result;
#[cfg(all(target_arch = "wasm32", feature = "kiosk"))]
mod staff;
#[cfg(all(target_arch = "wasm32", feature = "kiosk"))]
mod staff_charts;
#[cfg(all(target_arch = "wasm32", feature = "kiosk"))]
mod tallies_page;
#[cfg(target_arch = "wasm32")]
mod web;

/// What the result card shows, in the candidate's language.
#[derive(Debug, PartialEq)]
pub struct Card {
    pub title: String,
    /// The lean, as one sentence ("You lean towards …").
    pub lean: String,
    /// Each role's name and percentage, best first; no percentage for a quick result that
    /// stopped early ([`Snapshot::stopped_early`]).
    pub ranking: Vec<(String, Option<u8>)>,
    /// The download's file name, after the top role.
    pub file: String,
}

impl Card {
    /// The card of a result; none from a document without the texts that explain results
    /// (a quiz edition).
    pub fn new(content: &Content, snapshot: &Snapshot, locale: Locale) -> Option<Card> {
        let outcome = scoring::score(content, &snapshot.answers);
        let figures = !snapshot.stopped_early(content);
        let name = |i: usize| content.role(outcome.ranking[i].role).name().get(locale);
        let (asked, total) = (snapshot.answers.len(), content.questions().len());
        let shown = outcome.lean.shown(snapshot.pace.length(asked, total));
        let lean = content.lean()?.get(shown).title().get(locale);
        Some(Card {
            title: content.title().get(locale).to_string(),
            lean: fill(lean, name(0), name(1)),
            ranking: (0..outcome.ranking.len())
                .map(|i| {
                    let percent = figures.then_some(outcome.ranking[i].percent);
                    (name(i).to_string(), percent)
                })
                .collect(),
            file: format!("rolefit-{}.png", content.role(outcome.ranking[0].role).id()),
        })
    }
}

/// Splits `text` into lines no wider than `width`, at spaces; `measure` gives a string's
/// width. A word wider than a line gets a line of its own.
pub fn wrap(text: &str, width: f64, measure: impl Fn(&str) -> f64) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let tried = if line.is_empty() {
            word.to_string()
        } else {
            format!("{line} {word}")
        };
        if !line.is_empty() && measure(&tried) > width {
            lines.push(std::mem::replace(&mut line, word.to_string()));
        } else {
            line = tried;
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

#[cfg(feature = "qr")]
/// A QR code of `text` as one SVG path: its side in modules (the code, without the quiet
/// zone) and the path's `d`, one `M x y h n v 1 h -n z` per run of dark modules in a row.
/// Error correction M: a share link stays scannable on a screen with glare or a smudge.
pub fn qr_path(text: &str) -> Result<(usize, String), qrcode::types::QrError> {
    let code = qrcode::QrCode::with_error_correction_level(text, qrcode::EcLevel::M)?;
    let side = code.width();
    let dark: Vec<bool> = code
        .to_colors()
        .into_iter()
        .map(|c| c == qrcode::Color::Dark)
        .collect();
    let mut path = String::new();
    for (y, row) in dark.chunks(side).enumerate() {
        let mut x = 0;
        while x < side {
            let run = row[x..].iter().take_while(|&&d| d).count();
            if run > 0 {
                path.push_str(&format!("M{x} {y}h{run}v1h-{run}z"));
            }
            x += run.max(1);
        }
    }
    Ok((side, path))
}
