//! The release build: Trunk's build of the widget and, in its post-build hook, the language
//! editions, the intro as markup, the keep module's two builds, every module optimised with
//! the one set of wasm-opt flags, every script minified; then the one-file kiosk.

use std::env;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::install::setup;
use crate::{
    cmd, early, editions, glue, imports, node_bin, root, run, service_worker, single, Result,
};

/// wasm-opt's settings for every module of a release build: the widget's and both builds of
/// the keep module. Declared here only; Trunk runs no wasm-opt of its own (`data-wasm-opt="0"`
/// in index.html), `optimise` runs this for all three.
pub const WASM_OPT: [&str; 16] = [
    // Binaryen's -O4 preparation (whole-module effects, flat IR, control flow rebuilt) before
    // -Oz twice: −0.26 KB of the widget's gzip, −0.17 KB of the keep module's.
    "--generate-global-effects",
    "--flatten",
    "--rereloop",
    "-Oz",
    "-Oz",
    "--strip-producers",
    "--strip-target-features",
    "--low-memory-unused",
    "--zero-filled-memory",
    "--converge",
    "--enable-bulk-memory",
    "--enable-nontrapping-float-to-int",
    "--enable-sign-ext",
    "--enable-mutable-globals",
    "--enable-reference-types",
    "--enable-multivalue",
];

/// The wasm modules of a build, each `<name>_bg.wasm` with its glue `<name>.js`: the widget's
/// (built by Trunk), the keep module's two builds and the bank check (`build_modules`).
pub const MODULES: [&str; 4] = [
    "rolefit",
    "rolefit_keep",
    "rolefit_keep_kiosk",
    "rolefit_check",
];

/// The other scripts a release build minifies.
pub const SCRIPTS: [&str; 7] = [
    "embed.js",
    "api.js",
    "frame.js",
    "rolefit-frame.js",
    "keep.js",
    "kiosk.js",
    "tallies.js",
];

/// After Trunk's build, in its staging folder: the content's language editions and the keep
/// module; in a release build every module optimised and every script minified.
pub fn post_build() -> Result {
    let dir = PathBuf::from(
        env::var_os("TRUNK_STAGING_DIR")
            .ok_or("TRUNK_STAGING_DIR is not set (Trunk sets it for its hooks)")?,
    );
    prepare(&dir)?;
    // Last, so that it lists every file as it will be served.
    service_worker::write(&dir)
}

pub fn prepare(dir: &Path) -> Result {
    editions::write(&root(), dir)?;
    early::write(&root(), dir)?;
    let release = env::var("TRUNK_PROFILE").as_deref() == Ok("release");
    build_modules(dir, release)?;
    if !release {
        return Ok(());
    }
    for name in MODULES {
        optimise(&dir.join(format!("{name}_bg.wasm")))?;
        minify_glue(dir, name)?;
    }
    for name in SCRIPTS {
        minify(&dir.join(name), "", &[])?;
    }
    // The frame page's stylesheet is copied as written (Trunk minifies only its own page's).
    let mut css = cmd(
        &node_bin().join("esbuild").to_string_lossy(),
        &[
            "frame.css",
            "--minify",
            "--outfile=frame.css",
            "--allow-overwrite",
            "--log-level=warning",
        ],
    );
    css.current_dir(dir);
    run(css)
}

/// The keep module (`keep/`), which the widget loads only when a result shows, in two builds:
/// `rolefit_keep` for candidates at home, and `rolefit_keep_kiosk` with the QR encoder; and the
/// bank check (`check/`, `rolefit_check`), which `npx rolefit-check` runs in Node. Each is
/// built for wasm32 and bound with wasm-bindgen, as Trunk does the widget; Trunk builds one
/// module per page, and two builds of one crate with different features would race in its
/// target folder.
pub fn build_modules(dir: &Path, release: bool) -> Result {
    for (package, name, features) in [
        (
            "rolefit-keep",
            "rolefit_keep",
            &["--no-default-features"][..],
        ),
        ("rolefit-keep", "rolefit_keep_kiosk", &[][..]),
        ("rolefit-check", "rolefit_check", &[][..]),
    ] {
        let mut build = vec![
            "build",
            "-p",
            package,
            "--lib",
            "--target",
            "wasm32-unknown-unknown",
        ];
        build.extend(features);
        if release {
            build.push("--release");
        }
        // Trunk's own settings for the widget's build are not this build's.
        let mut cargo = cmd("cargo", &build);
        cargo.env_remove("CARGO_TARGET_DIR");
        run(cargo)?;
        let profile = if release { "release" } else { "debug" };
        let wasm = root()
            .join("target/wasm32-unknown-unknown")
            .join(profile)
            .join(format!("{}.wasm", package.replace('-', "_")));
        let (wasm, out) = (wasm.to_string_lossy(), dir.to_string_lossy());
        run(cmd(
            "wasm-bindgen",
            &[
                "--target",
                "web",
                "--no-typescript",
                "--out-name",
                name,
                "--out-dir",
                &out,
                &wasm,
            ],
        ))?;
    }
    Ok(())
}

pub fn optimise(module: &Path) -> Result {
    let module = module.to_string_lossy();
    let mut args = WASM_OPT.to_vec();
    args.extend(["-o", &module, &module]);
    run(cmd("wasm-opt", &args))
}

/// Minifies a script in place with terser (Trunk's own minifier cannot parse wasm-bindgen's
/// output), with its compress options (empty for the defaults) and more options if given.
pub fn minify(script: &Path, compress: &str, options: &[&str]) -> Result {
    let terser = node_bin().join("terser");
    if !terser.exists() {
        return Err(
            "a release build needs terser and wasm-opt from e2e/node_modules \
                    (cargo xtask dist installs them)"
                .into(),
        );
    }
    let script = script.to_string_lossy();
    let mut minify = Command::new(&terser);
    minify
        .args(["--module", "--mangle", "--compress"])
        .args((!compress.is_empty()).then_some(compress))
        .args(options)
        .args(["--output", &script, "--", &script]);
    run(minify)
}

/// Minifies a module's glue, renaming the wasm's imports to short names in both (see
/// imports.rs): terser renames them in the glue and says how in its name cache, and the
/// wasm's import section is rewritten to match.
pub fn minify_glue(dir: &Path, name: &str) -> Result {
    let wasm_path = dir.join(format!("{name}_bg.wasm"));
    let wasm = fs::read(&wasm_path).map_err(|e| format!("{}: {e}", wasm_path.display()))?;
    let module = format!("./{name}_bg.js");
    let imports = imports::glue_imports(&wasm, &module).map_err(|e| format!("{name}: {e}"))?;
    let cache = root().join(format!("target/{name}.names.json"));
    if cache.exists() {
        fs::remove_file(&cache).map_err(|e| format!("{}: {e}", cache.display()))?;
    }
    let cache_arg = cache.to_string_lossy();
    let mangle = imports::mangle_option(&imports);
    minify(
        &dir.join(format!("{name}.js")),
        // The import functions as arrows (none is a constructor or reads `this`): −0.04 KB.
        "passes=3,unsafe_arrows=true",
        &[
            "--ecma",
            "2020",
            "--mangle-props",
            &mangle,
            "--name-cache",
            &cache_arg,
        ],
    )?;
    let names = fs::read_to_string(&cache).map_err(|e| format!("{}: {e}", cache.display()))?;
    let renamed = imports::renamed_in_cache(&names)?;
    let wasm = imports::rename(&wasm, &module, &renamed).map_err(|e| format!("{name}: {e}"))?;
    eprintln!(
        "{name}: {} of {} imports renamed",
        renamed.len(),
        imports.len()
    );
    fs::write(&wasm_path, wasm).map_err(|e| format!("{}: {e}", wasm_path.display()))?;
    let glue_path = dir.join(format!("{name}.js"));
    let glue =
        fs::read_to_string(&glue_path).map_err(|e| format!("{}: {e}", glue_path.display()))?;
    fs::write(&glue_path, glue::unnamed_default(&glue, name)?)
        .map_err(|e| format!("{}: {e}", glue_path.display()))
}

pub fn dist() -> Result {
    run(cmd("trunk", &["build", "--release", "--offline"]))?;
    single::write(&root().join("dist"))
}

pub fn serve() -> Result {
    setup()?;
    run(cmd("trunk", &["serve", "--release", "--offline"]))
}
