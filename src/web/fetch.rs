//! Downloads a file (a language edition of the content, or a host's bank) as bytes. Every
//! download gives up after [`TIMEOUT_MS`], can be cancelled by dropping its [`Download`], and
//! refuses bytes from another origin when it asked the page's own.

use std::cell::Cell;
use std::rc::Rc;

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{AbortController, RequestInit, Response, Url};

use rolefit_core::{ContentErrors, Problem, ProblemKind};

/// How long a download may take before the widget gives up and offers to try again: a slow
/// connection delivers the largest edition (22 KB) in far less.
pub const TIMEOUT_MS: u32 = 20_000;

/// Why a download failed.
#[derive(Clone, Debug, PartialEq)]
pub enum FetchError {
    /// The server answered with this HTTP status: 404, the file is not there.
    Status(u16),
    /// No answer: offline, the server unreachable, or refused by CORS.
    Offline,
    /// No answer within [`TIMEOUT_MS`].
    TimedOut,
    /// A request to the page's own origin was answered from this other address (a
    /// redirect): what counts is where the bytes come from, so they are refused.
    Foreign(String),
}

impl FetchError {
    /// The problem to show in place of the quiz when the failure is the content's or the
    /// server's, not the connection's (no "Try again": it would fail the same way). A file
    /// that is not there is told apart from a connection that is not there.
    pub fn problems(&self, url: &str) -> Option<ContentErrors> {
        let (at, kind) = match self {
            FetchError::Foreign(from) => ("data-bank", ProblemKind::ForeignBank(from.clone())),
            // The server answered: the file is not there, and trying again will not bring it.
            FetchError::Status(status) => (url, ProblemKind::HttpStatus(*status)),
            FetchError::Offline | FetchError::TimedOut => return None,
        };
        Some(ContentErrors(vec![Problem {
            at: at.into(),
            kind,
        }]))
    }
}

impl FetchError {
    /// Says in the console what went wrong, in parts: formatting them in Rust would cost the
    /// download more than the browser's console does.
    fn warn(&self, url: &str) {
        let (reason, detail): (&str, JsValue) = match self {
            FetchError::Status(status) => ("HTTP", (*status).into()),
            FetchError::Offline => ("no answer (offline?)", "".into()),
            FetchError::TimedOut => ("no answer in time", "".into()),
            FetchError::Foreign(at) => ("answered from another origin:", at.into()),
        };
        web_sys::console::warn_4(
            &"RoleFit: could not download".into(),
            &url.into(),
            &reason.into(),
            &detail,
        );
    }
}

/// A download under way. Dropping it cancels it: the request is aborted and `done` is
/// never called, so a widget that is gone hears nothing.
pub struct Download {
    abort: Option<AbortController>,
    cancelled: Rc<Cell<bool>>,
}

impl Drop for Download {
    fn drop(&mut self) {
        if let Some(abort) = self.abort.take() {
            self.cancelled.set(true);
            abort.abort();
        }
    }
}

/// Fetches `url` and calls `done` once with its bytes or why there are none, unless the
/// returned [`Download`] is dropped first. A failure is also written to the console.
/// `preloaded`: a language edition, which the loader may have preloaded (see [`get`]).
#[must_use = "dropping the Download cancels it; call detach() to let it run"]
pub fn fetch_bytes(
    url: &str,
    preloaded: bool,
    done: impl FnOnce(Result<Vec<u8>, FetchError>) + 'static,
) -> Download {
    let abort = AbortController::new().ok();
    let cancelled = Rc::new(Cell::new(false));
    let (url, signal, flag) = (url.to_string(), abort.clone(), cancelled.clone());
    wasm_bindgen_futures::spawn_local(async move {
        let window = web_sys::window();
        // The controller's own abort, called by the browser's timer: no closure to compile.
        // Owned by the request: cleared as soon as it settles.
        let timer = match (&window, &signal) {
            (Some(window), Some(abort)) => js_sys::Reflect::get(abort, &"abort".into())
                .ok()
                .map(|f| f.unchecked_into::<js_sys::Function>().bind0(abort))
                .and_then(|f| {
                    window
                        .set_timeout_with_callback_and_timeout_and_arguments_0(
                            &f,
                            TIMEOUT_MS as i32,
                        )
                        .ok()
                }),
            _ => None,
        };
        let result = get(&url, signal.as_ref(), preloaded).await;
        if let (Some(window), Some(timer)) = (&window, timer) {
            window.clear_timeout_with_handle(timer);
        }
        if flag.get() {
            return;
        }
        // Aborted, and not by its owner: the timer did it.
        let result = match result {
            Err(_) if signal.is_some_and(|s| s.signal().aborted()) => Err(FetchError::TimedOut),
            result => result,
        };
        // The reason is for the console; the candidate sees a message in their language.
        if let Err(error) = &result {
            error.warn(&url);
        }
        done(result)
    });
    Download { abort, cancelled }
}

fn origin(url: &str) -> Option<String> {
    Url::new(url).ok().map(|u| u.origin())
}

/// A language edition from the page's own origin is asked for as the loader's preload asked
/// for it (no-cors, with credentials: the one kind of request WebKit answers from a preload;
/// the others answer either), so it is downloaded once. From another origin (a CDN), it
/// must be a CORS request to be read.
async fn get(
    url: &str,
    abort: Option<&AbortController>,
    preloaded: bool,
) -> Result<Vec<u8>, FetchError> {
    let offline = |_: JsValue| FetchError::Offline;
    let window = web_sys::window().ok_or(FetchError::Offline)?;
    let own = window.location().origin().ok();
    let init = RequestInit::new();
    init.set_signal(abort.map(|a| a.signal()).as_ref());
    if preloaded && origin(url) == own {
        for (key, value) in [("mode", "no-cors"), ("credentials", "include")] {
            let _ = js_sys::Reflect::set(&init, &key.into(), &value.into());
        }
    }
    let response: Response = JsFuture::from(window.fetch_with_str_and_init(url, &init))
        .await
        .map_err(offline)?
        .dyn_into()
        .map_err(offline)?;
    // A response made in the page (the one-file kiosk answers its own requests) has no
    // address of its own, and nothing was redirected.
    let answered = response.url();
    if !answered.is_empty() && origin(url) == own && origin(&answered) != own {
        return Err(FetchError::Foreign(answered));
    }
    if !response.ok() {
        return Err(FetchError::Status(response.status()));
    }
    let body = JsFuture::from(response.array_buffer().map_err(offline)?)
        .await
        .map_err(offline)?;
    Ok(js_sys::Uint8Array::new(&body).to_vec())
}
