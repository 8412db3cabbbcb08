//! An incident file: the attribution itself and everything that answered it.

use serde::{Deserialize, Serialize};

use super::id_index::IdIndex;
use super::{Actor, Bloc, CountryCode, Date, MapExtent, Reaction, Source, Text};

/// One incident file of `seeds/`, as written by hand: the facts of the case, then flat lists
/// that refer to each other by id (reactions name actors, everything names sources).
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Incident {
    #[serde(rename = "incident")]
    pub facts: Facts,
    pub sources: Vec<Source>,
    #[serde(default)]
    pub blocs: Vec<Bloc>,
    pub actors: Vec<Actor>,
    pub reactions: Vec<Reaction>,
    #[serde(skip)]
    actor_index: IdIndex,
    #[serde(skip)]
    source_index: IdIndex,
}

/// What was attributed, to whom, and how sure the attributing side said it was.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Facts {
    pub id: String,
    pub made_public: Date,
    pub title: Text,
    pub summary: Text,
    pub attributed_to: AttributedActor,
    pub target: Target,
    pub activity: Activity,
    /// The confidence stated by the attributing side, in its own terms.
    pub confidence: Text,
    /// What the sources leave open: the extent of a breach, how long access lasted.
    #[serde(default)]
    pub unverified: Vec<Text>,
    pub sources: Vec<String>,
    /// The map a reader sees first; the world unless the story is regional.
    #[serde(default)]
    pub map: MapExtent,
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct AttributedActor {
    pub name: String,
    #[serde(default)]
    pub aliases: Vec<String>,
    /// The state the operation is attributed to.
    pub state: CountryCode,
    /// The state body said to be behind the actor, such as an intelligence service.
    pub sponsor: Option<Text>,
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Target {
    /// The attributing (victim) state.
    pub country: CountryCode,
    pub name: Text,
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Activity {
    pub from: Date,
    pub until: Option<Date>,
    pub note: Option<Text>,
}

impl Incident {
    pub fn id(&self) -> &str {
        &self.facts.id
    }

    pub fn actor(&self, id: &str) -> Option<&Actor> {
        self.actor_position(id).map(|at| &self.actors[at])
    }

    /// Where the actor with `id` sits in `actors`.
    pub fn actor_position(&self, id: &str) -> Option<usize> {
        self.actor_index.position(&self.actors, |actor| &actor.id, id)
    }

    pub fn source(&self, id: &str) -> Option<&Source> {
        let at = self.source_index.position(&self.sources, |source| &source.id, id)?;
        Some(&self.sources[at])
    }

    pub fn bloc(&self, id: &str) -> Option<&Bloc> {
        self.blocs.iter().find(|bloc| bloc.id == id)
    }

    /// The blocs an actor belongs to through its state, or speaks for as a bloc body.
    pub fn blocs_of<'a>(&'a self, actor: &'a Actor) -> impl Iterator<Item = &'a Bloc> + 'a {
        self.blocs.iter().filter(move |bloc| {
            actor.speaks_for.as_deref() == Some(bloc.id.as_str())
                || actor.country.is_some_and(|country| bloc.has_member(country))
        })
    }

    pub fn reactions_of<'a>(&'a self, actor: &'a str) -> impl Iterator<Item = &'a Reaction> + 'a {
        self.reactions.iter().filter(move |reaction| reaction.actor == actor)
    }
}
