//! The tallies as rows, for the staff bar's table and the CSV export: one row per count,
//! always the same rows in the same order (the roles' once someone has finished, labelled
//! with their names from the content).

use super::stored::bucket_id;
use super::texts::StaffTexts;
use super::{RoleNames, Tallies, FINISH_BOUNDS, FINISH_BUCKETS, LEANS, LENGTHS};
use crate::locale::Locale;

/// What a row counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Group {
    Candidates,
    Role,
    Lean,
    Language,
    Length,
    FinishTime,
    Hour,
}

impl Group {
    pub const ALL: [Group; 7] = [
        Group::Candidates,
        Group::Role,
        Group::Lean,
        Group::Language,
        Group::Length,
        Group::FinishTime,
        Group::Hour,
    ];

    /// The group's name in the CSV.
    pub fn id(self) -> &'static str {
        match self {
            Group::Candidates => "candidates",
            Group::Role => "role",
            Group::Lean => "lean",
            Group::Language => "language",
            Group::Length => "length",
            Group::FinishTime => "finish_seconds",
            Group::Hour => "hour",
        }
    }

    pub fn heading(self, t: &StaffTexts) -> &'static str {
        match self {
            Group::Candidates => t.candidates,
            Group::Role => t.roles,
            Group::Lean => t.leans,
            Group::Language => t.languages,
            Group::Length => t.lengths,
            Group::FinishTime => t.finish_times,
            Group::Hour => t.hours,
        }
    }
}

/// One count: its group, its name (as stored), its label in the staff bar's language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    pub group: Group,
    pub item: String,
    pub label: String,
    pub count: u32,
}

/// Seconds as `m:ss`.
pub fn minutes(seconds: u32) -> String {
    format!("{}:{:02}", seconds / 60, seconds % 60)
}

impl Tallies {
    /// Every count, in the staff bar's language, the roles labelled with `names`.
    pub fn rows(&self, t: &StaffTexts, names: &RoleNames) -> Vec<Row> {
        let mut rows = Vec::new();
        let mut push = |group, item: &str, label: String, count| {
            rows.push(Row {
                group,
                item: item.to_string(),
                label,
                count,
            })
        };
        push(Group::Candidates, "started", t.started.into(), self.started);
        push(
            Group::Candidates,
            "finished",
            t.finished.into(),
            self.finished,
        );
        let away = t.walked_away.into();
        push(Group::Candidates, "walked_away", away, self.walked_away);
        for role in &self.roles {
            let name = names.get(&role.id).to_string();
            push(Group::Role, role.id.as_str(), name, role.count);
        }
        for (lean, name) in LEANS.into_iter().zip(t.lean_names) {
            push(Group::Lean, lean.id(), name.into(), self.lean(lean));
        }
        for locale in Locale::ALL {
            let name = locale.native_name().into();
            push(Group::Language, locale.tag(), name, self.language(locale));
        }
        for (length, name) in LENGTHS.into_iter().zip(t.length_names) {
            push(Group::Length, length.id(), name.into(), self.length(length));
        }
        for bucket in 0..FINISH_BUCKETS {
            let label = bucket_label(bucket, t);
            push(
                Group::FinishTime,
                &bucket_id(bucket),
                label,
                self.finish_time(bucket),
            );
        }
        for hour in 0..24 {
            let label = format!("{hour:02}:00–{:02}:00", (hour + 1) % 24);
            push(Group::Hour, &format!("{hour:02}"), label, self.hour(hour));
        }
        rows
    }

    /// The median time to finish, as its bucket's range, in the staff bar's language.
    pub fn median_text(&self, t: &StaffTexts) -> String {
        match self.median_bucket() {
            None => t.nobody_yet.into(),
            Some(bucket) => {
                let from = bucket.checked_sub(1).map_or(0, |b| FINISH_BOUNDS[b]);
                match FINISH_BOUNDS.get(bucket) {
                    Some(&to) => (t.between)(&minutes(from), &minutes(to)),
                    None => (t.and_more)(&minutes(from)),
                }
            }
        }
    }

    /// The counts as CSV (RFC 4180: CRLF line ends, fields quoted where needed): a header
    /// row, then one row per count, labelled in the staff bar's language.
    pub fn csv(&self, t: &StaffTexts, names: &RoleNames) -> String {
        let mut out = String::from("group,item,label,count\r\n");
        for row in self.rows(t, names) {
            for field in [row.group.id(), &row.item, &row.label] {
                out.push_str(&csv_field(field));
                out.push(',');
            }
            out.push_str(&row.count.to_string());
            out.push_str("\r\n");
        }
        out
    }
}

/// A time-to-finish bucket as its range, `m:ss–m:ss` (the last one "15:00 or more").
pub fn bucket_label(bucket: usize, t: &StaffTexts) -> String {
    let from = bucket.checked_sub(1).map_or(0, |b| FINISH_BOUNDS[b]);
    match FINISH_BOUNDS.get(bucket) {
        Some(&to) => format!("{}–{}", minutes(from), minutes(to)),
        None => (t.and_more)(&minutes(from)),
    }
}

/// One CSV field: quoted, with its quotes doubled, when it holds a comma, a quote or a line
/// break.
pub fn csv_field(text: &str) -> String {
    if text.contains([',', '"', '\r', '\n']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}
