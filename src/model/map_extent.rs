//! Which part of the world the map shows: Europe when the story is European, the world when the
//! reactions are global. An incident file chooses its default; a reader can switch.

use std::fmt;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum MapExtent {
    Europe,
    #[default]
    World,
}

impl MapExtent {
    pub const ALL: [MapExtent; 2] = [MapExtent::Europe, MapExtent::World];

    pub fn id(self) -> &'static str {
        match self {
            MapExtent::Europe => "europe",
            MapExtent::World => "world",
        }
    }

    /// The frame's size in pixels, known before its shapes arrive, so the map keeps its box
    /// while they load (a test holds it equal to the generated frames).
    pub fn size(self) -> (u16, u16) {
        match self {
            MapExtent::Europe => (1000, 704),
            MapExtent::World => (1000, 440),
        }
    }

    pub fn parse(id: &str) -> Result<MapExtent, String> {
        MapExtent::ALL
            .into_iter()
            .find(|extent| extent.id() == id)
            .ok_or_else(|| format!("unknown map `{id}`; write europe or world"))
    }
}

two_forms!(MapExtent, MapExtent::parse, u8, |extent| *extent as u8, |at| MapExtent::ALL
    .get(usize::from(at))
    .copied());

impl fmt::Display for MapExtent {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}
