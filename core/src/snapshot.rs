//! A quiz's step and answers as a short text: the share link's fragment and the saved
//! progress are both this. Pure, and every decoder returns a `Result`.
//!
//! Bytes, then base64url without padding:
//!
//! ```text
//! [format] [content fingerprint: 2] [step: 1] [answers, bit-packed] [check: 2]
//! ```
//!
//! The format byte also says how the run goes: 1 the full quiz (the only format before the
//! quick quiz, so older codes read as they always did), 2 a quick run, 3 a quick run the
//! candidate went on to finish. A quick run's questions are the first ones of the quick
//! order; which ones were asked is read back from which ones are answered.
//!
//! The fingerprint comes from the content's `version`, so a code made with another version of
//! the quiz is recognised as such rather than misread. Answers follow the questions in content
//! order: a rating takes 3 bits (0 unanswered, else the scale point), a choice the fewest bits
//! that hold its option count plus one (0 unanswered, else the option's position plus one), a
//! pick one bit per option. The check is a hash of everything before it, so a damaged code is
//! refused instead of showing somebody else's result.

use super::answers::{Answer, Answers, Likert, Picks};
use super::model::{Content, QuestionKind};
use super::quick;
use super::quiz::Pace;
use super::step::Step;

/// The format byte of each pace (read back in [`Snapshot::decode`]).
fn format(pace: Pace) -> u8 {
    match pace {
        Pace::Full => 1,
        Pace::Quick => 2,
        Pace::Rest => 3,
    }
}

/// Codes longer than this are refused before decoding: a whole result of the shipped quiz
/// takes 20 characters, and a bank would need hundreds of questions to come near it.
pub const MAX_CODE_LEN: usize = 200;

/// The step byte that stands for the result; `0` is the intro, `n` the n-th question.
const RESULT_STEP: u8 = 255;

/// Where a candidate stands: the screen and the answers. Everything else is derived.
#[derive(Clone, Debug, PartialEq)]
pub struct Snapshot {
    pub step: Step,
    pub answers: Answers,
    pub pace: Pace,
}

/// Why a code could not be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SnapshotError {
    /// Longer than [`MAX_CODE_LEN`]: refused unread.
    TooLong,
    /// Cut short, mistyped or altered: not something RoleFit wrote.
    Damaged,
    /// Written by another version of the quiz, whose questions may differ.
    OtherVersion,
}

/// FNV-1a, 32 bits: the fingerprint and the check. Not cryptographic; it only has to notice
/// accidents and edits.
fn hash(bytes: &[u8]) -> u32 {
    bytes.iter().fold(0x811c_9dc5, |h: u32, &b| {
        (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
    })
}

fn fingerprint(content: &Content) -> [u8; 2] {
    let h = hash(content.version.as_bytes());
    [h as u8, (h >> 8) as u8]
}

/// How many bits a question's answer takes.
fn width(kind: &QuestionKind) -> u32 {
    match kind {
        QuestionKind::Rating { .. } => 3,
        // Enough for 0 (unanswered) to the option count.
        QuestionKind::Choice { options } => usize::BITS - options.len().leading_zeros(),
        QuestionKind::Pick { options, .. } => options.len() as u32,
    }
}

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

struct BitWriter {
    bytes: Vec<u8>,
    used: u32,
}

impl BitWriter {
    fn push(&mut self, value: u64, bits: u32) {
        for i in 0..bits {
            if self.used % 8 == 0 {
                self.bytes.push(0);
            }
            if value >> i & 1 == 1 {
                if let Some(last) = self.bytes.last_mut() {
                    *last |= 1 << (self.used % 8);
                }
            }
            self.used += 1;
        }
    }
}

struct BitReader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl BitReader<'_> {
    fn take(&mut self, bits: u32) -> Result<u64, SnapshotError> {
        let mut value = 0;
        for i in 0..bits {
            let byte = self.bytes.get(self.at / 8).ok_or(SnapshotError::Damaged)?;
            value |= u64::from(byte >> (self.at % 8) & 1) << i;
            self.at += 1;
        }
        Ok(value)
    }
}

impl Snapshot {
    /// Whether this is a quick result that stopped before the last question: it knows the
    /// order of the roles and the lean, but no percentage is known to the precision a full
    /// result's is, so none is shown until the rest is answered.
    pub fn stopped_early(&self, content: &Content) -> bool {
        let (asked, total) = (self.answers.len(), content.questions().len());
        self.pace.length(asked, total) == crate::Length::Quick
    }
}

impl Snapshot {
    /// The code for this snapshot, for `content`. Answers to questions the content does not
    /// have are left out (there are none once the reducer has checked them).
    pub fn encode(&self, content: &Content) -> String {
        let step = match self.step {
            Step::Intro => 0,
            Step::Question(i) => u8::try_from(i + 1).unwrap_or(0).min(RESULT_STEP - 1),
            Step::Result => RESULT_STEP,
        };
        let [f0, f1] = fingerprint(content);
        let mut bits = BitWriter {
            bytes: vec![format(self.pace), f0, f1, step],
            used: 32,
        };
        for question in &content.questions {
            let position = |id| question.options().iter().position(|o| &o.id == id);
            let value = match self.answers.get(&question.id) {
                None => 0,
                Some(Answer::Rating(point)) => u64::from(point.get()),
                Some(Answer::Choice(id)) => position(id).map_or(0, |i| i as u64 + 1),
                Some(Answer::Pick(ids)) => ids
                    .iter()
                    .filter_map(position)
                    .fold(0, |mask, i| mask | 1 << i),
            };
            bits.push(value, width(&question.kind));
        }
        let mut bytes = bits.bytes;
        let check = hash(&bytes);
        bytes.extend([check as u8, (check >> 8) as u8]);
        base64(&bytes)
    }

    /// Reads a code written by [`Snapshot::encode`] for this same content.
    pub fn decode(code: &str, content: &Content) -> Result<Snapshot, SnapshotError> {
        if code.len() > MAX_CODE_LEN {
            return Err(SnapshotError::TooLong);
        }
        let bytes = unbase64(code).ok_or(SnapshotError::Damaged)?;
        let Some((body, check)) = bytes.split_last_chunk::<2>() else {
            return Err(SnapshotError::Damaged);
        };
        let h = hash(body);
        if body.len() < 4 || *check != [h as u8, (h >> 8) as u8] {
            return Err(SnapshotError::Damaged);
        }
        let pace = match body[0] {
            1 => Pace::Full,
            2 => Pace::Quick,
            3 => Pace::Rest,
            _ => return Err(SnapshotError::OtherVersion),
        };
        if body[1..3] != fingerprint(content) {
            return Err(SnapshotError::OtherVersion);
        }
        let questions = &content.questions;
        let mut answers = Answers::new();
        let mut bits = BitReader {
            bytes: &body[4..],
            at: 0,
        };
        for question in questions {
            let value = bits.take(width(&question.kind))?;
            if value == 0 {
                continue;
            }
            let options = question.options();
            let answer = match &question.kind {
                QuestionKind::Rating { .. } => {
                    Answer::Rating(Likert::new(value as u8).ok_or(SnapshotError::Damaged)?)
                }
                QuestionKind::Choice { .. } => {
                    let option = options.get(value as usize - 1);
                    Answer::Choice(option.ok_or(SnapshotError::Damaged)?.id.clone())
                }
                QuestionKind::Pick { count, .. } => {
                    if value.count_ones() as usize > *count {
                        return Err(SnapshotError::Damaged);
                    }
                    let picked = options
                        .iter()
                        .enumerate()
                        .filter(|(i, _)| value >> i & 1 == 1);
                    Answer::Pick(picked.map(|(_, o)| o.id.clone()).collect::<Picks>())
                }
            };
            answers.insert(question.id.clone(), answer);
        }
        // What is left must be the zero padding of the last byte: the encoder writes
        // nothing else.
        let used_bytes = bits.at.div_ceil(8);
        let padding = 8 * used_bytes - bits.at;
        if body.len() - 4 != used_bytes || bits.take(padding as u32)? != 0 {
            return Err(SnapshotError::Damaged);
        }
        let answered =
            |q: &super::model::Question| answers.get(&q.id).is_some_and(|a| a.completes(q));
        // A quick run answers the quick order's questions from the first, with no gap; its
        // result is one the quick quiz's rule says is settled.
        let finished = match pace {
            Pace::Full | Pace::Rest => questions.iter().all(answered),
            Pace::Quick => quick::settled(content, &answers, quick::Rule::Read),
        };
        if pace != Pace::Full {
            let mut gap = false;
            for &i in content.quick_order() {
                let given = answers.contains_key(&questions[i].id);
                if given && gap {
                    return Err(SnapshotError::Damaged);
                }
                gap |= !given;
            }
        }
        let step = match body[3] {
            0 => Step::Intro,
            RESULT_STEP if finished => Step::Result,
            i if usize::from(i) <= questions.len() && i != RESULT_STEP => {
                Step::Question(usize::from(i) - 1)
            }
            _ => return Err(SnapshotError::Damaged),
        };
        Ok(Snapshot {
            step,
            answers,
            pace,
        })
    }
}

impl Snapshot {
    /// Reads a share link's code: as [`Snapshot::decode`], and it must hold a whole result
    /// (a link never stands for a quiz half done).
    pub fn decode_shared(code: &str, content: &Content) -> Result<Snapshot, SnapshotError> {
        let snapshot = Snapshot::decode(code, content)?;
        match snapshot.step {
            Step::Result => Ok(snapshot),
            Step::Intro | Step::Question(_) => Err(SnapshotError::Damaged),
        }
    }
}

/// The share code in a URL fragment (`#rolefit=…`), if there is one. Other fragments (a
/// page's own anchors) are not RoleFit's business.
pub fn share_code(fragment: &str) -> Option<&str> {
    fragment.strip_prefix("#rolefit=")
}

fn base64(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len() * 4 / 3 + 2);
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, &b)| n | u32::from(b) << (16 - 8 * i));
        for i in 0..=chunk.len() {
            out.push(char::from(ALPHABET[(n >> (18 - 6 * i) & 63) as usize]));
        }
    }
    out
}

fn unbase64(text: &str) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    for chunk in text.as_bytes().chunks(4) {
        if chunk.len() == 1 {
            return None;
        }
        let mut n = 0u32;
        for (i, c) in chunk.iter().enumerate() {
            let digit = ALPHABET.iter().position(|a| a == c)? as u32;
            n |= digit << (18 - 6 * i);
        }
        let bytes = chunk.len() - 1;
        // Bits past the last whole byte must be zero, or two texts would read the same.
        if n & (0xff_ffff >> (8 * bytes)) != 0 {
            return None;
        }
        out.extend((0..bytes).map(|i| (n >> (16 - 8 * i)) as u8));
    }
    Some(out)
}
