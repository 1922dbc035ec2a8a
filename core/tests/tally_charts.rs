//! The tallies as pictures: every bar says its count, and bars are as long as their counts.
#![cfg(not(target_arch = "wasm32"))]

use rolefit_core::tally::*;
use rolefit_core::Locale;

const MORNING: &str = r#"{"format":1,"started":41,"finished":33,"walked_away":6,
 "roles":{"community-manager":12,"social-media-manager":13,"social-media-strategist":8},
 "leans":{"clear":19,"blend":11,"flat":3},
 "languages":{"it":21,"es":4,"en":8},
 "lengths":{"quick":30,"full":3},
 "finish_seconds":{"0-30":0,"30-60":2,"60-90":9,"90-120":12,"120-150":5,"150-180":3,"180-240":1,"240-300":1,"300-420":0,"420-600":0,"600-900":0,"900-":0},
 "hours":[0,0,0,0,0,0,0,2,0,3,7,9,4,2,6,8,2,0,0,1,0,0,0,0]}"#;

fn morning() -> Tallies {
    Stored::decode(MORNING).expect("the example reads").tallies
}

#[test]
fn every_bar_carries_its_count_and_a_length_in_proportion() {
    let t = StaffTexts::get(Locale::En);
    let tallies = morning();
    for chart in tallies.charts(t, &RoleNames::default()) {
        let rows: Vec<Row> = tallies
            .rows(t, &RoleNames::default())
            .into_iter()
            .filter(|r| r.group == chart.group)
            .collect();
        let max = chart.bars.iter().map(|b| b.value).max().unwrap();
        for bar in &chart.bars {
            let row = rows.iter().find(|r| r.item == bar.item).unwrap();
            assert_eq!(bar.value, row.count, "{}", bar.item);
            assert_eq!(bar.length, bar.value * 1000 / max, "{}", bar.item);
        }
        assert!(chart.bars.iter().any(|b| b.length == 1000));
    }
    let roles = tallies.chart(Group::Role, t, &RoleNames::default());
    assert_eq!(roles.heading, "Top role");
    assert_eq!(
        roles.bars.iter().map(|b| b.value).collect::<Vec<_>>(),
        [12, 13, 8]
    );
    let times = tallies.chart(Group::FinishTime, t, &RoleNames::default());
    assert_eq!(times.bars.len(), 12);
    assert_eq!(times.bars[3].label, "1:30–2:00");
    assert_eq!(times.bars[11].label, "15:00 or more");
}

#[test]
fn the_day_runs_from_the_first_start_to_the_last_and_covers_opening_hours() {
    let t = StaffTexts::get(Locale::It);
    let tallies = morning();
    assert_eq!(tallies.day(), 7..=19);
    let hours = tallies.chart(Group::Hour, t, &RoleNames::default());
    let labels: Vec<&str> = hours.bars.iter().map(|b| b.label.as_str()).collect();
    assert_eq!(labels.first(), Some(&"07"));
    assert_eq!(labels.last(), Some(&"19"));
    assert_eq!(hours.bars.iter().map(|b| b.value).sum::<u32>(), 44);
    assert_eq!(Tallies::default().day(), 9..=17);
}

#[test]
fn headlines_and_an_empty_day() {
    let t = StaffTexts::get(Locale::Es);
    let heads = morning().headlines(t);
    let values: Vec<&str> = heads.iter().map(|h| h.value.as_str()).collect();
    assert_eq!(values, ["41", "33", "6", "1:30–2:00"]);
    assert_eq!(heads[3].label, "Tiempo mediano para terminar");
    let empty = Tallies::default();
    assert_eq!(empty.headlines(t)[3].value, "–");
    for chart in empty.charts(t, &RoleNames::default()) {
        assert!(chart.bars.iter().all(|b| b.value == 0 && b.length == 0));
    }
    assert_eq!(length(5, 0), 0);
    assert_eq!(length(u32::MAX, u32::MAX), 1000);
}
