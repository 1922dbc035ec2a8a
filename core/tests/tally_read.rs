//! Kiosks' CSV exports read back and merged: an export in any language reads as the counts
//! it was written from; anything else is refused with its line.
#![cfg(not(target_arch = "wasm32"))]

use rolefit_core::tally::*;
use rolefit_core::Locale;

const MORNING: &str = r#"{"format":1,"started":41,"finished":33,"walked_away":6,
 "roles":{"community-manager":12,"social-media-manager":13,"social-media-strategist":8},
 "leans":{"clear":19,"blend":11,"flat":3},"languages":{"it":21,"es":4,"en":8},
 "lengths":{"quick":30,"full":3},
 "finish_seconds":{"0-30":0,"30-60":2,"60-90":9,"90-120":12,"120-150":5,"150-180":3,"180-240":1,"240-300":1,"300-420":0,"420-600":0,"600-900":0,"900-":4294967295},
 "hours":[0,0,0,0,0,0,0,2,0,3,7,9,4,2,6,8,2,0,0,1,0,0,0,0]}"#;

fn morning() -> Tallies {
    Stored::decode(MORNING).unwrap().tallies
}

#[test]
fn an_export_in_any_language_reads_back_as_its_counts() {
    for locale in Locale::ALL {
        let csv = morning().csv(StaffTexts::get(locale), &RoleNames::default());
        assert_eq!(Tallies::from_csv(&csv), Ok(morning()), "{locale:?}");
        let lf = csv.replace("\r\n", "\n");
        assert_eq!(Tallies::from_csv(&format!("\u{feff}{lf}\n")), Ok(morning()));
    }
}

#[test]
fn kiosks_add_up_count_by_count() {
    let t = StaffTexts::get(Locale::En);
    let mut total = morning();
    total.add(&morning());
    for (row, one) in total
        .rows(t, &RoleNames::default())
        .iter()
        .zip(morning().rows(t, &RoleNames::default()))
    {
        let doubled = if one.count == u32::MAX {
            u32::MAX
        } else {
            one.count * 2
        };
        assert_eq!(row.count, doubled, "{}", row.item);
    }
    let mut zero = Tallies::default();
    zero.add(&morning());
    assert_eq!(zero, morning());
}

fn refused(text: &str) -> (usize, CsvProblem) {
    let e = Tallies::from_csv(text).unwrap_err();
    (e.line, e.problem)
}

#[test]
fn anything_but_an_export_is_refused_with_its_line() {
    let good = morning().csv(StaffTexts::get(Locale::It), &RoleNames::default());
    let lines: Vec<&str> = good.split("\r\n").collect();
    let with = |n: usize, line: &str| {
        let mut l = lines.clone();
        l[n - 1] = line;
        l.join("\r\n")
    };
    assert_eq!(refused(""), (1, CsvProblem::Empty));
    assert_eq!(
        refused("name,email\r\nAda,ada@example.org\r\n"),
        (1, CsvProblem::Header)
    );
    assert_eq!(
        refused(&with(3, "candidates,finished,Finiti")),
        (3, CsvProblem::Fields)
    );
    // A role is any content's role, by its id: not something that cannot be an id.
    assert_eq!(
        refused(&with(5, "role,Astronaut!,Astronaut,1")),
        (5, CsvProblem::Unknown("role".into(), "Astronaut!".into()))
    );
    assert_eq!(
        refused(&with(6, "role,community-manager,Community Manager,1")),
        (
            6,
            CsvProblem::Repeated("role".into(), "community-manager".into())
        )
    );
    assert_eq!(
        refused(&with(2, "candidates,started,x,-4")),
        (2, CsvProblem::Count("-4".into()))
    );
    assert_eq!(refused(&with(2, "candidates,started,x,99999999999")).0, 2);
    assert_eq!(refused(&with(2, "candidates,started,x, 4")).0, 2);
    assert_eq!(
        refused(&with(4, "candidates,started,Iniziati,1")),
        (
            4,
            CsvProblem::Repeated("candidates".into(), "started".into())
        )
    );
    let short: String = lines[..lines.len() - 2].join("\r\n");
    assert_eq!(
        refused(&short),
        (
            lines.len() - 1,
            CsvProblem::Missing("hour".into(), "23".into())
        )
    );
    assert_eq!(refused(&with(6, "role,\"open,1")), (6, CsvProblem::Fields));
    // A quoted label with a comma and a quote is still a label.
    let quoted = with(2, "candidates,started,\"Started, \"\"today\"\"\",41");
    assert_eq!(Tallies::from_csv(&quoted), Ok(morning()));
}

#[test]
fn refusals_name_the_file_and_the_line_in_each_language() {
    let error = Tallies::from_csv("name,email\r\n").unwrap_err();
    let say = |l| PageTexts::get(l).refusal("people.csv", &error);
    assert!(say(Locale::En).starts_with("people.csv is not a kiosk's tallies export: line 1:"));
    assert!(say(Locale::It).contains("riga 1"));
    assert!(say(Locale::Es).contains("línea 1"));
}
