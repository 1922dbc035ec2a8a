//! The tallies as pictures, for the staff bar and the tallies page: the headline figures,
//! one bar chart per group of counts, starts per hour over the day and times to finish.
//! What each bar says and how long it is; the keep module draws them.

use super::csv::{bucket_label, Group};
use super::texts::StaffTexts;
use super::{RoleNames, Tallies};

/// The hours a day's chart always shows, even with nobody in them: a fair's opening hours.
const DAY: (usize, usize) = (9, 17);

/// One bar: what it counts (as in the CSV), its label, its value and its length in
/// thousandths of the longest bar's.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Bar {
    pub item: String,
    pub label: String,
    pub value: u32,
    pub length: u32,
}

/// One chart: its group, its heading, its bars in order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Chart {
    pub group: Group,
    pub heading: &'static str,
    pub bars: Vec<Bar>,
}

/// A headline figure: its name (`started`, `finished`, `walked_away`, `median`), label and
/// value as shown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Headline {
    pub item: &'static str,
    pub label: &'static str,
    pub value: String,
}

/// `value` as thousandths of `max` (0 when `max` is 0).
pub fn length(value: u32, max: u32) -> u32 {
    if max == 0 {
        return 0;
    }
    (u64::from(value) * 1000 / u64::from(max)) as u32
}

impl Tallies {
    /// Started, finished, walked away, and the median time to finish as its bucket's range.
    pub fn headlines(&self, t: &StaffTexts) -> [Headline; 4] {
        let median = self
            .median_bucket()
            .map_or_else(|| "–".to_string(), |b| bucket_label(b, t));
        [
            Headline {
                item: "started",
                label: t.started,
                value: self.started.to_string(),
            },
            Headline {
                item: "finished",
                label: t.finished,
                value: self.finished.to_string(),
            },
            Headline {
                item: "walked_away",
                label: t.walked_away,
                value: self.walked_away.to_string(),
            },
            Headline {
                item: "median",
                label: t.median,
                value: median,
            },
        ]
    }

    /// The hours the day's chart shows: from the first hour with a start (or 9:00, if
    /// earlier) to the last (or 17:00, if later).
    pub fn day(&self) -> std::ops::RangeInclusive<usize> {
        let busy: Vec<usize> = (0..24).filter(|&h| self.hour(h) > 0).collect();
        let first = busy.first().map_or(DAY.0, |&h| h.min(DAY.0));
        let last = busy.last().map_or(DAY.1, |&h| h.max(DAY.1));
        first..=last
    }

    /// The chart of one group: every row of it, except the hours outside [`Tallies::day`];
    /// the time-to-finish buckets' labels are their ranges. The candidates' group is the
    /// headlines, not a chart: it gives its three counts as bars too.
    pub fn chart(&self, group: Group, t: &StaffTexts, names: &RoleNames) -> Chart {
        let day = self.day();
        let rows: Vec<_> = self
            .rows(t, names)
            .into_iter()
            .filter(|r| r.group == group)
            .enumerate()
            .filter(|(i, _)| group != Group::Hour || day.contains(i))
            .map(|(_, r)| r)
            .collect();
        let max = rows.iter().map(|r| r.count).max().unwrap_or(0);
        Chart {
            group,
            heading: group.heading(t),
            bars: rows
                .into_iter()
                .map(|r| Bar {
                    length: length(r.count, max),
                    item: r.item,
                    label: match group {
                        Group::Hour => r.label.chars().take(2).collect(),
                        _ => r.label,
                    },
                    value: r.count,
                })
                .collect(),
        }
    }

    /// Every chart the staff bar draws, in its order: the bar charts, then the day's hours
    /// and the times to finish.
    pub fn charts(&self, t: &StaffTexts, names: &RoleNames) -> Vec<Chart> {
        [
            Group::Role,
            Group::Lean,
            Group::Language,
            Group::Length,
            Group::Hour,
            Group::FinishTime,
        ]
        .into_iter()
        .map(|g| self.chart(g, t, names))
        .collect()
    }
}
