//! The size report: every file of `dist/` raw and gzip, and the first load of each entry
//! page against the budget.

use std::fs;
use std::io::Write;

use flate2::write::GzEncoder;
use flate2::Compression;
use rolefit_core::Locale;

use crate::{editions, root, Result};

/// First-load budget: gzip of the HTML, JS, wasm and CSS together, plus the largest language
/// edition (a first visit cannot show anything without one). `cargo xtask test` fails above it.
pub const FIRST_LOAD_BUDGET: u64 = 110 * 1024;
pub fn gzip_size(bytes: &[u8]) -> u64 {
    let mut encoder = GzEncoder::new(Vec::new(), Compression::best());
    encoder.write_all(bytes).unwrap();
    encoder.finish().unwrap().len() as u64
}

/// The files each way of loading the widget fetches before it can show anything, beside the
/// shared ones (the wasm, its JS glue, the loader, the widget's CSS and one language edition).
pub const ENTRY_PAGES: [(&str, &[&str]); 4] = [
    ("stand-alone page", &["index.html", "page.css"]),
    (
        "iframe embed",
        &["frame.html", "frame.css", "frame.js", "rolefit-frame.js"],
    ),
    (
        "iframe embed, Italian frame page",
        &["frame-it.html", "frame.css", "frame.js", "rolefit-frame.js"],
    ),
    (
        "iframe embed, Spanish frame page",
        &["frame-es.html", "frame.css", "frame.js", "rolefit-frame.js"],
    ),
];
pub const KIOSK_PAGE: [&str; 5] = [
    "kiosk.html",
    "kiosk-page.css",
    "kiosk.js",
    "kiosk.css",
    "kiosk.webmanifest",
];
pub const SHARED: [&str; 4] = ["embed.js", "rolefit.js", "rolefit_bg.wasm", "rolefit.css"];

/// Prints every file of `dist/` with its raw and gzip size, and the first load of each entry
/// page; returns the larger first load.
pub fn report_size() -> Result<u64> {
    let dist = root().join("dist");
    let mut entries: Vec<_> = fs::read_dir(&dist)
        .map_err(|e| format!("{}: {e}", dist.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_file())
        .collect();
    entries.sort();
    let mut sizes = Vec::new();
    for path in entries {
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        let bytes = fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let gz = gzip_size(&bytes);
        println!("  {name:<40} {:>8} B raw {gz:>8} B gzip", bytes.len());
        sizes.push((name, gz));
    }
    let size_of = |name: &str| {
        sizes
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, gz)| *gz)
            .ok_or(format!("dist/{name} is missing"))
    };
    // A first visit downloads one language edition: count the largest.
    let edition = Locale::ALL
        .iter()
        .map(|&l| size_of(&editions::file_name(l)))
        .collect::<Result<Vec<u64>>>()?
        .into_iter()
        .max()
        .unwrap_or(0);
    let shared = SHARED.iter().map(|n| size_of(n)).sum::<Result<u64>>()? + edition;
    let mut largest = 0;
    for (page, files) in ENTRY_PAGES {
        let total = shared + files.iter().map(|n| size_of(n)).sum::<Result<u64>>()?;
        println!(
            "  first load, {page}: {total} B gzip ({:.1} KB): {} + {} + the largest language edition",
            total as f64 / 1024.0,
            SHARED.join(", "),
            files.join(", ")
        );
        largest = largest.max(total);
    }
    // Reported, not held to the budget: a kiosk downloads once, then runs from its offline
    // copy for days.
    let kiosk = shared + KIOSK_PAGE.iter().map(|n| size_of(n)).sum::<Result<u64>>()?;
    println!(
        "  first load, kiosk page (not budgeted): {kiosk} B gzip ({:.1} KB): shared + {}",
        kiosk as f64 / 1024.0,
        KIOSK_PAGE.join(", ")
    );
    Ok(largest)
}
