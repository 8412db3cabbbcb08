//! Synthetic incidents for benchmarks: the Czech seed's cast (the attributing state, the EU and
//! NATO, third states, the accused state) at any multiple of its size, so the core can be timed
//! on incidents far larger than any real one yet.
//!
//! The output is TOML in the seeds' own schema, so it goes through the same loader as real data;
//! its title, its summary, every reaction and every source say that it describes no real event.
//! A fixed seed makes it byte-identical from run to run, so timings compare like with like.

use crate::geography::Frame;
use crate::model::{ActorGroup, ActorKind, CountryCode, MapExtent, ResponseKind};

/// The seed has 16 reactions; each unit of scale adds as many, with four more actors and six
/// more sources, so 100× has hundreds of actors and thousands of reactions.
const REACTIONS_PER_SCALE: usize = 16;
const ACTORS_PER_SCALE: usize = 4;
const SOURCES_PER_SCALE: usize = 6;

const TARGET: &str = "CZ";
const ACCUSED: &str = "CN";

/// Membership on the seed's date (May 2025), as the seed lists it.
const EU_MEMBERS: [&str; 27] = [
    "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT",
    "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
];
const NATO_MEMBERS: [&str; 32] = [
    "AL", "BE", "BG", "CA", "HR", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IS", "IT", "LV", "LT",
    "LU", "ME", "NL", "MK", "NO", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "TR", "GB", "US",
];

/// States that most often answer an attribution in public come first, so that even a small
/// file reads like a real one; every other state the world map draws follows.
const FIRST_RESPONDERS: [&str; 12] = ["US", "GB", "DE", "FR", "JP", "AU", "CA", "NL", "PL", "UA", "KR", "NZ"];
/// Territories the world map draws that have no foreign policy of their own.
const TERRITORIES: [&str; 6] = ["EH", "FK", "GL", "NC", "PR", "TF"];

/// Any fixed value would do: what matters is that every run draws the same numbers.
const SEED: u64 = 0x9E37_79B9_7F4A_7C15;

/// An incident file (TOML text, the same schema as `seeds/*.toml`) `scale` times the size of the
/// Czech seed: 16·scale reactions by 4·scale + 12 actors, citing 6·scale + 2 sources.
///
/// # Panics
///
/// If `scale` is 0: the seed's cast is the smallest incident this makes.
pub fn incident_toml(scale: u32) -> String {
    assert!(scale > 0, "a synthetic incident is at least the seed's size");
    let scale = scale as usize;
    let reports = SOURCES_PER_SCALE * scale;
    let mut voices = seed_cast();
    voices.extend(third_state_actors(ACTORS_PER_SCALE * scale));
    let reactions = REACTIONS_PER_SCALE * scale;
    let mut dice = Dice(SEED);
    let mut toml = Toml::default();
    facts(&mut toml, scale, (voices.len(), reactions, reports + 2));
    for number in 1..=reports {
        report(&mut toml, &mut dice, number);
    }
    blocs(&mut toml);
    for voice in &voices {
        actor(&mut toml, voice);
    }
    for number in 1..=reactions {
        // Everyone speaks once, in cast order as in the seed; further reactions by anyone.
        let at = if number <= voices.len() { number - 1 } else { dice.below(voices.len()) };
        reaction(&mut toml, &mut dice, &voices[at], number, reports);
    }
    toml.0
}

fn facts(toml: &mut Toml, scale: usize, (actors, reactions, sources): (usize, usize, usize)) {
    toml.0.push_str("# Synthetic benchmark data made by demarche::synthetic: not a real incident.\n");
    toml.header("[incident]");
    toml.string("id", &format!("synthetic-{scale}x"));
    toml.string("made_public", "2025-05-28");
    toml.text(
        "title",
        &format!("Synthetic benchmark incident, {scale}× the Czech seed: not a real event"),
        &format!("Syntetický testovací incident, {scale}× český vzor: nejde o skutečnou událost"),
    );
    toml.text(
        "summary",
        &format!(
            "Generated benchmark data, not a real incident: {actors} invented actors make \
             {reactions} reactions citing {sources} invented sources, shaped like the Czech \
             attribution of 28 May 2025 so that the widget can be timed on a large file. No \
             statement, quote or source here is real."
        ),
        &format!(
            "Vygenerovaná testovací data, nikoli skutečný incident: {actors} smyšlených aktérů, \
             {reactions} reakcí a {sources} smyšlených zdrojů podle vzoru české atribuce z 28. května \
             2025, aby šlo změřit widget na velkém souboru. Žádné prohlášení, citát ani zdroj zde \
             není skutečný."
        ),
    );
    toml.text("confidence", "synthetic", "syntetická");
    toml.string("map", MapExtent::World.id());
    toml.strings("sources", (1..=3).map(report_id));
    toml.header("[incident.attributed_to]");
    toml.string("name", "APT-SYNTH");
    toml.strings("aliases", ["Synthetic Panda"]);
    toml.string("state", ACCUSED);
    toml.text("sponsor", "A synthetic sponsor (benchmark data)", "Syntetický zadavatel (testovací data)");
    toml.header("[incident.target]");
    toml.string("country", TARGET);
    toml.text(
        "name",
        "A synthetic target network (benchmark data)",
        "Syntetická cílová síť (testovací data)",
    );
    toml.header("[incident.activity]");
    toml.string("from", "2022");
    toml.text("note", "Synthetic: no real activity.", "Syntetické: žádná skutečná aktivita.");
    toml.header("[[incident.unverified]]");
    toml.string("en", "Everything: this incident is synthetic.");
    toml.string("cs", "Všechno: tento incident je syntetický.");
}

fn report_id(number: usize) -> String {
    format!("report-{number}")
}

fn report(toml: &mut Toml, dice: &mut Dice, number: usize) {
    const PUBLISHERS: [&str; 6] = [
        "Example Wire",
        "Synthetic Daily",
        "Benchmark Herald",
        "Placeholder Post",
        "Sample Gazette",
        "Test Card News",
    ];
    toml.header("[[sources]]");
    toml.string("id", &report_id(number));
    toml.string("url", &format!("https://example.org/synthetic/{number}"));
    toml.string("publisher", PUBLISHERS[number % PUBLISHERS.len()]);
    // Every kind of page, so the panel's words for each (and for reprints only) are exercised.
    toml.string("kind", ["original", "wire", "reprint"][number % 3]);
    toml.string(
        "title",
        &format!("Synthetic report {number}: reactions to the attribution (benchmark data)"),
    );
    // Like real pages, some give only a month, and some no date at all.
    let precision = dice.weighted(&[(Some(Precision::Day), 80), (Some(Precision::Month), 12), (None, 8)]);
    if let Some(precision) = precision {
        toml.string("published", &date(days_after_publication(dice), precision));
    }
    toml.string("lang", "en");
    toml.string("read", "2026-11-28");
}

fn blocs(toml: &mut Toml) {
    let blocs = [
        ("EU", "European Union", "Evropská unie", &EU_MEMBERS[..]),
        ("NATO", "North Atlantic Treaty Organization", "Severoatlantická aliance", &NATO_MEMBERS[..]),
    ];
    for (id, en, _, _) in blocs {
        toml.header("[[sources]]");
        toml.string("id", &members_source(id));
        toml.string("url", &format!("https://example.org/synthetic/{}-members", id.to_lowercase()));
        toml.string("publisher", "Example Wire");
        toml.string("kind", "reprint");
        toml.string("title", &format!("{en}: member states (synthetic copy of the seed's list)"));
        toml.string("lang", "en");
        toml.string("read", "2026-11-28");
    }
    for (id, en, cs, members) in blocs {
        toml.header("[[blocs]]");
        toml.string("id", id);
        toml.text("name", en, cs);
        toml.strings("members", members.iter().copied());
        toml.string("source", &members_source(id));
    }
}

fn members_source(bloc: &str) -> String {
    format!("{}-members", bloc.to_lowercase())
}

/// A name or a role, in English and Czech.
type Words = (&'static str, &'static str);

/// Where an actor belongs: a state, or the bloc it speaks for.
#[derive(Clone)]
enum Home {
    State(String),
    Bloc(&'static str),
}

/// An actor as the file will list it.
struct Voice {
    id: String,
    kind: ActorKind,
    name: (String, String),
    home: Home,
    part_of: Option<String>,
    role: Option<Words>,
}

impl Voice {
    fn group(&self) -> ActorGroup {
        match &self.home {
            Home::Bloc(_) => ActorGroup::Bloc,
            Home::State(code) if code == TARGET => ActorGroup::Attributing,
            Home::State(code) if code == ACCUSED => ActorGroup::Accused,
            Home::State(_) => ActorGroup::OtherState,
        }
    }
}

/// The seed's cast, without its real people: the attributing state's government, ministry,
/// minister, agency and parliament; the EU's and NATO's bodies and heads; the accused state's
/// ministry and missions.
fn seed_cast() -> Vec<Voice> {
    let attributing = ["government", "mfa", "minister", "cyber-agency", "parliament"]
        .map(|slug| posted(TARGET, post(slug), 1));
    let eu = bloc_voices(
        "EU",
        ("European Union (on behalf of the EU)", "Evropská unie (jménem EU)"),
        ("High Representative of the EU", "Vysoký představitel EU"),
        ("High Representative for Foreign Affairs", "vysoký představitel pro zahraniční věci"),
    );
    let nato = bloc_voices(
        "NATO",
        ("NATO (North Atlantic Council)", "NATO (Severoatlantická rada)"),
        ("NATO Secretary General", "Generální tajemník NATO"),
        ("Secretary General", "generální tajemník"),
    );
    let accused = ["mfa", "embassy-prague", "mission-eu"].map(|slug| posted(ACCUSED, post(slug), 1));
    attributing.into_iter().chain(eu).chain(nato).chain(accused).collect()
}

/// A bloc's own body and its head, who is part of it.
fn bloc_voices(bloc: &'static str, body: Words, head: Words, role: Words) -> [Voice; 2] {
    let id = bloc.to_lowercase();
    let body = Voice {
        id: id.clone(),
        kind: ActorKind::Intergovernmental,
        name: (body.0.into(), body.1.into()),
        home: Home::Bloc(bloc),
        part_of: None,
        role: None,
    };
    let head = Voice {
        id: format!("{id}-head"),
        kind: ActorKind::Official,
        name: (head.0.into(), head.1.into()),
        home: Home::Bloc(bloc),
        part_of: Some(id),
        role: Some(role),
    };
    [body, head]
}

/// A post a state fills, in the order third states are dealt them: the foreign ministry first,
/// so the minister and the missions always have a ministry to be part of.
struct Post {
    slug: &'static str,
    kind: ActorKind,
    name: Words,
    in_ministry: bool,
    role: Option<Words>,
}

const POSTS: [Post; 7] = [
    Post {
        slug: "mfa",
        kind: ActorKind::Government,
        name: ("Ministry of Foreign Affairs", "Ministerstvo zahraničních věcí"),
        in_ministry: false,
        role: None,
    },
    Post {
        slug: "minister",
        kind: ActorKind::Official,
        name: ("Minister of Foreign Affairs", "Ministr zahraničních věcí"),
        in_ministry: true,
        role: Some(("Minister of Foreign Affairs", "ministr zahraničních věcí")),
    },
    Post {
        slug: "embassy-prague",
        kind: ActorKind::Mission,
        name: ("Embassy in Prague", "Velvyslanectví v Praze"),
        in_ministry: true,
        role: None,
    },
    Post {
        slug: "government",
        kind: ActorKind::Government,
        name: ("Government", "Vláda"),
        in_ministry: false,
        role: None,
    },
    Post {
        slug: "cyber-agency",
        kind: ActorKind::Agency,
        name: ("National cyber security agency", "Národní úřad pro kybernetickou bezpečnost"),
        in_ministry: false,
        role: None,
    },
    Post {
        slug: "parliament",
        kind: ActorKind::Legislature,
        name: ("Foreign affairs committee of parliament", "Zahraniční výbor parlamentu"),
        in_ministry: false,
        role: None,
    },
    Post {
        slug: "mission-eu",
        kind: ActorKind::Mission,
        name: ("Mission to the EU", "Mise při EU"),
        in_ministry: true,
        role: None,
    },
];

fn post(slug: &str) -> &'static Post {
    POSTS.iter().find(|post| post.slug == slug).expect("a post of POSTS")
}

/// Third states' actors, dealt round the states one post at a time: every state gets its
/// ministry before any gets a second actor, so small files spread over many states.
fn third_state_actors(count: usize) -> Vec<Voice> {
    let states = third_states();
    (0..count)
        .map(|at| {
            let round = at / states.len();
            posted(&states[at % states.len()], &POSTS[round % POSTS.len()], round / POSTS.len() + 1)
        })
        .collect()
}

fn third_states() -> Vec<String> {
    let drawn = Frame::generated(MapExtent::World).shapes.into_iter().map(|shape| shape.code);
    let others = drawn.filter(|code| {
        let code = code.as_str();
        !code.is_empty()
            && ![TARGET, ACCUSED].contains(&code)
            && !TERRITORIES.contains(&code)
            && !FIRST_RESPONDERS.contains(&code)
    });
    FIRST_RESPONDERS.into_iter().map(String::from).chain(others).collect()
}

/// The `copy`th holder of a post in a state; past the first, the name says which.
fn posted(state: &str, post: &Post, copy: usize) -> Voice {
    let code = CountryCode::parse(state).expect("the world map's codes are country codes");
    let (country_en, country_cs) = code.iso_names().expect("the world map's codes are assigned");
    let lower = state.to_lowercase();
    let (id_tail, en_tail, cs_tail) = match copy {
        1 => (String::new(), String::new(), String::new()),
        n => (format!("-{n}"), format!(", no. {n}"), format!(", č. {n}")),
    };
    Voice {
        id: format!("{lower}-{}{id_tail}", post.slug),
        kind: post.kind,
        name: (
            format!("{} ({country_en}{en_tail})", post.name.0),
            format!("{} ({country_cs}{cs_tail})", post.name.1),
        ),
        home: Home::State(state.to_string()),
        part_of: post.in_ministry.then(|| format!("{lower}-mfa")),
        role: post.role,
    }
}

fn actor(toml: &mut Toml, voice: &Voice) {
    toml.header("[[actors]]");
    toml.string("id", &voice.id);
    toml.string("kind", voice.kind.id());
    toml.text("name", &voice.name.0, &voice.name.1);
    match &voice.home {
        Home::State(code) => toml.string("country", code),
        Home::Bloc(bloc) => toml.string("speaks_for", bloc),
    }
    if let Some(part_of) = &voice.part_of {
        toml.string("part_of", part_of);
    }
    if let Some((en, cs)) = voice.role {
        toml.text("role", en, cs);
    }
}

fn reaction(toml: &mut Toml, dice: &mut Dice, voice: &Voice, number: usize, reports: usize) {
    let responses = responses(dice, voice.group());
    let cited = citations(dice, reports);
    let precision = dice.weighted(&[(Precision::Day, 94), (Precision::Month, 5), (Precision::Year, 1)]);
    toml.header("[[reactions]]");
    toml.string("actor", &voice.id);
    toml.string("date", &date(days_after_publication(dice), precision));
    toml.strings("responses", responses.iter().map(|kind| kind.id()));
    summary(toml, voice, &responses, number);
    toml.strings("sources", cited.iter().copied().map(report_id));
    if dice.percent(20) {
        toml.header("[[reactions.quotes]]");
        toml.string("text", wording(responses[0]).2);
        toml.string("lang", "en");
        toml.string("source", &report_id(cited[0]));
    }
    if dice.percent(8) {
        disagreement(toml, dice, &cited, reports);
    }
}

/// What each side tends to say: third states mostly voice concern, solidarity or condemnation,
/// few summon an ambassador and fewer still sanction; the accused state denies, and now and
/// then hits back.
fn repertoire(group: ActorGroup) -> &'static [(ResponseKind, usize)] {
    use ResponseKind::*;
    match group {
        ActorGroup::Attributing => &[
            (Attribution, 4),
            (Condemnation, 3),
            (Investigation, 3),
            (CallToRefrain, 2),
            (Summons, 1),
            (PolicyMeasure, 1),
        ],
        ActorGroup::Bloc => {
            &[(Solidarity, 4), (Condemnation, 3), (Concern, 2), (CallToRefrain, 2), (Sanctions, 1)]
        }
        ActorGroup::OtherState => &[
            (Concern, 30),
            (Solidarity, 24),
            (Condemnation, 22),
            (CallToRefrain, 14),
            (Summons, 5),
            (RecallAmbassador, 1),
            (Expulsion, 2),
            (SeveringRelations, 1),
            (Sanctions, 2),
            (Indictment, 1),
        ],
        ActorGroup::Accused => &[
            (Denial, 6),
            (CounterAccusation, 4),
            (CounterSummons, 1),
            (RetaliatoryExpulsion, 1),
            (CounterSanctions, 1),
        ],
    }
}

/// One response, or now and then two from one statement, as in the seed.
fn responses(dice: &mut Dice, group: ActorGroup) -> Vec<ResponseKind> {
    let first = dice.weighted(repertoire(group));
    let second = dice.weighted(repertoire(group));
    if second != first && dice.percent(25) {
        vec![first, second]
    } else {
        vec![first]
    }
}

/// One to three distinct reports.
fn citations(dice: &mut Dice, reports: usize) -> Vec<usize> {
    let count = dice.weighted(&[(1, 50), (2, 35), (3, 15)]);
    let mut cited = Vec::with_capacity(count);
    while cited.len() < count {
        let report = dice.below(reports) + 1;
        if !cited.contains(&report) {
            cited.push(report);
        }
    }
    cited
}

fn summary(toml: &mut Toml, voice: &Voice, responses: &[ResponseKind], number: usize) {
    let (en, cs): (Vec<&str>, Vec<&str>) =
        responses.iter().map(|&kind| wording(kind)).map(|(en, cs, _)| (en, cs)).unzip();
    toml.text(
        "summary",
        &format!(
            "{} {} in response to the cyber-espionage case (synthetic record {number}, not a real \
             statement).",
            voice.name.0,
            en.join(" and ")
        ),
        &format!(
            "{}: {} v reakci na kauzu kybernetické špionáže (syntetický záznam č. {number}, nejde o \
             skutečné prohlášení).",
            voice.name.1,
            cs.join(" a ")
        ),
    );
}

/// (What the actor did, in English; the same as a Czech noun phrase, which needs no gender
/// agreement with the actor; words such an actor might say.)
fn wording(kind: ResponseKind) -> (&'static str, &'static str, &'static str) {
    match kind {
        ResponseKind::Concern => {
            ("expressed concern", "znepokojení", "We are deeply concerned by this malicious cyber activity.")
        }
        ResponseKind::Solidarity => (
            "expressed solidarity with Czechia",
            "solidarita s Českem",
            "We stand in full solidarity with Czechia.",
        ),
        ResponseKind::CallToRefrain => (
            "called on China to refrain from such activity",
            "výzva Číně, aby se takového jednání zdržela",
            "We call on all states to refrain from such irresponsible behaviour in cyberspace.",
        ),
        ResponseKind::Condemnation => (
            "condemned the campaign",
            "odsouzení kampaně",
            "We strongly condemn this malicious cyber campaign.",
        ),
        ResponseKind::Summons => (
            "summoned the Chinese ambassador",
            "předvolání čínského velvyslance",
            "The ambassador was summoned to hear our protest in person.",
        ),
        ResponseKind::RecallAmbassador => (
            "recalled its ambassador from Beijing for consultations",
            "odvolání velvyslance z Pekingu ke konzultacím",
            "We have recalled our ambassador for consultations.",
        ),
        ResponseKind::SeveringRelations => (
            "broke off diplomatic relations with China",
            "přerušení diplomatických styků s Čínou",
            "We are severing diplomatic relations with immediate effect.",
        ),
        ResponseKind::Expulsion => (
            "expelled a Chinese diplomat",
            "vyhoštění čínského diplomata",
            "A diplomat has been declared persona non grata.",
        ),
        ResponseKind::Indictment => (
            "announced charges against suspected operators",
            "obvinění podezřelých pachatelů",
            "Charges have been filed against those we believe took part.",
        ),
        ResponseKind::Sanctions => (
            "imposed sanctions on those responsible",
            "sankce proti odpovědným osobám",
            "Those responsible will now face restrictive measures.",
        ),
        ResponseKind::Investigation => (
            "took part in the joint investigation",
            "účast na společném vyšetřování",
            "Our joint investigation established responsibility with a high degree of certainty.",
        ),
        ResponseKind::Attribution => (
            "attributed the campaign to APT-SYNTH",
            "připsání kampaně skupině APT-SYNTH",
            "This campaign was carried out by an actor backed by the state.",
        ),
        ResponseKind::PolicyMeasure => (
            "announced new network security measures",
            "nová opatření pro zabezpečení sítí",
            "A new, more secure communication system is now in place.",
        ),
        ResponseKind::Denial => (
            "rejected the accusations as groundless",
            "odmítnutí obvinění jako nepodložených",
            "These accusations are groundless and we firmly reject them.",
        ),
        ResponseKind::CounterAccusation => (
            "accused the other side of smearing China",
            "obvinění druhé strany z očerňování Číny",
            "It is the accusers who are smearing others without evidence.",
        ),
        ResponseKind::CounterSummons => (
            "summoned the Czech ambassador in return",
            "odvetné předvolání českého velvyslance",
            "The ambassador was summoned and told that such slander will not go unanswered.",
        ),
        ResponseKind::RetaliatoryExpulsion => (
            "expelled a Czech diplomat in return",
            "odvetné vyhoštění českého diplomata",
            "A Czech diplomat has been declared persona non grata in response.",
        ),
        ResponseKind::CounterSanctions => (
            "barred Czech officials from entering China in return",
            "odvetný zákaz vstupu českým představitelům",
            "Countermeasures against the officials responsible will follow.",
        ),
    }
}

/// Two reports that tell it differently, from the reaction's own sources where it has two.
fn disagreement(toml: &mut Toml, dice: &mut Dice, cited: &[usize], reports: usize) {
    let (about, en, cs) = dice.weighted(&[
        (("date", "date", "jiné datum"), 1),
        (("speaker", "speaker", "jiného mluvčího"), 1),
        (("wording", "wording", "jiné znění"), 1),
        (("scope", "scope", "jiný rozsah"), 1),
    ]);
    let first = cited[0];
    let second = cited.get(1).copied().unwrap_or(first % reports + 1);
    toml.header("[[reactions.disagreements]]");
    toml.string("about", about);
    toml.text(
        "note",
        &format!(
            "Synthetic report {first} gives a different {en} from report {second}; the record keeps both."
        ),
        &format!("Syntetická zpráva {first} uvádí {cs} než zpráva {second}; záznam uvádí obojí."),
    );
    toml.strings("sources", [first, second].map(report_id));
}

#[derive(Clone, Copy)]
enum Precision {
    Day,
    Month,
    Year,
}

/// How many days after the attribution a reaction or a report comes: most the same day or
/// week, a long tail over the following year.
fn days_after_publication(dice: &mut Dice) -> usize {
    let (first, last) = dice.weighted(&[((0, 0), 45), ((1, 7), 25), ((8, 60), 20), ((61, 364), 10)]);
    first + dice.below(last - first + 1)
}

/// The date `days` after 28 May 2025, written at `precision`.
fn date(days: usize, precision: Precision) -> String {
    // Neither 2025 nor 2026 has a 29 February.
    const MONTH_DAYS: [usize; 12] = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    let (mut year, mut month, mut day) = (2025, 5, 28 + days);
    while day > MONTH_DAYS[month - 1] {
        day -= MONTH_DAYS[month - 1];
        month = month % 12 + 1;
        year += usize::from(month == 1);
    }
    match precision {
        Precision::Day => format!("{year}-{month:02}-{day:02}"),
        Precision::Month => format!("{year}-{month:02}"),
        Precision::Year => format!("{year}"),
    }
}

/// Splitmix64: a few lines, a good spread, and the same numbers on every machine.
struct Dice(u64);

impl Dice {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, bound: usize) -> usize {
        (self.next() % bound as u64) as usize
    }

    fn percent(&mut self, chance: u64) -> bool {
        self.next() % 100 < chance
    }

    fn weighted<T: Copy>(&mut self, table: &[(T, usize)]) -> T {
        let roll = self.below(table.iter().map(|(_, weight)| weight).sum());
        table
            .iter()
            .scan(0, |upto, &(item, weight)| {
                *upto += weight;
                Some((item, *upto))
            })
            .find(|&(_, upto)| roll < upto)
            .map(|(item, _)| item)
            .expect("the roll is below the total weight")
    }
}

/// TOML text written line by line, with the quoting the values need.
#[derive(Default)]
struct Toml(String);

impl Toml {
    fn header(&mut self, header: &str) {
        self.0.push('\n');
        self.0.push_str(header);
        self.0.push('\n');
    }

    fn string(&mut self, key: &str, value: &str) {
        self.0.push_str(&format!("{key} = {}\n", quoted(value)));
    }

    fn text(&mut self, key: &str, en: &str, cs: &str) {
        self.string(&format!("{key}.en"), en);
        self.string(&format!("{key}.cs"), cs);
    }

    fn strings<S: AsRef<str>>(&mut self, key: &str, values: impl IntoIterator<Item = S>) {
        let values: Vec<String> = values.into_iter().map(|value| quoted(value.as_ref())).collect();
        self.0.push_str(&format!("{key} = [{}]\n", values.join(", ")));
    }
}

fn quoted(value: &str) -> String {
    format!("\"{}\"", value.replace('\\', "\\\\").replace('"', "\\\""))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::parse_incident;
    use crate::model::Incident;

    fn load(scale: u32) -> Incident {
        parse_incident(&format!("synthetic-{scale}x.toml"), &incident_toml(scale)).unwrap_or_else(|errors| {
            let errors: Vec<String> = errors.iter().map(ToString::to_string).collect();
            panic!("{}", errors.join("\n"))
        })
    }

    #[test]
    fn every_scale_passes_the_loader_and_grows_as_specified() {
        for scale in [1, 10, 100] {
            let incident = load(scale);
            let k = scale as usize;
            assert_eq!(incident.id(), format!("synthetic-{scale}x"));
            let counts = (incident.actors.len(), incident.reactions.len(), incident.sources.len());
            assert_eq!(counts, (4 * k + 12, 16 * k, 6 * k + 2), "{scale}×");
        }
    }

    #[test]
    fn the_same_scale_gives_the_same_bytes() {
        assert_eq!(incident_toml(10), incident_toml(10));
        assert_ne!(incident_toml(10), incident_toml(11));
    }

    #[test]
    fn says_plainly_that_it_is_not_real() {
        let incident = load(1);
        assert!(incident.facts.title.en.contains("not a real event"));
        assert!(incident.facts.title.cs.contains("nejde o skutečnou událost"));
        assert!(incident.facts.summary.en.contains("not a real incident"));
        assert!(incident.reactions.iter().all(|reaction| reaction.summary.en.contains("synthetic record")));
    }

    #[test]
    fn looks_like_a_real_incident() {
        let incident = load(10);
        for kind in ActorKind::ALL {
            assert!(incident.actors.iter().any(|actor| actor.kind == kind), "{kind:?}");
        }
        let world = Frame::generated(MapExtent::World);
        let mut states: Vec<CountryCode> = incident.actors.iter().filter_map(|actor| actor.country).collect();
        assert!(states.iter().all(|&state| world.shape(state).is_some()), "every state is on the map");
        states.sort_unstable();
        states.dedup();
        assert!(states.len() >= 40, "{} states", states.len());
        let made = |kind| incident.reactions.iter().filter(|reaction| reaction.has(kind)).count();
        assert!(made(ResponseKind::Concern) > 5 * made(ResponseKind::Sanctions), "weak responses dominate");
        assert!(incident.reactions.iter().any(|reaction| reaction.responses.len() == 2));
        assert!(incident.reactions.iter().any(|reaction| reaction.date.day().is_none()), "partial dates");
        assert!(incident.reactions.iter().any(|reaction| !reaction.quotes.is_empty()));
        assert!(incident.reactions.iter().any(|reaction| !reaction.disagreements.is_empty()));
    }
}
