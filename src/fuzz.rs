//! Arbitrary input for the two readers that take files from outside: the TOML loader (anyone's
//! incident file, `demarche check`) and the packed-file reader with the browser's checks and
//! everything drawn from what passes (`?data=URL`). Neither may panic, whatever arrives: in the
//! widget a panic is a crash panel instead of a readable error.
//!
//! Inputs are the valid fixture, mutated: bytes flipped, cut, repeated, spliced from the seeds,
//! and the tokens a TOML or a postcard reader trips on inserted. `make fuzz` runs a million;
//! `tests/fuzz.rs` a few thousand in every `make test`.

use std::panic::{catch_unwind, AssertUnwindSafe};

use crate::catalogue::Catalogue;
use crate::comparison::{summarise, CompareOrder, Comparison};
use crate::derived::Derived;
use crate::filter::Filter;
use crate::geography::Frame;
use crate::load::{check, parse_incident};
use crate::matrix::RowOrder;
use crate::model::{CountryNames, Incident, Lang};
use crate::packed::{pack, unpack};
use crate::timeline::Timeline;

const FIXTURE: &str = include_str!("../tests/fixtures/minimal.toml");
const SEED: &str = include_str!("../seeds/czech-mfa-apt31-2025.toml");

/// What a TOML or a postcard reader may choke on.
const TOKENS: [&str; 24] = [
    "[[reactions]]\n",
    "[[actors]]\n",
    "[incident]\n",
    "\"",
    "'",
    "\"\"\"",
    "=",
    "\n",
    "{",
    "}",
    "[",
    "]",
    "#",
    ".",
    "2025-02-30",
    "9999-99-99",
    "99999999999999999999",
    "inf",
    "nan",
    "\u{202e}",
    "\\u0000",
    "{en:",
    "javascript:alert(1)",
    "\u{ffff}",
];

/// How many inputs each reader took, and how many it accepted.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    pub toml: u64,
    pub toml_valid: u64,
    pub packed: u64,
    pub packed_valid: u64,
}

/// An input that made a reader panic.
#[derive(Debug)]
pub struct Failure {
    pub reader: &'static str,
    pub input: Vec<u8>,
}

/// Runs `cases` inputs through each reader, from a seed so that a failure can be replayed.
pub fn run(cases: u64, seed: u64) -> Result<Tally, Failure> {
    let mut random = Random(seed | 1);
    let packed_bases = [pack(&minimal()), pack(&minimal().in_language(Lang::Cs))];
    let mut tally = Tally::default();
    for case in 0..cases {
        let toml = random.mutate(FIXTURE.as_bytes());
        tally.toml += 1;
        tally.toml_valid += u64::from(guard("toml", &toml, || read_toml(&toml))?);
        let base = &packed_bases[(case % 2) as usize];
        let packed = random.mutate(base);
        tally.packed += 1;
        tally.packed_valid += u64::from(guard("packed", &packed, || read_packed(&packed))?);
    }
    Ok(tally)
}

fn minimal() -> Incident {
    parse_incident("minimal.toml", FIXTURE).expect("the fixture is valid")
}

fn guard(reader: &'static str, input: &[u8], read: impl FnOnce() -> bool) -> Result<bool, Failure> {
    catch_unwind(AssertUnwindSafe(read)).map_err(|_| Failure { reader, input: input.to_vec() })
}

fn read_toml(bytes: &[u8]) -> bool {
    parse_incident("fuzz.toml", &String::from_utf8_lossy(bytes)).is_ok()
}

/// What the widget does with a reader's file: read it, check it, and draw from it only if the
/// checks pass.
fn read_packed(bytes: &[u8]) -> bool {
    let _ = unpack::<Catalogue>(bytes);
    let _ = unpack::<CountryNames>(bytes);
    let _ = unpack::<Frame>(bytes);
    let Ok(incident) = unpack::<Incident>(bytes) else { return false };
    if !check("fuzz.bin", &incident).is_empty() {
        return false;
    }
    let names = CountryNames::iso(Lang::Cs);
    let czech = incident.in_language(Lang::Cs);
    let derived = Derived::new(&czech, &Filter::default(), RowOrder::Name, Lang::Cs);
    let _ = Timeline::of(&czech, &Filter::default(), &derived.matrix);
    let comparison = Comparison::build(&[&czech], &Filter::default(), CompareOrder::Name, &names, Lang::Cs);
    let _ = summarise(&comparison, &[&czech]);
    true
}

/// xorshift64*: enough randomness for mutations, and the same sequence for the same seed.
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    /// One to four mutations of `input`.
    fn mutate(&mut self, input: &[u8]) -> Vec<u8> {
        let mut bytes = input.to_vec();
        for _ in 0..=self.below(4) {
            let at = self.below(bytes.len() + 1);
            match self.below(6) {
                0 if at < bytes.len() => bytes[at] ^= 1 << self.below(8),
                1 => bytes.insert(at, self.next() as u8),
                2 => {
                    let end = (at + self.below(64)).min(bytes.len());
                    bytes.drain(at..end);
                }
                3 => {
                    let end = (at + self.below(64)).min(bytes.len());
                    let copy = bytes[at..end].to_vec();
                    bytes.splice(at..at, copy);
                }
                4 => {
                    let token = TOKENS[self.below(TOKENS.len())].as_bytes();
                    bytes.splice(at..at, token.iter().copied());
                }
                _ => {
                    let from = self.below(SEED.len());
                    let piece = SEED.as_bytes()[from..(from + self.below(200)).min(SEED.len())].to_vec();
                    bytes.splice(at..at, piece);
                }
            }
        }
        bytes
    }
}
