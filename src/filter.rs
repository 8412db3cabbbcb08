//! What a reader narrows the incident down to. One `Filter` drives every view (map, matrix,
//! detail, counts), so they can never disagree about what is shown.

mod date_entry;

pub use date_entry::{date_entry_text, parse_date_entry, NotADate};

use crate::model::{Actor, ActorKind, Date, Incident, Reaction, ResponseKind};
use crate::ranking::sort_by_rank;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filter {
    /// Actor kinds to keep; empty keeps every kind.
    pub actor_kinds: Vec<ActorKind>,
    pub bloc: BlocScope,
    /// Response kinds to keep; empty keeps every kind.
    pub responses: Vec<ResponseKind>,
    pub from: Option<Date>,
    pub until: Option<Date>,
    /// Free text matched against names, roles, summaries and quotes, ignoring case and accents.
    pub text: String,
}

/// Bloc membership of an actor: through its state, or as the bloc's own body.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum BlocScope {
    #[default]
    Any,
    /// Members of the bloc with this id, and the bloc's bodies.
    In(String),
    /// Actors of states outside every bloc of the incident.
    Outside,
}

impl BlocScope {
    /// How links and the membership menu name the scope: "" for any, a bloc's id, or `none`.
    pub fn id(&self) -> &str {
        match self {
            BlocScope::Any => "",
            BlocScope::In(id) => id,
            BlocScope::Outside => "none",
        }
    }

    /// Reads an id back; a bloc must be one the incident names.
    pub fn from_id(incident: &Incident, id: &str) -> Option<BlocScope> {
        match id {
            "" => Some(BlocScope::Any),
            "none" => Some(BlocScope::Outside),
            id => incident.bloc(id).map(|bloc| BlocScope::In(bloc.id.clone())),
        }
    }
}

impl Filter {
    pub fn is_default(&self) -> bool {
        *self == Filter::default()
    }

    /// How many of the filter's parts narrow the view: what a folded "Filters" button counts.
    pub fn active(&self) -> usize {
        [
            !self.actor_kinds.is_empty(),
            self.bloc != BlocScope::Any,
            !self.responses.is_empty(),
            self.from.is_some(),
            self.until.is_some(),
            !self.text.trim().is_empty(),
        ]
        .into_iter()
        .filter(|&narrows| narrows)
        .count()
    }

    pub fn admits_actor(&self, incident: &Incident, actor: &Actor) -> bool {
        let kind = self.actor_kinds.is_empty() || self.actor_kinds.contains(&actor.kind);
        let bloc = match &self.bloc {
            BlocScope::Any => true,
            BlocScope::In(id) => incident.blocs_of(actor).any(|bloc| bloc.id == *id),
            BlocScope::Outside => incident.blocs_of(actor).next().is_none(),
        };
        kind && bloc
    }

    /// Whether a reaction by `actor` is shown: its actor is admitted, it falls in the date
    /// range, it made a response of a kept kind, and the search text (if any) is found in it or
    /// its actor.
    fn admits(&self, incident: &Incident, actor: &Actor, reaction: &Reaction) -> bool {
        self.admits_actor(incident, actor)
            && self.in_range(reaction.date)
            && reaction.responses.iter().any(|&kind| self.shows(kind))
            && self.matches_text(actor, reaction)
    }

    /// Whether a response kind is shown at all (as a matrix column, in a map fill).
    pub fn shows(&self, kind: ResponseKind) -> bool {
        self.responses.is_empty() || self.responses.contains(&kind)
    }

    /// Indices of the shown reactions, in file order.
    pub fn reactions<'a>(
        &'a self,
        incident: &'a Incident,
    ) -> impl Iterator<Item = (usize, &'a Reaction)> + 'a {
        incident.reactions.iter().enumerate().filter(|&(at, reaction)| {
            incident.reaction_actor(at).is_some_and(|actor| self.admits(incident, actor, reaction))
        })
    }

    /// The shown response kinds among an actor's shown reactions, in codebook order.
    pub fn kinds_of(&self, incident: &Incident, actor: &str) -> Vec<ResponseKind> {
        // A set of kinds as bits, read back in codebook order: no sort to carry in the widget.
        let used = self
            .reactions(incident)
            .filter(|(_, reaction)| reaction.actor == actor)
            .flat_map(|(_, reaction)| reaction.responses.iter().copied())
            .filter(|&kind| self.shows(kind))
            .fold(0_u32, |used, kind| used | 1 << kind as u32);
        ResponseKind::ALL.into_iter().filter(|&kind| used & 1 << kind as u32 != 0).collect()
    }

    /// How much is shown: (actors shown, actors that reacted at all, reactions shown, all reactions).
    pub fn counts(&self, incident: &Incident) -> (usize, usize, usize, usize) {
        // Each actor's bits: 1 once it reacted, 2 once a reaction of it is shown. Actors by
        // place, not by id: no sort of ids, on every click, at a hundred times the seeds' size.
        const REACTED: u8 = 1;
        const SHOWN: u8 = 2;
        let mut actors = vec![0_u8; incident.actors.len()];
        let mut mark = |at: usize, bit: u8| {
            if let Some(place) = incident.reaction_actor_position(at) {
                actors[place] |= bit;
            }
        };
        (0..incident.reactions.len()).for_each(|at| mark(at, REACTED));
        let mut shown = 0;
        for (at, _) in self.reactions(incident) {
            mark(at, SHOWN);
            shown += 1;
        }
        let count = |bit: u8| actors.iter().filter(|&&bits| bits & bit != 0).count();
        (count(SHOWN), count(REACTED), shown, incident.reactions.len())
    }

    fn in_range(&self, date: Date) -> bool {
        let (first, last) = date.span();
        self.from.is_none_or(|from| last >= from.span().0)
            && self.until.is_none_or(|until| first <= until.span().1)
    }

    fn matches_text(&self, actor: &Actor, reaction: &Reaction) -> bool {
        let needle = fold(self.text.trim());
        if needle.is_empty() {
            return true;
        }
        let role = actor.role.iter().flat_map(|role| [role.en.as_str(), role.cs.as_str()]);
        let quote = reaction.quotes.iter().map(|quote| quote.text.as_str());
        [
            actor.name.en.as_str(),
            actor.name.cs.as_str(),
            reaction.summary.en.as_str(),
            reaction.summary.cs.as_str(),
        ]
        .into_iter()
        .chain(role)
        .chain(quote)
        .any(|haystack| fold(haystack).contains(&needle))
    }
}

/// A checkbox list where "nothing chosen" means "everything": unticking one item of the
/// implicit everything keeps all the others, and ticking the last one returns to everything.
pub fn toggle<T: Copy + PartialEq>(chosen: &[T], item: T, offered: &[T]) -> Vec<T> {
    let mut next: Vec<T> = if chosen.is_empty() { offered.to_vec() } else { chosen.to_vec() };
    match next.iter().position(|known| *known == item) {
        Some(at) => {
            next.remove(at);
        }
        None => next.push(item),
    }
    if offered.iter().all(|item| next.contains(item)) {
        next.clear();
    }
    sort_by_rank(&mut next, |item| {
        offered.iter().position(|known| known == item).map_or(0, |at| at as u64 + 1)
    });
    next
}

/// Lower case without diacritics, so "lipavsky" finds "Lipavský" and "ZAHRANICI" finds
/// "zahraničí". A table of the Latin letters the incidents' languages use is enough here: the
/// standard library's Unicode case tables alone would cost the widget 7 KB brotli, and full
/// normalisation tens of kilobytes more.
pub fn fold(text: &str) -> String {
    text.chars().map(|letter| strip_accent(letter.to_ascii_lowercase())).collect()
}

fn strip_accent(letter: char) -> char {
    if letter.is_ascii() {
        return letter;
    }
    const BASES: [(&str, char); 14] = [
        ("áàâäãåāăąÁÀÂÄÃÅĀĂĄ", 'a'),
        ("çćčÇĆČ", 'c'),
        ("ďđĎĐ", 'd'),
        ("éèêëěēėęÉÈÊËĚĒĖĘ", 'e'),
        ("íìîïīįÍÌÎÏĪĮ", 'i'),
        ("ľĺłĽĹŁ", 'l'),
        ("ńňñŃŇÑ", 'n'),
        ("óòôöõőøÓÒÔÖÕŐØ", 'o'),
        ("řŕŘŔ", 'r'),
        ("šśşșŠŚŞȘ", 's'),
        ("ťţțŤŢȚ", 't'),
        ("úùûüůűūųÚÙÛÜŮŰŪŲ", 'u'),
        ("ýÿÝŸ", 'y'),
        ("žźżŽŹŻ", 'z'),
    ];
    BASES.iter().find(|(accented, _)| accented.contains(letter)).map_or(letter, |&(_, base)| base)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn incident() -> Incident {
        crate::load::minimal()
    }

    fn shown(filter: &Filter) -> Vec<String> {
        let incident = incident();
        filter.reactions(&incident).map(|(_, reaction)| reaction.actor.clone()).collect()
    }

    #[test]
    fn the_default_filter_shows_everything() {
        assert!(Filter::default().is_default());
        assert_eq!(Filter::default().active(), 0);
        let narrowed =
            Filter { responses: vec![ResponseKind::Denial], text: "x".into(), ..Filter::default() };
        assert_eq!(narrowed.active(), 2);
        assert_eq!(shown(&Filter::default()), ["cz-government", "eu", "cn-embassy"]);
    }

    #[test]
    fn actor_kinds_keep_only_their_actors() {
        let filter =
            Filter { actor_kinds: vec![ActorKind::Mission, ActorKind::Government], ..Filter::default() };
        assert_eq!(shown(&filter), ["cz-government", "cn-embassy"]);
    }

    #[test]
    fn bloc_scope_follows_membership_and_bloc_bodies() {
        let eu = Filter { bloc: BlocScope::In("EU".into()), ..Filter::default() };
        assert_eq!(shown(&eu), ["cz-government", "eu"]);
        let outside = Filter { bloc: BlocScope::Outside, ..Filter::default() };
        assert_eq!(shown(&outside), ["cn-embassy"]);
        let unknown = Filter { bloc: BlocScope::In("NATO".into()), ..Filter::default() };
        assert!(shown(&unknown).is_empty());
    }

    #[test]
    fn response_kinds_keep_reactions_that_made_one_of_them() {
        let filter = Filter { responses: vec![ResponseKind::Denial], ..Filter::default() };
        assert_eq!(shown(&filter), ["cn-embassy"]);
        assert!(filter.shows(ResponseKind::Denial) && !filter.shows(ResponseKind::Condemnation));
    }

    #[test]
    fn date_ranges_compare_what_a_partial_date_may_mean() {
        let mut incident = incident();
        incident.reactions[1].date = Date::parse("2025-06").unwrap();
        let june_15 = Date::parse("2025-06-15").unwrap();
        let from = Filter { from: Some(june_15), ..Filter::default() };
        let kept: Vec<&str> = from.reactions(&incident).map(|(_, r)| r.actor.as_str()).collect();
        assert_eq!(kept, ["eu"], "June 2025 may be after the 15th");
        let until = Filter { until: Some(Date::parse("2025-05").unwrap()), ..Filter::default() };
        let kept: Vec<&str> = until.reactions(&incident).map(|(_, r)| r.actor.as_str()).collect();
        assert_eq!(kept, ["cz-government", "cn-embassy"]);
    }

    #[test]
    fn text_matches_names_and_quotes_without_case_or_accents() {
        let by_name = Filter { text: "vlada CESKE".into(), ..Filter::default() };
        assert_eq!(shown(&by_name), ["cz-government"]);
        let by_quote = Filter { text: "  we condemn ".into(), ..Filter::default() };
        assert_eq!(shown(&by_quote), ["cz-government"]);
        let nothing = Filter { text: "sanctions galore".into(), ..Filter::default() };
        assert!(shown(&nothing).is_empty());
        assert_eq!(fold("Lipavský ŘEDITEL Zahraničí"), "lipavsky reditel zahranici");
        assert_eq!(fold("ÚŘAD ŽÁDOST Ústí"), "urad zadost usti");
    }

    #[test]
    fn an_actors_kinds_are_the_shown_ones_once_each() {
        let mut incident = incident();
        let mut again = incident.reactions[0].clone();
        again.responses = vec![ResponseKind::Condemnation, ResponseKind::Summons];
        incident.reactions.push(again);
        let all = Filter::default().kinds_of(&incident, "cz-government");
        assert_eq!(all, [ResponseKind::Condemnation, ResponseKind::Summons, ResponseKind::Attribution]);
        let some = Filter { responses: vec![ResponseKind::Summons], ..Filter::default() };
        assert_eq!(some.kinds_of(&incident, "cz-government"), [ResponseKind::Summons]);
    }

    #[test]
    fn counts_say_how_much_is_shown() {
        let mut incident = incident();
        assert_eq!(Filter::default().counts(&incident), (3, 3, 3, 3));
        let filter = Filter { responses: vec![ResponseKind::Denial], ..Filter::default() };
        assert_eq!(filter.counts(&incident), (1, 3, 1, 3));
        // An actor that spoke twice is one actor; one that never spoke is none.
        let mut again = incident.reactions[0].clone();
        again.responses = vec![ResponseKind::Denial];
        incident.reactions.push(again);
        assert_eq!(Filter::default().counts(&incident), (3, 3, 4, 4));
        assert_eq!(filter.counts(&incident), (2, 3, 2, 4));
        incident.reactions.retain(|reaction| reaction.actor == incident.actors[0].id);
        assert_eq!(Filter::default().counts(&incident), (1, 1, 2, 2));
    }

    #[test]
    fn ticking_and_unticking_treats_nothing_as_everything() {
        let offered = [1, 2, 3];
        assert_eq!(toggle(&[], 2, &offered), [1, 3]);
        assert_eq!(toggle(&[1, 3], 2, &offered), Vec::<i32>::new());
        assert_eq!(toggle(&[3], 1, &offered), [1, 3]);
        assert_eq!(toggle(&[1], 1, &offered), Vec::<i32>::new(), "unticking the last shows everything");
    }

    #[test]
    fn filters_combine_as_and() {
        let filter = Filter {
            actor_kinds: vec![ActorKind::Government, ActorKind::Intergovernmental],
            bloc: BlocScope::In("EU".into()),
            responses: vec![ResponseKind::Condemnation, ResponseKind::Solidarity],
            text: "union".into(),
            ..Filter::default()
        };
        assert_eq!(shown(&filter), ["eu"]);
        let without_text = Filter { text: String::new(), ..filter };
        assert_eq!(shown(&without_text), ["cz-government", "eu"]);
    }
}
