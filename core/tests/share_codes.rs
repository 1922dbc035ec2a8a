//! Share links and saved progress: the snapshot codec, damaged and foreign codes, resuming, and a share link that stands only for a whole result.
#![cfg(not(target_arch = "wasm32"))]

use rolefit_core::*;

mod documents;

use documents::*;

// Share links and saved progress: the snapshot codec.

/// A part-way quiz: the first `n` questions answered, standing on the next one.
fn part_way(content: &Content, n: usize) -> Snapshot {
    let all = answer_all(content, 4, 1);
    let answers = content.questions()[..n]
        .iter()
        .map(|q| (q.id().clone(), all[q.id()].clone()))
        .collect();
    Snapshot {
        step: Step::Question(n),
        answers,
        pace: Pace::Full,
    }
}

#[test]
fn a_result_and_any_progress_come_back_exactly_from_their_code() {
    let content = shipped();
    let result = Snapshot {
        step: Step::Result,
        answers: answer_all(&content, 5, 2),
        pace: Pace::Full,
    };
    let code = result.encode(&content);
    assert_eq!(Snapshot::decode(&code, &content), Ok(result));
    // 4 bytes of header, 67 bits of answers, 2 of check: 15 bytes, 20 characters.
    assert_eq!(code.len(), 20, "{code}");
    for n in 0..content.questions().len() {
        let progress = part_way(&content, n);
        let code = progress.encode(&content);
        assert_eq!(Snapshot::decode(&code, &content), Ok(progress), "after {n}");
    }
    let intro = Snapshot {
        step: Step::Intro,
        answers: Answers::new(),
        pace: Pace::Full,
    };
    assert_eq!(
        Snapshot::decode(&intro.encode(&content), &content),
        Ok(intro)
    );
}

#[test]
fn a_partly_made_pick_is_kept_in_progress() {
    let content = shipped();
    let (index, pick) = content
        .questions()
        .iter()
        .enumerate()
        .find(|(_, q)| matches!(q.kind(), QuestionKind::Pick { .. }))
        .expect("the quiz has a pick");
    let one: Picks = [pick.options()[2].id().clone()].into_iter().collect();
    let mut answers = Answers::new();
    answers.insert(pick.id().clone(), Answer::Pick(one));
    let progress = Snapshot {
        step: Step::Question(index),
        answers,
        pace: Pace::Full,
    };
    assert_eq!(
        Snapshot::decode(&progress.encode(&content), &content),
        Ok(progress)
    );
}

#[test]
fn a_code_from_another_version_of_the_quiz_says_so() {
    let content = shipped();
    let code = Snapshot {
        step: Step::Result,
        answers: answer_all(&content, 2, 0),
        pace: Pace::Full,
    }
    .encode(&content);
    let mut doc: serde_json::Value = serde_json::from_str(BUILT_IN_CONTENT).unwrap();
    doc["version"] = format!("{}-next", content.version()).into();
    let newer = Content::parse(&doc.to_string()).unwrap();
    assert_eq!(
        Snapshot::decode(&code, &newer),
        Err(SnapshotError::OtherVersion)
    );
}

#[test]
fn damaged_codes_are_refused_never_misread() {
    let content = shipped();
    let code = Snapshot {
        step: Step::Result,
        answers: answer_all(&content, 3, 1),
        pace: Pace::Full,
    }
    .encode(&content);
    let damaged = [
        String::new(),
        "A".into(),
        code[..code.len() - 1].to_string(),
        code[..code.len() / 2].to_string(),
        format!("{code}A"),
        code.replace(|c: char| c.is_ascii_digit(), "!"),
        format!("{code}="),
        "<script>alert(1)</script>".into(),
        "ü".repeat(10),
    ];
    for text in damaged {
        assert!(
            Snapshot::decode(&text, &content).is_err(),
            "{text:?} was read"
        );
    }
    // Every single-character change of the code is noticed.
    let alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    for i in 0..code.len() {
        for c in alphabet.chars().filter(|&c| code.as_bytes()[i] != c as u8) {
            let mut changed = code.clone();
            changed.replace_range(i..=i, &c.to_string());
            assert!(
                Snapshot::decode(&changed, &content).is_err(),
                "{changed} was read"
            );
        }
    }
    assert_eq!(
        Snapshot::decode(&"A".repeat(MAX_CODE_LEN + 1), &content),
        Err(SnapshotError::TooLong)
    );
}

#[test]
fn only_a_rolefit_fragment_is_a_share_code() {
    assert_eq!(share_code("#rolefit=AbC-_9"), Some("AbC-_9"));
    assert_eq!(share_code("#rolefit="), Some(""));
    assert_eq!(share_code("#section-2"), None);
    assert_eq!(share_code(""), None);
    assert_eq!(share_code("rolefit=x"), None);
}

#[test]
fn resuming_returns_to_the_same_question_with_the_same_answers() {
    let content = shipped();
    let saved = part_way(&content, 5);
    let quiz = Quiz::new(Locale::Es).resumed(saved.clone());
    assert_eq!(quiz.step, Step::Question(5));
    assert_eq!(quiz.snapshot(), saved);
    assert_eq!(quiz.locale, Locale::Es);
    assert_eq!(quiz.answered_count(&content), 5);
}

#[test]
fn a_share_link_stands_only_for_a_whole_result() {
    let content = shipped();
    let result = Snapshot {
        step: Step::Result,
        answers: answer_all(&content, 4, 0),
        pace: Pace::Full,
    };
    let code = result.encode(&content);
    assert_eq!(Snapshot::decode_shared(&code, &content), Ok(result));
    let half_done = part_way(&content, 3).encode(&content);
    assert!(Snapshot::decode(&half_done, &content).is_ok());
    assert_eq!(
        Snapshot::decode_shared(&half_done, &content),
        Err(SnapshotError::Damaged)
    );
}
