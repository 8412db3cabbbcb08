//! The downloads' CSV, as the panel saves it and the build writes the whole dataset: UTF-8
//! with a byte order mark (so that spreadsheets read the accents right), every field quoted,
//! a quote inside doubled (RFC 4180), lines ended by CRLF.

pub fn csv<Row: AsRef<[String]>>(columns: &[&str], rows: &[Row]) -> String {
    let mut out = String::from('\u{feff}');
    let header = columns.iter().copied();
    line(&mut out, header);
    for row in rows {
        out.push_str("\r\n");
        line(&mut out, row.as_ref().iter().map(String::as_str));
    }
    out
}

fn line<'a>(out: &mut String, fields: impl Iterator<Item = &'a str>) {
    for (at, field) in fields.enumerate() {
        if at > 0 {
            out.push(',');
        }
        out.push('"');
        out.push_str(&field.replace('"', "\"\""));
        out.push('"');
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_are_doubled_and_lines_end_in_crlf() {
        let rows = [vec!["said \"no\", twice".to_string(), "line\nbreak".to_string()]];
        assert_eq!(
            csv(&["a", "b"], &rows),
            "\u{feff}\"a\",\"b\"\r\n\"said \"\"no\"\", twice\",\"line\nbreak\""
        );
    }
}
