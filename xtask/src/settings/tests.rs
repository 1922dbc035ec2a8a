//! Every declaration agrees with the core's; a mutated copy of each is caught.

use std::fs;
use std::path::PathBuf;

use super::*;

fn read(path: &str) -> String {
    fs::read_to_string(root().join(path)).unwrap()
}

/// `text` with `from` replaced by `to`, which must be there.
fn mutated(text: &str, from: &str, to: &str) -> String {
    assert!(text.contains(from), "{from:?} is not there to change");
    text.replacen(from, to, 1)
}

/// A copy of `web/` (the scripts only) in a folder of its own, one script changed.
fn web_with(name: &str, file: &str, from: &str, to: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("rolefit-settings-{}-{name}", std::process::id()));
    fs::create_dir_all(&dir).unwrap();
    for script in ["embed.js", "api.js", "frame.js", "kiosk.js"] {
        let text = read(&format!("web/{script}"));
        let text = if script == file {
            mutated(&text, from, to)
        } else {
            text
        };
        fs::write(dir.join(script), text).unwrap();
    }
    dir
}

fn none(differences: Vec<String>) {
    assert!(differences.is_empty(), "{differences:#?}");
}

fn some(what: &str, differences: Vec<String>) {
    assert!(!differences.is_empty(), "the drift in {what} went unseen");
}

#[test]
fn the_scripts_take_the_declared_settings() {
    none(check_scripts(&root().join("web")));
}

#[test]
fn a_drift_in_the_scripts_is_found() {
    for (name, file, from, to) in [
        (
            "table",
            "embed.js",
            "length: ['length'",
            "length: ['lenght'",
        ),
        ("values", "embed.js", "(full|quick)", "(full|quik)"),
        (
            "case",
            "embed.js",
            "value.trim().toLowerCase())",
            "value.trim())",
        ),
        (
            "api",
            "api.js",
            "normal(option, String(value))",
            "String(value).trim()",
        ),
        ("frame", "frame.js", "|length|", "|"),
        ("kiosk", "kiosk.js", "'length', ", ""),
    ] {
        let web = web_with(name, file, from, to);
        some(name, check_scripts(&web));
        fs::remove_dir_all(web).unwrap();
    }
}

#[test]
fn the_plugin_takes_the_declared_settings() {
    let placeholder = root().join("wordpress/includes/placeholder.php");
    none(check_plugin(
        &placeholder,
        &read("wordpress/block/block.json"),
    ));
}

#[test]
fn a_drift_in_the_plugin_is_found() {
    let php = read("wordpress/includes/placeholder.php");
    let json = read("wordpress/block/block.json");
    let placeholder = root().join("wordpress/includes/placeholder.php");
    let copy = std::env::temp_dir().join(format!("rolefit-settings-{}.php", std::process::id()));
    fs::write(&copy, mutated(&php, "'length'          => 16,", "")).unwrap();
    some("the shortcode", check_plugin(&copy, &json));
    fs::write(
        &copy,
        mutated(
            &php,
            "'includeAnswers' => 'include-answers',",
            "'includeAnswers' => 'answers',",
        ),
    )
    .unwrap();
    some("the block's settings", check_plugin(&copy, &json));
    fs::remove_file(copy).unwrap();
    let json = mutated(
        &json,
        r#""length": { "type": "string", "default": "" },"#,
        "",
    );
    some("block.json", check_plugin(&placeholder, &json));
}

#[test]
fn the_types_declare_the_settings() {
    none(check_types(&read("npm/rolefit.d.ts")));
    let dts = read("npm/rolefit.d.ts");
    some(
        "Options",
        check_types(&mutated(&dts, "  length?: Length;\n", "")),
    );
    some(
        "Mode",
        check_types(&mutated(
            &dts,
            "'embedded' | 'kiosk'",
            "'embedded' | 'kiosk' | 'wall'",
        )),
    );
    some(
        "a type",
        check_types(&mutated(
            &dts,
            "idleSeconds?: number",
            "idleSeconds?: string",
        )),
    );
}

#[test]
fn the_docs_list_the_settings() {
    let docs = ["docs/embedding.md", "docs/cdn-npm.md", "docs/wordpress.md"].map(read);
    none(check_docs(&docs[0], &docs[1], &docs[2]));
    let [embedding, cdn, wordpress] = &docs;
    let row = embedding
        .lines()
        .find(|l| l.starts_with("| `data-length`"))
        .unwrap();
    some(
        "embedding.md",
        check_docs(&mutated(embedding, &format!("{row}\n"), ""), cdn, wordpress),
    );
    some(
        "a frame's name",
        check_docs(
            &mutated(embedding, "| `length` |", "| `len` |"),
            cdn,
            wordpress,
        ),
    );
    some(
        "cdn-npm.md",
        check_docs(
            embedding,
            &mutated(cdn, "| `takeHome` |", "| `takehome` |"),
            wordpress,
        ),
    );
    some(
        "a word",
        check_docs(
            embedding,
            cdn,
            &mutated(wordpress, "`light`, `dark`, `auto`", "`light`, `dark`"),
        ),
    );
    some(
        "a default",
        check_docs(
            &mutated(embedding, "| 45, 90, 15 |", "| 30, 90, 15 |"),
            cdn,
            wordpress,
        ),
    );
}

#[test]
fn the_block_editor_offers_the_declared_settings() {
    let script = root().join("wordpress/block/editor.js");
    none(check_editor(&script));
    let text = read("wordpress/block/editor.js");
    let copy =
        std::env::temp_dir().join(format!("rolefit-settings-{}-editor.js", std::process::id()));
    for (from, to) in [
        ("value: 'dark'", "value: 'black'"),
        ("setter( setAttributes, 'bank' )", "function () {}"),
    ] {
        fs::write(&copy, mutated(&text, from, to)).unwrap();
        some(from, check_editor(&copy));
    }
    fs::remove_file(copy).unwrap();
}

/// The intro placeholder.php puts in the placeholder for `settings` (a copy of the plugin's
/// file beside an intro of its own, `<p>intro</p>`): only where the widget opens on it.
fn intro(settings: &str) -> String {
    let dir = std::env::temp_dir().join(format!("rolefit-settings-{}-intro", std::process::id()));
    fs::create_dir_all(dir.join("includes")).unwrap();
    fs::create_dir_all(dir.join("widget")).unwrap();
    fs::write(dir.join("widget/intro-en.html"), "<p>intro</p>").unwrap();
    let placeholder = dir.join("includes/placeholder.php");
    fs::write(&placeholder, read("wordpress/includes/placeholder.php")).unwrap();
    let script = r#"
        define('ABSPATH', '/');
        function did_action() { return 1; }
        function wp_style_is() { return true; }
        require $argv[1];
        echo rolefit_intro(json_decode($argv[2], true));
    "#;
    let out = std::process::Command::new("php")
        .args(["-r", script, "--"])
        .arg(&placeholder)
        .arg(settings)
        .output()
        .expect("php runs");
    fs::remove_dir_all(dir).unwrap();
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn the_plugin_reads_the_intro_settings_whatever_their_case() {
    assert_eq!(intro(r#"{"lang": "en"}"#), "<p>intro</p>");
    assert_eq!(intro(r#"{"lang": " EN "}"#), "<p>intro</p>");
    for kiosk in ["kiosk", "Kiosk", "KIOSK "] {
        let settings = format!(r#"{{"lang": "en", "mode": "{kiosk}"}}"#);
        assert_eq!(
            intro(&settings),
            "",
            "{kiosk}: a kiosk opens on its attract screen"
        );
    }
}

#[test]
fn the_widget_reads_the_declared_settings() {
    none(check_widget(&read("src/web/mount.rs")));
}

#[test]
fn a_drift_in_the_widget_is_found() {
    let mount = read("src/web/mount.rs");
    for (from, to) in [
        ("\"data-idle-seconds\"", "\"data-idle-secs\""),
        ("Some(\"kiosk\")", "Some(\"kiosque\")"),
    ] {
        some(from, check_widget(&mutated(&mount, from, to)));
    }
}

#[test]
fn the_core_reads_every_declared_length() {
    let length = rolefit_core::settings::by_option("length").unwrap();
    for word in length.words() {
        assert!(rolefit_core::Length::from_setting(word).is_ok(), "{word}");
    }
}
