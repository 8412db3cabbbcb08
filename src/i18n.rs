//! Every string a reader sees, in English and Czech. Views take their words from here only,
//! so a missing translation is a compile error rather than a surprise in class.

use crate::matrix::RowOrder;
use crate::model::{ActorGroup, ActorKind, Date, Lang, MapExtent, ResponseKind};
use crate::packed::Unreadable;
use crate::session::{LoadError, Problem, Resource};
use crate::standing::CountryRole;

/// The app's words in one language.
pub struct Strings {
    lang: Lang,
    pub app_name: &'static str,
    pub tagline: &'static str,
    pub language: &'static str,
    pub incident: &'static str,
    pub made_public: &'static str,
    pub attributed_to: &'static str,
    pub also_known_as: &'static str,
    pub linked_to: &'static str,
    pub target: &'static str,
    pub activity: &'static str,
    pub since: &'static str,
    pub until: &'static str,
    pub confidence: &'static str,
    pub unverified: &'static str,
    pub sources: &'static str,
    pub actor: &'static str,
    pub reactions_heading: &'static str,
    pub quote: &'static str,
    pub disagreement: &'static str,
    pub published: &'static str,
    pub read: &'static str,
    pub opens_in_new_tab: &'static str,
    pub codebook_heading: &'static str,
    pub error_heading: &'static str,
    pub retry: &'static str,
    pub loading: &'static str,
    pub map_loading: &'static str,
    pub map_failed: &'static str,
    pub no_data_source: &'static str,
    pub crash_intro: &'static str,
    pub notice_dismiss: &'static str,
    pub filters: &'static str,
    pub search: &'static str,
    pub actor_kinds: &'static str,
    pub bloc: &'static str,
    pub bloc_any: &'static str,
    pub bloc_none: &'static str,
    pub responses: &'static str,
    pub date_from: &'static str,
    pub date_until: &'static str,
    pub reset: &'static str,
    pub sort_by: &'static str,
    pub map_heading: &'static str,
    pub legend_ladder: &'static str,
    pub legend_covered: &'static str,
    pub legend_other: &'static str,
    pub legend_none: &'static str,
    pub beyond_map: &'static str,
    pub small_states: &'static str,
    pub about_incident: &'static str,
    pub details: &'static str,
    pub detail_hint: &'static str,
    pub close: &'static str,
    pub covered_by: &'static str,
    pub no_match: &'static str,
    order: [&'static str; 3],
    extent: [&'static str; 2],
    /// The attributing and the accused state, as the map's legend and labels call them.
    role: [&'static str; 2],
    months: [&'static str; 12],
    /// Czech inflects a month after a day number ("28. května"); English does not.
    months_after_day: [&'static str; 12],
    response: [(&'static str, &'static str); 13],
    actor_kind: [&'static str; 6],
    group: [&'static str; 4],
}

pub fn strings(lang: Lang) -> &'static Strings {
    match lang {
        Lang::En => &EN,
        Lang::Cs => &CS,
    }
}

impl Strings {
    pub fn response_label(&self, kind: ResponseKind) -> &'static str {
        self.response[kind as usize].0
    }

    pub fn response_definition(&self, kind: ResponseKind) -> &'static str {
        self.response[kind as usize].1
    }

    pub fn actor_kind(&self, kind: ActorKind) -> &'static str {
        self.actor_kind[kind as usize]
    }

    pub fn group(&self, group: ActorGroup) -> &'static str {
        self.group[group as usize]
    }

    /// A date at its own precision, as a reader of the language writes it.
    pub fn date(&self, date: Date) -> String {
        let year = date.year();
        match (date.month(), date.day(), self.lang == Lang::Cs) {
            (Some(month), Some(day), true) => {
                format!("{day}. {} {year}", self.months_after_day[month as usize - 1])
            }
            (Some(month), Some(day), false) => {
                format!("{day} {} {year}", self.months_after_day[month as usize - 1])
            }
            (Some(month), None, _) => format!("{} {year}", self.months[month as usize - 1]),
            _ => year.to_string(),
        }
    }

    /// A date for a crowded cell: the year is left out when it is the incident's own.
    pub fn short_date(&self, date: Date, incident_year: u16) -> String {
        match (date.month(), date.day()) {
            (Some(month), Some(day)) if date.year() == incident_year => match self.lang {
                Lang::Cs => format!("{day}. {month}."),
                Lang::En => format!("{day} {}", &self.months[month as usize - 1][..3]),
            },
            _ => self.date(date),
        }
    }

    pub fn order(&self, order: RowOrder) -> &'static str {
        self.order[order as usize]
    }

    pub fn extent(&self, extent: MapExtent) -> &'static str {
        self.extent[extent as usize]
    }

    /// What marks a state on the map beyond what it said; `None` for third states.
    pub fn role(&self, role: CountryRole) -> Option<&'static str> {
        match role {
            CountryRole::Attributing => Some(self.role[0]),
            CountryRole::Third => None,
            CountryRole::Accused => Some(self.role[1]),
        }
    }

    /// How much of the incident the filter shows, e.g. "12 of 16 actors · 20 of 30 reactions".
    pub fn counts(&self, actors: usize, all_actors: usize, reactions: usize, all_reactions: usize) -> String {
        if self.lang == Lang::Cs {
            format!("{actors} z {all_actors} aktérů · {reactions} z {all_reactions} reakcí")
        } else {
            format!(
                "{actors} of {all_actors} {} · {reactions} of {all_reactions} {}",
                en_plural(all_actors, "actor", "actors"),
                en_plural(all_reactions, "reaction", "reactions")
            )
        }
    }

    /// The map's text alternative: who spoke (already listed) and how many states only a
    /// bloc's statement covers.
    pub fn map_summary(&self, spoke: &str, covered: usize, blocs: &str) -> String {
        match (self.lang, covered) {
            (Lang::En, 0) => format!("States that spoke for themselves: {spoke}."),
            (Lang::En, _) => format!(
                "States that spoke for themselves: {spoke}. {covered} more {} covered only by a bloc statement: {blocs}.",
                en_plural(covered, "is", "are")
            ),
            (Lang::Cs, 0) => format!("Státy, které se vyjádřily samy: {spoke}."),
            (Lang::Cs, _) => format!(
                "Státy, které se vyjádřily samy: {spoke}. {} {covered} zastupuje jen prohlášení bloku: {blocs}.",
                cs_plural(covered, ["Další", "Další", "Dalších"]),
            ),
        }
    }

    pub fn matrix_caption(&self, actors: usize, reactions: usize) -> String {
        if self.lang == Lang::Cs {
            format!(
                "Kdo reagoval a jak: {actors} {}, {reactions} {}",
                cs_plural(actors, ["aktér", "aktéři", "aktérů"]),
                cs_plural(reactions, ["reakce", "reakce", "reakcí"])
            )
        } else {
            format!(
                "Who reacted and how: {actors} {}, {reactions} {}",
                en_plural(actors, "actor", "actors"),
                en_plural(reactions, "reaction", "reactions")
            )
        }
    }

    /// What a screen reader hears for a filled cell.
    pub fn cell_label(&self, actor: &str, kind: ResponseKind, date: Date) -> String {
        format!("{actor}: {}, {}", self.response_label(kind), self.date(date))
    }

    /// Why a data file did not arrive, in a sentence a reader can act on.
    pub fn load_failed(&self, error: &LoadError) -> String {
        let cs = self.lang == Lang::Cs;
        let what = match (&error.resource, cs) {
            (Resource::Catalogue, false) => "The list of incidents".to_string(),
            (Resource::Catalogue, true) => "Seznam incidentů".to_string(),
            (Resource::Incident(id, _), false) => format!("The data of the incident “{id}”"),
            (Resource::Incident(id, _), true) => format!("Data incidentu „{id}“"),
            (Resource::Map(extent), false) => format!("The map ({})", self.extent(*extent)),
            (Resource::Map(extent), true) => format!("Mapu ({})", self.extent(*extent)),
            (Resource::Names(_), false) => "The country names".to_string(),
            (Resource::Names(_), true) => "Názvy států".to_string(),
        };
        let why = match (&error.problem, cs) {
            (Problem::Status(404), false) => "the server does not have the file (404)".to_string(),
            (Problem::Status(404), true) => "server soubor nemá (404)".to_string(),
            (Problem::Status(status), false) => format!("the server answered with an error ({status})"),
            (Problem::Status(status), true) => format!("server odpověděl chybou ({status})"),
            (Problem::Network, false) => "no answer came: the connection may be down, or the page was opened from a file on disk".to_string(),
            (Problem::Network, true) => "nepřišla žádná odpověď: připojení možná nefunguje, nebo byla stránka otevřena ze souboru na disku".to_string(),
            (Problem::Unreadable(Unreadable::Format { .. }), false) => "the file was written for another version of the widget".to_string(),
            (Problem::Unreadable(Unreadable::Format { .. }), true) => "soubor patří k jiné verzi widgetu".to_string(),
            (Problem::Unreadable(Unreadable::NotData | Unreadable::Kind), false) => "what arrived is not the data file asked for".to_string(),
            (Problem::Unreadable(Unreadable::NotData | Unreadable::Kind), true) => "nepřišel požadovaný datový soubor".to_string(),
            (Problem::Unreadable(Unreadable::Corrupt), false) => "the file arrived damaged or cut short".to_string(),
            (Problem::Unreadable(Unreadable::Corrupt), true) => "soubor dorazil poškozený nebo neúplný".to_string(),
            (Problem::NotListed, false) => "the list of incidents does not name such a file".to_string(),
            (Problem::NotListed, true) => "seznam incidentů takový soubor neuvádí".to_string(),
        };
        if cs {
            format!("{what} se nepodařilo načíst: {why}.")
        } else {
            format!("{what} could not be loaded: {why}.")
        }
    }

    pub fn unknown_parameter(&self, name: &str, value: &str) -> String {
        if self.lang == Lang::Cs {
            format!("Parametr adresy {name}=„{value}“ neznáme, zobrazujeme výchozí pohled.")
        } else {
            format!("The link's {name}=“{value}” is not known here, so the default view is shown.")
        }
    }
}

fn en_plural(n: usize, one: &'static str, many: &'static str) -> &'static str {
    if n == 1 {
        one
    } else {
        many
    }
}

fn cs_plural(n: usize, [one, few, many]: [&'static str; 3]) -> &'static str {
    match n {
        1 => one,
        2..=4 => few,
        _ => many,
    }
}

static EN: Strings = Strings {
    lang: Lang::En,
    app_name: "Démarche",
    tagline: "Who answered a state-attributed cyber attack, and how",
    language: "Language",
    incident: "Incident",
    made_public: "Made public",
    attributed_to: "Attributed to",
    also_known_as: "also known as",
    linked_to: "linked to",
    target: "Target",
    activity: "Activity",
    since: "since",
    until: "until",
    confidence: "Confidence stated",
    unverified: "Not verified by the sources",
    sources: "Sources",
    actor: "Actor",
    reactions_heading: "Every reaction, with its sources",
    quote: "In their words",
    disagreement: "Sources disagree",
    published: "published",
    read: "read",
    opens_in_new_tab: "(opens in a new tab)",
    codebook_heading: "What the columns mean",
    error_heading: "Démarche cannot show this",
    retry: "Try again",
    loading: "Loading…",
    map_loading: "Loading the map…",
    map_failed: "The map could not be loaded.",
    no_data_source: "This page does not say where the widget's data is: the element with id=\"demarche\" needs a data-catalogue attribute (make dist writes it).",
    crash_intro: "Something went wrong inside the widget. Reloading the page may help; the details below help us fix it:",
    notice_dismiss: "Dismiss",
    filters: "Filters",
    search: "Search names and quotes",
    actor_kinds: "Who spoke",
    bloc: "Membership",
    bloc_any: "Any",
    bloc_none: "None of these",
    responses: "Response",
    date_from: "From",
    date_until: "Until",
    reset: "Reset view",
    sort_by: "Sort rows by",
    map_heading: "Where the reactions came from",
    legend_ladder: "Strongest own response",
    legend_covered: "Only a bloc statement covers it (hatched)",
    legend_other: "Responded, but off the ladder (e.g. a denial)",
    legend_none: "No recorded reaction",
    beyond_map: "Not drawn on this map:",
    small_states: "Small states",
    about_incident: "About the incident",
    details: "Details",
    detail_hint: "Choose a country on the map, or a cell or an actor in the table, to read what was said and where it was reported.",
    close: "Close",
    covered_by: "Covered by a bloc statement:",
    no_match: "Nothing matches these filters.",
    order: ["date", "strength", "name"],
    extent: ["Europe", "World"],
    role: ["attributing state", "accused state"],
    months: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    months_after_day: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    response: [
        ("Concern", "Expressed concern about the activity, without judging it."),
        ("Solidarity", "Expressed solidarity with, or support for, the targeted state."),
        ("Call to refrain", "Called on the responsible state, or on all states, to stop or to respect agreed norms."),
        ("Condemnation", "Condemned the activity or the state held responsible."),
        ("Summons", "Summoned the accused state's ambassador or delivered a diplomatic protest (a démarche)."),
        ("Expulsion", "Expelled diplomats or cut diplomatic ties."),
        ("Legal action", "Brought criminal charges, made arrests or took other legal action."),
        ("Sanctions", "Imposed restrictive measures such as asset freezes and travel bans."),
        ("Investigation", "Investigated the activity: the technical and intelligence work behind an attribution."),
        ("Attribution", "Publicly named the state or group held responsible."),
        ("Policy measure", "Took a defensive or policy measure in response, such as new secure systems."),
        ("Denial", "The accused state denied responsibility."),
        ("Counter-accusation", "The accused state accused the other side in return."),
    ],
    actor_kind: ["Government", "National agency", "Official", "Diplomatic mission", "Intergovernmental body", "Legislature"],
    group: ["The attributing state", "Alliances and unions", "Other states", "The accused state"],
};

static CS: Strings = Strings {
    lang: Lang::Cs,
    app_name: "Démarche",
    tagline: "Kdo odpověděl na kybernetický útok připsaný státu, a jak",
    language: "Jazyk",
    incident: "Incident",
    made_public: "Zveřejněno",
    attributed_to: "Připsáno",
    also_known_as: "známé též jako",
    linked_to: "napojené na",
    target: "Cíl",
    activity: "Činnost",
    since: "od",
    until: "do",
    confidence: "Uvedená míra jistoty",
    unverified: "Zdroji neověřeno",
    sources: "Zdroje",
    actor: "Aktér",
    reactions_heading: "Všechny reakce i se zdroji",
    quote: "Jejich slovy",
    disagreement: "Zdroje se rozcházejí",
    published: "zveřejněno",
    read: "přečteno",
    opens_in_new_tab: "(otevře se v nové záložce)",
    codebook_heading: "Co znamenají sloupce",
    error_heading: "Démarche to nemůže zobrazit",
    retry: "Zkusit znovu",
    loading: "Načítáme…",
    map_loading: "Načítáme mapu…",
    map_failed: "Mapu se nepodařilo načíst.",
    no_data_source: "Stránka neuvádí, kde jsou data widgetu: prvek s id=\"demarche\" potřebuje atribut data-catalogue (zapíše ho make dist).",
    crash_intro: "Uvnitř widgetu se něco pokazilo. Může pomoci znovu načíst stránku; podrobnosti níže nám pomohou chybu opravit:",
    notice_dismiss: "Zavřít",
    filters: "Filtry",
    search: "Hledat ve jménech a citacích",
    actor_kinds: "Kdo promluvil",
    bloc: "Členství",
    bloc_any: "Jakékoli",
    bloc_none: "Žádný z nich",
    responses: "Reakce",
    date_from: "Od",
    date_until: "Do",
    reset: "Výchozí pohled",
    sort_by: "Řadit řádky podle",
    map_heading: "Odkud reakce přišly",
    legend_ladder: "Nejsilnější vlastní reakce",
    legend_covered: "Zastupuje jej jen prohlášení bloku (šrafováno)",
    legend_other: "Reagoval mimo žebříček (např. popřením)",
    legend_none: "Bez zaznamenané reakce",
    beyond_map: "Na této mapě nejsou:",
    small_states: "Malé státy",
    about_incident: "O incidentu",
    details: "Podrobnosti",
    detail_hint: "Vyberte zemi na mapě nebo buňku či aktéra v tabulce a přečtěte si, co zaznělo a kde o tom psali.",
    close: "Zavřít",
    covered_by: "Zastupuje jej prohlášení bloku:",
    no_match: "Těmto filtrům nic neodpovídá.",
    order: ["data", "síly reakce", "jména"],
    extent: ["Evropa", "Svět"],
    role: ["stát, který útok připsal", "obviněný stát"],
    months: ["leden", "únor", "březen", "duben", "květen", "červen", "červenec", "srpen", "září", "říjen", "listopad", "prosinec"],
    months_after_day: ["ledna", "února", "března", "dubna", "května", "června", "července", "srpna", "září", "října", "listopadu", "prosince"],
    response: [
        ("Znepokojení", "Vyjádřil znepokojení nad činností, aniž ji odsoudil."),
        ("Solidarita", "Vyjádřil solidaritu nebo podporu napadenému státu."),
        ("Výzva ke zdrženlivosti", "Vyzval odpovědný stát nebo všechny státy, aby s činností přestaly či dodržovaly dohodnuté normy."),
        ("Odsouzení", "Odsoudil činnost nebo stát, který za ni odpovídá."),
        ("Předvolání", "Předvolal velvyslance obviněného státu nebo předal diplomatický protest (demarši)."),
        ("Vyhoštění", "Vyhostil diplomaty nebo přerušil diplomatické styky."),
        ("Právní kroky", "Vznesl obvinění, zatkl podezřelé nebo podnikl jiné právní kroky."),
        ("Sankce", "Uvalil omezující opatření, například zmrazení majetku a zákaz cestování."),
        ("Vyšetřování", "Vyšetřoval činnost: technická a zpravodajská práce, na níž stojí připsání."),
        ("Připsání", "Veřejně označil stát nebo skupinu, která za činnost odpovídá."),
        ("Opatření", "Přijal obranné nebo politické opatření, například nové zabezpečené systémy."),
        ("Popření", "Obviněný stát odpovědnost popřel."),
        ("Protiobvinění", "Obviněný stát obvinil na oplátku druhou stranu."),
    ],
    actor_kind: ["Vláda", "Státní úřad", "Představitel", "Diplomatická mise", "Mezivládní orgán", "Parlament"],
    group: ["Stát, který útok připsal", "Aliance a unie", "Další státy", "Obviněný stát"],
};

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> Date {
        Date::parse(text).unwrap()
    }

    #[test]
    fn dates_read_naturally_in_each_language() {
        assert_eq!(strings(Lang::En).date(date("2025-05-28")), "28 May 2025");
        assert_eq!(strings(Lang::Cs).date(date("2025-05-28")), "28. května 2025");
        assert_eq!(strings(Lang::Cs).date(date("2025-05")), "květen 2025");
        assert_eq!(strings(Lang::En).date(date("2022")), "2022");
        assert_eq!(strings(Lang::En).short_date(date("2025-05-28"), 2025), "28 May");
        assert_eq!(strings(Lang::Cs).short_date(date("2025-05-28"), 2025), "28. 5.");
        assert_eq!(strings(Lang::En).short_date(date("2024-05-28"), 2025), "28 May 2024");
        assert_eq!(strings(Lang::En).short_date(date("2025-06"), 2025), "June 2025");
    }

    /// The map's tooltip capitalises them with ASCII rules only (see `country_map::sentence_case`).
    #[test]
    fn role_names_begin_with_an_ascii_letter() {
        for lang in [Lang::En, Lang::Cs] {
            for role in [CountryRole::Attributing, CountryRole::Accused] {
                let name = strings(lang).role(role).unwrap();
                assert!(name.starts_with(|letter: char| letter.is_ascii_lowercase()), "{name}");
            }
        }
    }

    #[test]
    fn a_failed_load_says_what_and_why_in_each_language() {
        let error = |resource, problem| LoadError { resource, problem };
        let missing = error(Resource::Incident("czech".into(), Lang::En), Problem::Status(404));
        assert_eq!(
            strings(Lang::En).load_failed(&missing),
            "The data of the incident “czech” could not be loaded: the server does not have the file (404)."
        );
        assert_eq!(
            strings(Lang::Cs).load_failed(&missing),
            "Data incidentu „czech“ se nepodařilo načíst: server soubor nemá (404)."
        );
        let cut = error(Resource::Map(MapExtent::World), Problem::Unreadable(Unreadable::Corrupt));
        assert_eq!(
            strings(Lang::Cs).load_failed(&cut),
            "Mapu (Svět) se nepodařilo načíst: soubor dorazil poškozený nebo neúplný."
        );
    }

    #[test]
    fn counts_agree_with_their_nouns() {
        assert_eq!(strings(Lang::En).matrix_caption(1, 2), "Who reacted and how: 1 actor, 2 reactions");
        assert_eq!(strings(Lang::Cs).matrix_caption(3, 5), "Kdo reagoval a jak: 3 aktéři, 5 reakcí");
        assert_eq!(strings(Lang::En).counts(1, 1, 2, 30), "1 of 1 actor · 2 of 30 reactions");
        assert_eq!(strings(Lang::Cs).counts(12, 16, 2, 30), "12 z 16 aktérů · 2 z 30 reakcí");
        assert_eq!(
            strings(Lang::En).map_summary("Czechia", 1, "EU"),
            "States that spoke for themselves: Czechia. 1 more is covered only by a bloc statement: EU."
        );
        assert_eq!(
            strings(Lang::Cs).map_summary("Česko", 5, "EU"),
            "Státy, které se vyjádřily samy: Česko. Dalších 5 zastupuje jen prohlášení bloku: EU."
        );
    }
}
