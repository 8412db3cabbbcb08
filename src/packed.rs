//! The widget's data files: a catalogue, one file per incident, one per map and one per
//! language's country names, each written at build time and fetched by the widget when a
//! reader needs it. A file is a short header (what it is, which format) and postcard bytes,
//! named by a hash of its content so that a host can cache it forever.

use serde::de::DeserializeOwned;
use serde::Serialize;

use crate::catalogue::Catalogue;
use crate::geography::Frame;
use crate::model::{CountryNames, Glossary, Incident, Lesson};

/// The first bytes of every data file: not ours without them.
const MAGIC: &[u8; 4] = b"DMRC";

/// Raised whenever the encoding of any file changes, so an old file in a cache is refused
/// with a clear message instead of being misread.
pub const FORMAT: u8 = 4;

/// What a data file holds; a file of one kind is never read as another.
pub trait Packed: Serialize + DeserializeOwned {
    const KIND: u8;
}

impl Packed for Catalogue {
    const KIND: u8 = 1;
}

impl Packed for Incident {
    const KIND: u8 = 2;
}

impl Packed for Frame {
    const KIND: u8 = 3;
}

impl Packed for CountryNames {
    const KIND: u8 = 4;
}

impl Packed for Glossary {
    const KIND: u8 = 5;
}

impl Packed for Lesson {
    const KIND: u8 = 7;
}

/// Several incidents in one file: a reader's own set (`demarche pack DIR`), opened with one
/// `?data=` like a single incident.
impl Packed for Vec<Incident> {
    const KIND: u8 = 6;
}

/// A reader's own file: one incident, or a set of them.
pub fn unpack_own(bytes: &[u8]) -> Result<Vec<Incident>, Unreadable> {
    match unpack::<Incident>(bytes) {
        Err(Unreadable::Kind) => unpack_set(bytes),
        one => one.map(|incident| vec![incident]),
    }
}

/// Whether the bytes can be a reader's own file (one incident or a set, of this format), before
/// anything decodes them: the widget's first load says what is wrong with a file that cannot,
/// in the reader's language; the tools module decodes and checks the rest (`own_file`).
pub fn own_header(bytes: &[u8]) -> Result<(), Unreadable> {
    match body_of::<Incident>(bytes) {
        Err(Unreadable::Kind) => body_of::<Vec<Incident>>(bytes).map(drop),
        one => one.map(drop),
    }
}

/// A reader's own file as the tools module hands it to the widget (`own_file::prepare`): each
/// incident in each language, with whether any of its texts is shown in English there
/// (`Incident::untranslated`, which no file holds, as it says how a text was cut).
impl Packed for Vec<(Incident, bool)> {
    const KIND: u8 = 8;
}

/// A set (`demarche pack DIR`).
pub fn unpack_set(bytes: &[u8]) -> Result<Vec<Incident>, Unreadable> {
    list(body_of::<Vec<Incident>>(bytes)?, take::<Incident>)
}

/// A reader's own file made ready by the tools module.
pub fn unpack_ready(bytes: &[u8]) -> Result<Vec<Incident>, Unreadable> {
    list(body_of::<Vec<(Incident, bool)>>(bytes)?, |rest| {
        let (mut incident, rest) = take::<Incident>(rest)?;
        let (untranslated, rest) = take::<bool>(rest)?;
        incident.untranslated = untranslated;
        Ok((incident, rest))
    })
}

/// A list as postcard writes it: its length, then each item, read one at a time with the
/// single incident's decoder, which the widget's first load carries anyway (the list's own
/// decoder would be a second copy of it there).
fn list<T>(
    body: &[u8],
    mut item: impl FnMut(&[u8]) -> Result<(T, &[u8]), Unreadable>,
) -> Result<Vec<T>, Unreadable> {
    let (count, mut rest) = take::<u32>(body)?;
    let mut items = Vec::new();
    for _ in 0..count {
        let (one, after) = item(rest)?;
        items.push(one);
        rest = after;
    }
    match rest {
        [] => Ok(items),
        _ => Err(Unreadable::Corrupt),
    }
}

fn take<T: DeserializeOwned>(bytes: &[u8]) -> Result<(T, &[u8]), Unreadable> {
    postcard::take_from_bytes::<T>(bytes).map_err(|_| Unreadable::Corrupt)
}

/// Why the bytes of a data file cannot be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Unreadable {
    /// Not a Démarche data file at all (an HTML error page, say).
    NotData,
    /// Written for another version of the widget.
    Format { found: u8 },
    /// A Démarche file of another kind than asked for.
    Kind,
    /// Cut short or damaged.
    Corrupt,
}

pub fn pack<T: Packed>(value: &T) -> Vec<u8> {
    let mut bytes = [MAGIC.as_slice(), &[FORMAT, T::KIND]].concat();
    // Encoding into a Vec cannot fail for these types: they hold no maps with non-string keys.
    bytes.extend(postcard::to_allocvec(value).expect("data files encode"));
    bytes
}

pub fn unpack<T: Packed>(bytes: &[u8]) -> Result<T, Unreadable> {
    match postcard::take_from_bytes::<T>(body_of::<T>(bytes)?) {
        Ok((value, [])) => Ok(value),
        _ => Err(Unreadable::Corrupt),
    }
}

/// The bytes after the header, once the header says they are what `T` is, in this format.
fn body_of<T: Packed>(bytes: &[u8]) -> Result<&[u8], Unreadable> {
    let Some((header, body)) = bytes.split_first_chunk::<6>() else {
        return Err(if MAGIC.starts_with(bytes) && !bytes.is_empty() {
            Unreadable::Corrupt
        } else {
            Unreadable::NotData
        });
    };
    if header[..4] != MAGIC[..] {
        return Err(Unreadable::NotData);
    }
    if header[4] != FORMAT {
        return Err(Unreadable::Format { found: header[4] });
    }
    if header[5] != T::KIND {
        return Err(Unreadable::Kind);
    }
    Ok(body)
}

/// `stem.<hash>.bin`: a new content gets a new name, so caches never serve a stale file.
pub fn file_name(stem: &str, bytes: &[u8]) -> String {
    hashed_name(stem, "bin", bytes)
}

/// A name that changes with the content, so a file can be cached for ever: `stem.<hash>.ext`.
pub fn hashed_name(stem: &str, extension: &str, bytes: &[u8]) -> String {
    format!("{stem}.{}.{extension}", content_hash(bytes))
}

/// The hash a file's name carries: 16 hexadecimal digits that change with its content.
pub fn content_hash(bytes: &[u8]) -> String {
    format!("{:016x}", fnv1a(bytes))
}

/// FNV-1a, 64 bits: enough to tell a handful of files' versions apart, and a few lines.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes
        .iter()
        .fold(0xcbf2_9ce4_8422_2325, |hash, &byte| (hash ^ u64::from(byte)).wrapping_mul(0x100_0000_01b3))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Lang, MapExtent};

    #[test]
    fn a_file_reads_back_as_what_was_written() {
        let names = CountryNames::iso(Lang::Cs);
        assert_eq!(unpack::<CountryNames>(&pack(&names)), Ok(names));
        let europe = Frame::generated(MapExtent::Europe);
        assert_eq!(unpack::<Frame>(&pack(&europe)), Ok(europe));
    }

    #[test]
    fn damaged_foreign_old_and_mistaken_files_are_refused() {
        let bytes = pack(&CountryNames::iso(Lang::En));
        assert_eq!(unpack::<CountryNames>(&bytes[..bytes.len() / 2]), Err(Unreadable::Corrupt));
        assert_eq!(unpack::<CountryNames>(&bytes[..3]), Err(Unreadable::Corrupt));
        assert_eq!(unpack::<CountryNames>(&[bytes.as_slice(), b"x"].concat()), Err(Unreadable::Corrupt));
        assert_eq!(unpack::<CountryNames>(b"<!doctype html><p>Not found"), Err(Unreadable::NotData));
        assert_eq!(unpack::<CountryNames>(b""), Err(Unreadable::NotData));
        let mut old = bytes.clone();
        old[4] = FORMAT + 1;
        assert_eq!(unpack::<CountryNames>(&old), Err(Unreadable::Format { found: FORMAT + 1 }));
        assert_eq!(unpack::<Frame>(&bytes), Err(Unreadable::Kind));
    }

    #[test]
    fn a_readers_own_file_is_one_incident_or_a_set_and_nothing_else() {
        let text = include_str!("../tests/fixtures/minimal.toml");
        let one = crate::load::parse_incident("minimal.toml", text).unwrap();
        let mut two = one.clone();
        two.facts.id = "two".into();
        assert_eq!(unpack_own(&pack(&one)), Ok(vec![one.clone()]));
        assert_eq!(unpack_own(&pack(&vec![one.clone(), two.clone()])), Ok(vec![one, two]));
        assert_eq!(unpack_own(&pack(&CountryNames::iso(Lang::En))), Err(Unreadable::Kind));
        assert_eq!(unpack_own(b"<!doctype html>"), Err(Unreadable::NotData));
    }

    /// Incident files spell leaf values out; data files store them as numbers.
    #[test]
    fn leaf_values_are_text_in_files_and_numbers_in_data() {
        use crate::model::{CountryCode, Date, ResponseKind};
        let summons = toml::from_str::<std::collections::BTreeMap<String, ResponseKind>>("k = \"summons\"");
        assert_eq!(summons.unwrap()["k"], ResponseKind::Summons);
        assert_eq!(postcard::to_allocvec(&ResponseKind::Summons).unwrap(), [ResponseKind::Summons as u8]);
        for text in ["2025", "2025-05", "2025-05-28"] {
            let date = Date::parse(text).unwrap();
            assert_eq!(
                postcard::from_bytes::<Date>(&postcard::to_allocvec(&date).unwrap()),
                Ok(date),
                "{text}"
            );
        }
        let code = CountryCode::parse("CZ").unwrap();
        assert_eq!(postcard::from_bytes::<CountryCode>(&postcard::to_allocvec(&code).unwrap()), Ok(code));
        assert!(postcard::from_bytes::<CountryCode>(&postcard::to_allocvec(&0u16).unwrap()).is_err());
        assert!(postcard::from_bytes::<ResponseKind>(&[99]).is_err());
    }

    #[test]
    fn names_change_with_the_content_only() {
        assert_eq!(file_name("map-europe", b"abc"), file_name("map-europe", b"abc"));
        assert_ne!(file_name("map-europe", b"abc"), file_name("map-europe", b"abd"));
        assert!(file_name("names-cs", b"").starts_with("names-cs.") && file_name("x", b"").ends_with(".bin"));
    }
}
