//! Downloads a text file (a language edition of the content) from the widget's own folder.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::Response;

/// Why a download failed, for the console; the candidate sees a message in their language.
pub type FetchError = String;

/// Fetches `url` as text and calls `done` once, with the text or the reason it failed.
pub fn fetch_text(url: &str, done: impl FnOnce(Result<String, FetchError>) + 'static) {
    let url = url.to_string();
    wasm_bindgen_futures::spawn_local(async move {
        done(get(&url).await.map_err(|error| {
            let reason = match error.dyn_ref::<js_sys::Error>() {
                Some(error) => String::from(error.message()),
                None => error.as_string().unwrap_or_default(),
            };
            format!("{url}: {reason}")
        }))
    });
}

async fn get(url: &str) -> Result<String, JsValue> {
    let window = web_sys::window().ok_or("no window")?;
    let response: Response = JsFuture::from(window.fetch_with_str(url))
        .await?
        .dyn_into()?;
    if !response.ok() {
        return Err(format!("HTTP {}", u32::from(response.status())).into());
    }
    JsFuture::from(response.text()?)
        .await?
        .as_string()
        .ok_or_else(|| "not text".into())
}
