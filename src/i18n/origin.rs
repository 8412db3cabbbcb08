//! The line that marks an incident that is not the site's own: where a reader's own file
//! (`?data=`) comes from. One function, which every view, the handout and the downloads say.

use super::strings;
use crate::model::Lang;

/// Where a reader's own file comes from, as a reader can judge it: the host of an absolute
/// address (`https://example.org/a.bin` → `example.org`, its port kept), or, for an address
/// relative to the page, `None`: the file is on this site's server, though not its data.
pub fn origin_host(url: &str) -> Option<&str> {
    let rest = url.split_once("://").map(|(_, rest)| rest).or_else(|| url.strip_prefix("//"))?;
    let authority = rest.split(['/', '?', '#', '\\']).next().unwrap_or_default();
    // Whoever wrote `user@` before the host did not make the file come from them.
    let host = authority.rsplit('@').next().unwrap_or_default();
    (!host.is_empty()).then_some(host)
}

/// The line every view of a reader's own file shows beside its title, and the downloads carry:
/// "This incident comes from example.org, not from this site." For a relative address it says
/// honestly that the file is on this site's server but not among its data, and names the file:
/// "This incident comes from the file data/own.bin, not from this site's own data."
pub fn origin_line(lang: Lang, url: &str) -> String {
    let words = strings(lang);
    let ([before, after], named) = match origin_host(url) {
        Some(host) => (words.origin_host, host),
        None => (words.origin_file, url),
    };
    format!("{before}{named}{after}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_absolute_address_is_named_by_its_host() {
        assert_eq!(origin_host("https://example.org/data/own.bin?v=2"), Some("example.org"));
        assert_eq!(origin_host("http://127.0.0.1:8080/own.bin"), Some("127.0.0.1:8080"));
        assert_eq!(origin_host("https://me@news.example.org"), Some("news.example.org"));
        assert_eq!(origin_host("//cdn.example.org/own.bin"), Some("cdn.example.org"));
        assert_eq!(
            origin_line(Lang::En, "https://example.org/own.bin"),
            "This incident comes from example.org, not from this site."
        );
        assert_eq!(
            origin_line(Lang::Cs, "https://example.org/own.bin"),
            "Tento incident pochází z\u{a0}webu example.org, nikoli z\u{a0}tohoto webu."
        );
    }

    #[test]
    fn a_relative_address_is_on_this_site_but_not_its_data() {
        for relative in ["own.bin", "data/own.bin", "/files/own.bin", "?x"] {
            assert_eq!(origin_host(relative), None, "{relative}");
        }
        assert_eq!(
            origin_line(Lang::En, "files/own.bin"),
            "This incident comes from the file files/own.bin, not from this site's own data."
        );
        assert_eq!(
            origin_line(Lang::Cs, "files/own.bin"),
            "Tento incident pochází ze souboru files/own.bin, nikoli z\u{a0}vlastních dat tohoto webu."
        );
    }

    #[test]
    fn the_untranslated_note_keeps_its_one_letter_words_with_the_next() {
        assert!(strings(Lang::Cs).untranslated.ends_with("zobrazují v\u{a0}angličtině."));
    }
}
