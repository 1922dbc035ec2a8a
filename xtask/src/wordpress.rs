//! The WordPress plugin's own files for the release zip: the sources in `wordpress/`, checked
//! to name the release's version, and their translations compiled from the `.po` files there:
//! a `.mo` for the PHP side (the block's title and description, the plugin's description), made
//! by GNU gettext's `msgfmt` (WordPress's own reader expects the hash table where msgfmt puts
//! it), and a JSON file in Jed's format, which `wp_set_script_translations` hands to the block
//! editor's script.

use std::fs;
use std::path::Path;

use polib::catalog::Catalog;
use serde_json::{json, Map, Value};

use crate::release::Entry;
use crate::{root, Result};

const SOURCE: &str = "wordpress";
const TEXT_DOMAIN: &str = "rolefit";
/// The handle WordPress gives the editor script of the block `rolefit/quiz` registered from
/// its block.json (`generate_block_asset_handle`); its translations are looked up by it.
const EDITOR_SCRIPT_HANDLE: &str = "rolefit-quiz-editor-script";

/// Every file of the plugin but the widget's, by its path inside the plugin's folder.
pub fn plugin_files(version: &str) -> Result<Vec<Entry>> {
    ensure_msgfmt()?;
    let source = root().join(SOURCE);
    let mut entries = Vec::new();
    collect(&source, "", &mut entries)?;
    check_version(&entries, "rolefit.php", "Version:", version)?;
    check_version(&entries, "rolefit.php", "const ROLEFIT_VERSION =", version)?;
    check_version(&entries, "readme.txt", "Stable tag:", version)?;
    let mut compiled = Vec::new();
    for entry in entries.iter().filter(|e| e.name.ends_with(".po")) {
        compiled.extend(compile(entry)?);
    }
    entries.extend(compiled);
    Ok(entries)
}

fn collect(dir: &Path, prefix: &str, entries: &mut Vec<Entry>) -> Result {
    let mut children: Vec<_> = fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|e| e.ok())
        .collect();
    children.sort_by_key(|e| e.file_name());
    for child in children {
        let name = format!("{prefix}{}", child.file_name().to_string_lossy());
        let path = child.path();
        if path.is_dir() {
            collect(&path, &format!("{name}/"), entries)?;
        } else {
            entries.push(Entry::read(name, &path)?);
        }
    }
    Ok(())
}

/// The plugin's header, its version constant and the readme's stable tag must be the release's
/// version: WordPress reads them to offer updates and to bust caches.
fn check_version(entries: &[Entry], file: &str, label: &str, version: &str) -> Result {
    let entry = entries
        .iter()
        .find(|e| e.name == file)
        .ok_or(format!("{SOURCE}/{file} is missing"))?;
    let text = String::from_utf8_lossy(&entry.bytes);
    let found = text
        .lines()
        .find_map(|l| l.trim_start_matches([' ', '*']).strip_prefix(label))
        .map(|v| v.trim().trim_end_matches(';').trim().trim_matches('\''));
    match found {
        Some(v) if v == version => Ok(()),
        Some(v) => Err(format!(
            "{SOURCE}/{file}: {label} {v}, but Cargo.toml says {version}"
        )),
        None => Err(format!("{SOURCE}/{file} has no \"{label}\"")),
    }
}

/// `languages/rolefit-<locale>.po` becomes `rolefit-<locale>.mo` beside it, and the editor
/// script's `rolefit-<locale>-rolefit-quiz-editor-script.json`.
fn compile(po: &Entry) -> Result<Vec<Entry>> {
    let catalog = polib::po_file::parse_from_reader(&po.bytes[..])
        .map_err(|e| format!("{SOURCE}/{}: {e}", po.name))?;
    let stem = po.name.trim_end_matches(".po");
    let locale = stem
        .rsplit('/')
        .next()
        .and_then(|n| n.strip_prefix(&format!("{TEXT_DOMAIN}-")))
        .ok_or(format!(
            "{SOURCE}/{}: expected languages/{TEXT_DOMAIN}-<locale>.po",
            po.name
        ))?;
    let untranslated: Vec<&str> = catalog
        .messages()
        .filter(|m| !m.is_translated())
        .map(|m| m.msgid())
        .collect();
    if !untranslated.is_empty() {
        return Err(format!(
            "{SOURCE}/{}: untranslated: {untranslated:?}",
            po.name
        ));
    }
    let scratch = root().join("target/release-stage");
    fs::create_dir_all(&scratch).map_err(|e| format!("{}: {e}", scratch.display()))?;
    let mo_path = scratch.join(format!("{TEXT_DOMAIN}-{locale}.mo"));
    let po_path = root().join(SOURCE).join(&po.name);
    crate::run(crate::cmd(
        "msgfmt",
        &[
            "--check",
            "--output-file",
            &mo_path.to_string_lossy(),
            &po_path.to_string_lossy(),
        ],
    ))?;
    let dir = po.name.rsplit_once('/').map_or("", |(d, _)| d);
    let folder = if dir.is_empty() {
        String::new()
    } else {
        format!("{dir}/")
    };
    Ok(vec![
        Entry::read(format!("{stem}.mo"), &mo_path)?,
        Entry {
            name: format!("{folder}{TEXT_DOMAIN}-{locale}-{EDITOR_SCRIPT_HANDLE}.json"),
            bytes: jed(&catalog, locale).to_string().into_bytes(),
        },
    ])
}

/// The catalog in Jed 1.x's format, as WordPress's script translations expect it.
fn jed(catalog: &Catalog, locale: &str) -> Value {
    let mut messages = Map::new();
    messages.insert(
        String::new(),
        json!({
            "domain": "messages",
            "lang": locale,
            "plural-forms": catalog.metadata.plural_rules.dump(),
        }),
    );
    for message in catalog.messages() {
        // Jed keys a message with a context as "context\u{4}text".
        let key = match message.msgctxt() {
            Some(context) if !context.is_empty() => format!("{context}\u{4}{}", message.msgid()),
            _ => message.msgid().to_string(),
        };
        let translations: Vec<String> = if message.is_plural() {
            message.msgstr_plural().cloned().unwrap_or_default()
        } else {
            vec![message.msgstr().unwrap_or_default().to_string()]
        };
        messages.insert(key, json!(translations));
    }
    json!({
        "translation-revision-date": "",
        "generator": "cargo xtask release",
        "domain": "messages",
        "locale_data": { "messages": messages },
    })
}

/// GNU gettext's `msgfmt`, from Debian's package, unless it is there.
fn ensure_msgfmt() -> Result {
    if crate::output("msgfmt", &["--version"]).is_some() {
        return Ok(());
    }
    crate::run(crate::cmd("apt-get", &["update"]))?;
    let mut install = crate::cmd(
        "apt-get",
        &["install", "-y", "--no-install-recommends", "gettext"],
    );
    install.env("DEBIAN_FRONTEND", "noninteractive");
    crate::run(install)
}

/// What the plugin's end-to-end test runs on (e2e/tests/wordpress-site.js): Debian's WordPress
/// with its default theme, MariaDB and PHP's command line, which serves it.
const PACKAGES: [&str; 4] = [
    "wordpress",
    "wordpress-theme-twentytwentythree",
    "mariadb-server",
    "php-cli",
];

/// Installs the packages the WordPress test needs, unless they are there.
pub fn ensure_installed() -> Result {
    let installed = [
        "/usr/share/wordpress/wp-load.php",
        "/usr/share/wordpress/wp-content/themes/twentytwentythree/theme.json",
        "/usr/sbin/mariadbd",
        "/usr/bin/php",
    ]
    .iter()
    .all(|p| Path::new(p).exists());
    if installed {
        return Ok(());
    }
    crate::run(crate::cmd("apt-get", &["update"]))?;
    let mut args = vec!["install", "-y", "--no-install-recommends"];
    args.extend(PACKAGES);
    let mut install = crate::cmd("apt-get", &args);
    install.env("DEBIAN_FRONTEND", "noninteractive");
    crate::run(install)
}

#[cfg(test)]
mod tests {
    use super::*;

    const PO: &str = r#"msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\n"
"Language: it_IT\n"
"Plural-Forms: nplurals=2; plural=(n != 1);\n"

msgid "Language"
msgstr "Lingua"

msgctxt "block title"
msgid "RoleFit quiz"
msgstr "Quiz RoleFit"
"#;

    #[test]
    fn jed_keys_messages_with_their_context() {
        let catalog = polib::po_file::parse_from_reader(PO.as_bytes()).unwrap();
        let jed = jed(&catalog, "it_IT");
        let messages = &jed["locale_data"]["messages"];
        assert_eq!(messages["Language"], json!(["Lingua"]));
        assert_eq!(
            messages["block title\u{4}RoleFit quiz"],
            json!(["Quiz RoleFit"])
        );
        assert_eq!(messages[""]["lang"], "it_IT");
        assert_eq!(messages[""]["plural-forms"], "nplurals=2; plural=(n != 1);");
    }

    #[test]
    fn a_version_that_differs_from_cargo_toml_is_refused() {
        let entries = vec![Entry {
            name: "readme.txt".into(),
            bytes: b"=== RoleFit ===\nStable tag: 0.1.0\n".to_vec(),
        }];
        assert!(check_version(&entries, "readme.txt", "Stable tag:", "0.1.0").is_ok());
        let error = check_version(&entries, "readme.txt", "Stable tag:", "0.2.0").unwrap_err();
        assert!(error.contains("0.2.0"), "{error}");
    }
}
