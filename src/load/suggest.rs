//! "Did you mean …?": the nearest of the words a file could have meant, for a mistyped id,
//! response kind or field name.

/// The candidate nearest to `word`, if one is near enough to be a slip of the keyboard: at
/// most one edit for short words, one in three letters for longer ones. The case of ASCII
/// letters is ignored, so `Condemnation` finds `condemnation` (ids, kinds and fields are
/// ASCII: Unicode's case tables cost the browser's own-file checks 5 KB); `word` itself is
/// never suggested.
pub fn nearest<'a>(word: &str, candidates: &[&'a str]) -> Option<&'a str> {
    let limit = (word.chars().count() / 3).max(1);
    candidates
        .iter()
        .copied()
        .filter(|candidate| *candidate != word)
        .map(|candidate| (distance(word, candidate), candidate))
        .filter(|(distance, _)| *distance <= limit)
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, candidate)| candidate)
}

/// Edits (a letter inserted, deleted, changed, or two neighbours swapped) from `a` to `b`,
/// ASCII letters in either case alike: the optimal string alignment distance, on characters.
pub fn distance(a: &str, b: &str) -> usize {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let same = |x: char, y: char| x.eq_ignore_ascii_case(&y);
    // Three rows of the table: two back (for a swap), the last, and the one being filled.
    let mut before: Vec<usize> = Vec::new();
    let mut last: Vec<usize> = (0..=b.len()).collect();
    for i in 1..=a.len() {
        let mut row = vec![i; b.len() + 1];
        for j in 1..=b.len() {
            let change = usize::from(!same(a[i - 1], b[j - 1]));
            row[j] = (last[j] + 1).min(row[j - 1] + 1).min(last[j - 1] + change);
            if i > 1 && j > 1 && same(a[i - 1], b[j - 2]) && same(a[i - 2], b[j - 1]) {
                row[j] = row[j].min(before[j - 2] + 1);
            }
        }
        before = std::mem::replace(&mut last, row);
    }
    last[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_the_slips_a_keyboard_makes() {
        assert_eq!(distance("condemation", "condemnation"), 1, "a letter left out");
        assert_eq!(distance("sorces", "sources"), 1);
        assert_eq!(distance("cnodemnation", "condemnation"), 1, "two letters swapped");
        assert_eq!(distance("", "eu"), 2);
        assert_eq!(distance("nato", "eu"), 4);
    }

    #[test]
    fn suggests_only_what_is_near() {
        let actors = ["cz-government", "eu", "cn-embassy"];
        assert_eq!(nearest("cz-goverment", &actors), Some("cz-government"));
        assert_eq!(nearest("EU", &actors), Some("eu"));
        assert_eq!(nearest("nato", &actors), None);
        assert_eq!(nearest("eu", &actors), None, "the word itself is no suggestion");
        assert_eq!(nearest("quote", &["quotes", "sources"]), Some("quotes"));
    }
}
