//! The tallies as stored on the kiosk (one localStorage entry, [`STORAGE_KEY`]): JSON with a
//! fixed set of fields, each a count or a fixed set of counts, zeros included, so the text
//! has the same shape after one candidate as after a thousand.

use super::{RoleCount, Tallies, FINISH_BOUNDS, FINISH_BUCKETS, LEANS, LENGTHS, MAX_ROLES_COUNTED};
use crate::events::{text, MessageError};
use crate::ids::RoleId;
use crate::json::{Json, JsonError};
use crate::json_out::JsonOut;
use crate::lean::Lean;
use crate::length::Length;
use crate::locale::Locale;
use crate::parse::is_valid_id;

/// The one localStorage key the kiosk page stores under.
pub const STORAGE_KEY: &str = "rolefit-kiosk-tallies";

/// The stored form's version, written as `format`.
const FORMAT: u32 = 1;

/// At most this much of an unreadable earlier text is carried along (see [`Stored`]).
pub const UNREADABLE_MAX: usize = 100_000;

/// At most this much of a stored value is repeated in a reason told to staff.
pub const SHOWN_MAX: usize = 40;

/// A stored value as told back to staff: its first [`SHOWN_MAX`] characters, then `…`.
fn shown(text: &str) -> String {
    let mut cut: String = text.chars().take(SHOWN_MAX).collect();
    if cut.len() < text.len() {
        cut.push('…');
    }
    cut
}

/// What is stored: the tallies, and the text of earlier tallies that could not be read, kept
/// as it was until staff reset the counts, so that nothing is thrown away unseen.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Stored {
    pub tallies: Tallies,
    pub unreadable: Option<String>,
}

/// Why stored tallies could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TallyError {
    /// Not JSON at all.
    Syntax(JsonError),
    /// Written by another version of RoleFit: its `format`.
    Format(String),
    /// A field that is missing or is not what it should be.
    Field(&'static str),
    /// A field RoleFit never writes.
    Unknown(String),
}

impl From<MessageError> for TallyError {
    fn from(error: MessageError) -> TallyError {
        match error {
            MessageError::Syntax(e) => TallyError::Syntax(e),
            MessageError::Field(f) => TallyError::Field(f),
        }
    }
}

/// The time-to-finish buckets' names in the stored form and the CSV: `0-30`, `30-60`, …,
/// `900-` (seconds).
pub fn bucket_id(bucket: usize) -> String {
    let from = bucket.checked_sub(1).map_or(0, |b| FINISH_BOUNDS[b]);
    match FINISH_BOUNDS.get(bucket) {
        Some(to) => format!("{from}-{to}"),
        None => format!("{from}-"),
    }
}

impl Stored {
    /// The stored text. Every field is always written, in the same order.
    pub fn encode(&self) -> String {
        let t = &self.tallies;
        let mut out = JsonOut::object();
        out.key("format");
        out.number(FORMAT);
        for (key, n) in [
            ("started", t.started),
            ("finished", t.finished),
            ("walked_away", t.walked_away),
        ] {
            out.key(key);
            out.number(n);
        }
        // The content's roles by id, once someone has finished.
        out.key("roles");
        out.0.push('{');
        for role in &t.roles {
            out.key(role.id.as_str());
            out.number(role.count);
        }
        out.0.push('}');
        let counts: [&[u32]; 4] = [&t.leans, &t.languages, &t.lengths, &t.finish_times];
        let groups = count_groups().into_iter().zip(counts);
        for ((key, names), counts) in groups {
            out.key(key);
            out.0.push('{');
            for (name, &n) in names.iter().zip(counts) {
                out.key(name);
                out.number(n);
            }
            out.0.push('}');
        }
        out.key("hours");
        out.list(&t.hours, |out, &n| out.number(n));
        if let Some(unreadable) = &self.unreadable {
            out.text_field("unreadable", unreadable);
        }
        out.close()
    }

    /// Reads the stored text: every field must be there, with nothing else, and every count
    /// a whole number.
    pub fn decode(stored: &str) -> Result<Stored, TallyError> {
        let json = Json::parse(stored).map_err(TallyError::Syntax)?;
        let entries = json.as_object().ok_or(TallyError::Field("format"))?;
        match json.get("format").and_then(Json::as_f64) {
            Some(n) if n == f64::from(FORMAT) => {}
            Some(_) | None => {
                let given = json.get("format").map_or(String::new(), |f| match f {
                    Json::Number(_, text) => text.clone(),
                    Json::String(s) => s.clone(),
                    _ => String::new(),
                });
                return Err(TallyError::Format(shown(&given)));
            }
        }
        const KEYS: [&str; 11] = [
            "format",
            "started",
            "finished",
            "walked_away",
            "roles",
            "leans",
            "languages",
            "lengths",
            "finish_seconds",
            "hours",
            "unreadable",
        ];
        if let Some((key, _)) = entries.iter().find(|(k, _)| !KEYS.contains(&k.as_str())) {
            return Err(TallyError::Unknown(shown(key)));
        }
        let mut t = Tallies {
            started: count(json.get("started"), "started")?,
            finished: count(json.get("finished"), "finished")?,
            walked_away: count(json.get("walked_away"), "walked_away")?,
            ..Tallies::default()
        };
        t.roles = role_counts(&json)?;
        let slots: [&mut [u32]; 4] = [
            &mut t.leans,
            &mut t.languages,
            &mut t.lengths,
            &mut t.finish_times,
        ];
        for ((key, names), slot) in count_groups().into_iter().zip(slots) {
            counts(&json, key, &names, slot)?;
        }
        let hours = json
            .get("hours")
            .and_then(Json::as_array)
            .filter(|h| h.len() == 24)
            .ok_or(TallyError::Field("hours"))?;
        for (slot, value) in t.hours.iter_mut().zip(hours) {
            *slot = count(Some(value), "hours")?;
        }
        // An earlier text carried along is cut as when it was set aside, so that a stored
        // value made larger by hand is not written back whole on every count.
        let unreadable = match json.get("unreadable") {
            None => None,
            Some(_) => Some(
                text(&json, "unreadable")?
                    .chars()
                    .take(UNREADABLE_MAX)
                    .collect(),
            ),
        };
        Ok(Stored {
            tallies: t,
            unreadable,
        })
    }

    /// What the kiosk keeps when the stored text cannot be read: fresh tallies, with the
    /// text carried along as it was (cut at 100,000 characters) until staff reset them.
    pub fn set_aside(stored: &str) -> Stored {
        Stored {
            tallies: Tallies::default(),
            unreadable: Some(stored.chars().take(UNREADABLE_MAX).collect()),
        }
    }
}

/// The roles' counts, by id (valid ids only, at most [`MAX_ROLES_COUNTED`]), sorted by id
/// whatever the order written.
fn role_counts(json: &Json) -> Result<Vec<RoleCount>, TallyError> {
    let roles = json
        .get("roles")
        .and_then(Json::as_object)
        .filter(|roles| roles.len() <= MAX_ROLES_COUNTED)
        .ok_or(TallyError::Field("roles"))?;
    let mut counts: Vec<RoleCount> = Vec::new();
    for (id, value) in roles {
        if !is_valid_id(id) {
            return Err(TallyError::Field("roles"));
        }
        let count = count(Some(value), "roles")?;
        let at = counts.partition_point(|r| r.id.as_str() < id.as_str());
        let id = RoleId(id.clone());
        counts.insert(at, RoleCount { id, count });
    }
    Ok(counts)
}

/// The other objects of counts, each with its field and its keys, in the order written.
fn count_groups() -> [(&'static str, Vec<String>); 4] {
    fn ids<T: Copy>(items: &[T], id: fn(T) -> &'static str) -> Vec<String> {
        items.iter().map(|&item| id(item).to_string()).collect()
    }
    [
        ("leans", ids(&LEANS, Lean::id)),
        ("languages", ids(&Locale::ALL, Locale::tag)),
        ("lengths", ids(&LENGTHS, Length::id)),
        (
            "finish_seconds",
            (0..FINISH_BUCKETS).map(bucket_id).collect(),
        ),
    ]
}

fn count(value: Option<&Json>, key: &'static str) -> Result<u32, TallyError> {
    match value.and_then(Json::as_f64) {
        Some(n) if (0.0..=f64::from(u32::MAX)).contains(&n) && n.fract() == 0.0 => Ok(n as u32),
        _ => Err(TallyError::Field(key)),
    }
}

/// Reads an object of counts with exactly the keys `names`, in any order.
fn counts(
    json: &Json,
    key: &'static str,
    names: &[String],
    into: &mut [u32],
) -> Result<(), TallyError> {
    let entries = json
        .get(key)
        .and_then(Json::as_object)
        .filter(|e| e.len() == names.len())
        .ok_or(TallyError::Field(key))?;
    for (name, slot) in names.iter().zip(into.iter_mut()) {
        *slot = count(crate::json::field(entries, name), key)?;
    }
    Ok(())
}
