//! A kiosk's anonymous tallies, for the fair's organiser: how many candidates started,
//! finished or walked away before the result, and for those who finished, independent
//! counts of their top role, lean, language, quiz length and time to finish, with the
//! starts counted per hour of the day. Only marginal counts are kept, each in a field of
//! fixed size: nothing ties one count to another, so no candidate's result can be read back.
//!
//! The candidate on screen is the one exception, and only in memory: what they added is
//! remembered until the kiosk's next reset, so that a quick result continued to the full
//! quiz replaces their first result instead of counting twice.

mod charts;
mod csv;
mod page;
mod read;
mod roles;
mod stored;
mod texts;

use crate::events::{HostEvent, ResultOrigin, RoleShown};
use crate::ids::RoleId;
use crate::lean::Lean;
use crate::length::Length;
use crate::locale::Locale;

pub use charts::{length, Bar, Chart, Headline};
pub use csv::{bucket_label, csv_field, minutes, Group, Row};
pub use page::PageTexts;
pub use read::{CsvError, CsvProblem};
pub use roles::{RoleCount, RoleNames};
pub use stored::{bucket_id, Stored, TallyError, SHOWN_MAX, STORAGE_KEY, UNREADABLE_MAX};
pub use texts::StaffTexts;

/// Upper bounds, in seconds, of the time-to-finish buckets: under 30 s, 30 s to 1 min, …;
/// the last bucket is 15 minutes and more.
pub const FINISH_BOUNDS: [u32; 11] = [30, 60, 90, 120, 150, 180, 240, 300, 420, 600, 900];
/// The number of time-to-finish buckets.
pub const FINISH_BUCKETS: usize = FINISH_BOUNDS.len() + 1;

/// The most roles read from a stored form or a CSV export: a content has at most 6, and a
/// kiosk that showed several contents in turn a few more; far more is not a kiosk's.
pub const MAX_ROLES_COUNTED: usize = 64;

const LEANS: [Lean; 3] = [Lean::Clear, Lean::Blend, Lean::Flat];
const LENGTHS: [Length; 2] = [Length::Quick, Length::Full];

/// The counts. Every field has the same size whatever the number of candidates.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Tallies {
    started: u32,
    finished: u32,
    walked_away: u32,
    /// The content's roles (2 to 6), sorted by id: none until someone finishes, then every
    /// role a result ranks, so that neither which role came first nor the content's order of
    /// them says anything of a candidate.
    roles: Vec<RoleCount>,
    /// In the order of `LEANS`.
    leans: [u32; 3],
    /// In the order of [`Locale::ALL`].
    languages: [u32; 3],
    /// In the order of `LENGTHS`.
    lengths: [u32; 2],
    /// Finished candidates by time to finish, in the buckets of [`FINISH_BOUNDS`].
    finish_times: [u32; FINISH_BUCKETS],
    /// Starts by hour of the day (local time), 0 to 23.
    hours: [u32; 24],
}

/// What one finished candidate adds to the counts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finish {
    pub role: RoleId,
    pub lean: Lean,
    pub language: Locale,
    pub length: Length,
    /// The time-to-finish bucket.
    pub bucket: usize,
}

/// When an event was seen: seconds on a clock that only goes forward (for the time to
/// finish, never stored) and the hour of the day (the finest time that is stored).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Moment {
    seconds: f64,
    hour: usize,
}

impl Moment {
    /// `hour` is taken modulo 24; a clock reading that is not a number counts as 0.
    pub fn new(seconds: f64, hour: u32) -> Moment {
        let seconds = if seconds.is_finite() {
            seconds.max(0.0)
        } else {
            0.0
        };
        Moment {
            seconds,
            hour: (hour % 24) as usize,
        }
    }
}

/// The bucket of a time to finish.
pub fn finish_bucket(seconds: f64) -> usize {
    FINISH_BOUNDS
        .iter()
        .position(|&bound| seconds < f64::from(bound))
        .unwrap_or(FINISH_BOUNDS.len())
}

impl Tallies {
    pub fn started(&self) -> u32 {
        self.started
    }

    pub fn finished(&self) -> u32 {
        self.finished
    }

    pub fn walked_away(&self) -> u32 {
        self.walked_away
    }

    /// The finished candidates with this role on top.
    pub fn role(&self, id: &str) -> u32 {
        self.roles
            .iter()
            .find(|r| r.id.as_str() == id)
            .map_or(0, |r| r.count)
    }

    /// Every role counted, sorted by id.
    pub fn roles(&self) -> &[RoleCount] {
        &self.roles
    }

    pub fn lean(&self, lean: Lean) -> u32 {
        self.leans[lean_index(lean)]
    }

    pub fn language(&self, locale: Locale) -> u32 {
        self.languages[locale_index(locale)]
    }

    pub fn length(&self, length: Length) -> u32 {
        self.lengths[length_index(length)]
    }

    pub fn finish_time(&self, bucket: usize) -> u32 {
        self.finish_times.get(bucket).copied().unwrap_or(0)
    }

    pub fn hour(&self, hour: usize) -> u32 {
        self.hours.get(hour).copied().unwrap_or(0)
    }

    /// The bucket that holds the median time to finish, if anyone finished.
    pub fn median_bucket(&self) -> Option<usize> {
        let total: u64 = self.finish_times.iter().map(|&n| u64::from(n)).sum();
        let half = total.div_ceil(2);
        let mut seen = 0;
        (total > 0).then_some(())?;
        self.finish_times.iter().position(|&n| {
            seen += u64::from(n);
            seen >= half
        })
    }

    fn start(&mut self, at: Moment) {
        bump(&mut self.started, true);
        bump(&mut self.hours[at.hour], true);
    }

    /// Adds (or, with `add` false, takes back) one finished candidate's counts.
    fn count(&mut self, finish: &Finish, add: bool) {
        bump(&mut self.role_slot(&finish.role).count, add);
        bump(&mut self.leans[lean_index(finish.lean)], add);
        bump(&mut self.languages[locale_index(finish.language)], add);
        bump(&mut self.lengths[length_index(finish.length)], add);
        let bucket = finish.bucket.min(FINISH_BUCKETS - 1);
        bump(&mut self.finish_times[bucket], add);
    }
}

fn bump(count: &mut u32, add: bool) {
    *count = if add {
        count.saturating_add(1)
    } else {
        count.saturating_sub(1)
    };
}

fn lean_index(lean: Lean) -> usize {
    LEANS.iter().position(|&l| l == lean).unwrap_or(0)
}

fn locale_index(locale: Locale) -> usize {
    Locale::ALL.iter().position(|&l| l == locale).unwrap_or(0)
}

fn length_index(length: Length) -> usize {
    LENGTHS.iter().position(|&l| l == length).unwrap_or(0)
}

/// The candidate on screen, as far as the counts go. Memory only.
#[derive(Clone, Debug, PartialEq)]
enum Candidate {
    /// Nobody since the last reset.
    Away,
    Started {
        at: f64,
    },
    Finished {
        at: f64,
        finish: Finish,
    },
}

/// The tallies and the candidate on screen: what a kiosk page keeps while it is open.
#[derive(Clone, Debug, PartialEq)]
pub struct Counting {
    tallies: Tallies,
    candidate: Candidate,
    /// The roles' names as the last result in each language gave them: memory only.
    names: Vec<(Locale, RoleNames)>,
}

impl Counting {
    pub fn new(tallies: Tallies) -> Counting {
        Counting {
            tallies,
            candidate: Candidate::Away,
            names: Vec::new(),
        }
    }

    /// The roles' names in `locale`, as results in that language gave them since the page
    /// opened; without one, in the first language (in [`Locale::ALL`]'s order, which says
    /// nothing of who came when) that had one; none before anyone finished: the counts are
    /// then labelled with the roles' ids.
    pub fn names(&self, locale: Locale) -> RoleNames {
        let of = |locale: Locale| self.names.iter().find(|(l, _)| *l == locale);
        let found = of(locale).or_else(|| Locale::ALL.into_iter().find_map(of));
        found.map(|(_, names)| names.clone()).unwrap_or_default()
    }

    fn learn(&mut self, locale: Locale, ranking: &[RoleShown]) {
        let mut names = RoleNames::default();
        for role in ranking {
            names.add(&role.id, &role.name);
            // Every role of the content is ranked: each gets its count (0) now.
            self.tallies.role_slot(&role.id);
        }
        self.names.retain(|(l, _)| *l != locale);
        self.names.push((locale, names));
    }

    pub fn tallies(&self) -> &Tallies {
        &self.tallies
    }

    /// Counts from zero again; the candidate on screen, if any, is forgotten too.
    pub fn clear(&mut self) {
        let names = std::mem::take(&mut self.names);
        *self = Counting::new(Tallies::default());
        self.names = names;
    }

    /// Counts what the widget said at `at`: `rolefit:start`, `rolefit:complete`,
    /// `rolefit:reset`; anything else changes nothing. Returns whether the tallies changed
    /// (and so are to be stored again).
    pub fn record(&mut self, event: &HostEvent, at: Moment) -> bool {
        let before = self.tallies.clone();
        let candidate = std::mem::replace(&mut self.candidate, Candidate::Away);
        self.candidate = match (event, candidate) {
            // Another start for the same candidate (a second quiz after a quick result)
            // is the same candidate.
            (HostEvent::Start(_), Candidate::Away) => {
                self.tallies.start(at);
                Candidate::Started { at: at.seconds }
            }
            (HostEvent::Result(result), candidate) if result.origin == ResultOrigin::Finished => {
                let Some(top) = result.ranking.first() else {
                    self.candidate = candidate;
                    return false;
                };
                let role = top.id.clone();
                self.learn(result.quiz.lang, &result.ranking);
                let began = match candidate {
                    // Counting was reset while the candidate was at it: counted from here.
                    Candidate::Away => {
                        self.tallies.start(at);
                        bump(&mut self.tallies.finished, true);
                        at.seconds
                    }
                    Candidate::Started { at } => {
                        bump(&mut self.tallies.finished, true);
                        at
                    }
                    // A second result (the rest of the quiz answered): it replaces the first.
                    Candidate::Finished { at, finish } => {
                        self.tallies.count(&finish, false);
                        at
                    }
                };
                let finish = Finish {
                    role,
                    lean: result.lean,
                    language: result.quiz.lang,
                    length: result.length,
                    bucket: finish_bucket(at.seconds - began),
                };
                self.tallies.count(&finish, true);
                Candidate::Finished { at: began, finish }
            }
            (HostEvent::Reset(_), candidate) => {
                if let Candidate::Started { .. } = candidate {
                    bump(&mut self.tallies.walked_away, true);
                }
                Candidate::Away
            }
            (_, candidate) => candidate,
        };
        self.tallies != before
    }
}

impl TallyError {
    /// Why the stored tallies could not be read, in the staff bar's language.
    pub fn describe(&self, t: &StaffTexts) -> String {
        let why = match self {
            TallyError::Syntax(_) => t.not_json.to_string(),
            TallyError::Format(format) => (t.other_format)(format),
            TallyError::Field(field) => (t.bad_field)(field),
            TallyError::Unknown(field) => (t.bad_field)(field),
        };
        (t.unreadable)(&why)
    }
}
