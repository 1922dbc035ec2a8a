//! The settings tables of docs/embedding.md, docs/cdn-npm.md and docs/wordpress.md.

use std::collections::BTreeSet;

use rolefit_core::settings::{Setting, Values, SETTINGS};

use super::{declared, group, same, sources, NOT_SETTINGS};

/// A docs table: the names in one column (those `pick` keeps), each setting's words in its
/// values column, its default in its default column (if the table has one).
struct Table<'a> {
    doc: &'a str,
    rows: Vec<Vec<String>>,
    names: usize,
    values: usize,
    default: Option<usize>,
}

impl Table<'_> {
    fn check(
        &self,
        pick: fn(&str) -> Option<String>,
        name: fn(&Setting) -> &str,
        takes: fn(&Setting) -> bool,
    ) -> Vec<String> {
        let (doc, mut out, mut found) = (self.doc, Vec::new(), BTreeSet::new());
        for row in &self.rows {
            let cell = |i: usize| row.get(i).map_or("", String::as_str);
            for listed in sources::spans(cell(self.names))
                .iter()
                .filter_map(|s| pick(s))
            {
                let listed = group(&listed);
                found.insert(listed.clone());
                let Some(setting) = SETTINGS.iter().find(|s| name(s) == listed) else {
                    continue;
                };
                let spans: BTreeSet<String> =
                    sources::spans(cell(self.values)).into_iter().collect();
                for word in setting
                    .words()
                    .into_iter()
                    .filter(|_| setting.values != Values::Flag)
                {
                    if !spans.contains(word) {
                        out.push(format!("{doc}: {listed} does not list {word}"));
                    }
                }
                let Some(column) = self.default else { continue };
                for default in [Some(setting.default), setting.kiosk_default]
                    .into_iter()
                    .flatten()
                {
                    if !default.is_empty() && !cell(column).contains(default) {
                        out.push(format!("{doc}: {listed}'s default is not {default}"));
                    }
                }
            }
        }
        same(doc, found, declared(takes, name), &mut out);
        out
    }
}

/// The settings tables of docs/embedding.md, docs/cdn-npm.md and docs/wordpress.md.
pub fn check_docs(embedding: &str, cdn: &str, wordpress: &str) -> Vec<String> {
    let rows = sources::table(embedding, "| inline | frame | values | default |");
    let table = |doc, names| Table {
        doc,
        rows: rows.clone(),
        names,
        values: 2,
        default: Some(3),
    };
    let mut out = table("embedding.md (inline)", 0).check(
        |s| s.strip_prefix("data-").map(String::from),
        |s| s.attribute,
        |s| s.takes.inline,
    );
    // The frame's column also names the `<iframe>`'s own data-include-answers.
    out.extend(table("embedding.md (frame)", 1).check(
        |s| (!s.starts_with("data-") && !s.starts_with('<')).then(|| s.to_owned()),
        |s| s.attribute,
        |s| s.takes.frame,
    ));
    let rows = sources::table(cdn, "| option | values |");
    let api = Table {
        doc: "cdn-npm.md",
        rows,
        names: 0,
        values: 1,
        default: None,
    };
    // The API's options that are not settings are listed too.
    let others = |s: &str| (!NOT_SETTINGS.contains(&s)).then(|| s.to_owned());
    out.extend(api.check(others, |s| s.option, |s| s.takes.api));
    let listed = api
        .rows
        .iter()
        .flat_map(|r| sources::spans(&r[0]))
        .filter(|s| NOT_SETTINGS.contains(&s.as_str()));
    same(
        "cdn-npm.md's other options",
        listed.collect(),
        NOT_SETTINGS.map(String::from).into(),
        &mut out,
    );
    let rows = sources::table(wordpress, "| setting | values | default |");
    let shortcode = Table {
        doc: "wordpress.md",
        rows,
        names: 0,
        values: 1,
        default: Some(2),
    };
    out.extend(shortcode.check(
        |s| Some(s.to_owned()),
        |s| s.attribute,
        |s| s.takes.shortcode,
    ));
    out
}
