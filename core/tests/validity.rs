//! The validity suite for any bank (`rolefit_core::validity`): a fair four-role bank passes,
//! an unfair one fails with the questions that make it unfair named as the cause, a two-role
//! bank works, and the progressive run ends on the full run's figures. The banks are
//! `documents/four-roles-fair.json` (four roles, each with its own dimension and the same
//! kinds of questions for each) and `two-roles.json`; samples are small here, so a check that
//! fails may only be uncertain (`Check::certain`).
#![cfg(not(target_arch = "wasm32"))]

use rolefit_core::scoring::rank;
use rolefit_core::validity::{self, Answered, Check, Figure, Floor, Size, Status, SEED};
use rolefit_core::*;

const FAIR: &str = include_str!("documents/four-roles-fair.json");
const TWO: &str = include_str!("documents/two-roles.json");

fn bank(text: &str) -> Content {
    Content::parse(text).unwrap_or_else(|e| panic!("bank is invalid:\n{e}"))
}

/// The fair bank with three of the Content Creator's statements also weighing against every
/// other role: agreeing with them puts it far ahead, so random answers favour it.
fn unfair() -> Content {
    let mut doc: serde_json::Value = serde_json::from_str(FAIR).unwrap();
    for q in doc["questions"].as_array_mut().unwrap() {
        let id = q["id"].as_str().unwrap().to_string();
        if [
            "content-statement-1",
            "content-statement-2",
            "content-statement-4",
        ]
        .contains(&&*id)
        {
            let w = q["weights"]["content"].as_f64().unwrap();
            q["weights"] = serde_json::json!({
                "content": w, "interpersonal": -w, "marketing": -w, "strategy": -w
            });
        }
    }
    bank(&doc.to_string())
}

fn failing(report: &validity::Report) -> Vec<&Check> {
    report.failed().collect()
}

#[test]
fn a_fair_four_role_bank_passes() {
    let content = bank(FAIR);
    let report = validity::check(&content, Size::divided(128));
    assert_eq!(report.roles.len(), 4);
    for c in failing(&report) {
        assert!(
            !c.certain(),
            "{} {:?}: {:?} against {:?}",
            c.id,
            c.role.map(|r| report.role_id(r)),
            c.figure,
            c.floor
        );
    }
    // Each role on top for a quarter of random answerers.
    let shares: Vec<&Check> = report
        .checks
        .iter()
        .filter(|c| c.id == "random-share")
        .collect();
    assert_eq!(shares.len(), 4);
    for c in shares {
        assert_eq!(
            c.floor,
            Floor::Near {
                target: 0.25,
                tolerance: 0.03
            }
        );
        assert_eq!(c.status, Status::Pass, "{:?}", c.figure);
    }
}

#[test]
fn an_unfair_bank_fails_and_names_the_questions_that_make_it_unfair() {
    let content = unfair();
    let report = validity::check(&content, Size::divided(128));
    let creator = content.role_by_id("content-creator").unwrap();
    let share = report
        .checks
        .iter()
        .find(|c| c.id == "random-share" && c.role == Some(creator))
        .unwrap();
    assert_eq!(share.status, Status::Fail, "{:?}", share.figure);
    assert!(share.certain(), "{:?}", share.interval);
    let Figure::Share(figure) = share.figure else {
        panic!("a share")
    };
    assert!(figure > 0.28, "{figure}");
    // The causes: agreeing with the statements that weigh against every other role.
    let named: Vec<(&str, &Answered)> = share
        .causes
        .iter()
        .map(|c| (c.question.as_str(), &c.answer))
        .collect();
    assert_eq!(
        named[..2],
        [
            ("content-statement-1", &Answered::Point(5)),
            ("content-statement-2", &Answered::Point(5))
        ]
    );
    assert!(!report.passed());
}

#[test]
fn a_two_role_bank_is_checked_for_its_two_roles() {
    let content = bank(TWO);
    let report = validity::check(&content, Size::divided(256));
    assert_eq!(
        report.roles,
        ["community-manager", "social-media-strategist"]
    );
    let shares: Vec<&Check> = report
        .checks
        .iter()
        .filter(|c| c.id == "random-share")
        .collect();
    assert_eq!(shares.len(), 2);
    for c in &shares {
        assert_eq!(
            c.floor,
            Floor::Near {
                target: 0.5,
                tolerance: 0.03
            }
        );
    }
    // One pair of roles: generalists and blends of that pair only.
    assert_eq!(validity::generalists(&content, SEED, 0.15, 3).len(), 3);
    assert_eq!(report.influence.len(), content.questions().len());
}

#[test]
fn the_progressive_run_ends_on_the_full_runs_figures() {
    let content = bank(TWO);
    let stages: Vec<validity::Report> =
        validity::progressive(&content, Size::divided(1024), Size::divided(64)).collect();
    let divisors: Vec<u32> = stages.iter().map(|r| r.divisor).collect();
    assert_eq!(divisors, [1024, 256, 64]);
    assert_eq!(
        stages.last().unwrap(),
        &validity::check(&content, Size::divided(64))
    );
    // Each stage measures each share on more candidates, so its interval narrows.
    let n = |r: &validity::Report| r.checks[0].interval.unwrap().n;
    assert!(n(&stages[0]) < n(&stages[1]) && n(&stages[1]) < n(&stages[2]));
}

#[test]
fn a_smaller_sample_is_the_start_of_a_larger_one() {
    let content = bank(TWO);
    let small = validity::random_population(&content, SEED, 10);
    let large = validity::random_population(&content, SEED, 40);
    assert_eq!(small[..], large[..10]);
    let small = validity::simulated(&content, SEED, 0.25, 5);
    let large = validity::simulated(&content, SEED, 0.25, 20);
    for role in 0..2 {
        assert_eq!(
            small[role * 5..role * 5 + 5],
            large[role * 20..role * 20 + 5]
        );
    }
}

#[test]
fn the_report_reads_back_as_json() {
    let content = unfair();
    let report = validity::check(&content, Size::divided(1024));
    let json: serde_json::Value = serde_json::from_str(&report.to_json()).unwrap();
    assert_eq!(json["passed"], false);
    assert_eq!(json["divisor"], 1024);
    let checks = json["checks"].as_array().unwrap();
    assert_eq!(checks.len(), report.checks.len());
    let share = &checks[3];
    assert_eq!(share["id"], "random-share");
    assert_eq!(share["role"], "content-creator");
    assert!(share["interval"]["n"].as_u64().unwrap() > 0);
    assert_eq!(share["floor"]["kind"], "near");
    assert!(["pass", "fail"].contains(&share["status"].as_str().unwrap()));
    assert_eq!(
        json["influence"].as_array().unwrap().len(),
        content.questions().len()
    );
}

#[test]
fn percentages_never_rise_down_the_ranking() {
    // The fair bank ties roles often (each role's dimension is weighed alike); a tie broken
    // by the last bit of the shares once ranked 34 above 35 (the 7,129th random answerer).
    let content = bank(FAIR);
    for answers in validity::random_population(&content, SEED, 10_000) {
        let ranked = rank(&content, &answers);
        for pair in ranked.ranking.windows(2) {
            assert!(pair[0].percent >= pair[1].percent, "{ranked:?}");
        }
    }
}
