//! Reading a kiosk's CSV export back (the tallies page merges several kiosks' exports), and
//! adding tallies together. A file is read only when it is exactly an export: the header,
//! then every count once, labels in any language; anything else is refused with its line.

use super::csv::Group;
use super::texts::StaffTexts;
use super::{RoleNames, Tallies, MAX_ROLES_COUNTED};
use crate::ids::RoleId;
use crate::locale::Locale;
use crate::parse::is_valid_id;

/// Why a CSV is not a tallies export, and on which line (counted from 1).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CsvError {
    pub line: usize,
    pub problem: CsvProblem,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CsvProblem {
    /// The file is empty.
    Empty,
    /// The first line is not `group,item,label,count`.
    Header,
    /// A line without exactly four fields, or with a quote left open.
    Fields,
    /// A group and item that no export has.
    Unknown(String, String),
    /// A count that is not a whole number from 0 to 4,294,967,295.
    Count(String),
    /// A count given twice.
    Repeated(String, String),
    /// A count that the file lacks (the line is the one after its last).
    Missing(String, String),
}

impl Tallies {
    /// Reads a kiosk's CSV export (RFC 4180, CRLF or LF line ends, a byte order mark allowed).
    pub fn from_csv(text: &str) -> Result<Tallies, CsvError> {
        Tallies::read_csv(text).map(|(tallies, _)| tallies)
    }

    /// Reads a kiosk's CSV export, with the roles' names its labels give. Its roles are
    /// whatever ids it has (those of the content the kiosk showed).
    pub fn read_csv(text: &str) -> Result<(Tallies, RoleNames), CsvError> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let records = records(text)?;
        let err = |line, problem| Err(CsvError { line, problem });
        let Some((_, header)) = records.first() else {
            return err(1, CsvProblem::Empty);
        };
        if header != &["group", "item", "label", "count"] {
            return err(1, CsvProblem::Header);
        }
        // Every row an export has, in its order, but the roles' (which are the content's);
        // the labels do not matter here, but for the roles' names.
        let none = RoleNames::default();
        let expected = Tallies::default().rows(StaffTexts::get(Locale::FALLBACK), &none);
        let mut names = RoleNames::default();
        let mut counts: Vec<Option<u32>> = vec![None; expected.len()];
        let mut tallies = Tallies::default();
        for (line, fields) in &records[1..] {
            let [group, item, label, count] = fields.as_slice() else {
                return err(*line, CsvProblem::Fields);
            };
            let role = group == Group::Role.id()
                && is_valid_id(item)
                && tallies.roles.len() < MAX_ROLES_COUNTED;
            let index = expected
                .iter()
                .position(|r| r.group.id() == group && &r.item == item);
            if index.is_none() && !role {
                return err(*line, CsvProblem::Unknown(group.clone(), item.clone()));
            }
            let valid = !count.is_empty() && count.bytes().all(|b| b.is_ascii_digit());
            let Some(value) = valid.then(|| count.parse::<u32>().ok()).flatten() else {
                return err(*line, CsvProblem::Count(count.clone()));
            };
            let id = RoleId(item.clone());
            let repeated = match index {
                Some(index) => counts[index].replace(value).is_some(),
                None if tallies.roles.iter().any(|r| r.id == id) => true,
                None => {
                    names.add(&id, label);
                    tallies.role_slot(&id).count = value;
                    false
                }
            };
            if repeated {
                return err(*line, CsvProblem::Repeated(group.clone(), item.clone()));
            }
        }
        let last = records.last().map_or(1, |(line, _)| *line);
        for (row, count) in expected.iter().zip(counts) {
            let Some(count) = count else {
                let missing = CsvProblem::Missing(row.group.id().into(), row.item.clone());
                return err(last + 1, missing);
            };
            let index = expected
                .iter()
                .filter(|r| r.group == row.group)
                .position(|r| r.item == row.item)
                .unwrap_or(0);
            if let Some(slot) = tallies.slot(row.group, index) {
                *slot = count;
            }
        }
        Ok((tallies, names))
    }

    /// Adds another kiosk's counts to these (a count that would overflow stays at the most).
    /// A role is told by its id; one these tallies lack is added.
    pub fn add(&mut self, other: &Tallies) {
        for role in &other.roles {
            let ours = self.role_slot(&role.id);
            ours.count = ours.count.saturating_add(role.count);
        }
        for group in Group::ALL {
            for index in 0.. {
                let Some(theirs) = other.get(group, index) else {
                    break;
                };
                if let Some(ours) = self.slot(group, index) {
                    *ours = ours.saturating_add(theirs);
                }
            }
        }
    }

    /// A count that is not a role's (those are told by id, not by place).
    fn get(&self, group: Group, index: usize) -> Option<u32> {
        let list: &[u32] = match group {
            Group::Candidates => &[self.started, self.finished, self.walked_away],
            Group::Role => &[],
            Group::Lean => &self.leans,
            Group::Language => &self.languages,
            Group::Length => &self.lengths,
            Group::FinishTime => &self.finish_times,
            Group::Hour => &self.hours,
        };
        list.get(index).copied()
    }

    /// The count at `index` of a group that is not the roles', in the order of the rows
    /// (clamped to the group).
    fn slot(&mut self, group: Group, index: usize) -> Option<&mut u32> {
        let list: &mut [u32] = match group {
            Group::Candidates => {
                return Some(match index {
                    0 => &mut self.started,
                    1 => &mut self.finished,
                    _ => &mut self.walked_away,
                })
            }
            Group::Role => return None,
            Group::Lean => &mut self.leans,
            Group::Language => &mut self.languages,
            Group::Length => &mut self.lengths,
            Group::FinishTime => &mut self.finish_times,
            Group::Hour => &mut self.hours,
        };
        let last = list.len().saturating_sub(1);
        list.get_mut(index.min(last))
    }
}

/// The records of a CSV, each with the line it starts on; blank lines are skipped.
fn records(text: &str) -> Result<Vec<(usize, Vec<String>)>, CsvError> {
    let mut out = Vec::new();
    let mut line = 1;
    let mut chars = text.chars().peekable();
    while chars.peek().is_some() {
        let start = line;
        let mut fields = Vec::new();
        let mut field = String::new();
        let mut quoted = false;
        loop {
            let Some(c) = chars.next() else {
                if quoted {
                    return Err(CsvError {
                        line: start,
                        problem: CsvProblem::Fields,
                    });
                }
                break;
            };
            match c {
                '"' if quoted && chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                '"' if quoted => quoted = false,
                '"' if field.is_empty() => quoted = true,
                '\n' if !quoted => break,
                '\r' if !quoted && chars.peek() == Some(&'\n') => {}
                ',' if !quoted => fields.push(std::mem::take(&mut field)),
                c => {
                    if c == '\n' {
                        line += 1;
                    }
                    field.push(c);
                }
            }
        }
        line += 1;
        fields.push(field);
        if fields != [""] {
            out.push((start, fields));
        }
    }
    Ok(out)
}
