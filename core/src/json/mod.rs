//! A small JSON reader for content documents. The widget reads exactly one kind of document,
//! and a general-purpose JSON library would be a fifth of the widget's download.
//!
//! Stricter than `JSON.parse` where leniency would mislead: a document must be UTF-8 (no
//! replacement characters), and an object may not name a key twice (`JSON.parse` silently
//! keeps the last value, other readers the first).

mod reader;

/// A parsed JSON value. Objects keep their keys in document order, each key once.
#[derive(Clone, Debug, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    /// A number's value, and its text as written, to quote it back exactly.
    Number(f64, String),
    String(String),
    Array(Vec<Json>),
    Object(Vec<(String, Json)>),
}

/// Where a document stops being JSON, 1-based like an editor shows it, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct JsonError {
    pub line: usize,
    /// In characters, not bytes.
    pub column: usize,
    pub kind: JsonErrorKind,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum JsonErrorKind {
    /// Not JSON's grammar, or nested deeper than any content document needs.
    Syntax,
    /// Bytes that are not UTF-8, starting at this byte offset.
    NotUtf8 { byte: usize },
    /// A key named a second time in one object; the place is its second occurrence.
    DuplicateKey(String),
}

impl Json {
    pub fn parse(text: &str) -> Result<Json, JsonError> {
        reader::parse(text)
    }

    /// Reads a downloaded document: its bytes must be UTF-8. A leading byte order mark is
    /// skipped, as the browser's own text decoding does; byte offsets still count it.
    pub fn parse_bytes(bytes: &[u8]) -> Result<Json, JsonError> {
        let text = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
        match std::str::from_utf8(text) {
            Ok(text) => Json::parse(text),
            Err(e) => {
                let valid = &text[..e.valid_up_to()];
                let (line, column) = reader::line_and_column(valid);
                let byte = bytes.len() - text.len() + valid.len();
                Err(JsonError {
                    line,
                    column,
                    kind: JsonErrorKind::NotUtf8 { byte },
                })
            }
        }
    }

    pub fn get(&self, key: &str) -> Option<&Json> {
        field(self.as_object()?, key)
    }

    pub fn as_object(&self) -> Option<&[(String, Json)]> {
        match self {
            Json::Object(entries) => Some(entries),
            _ => None,
        }
    }

    pub fn as_array(&self) -> Option<&[Json]> {
        match self {
            Json::Array(items) => Some(items),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Json::String(s) => Some(s),
            _ => None,
        }
    }

    pub fn as_f64(&self) -> Option<f64> {
        match self {
            Json::Number(n, _) => Some(*n),
            _ => None,
        }
    }
}

/// The value of `key` in an object's entries.
pub fn field<'a>(entries: &'a [(String, Json)], key: &str) -> Option<&'a Json> {
    entries.iter().find(|(k, _)| k == key).map(|(_, v)| v)
}
