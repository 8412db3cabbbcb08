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

    /// The area a path covers, by the shoelace formula over its rings of relative moves.
    fn drawn_area(d: &str) -> f64 {
        let ring_area = |ring: &str| {
            let spaced = ring.replace('-', " -").replace(['M', 'l'], " ");
            let numbers: Vec<i64> = spaced.split_whitespace().map(|n| n.parse().unwrap()).collect();
            let mut points = vec![(numbers[0], numbers[1])];
            for step in numbers[2..].chunks(2) {
                let (x, y) = *points.last().unwrap();
                points.push((x + step[0], y + step[1]));
            }
            let twice: i64 = (0..points.len())
                .map(|i| {
                    let ((x1, y1), (x2, y2)) = (points[i], points[(i + 1) % points.len()]);
                    x1 * y2 - x2 * y1
                })
                .sum();
            twice.abs() as f64 / 2.0
        };
        d.split('z').filter(|ring| !ring.is_empty()).map(ring_area).sum()
    }

    /// Simplification once turned Norway inside out, filling the whole Europe map with it.
    #[test]
    fn every_shape_covers_about_its_own_area() {
        for extent in MapExtent::ALL {
            for shape in frame(extent).shapes.iter().filter(|shape| shape.area >= 50) {
                let (drawn, area) = (drawn_area(shape.d), f64::from(shape.area));
                assert!(
                    drawn > area / 2.0 && drawn < area * 1.5,
                    "{} in {extent}: {drawn} px² drawn, {area} px² true",
                    shape.code
                );
            }
        }
    }

    #[test]
    fn names_follow_the_language() {
        assert_eq!(country_name(code("CZ"), Lang::En), "Czechia");
        assert_eq!(country_name(code("CZ"), Lang::Cs), "Česko");
        assert_eq!(country_name(code("QQ"), Lang::Cs), "QQ");
        assert!(!is_assigned(code("QQ")));
    }
}
