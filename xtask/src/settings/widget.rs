//! The widget's own reading of its placeholder (`src/web/mount.rs`): every `data-` attribute it
//! reads from the host's element is a declared setting of the placeholder, and every word it
//! matches is one of that setting's values. The widget cannot read the core's table (it would
//! cost the download its bytes), so this test holds its literals to it.

use rolefit_core::settings::{Values, SETTINGS};

/// The attributes the widget writes itself (on the host's element, on its own root): not settings.
const OWN: [&str; 2] = ["data-rolefit-mounted", "data-rolefit-root"];

/// The string literals of `source` that start with `prefix`, with the text before each.
fn literals<'a>(source: &'a str, prefix: &str) -> Vec<(&'a str, &'a str)> {
    let quoted = format!("\"{prefix}");
    let mut found = Vec::new();
    let mut rest = source;
    let mut offset = 0;
    while let Some(at) = rest.find(&quoted) {
        let start = offset + at + 1;
        let Some(len) = source[start..].find('"') else {
            break;
        };
        found.push((&source[..start - 1], &source[start..start + len]));
        offset = start + len + 1;
        rest = &source[offset..];
    }
    found
}

/// The differences between what `mount_rs` reads and the declaration.
pub fn check_widget(mount_rs: &str) -> Vec<String> {
    let mut out = Vec::new();
    let inline: Vec<String> = SETTINGS
        .iter()
        .filter(|s| s.takes.inline)
        .map(|s| format!("data-{}", s.attribute))
        .collect();
    let mut read = 0;
    for (_, name) in literals(mount_rs, "data-") {
        if OWN.contains(&name) {
            continue;
        }
        read += 1;
        if !inline.iter().any(|declared| declared == name) {
            out.push(format!(
                "mount.rs reads {name}, which is no declared placeholder setting"
            ));
        }
    }
    if read == 0 {
        out.push("mount.rs reads no setting: the check found nothing to check".to_owned());
    }
    // A word matched as `Some("…")` is compared with an attribute's value.
    let words: Vec<&str> = SETTINGS
        .iter()
        .flat_map(|s| match s.values {
            Values::OneOf(words) => words.to_vec(),
            _ => Vec::new(),
        })
        .collect();
    for (before, word) in literals(mount_rs, "") {
        if before.ends_with("Some(") && !words.contains(&word) {
            out.push(format!(
                "mount.rs matches {word:?}, which no setting declares"
            ));
        }
    }
    out
}
