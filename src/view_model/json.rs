//! Just enough JSON to hand the export model to the download panel: the widget carries no
//! general serialiser (serde_json would cost readers ~20 KB), and the model is strings,
//! numbers, booleans and lists.

#[derive(Default)]
pub struct Json(String);

impl Json {
    pub fn new() -> Json {
        Json::default()
    }

    /// A comma, unless this starts a list, an object or a value after its key.
    fn separate(&mut self) {
        if !matches!(self.0.chars().last(), None | Some('{' | '[' | ':')) {
            self.0.push(',');
        }
    }

    pub fn open(&mut self, bracket: char) -> &mut Json {
        self.separate();
        self.0.push(bracket);
        self
    }

    pub fn close(&mut self, bracket: char) -> &mut Json {
        self.0.push(bracket);
        self
    }

    pub fn key(&mut self, key: &str) -> &mut Json {
        self.string(key);
        self.0.push(':');
        self
    }

    pub fn string(&mut self, text: &str) -> &mut Json {
        self.separate();
        self.0.push('"');
        for c in text.chars() {
            match c {
                '"' => self.0.push_str("\\\""),
                '\\' => self.0.push_str("\\\\"),
                '\n' => self.0.push_str("\\n"),
                c if u32::from(c) < 0x20 => self.0.push_str(&format!("\\u{:04x}", u32::from(c))),
                c => self.0.push(c),
            }
        }
        self.0.push('"');
        self
    }

    pub fn number(&mut self, number: i64) -> &mut Json {
        self.separate();
        self.0.push_str(&number.to_string());
        self
    }

    pub fn boolean(&mut self, value: bool) -> &mut Json {
        self.separate();
        self.0.push_str(if value { "true" } else { "false" });
        self
    }

    pub fn null(&mut self) -> &mut Json {
        self.separate();
        self.0.push_str("null");
        self
    }

    pub fn finish(self) -> String {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_what_a_json_parser_reads_back() {
        let mut json = Json::new();
        json.open('{').key("a").string("„x\"\\\n\u{1}“").key("b").open('[').number(-3).boolean(true).null();
        json.close(']').key("c").open('{').close('}').close('}');
        let text = json.finish();
        assert_eq!(text, r#"{"a":"„x\"\\\n\u0001“","b":[-3,true,null],"c":{}}"#);
        let parsed: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(parsed["a"], "„x\"\\\n\u{1}“");
    }
}
