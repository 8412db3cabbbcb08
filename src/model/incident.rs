//! An incident file: the attribution itself and everything that answered it.

use serde::{Deserialize, Serialize};

use super::id_index::{IdIndex, IdLinks};
use super::{
    Actor, ActorKind, Bloc, CountryCode, Date, Lang, MapExtent, Reaction, ResponseKind, Source, StoryStep,
    Text, Translation,
};
use crate::i18n::typeset;

/// One incident file of `seeds/`, as written by hand: the facts of the case, then flat lists
/// that refer to each other by id (reactions name actors, everything names sources).
#[cfg_attr(not(target_family = "wasm"), derive(schemars::JsonSchema))]
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
    /// The guided story, in order (`[[story]]`).
    #[serde(default)]
    pub story: Vec<StoryStep>,
    /// Questions for a class after the story (`[[questions]]`).
    #[serde(default)]
    pub questions: Vec<Text>,
    /// The address of a reader's own file (`?data=`) it was read from; `None` for the site's
    /// own incidents. Never in a file: the widget sets it where it reads one (`Loaded::read`).
    #[serde(skip)]
    pub origin: Option<String>,
    /// Some of its texts are shown in English in the Czech view: set where the texts are kept
    /// for a reader of one language (`in_language`), in the browser for a reader's own file.
    #[serde(skip)]
    pub untranslated: bool,
    #[serde(skip)]
    actor_index: IdIndex,
    #[serde(skip)]
    source_index: IdIndex,
    #[serde(skip)]
    reaction_actors: IdLinks,
}

/// What was attributed, to whom, and how sure the attributing side said it was.
#[cfg_attr(not(target_family = "wasm"), derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Facts {
    pub id: String,
    pub made_public: Date,
    pub title: Text,
    pub summary: Text,
    pub attributed_to: AttributedActor,
    /// Every state that made the attribution itself (a joint attribution has several); when
    /// the file names none, the target's state.
    #[serde(default)]
    pub attributed_by: Vec<CountryCode>,
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

#[cfg_attr(not(target_family = "wasm"), derive(schemars::JsonSchema))]
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

#[cfg_attr(not(target_family = "wasm"), derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Target {
    /// The attributing (victim) state.
    pub country: CountryCode,
    pub name: Text,
}

#[cfg_attr(not(target_family = "wasm"), derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Activity {
    pub from: Date,
    pub until: Option<Date>,
    pub note: Option<Text>,
}

impl Facts {
    /// The states that attributed the incident: `attributed_by`, or else the target's state.
    pub fn attributing(&self) -> &[CountryCode] {
        if self.attributed_by.is_empty() {
            std::slice::from_ref(&self.target.country)
        } else {
            &self.attributed_by
        }
    }
}

impl Incident {
    pub fn id(&self) -> &str {
        &self.facts.id
    }

    /// The incident as a reader of one language needs it: every text in that language only.
    /// What a reader of `lang` downloads: each text in their language only, Czech typeset, and
    /// of a statement published in several languages the words in theirs.
    pub fn in_language(&self, lang: Lang) -> Incident {
        let mut incident = self.clone();
        let mut untranslated = false;
        for text in incident.texts() {
            text.keep(lang);
            untranslated |= text.lang(lang).is_some();
        }
        incident.untranslated = untranslated;
        // Czech words keep Czech typography in either view: a source's headline, a quote.
        let czech = |lang: &str| lang == Lang::Cs.tag();
        for reaction in &mut incident.reactions {
            reaction.quotes = reaction.quote(lang).cloned().into_iter().collect();
            for quote in &mut reaction.quotes {
                if czech(&quote.lang) {
                    quote.text = typeset(&quote.text);
                }
                let translated = quote.translated(lang).map(|words| match lang {
                    Lang::En => Translation { en: Some(words.to_owned()), cs: None },
                    Lang::Cs => Translation { en: None, cs: Some(typeset(words)) },
                });
                quote.translation = translated;
            }
        }
        for source in incident.sources.iter_mut().filter(|source| czech(&source.lang)) {
            source.title = source.title.as_deref().map(typeset);
        }
        incident
    }

    /// How many of its texts, as written, are in English only: the Czech view shows them in
    /// English, and says so once.
    pub fn english_only(&self) -> usize {
        self.clone().texts().into_iter().filter(|text| text.untranslated()).count()
    }

    /// Every text of the incident, in the order of the file.
    // HACK(size): plain loops into a list, not a chain of iterators, which compiled to about
    // 244 bytes brotli more in the first load (measured), where a reader's own file is cut to
    // a language.
    fn texts(&mut self) -> Vec<&mut Text> {
        let facts = &mut self.facts;
        let mut texts =
            vec![&mut facts.title, &mut facts.summary, &mut facts.confidence, &mut facts.target.name];
        texts.extend(&mut facts.unverified);
        texts.extend(&mut facts.attributed_to.sponsor);
        texts.extend(&mut facts.activity.note);
        texts.extend(self.blocs.iter_mut().map(|bloc| &mut bloc.name));
        for actor in &mut self.actors {
            texts.push(&mut actor.name);
            texts.extend(&mut actor.role);
        }
        for reaction in &mut self.reactions {
            texts.push(&mut reaction.summary);
            texts.extend(reaction.disagreements.iter_mut().map(|disagreement| &mut disagreement.note));
        }
        for step in &mut self.story {
            texts.push(&mut step.title);
            texts.push(&mut step.text);
        }
        texts.extend(&mut self.questions);
        texts
    }

    pub fn actor(&self, id: &str) -> Option<&Actor> {
        self.actor_position(id).map(|at| &self.actors[at])
    }

    /// Where the actor with `id` sits in `actors`.
    pub fn actor_position(&self, id: &str) -> Option<usize> {
        self.actor_index.position(&self.actors, |actor| &actor.id, id)
    }

    /// The place in `actors` of the actor of the reaction at `at` in `reactions`: what
    /// `actor_position` says of its id, without searching the ids each time.
    pub fn reaction_actor_position(&self, at: usize) -> Option<usize> {
        let id = &self.reactions.get(at)?.actor;
        let links = || self.reactions.iter().map(|reaction| self.actor_place(&reaction.actor)).collect();
        let linked = self.reaction_actors.place(at, links);
        linked
            .filter(|&place| self.actors.get(place).is_some_and(|actor| actor.id == *id))
            .or_else(|| self.actor_position(id))
    }

    /// `actor_position` as a link holds it.
    fn actor_place(&self, id: &str) -> u32 {
        self.actor_position(id).map_or(u32::MAX, |at| at as u32)
    }

    /// The actor of the reaction at `at` in `reactions`.
    pub fn reaction_actor(&self, at: usize) -> Option<&Actor> {
        self.reaction_actor_position(at).map(|place| &self.actors[place])
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

    /// The actor kinds and the response kinds that occur in the incident, in codebook order:
    /// a filter box that can only empty the page helps no one.
    pub fn kinds_used(&self) -> (Vec<ActorKind>, Vec<ResponseKind>) {
        let actor_kinds =
            ActorKind::ALL.into_iter().filter(|&kind| self.actors.iter().any(|actor| actor.kind == kind));
        let responses = ResponseKind::ALL
            .into_iter()
            .filter(|&kind| self.reactions.iter().any(|reaction| reaction.has(kind)));
        (actor_kinds.collect(), responses.collect())
    }

    pub fn reactions_of<'a>(&'a self, actor: &'a str) -> impl Iterator<Item = &'a Reaction> + 'a {
        self.reactions.iter().filter(move |reaction| reaction.actor == actor)
    }
}

#[cfg(test)]
mod tests {
    use crate::model::Lang;

    #[test]
    fn each_reaction_finds_its_actor_by_place_even_after_the_lists_change() {
        let mut incident = crate::load::minimal();
        let by_id = |incident: &super::Incident| -> Vec<Option<String>> {
            incident
                .reactions
                .iter()
                .map(|reaction| incident.actor(&reaction.actor).map(|actor| actor.id.clone()))
                .collect()
        };
        let by_place = |incident: &super::Incident| -> Vec<Option<String>> {
            (0..incident.reactions.len())
                .map(|at| incident.reaction_actor(at).map(|actor| actor.id.clone()))
                .collect()
        };
        assert_eq!(by_place(&incident), by_id(&incident));
        assert!(by_place(&incident).iter().all(Option::is_some));
        // Linked once; then the actors are reordered and a reaction names another actor.
        incident.actors.reverse();
        let other = incident.actors[0].id.clone();
        incident.reactions[0].actor = other.clone();
        assert_eq!(by_place(&incident), by_id(&incident));
        assert_eq!(by_place(&incident)[0].as_deref(), Some(other.as_str()));
        incident.reactions[1].actor = "nobody".into();
        assert_eq!(by_place(&incident)[1], None);
        assert_eq!(incident.reaction_actor(incident.reactions.len()), None);
    }

    /// Debug output lists every text; none may keep the other language.
    #[test]
    fn a_reader_of_one_language_gets_every_text_in_it_only() {
        let incident = crate::load::minimal();
        let czech = format!("{:?}", incident.in_language(Lang::Cs));
        assert!(
            !czech.contains("en: \"") || czech.matches("en: \"\"").count() == czech.matches("en: \"").count(),
            "{czech}"
        );
        assert!(czech.contains("cs: \"Minimální incident\""));
        let english = format!("{:?}", incident.in_language(Lang::En));
        assert_eq!(english.matches("cs: \"\"").count(), english.matches("cs: \"").count(), "{english}");
        assert_eq!(incident.in_language(Lang::En).reactions.len(), incident.reactions.len());
    }

    #[test]
    fn only_the_kinds_an_incident_uses_are_offered() {
        use crate::model::{ActorKind, ResponseKind};
        let (actors, responses) = crate::load::minimal().kinds_used();
        assert_eq!(actors, [ActorKind::Government, ActorKind::Mission, ActorKind::Intergovernmental]);
        assert_eq!(
            responses,
            [
                ResponseKind::Solidarity,
                ResponseKind::Condemnation,
                ResponseKind::Attribution,
                ResponseKind::Denial
            ]
        );
    }
}
