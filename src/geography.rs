//! Country shapes for the map, projected, simplified and rounded ahead of time by
//! `tools/geo/generate.mjs` from Natural Earth (public domain). The build packs each frame into
//! a data file of its own (`src/packed.rs`), so the widget downloads the world's shapes only
//! when a reader or an incident asks for the world map, and its code carries none.

use std::rc::Rc;

use serde::{Deserialize, Serialize};

use crate::model::CountryCode;
#[cfg(not(target_family = "wasm"))]
use crate::model::MapExtent;

// The shapes themselves are data files for the widget; only the native build that writes
// them (and the tests) compiles the tables.
#[cfg(not(target_family = "wasm"))]
mod europe;
#[cfg(not(target_family = "wasm"))]
mod world;

/// One map: a pixel frame and the countries inside it.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
pub struct Frame {
    pub width: u16,
    pub height: u16,
    /// Sorted by code; shapes without an ISO code (disputed areas) come last with code "".
    pub shapes: Vec<Shape>,
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
pub struct Shape {
    pub code: String,
    /// An SVG path in the frame's pixels, shared: the map redraws it without copying it.
    pub d: Rc<str>,
    /// Where a label or a marker goes: the centroid of the largest part.
    pub centre: (u16, u16),
    /// Projected area in square pixels; small states get a marker to click and see.
    pub area: u32,
}

/// The generated tables, as the generator writes them: borrowed strings in constants.
#[cfg(not(target_family = "wasm"))]
struct StaticFrame {
    width: u16,
    height: u16,
    shapes: &'static [StaticShape],
}

#[cfg(not(target_family = "wasm"))]
struct StaticShape {
    code: &'static str,
    d: &'static str,
    centre: (u16, u16),
    area: u32,
}

impl Frame {
    /// The shapes generated for an extent, ready to pack.
    #[cfg(not(target_family = "wasm"))]
    pub fn generated(extent: MapExtent) -> Frame {
        let source = match extent {
            MapExtent::Europe => &europe::EUROPE,
            MapExtent::World => &world::WORLD,
        };
        let shape = |shape: &StaticShape| Shape {
            code: shape.code.into(),
            d: shape.d.into(),
            centre: shape.centre,
            area: shape.area,
        };
        Frame {
            width: source.width,
            height: source.height,
            shapes: source.shapes.iter().map(shape).collect(),
        }
    }

    pub fn shape(&self, country: CountryCode) -> Option<&Shape> {
        let code = country.as_str();
        let named = self.shapes.partition_point(|shape| !shape.code.is_empty());
        let shapes = &self.shapes[..named];
        shapes.binary_search_by(|shape| shape.code.as_str().cmp(code)).ok().map(|at| &shapes[at])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(text: &str) -> CountryCode {
        CountryCode::parse(text).unwrap()
    }

    #[test]
    fn every_frame_is_sorted_and_every_code_is_assigned() {
        for extent in MapExtent::ALL {
            let frame = Frame::generated(extent);
            let named: Vec<&str> =
                frame.shapes.iter().map(|s| s.code.as_str()).filter(|c| !c.is_empty()).collect();
            assert!(named.windows(2).all(|pair| pair[0] < pair[1]), "{extent} is sorted and unique");
            for shape in &frame.shapes {
                assert!(shape.d.starts_with('M') && shape.area > 0, "{} in {extent}", shape.code);
                assert!(shape.centre.0 <= frame.width && shape.centre.1 <= frame.height);
            }
            for name in named {
                assert!(code(name).is_assigned(), "{name} in {extent} has a name");
            }
            assert_eq!(
                (frame.width, frame.height),
                extent.size(),
                "{extent}'s box is known before its shapes"
            );
        }
    }

    #[test]
    fn europe_holds_its_micro_states_and_the_world_holds_china() {
        let europe = Frame::generated(MapExtent::Europe);
        for small in ["CZ", "LI", "MT", "LU", "AD", "ME", "MK", "MD"] {
            assert!(europe.shape(code(small)).is_some(), "{small}");
        }
        assert!(europe.shape(code("CN")).is_none() && europe.shape(code("US")).is_none());
        let world = Frame::generated(MapExtent::World);
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
            for shape in Frame::generated(extent).shapes.iter().filter(|shape| shape.area >= 50) {
                let (drawn, area) = (drawn_area(&shape.d), f64::from(shape.area));
                assert!(
                    drawn > area / 2.0 && drawn < area * 1.5,
                    "{} in {extent}: {drawn} px² drawn, {area} px² true",
                    shape.code
                );
            }
        }
    }
}
