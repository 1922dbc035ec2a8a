//! The writing half of the messages that cross a boundary (host events, the keep module): a
//! few appends, not a serializer, because every byte of it is in the widget's first download.

/// JSON text under construction.
pub(crate) struct JsonOut(pub(crate) String);

impl JsonOut {
    pub(crate) fn object() -> JsonOut {
        JsonOut(String::from("{"))
    }

    /// Appends `text` as a JSON string: quotes, backslashes and control characters escaped,
    /// everything else as it is (valid UTF-8 already).
    pub(crate) fn string(&mut self, text: &str) {
        let out = &mut self.0;
        out.push('"');
        for c in text.chars() {
            match c {
                '"' | '\\' => {
                    out.push('\\');
                    out.push(c);
                }
                c if (c as u32) < 0x20 => {
                    out.push_str("\\u00");
                    out.push(char::from_digit(c as u32 >> 4, 16).unwrap_or('0'));
                    out.push(char::from_digit(c as u32 & 15, 16).unwrap_or('0'));
                }
                c => out.push(c),
            }
        }
        out.push('"');
    }

    /// Appends `"key":` to an object being written.
    pub(crate) fn key(&mut self, key: &str) {
        if !self.0.ends_with('{') {
            self.0.push(',');
        }
        self.string(key);
        self.0.push(':');
    }

    pub(crate) fn text_field(&mut self, key: &str, text: &str) {
        self.key(key);
        self.string(text);
    }

    pub(crate) fn number(&mut self, n: u32) {
        self.0.push_str(&n.to_string());
    }

    /// Appends a list, each item written by `each`.
    pub(crate) fn list<T>(
        &mut self,
        items: impl IntoIterator<Item = T>,
        mut each: impl FnMut(&mut JsonOut, T),
    ) {
        self.0.push('[');
        for (i, item) in items.into_iter().enumerate() {
            if i > 0 {
                self.0.push(',');
            }
            each(self, item);
        }
        self.0.push(']');
    }

    pub(crate) fn close(mut self) -> String {
        self.0.push('}');
        self.0
    }
}
