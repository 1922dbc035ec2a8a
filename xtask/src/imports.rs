//! Shorter import names for the release build. wasm-bindgen names each function the wasm
//! imports from its JS glue `__wbg_<name>_<16 hex digits>`; the hex digits cannot be
//! compressed, and every name is written twice, in the wasm's import section and in the
//! glue. Renaming them all to `a`, `b`, … in both files saves about 3.5 KB gzip of the
//! first load. Anything unexpected in either file stops the build rather than risk a widget
//! whose imports do not match.

/// The module name wasm-bindgen gives the glue in the wasm's imports.
const GLUE_MODULE: &[u8] = b"./rolefit_bg.js";

fn read_leb(bytes: &[u8], at: &mut usize) -> Result<u64, String> {
    let mut value = 0u64;
    for shift in (0..64).step_by(7) {
        let byte = *bytes.get(*at).ok_or("wasm: truncated number")?;
        *at += 1;
        value |= u64::from(byte & 0x7f) << shift;
        if byte & 0x80 == 0 {
            return Ok(value);
        }
    }
    Err("wasm: number too long".into())
}

fn write_leb(out: &mut Vec<u8>, mut value: u64) {
    loop {
        let byte = (value & 0x7f) as u8;
        value >>= 7;
        if value == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

fn read_name<'b>(bytes: &'b [u8], at: &mut usize) -> Result<&'b [u8], String> {
    let len = read_leb(bytes, at)? as usize;
    let name = bytes.get(*at..*at + len).ok_or("wasm: truncated name")?;
    *at += len;
    Ok(name)
}

fn write_name(out: &mut Vec<u8>, name: &[u8]) {
    write_leb(out, name.len() as u64);
    out.extend_from_slice(name);
}

/// Skips an import's description (function, table, memory, global or tag).
fn skip_import_desc(bytes: &[u8], at: &mut usize) -> Result<(), String> {
    let kind = *bytes.get(*at).ok_or("wasm: truncated import")?;
    *at += 1;
    let limits = |at: &mut usize| -> Result<(), String> {
        let flags = *bytes.get(*at).ok_or("wasm: truncated limits")?;
        *at += 1;
        read_leb(bytes, at)?;
        if flags & 1 != 0 {
            read_leb(bytes, at)?;
        }
        Ok(())
    };
    match kind {
        0 => read_leb(bytes, at).map(drop),
        1 => {
            *at += 1;
            limits(at)
        }
        2 => limits(at),
        3 => {
            *at += 2;
            Ok(())
        }
        4 => {
            *at += 1;
            read_leb(bytes, at).map(drop)
        }
        other => Err(format!("wasm: unknown import kind {other}")),
    }
}

/// `a`, `b`, … `Z`, `aa`, `ab`, …: the n-th short name.
fn short_name(mut n: usize) -> String {
    const LETTERS: &[u8] = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    let mut name = Vec::new();
    loop {
        name.push(LETTERS[n % LETTERS.len()]);
        n /= LETTERS.len();
        if n == 0 {
            break;
        }
        n -= 1;
    }
    name.reverse();
    String::from_utf8(name).unwrap()
}

/// Renames every import of the glue module in `wasm`, and the same name in `js`, where it
/// must appear exactly once (as the key of the glue's import object). Returns how many.
pub fn shorten(wasm: &[u8], js: &str) -> Result<(Vec<u8>, String), String> {
    if wasm.get(..8) != Some(b"\0asm\x01\0\0\0") {
        return Err("not a wasm module".into());
    }
    let mut out = wasm[..8].to_vec();
    let mut js = js.to_string();
    let mut at = 8;
    let mut renamed = 0;
    while at < wasm.len() {
        let id = wasm[at];
        at += 1;
        let size = read_leb(wasm, &mut at)? as usize;
        let body = wasm.get(at..at + size).ok_or("wasm: truncated section")?;
        at += size;
        if id != 2 {
            out.push(id);
            write_leb(&mut out, size as u64);
            out.extend_from_slice(body);
            continue;
        }
        let mut pos = 0;
        let count = read_leb(body, &mut pos)?;
        let mut section = Vec::new();
        write_leb(&mut section, count);
        for _ in 0..count {
            let module = read_name(body, &mut pos)?;
            let field = read_name(body, &mut pos)?;
            let desc_start = pos;
            skip_import_desc(body, &mut pos)?;
            let field = std::str::from_utf8(field).map_err(|e| e.to_string())?;
            let new = if module == GLUE_MODULE {
                if js.matches(field).count() != 1 {
                    return Err(format!("the JS glue names {field} other than once"));
                }
                let short = short_name(renamed);
                renamed += 1;
                js = js.replacen(field, &short, 1);
                short
            } else {
                field.to_string()
            };
            write_name(&mut section, module);
            write_name(&mut section, new.as_bytes());
            section.extend_from_slice(&body[desc_start..pos]);
        }
        out.push(id);
        write_leb(&mut out, section.len() as u64);
        out.extend_from_slice(&section);
    }
    if renamed == 0 {
        return Err("no import of the JS glue found in the wasm".into());
    }
    Ok((out, js))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_names_are_distinct_and_short() {
        let names: Vec<String> = (0..200).map(short_name).collect();
        let mut unique = names.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), 200);
        assert_eq!(names[0], "a");
        assert_eq!(names[52], "aa");
        assert!(names.iter().all(|n| n.len() <= 2));
    }

    #[test]
    fn imports_are_renamed_in_both_files_and_the_rest_kept() {
        // (module "./rolefit_bg.js" "__wbg_f_0123456789abcdef" (func 0)) and a memory import
        // from another module, then a custom section.
        let mut wasm = b"\0asm\x01\0\0\0".to_vec();
        let mut imports = vec![2];
        write_name(&mut imports, GLUE_MODULE);
        write_name(&mut imports, b"__wbg_f_0123456789abcdef");
        imports.extend_from_slice(&[0, 0]);
        write_name(&mut imports, b"env");
        write_name(&mut imports, b"memory");
        imports.extend_from_slice(&[2, 1, 1, 2]);
        wasm.push(2);
        write_leb(&mut wasm, imports.len() as u64);
        wasm.extend_from_slice(&imports);
        wasm.extend_from_slice(&[0, 3, 1, b'x', 7]);
        let js = "const i={__wbg_f_0123456789abcdef:function(){}};";
        let (wasm, js) = shorten(&wasm, js).unwrap();
        assert_eq!(js, "const i={a:function(){}};");
        let text = String::from_utf8_lossy(&wasm);
        assert!(text.contains("./rolefit_bg.js") && text.contains("memory"));
        assert!(!text.contains("__wbg_f"));
        assert!(wasm.ends_with(&[0, 3, 1, b'x', 7]));
    }

    #[test]
    fn a_name_missing_from_the_glue_stops_the_build() {
        let mut wasm = b"\0asm\x01\0\0\0".to_vec();
        let mut imports = vec![1];
        write_name(&mut imports, GLUE_MODULE);
        write_name(&mut imports, b"__wbg_g_0123456789abcdef");
        imports.extend_from_slice(&[0, 0]);
        wasm.push(2);
        write_leb(&mut wasm, imports.len() as u64);
        wasm.extend_from_slice(&imports);
        assert!(shorten(&wasm, "const i={};").is_err());
    }
}
