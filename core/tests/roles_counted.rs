//! Roles as data, beyond the quiz: host events name every role of a bank by its id, and the
//! kiosk counts them, stores them, exports and reads them back, with their names from the bank.
#![cfg(not(target_arch = "wasm32"))]

use rolefit_core::scoring::answers_favouring;
use rolefit_core::tally::*;
use rolefit_core::*;

const FOUR: &str = include_str!("documents/four-roles.json");
const TWO: &str = include_str!("documents/two-roles.json");

fn bank(text: &str) -> Content {
    Content::parse(text).unwrap_or_else(|e| panic!("bank is invalid:\n{e}"))
}

fn completed(content: &Content, role: Role, lang: Locale) -> HostEvent {
    HostEvent::result(
        content,
        &answers_favouring(content, role),
        lang,
        ResultOrigin::Finished,
        Length::Full,
        AnswersInEvents::Omitted,
    )
}

#[test]
fn host_events_name_every_role_of_the_bank_by_its_id() {
    let content = bank(FOUR);
    let creator = content.role_by_id("content-creator").unwrap();
    let event = completed(&content, creator, Locale::It);
    let HostEvent::Result(result) = &event else {
        panic!("{event:?}")
    };
    assert_eq!(result.ranking.len(), 4);
    assert_eq!(result.ranking[0].id.as_str(), "content-creator");
    assert_eq!(result.ranking[0].name, "Content Creator");
    let total: u32 = result.ranking.iter().map(|r| u32::from(r.percent)).sum();
    assert_eq!(total, 100);
    let json: serde_json::Value = serde_json::from_str(&event.to_json()).unwrap();
    assert_eq!(json["ranking"][0]["role"], "content-creator");
    assert_eq!(json["ranking"][0]["name"], "Content Creator");
    assert_eq!(HostEvent::parse(event.name(), &event.to_json()), Ok(event));
}

#[test]
fn the_kiosk_counts_every_role_of_the_bank_and_its_csv_reads_back() {
    let content = bank(FOUR);
    let mut counting = Counting::new(Tallies::default());
    let mut clock = 0.0;
    for role in content
        .all_roles()
        .chain(content.role_by_id("content-creator"))
    {
        counting.record(
            &HostEvent::start(&content, Locale::En),
            Moment::new(clock, 10),
        );
        clock += 100.0;
        counting.record(
            &completed(&content, role, Locale::En),
            Moment::new(clock, 10),
        );
        counting.record(
            &HostEvent::reset(&content, Locale::En),
            Moment::new(clock, 10),
        );
    }
    let tallies = counting.tallies().clone();
    assert_eq!(tallies.finished(), 5);
    // Sorted by id, whatever order the candidates came in.
    let counted: Vec<(&str, u32)> = tallies
        .roles()
        .iter()
        .map(|r| (r.id.as_str(), r.count))
        .collect();
    assert_eq!(
        counted,
        [
            ("community-manager", 1),
            ("content-creator", 2),
            ("social-media-manager", 1),
            ("social-media-strategist", 1)
        ]
    );
    // Stored and read back as they were.
    let stored = Stored {
        tallies: tallies.clone(),
        unreadable: None,
    };
    assert_eq!(Stored::decode(&stored.encode()), Ok(stored));
    // The CSV has a row per role, labelled with its name from the bank.
    let names = counting.names(Locale::En);
    assert_eq!(
        names.get(&RoleId::from("content-creator")),
        "Content Creator"
    );
    let csv = tallies.csv(StaffTexts::get(Locale::En), &names);
    assert!(
        csv.contains("\r\nrole,content-creator,Content Creator,2\r\n"),
        "{csv}"
    );
    let (read, read_names) = Tallies::read_csv(&csv).unwrap();
    assert_eq!(read, tallies);
    assert_eq!(
        read_names.get(&RoleId::from("content-creator")),
        "Content Creator"
    );
    // A kiosk with the shipped roles and one with the bank's add up role by role.
    let mut shipped = Tallies::default();
    shipped.add(&read);
    shipped.add(&read);
    assert_eq!(shipped.role("content-creator"), 4);
    assert_eq!(shipped.roles().len(), 4);
    let chart = tallies.chart(Group::Role, StaffTexts::get(Locale::En), &names);
    let labels: Vec<&str> = chart.bars.iter().map(|b| b.label.as_str()).collect();
    assert_eq!(
        labels,
        [
            "Community Manager",
            "Content Creator",
            "Social Media Manager",
            "Social Media Strategist"
        ]
    );
}

#[test]
fn names_come_from_results_in_the_staff_bars_language_first() {
    // The two-role bank with the first role's name translated.
    let mut doc: serde_json::Value = serde_json::from_str(TWO).unwrap();
    doc["roles"][0]["name"] = serde_json::json!({
        "it": "Responsabile della community",
        "es": "Responsable de comunidad",
        "en": "Community Manager"
    });
    let content = bank(&doc.to_string());
    let first = content.all_roles().next().unwrap();
    let id = RoleId::from("community-manager");
    // Before anyone finishes, the id stands in for the name.
    let mut counting = Counting::new(Tallies::default());
    assert_eq!(counting.names(Locale::It).get(&id), "community-manager");
    for (lang, at) in [(Locale::Es, 0.0), (Locale::It, 100.0)] {
        counting.record(&HostEvent::start(&content, lang), Moment::new(at, 9));
        counting.record(&completed(&content, first, lang), Moment::new(at + 60.0, 9));
        counting.record(&HostEvent::reset(&content, lang), Moment::new(at + 70.0, 9));
    }
    assert_eq!(
        counting.names(Locale::Es).get(&id),
        "Responsable de comunidad"
    );
    assert_eq!(
        counting.names(Locale::It).get(&id),
        "Responsabile della community"
    );
    // Nobody has finished in English: the first language's in it, es, en that has them,
    // whoever finished last.
    assert_eq!(
        counting.names(Locale::En).get(&id),
        "Responsabile della community"
    );
    // Both roles are counted from the first result on, the other one at 0.
    let counted: Vec<u32> = counting.tallies().roles().iter().map(|r| r.count).collect();
    assert_eq!(counted, [2, 0]);
}

#[test]
fn a_kiosk_reads_a_bounded_number_of_roles_back() {
    let content = bank(TWO);
    let mut counting = Counting::new(Tallies::default());
    let first = content.all_roles().next().unwrap();
    counting.record(&completed(&content, first, Locale::En), Moment::new(0.0, 9));
    let names = counting.names(Locale::En);
    let csv = counting.tallies().csv(StaffTexts::get(Locale::En), &names);
    let (head, rest) = csv.split_once("\r\nrole,").unwrap();
    let many: String = (0..MAX_ROLES_COUNTED)
        .map(|n| format!("role,extra-{n},Extra,0\r\n"))
        .collect();
    let refused = Tallies::from_csv(&format!("{head}\r\n{many}role,{rest}")).unwrap_err();
    // Lines 5 to 68 are the 64 roles read; the bank's first role, after them, is one too many.
    assert_eq!(refused.line, 5 + MAX_ROLES_COUNTED);
    let too_many = CsvProblem::Unknown("role".into(), "community-manager".into());
    assert_eq!(refused.problem, too_many);
    let mut stored: serde_json::Value = serde_json::from_str(
        &Stored {
            tallies: counting.tallies().clone(),
            unreadable: None,
        }
        .encode(),
    )
    .unwrap();
    for n in 0..MAX_ROLES_COUNTED {
        stored["roles"][format!("extra-{n}")] = 0.into();
    }
    assert_eq!(
        Stored::decode(&stored.to_string()),
        Err(TallyError::Field("roles"))
    );
}
