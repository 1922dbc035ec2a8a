//! Shorter import names for the release build. wasm-bindgen names each function a module
//! imports from its JS glue `__wbg_<name>_<16 hex digits>`; the hex digits cannot be
//! compressed, and every name is written twice, in the wasm's import section and as a key of
//! the glue's import object. terser's property mangling renames the keys in the glue (told
//! exactly which names, by `glue_imports`) and lists the names it chose in its name cache;
//! `rename` gives the wasm's imports the same names, with wasmparser and wasm-encoder. Every
//! other section of the wasm is copied as it is.

use std::collections::HashMap;

use serde_json::Value;
use wasm_encoder::reencode::{Reencode, RoundtripReencoder};
use wasm_encoder::{ImportSection, Module, RawSection};
use wasmparser::{Parser, Payload};

fn wasm_error(e: impl std::fmt::Display) -> String {
    format!("wasm: {e}")
}

/// The names of every function `wasm` imports from its glue `module` (`./<name>_bg.js`).
/// Refused if one of them is also the name of an export: the glue reads exports as
/// properties too, and renaming the import's key would rename the export's lookup.
pub fn glue_imports(wasm: &[u8], module: &str) -> Result<Vec<String>, String> {
    let mut imports = Vec::new();
    let mut exports = Vec::new();
    for payload in Parser::new(0).parse_all(wasm) {
        match payload.map_err(wasm_error)? {
            Payload::ImportSection(reader) => {
                for import in reader.into_imports() {
                    let import = import.map_err(wasm_error)?;
                    if import.module == module {
                        imports.push(import.name.to_string());
                    }
                }
            }
            Payload::ExportSection(reader) => {
                for export in reader {
                    exports.push(export.map_err(wasm_error)?.name.to_string());
                }
            }
            _ => {}
        }
    }
    if let Some(both) = imports.iter().find(|name| exports.contains(name)) {
        return Err(format!("{both} is both an import and an export"));
    }
    if imports.is_empty() {
        return Err(format!("the wasm imports nothing from {module}"));
    }
    Ok(imports)
}

/// terser's property mangling option for exactly these names.
pub fn mangle_option(names: &[String]) -> String {
    format!("regex=/^(?:{})$/", names.join("|"))
}

/// The renamed properties in a terser name cache (`{"props":{"props":{"$old":"new"}}}`).
pub fn renamed_in_cache(cache: &str) -> Result<HashMap<String, String>, String> {
    let cache: Value =
        serde_json::from_str(cache).map_err(|e| format!("terser's name cache: {e}"))?;
    let props = cache
        .pointer("/props/props")
        .and_then(Value::as_object)
        .ok_or("terser's name cache has no props.props")?;
    props
        .iter()
        .map(|(old, new)| {
            let old = old.strip_prefix('$').unwrap_or(old);
            let new = new
                .as_str()
                .ok_or(format!("{old}: not renamed to a string"))?;
            Ok((old.to_string(), new.to_string()))
        })
        .collect()
}

/// `wasm` with each import from the glue `module` that `renamed` names renamed. Every name
/// given must be an import of the module: a name the glue lost but the wasm kept would only
/// show when the browser refuses to instantiate it.
pub fn rename(
    wasm: &[u8],
    module: &str,
    renamed: &HashMap<String, String>,
) -> Result<Vec<u8>, String> {
    let mut out = Module::new();
    let mut done = 0;
    for payload in Parser::new(0).parse_all(wasm) {
        let payload = payload.map_err(wasm_error)?;
        if let Payload::ImportSection(reader) = &payload {
            let mut section = ImportSection::new();
            for import in reader.clone().into_imports() {
                let import = import.map_err(wasm_error)?;
                let ty = RoundtripReencoder
                    .entity_type(import.ty)
                    .map_err(wasm_error)?;
                let name = match renamed.get(import.name) {
                    Some(new) if import.module == module => {
                        done += 1;
                        new.as_str()
                    }
                    _ => import.name,
                };
                section.import(import.module, name, ty);
            }
            out.section(&section);
        } else if let Some((id, range)) = payload.as_section() {
            let data = &wasm[range.start as usize..range.end as usize];
            out.section(&RawSection { id, data });
        }
    }
    if done != renamed.len() {
        return Err(format!(
            "{} of the glue's renamed names are not imports of {module}",
            renamed.len() - done
        ));
    }
    Ok(out.finish())
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasm_encoder::{
        CustomSection, EntityType, ExportKind, ExportSection, MemoryType, TypeSection,
    };

    /// A module importing two functions from the glue and a memory from elsewhere, exporting
    /// `__wbindgen_malloc`, with a custom section after.
    fn module(import: &str) -> Vec<u8> {
        let mut types = TypeSection::new();
        types.ty().function([], []);
        let mut imports = ImportSection::new();
        imports.import("./w_bg.js", import, EntityType::Function(0));
        imports.import(
            "./w_bg.js",
            "__wbg_g_fedcba9876543210",
            EntityType::Function(0),
        );
        let memory = MemoryType {
            minimum: 1,
            maximum: None,
            memory64: false,
            shared: false,
            page_size_log2: None,
        };
        imports.import("env", "memory", memory);
        let mut exports = ExportSection::new();
        exports.export("__wbindgen_malloc", ExportKind::Func, 0);
        let mut module = Module::new();
        module.section(&types).section(&imports).section(&exports);
        module.section(&CustomSection {
            name: "x".into(),
            data: [7][..].into(),
        });
        module.finish()
    }

    #[test]
    fn the_glues_imports_are_listed_and_an_export_of_the_same_name_refused() {
        let names = glue_imports(&module("__wbg_f_0123456789abcdef"), "./w_bg.js").unwrap();
        assert_eq!(
            names,
            ["__wbg_f_0123456789abcdef", "__wbg_g_fedcba9876543210"]
        );
        assert_eq!(
            mangle_option(&names),
            "regex=/^(?:__wbg_f_0123456789abcdef|__wbg_g_fedcba9876543210)$/"
        );
        assert!(glue_imports(&module("__wbindgen_malloc"), "./w_bg.js").is_err());
        assert!(glue_imports(&module("__wbg_f_0123456789abcdef"), "./other.js").is_err());
    }

    #[test]
    fn imports_are_renamed_as_the_name_cache_says_and_the_rest_kept() {
        let cache = r#"{"vars":{"props":{}},"props":{"props":{"$__wbg_f_0123456789abcdef":"a","$__wbg_g_fedcba9876543210":"_"}}}"#;
        let renamed = renamed_in_cache(cache).unwrap();
        let wasm = rename(&module("__wbg_f_0123456789abcdef"), "./w_bg.js", &renamed).unwrap();
        wasmparser::validate(&wasm).unwrap();
        let mut imports = Vec::new();
        for payload in Parser::new(0).parse_all(&wasm) {
            if let Payload::ImportSection(reader) = payload.unwrap() {
                for import in reader.into_imports() {
                    let import = import.unwrap();
                    imports.push(format!("{} {}", import.module, import.name));
                }
            }
        }
        assert_eq!(imports, ["./w_bg.js a", "./w_bg.js _", "env memory"]);
        let text = String::from_utf8_lossy(&wasm);
        assert!(text.contains("__wbindgen_malloc"), "exports kept");
        assert!(wasm.ends_with(&[0, 3, 1, b'x', 7]), "custom section kept");
    }

    #[test]
    fn a_renamed_name_the_wasm_does_not_import_stops_the_build() {
        let renamed = HashMap::from([("__wbg_h_0000000000000000".to_string(), "a".to_string())]);
        assert!(rename(&module("__wbg_f_0123456789abcdef"), "./w_bg.js", &renamed).is_err());
        assert!(renamed_in_cache("{}").is_err());
    }
}
