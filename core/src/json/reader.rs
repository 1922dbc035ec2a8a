//! The grammar: one pass over the bytes of a text that is already UTF-8.

use super::{Json, JsonError, JsonErrorKind};

/// Deeper nesting than any content document needs is refused rather than risk the stack.
const MAX_DEPTH: usize = 64;

pub(super) fn parse(text: &str) -> Result<Json, JsonError> {
    let mut parser = Parser {
        text,
        at: 0,
        repeated: None,
    };
    let value = parser.value(0);
    parser.space();
    match value {
        Some(value) if parser.at == text.len() => Ok(value),
        _ => {
            let (line, column) = line_and_column(&text.as_bytes()[..parser.at.min(text.len())]);
            let kind = match parser.repeated {
                Some(key) => JsonErrorKind::DuplicateKey(key),
                None => JsonErrorKind::Syntax,
            };
            Err(JsonError { line, column, kind })
        }
    }
}

/// The line and column just after `before`, the start of a document.
pub(super) fn line_and_column(before: &[u8]) -> (usize, usize) {
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let line_start = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |i| i + 1);
    // Columns count characters, not bytes: every byte but UTF-8's continuation bytes
    // (0b10xx_xxxx) starts one. `before` is UTF-8, cut at most inside its last character,
    // which then counts once.
    let column = before[line_start..]
        .iter()
        .filter(|&&b| b & 0xC0 != 0x80)
        .count()
        + 1;
    (line, column)
}

struct Parser<'a> {
    text: &'a str,
    at: usize,
    /// A key found twice in one object, which stops the reading there.
    repeated: Option<String>,
}

impl Parser<'_> {
    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.at).copied()
    }

    fn space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    fn eat(&mut self, byte: u8) -> bool {
        self.space();
        let found = self.peek() == Some(byte);
        if found {
            self.at += 1;
        }
        found
    }

    fn literal(&mut self, word: &str, value: Json) -> Option<Json> {
        let found = self.text[self.at..].starts_with(word);
        found.then(|| {
            self.at += word.len();
            value
        })
    }

    fn value(&mut self, depth: usize) -> Option<Json> {
        if depth > MAX_DEPTH {
            return None;
        }
        self.space();
        match self.peek()? {
            b'{' => self.object(depth),
            b'[' => self.array(depth),
            b'"' => self.string().map(Json::String),
            b't' => self.literal("true", Json::Bool(true)),
            b'f' => self.literal("false", Json::Bool(false)),
            b'n' => self.literal("null", Json::Null),
            b'-' | b'0'..=b'9' => self.number(),
            _ => None,
        }
    }

    fn object(&mut self, depth: usize) -> Option<Json> {
        self.at += 1;
        let mut entries: Vec<(String, Json)> = Vec::new();
        if self.eat(b'}') {
            return Some(Json::Object(entries));
        }
        loop {
            self.space();
            if self.peek() != Some(b'"') {
                return None;
            }
            let key_at = self.at;
            let key = self.string()?;
            // A linear search: content objects have a handful of keys.
            if entries.iter().any(|(k, _)| *k == key) {
                self.at = key_at;
                self.repeated = Some(key);
                return None;
            }
            if !self.eat(b':') {
                return None;
            }
            entries.push((key, self.value(depth + 1)?));
            if self.eat(b'}') {
                return Some(Json::Object(entries));
            }
            if !self.eat(b',') {
                return None;
            }
        }
    }

    fn array(&mut self, depth: usize) -> Option<Json> {
        self.at += 1;
        let mut items = Vec::new();
        if self.eat(b']') {
            return Some(Json::Array(items));
        }
        loop {
            items.push(self.value(depth + 1)?);
            if self.eat(b']') {
                return Some(Json::Array(items));
            }
            if !self.eat(b',') {
                return None;
            }
        }
    }

    fn hex4(&mut self) -> Option<u32> {
        let digits = self.text.as_bytes().get(self.at..self.at + 4)?;
        let mut code = 0;
        for &d in digits {
            code = code * 16 + char::from(d).to_digit(16)?;
        }
        self.at += 4;
        Some(code)
    }

    fn string(&mut self) -> Option<String> {
        self.at += 1;
        let mut out = String::new();
        loop {
            // Runs of plain characters are copied whole: they end at an ASCII byte, so on a
            // character's boundary of a text that is UTF-8 already.
            let rest = &self.text.as_bytes()[self.at..];
            let run = rest
                .iter()
                .position(|&b| b == b'"' || b == b'\\' || b < b' ')
                .unwrap_or(rest.len());
            out.push_str(&self.text[self.at..self.at + run]);
            self.at += run;
            let byte = self.peek()?;
            self.at += 1;
            let c = match byte {
                b'"' => return Some(out),
                b'\\' => {
                    let escaped = self.peek()?;
                    self.at += 1;
                    match escaped {
                        b'"' => '"',
                        b'\\' => '\\',
                        b'/' => '/',
                        b'b' => '\u{8}',
                        b'f' => '\u{c}',
                        b'n' => '\n',
                        b'r' => '\r',
                        b't' => '\t',
                        b'u' => self.escaped_char()?,
                        _ => return None,
                    }
                }
                _ => return None,
            };
            out.push(c);
        }
    }

    /// `\uXXXX`, after the `u`: one character, or the high half of a surrogate pair.
    fn escaped_char(&mut self) -> Option<char> {
        let first = self.hex4()?;
        let code = if (0xD800..0xDC00).contains(&first) {
            // A surrogate pair: the low half must follow.
            if self.text.as_bytes().get(self.at..self.at + 2) != Some(b"\\u") {
                return None;
            }
            self.at += 2;
            let low = self.hex4()?;
            if !(0xDC00..0xE000).contains(&low) {
                return None;
            }
            0x10000 + ((first - 0xD800) << 10) + (low - 0xDC00)
        } else {
            first
        };
        char::from_u32(code)
    }

    /// Digits as a whole number, the first 19 significant ones exactly; how many more there
    /// were; and how many digits were read in all.
    fn digits(&mut self, mut value: u64) -> (u64, i64, usize) {
        let (mut dropped, mut count) = (0, 0);
        while let Some(d @ b'0'..=b'9') = self.peek() {
            if value < 1_000_000_000_000_000_000 {
                value = value * 10 + u64::from(d - b'0');
            } else {
                dropped += 1;
            }
            count += 1;
            self.at += 1;
        }
        (value, dropped, count)
    }

    /// A number as content uses them (weights, profile values, counts): exact for up to 15
    /// significant digits, which is more than content needs; any length of digits or
    /// exponent reads as a value, infinite or zero at worst, and the text is kept as written.
    fn number(&mut self) -> Option<Json> {
        let start = self.at;
        let negative = self.peek() == Some(b'-');
        if negative {
            self.at += 1;
        }
        let leading_zero = self.peek() == Some(b'0');
        let (mut mantissa, mut exponent, count) = self.digits(0);
        if count == 0 || (leading_zero && count > 1) {
            return None;
        }
        if self.peek() == Some(b'.') {
            self.at += 1;
            let (value, dropped, places) = self.digits(mantissa);
            if places == 0 {
                return None;
            }
            mantissa = value;
            exponent -= (places - dropped as usize) as i64;
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.at += 1;
            let sign = match self.peek() {
                Some(b'-') => -1,
                Some(b'+') => 1,
                _ => 0,
            };
            self.at += usize::from(sign != 0);
            let (power, dropped, places) = self.digits(0);
            if places == 0 {
                return None;
            }
            // Past 10^400 every mantissa is infinite or zero.
            let power = if dropped > 0 {
                400
            } else {
                power.min(400) as i64
            };
            exponent += if sign < 0 { -power } else { power };
        }
        let scale = 10f64.powi(exponent.unsigned_abs().min(800) as i32);
        let value = match mantissa {
            0 => 0.0,
            m if exponent < 0 => m as f64 / scale,
            m => m as f64 * scale,
        };
        let value = if negative { -value } else { value };
        Some(Json::Number(value, self.text[start..self.at].to_string()))
    }
}
