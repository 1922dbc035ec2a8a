//! The lean label: how firmly a result may be read. It depends on nothing else in the core,
//! so the content model (which holds one text per label) and the scoring (which picks the
//! label) can both use it.

/// Below this spread of dimension scores a profile is too even to call.
pub const FLAT_SPREAD: f64 = 0.05;
/// Top two roles this many percentage points apart or fewer make a blend.
pub const BLEND_MARGIN: u8 = 10;
/// A clear lean needs the top role to stay on top in at least this share of the stability
/// resamples; below it, a few answers given differently would change the top role too often.
pub const CLEAR_STABILITY_PERCENT: u32 = 90;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lean {
    /// One role stands clearly ahead, and stays ahead when some answers are left out.
    Clear,
    /// The top two are within [`BLEND_MARGIN`] points, or the top role does not hold when
    /// some answers are left out.
    Blend,
    /// The answers barely vary across dimensions.
    Flat,
}

impl Lean {
    /// The lean a result of this `length` shows: a quick result that stopped early is never
    /// clear, since a few answers cannot tell a clear lean from a blend (validity check
    /// `quick-never-bolder`); its blend names the second role, which the quick rule settles.
    pub fn shown(self, length: crate::Length) -> Lean {
        match (self, length) {
            (Lean::Clear, crate::Length::Quick) => Lean::Blend,
            (lean, _) => lean,
        }
    }

    /// The label's name in content (`lean.clear`, …) and in test hooks (`data-lean`).
    pub fn id(self) -> &'static str {
        match self {
            Lean::Clear => "clear",
            Lean::Blend => "blend",
            Lean::Flat => "flat",
        }
    }

    /// The label for a profile with this `spread`, this `gap` in points between the top two
    /// roles, and this `stability` of the top role. The stability is measured only when the
    /// gap alone would make the lean clear: it is the costliest part.
    pub fn judge(spread: f64, gap: u8, stability: impl FnOnce() -> Stability) -> Lean {
        if spread < FLAT_SPREAD {
            Lean::Flat
        } else if gap <= BLEND_MARGIN || stability().percent() < CLEAR_STABILITY_PERCENT {
            Lean::Blend
        } else {
            Lean::Clear
        }
    }
}

/// How often the top role survives when some of the candidate's own answers are left out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Stability {
    /// Resamples whose top role is the full result's top role.
    pub kept: usize,
    pub resamples: usize,
}

impl Stability {
    /// Whole percent, rounded down: 44 of 50 is 88 %, not clear.
    pub fn percent(self) -> u32 {
        (self.kept * 100 / self.resamples.max(1)) as u32
    }
}
