//! What the tally tests share: finished results of a given kind, and fifty candidates whose
//! attributes vary independently.
#![allow(dead_code)]

use rolefit_core::events::QuizShown;
use rolefit_core::scoring::answers_favouring;
use rolefit_core::tally::*;
use rolefit_core::*;
use serde_json::Value;
use std::sync::OnceLock;

pub fn shipped() -> &'static Content {
    static CONTENT: OnceLock<Content> = OnceLock::new();
    CONTENT.get_or_init(|| Content::parse(BUILT_IN_CONTENT).unwrap())
}

pub fn quiz(lang: Locale) -> QuizShown {
    QuizShown {
        version: "1".into(),
        lang,
    }
}

/// The shipped content's roles' ids.
pub const ROLES: [&str; 3] = [
    "community-manager",
    "social-media-manager",
    "social-media-strategist",
];

/// A finished result with this top role (by id), lean and language.
pub fn complete(role: &str, lean: Lean, lang: Locale, length: Length) -> HostEvent {
    let content = shipped();
    let answers = answers_favouring(content, content.role_by_id(role).unwrap());
    let mut event = HostEvent::result(
        content,
        &answers,
        lang,
        ResultOrigin::Finished,
        length,
        AnswersInEvents::Omitted,
    );
    let HostEvent::Result(result) = &mut event else {
        unreachable!()
    };
    assert_eq!(result.ranking[0].id.as_str(), role);
    result.lean = lean;
    event
}

#[derive(Clone, Copy)]
pub struct Candidate {
    pub role: &'static str,
    pub lean: Lean,
    pub lang: Locale,
    pub length: Length,
    pub hour: u32,
    pub seconds: f64,
    pub finishes: bool,
}

/// Fifty candidates whose attributes vary independently (a small linear congruential walk).
pub fn fifty() -> Vec<Candidate> {
    let mut seed = 12345u64;
    let mut next = |n: u64| {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((seed >> 33) % n) as usize
    };
    (0..50)
        .map(|_| Candidate {
            role: ROLES[next(3)],
            lean: [Lean::Clear, Lean::Blend, Lean::Flat][next(3)],
            lang: Locale::ALL[next(3)],
            length: [Length::Quick, Length::Full][next(2)],
            hour: 9 + next(9) as u32,
            seconds: 20.0 + next(600) as f64,
            finishes: next(5) != 0,
        })
        .collect()
}

pub fn run(candidates: &[Candidate]) -> Counting {
    let mut counting = Counting::new(Tallies::default());
    let mut clock = 1000.0;
    for c in candidates {
        counting.record(&HostEvent::Start(quiz(c.lang)), Moment::new(clock, c.hour));
        clock += c.seconds;
        if c.finishes {
            let event = complete(c.role, c.lean, c.lang, c.length);
            counting.record(&event, Moment::new(clock, c.hour));
        }
        clock += 5.0;
        counting.record(
            &HostEvent::Reset(quiz(Locale::It)),
            Moment::new(clock, c.hour),
        );
    }
    counting
}

pub fn stored(counting: &Counting) -> String {
    Stored {
        tallies: counting.tallies().clone(),
        unreadable: None,
    }
    .encode()
}

/// The stored JSON with every number replaced by 0: its shape.
pub fn shape(text: &str) -> Value {
    fn zero(v: &mut Value) {
        match v {
            Value::Number(_) => *v = 0.into(),
            Value::Array(items) => items.iter_mut().for_each(zero),
            Value::Object(map) => map.values_mut().for_each(zero),
            _ => {}
        }
    }
    let mut value: Value = serde_json::from_str(text).unwrap();
    zero(&mut value);
    value
}
