//! `cargo xtask breakdown`: where the widget's wasm goes, by crate and by its largest items,
//! measured with twiggy on a release build that keeps its function names, and written into
//! its own section of docs/size.md.

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

use crate::{cmd, output, root, run, Result, WASM_OPT};

const TWIGGY_VERSION: &str = "0.8.0";
const SECTION: &str = "## Where the wasm goes";
/// Its own target folder: the names kept change the build, which would otherwise be redone
/// for every ordinary release build and back.
const TARGET: &str = "target/names";

pub fn run_task() -> Result {
    ensure_twiggy()?;
    let wasm = build_with_names()?;
    let listing = output(
        "twiggy",
        &["top", "-n", "1000000", "--format", "csv", &wasm],
    )
    .ok_or("twiggy top failed")?;
    let items = parse(&listing)?;
    let text = section(&items);
    print!("{text}");
    write_section(&root().join("docs/size.md"), &text)
}

fn ensure_twiggy() -> Result {
    let version = output("twiggy", &["--version"]).unwrap_or_default();
    if version.contains(TWIGGY_VERSION) {
        return Ok(());
    }
    run(cmd(
        "cargo",
        &["install", "twiggy", "--version", TWIGGY_VERSION, "--locked"],
    ))
}

/// The widget as shipped (bound by wasm-bindgen, optimised with the release flags), with
/// its name section kept.
fn build_with_names() -> Result<String> {
    let mut build = cmd(
        "cargo",
        &[
            "build",
            "--release",
            "-p",
            "rolefit",
            "--bin",
            "rolefit",
            "--target",
            "wasm32-unknown-unknown",
            "--target-dir",
            TARGET,
        ],
    );
    build.env("CARGO_PROFILE_RELEASE_STRIP", "none");
    run(build)?;
    let raw = root()
        .join(TARGET)
        .join("wasm32-unknown-unknown/release/rolefit.wasm");
    let out = root().join(TARGET).join("bound");
    run(cmd(
        "wasm-bindgen",
        &[
            "--target",
            "web",
            "--no-typescript",
            "--keep-debug",
            "--out-dir",
            &out.to_string_lossy(),
            &raw.to_string_lossy(),
        ],
    ))?;
    let bound = out.join("rolefit_bg.wasm").to_string_lossy().into_owned();
    let mut args = WASM_OPT.to_vec();
    // -g keeps the name section through the optimiser.
    args.extend(["-g", "-o", &bound, &bound]);
    run(cmd("wasm-opt", &args))?;
    Ok(bound)
}

/// One row of twiggy's listing: an item and its own size in bytes.
struct Item {
    name: String,
    bytes: u64,
}

fn parse(csv: &str) -> Result<Vec<Item>> {
    let mut items = Vec::new();
    for (n, line) in csv.lines().enumerate().skip(1) {
        let fields = csv_fields(line);
        let (Some(name), Some(bytes)) = (fields.first(), fields.get(1)) else {
            return Err(format!("twiggy listing, line {}: {line}", n + 1));
        };
        let bytes = bytes
            .parse()
            .map_err(|_| format!("twiggy listing, line {}: size {bytes:?}", n + 1))?;
        // The names and debug sections exist only in this build: the shipped wasm has none.
        if name.starts_with("custom section") || name.ends_with("subsection") {
            continue;
        }
        items.push(Item {
            name: name.clone(),
            bytes,
        });
    }
    Ok(items)
}

/// The fields of one CSV line: commas inside quotes belong to the field, `""` is a quote.
fn csv_fields(line: &str) -> Vec<String> {
    let mut fields = vec![String::new()];
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' if quoted && chars.peek() == Some(&'"') => {
                chars.next();
                fields.last_mut().unwrap().push('"');
            }
            '"' => quoted = !quoted,
            ',' if !quoted => fields.push(String::new()),
            c => fields.last_mut().unwrap().push(c),
        }
    }
    fields
}

/// The crate an item belongs to: the first path in its Rust name (`<char as core::fmt::Debug>`
/// counts for core; the standard library's crates carry a hash, `core[c5930c85a12de822]`), or
/// what kind of wasm item it is.
fn owner(name: &str) -> String {
    if name.starts_with("data[") || name.starts_with("data segment") {
        return "data (strings, tables)".into();
    }
    if name.starts_with("import ") {
        return "imports from the JS glue".into();
    }
    let first_path = name.match_indices("::").find_map(|(at, _)| {
        let before = &name[..at];
        let before = match before.strip_suffix(']') {
            Some(hashed) => &hashed[..hashed.rfind('[')?],
            None => before,
        };
        let start = before
            .rfind(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .map_or(0, |i| i + 1);
        let ident = &before[start..];
        (!ident.is_empty() && !ident.starts_with(|c: char| c.is_ascii_digit())).then_some(ident)
    });
    match first_path {
        Some(krate) => krate.to_string(),
        None if name.starts_with("code[") || name.starts_with("func[") => "unnamed code".into(),
        None => "wasm-bindgen's shims and the module's tables".into(),
    }
}

fn section(items: &[Item]) -> String {
    let total: u64 = items.iter().map(|i| i.bytes).sum();
    let mut by_crate: BTreeMap<String, u64> = BTreeMap::new();
    for item in items {
        *by_crate.entry(owner(&item.name)).or_default() += item.bytes;
    }
    let mut crates: Vec<_> = by_crate.into_iter().collect();
    crates.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let percent = |bytes: u64| bytes as f64 * 100.0 / total.max(1) as f64;
    let mut text = format!(
        "{SECTION}\n\nWritten by `cargo xtask breakdown`: twiggy {TWIGGY_VERSION} on the widget's \
         wasm as shipped (bound, optimised with the release flags), built with its names kept. \
         Sizes are uncompressed bytes of the module ({total} B in all); the shares carry over \
         roughly to the gzip figure above. The imports from the glue carry wasm-bindgen's long names \
         here; the release build shortens them (`imports.rs`).\n\n| crate | bytes | share |\n|---|---:|---:|\n"
    );
    for (name, bytes) in crates.iter().take(20) {
        text += &format!("| {name} | {bytes} | {:.1} % |\n", percent(*bytes));
    }
    text += "\nThe largest items:\n\n| item | bytes |\n|---|---:|\n";
    let mut largest: Vec<&Item> = items.iter().collect();
    largest.sort_by_key(|item| std::cmp::Reverse(item.bytes));
    for item in largest.iter().take(25) {
        let mut name: String = item.name.chars().take(110).collect();
        if name.len() < item.name.len() {
            name.push('…');
        }
        text += &format!("| `{}` | {} |\n", name.replace('|', "\\|"), item.bytes);
    }
    text
}

/// Replaces this task's section of the file, keeping the rest as written.
fn write_section(path: &Path, text: &str) -> Result {
    let old = fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let new = match old.find(SECTION) {
        Some(at) => {
            let end = old[at + SECTION.len()..]
                .find("\n## ")
                .map(|e| at + SECTION.len() + e + 1);
            let rest = end.map(|e| &old[e..]).unwrap_or("");
            format!("{}{text}\n{rest}", &old[..at])
        }
        None => format!("{}\n\n{text}", old.trim_end()),
    };
    fs::write(path, new).map_err(|e| format!("{}: {e}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn items_belong_to_their_crate() {
        assert_eq!(owner("yew::html::component::Foo::bar"), "yew");
        assert_eq!(
            owner("<alloc::string::String as core::fmt::Write>::write_str"),
            "alloc"
        );
        assert_eq!(owner("data[3]"), "data (strings, tables)");
        assert_eq!(
            owner("data segment \".rodata.9\""),
            "data (strings, tables)"
        );
        assert_eq!(owner("code[12]"), "unnamed code");
        assert_eq!(
            owner("import ./rolefit_bg.js::__wbg_set_subtree_id_b14992cda6ba260e"),
            "imports from the JS glue"
        );
        assert_eq!(
            owner("<char as core[c5930c85a12de822]::fmt::Debug>::fmt"),
            "core"
        );
        assert_eq!(
            owner("mount externref shim"),
            "wasm-bindgen's shims and the module's tables"
        );
    }

    #[test]
    fn the_listing_is_read_with_commas_in_names() {
        let csv = "Name,ShallowSize,ShallowSizePercent,RetainedSize,RetainedSizePercent\n\
                   \"a::<b, c>::d\",120,1.5,,\n\"\"\"function names\"\" subsection\",9,1,,\nz::y,30,0.1,,\n";
        let items = parse(csv).unwrap();
        assert_eq!(items.len(), 2);
        assert_eq!(items[0].name, "a::<b, c>::d");
        assert_eq!(items[0].bytes, 120);
    }

    #[test]
    fn a_section_is_replaced_and_the_rest_kept() {
        let dir = std::env::temp_dir().join(format!("breakdown-{}", std::process::id()));
        fs::create_dir_all(&dir).unwrap();
        let file = dir.join("size.md");
        fs::write(
            &file,
            format!("# Size\n\nintro\n\n{SECTION}\n\nold\n\n## Later\n\nkept\n"),
        )
        .unwrap();
        write_section(&file, &format!("{SECTION}\n\nnew\n")).unwrap();
        let text = fs::read_to_string(&file).unwrap();
        assert!(text.contains("new") && !text.contains("old"));
        assert!(text.contains("## Later\n\nkept") && text.starts_with("# Size\n\nintro"));
    }
}
