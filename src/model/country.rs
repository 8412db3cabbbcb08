//! States, named by their ISO 3166-1 alpha-2 code, the key that joins actors, blocs and the map.

use std::fmt;

use super::iso_countries::COUNTRIES;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CountryCode([u8; 2]);

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
        self.iso_names().is_some()
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
