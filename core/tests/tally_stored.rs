//! The kiosk's tallies as stored, exported as CSV and told to staff: read back exactly, refused
//! with the reason when damaged, in each language.
#![cfg(not(target_arch = "wasm32"))]

mod tally_support;

use rolefit_core::tally::*;
use rolefit_core::*;
use serde_json::Value;
use tally_support::*;

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
    // The roles are the content's, by id: any id, but nothing that is not one, and counts.
    assert_eq!(
        with(|v| v["roles"]["Chief Executive"] = 1.into()),
        Err(TallyError::Field("roles"))
    );
    assert_eq!(
        with(|v| v["roles"]["ceo"] = "one".into()),
        Err(TallyError::Field("roles"))
    );
    assert_eq!(
        with(|v| v["roles"] = serde_json::json!([1, 2])),
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
        let rows = read_csv(&counting.tallies().csv(t, &RoleNames::default()));
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
            tallies.role("community-manager")
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
fn a_huge_stored_value_is_never_repeated_whole_to_staff() {
    let good: Value = serde_json::from_str(&stored(&run(&fifty()))).unwrap();
    let huge = "9".repeat(5_000_000);
    let en = StaffTexts::get(Locale::En);
    let mut format = good.clone();
    format["format"] = huge.clone().into();
    let mut field = good.clone();
    field[huge.as_str()] = 1.into();
    for damaged in [format, field] {
        let error = Stored::decode(&damaged.to_string()).unwrap_err();
        let told = error.describe(en);
        assert!(told.chars().count() < 400, "{} characters", told.len());
        assert!(told.contains(&format!("{}…", &huge[..SHOWN_MAX])), "{told}");
    }
    // Short values are told as they are.
    let mut short = good.clone();
    short["format"] = 2.into();
    assert_eq!(
        Stored::decode(&short.to_string()),
        Err(TallyError::Format("2".into()))
    );
}

#[test]
fn a_valid_entry_with_a_huge_carried_text_keeps_its_counts_and_is_cut() {
    let counting = run(&fifty());
    let mut entry: Value = serde_json::from_str(&stored(&counting)).unwrap();
    entry["unreadable"] = "x".repeat(5_000_000).into();
    let back = Stored::decode(&entry.to_string()).unwrap();
    assert_eq!(&back.tallies, counting.tallies());
    assert_eq!(
        back.unreadable.as_ref().map(|u| u.chars().count()),
        Some(UNREADABLE_MAX)
    );
    // What is written back on the next count is no larger than a text set aside.
    let written = back.encode();
    assert!(
        written.len() < UNREADABLE_MAX + 2_000,
        "{} bytes",
        written.len()
    );
    assert_eq!(Stored::decode(&written), Ok(back));
}
