//! The content's problems as the widget hands them to the keep module, to be told in Italian
//! or Spanish, whose words are the keep module's (`translations.rs`): each problem's place,
//! description and arguments. Part of a [`KeepRequest`](crate::KeepRequest), written by the widget and read back by
//! the module with the core's JSON reader.

use super::{fill_args, ContentErrors, Template};
use crate::events::MessageError;
use crate::json::Json;
use crate::json_out::JsonOut;
use crate::locale::Locale;

/// The problems to tell, in which language.
#[derive(Clone, Debug, PartialEq)]
pub struct ProblemsMessage {
    pub locale: Locale,
    pub problems: Vec<Told>,
}

/// One problem, as its description is filled in.
#[derive(Clone, Debug, PartialEq)]
pub struct Told {
    pub at: String,
    pub template: Template,
    pub args: Vec<String>,
}

impl ProblemsMessage {
    pub fn new(locale: Locale, errors: &ContentErrors) -> ProblemsMessage {
        let told = |p: &super::Problem| {
            let (template, args) = p.kind.texts();
            let at = p.at.clone();
            Told { at, template, args }
        };
        let problems = errors.0.iter().map(told).collect();
        ProblemsMessage { locale, problems }
    }

    /// `"lang":…,"problems":[[place, template number, argument…]…]`, inside a
    /// [`KeepRequest`](crate::KeepRequest)'s object.
    pub(crate) fn write(&self, out: &mut JsonOut) {
        out.text_field("lang", self.locale.tag());
        out.key("problems");
        out.list(&self.problems, |out, told| {
            out.0.push('[');
            out.string(&told.at);
            out.0.push(',');
            out.number(told.template as u32);
            for arg in &told.args {
                out.0.push(',');
                out.string(arg);
            }
            out.0.push(']');
        });
    }

    pub(crate) fn read(json: &Json) -> Result<ProblemsMessage, MessageError> {
        let locale = json.get("lang").and_then(Json::as_str);
        let locale = locale.and_then(|tag| Locale::from_tag(tag).ok());
        let locale = locale.ok_or(MessageError::Field("lang"))?;
        let items = json.get("problems").and_then(Json::as_array);
        let items = items.ok_or(MessageError::Field("problems"))?;
        let mut problems = Vec::new();
        for item in items {
            let parts = item.as_array().unwrap_or(&[]);
            let at = parts.first().and_then(Json::as_str);
            let number = parts
                .get(1)
                .and_then(Json::as_f64)
                .filter(|n| n.fract() == 0.0);
            let template = number.and_then(|n| Template::ALL.get(n as usize).copied());
            let args: Option<Vec<String>> = parts
                .iter()
                .skip(2)
                .map(|a| a.as_str().map(str::to_string))
                .collect();
            match (at, template, args) {
                (Some(at), Some(template), Some(args)) => problems.push(Told {
                    at: at.to_string(),
                    template,
                    args,
                }),
                _ => return Err(MessageError::Field("problems")),
            }
        }
        Ok(ProblemsMessage { locale, problems })
    }

    /// Each problem's place and description, in the message's language.
    pub fn lines(&self) -> Vec<String> {
        let line = |t: &Told| {
            let what = fill_args(t.template.words(self.locale), &t.args);
            format!("{}: {what}", t.at)
        };
        self.problems.iter().map(line).collect()
    }
}
