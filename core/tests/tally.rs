//! The kiosk's tallies: each candidate counted once, and only independent counts, so the stored
//! form says nothing about any one candidate.
#![cfg(not(target_arch = "wasm32"))]

mod tally_support;

use rolefit_core::scoring::answers_favouring;
use rolefit_core::tally::*;
use rolefit_core::*;
use serde_json::Value;
use tally_support::*;

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
    assert!(candidates[0].finishes);
    assert_eq!(shape(&one), shape(&all));
    // Before anyone finishes, the roles are not known yet: the first result names every role
    // of the content (each counting 0 but the top one), and from then on the shape is fixed.
    let mut before = shape(&all);
    before["roles"] = serde_json::json!({});
    assert_eq!(before, shape(&Stored::default().encode()));
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
    let by_role: u32 = t.roles().iter().map(|r| r.count).sum();
    assert_eq!(
        t.roles().iter().map(|r| r.id.as_str()).collect::<Vec<_>>(),
        ROLES
    );
    let by_hour: u32 = (0..24).map(|h| t.hour(h)).sum();
    assert_eq!((by_role, by_hour), (finished, 50));
}

#[test]
fn a_quick_result_continued_to_the_full_quiz_counts_once_as_its_last_result() {
    let mut counting = Counting::new(Tallies::default());
    let start = HostEvent::Start(quiz(Locale::Es));
    assert!(counting.record(&start, Moment::new(0.0, 10)));
    let quick = complete("community-manager", Lean::Blend, Locale::Es, Length::Quick);
    assert!(counting.record(&quick, Moment::new(70.0, 10)));
    assert_eq!(counting.tallies().length(Length::Quick), 1);
    // "Answer the rest": the same candidate, a second start and a second result.
    assert!(!counting.record(&start, Moment::new(75.0, 10)));
    let full = complete(
        "social-media-strategist",
        Lean::Clear,
        Locale::En,
        Length::Full,
    );
    assert!(counting.record(&full, Moment::new(200.0, 11)));
    let t = counting.tallies().clone();
    assert_eq!((t.started(), t.finished(), t.walked_away()), (1, 1, 0));
    assert_eq!(t.role("community-manager"), 0);
    assert_eq!(t.role("social-media-strategist"), 1);
    assert_eq!((t.lean(Lean::Blend), t.lean(Lean::Clear)), (0, 1));
    assert_eq!((t.language(Locale::Es), t.language(Locale::En)), (0, 1));
    assert_eq!((t.length(Length::Quick), t.length(Length::Full)), (0, 1));
    // 200 seconds from the start: the 3:00–4:00 bucket.
    assert_eq!(t.finish_time(6), 1);
    assert_eq!(bucket_id(6), "180-240");
    // Left on the result: finished, not walked away; the memory of them is dropped.
    counting.record(&HostEvent::Reset(quiz(Locale::It)), Moment::new(300.0, 11));
    assert_eq!(counting.tallies().walked_away(), 0);
    let next = complete(
        "social-media-manager",
        Lean::Flat,
        Locale::It,
        Length::Quick,
    );
    counting.record(&HostEvent::Start(quiz(Locale::It)), Moment::new(400.0, 11));
    counting.record(&next, Moment::new(450.0, 11));
    let t = counting.tallies();
    assert_eq!((t.started(), t.finished()), (2, 2));
    assert_eq!(
        t.role("social-media-strategist"),
        1,
        "the first candidate stays counted"
    );
}

#[test]
fn walking_away_is_a_reset_before_the_result_and_other_events_count_nothing() {
    let mut counting = Counting::new(Tallies::default());
    let at = Moment::new(0.0, 9);
    assert!(!counting.record(&HostEvent::Reset(quiz(Locale::It)), at));
    assert!(!counting.record(&HostEvent::Ready(quiz(Locale::It)), at));
    counting.record(&HostEvent::Start(quiz(Locale::It)), at);
    assert!(counting.record(&HostEvent::Reset(quiz(Locale::It)), at));
    assert_eq!(counting.tallies().walked_away(), 1);
    // A result opened from a share link is nobody finishing here.
    let content = shipped();
    let shared = HostEvent::result(
        content,
        &answers_favouring(content, content.role_by_id("community-manager").unwrap()),
        Locale::It,
        ResultOrigin::Shared,
        Length::Full,
        AnswersInEvents::Omitted,
    );
    assert!(!counting.record(&shared, at));
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
        counting.record(&HostEvent::Start(quiz(Locale::En)), Moment::new(0.0, 9));
        let done = complete("community-manager", Lean::Clear, Locale::En, Length::Full);
        counting.record(&done, Moment::new(seconds, 9));
        counting.record(&HostEvent::Reset(quiz(Locale::En)), Moment::new(seconds, 9));
    }
    assert_eq!(counting.tallies().median_bucket(), Some(3));
    assert_eq!(counting.tallies().median_text(en), "between 1:30 and 2:00");
    assert_eq!(counting.tallies().finish_time(FINISH_BUCKETS - 1), 1);
}

#[test]
fn an_event_is_read_with_its_quiz_length() {
    for length in [Length::Quick, Length::Full] {
        let done = complete("community-manager", Lean::Clear, Locale::It, length);
        let read = HostEvent::parse(done.name(), &done.to_json());
        assert_eq!(read, Ok(done));
        let mut counting = Counting::new(Tallies::default());
        counting.record(&read.unwrap(), Moment::new(0.0, 9));
        assert_eq!(counting.tallies().length(length), 1);
    }
}
