//! `cargo xtask personas`: writes `e2e/personas.json`, the candidates the end-to-end tests
//! play: one leaning as far as the content allows to each role, one blend whose top two are
//! close, and one generalist whose top two are far apart but whose top role turns on a few
//! answers, so it is labelled a blend too. Their expected
//! results are checked natively too (core/tests/scoring.rs), so a content change that moves them
//! is caught at both levels; rerun this after such a change.

use std::fmt::Write;

use rolefit_core::scoring::{
    answers_favouring, score, stability, Lean, BLEND_MARGIN, CLEAR_STABILITY_PERCENT,
};
use rolefit_core::{
    Answer, Answers, Content, Likert, Pace, QuestionId, QuestionKind, Role, BUILT_IN_CONTENT,
};

use rolefit_core::validity::quick_answers;

fn persona(content: &Content, answers: &Answers) -> String {
    let outcome = score(content, answers);
    let lean = outcome.lean.id();
    // The same candidate in the quick quiz: where it stops, and what it says there.
    // A quick result that stopped early shows no percentage, and its lean at most a blend.
    let asked = quick_answers(content, answers);
    let quick = score(content, &asked);
    let length = Pace::Quick.length(asked.len(), content.questions().len());
    let mut out = format!(
        "{{\n    \"top\": \"{}\",\n    \"lean\": \"{lean}\",\n    \"percent\": {},\n    \"stability\": {},\n    \"quick\": {{ \"top\": \"{}\", \"lean\": \"{}\", \"asked\": {} }},\n    \"answers\": {{",
        content.role(outcome.top()).id(),
        outcome.ranking[0].percent,
        stability(content, answers).percent(),
        content.role(quick.top()).id(),
        quick.lean.shown(length).id(),
        asked.len()
    );
    for (i, q) in content.questions().iter().enumerate() {
        let value = match &answers[q.id()] {
            Answer::Rating(p) => format!("\"{}\"", p.get()),
            Answer::Choice(c) => format!("\"{c}\""),
            Answer::Pick(ids) => {
                let ids: Vec<String> = ids.iter().map(|c| format!("\"{c}\"")).collect();
                format!("[{}]", ids.join(", "))
            }
        };
        let comma = if i + 1 < content.questions().len() {
            ","
        } else {
            ""
        };
        let _ = write!(out, "\n      \"{}\": {value}{comma}", q.id());
    }
    out.push_str("\n    }\n  }");
    out
}

/// Every answer set on the way from one role's answers to another's: a prefix of questions
/// switched, then one statement moved along the scale.
fn on_the_way(content: &Content, from: Role, to: Role) -> Vec<Answers> {
    let from = answers_favouring(content, from);
    let to = answers_favouring(content, to);
    let mut all = Vec::new();
    for n in 0..content.questions().len() {
        let mut mixed = from.clone();
        for q in content.questions().iter().take(n) {
            mixed.insert(q.id().clone(), to[q.id()].clone());
        }
        for q in content.questions() {
            if !matches!(q.kind(), QuestionKind::Rating { .. }) {
                continue;
            }
            for point in Likert::all() {
                let mut tried = mixed.clone();
                tried.insert(q.id().clone(), Answer::Rating(point));
                all.push(tried);
            }
        }
    }
    all
}

/// The content's first role and its `n`th (counted from 0), or its last where it has fewer.
fn first_and(content: &Content, n: usize) -> (Role, Role) {
    let roles: Vec<Role> = content.all_roles().collect();
    (roles[0], roles[n.min(roles.len() - 1)])
}

/// The closest blend on the way from the first role's answers to the third's (for the shipped
/// content, from the Community Manager to the Strategist; the last role's, with two).
fn blend(content: &Content) -> Option<Answers> {
    let mut best: Option<(u8, Answers)> = None;
    let (from, to) = first_and(content, 2);
    for tried in on_the_way(content, from, to) {
        let outcome = score(content, &tried);
        let gap = outcome.ranking[0].percent - outcome.ranking[1].percent;
        if outcome.lean == Lean::Blend && best.as_ref().is_none_or(|(g, _)| gap < *g) {
            best = Some((gap, tried));
        }
    }
    best.map(|(_, answers)| answers)
}

/// On the way from the first role's answers to the second's (for the shipped content, from the
/// Community Manager to the Social Media Manager: someone who looks after the community and
/// also runs the accounts and writes the posts), the answers
/// whose top two are more than [`BLEND_MARGIN`] apart but whose top role holds least often
/// under resampling (the wider gap on a tie): percentages that look decided, labelled a
/// blend all the same.
fn generalist(content: &Content) -> Option<Answers> {
    let mut best: Option<((u32, u8), Answers)> = None;
    let (from, to) = first_and(content, 1);
    for tried in on_the_way(content, from, to) {
        let outcome = score(content, &tried);
        let gap = outcome.ranking[0].percent - outcome.ranking[1].percent;
        let kept = stability(content, &tried).percent();
        let better = |(k, g): (u32, u8)| kept < k || (kept == k && gap > g);
        if kept < CLEAR_STABILITY_PERCENT
            && gap > BLEND_MARGIN
            && best.as_ref().is_none_or(|(b, _)| better(*b))
        {
            best = Some(((kept, gap), tried));
        }
    }
    best.map(|(_, answers)| answers)
}

pub fn write() -> Result<(), String> {
    let content = Content::parse(BUILT_IN_CONTENT).map_err(|e| e.to_string())?;
    let mut entries: Vec<String> = content
        .all_roles()
        .map(|role| {
            format!(
                "  \"{}\": {}",
                content.role(role).id(),
                persona(&content, &answers_favouring(&content, role))
            )
        })
        .collect();
    let blend = blend(&content).ok_or("no blend is reachable")?;
    entries.push(format!("  \"blend\": {}", persona(&content, &blend)));
    let generalist = generalist(&content).ok_or("no unstable generalist is reachable")?;
    entries.push(format!(
        "  \"generalist\": {}",
        persona(&content, &generalist)
    ));
    let path = crate::root().join("e2e/personas.json");
    std::fs::write(&path, format!("{{\n{}\n}}\n", entries.join(",\n")))
        .map_err(|e| e.to_string())?;
    println!("wrote {}", path.display());
    Ok(())
}

/// The personas as `e2e/personas.json` has them now, by name, as the core's answers.
pub fn read(content: &Content) -> Result<Vec<(String, Answers)>, String> {
    let path = crate::root().join("e2e/personas.json");
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    let all: serde_json::Value = serde_json::from_str(&text).map_err(|e| e.to_string())?;
    let mut personas = Vec::new();
    for (name, persona) in all.as_object().ok_or("personas: not an object")? {
        let mut answers = Answers::new();
        for (id, value) in persona["answers"]
            .as_object()
            .ok_or("personas: no answers")?
        {
            let question = content
                .question(&QuestionId::from(id.as_str()))
                .ok_or_else(|| format!("{name}: no question {id}"))?;
            let answer = match (question.kind(), value) {
                (QuestionKind::Rating { .. }, serde_json::Value::String(p)) => {
                    p.parse().ok().and_then(Likert::new).map(Answer::Rating)
                }
                (QuestionKind::Choice { .. }, serde_json::Value::String(c)) => {
                    Some(Answer::Choice(c.as_str().into()))
                }
                (_, serde_json::Value::Array(ids)) => ids
                    .iter()
                    .map(|c| c.as_str().map(Into::into))
                    .collect::<Option<_>>()
                    .map(Answer::Pick),
                _ => None,
            };
            let answer = answer.ok_or_else(|| format!("{name}: bad answer for {id}"))?;
            answers.insert(question.id().clone(), answer);
        }
        personas.push((name.clone(), answers));
    }
    Ok(personas)
}
