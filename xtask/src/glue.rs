//! A module's glue names its wasm for the case it is started with no address:
//! `new URL("<name>_bg.wasm", import.meta.url)`. A bundler reads that form as a file to copy,
//! and an app that bundles `embed.js` would get every wasm it reaches twice (the copy it
//! serves from `base`, and one in its assets that is never fetched). RoleFit always starts a
//! module with its address (`embed.js`, `keep.js`), so the default is written in a form that
//! means the same to a browser and nothing to a bundler.

/// The glue's default address of its wasm, rewritten: it must be there exactly once.
pub fn unnamed_default(glue: &str, name: &str) -> Result<String, String> {
    let named = format!("new URL(\"{name}_bg.wasm\",import.meta.url)");
    match glue.matches(&named).count() {
        1 => Ok(glue.replace(
            &named,
            &format!("new URL(\"{name}_bg.wasm\",\"\"+import.meta.url)"),
        )),
        n => Err(format!(
            "{name}.js: expected the wasm's default address once, found {n} times: {named}"
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::unnamed_default;

    #[test]
    fn the_default_is_rewritten_once() {
        let glue = "void 0===e&&(e=new URL(\"m_bg.wasm\",import.meta.url));";
        assert_eq!(
            unnamed_default(glue, "m").unwrap(),
            "void 0===e&&(e=new URL(\"m_bg.wasm\",\"\"+import.meta.url));"
        );
    }

    #[test]
    fn glue_of_another_shape_is_refused() {
        assert!(unnamed_default("new URL('m_bg.wasm', import.meta.url)", "m").is_err());
        let twice = "new URL(\"m_bg.wasm\",import.meta.url)".repeat(2);
        assert!(unnamed_default(&twice, "m").is_err());
    }
}
