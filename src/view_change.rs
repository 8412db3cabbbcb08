//! What a reader does to the view, as a message: the components send these, and the view
//! applies them to the latest view it holds. Plain data, so every change is tested natively.

use crate::catalogue::{Catalogue, IncidentEntry};
use crate::comparison::{CompareOrder, Relation};
use crate::filter::{toggle, BlocScope};
use crate::matrix::RowOrder;
use crate::model::{ActorKind, Date, Lang, MapExtent, ResponseKind};
use crate::selection::Selection;
use crate::view_mode::ViewMode;
use crate::view_query::ViewQuery;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ViewChange {
    /// Another incident, in its default view.
    Incident(String),
    Lang(Lang),
    Extent(MapExtent),
    Select(Option<Selection>),
    Text(String),
    Bloc(BlocScope),
    From(Option<Date>),
    Until(Option<Date>),
    Order(RowOrder),
    /// Ticks or unticks an actor kind among those offered.
    ActorKind(ActorKind, Vec<ActorKind>),
    /// Ticks or unticks a response kind among those offered.
    Response(ResponseKind, Vec<ResponseKind>),
    /// Back to the incident's default view, in the same language and presentation.
    Reset,
    Mode(ViewMode),
    CompareOrder(CompareOrder),
    /// What the comparison's coalition table counts.
    Coalition(Relation),
    /// Which incidents the comparison sets side by side, as the link names them
    /// (`CompareFilter::pairs`).
    Compare(Vec<(String, String)>),
    /// A responder's profile across every incident (by its id), in the comparison; `None` goes
    /// back to the comparison.
    Profile(Option<String>),
    /// A comparison cell: that incident, and what to show of it, in the same view otherwise.
    Open(String, Option<Selection>),
    /// A step of the incident's story (from 0), or out of the story, keeping the view.
    /// [`crate::session::Session`] applies it, since a step's view needs the incident.
    Story(Option<usize>),
}

impl ViewQuery {
    pub fn apply(&mut self, change: ViewChange, catalogue: &Catalogue) {
        let filter = &mut self.filter;
        match change {
            ViewChange::Incident(id) => {
                if let Some(entry) = catalogue.find(&id) {
                    self.restart(entry);
                }
            }
            ViewChange::Lang(lang) => self.lang = lang,
            ViewChange::Extent(extent) => self.extent = extent,
            ViewChange::Select(selection) => self.selection = selection,
            ViewChange::Text(text) => filter.text = text,
            ViewChange::Bloc(scope) => filter.bloc = scope,
            ViewChange::From(date) => filter.from = date,
            ViewChange::Until(date) => filter.until = date,
            ViewChange::Order(order) => self.order = order,
            ViewChange::ActorKind(kind, offered) => {
                filter.actor_kinds = toggle(&filter.actor_kinds, kind, &offered)
            }
            ViewChange::Response(kind, offered) => {
                filter.responses = toggle(&filter.responses, kind, &offered)
            }
            // A profile is part of the comparison: another view, or the comparison asked for
            // again, closes it.
            ViewChange::Mode(mode) => {
                self.mode = mode;
                self.profile = None;
            }
            ViewChange::Profile(responder) => {
                self.mode = ViewMode::Compare;
                self.profile = responder;
            }
            ViewChange::CompareOrder(order) => self.compare_order = order,
            ViewChange::Coalition(relation) => self.coalition = relation,
            ViewChange::Compare(compare) => self.compare = compare,
            ViewChange::Open(id, selection) => {
                if catalogue.find(&id).is_some() {
                    self.incident = id;
                    self.selection = selection;
                }
            }
            ViewChange::Story(None) => self.story = None,
            ViewChange::Story(Some(_)) => {}
            ViewChange::Reset => {
                if let Some(entry) = catalogue.find(&self.incident) {
                    self.restart(entry);
                }
            }
        }
    }
}

impl ViewQuery {
    /// An incident's default view, keeping what is not part of the incident's view: the
    /// language, the presentation, the reader's own data file, and whether it is the matrix,
    /// the timeline or the comparison.
    fn restart(&mut self, entry: &IncidentEntry) {
        let (presentation, data) = (std::mem::take(&mut self.presentation), std::mem::take(&mut self.data));
        let mode = self.mode;
        *self = ViewQuery { presentation, data, mode, ..ViewQuery::default_for(entry, self.lang) };
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bundle::bundle;
    use crate::comparison::CompareFilter;
    use crate::model::CountryCode;

    fn catalogue() -> Catalogue {
        let incident = crate::load::minimal();
        bundle(&[incident]).catalogue
    }

    #[test]
    fn each_change_edits_its_part_of_the_view_and_reset_keeps_the_language() {
        let catalogue = catalogue();
        let mut view = ViewQuery::default_for(catalogue.default_incident(), Lang::Cs);
        let offered = vec![ResponseKind::Concern, ResponseKind::Summons];
        let czechia = Some(Selection::Country(CountryCode::parse("CZ").unwrap()));
        for change in [
            ViewChange::Extent(MapExtent::Europe),
            ViewChange::Select(czechia.clone()),
            ViewChange::Text("lip".into()),
            ViewChange::Order(RowOrder::Name),
            ViewChange::Response(ResponseKind::Concern, offered),
            ViewChange::From(Date::parse("2025-05").ok()),
        ] {
            view.apply(change, &catalogue);
        }
        assert_eq!((view.extent, &view.selection, view.order), (MapExtent::Europe, &czechia, RowOrder::Name));
        assert_eq!(view.filter.responses, [ResponseKind::Summons], "unticking one keeps the others");
        assert_eq!(view.filter.text, "lip");
        view.apply(ViewChange::Reset, &catalogue);
        assert_eq!(view, ViewQuery::default_for(catalogue.default_incident(), Lang::Cs));
        view.apply(ViewChange::Incident("nope".into()), &catalogue);
        assert_eq!(view.incident, "minimal", "an unknown incident changes nothing");
    }

    #[test]
    fn the_choice_of_incidents_is_one_change_and_reset_clears_it() {
        let catalogue = catalogue();
        let mut view = ViewQuery::default_for(catalogue.default_incident(), Lang::En);
        view.apply(ViewChange::Mode(ViewMode::Compare), &catalogue);
        let china = CompareFilter { accused: CountryCode::parse("CN").ok(), ..CompareFilter::default() };
        view.apply(ViewChange::Compare(china.pairs()), &catalogue);
        view.apply(ViewChange::CompareOrder(CompareOrder::Speed), &catalogue);
        assert_eq!((CompareFilter::read(&view.compare).0, view.compare_order), (china, CompareOrder::Speed));
        view.apply(ViewChange::Reset, &catalogue);
        assert_eq!((view.mode, view.compare.is_empty()), (ViewMode::Compare, true));
    }

    #[test]
    fn a_profile_opens_in_the_comparison_and_another_view_closes_it() {
        let catalogue = catalogue();
        let mut view = ViewQuery::default_for(catalogue.default_incident(), Lang::En);
        let germany = Some("DE".to_string());
        let code = CountryCode::parse("DE").unwrap();
        view.apply(ViewChange::Select(Some(Selection::Country(code))), &catalogue);
        view.apply(ViewChange::Profile(germany.clone()), &catalogue);
        assert_eq!((view.mode, &view.profile), (ViewMode::Compare, &germany));
        assert!(view.selection.is_some(), "the detail stays open beside it");
        view.apply(ViewChange::Profile(None), &catalogue);
        assert_eq!((view.mode, &view.profile), (ViewMode::Compare, &None));
        view.apply(ViewChange::Profile(germany), &catalogue);
        view.apply(ViewChange::Mode(ViewMode::Matrix), &catalogue);
        assert_eq!((view.mode, &view.profile), (ViewMode::Matrix, &None));
    }
}
