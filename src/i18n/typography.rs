//! Czech typography, applied by the one function every Czech text passes through: interface
//! strings when they are first used, data when the build packs it, formatted phrases as they
//! are made. Authors type ordinary spaces; the rules live here.

/// Non-breaking spaces where Czech typesetting forbids a line break: after the one-letter words
/// k, s, v, z, o, u, a, i; inside dates („28. května“, „28. 5. 2025“); inside numbers and
/// between a number and what it counts („400 000“, „10 milionů“, „3 dny“); before a spaced dash,
/// so that no line starts with „–“. A spaced en dash for an em dash. Text marked `{xx:…}` as another language is left as it is; a glossary term's
/// words (`{#summons:předvolala}`) are Czech, and typeset.
pub fn typeset(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut foreign = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        foreign = match c {
            '{' if !foreign => chars.peek() != Some(&'#'),
            '}' if foreign => false,
            _ => foreign,
        };
        match c {
            '—' if !foreign => dash(&mut out, &mut chars),
            ' ' if !foreign && binds_to_next(&out, chars.peek().copied()) => out.push('\u{a0}'),
            _ => out.push(c),
        }
    }
    out
}

/// An em dash, with or without spaces around it, becomes „ – “.
fn dash(out: &mut String, chars: &mut std::iter::Peekable<std::str::Chars>) {
    if out.ends_with(' ') {
        out.pop();
    }
    if chars.peek() == Some(&' ') {
        chars.next();
    }
    out.push_str("\u{a0}– ");
}

/// Whether the space after `before` must not break before `next`.
fn binds_to_next(before: &str, next: Option<char>) -> bool {
    let mut last = before.chars().rev();
    match (last.next(), last.next(), next) {
        (_, _, Some('–')) => true,
        (Some(word), previous, Some(_)) if "ksvzouaiKSVZOUAI".contains(word) => starts_word(previous),
        // "28. května", "28. 5. 2025": a day or month number and the month or year after it
        // (the months begin with a small letter, ú, č or ř; ASCII checks keep Unicode tables out)
        (Some('.'), Some(digit), Some(next)) if digit.is_ascii_digit() => {
            next.is_ascii_digit() || next.is_ascii_lowercase() || matches!(next, 'ú' | 'č' | 'ř')
        }
        (Some(_), _, Some(next)) if is_number(before) => {
            next.is_ascii_digit() || next.is_ascii_lowercase() || "áčďéěíňóřšťúůýž".contains(next)
        }
        _ => false,
    }
}

/// Whether the text ends with a number: digits, perhaps grouped („400 000“) or with a decimal
/// comma, and not a date's „28.“ or a name such as APT31.
fn is_number(before: &str) -> bool {
    let word = before.rsplit(' ').next().unwrap_or_default();
    let word = word.rsplit('\u{a0}').next().unwrap_or_default();
    word.ends_with(|c: char| c.is_ascii_digit()) && word.chars().all(|c| c.is_ascii_digit() || c == ',')
}

/// Whether a letter after `previous` is a word's first: after a space, a quote or a bracket.
fn starts_word(previous: Option<char>) -> bool {
    previous.is_none_or(|c| matches!(c, ' ' | '\u{a0}' | '„' | '‚' | '(' | '[' | '–' | '/'))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shown(text: &str) -> String {
        typeset(text).replace('\u{a0}', "␣")
    }

    #[test]
    fn a_glossary_terms_words_are_typeset_and_another_languages_are_not() {
        assert_eq!(
            shown("{#solidarity:solidaritu s Českem} a {en:a b}"),
            "{#solidarity:solidaritu s␣Českem} a␣{en:a b}"
        );
    }

    #[test]
    fn one_letter_words_keep_to_the_next_word() {
        assert_eq!(shown("Jde o útok a v Praze i u nás"), "Jde o␣útok a␣v␣Praze i␣u␣nás");
        assert_eq!(shown("K tomu s námi, z domova"), "K␣tomu s␣námi, z␣domova");
        assert_eq!(shown("„V Praze“ (a jinde)"), "„V␣Praze“ (a␣jinde)");
        assert_eq!(shown("APT31 a"), "APT31 a", "nothing follows the last word");
    }

    #[test]
    fn letters_ending_longer_words_do_not_bind() {
        assert_eq!(shown("Praha a Brno"), "Praha a␣Brno");
        assert_eq!(shown("mezi nimi o tom"), "mezi nimi o␣tom");
        assert_eq!(shown("USA a EU"), "USA a␣EU");
    }

    #[test]
    fn dates_do_not_break() {
        assert_eq!(shown("dne 28. května 2025"), "dne 28.␣května 2025");
        assert_eq!(shown("28. 5. 2025"), "28.␣5.␣2025");
        assert_eq!(shown("v roce 2022. Lipavský"), "v␣roce 2022. Lipavský", "a sentence ends");
    }

    #[test]
    fn em_dashes_become_spaced_en_dashes_that_never_start_a_line() {
        assert_eq!(shown("Praha — Peking"), "Praha␣– Peking");
        assert_eq!(shown("Praha—Peking"), "Praha␣– Peking");
        assert_eq!(shown("Praha – Peking"), "Praha␣– Peking");
    }

    #[test]
    fn numbers_do_not_break_inside_or_from_what_they_count() {
        assert_eq!(shown("asi 400 000 počítačů"), "asi 400␣000␣počítačů");
        assert_eq!(shown("10 milionů a 3 dny, 1,5 km"), "10␣milionů a␣3␣dny, 1,5␣km");
        assert_eq!(shown("od roku 2017 útočí"), "od roku 2017␣útočí");
        assert_eq!(
            shown("APT31 útočí, v roce 2017 Rusko"),
            "APT31 útočí, v␣roce 2017 Rusko",
            "a name, a capital"
        );
    }

    #[test]
    fn text_in_another_language_is_left_alone() {
        assert_eq!(shown("o tom {en:a breach — of norms} a dost"), "o␣tom {en:a breach — of norms} a␣dost");
    }
}
