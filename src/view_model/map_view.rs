//! The map, as data: each state the view involves, how it is painted and marked, what a reader
//! hears of it, and where it goes — drawn on the map, drawn but too small to find (a marker
//! and a button), or not on this map at all (a button beside it). Its geometry stays in the
//! map's frame; this says everything else.

use crate::geography::Frame;
use crate::map_prose::{describe, summary};
use crate::model::{CountryCode, CountryNames, Incident};
use crate::rung::Paint;
use crate::standing::{CountryRole, CountryStanding};

/// Below this many square pixels a state gets a marker, so a finger or a pointer can find it.
pub const SMALL_AREA: u32 = 900;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    OnMap,
    /// On the map, but too small to hit: it gets a marker and a button.
    Small,
    /// Not on this map's frame (the United States on the map of Europe).
    OffMap,
}

#[derive(Clone, Debug, PartialEq)]
pub struct MapState {
    pub code: CountryCode,
    pub name: String,
    pub paint: Paint,
    pub role: CountryRole,
    /// It spoke for itself (a bigger marker, a label on the map).
    pub spoke: bool,
    /// What a screen reader hears, line by line; the first is the state's name.
    pub lines: Vec<String>,
    /// `None` while the map's shapes are not loaded.
    pub place: Option<Place>,
}

impl MapState {
    /// Every class the state's shape or button carries, besides the selection.
    pub fn classes(&self) -> String {
        match self.role.class() {
            Some(role) => format!("{} {role}", self.paint.classes()),
            None => self.paint.classes(),
        }
    }

    /// The radius of the marker a state too small to find gets: larger when it spoke.
    pub fn marker(&self) -> Option<u16> {
        (self.place == Some(Place::Small)).then_some(if self.spoke { 8 } else { 5 })
    }

    /// Whether its name is written on the map.
    pub fn labelled(&self) -> bool {
        self.spoke || self.role != CountryRole::Third
    }

    pub fn label(&self) -> String {
        self.lines.join(". ")
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct MapView {
    /// In reading order: the attributing state, states that spoke (strongest first), states
    /// only a bloc covered, the accused state.
    pub states: Vec<MapState>,
    /// The sentence that stands for the whole map.
    pub summary: String,
}

impl MapView {
    pub fn derive(
        incident: &Incident,
        names: &CountryNames,
        standings: &[CountryStanding],
        frame: Option<&Frame>,
    ) -> MapView {
        let place = |code: CountryCode| {
            let frame = frame?;
            Some(match frame.shape(code) {
                Some(shape) if shape.area < SMALL_AREA => Place::Small,
                Some(_) => Place::OnMap,
                None => Place::OffMap,
            })
        };
        let states = standings
            .iter()
            .map(|standing| MapState {
                code: standing.country,
                name: names.name(standing.country),
                paint: standing.paint(),
                role: standing.role,
                spoke: standing.spoke(),
                lines: describe(incident, names, standing),
                place: place(standing.country),
            })
            .collect();
        MapView { states, summary: summary(incident, names, standings) }
    }

    /// The states drawn on the map, small ones too.
    pub fn drawn(&self) -> impl Iterator<Item = &MapState> {
        self.states.iter().filter(|state| matches!(state.place, Some(Place::OnMap | Place::Small)))
    }

    pub fn placed(&self, place: Place) -> impl Iterator<Item = &MapState> {
        self.states.iter().filter(move |state| state.place == Some(place))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::filter::Filter;
    use crate::model::{Lang, MapExtent};
    use crate::standing::standings;

    #[test]
    fn each_state_is_painted_marked_and_placed() {
        let incident = crate::load::minimal();
        let names = CountryNames::iso(Lang::En);
        let frame = Frame::generated(MapExtent::Europe);
        let standings = standings(&incident, &Filter::default());
        let view = MapView::derive(&incident, &names, &standings, Some(&frame));
        let states: Vec<(&str, String, Option<Place>)> =
            view.states.iter().map(|state| (state.code.as_str(), state.classes(), state.place)).collect();
        assert_eq!(
            states,
            [
                ("CZ", "step-4 attributing".into(), Some(Place::OnMap)),
                ("DE", "covered step-2".into(), Some(Place::OnMap)),
                ("CN", "off-ladder accused".into(), Some(Place::OffMap)),
            ]
        );
        assert_eq!(view.drawn().count(), 2);
        assert_eq!(view.states[0].lines[0], "Czechia");
        let unplaced = MapView::derive(&incident, &names, &standings, None);
        assert!(unplaced.states.iter().all(|state| state.place.is_none()));
    }
}
