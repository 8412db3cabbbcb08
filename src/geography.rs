//! Country shapes for the map, projected, simplified and rounded ahead of time by
//! `tools/geo/generate.mjs` from Natural Earth (public domain), so the running widget only
//! looks a country up and fills its path.

use crate::model::{CountryCode, Lang, MapExtent};

mod countries;
mod europe;
mod world;

/// One map: a pixel frame and the countries inside it.
pub struct Frame {
    pub width: u16,
    pub height: u16,
    /// Sorted by code; shapes without an ISO code (disputed areas) come last with code "".
    pub shapes: &'static [Shape],
}

pub struct Shape {
    pub code: &'static str,
    /// An SVG path in the frame's pixels.
    pub d: &'static str,
    /// Where a label or a marker goes: the centroid of the largest part.
    pub centre: (u16, u16),
    /// Projected area in square pixels; small states get a marker to click and see.
    pub area: u32,
}

pub fn frame(extent: MapExtent) -> &'static Frame {
    match extent {
        MapExtent::Europe => &europe::EUROPE,
        MapExtent::World => &world::WORLD,
    }
}

impl Frame {
    pub fn shape(&self, country: CountryCode) -> Option<&'static Shape> {
        let code = country.as_str();
        let shapes = self.shapes;
        let named = shapes.partition_point(|shape| !shape.code.is_empty());
        shapes[..named].binary_search_by(|shape| shape.code.cmp(code)).ok().map(|at| &shapes[at])
    }
}

/// The country's short name in the reader's language; the code itself if ISO has no such code.
pub fn country_name(country: CountryCode, lang: Lang) -> String {
    match names(country) {
        Some((en, _)) if lang == Lang::En => en.to_string(),
        Some((_, cs)) => cs.to_string(),
        None => country.to_string(),
    }
}

/// Whether ISO 3166-1 assigns the code (or it is Kosovo's widely used `XK`).
pub fn is_assigned(country: CountryCode) -> bool {
    names(country).is_some()
}

/// The (English, Czech) names of an assigned code.
fn names(country: CountryCode) -> Option<(&'static str, &'static str)> {
    let at = countries::COUNTRIES.binary_search_by(|(code, _, _)| (*code).cmp(country.as_str())).ok()?;
    let (_, en, cs) = countries::COUNTRIES[at];
    Some((en, cs))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(text: &str) -> CountryCode {
        CountryCode::parse(text).unwrap()
    }

    #[test]
    fn every_frame_is_sorted_and_every_code_has_a_name() {
        for extent in MapExtent::ALL {
            let frame = frame(extent);
            let named: Vec<&str> = frame.shapes.iter().map(|s| s.code).filter(|c| !c.is_empty()).collect();
            assert!(named.windows(2).all(|pair| pair[0] < pair[1]), "{extent} is sorted and unique");
            for shape in frame.shapes {
                assert!(shape.d.starts_with('M') && shape.area > 0, "{} in {extent}", shape.code);
                assert!(shape.centre.0 <= frame.width && shape.centre.1 <= frame.height);
            }
            for name in named {
                assert!(is_assigned(code(name)), "{name} in {extent} has a name");
            }
        }
    }

    #[test]
    fn europe_holds_its_micro_states_and_the_world_holds_china() {
        let europe = frame(MapExtent::Europe);
        for small in ["CZ", "LI", "MT", "LU", "AD", "ME", "MK", "MD"] {
            assert!(europe.shape(code(small)).is_some(), "{small}");
        }
        assert!(europe.shape(code("CN")).is_none() && europe.shape(code("US")).is_none());
        let world = frame(MapExtent::World);
        assert!(world.shape(code("CN")).is_some() && world.shape(code("US")).is_some());
        assert!(world.shape(code("AQ")).is_none(), "no Antarctica");
    }

    #[test]
    fn names_follow_the_language() {
        assert_eq!(country_name(code("CZ"), Lang::En), "Czechia");
        assert_eq!(country_name(code("CZ"), Lang::Cs), "Česko");
        assert_eq!(country_name(code("QQ"), Lang::Cs), "QQ");
        assert!(!is_assigned(code("QQ")));
    }
}
