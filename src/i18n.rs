//! Every string a reader sees, in English and Czech. Views take their words from here only,
//! so a missing translation is a compile error rather than a surprise in class.

use crate::model::{ActorGroup, ActorKind, Date, Lang, ResponseKind};

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
    pub data_error_intro: &'static str,
    pub crash_intro: &'static str,
    pub notice_dismiss: &'static str,
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
    data_error_intro: "An incident file has errors. Fix them and rebuild:",
    crash_intro: "Something went wrong inside the widget. Reloading the page may help; the details below help us fix it:",
    notice_dismiss: "Dismiss",
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
    data_error_intro: "Soubor s incidentem obsahuje chyby. Opravte je a sestavte aplikaci znovu:",
    crash_intro: "Uvnitř widgetu se něco pokazilo. Může pomoci znovu načíst stránku; podrobnosti níže nám pomohou chybu opravit:",
    notice_dismiss: "Zavřít",
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

    #[test]
    fn counts_agree_with_their_nouns() {
        assert_eq!(strings(Lang::En).matrix_caption(1, 2), "Who reacted and how: 1 actor, 2 reactions");
        assert_eq!(strings(Lang::Cs).matrix_caption(3, 5), "Kdo reagoval a jak: 3 aktéři, 5 reakcí");
    }
}
