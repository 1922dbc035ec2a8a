//! The kiosk's idle rules and timeouts.
#![cfg(not(target_arch = "wasm32"))]

use rolefit_core::*;

mod documents;

// Kiosk mode.

#[test]
fn an_idle_kiosk_warns_then_resets_and_its_attract_screen_waits_for_ever() {
    let t = Timeouts {
        idle: 45,
        result: 90,
        warning: 15,
    };
    let question = Step::Question(3);
    assert_eq!(t.after(question, 0), Idle::Active);
    assert_eq!(t.after(question, 44), Idle::Active);
    assert_eq!(t.after(question, 45), Idle::Warning { left: 15 });
    assert_eq!(t.after(question, 59), Idle::Warning { left: 1 });
    assert_eq!(t.after(question, 60), Idle::Reset);
    assert_eq!(t.after(Step::Result, 89), Idle::Active);
    assert_eq!(t.after(Step::Result, 90), Idle::Warning { left: 15 });
    assert_eq!(t.after(Step::Result, 105), Idle::Reset);
    assert_eq!(t.after(Step::Intro, u32::MAX), Idle::Active);
}

#[test]
fn kiosk_timeouts_come_from_whole_seconds_or_keep_their_defaults() {
    assert_eq!(
        Timeouts::from_settings(None, None, None),
        Timeouts::default()
    );
    assert_eq!(
        Timeouts::default(),
        Timeouts {
            idle: 45,
            result: 90,
            warning: 15
        }
    );
    let read = Timeouts::from_settings(Some(" 5 "), Some("12"), Some("3"));
    assert_eq!((read.idle, read.result, read.warning), (5, 12, 3));
    for bad in [
        "0", "-1", "1.5", "abc", "", "999999", "86401", "4e2", "+4", "٣",
    ] {
        let read = Timeouts::from_settings(Some(bad), Some(bad), Some(bad));
        assert_eq!(read, Timeouts::default(), "{bad:?}");
    }
}
