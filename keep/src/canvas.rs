//! The result card as an image (1200 × 630, the size social networks show whole), drawn on a
//! canvas in the browser.

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

use crate::dom::document;
use crate::{wrap, Card};

const WIDTH: u32 = 1200;
const HEIGHT: u32 = 630;
const PAD: f64 = 72.0;
const FONT: &str = "system-ui, -apple-system, \"Segoe UI\", Roboto, \"Noto Sans\", sans-serif";
const INK: &str = "#191c24";
const MUTED: &str = "#4b5264";
const ACCENT: &str = "#3a3ec8";
const TRACK: &str = "#dfe2ea";

/// Draws the card and returns it as a PNG data URL.
pub fn draw(card: &Card, date: &str) -> Result<String, JsValue> {
    let canvas: HtmlCanvasElement = document()?.create_element("canvas")?.dyn_into()?;
    canvas.set_width(WIDTH);
    canvas.set_height(HEIGHT);
    let ctx: CanvasRenderingContext2d = canvas
        .get_context("2d")?
        .ok_or("no 2d context")?
        .dyn_into()?;
    let (w, h) = (f64::from(WIDTH), f64::from(HEIGHT));
    let text_width = w - 2.0 * PAD;
    let font = |weight: u32, size: u32| ctx.set_font(&format!("{weight} {size}px {FONT}"));
    ctx.set_fill_style_str("#ffffff");
    ctx.fill_rect(0.0, 0.0, w, h);
    ctx.set_fill_style_str(ACCENT);
    ctx.fill_rect(0.0, 0.0, 16.0, h);

    ctx.set_fill_style_str(MUTED);
    font(600, 26);
    ctx.fill_text_with_max_width(&card.title, PAD, 84.0, text_width)?;
    ctx.set_fill_style_str(INK);
    font(700, 44);
    let mut y = 160.0;
    let measure = |s: &str| ctx.measure_text(s).map(|m| m.width()).unwrap_or(0.0);
    for line in wrap(&card.lean, text_width, measure).iter().take(2) {
        ctx.fill_text_with_max_width(line, PAD, y, text_width)?;
        y += 56.0;
    }

    y += 24.0;
    // The roles (2 to 6) share the room above the footer: 94 px apart at most, and drawn
    // smaller when that room is less than 70 px each, so that six still fit.
    let rows = card.ranking.len().saturating_sub(1).max(1) as f64;
    let step = ((h - 122.0 - y) / rows).min(94.0);
    let scale = (step / 70.0).min(1.0);
    for (name, percent) in &card.ranking {
        ctx.set_fill_style_str(INK);
        font(600, (30.0 * scale) as u32);
        ctx.fill_text_with_max_width(name, PAD, y, text_width - 120.0)?;
        // A quick result that stopped early ranks the roles without figures.
        if let Some(percent) = percent {
            ctx.set_text_align("right");
            ctx.fill_text(&format!("{percent} %"), w - PAD, y)?;
            ctx.set_text_align("left");
            ctx.set_fill_style_str(TRACK);
            let (below, thick) = (14.0 * scale, 18.0 * scale);
            ctx.fill_rect(PAD, y + below, text_width, thick);
            ctx.set_fill_style_str(ACCENT);
            ctx.fill_rect(
                PAD,
                y + below,
                text_width * f64::from((*percent).min(100)) / 100.0,
                thick,
            );
        }
        y += step;
    }

    ctx.set_fill_style_str(MUTED);
    font(400, 24);
    ctx.fill_text_with_max_width(date, PAD, h - 44.0, text_width - 200.0)?;
    ctx.set_text_align("right");
    ctx.set_fill_style_str(ACCENT);
    font(700, 28);
    ctx.fill_text("RoleFit", w - PAD, h - 44.0)?;
    canvas.to_data_url_with_type("image/png")
}
