//! Czech typography, applied by the one function every Czech text passes through: interface
//! strings when they are first used, data when the build packs it, formatted phrases as they
//! are made. Authors type ordinary spaces; the rules live here.

/// Non-breaking spaces where Czech typesetting forbids a line break: after the one-letter words
/// k, s, v, z, o, u, a, i, and inside dates („28. května“, „28. 5. 2025“); a spaced en dash for
/// an em dash. Text marked `{xx:…}` as another language is left as it is; a glossary term's
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
    out.push_str(" – ");
}

/// Whether the space after `before` must not break before `next`.
fn binds_to_next(before: &str, next: Option<char>) -> bool {
    let mut last = before.chars().rev();
    match (last.next(), last.next(), next) {
        (Some(word), previous, Some(_)) if "ksvzouaiKSVZOUAI".contains(word) => starts_word(previous),
        // "28. května", "28. 5. 2025": a day or month number and the month or year after it
        // (the months begin with a small letter, ú, č or ř; ASCII checks keep Unicode tables out)
        (Some('.'), Some(digit), Some(next)) if digit.is_ascii_digit() => {
            next.is_ascii_digit() || next.is_ascii_lowercase() || matches!(next, 'ú' | 'č' | 'ř')
        }
        _ => false,
    }
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
    fn em_dashes_become_spaced_en_dashes() {
        assert_eq!(typeset("Praha — Peking"), "Praha – Peking");
        assert_eq!(typeset("Praha—Peking"), "Praha – Peking");
    }

    #[test]
    fn text_in_another_language_is_left_alone() {
        assert_eq!(shown("o tom {en:a breach — of norms} a dost"), "o␣tom {en:a breach — of norms} a␣dost");
    }
}
