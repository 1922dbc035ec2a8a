//! Reading the settings' other declarations: the scripts run in Node (dump.mjs), the plugin's
//! placeholder in PHP, block.json as JSON, rolefit.d.ts's `Options` and the docs' Markdown
//! tables line by line.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::process::Command;

use rolefit_core::settings::SETTINGS;
use serde_json::Value;

/// What embed.js (with api.js), frame.js and kiosk.js in `web` do with every setting's samples.
pub fn scripts(web: &Path) -> Value {
    let mut probes = Vec::new();
    for setting in SETTINGS
        .iter()
        .filter(|s| s.takes.inline && s.option != "next")
    {
        let (good, bad) = setting.samples();
        let values = good.into_iter().chain(bad.into_iter().map(String::from));
        // A setting with no samples (bank) is still asked for, to be named.
        let values: Vec<String> = values.collect();
        let values = if values.is_empty() {
            vec!["x".to_owned()]
        } else {
            values
        };
        for value in values {
            probes.push(serde_json::json!([
                setting.option,
                setting.attribute,
                value
            ]));
        }
    }
    let dump = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/settings/dump.mjs");
    let out = Command::new("node")
        .arg(dump)
        .arg(web)
        .arg(Value::Array(probes).to_string())
        .output()
        .expect("node runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("dump.mjs writes JSON")
}

/// The placeholder's data- attributes (without `data-`) that placeholder.php writes for a
/// shortcode given `names`, each with a value, and the block's settings (attribute => name).
pub fn plugin(placeholder: &Path, names: &[&str]) -> (BTreeSet<String>, BTreeMap<String, String>) {
    let given: BTreeMap<&str, &str> = names.iter().map(|n| (*n, "x")).collect();
    let script = r#"
        define('ABSPATH', '/');
        function esc_attr($s) { return $s; }
        function esc_url($s) { return $s; }
        function did_action() { return 1; }
        function wp_style_is() { return false; }
        require $argv[1];
        $given = json_decode($argv[2], true);
        preg_match_all('/ data-([a-z0-9-]+)=/', rolefit_placeholder($given), $found);
        echo json_encode(array('shortcode' => $found[1], 'block' => rolefit_block_settings()));
    "#;
    let out = Command::new("php")
        .args(["-r", script, "--"])
        .arg(placeholder)
        .arg(serde_json::to_string(&given).unwrap())
        .output()
        .expect("php runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    let dump: Value = serde_json::from_slice(&out.stdout).expect("the plugin's settings as JSON");
    let shortcode = dump["shortcode"].as_array().unwrap().iter();
    let block = dump["block"].as_object().unwrap().iter();
    (
        shortcode.map(|n| n.as_str().unwrap().to_owned()).collect(),
        block
            .map(|(k, v)| (k.clone(), v.as_str().unwrap().to_owned()))
            .collect(),
    )
}

/// `Options`' properties in rolefit.d.ts with their types, an alias of string literals
/// (`type Theme = 'light' | …`) given as its words.
pub fn options(dts: &str) -> BTreeMap<String, String> {
    let mut aliases = BTreeMap::new();
    for line in dts.lines() {
        let Some(rest) = line.strip_prefix("export type ") else {
            continue;
        };
        let Some((name, union)) = rest.trim_end_matches(';').split_once(" = ") else {
            continue;
        };
        let words: Option<Vec<&str>> = union
            .split(" | ")
            .map(|w| w.strip_prefix('\'')?.strip_suffix('\''))
            .collect();
        if let Some(mut words) = words {
            words.sort();
            aliases.insert(name.to_owned(), words.join("|"));
        }
    }
    let body = dts.split("export interface Options {").nth(1).unwrap_or("");
    let body = body.split("\n}").next().unwrap_or("");
    body.lines()
        .filter_map(|line| line.strip_prefix("  ")?.split_once("?: "))
        .filter(|(name, _)| !name.starts_with(' '))
        .map(|(name, kind)| {
            let kind = kind.trim_end_matches(';');
            let kind = aliases
                .get(kind)
                .cloned()
                .unwrap_or_else(|| kind.to_owned());
            (name.to_owned(), kind)
        })
        .collect()
}

/// The rows of the Markdown table whose header is `header`: each row's cells.
pub fn table(markdown: &str, header: &str) -> Vec<Vec<String>> {
    let mut lines = markdown.lines().skip_while(|l| l.trim() != header).skip(2);
    let mut rows = Vec::new();
    while let Some(line) = lines.next().filter(|l| l.starts_with('|')) {
        let cells = line.trim().trim_matches('|').split(" | ");
        rows.push(cells.map(|c| c.trim().to_owned()).collect());
    }
    rows
}

/// The `code` spans of a cell, quotes taken off (`'quick'` is `quick`).
pub fn spans(cell: &str) -> Vec<String> {
    cell.split('`')
        .skip(1)
        .step_by(2)
        .map(|s| s.trim_matches('\'').to_owned())
        .collect()
}

/// The block editor's controls (editor.js run in Node): each one's attribute, and the values
/// it offers, if it offers a list.
pub fn editor(script: &Path) -> Vec<(String, Option<Vec<String>>)> {
    let runner = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/settings/editor.mjs");
    let out = Command::new("node")
        .arg(runner)
        .arg(script)
        .output()
        .expect("node runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let controls: Value = serde_json::from_slice(&out.stdout).expect("editor.mjs writes JSON");
    let text = |v: &Value| v.as_str().unwrap_or_default().to_owned();
    let controls = controls.as_array().cloned().unwrap_or_default();
    controls
        .iter()
        .map(|c| {
            let values = c["values"].as_array().map(|v| v.iter().map(text).collect());
            (text(&c["attribute"]), values)
        })
        .collect()
}
