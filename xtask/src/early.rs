//! The intro as markup, so a page shows an enabled Start as soon as its HTML is parsed: the
//! core's [`EarlyIntro`] rendered from the widget's own intro template (src/intro.rs, which
//! the live widget draws too) with Yew's server-side rendering. The stand-alone and frame pages carry it in the fallback language
//! inside their placeholder (put there with lol_html), `frame-<lang>.html` in the others; `intro-<lang>.html` holds it in each
//! language for a host to place inside its own placeholder. The loader keeps it until the
//! widget is live, or takes it away where the widget will open elsewhere (web/embed.js).

use std::fs;
use std::path::Path;

use lol_html::html_content::ContentType;
use lol_html::{doc_comments, element, rewrite_str, RewriteStrSettings};
use rolefit_core::{Content, EarlyIntro, Locale};

/// The pages whose placeholder carries the intro.
const PAGES: [&str; 2] = ["index.html", "frame.html"];

/// The file of the intro in `locale`, for hosts.
pub fn file_name(locale: Locale) -> String {
    format!("intro-{}.html", locale.tag())
}

/// The intro's markup: the widget's root marked as early, its header with the language
/// switcher, and the intro screen, rendered with Yew's server-side rendering from the widget's
/// own template (src/intro.rs), the one the live widget draws.
pub fn markup(intro: &EarlyIntro) -> String {
    rolefit::intro::early(intro)
}

/// The frame page with the intro in `locale` (frame.html has the fallback language's).
pub fn frame_page(locale: Locale) -> String {
    format!("frame-{}.html", locale.tag())
}

/// The page `html` with `intro` in its placeholder, in `lang` if given, without comments.
fn with_intro(html: &str, intro: &str, lang: Option<&str>) -> Result<String, String> {
    let settings = RewriteStrSettings {
        element_content_handlers: vec![
            element!("[data-rolefit]", |el| {
                el.set_inner_content(intro, ContentType::Html);
                Ok(())
            }),
            element!("html", |el| {
                if let Some(lang) = lang {
                    el.set_attribute("lang", lang)?;
                }
                Ok(())
            }),
        ],
        // Comments are for who reads the source, not for every visitor's download.
        document_content_handlers: vec![doc_comments!(|comment| {
            comment.remove();
            Ok(())
        })],
        ..RewriteStrSettings::default()
    };
    rewrite_str(html, settings).map_err(|e| e.to_string())
}

/// Writes `intro-<lang>.html` for every language into `dir`; the fallback language's intro
/// into the placeholder of each page of `dir` that has one; and the frame page in each other
/// language (`frame-<lang>.html`), so a frame in that language shows its intro at once too.
pub fn write(root: &Path, dir: &Path) -> Result<(), String> {
    let source = fs::read_to_string(root.join(super::editions::SOURCE))
        .map_err(|e| format!("{}: {e}", super::editions::SOURCE))?;
    let content = Content::parse(&source).map_err(|e| format!("the content is invalid:\n{e}"))?;
    for intro in EarlyIntro::every(&content) {
        let at = dir.join(file_name(intro.locale));
        fs::write(&at, markup(&intro) + "\n").map_err(|e| format!("{}: {e}", at.display()))?;
    }
    let read = |page: &str| fs::read_to_string(dir.join(page)).map_err(|e| format!("{page}: {e}"));
    let frame = read("frame.html")?;
    for intro in EarlyIntro::every(&content) {
        if intro.locale != Locale::FALLBACK {
            let page = frame_page(intro.locale);
            let html = with_intro(&frame, &markup(&intro), Some(intro.locale.tag()));
            fs::write(dir.join(&page), html.map_err(|e| format!("{page}: {e}"))?)
                .map_err(|e| format!("{page}: {e}"))?;
        }
    }
    let intro = EarlyIntro::of(&content, Locale::FALLBACK)
        .ok_or("the content has no words for the widget")?;
    let intro = markup(&intro);
    for page in PAGES {
        let html = with_intro(&read(page)?, &intro, None).map_err(|e| format!("{page}: {e}"))?;
        fs::write(dir.join(page), html).map_err(|e| format!("{page}: {e}"))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn content() -> Content {
        let source = fs::read_to_string(
            Path::new(env!("CARGO_MANIFEST_DIR")).join("../content/rolefit.json"),
        )
        .unwrap();
        Content::parse(&source).unwrap()
    }

    #[test]
    fn the_intro_in_each_language_with_its_switcher() {
        let content = content();
        let it = markup(&EarlyIntro::of(&content, Locale::It).unwrap());
        assert!(it.starts_with(
            "<div data-rolefit-root=\"\" data-rolefit-early=\"\"><div lang=\"it\" class=\"rolefit\">"
        ));
        assert!(it.contains("aria-label=\"Lingua\""));
        assert!(it.contains(
            "lang=\"it\" aria-pressed=\"true\" data-testid=\"lang-it\" class=\"rf-lang rf-lang-current\">Italiano<"
        ));
        assert!(it.contains(
            "lang=\"en\" aria-pressed=\"false\" data-testid=\"lang-en\" class=\"rf-lang\">English<"
        ));
        assert!(it.contains(">Inizia il quiz</button>"), "{it}");
        assert_eq!(
            it.matches("<p class=\"rf-lede\">").count(),
            content.intro(rolefit_core::Length::Full).len()
        );
        assert_eq!(
            it.matches(" id=").count(),
            1,
            "one id: a page may hold several"
        );
        assert!(it.contains(
            "data-testid=\"start\" popovertarget=\"rolefit-pressed\" popovertargetaction=\"show\""
        ));
        assert!(it
            .contains("<i popover=\"manual\" id=\"rolefit-pressed\" hidden=\"hidden\"></i></div>"));
        assert!(!it.contains(" onclick"), "no event handlers: {it}");
    }
}
