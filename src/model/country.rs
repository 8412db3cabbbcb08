//! States, named by their ISO 3166-1 alpha-2 code, the key that joins actors, blocs and the map.

use std::fmt;

use super::iso_countries::COUNTRIES;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CountryCode([u8; 2]);

/// The assigned codes as a bitmap, a row per first letter, worked out from the names table
/// when compiling: the widget checks a reader's own file without carrying every state's name.
const ASSIGNED: [u32; 26] = {
    let mut rows = [0u32; 26];
    let mut at = 0;
    while at < COUNTRIES.len() {
        let code = COUNTRIES[at].0.as_bytes();
        rows[(code[0] - b'A') as usize] |= 1 << (code[1] - b'A');
        at += 1;
    }
    rows
};

impl CountryCode {
    pub fn parse(code: &str) -> Result<Self, String> {
        match code.as_bytes() {
            &[a, b] if a.is_ascii_uppercase() && b.is_ascii_uppercase() => Ok(CountryCode([a, b])),
            _ => Err(format!("`{code}` is not an ISO 3166-1 alpha-2 country code such as CZ")),
        }
    }

    pub fn as_str(&self) -> &str {
        // Only ASCII letters are ever stored.
        std::str::from_utf8(&self.0).unwrap_or("??")
    }

    /// Whether ISO 3166-1 assigns the code (or it is Kosovo's widely used `XK`).
    pub fn is_assigned(&self) -> bool {
        let [first, second] = self.0;
        ASSIGNED[usize::from(first - b'A')] & (1 << (second - b'A')) != 0
    }

    /// The (English, Czech) short names of an assigned code.
    pub fn iso_names(&self) -> Option<(&'static str, &'static str)> {
        let at = COUNTRIES.binary_search_by(|(code, _, _)| (*code).cmp(self.as_str())).ok()?;
        let (_, en, cs) = COUNTRIES[at];
        Some((en, cs))
    }

    /// A number that orders like the code, alphabetically.
    pub fn rank(&self) -> u64 {
        u64::from(u16::from_be_bytes(self.0))
    }
}

two_forms!(CountryCode, CountryCode::parse, u16, |code| u16::from_be_bytes(code.0), |number| {
    CountryCode::parse(std::str::from_utf8(&number.to_be_bytes()).ok()?).ok()
});

impl fmt::Display for CountryCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}
