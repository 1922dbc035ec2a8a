//! The settings' declarations held to the core's one (`rolefit_core::settings`): embed.js's
//! table and api.js's checks (run in Node, every setting's samples in every case), frame.js's
//! and kiosk.js's parameters, the plugin's shortcode attributes (run in PHP) and block.json,
//! the block editor's sidebar (run in Node), the widget's own reads of its placeholder
//! (`src/web/mount.rs`), rolefit.d.ts's `Options`, and the settings tables
//! of docs/embedding.md, docs/cdn-npm.md and docs/wordpress.md. Each check lists the differences it finds; a mutated copy of each
//! declaration proves that a drift is found.

mod docs;
mod sources;
mod widget;

use docs::check_docs;
use widget::check_widget;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use rolefit_core::settings::{by_option, Block, Setting, Values, SETTINGS};
use serde_json::Value;

/// `mount()`'s options that are not settings of the placeholder.
const NOT_SETTINGS: [&str; 7] = [
    "base",
    "onReady",
    "onStart",
    "onComplete",
    "onError",
    "onShared",
    "onNext",
];

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// A name as declared: any next step's (`next-label-<role>-<lang>`, …) is `next-<role>`.
fn group(name: &str) -> String {
    match name.starts_with("next-") {
        true => "next-<role>".to_owned(),
        false => name.to_owned(),
    }
}

/// The declared names of the settings `takes` picks, by `name`.
fn declared(takes: impl Fn(&Setting) -> bool, name: fn(&Setting) -> &str) -> BTreeSet<String> {
    SETTINGS
        .iter()
        .filter(|s| takes(s))
        .map(|s| name(s).to_owned())
        .collect()
}

fn same(what: &str, found: BTreeSet<String>, expected: BTreeSet<String>, out: &mut Vec<String>) {
    if found != expected {
        out.push(format!("{what}: {found:?}, declared {expected:?}"));
    }
}

fn api_options() -> BTreeSet<String> {
    let mut options = declared(|s| s.takes.api, |s| s.option);
    options.extend(NOT_SETTINGS.map(String::from));
    options
}

/// What a sample given to the loader (`api`: to `mount()`) should leave in the attribute.
fn expected(setting: &Setting, value: &str, api: bool) -> Option<String> {
    let read = setting.normalise(value)?;
    match (setting.values, read.as_str(), api) {
        (Values::Flag, "false", _) => None,
        (Values::Flag, _, true) => Some(String::new()),
        _ => Some(read),
    }
}

/// embed.js, api.js, frame.js and kiosk.js in `web`.
fn check_scripts(web: &Path) -> Vec<String> {
    let dump = sources::scripts(web);
    let mut out = Vec::new();
    for (part, refusal) in [("loader", "warned"), ("mount", "refused")] {
        for probe in dump[part].as_array().unwrap() {
            let setting = by_option(probe["option"].as_str().unwrap()).unwrap();
            let value = probe["value"].as_str().unwrap();
            let kept = probe["kept"].as_str().map(String::from);
            let want = expected(setting, value, part == "mount");
            let refused = probe[refusal].as_bool().unwrap();
            let fine = match setting.values {
                // Passed on as written, whatever it is: the widget judges it.
                Values::Address if setting.option == "bank" => !refused,
                _ => kept == want && refused == (setting.normalise(value).is_none()),
            };
            if !fine {
                out.push(format!(
                    "{part}: {} {value:?} left {kept:?}, {refusal} {refused}; declared {want:?}",
                    setting.option
                ));
            }
        }
    }
    let listed = dump["options"].as_array().unwrap().iter();
    let listed = listed.map(|o| o.as_str().unwrap().to_owned()).collect();
    same("mount()'s options", listed, api_options(), &mut out);
    for (script, takes) in [
        (
            "frame.js",
            (|s: &Setting| s.takes.frame) as fn(&Setting) -> bool,
        ),
        ("kiosk.js", |s| s.takes.kiosk_page),
    ] {
        let copied = dump[&script[..script.len() - 3]].as_array().unwrap().iter();
        let copied = copied.map(|n| group(n.as_str().unwrap())).collect();
        same(script, copied, declared(takes, |s| s.attribute), &mut out);
    }
    out
}

/// placeholder.php and block.json.
fn check_plugin(placeholder: &Path, block_json: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut names: Vec<&str> = SETTINGS
        .iter()
        .map(|s| s.attribute)
        .filter(|a| !a.starts_with("next-"))
        .collect();
    names.extend([
        "next-some-role",
        "next-label-some-role",
        "next-label-some-role-es",
        "unknown",
    ]);
    let (shortcode, block) = sources::plugin(placeholder, &names);
    let shortcode = shortcode.iter().map(|n| group(n)).collect();
    same(
        "the shortcode",
        shortcode,
        declared(|s| s.takes.shortcode, |s| s.attribute),
        &mut out,
    );
    let simple = |s: &Setting| matches!(s.takes.block, Block::Text | Block::Boolean);
    let pairs = block.into_iter().map(|(k, v)| format!("{k}={v}")).collect();
    let declared_pairs = SETTINGS
        .iter()
        .filter(|s| simple(s))
        .map(|s| format!("{}={}", s.option, s.attribute));
    same(
        "rolefit_block_settings()",
        pairs,
        declared_pairs.collect(),
        &mut out,
    );
    let json: Value = serde_json::from_str(block_json).expect("block.json is JSON");
    let attributes = json["attributes"].as_object().cloned().unwrap_or_default();
    let found = attributes
        .iter()
        .map(|(name, a)| format!("{name}: {} = {}", a["type"], a["default"]))
        .collect();
    let wanted = SETTINGS.iter().filter_map(|s| {
        let (kind, default) = match s.takes.block {
            Block::No => return None,
            Block::Text => ("\"string\"", "\"\""),
            Block::Boolean => ("\"boolean\"", "false"),
            Block::Object => ("\"object\"", "{}"),
        };
        Some(format!("{}: {kind} = {default}", s.option))
    });
    same("block.json's attributes", found, wanted.collect(), &mut out);
    out
}

/// rolefit.d.ts's `Options`.
fn check_types(dts: &str) -> Vec<String> {
    let options = sources::options(dts);
    let mut out = Vec::new();
    same(
        "rolefit.d.ts's Options",
        options.keys().cloned().collect(),
        api_options(),
        &mut out,
    );
    for setting in SETTINGS.iter().filter(|s| s.takes.api) {
        let mut words = setting.words();
        words.sort();
        let wanted = match setting.values {
            Values::OneOf(_) | Values::Language => words.join("|"),
            Values::Flag => "boolean".to_owned(),
            Values::Seconds => "number".to_owned(),
            Values::Colour | Values::Address => "string".to_owned(),
            Values::NextSteps => "Record<string, NextStep>".to_owned(),
        };
        let found = options.get(setting.option);
        if found != Some(&wanted) {
            out.push(format!(
                "rolefit.d.ts: {} is {found:?}, declared {wanted}",
                setting.option
            ));
        }
    }
    out
}

/// The block editor's sidebar (editor.js): a control for each of the block's attributes, a
/// list offering each word (empty: the default).
fn check_editor(script: &Path) -> Vec<String> {
    let mut out = Vec::new();
    let controls = sources::editor(script);
    let found = controls.iter().map(|(a, _)| a.clone()).collect();
    let wanted = declared(|s| s.takes.block != Block::No, |s| s.option);
    same("editor.js's controls", found, wanted, &mut out);
    for (attribute, values) in &controls {
        let (Some(values), Some(setting)) = (values, by_option(attribute)) else {
            continue;
        };
        let offered: BTreeSet<&str> = values
            .iter()
            .map(|v| match v.as_str() {
                "" => setting.default,
                v => v,
            })
            .filter(|v| !v.is_empty())
            .collect();
        if offered != setting.words().into_iter().collect() {
            out.push(format!(
                "editor.js: {attribute} offers {offered:?}, declared {:?}",
                setting.words()
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests;
