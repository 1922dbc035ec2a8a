//! A bank checked as one call: the text of a content document in, one JSON message out, either
//! its problems (each with its place) or the validity suite's report. Built for wasm with
//! wasm-bindgen's `web` glue, which Node loads too (`npm/rolefit-check.js`); the logic is the
//! core's, and [`check_bank`] is also a plain function, tested natively.

use rolefit_core::validity::{self, Size};
use rolefit_core::Content;

/// Checks the document `text` with the validity suite's sample sizes divided by `divisor` (1:
/// the full sizes, CI's figures). Answers `{"problems":[{"at","text"}…]}` when the document
/// cannot be read, else `{"report":{…}}` ([`validity::Report::to_json`]).
pub fn check_bank(text: &str, divisor: u32) -> String {
    match Content::parse(text) {
        Err(errors) => format!("{{\"problems\":{}}}", errors.to_json()),
        Ok(content) => {
            let report = validity::check(&content, Size::divided(divisor));
            format!("{{\"report\":{}}}", report.to_json())
        }
    }
}

#[cfg(target_arch = "wasm32")]
mod wasm {
    use wasm_bindgen::prelude::*;

    /// [`super::check_bank`], for JavaScript.
    #[wasm_bindgen(js_name = checkBank)]
    pub fn check_bank(text: &str, divisor: u32) -> String {
        super::check_bank(text, divisor)
    }
}

#[cfg(test)]
mod tests {
    use super::check_bank;

    #[test]
    fn a_bank_with_problems_gives_each_with_its_place_as_json() {
        let answer = check_bank("{\"format\": 1, \"roles\": \"\\u0007\"}", 1);
        let json: serde_json::Value = serde_json::from_str(&answer).unwrap();
        let problems = json["problems"].as_array().unwrap();
        assert!(!problems.is_empty());
        assert!(problems
            .iter()
            .all(|p| p["at"].is_string() && p["text"].is_string()));
    }

    #[test]
    fn a_bank_that_reads_gives_its_report() {
        let text = include_str!("../../core/tests/documents/two-roles.json");
        let json: serde_json::Value = serde_json::from_str(&check_bank(text, 1024)).unwrap();
        let checks = json["report"]["checks"].as_array().unwrap();
        assert!(checks
            .iter()
            .all(|c| c["figure_text"].is_string() && c["floor_text"].is_string()));
        assert_eq!(json["report"]["divisor"], 1024);
    }
}
