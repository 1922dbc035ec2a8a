//! The kiosk's tallies: each candidate counted once, only independent counts stored, and a
//! stored form that says nothing about any one candidate.
#![cfg(not(target_arch = "wasm32"))]

use rolefit_core::events::QuizShown;
use rolefit_core::scoring::answers_favouring;
use rolefit_core::tally::*;
use rolefit_core::*;
use serde_json::Value;
use std::sync::OnceLock;

fn shipped() -> &'static Content {
    static CONTENT: OnceLock<Content> = OnceLock::new();
    CONTENT.get_or_init(|| Content::parse(BUILT_IN_CONTENT).unwrap())
}

fn quiz(lang: Locale) -> QuizShown {
    QuizShown {
        version: "1".into(),
        lang,
    }
}

/// A finished result with this top role, lean and language.
fn complete(role: Role, lean: Lean, lang: Locale) -> HostEvent {
    let content = shipped();
    let answers = answers_favouring(content, role);
    let mut event = HostEvent::result(
        content,
        &answers,
        lang,
        ResultOrigin::Finished,
        AnswersInEvents::Omitted,
    );
    let HostEvent::Result(result) = &mut event else {
        unreachable!()
    };
    assert_eq!(result.ranking[0].0, role);
    result.lean = lean;
    event
}

#[derive(Clone, Copy)]
struct Candidate {
    role: Role,
    lean: Lean,
    lang: Locale,
    length: Length,
    hour: u32,
    seconds: f64,
    finishes: bool,
}

/// Fifty candidates whose attributes vary independently (a small linear congruential walk).
fn fifty() -> Vec<Candidate> {
    let mut seed = 12345u64;
    let mut next = |n: u64| {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((seed >> 33) % n) as usize
    };
    (0..50)
        .map(|_| Candidate {
            role: Role::ALL[next(3)],
            lean: [Lean::Clear, Lean::Blend, Lean::Flat][next(3)],
            lang: Locale::ALL[next(3)],
            length: [Length::Quick, Length::Full][next(2)],
            hour: 9 + next(9) as u32,
            seconds: 20.0 + next(600) as f64,
            finishes: next(5) != 0,
        })
        .collect()
}

fn run(candidates: &[Candidate]) -> Counting {
    let mut counting = Counting::new(Tallies::default());
    let mut clock = 1000.0;
    for c in candidates {
        counting.record(
            &HostEvent::Start(quiz(c.lang)),
            Length::Full,
            Moment::new(clock, c.hour),
        );
        clock += c.seconds;
        if c.finishes {
            let event = complete(c.role, c.lean, c.lang);
            counting.record(&event, c.length, Moment::new(clock, c.hour));
        }
        clock += 5.0;
        counting.record(
            &HostEvent::Reset(quiz(Locale::It)),
            Length::Full,
            Moment::new(clock, c.hour),
        );
    }
    counting
}

fn stored(counting: &Counting) -> String {
    Stored {
        tallies: counting.tallies().clone(),
        unreadable: None,
    }
    .encode()
}

/// The stored JSON with every number replaced by 0: its shape.
fn shape(text: &str) -> Value {
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

#[test]
fn fifty_candidates_cannot_be_told_apart_in_what_is_stored() {
    let candidates = fifty();
    let original = stored(&run(&candidates));
    let finishers: Vec<usize> = (0..50).filter(|&i| candidates[i].finishes).collect();
    let mut differing = 0;
    for pair in finishers.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        let swap = |change: fn(&mut Candidate, &mut Candidate)| {
            let mut swapped = candidates.clone();
            let (left, right) = swapped.split_at_mut(b);
            change(&mut left[a], &mut right[0]);
            swapped
        };
        let roles = swap(|x, y| std::mem::swap(&mut x.role, &mut y.role));
        let langs = swap(|x, y| std::mem::swap(&mut x.lang, &mut y.lang));
        let leans = swap(|x, y| std::mem::swap(&mut x.lean, &mut y.lean));
        let lengths = swap(|x, y| std::mem::swap(&mut x.length, &mut y.length));
        let times = swap(|x, y| std::mem::swap(&mut x.seconds, &mut y.seconds));
        let hours = swap(|x, y| std::mem::swap(&mut x.hour, &mut y.hour));
        for recombined in [roles, langs, leans, lengths, times, hours] {
            differing += usize::from(recombined[a].role != candidates[a].role);
            assert_eq!(
                stored(&run(&recombined)),
                original,
                "candidates {a} and {b}"
            );
        }
    }
    assert!(
        differing > 0,
        "some swaps really changed who had which role"
    );
    // The whole order of candidates is not kept either.
    let mut reversed = candidates.clone();
    reversed.reverse();
    assert_eq!(stored(&run(&reversed)), original);
}

#[test]
fn the_stored_form_has_the_same_fields_after_one_candidate_as_after_fifty() {
    let candidates = fifty();
    let one = stored(&run(&candidates[..1]));
    let all = stored(&run(&candidates));
    assert_eq!(shape(&one), shape(&all));
    assert_eq!(shape(&all), shape(&Stored::default().encode()));
    // Only counts: no text anywhere but the field names.
    let value: Value = serde_json::from_str(&all).unwrap();
    fn no_text(v: &Value) -> bool {
        match v {
            Value::String(_) => false,
            Value::Array(items) => items.iter().all(no_text),
            Value::Object(map) => map.values().all(no_text),
            _ => true,
        }
    }
    assert!(no_text(&value), "{all}");
    let counting = run(&candidates);
    let t = counting.tallies();
    let finished = candidates.iter().filter(|c| c.finishes).count() as u32;
    assert_eq!(
        (t.started(), t.finished(), t.walked_away()),
        (50, finished, 50 - finished)
    );
    let by_role: u32 = Role::ALL.iter().map(|&r| t.role(r)).sum();
    let by_hour: u32 = (0..24).map(|h| t.hour(h)).sum();
    assert_eq!((by_role, by_hour), (finished, 50));
}

#[test]
fn a_quick_result_continued_to_the_full_quiz_counts_once_as_its_last_result() {
    let mut counting = Counting::new(Tallies::default());
    let start = HostEvent::Start(quiz(Locale::Es));
    assert!(counting.record(&start, Length::Quick, Moment::new(0.0, 10)));
    let quick = complete(Role::CommunityManager, Lean::Blend, Locale::Es);
    assert!(counting.record(&quick, Length::Quick, Moment::new(70.0, 10)));
    assert_eq!(counting.tallies().length(Length::Quick), 1);
    // "Answer the rest": the same candidate, a second start and a second result.
    assert!(!counting.record(&start, Length::Full, Moment::new(75.0, 10)));
    let full = complete(Role::SocialMediaStrategist, Lean::Clear, Locale::En);
    assert!(counting.record(&full, Length::Full, Moment::new(200.0, 11)));
    let t = counting.tallies().clone();
    assert_eq!((t.started(), t.finished(), t.walked_away()), (1, 1, 0));
    assert_eq!(t.role(Role::CommunityManager), 0);
    assert_eq!(t.role(Role::SocialMediaStrategist), 1);
    assert_eq!((t.lean(Lean::Blend), t.lean(Lean::Clear)), (0, 1));
    assert_eq!((t.language(Locale::Es), t.language(Locale::En)), (0, 1));
    assert_eq!((t.length(Length::Quick), t.length(Length::Full)), (0, 1));
    // 200 seconds from the start: the 3:00–4:00 bucket.
    assert_eq!(t.finish_time(6), 1);
    assert_eq!(bucket_id(6), "180-240");
    // Left on the result: finished, not walked away; the memory of them is dropped.
    counting.record(
        &HostEvent::Reset(quiz(Locale::It)),
        Length::Full,
        Moment::new(300.0, 11),
    );
    assert_eq!(counting.tallies().walked_away(), 0);
    let next = complete(Role::SocialMediaManager, Lean::Flat, Locale::It);
    counting.record(
        &HostEvent::Start(quiz(Locale::It)),
        Length::Full,
        Moment::new(400.0, 11),
    );
    counting.record(&next, Length::Quick, Moment::new(450.0, 11));
    let t = counting.tallies();
    assert_eq!((t.started(), t.finished()), (2, 2));
    assert_eq!(
        t.role(Role::SocialMediaStrategist),
        1,
        "the first candidate stays counted"
    );
}

#[test]
fn walking_away_is_a_reset_before_the_result_and_other_events_count_nothing() {
    let mut counting = Counting::new(Tallies::default());
    let at = Moment::new(0.0, 9);
    assert!(!counting.record(&HostEvent::Reset(quiz(Locale::It)), Length::Full, at));
    assert!(!counting.record(&HostEvent::Ready(quiz(Locale::It)), Length::Full, at));
    counting.record(&HostEvent::Start(quiz(Locale::It)), Length::Full, at);
    assert!(counting.record(&HostEvent::Reset(quiz(Locale::It)), Length::Full, at));
    assert_eq!(counting.tallies().walked_away(), 1);
    // A result opened from a share link is nobody finishing here.
    let content = shipped();
    let shared = HostEvent::result(
        content,
        &answers_favouring(content, Role::CommunityManager),
        Locale::It,
        ResultOrigin::Shared,
        AnswersInEvents::Omitted,
    );
    assert!(!counting.record(&shared, Length::Full, at));
    assert_eq!(counting.tallies().started(), 1);
    counting.clear();
    assert_eq!(counting.tallies(), &Tallies::default());
}

#[test]
fn the_median_time_to_finish_is_the_bucket_holding_the_middle_candidate() {
    let mut counting = Counting::new(Tallies::default());
    let en = StaffTexts::get(Locale::En);
    assert_eq!(
        counting.tallies().median_text(en),
        "nobody has finished yet"
    );
    for seconds in [10.0, 95.0, 100.0, 2000.0] {
        counting.record(
            &HostEvent::Start(quiz(Locale::En)),
            Length::Full,
            Moment::new(0.0, 9),
        );
        let done = complete(Role::CommunityManager, Lean::Clear, Locale::En);
        counting.record(&done, Length::Full, Moment::new(seconds, 9));
        counting.record(
            &HostEvent::Reset(quiz(Locale::En)),
            Length::Full,
            Moment::new(seconds, 9),
        );
    }
    assert_eq!(counting.tallies().median_bucket(), Some(3));
    assert_eq!(counting.tallies().median_text(en), "between 1:30 and 2:00");
    assert_eq!(counting.tallies().finish_time(FINISH_BUCKETS - 1), 1);
}

#[test]
fn stored_tallies_come_back_exactly() {
    let counting = run(&fifty());
    let text = stored(&counting);
    let back = Stored::decode(&text).unwrap();
    assert_eq!(&back.tallies, counting.tallies());
    assert_eq!(back.unreadable, None);
    let aside = Stored::set_aside("{\"format\":1,\"started\":\"x\"}");
    assert_eq!(Stored::decode(&aside.encode()), Ok(aside.clone()));
    assert_eq!(
        Stored::decode(&Stored::default().encode()),
        Ok(Stored::default())
    );
}

#[test]
fn damaged_stored_tallies_are_refused_with_the_reason() {
    let good: Value = serde_json::from_str(&stored(&run(&fifty()))).unwrap();
    let with = |change: fn(&mut Value)| {
        let mut v = good.clone();
        change(&mut v);
        Stored::decode(&v.to_string())
    };
    assert!(matches!(
        Stored::decode("{not json"),
        Err(TallyError::Syntax(_))
    ));
    assert_eq!(Stored::decode("[]"), Err(TallyError::Field("format")));
    assert_eq!(Stored::decode("{}"), Err(TallyError::Format(String::new())));
    assert_eq!(
        with(|v| v["format"] = 2.into()),
        Err(TallyError::Format("2".into()))
    );
    assert_eq!(
        with(|v| v["started"] = (-1).into()),
        Err(TallyError::Field("started"))
    );
    assert_eq!(
        with(|v| v["finished"] = 1.5.into()),
        Err(TallyError::Field("finished"))
    );
    assert_eq!(
        with(|v| v["walked_away"] = 5_000_000_000u64.into()),
        Err(TallyError::Field("walked_away"))
    );
    assert_eq!(
        with(|v| {
            v.as_object_mut().unwrap().remove("leans");
        }),
        Err(TallyError::Field("leans"))
    );
    assert_eq!(
        with(|v| v["roles"]["ceo"] = 1.into()),
        Err(TallyError::Field("roles"))
    );
    assert_eq!(
        with(|v| {
            v["languages"].as_object_mut().unwrap().remove("es");
            v["languages"]["fr"] = 1.into();
        }),
        Err(TallyError::Field("languages"))
    );
    assert_eq!(
        with(|v| v["hours"] = vec![0; 23].into()),
        Err(TallyError::Field("hours"))
    );
    assert_eq!(
        with(|v| v["answers"] = "q1=3".into()),
        Err(TallyError::Unknown("answers".into()))
    );
    let it = StaffTexts::get(Locale::It);
    assert_eq!(
        TallyError::Field("hours").describe(it),
        "I conteggi salvati prima su questo chiosco non si possono leggere (il campo hours manca o è sbagliato). Il conteggio è ripartito da zero; il testo precedente è conservato com'era, accanto ai nuovi conteggi, finché non li azzeri."
    );
}

/// A strict RFC 4180 reader, for the test: fields, quoted or not, rows ending in CRLF.
fn read_csv(text: &str) -> Vec<Vec<String>> {
    let mut rows = vec![];
    let (mut row, mut field, mut quoted, mut chars) =
        (vec![], String::new(), false, text.chars().peekable());
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            ('"', true) => quoted = false,
            ('"', false) if field.is_empty() => quoted = true,
            (',', false) => row.push(std::mem::take(&mut field)),
            ('\r', false) => {
                assert_eq!(chars.next(), Some('\n'), "CRLF");
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (c, _) => field.push(c),
        }
    }
    assert!(
        row.is_empty() && field.is_empty(),
        "the last row ends with CRLF"
    );
    rows
}

#[test]
fn the_csv_has_a_header_and_one_row_per_count() {
    let counting = run(&fifty());
    for locale in Locale::ALL {
        let t = StaffTexts::get(locale);
        let rows = read_csv(&counting.tallies().csv(t));
        assert_eq!(rows[0], ["group", "item", "label", "count"]);
        assert_eq!(rows.len(), 1 + 3 + 3 + 3 + 3 + 2 + FINISH_BUCKETS + 24);
        assert!(rows.iter().all(|r| r.len() == 4));
        let count = |group: &str, item: &str| {
            let row = rows.iter().find(|r| r[0] == group && r[1] == item).unwrap();
            row[3].parse::<u32>().unwrap()
        };
        assert_eq!(count("candidates", "started"), 50);
        let tallies = counting.tallies();
        assert_eq!(
            count("role", "community-manager"),
            tallies.role(Role::CommunityManager)
        );
        assert_eq!(count("language", "es"), tallies.language(Locale::Es));
        assert_eq!(
            count("finish_seconds", "900-"),
            tallies.finish_time(FINISH_BUCKETS - 1)
        );
        assert_eq!(count("hour", "09"), tallies.hour(9));
    }
    assert_eq!(csv_field("plain"), "plain");
    assert_eq!(csv_field("a, \"b\""), "\"a, \"\"b\"\"\"");
    assert_eq!(
        read_csv(&format!("{},x\r\n", csv_field("line\r\nbreak"))),
        [["line\r\nbreak", "x"]]
    );
}

#[test]
fn the_staff_bar_speaks_each_language() {
    let en = StaffTexts::get(Locale::En);
    for locale in [Locale::It, Locale::Es] {
        let t = StaffTexts::get(locale);
        for (theirs, english) in [
            (t.title, en.title),
            (t.full_screen, en.full_screen),
            (t.exit_full_screen, en.exit_full_screen),
            (t.close, en.close),
            (t.export, en.export),
            (t.reset, en.reset),
            (t.confirm_yes, en.confirm_yes),
            (t.off, en.off),
            (t.walked_away, en.walked_away),
        ] {
            assert_ne!(theirs, english, "{locale:?}");
            assert!(!theirs.is_empty());
        }
    }
}

#[test]
fn an_event_is_read_with_its_quiz_length() {
    let done = complete(Role::CommunityManager, Lean::Clear, Locale::It);
    let mut detail: Value = serde_json::from_str(&done.to_json()).unwrap();
    assert_eq!(
        read_event(done.name(), &detail.to_string()),
        Ok((done.clone(), Length::Full))
    );
    detail["length"] = "quick".into();
    assert_eq!(
        read_event(done.name(), &detail.to_string()),
        Ok((done.clone(), Length::Quick))
    );
    detail["length"] = "medium".into();
    assert_eq!(
        read_event(done.name(), &detail.to_string()),
        Err(MessageError::Field("length"))
    );
    assert_eq!(
        read_event("rolefit:reset", "{\"lang\":\"it\"}"),
        Err(MessageError::Field("version"))
    );
}
