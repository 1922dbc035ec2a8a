//! The widget's stylesheets are served as written (so they can carry an integrity hash), and
//! every selector in them names the widget's root raised by two ids, which is what keeps a
//! host theme's rules from outranking the widget's. The test below holds every file to that.

#[cfg(test)]
mod tests {
    use std::fs;

    const ROOT: &str = r".rolefit:not(#\#):not(#\#)";
    /// The node the widget renders into, between the host's placeholder and the root: raised
    /// the same way, so the host's rules for its elements lose (alone, or as the child of a
    /// placeholder in a mode, such as a kiosk's).
    const RENDER_NODE: &str = r"[data-rolefit-root]:not(#\#):not(#\#)";

    /// Every selector of a style rule in `css` (comments removed; inside @keyframes only the
    /// frames, which are not selectors).
    fn selectors(css: &str) -> Vec<String> {
        let mut text = String::new();
        let mut rest = css;
        while let Some((before, after)) = rest.split_once("/*") {
            text.push_str(before);
            rest = after.split_once("*/").map_or("", |(_, after)| after);
        }
        text.push_str(rest);
        let mut found = Vec::new();
        let mut keyframes_depth = None;
        let mut depth = 0;
        let mut prelude = String::new();
        for c in text.chars() {
            match c {
                '{' => {
                    let head = prelude.trim().to_string();
                    prelude.clear();
                    depth += 1;
                    if head.starts_with("@keyframes") {
                        keyframes_depth = Some(depth);
                    } else if head.starts_with('@') || keyframes_depth.is_some() {
                        continue;
                    } else {
                        found.extend(split_list(&head));
                    }
                }
                '}' => {
                    if keyframes_depth == Some(depth) {
                        keyframes_depth = None;
                    }
                    // A stray brace would make Trunk skip minifying the file, silently.
                    assert!(depth > 0, "a closing brace without its opening one");
                    depth -= 1;
                    prelude.clear();
                }
                ';' => prelude.clear(),
                _ => prelude.push(c),
            }
        }
        assert_eq!(depth, 0, "a block left open");
        found
    }

    /// A selector list split at its top-level commas (not those inside `:not(a, b)`).
    fn split_list(list: &str) -> Vec<String> {
        let (mut parts, mut part, mut parens) = (Vec::new(), String::new(), 0);
        for c in list.chars() {
            match c {
                '(' => parens += 1,
                ')' => parens -= 1,
                ',' if parens == 0 => {
                    parts.push(part.trim().to_string());
                    part.clear();
                    continue;
                }
                _ => {}
            }
            part.push(c);
        }
        parts.push(part.trim().to_string());
        parts
    }

    #[test]
    fn selectors_are_read_from_rules_and_not_from_at_rules_or_frames() {
        let css = "/* .x { } */ .a, .b > c :not(d, e) { x: y } @media (w) { .c { z: 1 } } @keyframes k { from { o: 0 } }";
        assert_eq!(selectors(css), [".a", ".b > c :not(d, e)", ".c"]);
    }

    #[test]
    fn every_widget_rule_names_the_raised_root() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../styles");
        for name in ["rolefit.css", "keep.css", "kiosk.css"] {
            let css = fs::read_to_string(root.join(name)).unwrap();
            let all = selectors(&css);
            assert!(all.len() > 20, "{name}: {} selectors read", all.len());
            let bare: Vec<_> = all
                .iter()
                .filter(|s| !s.contains(ROOT) && !s.ends_with(RENDER_NODE))
                .collect();
            assert!(
                bare.is_empty(),
                "{name}: selectors without {ROOT}: {bare:?}"
            );
        }
    }
}
