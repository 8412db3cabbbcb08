//! Every string a reader sees, in English and Czech. Views take their words from here only,
//! so a missing translation is a compile error rather than a surprise in class.

mod coalition;
mod comparison;
mod origin;
mod plural;
mod profile;
mod share;
mod typography;

use std::sync::OnceLock;

pub use coalition::CoalitionWords;
pub use origin::origin_line;
pub use plural::{count, pick, z_before, Forms, Plural};
pub use profile::ProfileWords;
pub use share::{cite_line, embed_title, share_words, CitedData, ShareWords};
pub use typography::typeset;

use crate::matrix::RowOrder;
use crate::model::{ActorGroup, ActorKind, Date, Lang, MapExtent, Reaction, ResponseKind, SourceKind};
use crate::packed::Unreadable;
use crate::session::{LoadError, Problem, Resource};
use crate::standing::CountryRole;
use crate::view_mode::Part;

/// Declares the strings once, with a copy of them all typeset (`Typeset`) and their order as
/// a list of words (`Words`), so a string added to the list can miss neither the typesetter
/// nor the data file that carries it.
macro_rules! strings {
    ($($(#[$doc:meta])* $vis:vis $field:ident: $kind:ty,)*) => {
        /// The app's words in one language.
        pub struct Strings {
            lang: Lang,
            $($(#[$doc])* $vis $field: $kind,)*
        }

        impl Strings {
            #[cfg(not(target_family = "wasm"))]
            fn typeset_all(&'static self) -> Strings {
                Strings { lang: self.lang, $($field: self.$field.typeset(),)* }
            }

            /// How many words the fields hold.
            const WORDS: usize = 0 $(+ <$kind as Words>::COUNT)*;

            /// Every word, in the order the fields are declared.
            fn all_words(&self, words: &mut Vec<&'static str>) {
                $(self.$field.put_words(words);)*
            }

            /// The words `all_words` gave, back in their fields.
            fn from_words(lang: Lang, words: &mut WordList) -> Strings {
                Strings { lang, $($field: Words::take_words(words),)* }
            }
        }
    };
}

strings! {
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
    pub confidence: &'static str,
    pub unverified: &'static str,
    pub sources: &'static str,
    pub actor: &'static str,
    pub reactions_heading: &'static str,
    pub quote: &'static str,
    /// Labels our translation of a quote said in another language.
    pub quote_translation: &'static str,
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
    /// A date field's placeholder: the form to type a day in.
    pub date_format: &'static str,
    /// Under a date field whose entry is not a day.
    pub date_invalid: &'static str,
    pub reset: &'static str,
    pub sort_by: &'static str,
    pub map_heading: &'static str,
    pub legend_ladder: &'static str,
    pub legend_covered: &'static str,
    pub legend_retaliation: &'static str,
    pub legend_other: &'static str,
    pub legend_none: &'static str,
    pub beyond_map: &'static str,
    pub small_states: &'static str,
    pub about_incident: &'static str,
    pub details: &'static str,
    pub detail_hint: &'static str,
    pub close: &'static str,
    pub covered_by: &'static str,
    /// The detail panel's way to the selected responder's profile across every incident.
    pub profile_link: &'static str,
    pub no_match: &'static str,
    pub full_view: &'static str,
    pub share: &'static str,
    /// When the share panel's code or what it prepares could not be loaded, before the reason.
    pub share_failed: &'static str,
    order: [&'static str; 3],
    extent: [&'static str; 2],
    /// The attributing and the accused state, as the map's legend and labels call them.
    role: [&'static str; 2],
    /// A month on its own, and in the cases a Czech sentence puts it in: after a day number or
    /// „od“ („28. května“, „od května“) and after „v“ („v květnu“). English has one form.
    months: [&'static str; 12],
    months_genitive: [&'static str; 12],
    months_locative: [&'static str; 12],
    /// The words around a date at the precision it has, e.g. "since {}" or „od roku {}“.
    dated: Dated,
    pub via: &'static str,
    pub title_from_address: &'static str,
    /// What a page is, by `SourceKind`: the speaker's own, an agency's, or a retelling.
    source_kind: [&'static str; 3],
    /// Before the publishers of a reaction every source of which is a reprint.
    pub only_reprints: &'static str,
    /// After them: what could not be found.
    pub no_original: &'static str,
    /// What did not load (`Strings::load_failed`), `{}` where its id, map or address goes: the
    /// catalogue, an incident, a map, the country names, the glossary, a reader's file, a lesson.
    failed_what: [&'static str; 7],
    /// Why: 404, another status (`{}`), no answer for a reader's file, no answer, another version,
    /// not a data file, damaged, not listed, the checks' errors (`{}`, counted in `failed_errors`).
    failed_why: [&'static str; 9],
    failed_errors: [&'static str; 3],
    /// Between what and why.
    failed_joint: &'static str,
    /// The parts of the extras module, as `failed_what`: comparison, timeline, story, handout.
    failed_part: [&'static str; 4],
    /// Why a part did not load.
    failed_part_why: &'static str,
    /// A link's parameter not known here (`{}` its name and value, as `name=“value”`), and a
    /// reader's file the page does not open.
    unknown_parameter: &'static str,
    own_refused: &'static str,
    response: [(&'static str, &'static str); 18],
    actor_kind: [&'static str; 6],
    group: [&'static str; 4],
    attributing_states: &'static str,
    modes: [&'static str; 3],
    pub view_label: &'static str,
    compare_order: [&'static str; 4],
    pub compare_heading: &'static str,
    pub compare_hint: &'static str,
    pub responder: &'static str,
    pub states: &'static str,
    pub summary_heading: &'static str,
    pub timeline_heading: &'static str,
    pub timeline_axis: &'static str,
    pub aligned_heading: &'static str,
    pub story: &'static str,
    pub previous: &'static str,
    pub next: &'static str,
    pub leave_story: &'static str,
    pub questions: &'static str,
    pub print_handout: &'static str,
    pub handout_story: &'static str,
    pub live_view: &'static str,
    pub glossary_loading: &'static str,
    /// Under a reader's own file's title, around the host it comes from (`origin_line`).
    pub origin_host: [&'static str; 2],
    /// The same, around the file's address, when the address is relative to the page.
    pub origin_file: [&'static str; 2],
    /// Said once in the Czech view of an incident with texts in English only (`Text::keep`).
    pub untranslated: &'static str,
}

/// What the typesetter does to each kind of string in `Strings` (natively: the widget's Czech
/// comes typeset in its data).
#[cfg(not(target_family = "wasm"))]
trait Typeset {
    fn typeset(&'static self) -> Self;
}

#[cfg(not(target_family = "wasm"))]
impl Typeset for &'static str {
    fn typeset(&'static self) -> Self {
        leak(self)
    }
}

#[cfg(not(target_family = "wasm"))]
impl<const N: usize> Typeset for [&'static str; N] {
    fn typeset(&'static self) -> Self {
        (*self).map(leak)
    }
}

#[cfg(not(target_family = "wasm"))]
impl<const N: usize> Typeset for [(&'static str, &'static str); N] {
    fn typeset(&'static self) -> Self {
        (*self).map(|(label, definition)| (leak(label), leak(definition)))
    }
}

#[cfg(not(target_family = "wasm"))]
impl Typeset for Dated {
    fn typeset(&'static self) -> Self {
        Dated { in_: self.in_.typeset(), since: self.since.typeset(), until: self.until.typeset() }
    }
}

/// The words of `lang`. Czech is typeset on first use (`typeset`), so the strings below are
/// written with plain spaces and the typographic rules live in one function.
// Called from every view: one copy of the lookup, not one inlined at each call.
#[inline(never)]
pub fn strings(lang: Lang) -> &'static Strings {
    match lang {
        Lang::En => &EN,
        Lang::Cs => LEARNT.get().unwrap_or_else(compiled_czech),
    }
}

/// Czech as the data files carry it (`learn`). The widget leaves its Czech out (an English
/// reader would pay for it) and speaks English until the Czech names file has brought them:
/// a page shows no view before its language's names have come, so only an error met earlier
/// (the catalogue's) can be said in English on a Czech page.
static LEARNT: OnceLock<Strings> = OnceLock::new();

#[cfg(not(target_family = "wasm"))]
fn compiled_czech() -> &'static Strings {
    static CZECH: OnceLock<Strings> = OnceLock::new();
    CZECH.get_or_init(|| CS.typeset_all())
}

#[cfg(target_family = "wasm")]
fn compiled_czech() -> &'static Strings {
    &EN
}

/// What a page says to a reader whose browser runs no script, under the first screen the
/// build wrote. Only the build writes it, so the widget never carries it.
pub fn without_script(lang: Lang) -> String {
    match lang {
        Lang::En => {
            "The map, each reaction's sources and the filters need JavaScript and WebAssembly.".into()
        }
        Lang::Cs => typeset("Mapa, zdroje jednotlivých reakcí a filtry potřebují JavaScript a WebAssembly."),
    }
}

/// What a page says above the detail of a crash (the build writes the panel into every page,
/// `crash_panels`), so the widget never carries it.
pub fn after_crash(lang: Lang) -> String {
    match lang {
        Lang::En => {
            "Something went wrong inside the widget. Reloading the page may help; the details below help us fix it:"
                .into()
        }
        Lang::Cs => typeset(
            "Ve widgetu došlo k chybě. Pomoci může nové načtení stránky; podrobnosti níže nám pomohou chybu opravit:",
        ),
    }
}

/// The words of `lang` as a names file carries them, typeset, one after another with a NUL
/// between (no word holds one); none for English, which the widget carries itself.
pub fn written_words(lang: Lang) -> String {
    let mut words = Vec::new();
    if lang != Lang::En {
        strings(lang).all_words(&mut words);
    }
    words.join("\0")
}

/// Takes the words of `lang` that a names file brought (`written_words`), once per page. Words
/// of another build (not one for each field) are left, so a stale file leaves English, never
/// words in the wrong places.
pub fn learn(lang: Lang, words: &str) {
    if LEARNT.get().is_none() {
        if let Some(strings) = read_words(lang, words) {
            let _ = LEARNT.set(strings);
        }
    }
}

fn read_words(lang: Lang, words: &str) -> Option<Strings> {
    if lang == Lang::En || words.split('\0').count() != Strings::WORDS {
        return None;
    }
    Some(Strings::from_words(lang, &mut WordList(String::leak(words.to_string()).split('\0'))))
}

/// How each kind of field in `Strings` lists its words (for the data files, natively) and
/// takes them back (from them, in the widget).
trait Words {
    /// How many words the kind holds.
    const COUNT: usize;
    fn put_words(&self, words: &mut Vec<&'static str>);
    fn take_words(words: &mut WordList) -> Self;
}

/// The words of a data file, taken one by one: one call a field, so reading the file costs
/// the widget little more code than its fields.
struct WordList(std::str::Split<'static, char>);

impl WordList {
    #[inline(never)]
    fn next(&mut self) -> &'static str {
        self.0.next().unwrap_or_default()
    }
}

impl Words for &'static str {
    const COUNT: usize = 1;

    fn put_words(&self, words: &mut Vec<&'static str>) {
        words.push(self);
    }

    fn take_words(words: &mut WordList) -> Self {
        words.next()
    }
}

impl<T: Words, const N: usize> Words for [T; N] {
    const COUNT: usize = N * T::COUNT;

    fn put_words(&self, words: &mut Vec<&'static str>) {
        self.iter().for_each(|item| item.put_words(words));
    }

    fn take_words(words: &mut WordList) -> Self {
        std::array::from_fn(|_| T::take_words(words))
    }
}

impl Words for (&'static str, &'static str) {
    const COUNT: usize = 2;

    fn put_words(&self, words: &mut Vec<&'static str>) {
        words.extend([self.0, self.1]);
    }

    fn take_words(words: &mut WordList) -> Self {
        (words.next(), words.next())
    }
}

impl Words for Dated {
    const COUNT: usize = 3 * 3;

    fn put_words(&self, words: &mut Vec<&'static str>) {
        [&self.in_, &self.since, &self.until].into_iter().for_each(|dated| dated.put_words(words));
    }

    fn take_words(words: &mut WordList) -> Self {
        Dated {
            in_: Words::take_words(words),
            since: Words::take_words(words),
            until: Words::take_words(words),
        }
    }
}

/// How a date reads after "in", "since" and "until" at each precision: the words before a
/// year, a month and a day, e.g. Czech „od roku 2022“, „od května 2022“, „od 28. května 2022“.
struct Dated {
    in_: [&'static str; 3],
    since: [&'static str; 3],
    until: [&'static str; 3],
}

/// Which case a month takes where a date is put.
#[derive(Clone, Copy)]
enum MonthCase {
    Nominative,
    Genitive,
    Locative,
}

/// Gives a typeset copy of a static string a static lifetime: the Czech strings are typeset
/// once, when first asked for, and live as long as the program.
#[cfg(not(target_family = "wasm"))]
fn leak(text: &'static str) -> &'static str {
    String::leak(typeset(text))
}

impl Strings {
    pub fn response_label(&self, kind: ResponseKind) -> &'static str {
        self.response[kind as usize].0
    }

    /// A response's label inside a line, after a colon or in brackets: Czech writes it in
    /// lower case („Ministerstvo: odsouzení, atribuce“); English keeps the label. Every Czech
    /// label begins with an ASCII letter, so no Unicode case table is needed.
    pub fn response_in_line(&self, kind: ResponseKind) -> String {
        let label = self.response_label(kind);
        match self.lang {
            Lang::En => label.to_string(),
            Lang::Cs => {
                let mut chars = label.chars();
                chars
                    .next()
                    .map(|first| first.to_ascii_lowercase().to_string() + chars.as_str())
                    .unwrap_or_default()
            }
        }
    }

    pub fn response_definition(&self, kind: ResponseKind) -> &'static str {
        self.response[kind as usize].1
    }

    pub fn source_kind(&self, kind: SourceKind) -> &'static str {
        self.source_kind[kind as usize]
    }

    /// A reaction's date as the sources know it: "26 June 2025", or "by 26 June 2025",
    /// „nejpozději 26. června 2025“ when only an upper bound is known.
    pub fn reaction_date(&self, reaction: &Reaction) -> String {
        match reaction.date_upper_bound {
            false => self.date(reaction.date),
            true => self.date_by(reaction.date),
        }
    }

    /// "by 26 June 2025", "by June 2025", „nejpozději v červnu 2025“.
    fn date_by(&self, date: Date) -> String {
        match self.lang {
            Lang::En => format!("by {}", self.date(date)),
            Lang::Cs => typeset(&format!("nejpozději {}", self.date_in(date))),
        }
    }

    /// A reaction's date in a crowded cell: "26 Jun", "by 26 Jun", „nejpozději 26. 6.“.
    pub fn reaction_short_date(&self, reaction: &Reaction, incident_year: u16) -> String {
        let short = self.short_date(reaction.date, incident_year);
        match (reaction.date_upper_bound, reaction.date.is_day(), self.lang) {
            (false, ..) => short,
            (true, false, _) => self.date_by(reaction.date),
            (true, true, Lang::En) => format!("by {short}"),
            (true, true, Lang::Cs) => typeset(&format!("nejpozději {short}")),
        }
    }

    pub fn actor_kind(&self, kind: ActorKind) -> &'static str {
        self.actor_kind[kind as usize]
    }

    /// A group's heading in the matrix; a joint attribution has several attributing states.
    pub fn group(&self, group: ActorGroup, attributing: usize) -> &'static str {
        match group {
            ActorGroup::Attributing if attributing > 1 => self.attributing_states,
            _ => self.group[group as usize],
        }
    }

    /// A date at its own precision, as a reader of the language writes it: "28 May 2025",
    /// „28. května 2025“, „květen 2025“, „2025“.
    pub fn date(&self, date: Date) -> String {
        self.typeset_made(self.plain_date(date, MonthCase::Nominative))
    }

    /// The date after a verb: "in May 2025", „v květnu 2025“, „v roce 2025“, "28 May 2025".
    pub fn date_in(&self, date: Date) -> String {
        self.dated(&self.dated.in_, date, MonthCase::Locative)
    }

    /// "since 2022", „od roku 2022“, „od května 2022“, „od 28. května 2022“.
    pub fn date_since(&self, date: Date) -> String {
        self.dated(&self.dated.since, date, MonthCase::Genitive)
    }

    /// "until 2024", „do roku 2024“, „do května 2024“, „do 28. května 2024“.
    pub fn date_until(&self, date: Date) -> String {
        self.dated(&self.dated.until, date, MonthCase::Genitive)
    }

    /// "since 2021 until 2024", „od roku 2021 do roku 2024“: a period, perhaps still open.
    pub fn period(&self, from: Date, until: Option<Date>) -> String {
        let since = self.date_since(from);
        match until {
            Some(until) => self.typeset_made(format!("{since} {}", self.date_until(until))),
            None => since,
        }
    }

    fn dated(&self, words: &[&'static str; 3], date: Date, month_case: MonthCase) -> String {
        let precision = match (date.month(), date.day()) {
            (Some(_), Some(_)) => 2,
            (Some(_), None) => 1,
            _ => 0,
        };
        let date = self.plain_date(date, month_case);
        self.typeset_made(words[precision].replace("{}", &date))
    }

    fn plain_date(&self, date: Date, month_case: MonthCase) -> String {
        let year = date.year();
        let month = |month: u8| {
            let names = match month_case {
                MonthCase::Nominative => &self.months,
                MonthCase::Genitive => &self.months_genitive,
                MonthCase::Locative => &self.months_locative,
            };
            names[month as usize - 1]
        };
        match (date.month(), date.day(), self.lang) {
            // A day number puts a Czech month in the genitive, whatever the sentence around it.
            (Some(m), Some(day), Lang::Cs) => {
                format!("{day}. {} {year}", self.months_genitive[m as usize - 1])
            }
            (Some(m), Some(day), Lang::En) => format!("{day} {} {year}", self.months[m as usize - 1]),
            (Some(m), None, _) => format!("{} {year}", month(m)),
            _ => year.to_string(),
        }
    }

    /// Czech text made by a template passes through the typesetter like any other.
    fn typeset_made(&self, text: String) -> String {
        match self.lang {
            Lang::En => text,
            Lang::Cs => typeset(&text),
        }
    }

    /// A day as a date field shows it and a reader types it: „28. 5. 2025“ (in numbers, as
    /// Czech forms ask for it, with plain spaces since a field never wraps), "28 May 2025".
    pub fn entry_date(&self, day: Date) -> String {
        match (day.month(), day.day(), self.lang) {
            (Some(month), Some(number), Lang::Cs) => format!("{number}. {month}. {}", day.year()),
            _ => self.date(day),
        }
    }

    /// The month a typed word names: the month's name in full or its first three letters,
    /// in any case ("May", "sep", "SEPTEMBER"). Only English dates are typed with a name.
    pub fn month_named(&self, word: &str) -> Option<u8> {
        let names = |name: &&str| {
            name.eq_ignore_ascii_case(word)
                || word.len() == 3 && name.get(..3).is_some_and(|short| short.eq_ignore_ascii_case(word))
        };
        self.months.iter().position(names).map(|index| index as u8 + 1)
    }

    /// A date for a crowded cell: the year is left out when it is the incident's own.
    pub fn short_date(&self, date: Date, incident_year: u16) -> String {
        match (date.month(), date.day()) {
            (Some(month), Some(day)) if date.year() == incident_year => match self.lang {
                Lang::Cs => typeset(&format!("{day}. {month}.")),
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

    /// How much of the incident the filter shows, e.g. "12 of 16 actors · 20 of 30 reactions",
    /// „12 ze 16 aktérů · 20 z 30 reakcí“: the noun agrees with the total, in the genitive.
    pub fn counts(&self, actors: usize, all_actors: usize, reactions: usize, all_reactions: usize) -> String {
        match self.lang {
            Lang::Cs => typeset(&format!(
                "{actors} {} {all_actors} {} · {reactions} {} {all_reactions} {}",
                z_before(all_actors),
                pick(Lang::Cs, all_actors, ["aktéra", "aktérů", "aktérů"]),
                z_before(all_reactions),
                pick(Lang::Cs, all_reactions, ["reakce", "reakcí", "reakcí"]),
            )),
            Lang::En => format!(
                "{actors} of {} · {reactions} of {}",
                count(Lang::En, all_actors, ["actor", "actors", "actors"]),
                count(Lang::En, all_reactions, ["reaction", "reactions", "reactions"]),
            ),
        }
    }

    /// What covers a state that did not speak, after its name: "Covered by a bloc statement:
    /// EU, NATO", „Na tento stát se vztahují prohlášení bloků: Evropská unie a NATO“ (the
    /// neutral „tento stát“, since a pronoun would have to agree with Albánie or Spojené státy).
    pub fn covered(&self, blocs: &[&str]) -> String {
        match self.lang {
            Lang::En => format!("{} {}", self.covered_by, blocs.join(", ")),
            Lang::Cs => typeset(&format!(
                "{} {}",
                pick(
                    Lang::Cs,
                    blocs.len(),
                    [
                        self.covered_by,
                        "Na tento stát se vztahují prohlášení bloků:",
                        "Na tento stát se vztahují prohlášení bloků:"
                    ]
                ),
                self.list_of(blocs)
            )),
        }
    }

    /// The attributed actor's name as the data writes it, "APT31, APT40": in Czech a list,
    /// „APT31 a APT40“. English keeps the data's form.
    pub fn actor_names(&self, names: &str) -> String {
        match self.lang {
            Lang::En => names.to_string(),
            Lang::Cs => self.list_of(&names.split(", ").collect::<Vec<_>>()),
        }
    }

    /// „A, B a C“: a Czech list has „a“ before its last item.
    fn list_of(&self, items: &[&str]) -> String {
        let items: Vec<String> = items.iter().map(|item| item.to_string()).collect();
        self.list(&items)
    }

    /// The map's text alternative: who spoke (already listed) and how many states only a
    /// bloc's statement covers.
    pub fn map_summary(&self, spoke: &str, covered: usize, blocs: &[&str]) -> String {
        let listed = blocs.join(", ");
        match (self.lang, covered) {
            (Lang::En, 0) => format!("States that spoke for themselves: {spoke}."),
            (Lang::En, _) => format!(
                "States that spoke for themselves: {spoke}. {} only by a bloc statement: {listed}.",
                count(
                    Lang::En,
                    covered,
                    ["more state is covered", "more states are covered", "more states are covered"]
                ),
            ),
            (Lang::Cs, 0) => typeset(&format!("Státy, které se vyjádřily samy: {spoke}.")),
            (Lang::Cs, _) => typeset(&format!(
                "Státy, které se vyjádřily samy: {spoke}. Na {} se {}: {}.",
                count(Lang::Cs, covered, ["další stát", "další státy", "dalších států"]),
                pick(
                    Lang::Cs,
                    blocs.len(),
                    [
                        "vztahuje jen prohlášení bloku",
                        "vztahují jen prohlášení bloků",
                        "vztahují jen prohlášení bloků"
                    ]
                ),
                self.list_of(blocs),
            )),
        }
    }

    /// The folded filters' button: "Filters", or "Filters (2 active)", „Filtry (aktivní: 2)“.
    pub fn filters_active(&self, active: usize) -> String {
        match (active, self.lang) {
            (0, _) => self.filters.to_string(),
            (_, Lang::En) => format!("{} ({active} active)", self.filters),
            (_, Lang::Cs) => format!("{} (aktivní: {active})", self.filters),
        }
    }

    pub fn matrix_caption(&self, actors: usize, reactions: usize) -> String {
        let (lead, actor, reaction) = match self.lang {
            Lang::Cs => ("Kdo reagoval a jak", ["aktér", "aktéři", "aktérů"], ["reakce", "reakce", "reakcí"]),
            Lang::En => {
                ("Who reacted and how", ["actor", "actors", "actors"], ["reaction", "reactions", "reactions"])
            }
        };
        self.typeset_made(format!(
            "{lead}: {}, {}",
            count(self.lang, actors, actor),
            count(self.lang, reactions, reaction)
        ))
    }

    /// What a screen reader hears for a filled cell: the dates are the ones the cell shows, so
    /// the name a reader hears contains the text they see (WCAG 2.5.3).
    pub fn cell_label(&self, actor: &str, kind: ResponseKind, dates: &[String]) -> String {
        format!("{actor}: {}, {}", self.response_in_line(kind), dates.join(", "))
    }

    /// Why a data file did not arrive, in a sentence a reader can act on.
    pub fn load_failed(&self, error: &LoadError) -> String {
        let (what, with) = match &error.resource {
            Resource::Catalogue => (0, String::new()),
            Resource::Incident(id, _) => (1, id.clone()),
            Resource::Map(extent) => (2, self.extent(*extent).to_string()),
            Resource::Names(_) | Resource::AllNames(_) => (3, String::new()),
            Resource::Glossary(_) => (4, String::new()),
            Resource::Own(url) => (5, url.clone()),
            Resource::Lesson(id, _) => (6, id.clone()),
        };
        let own = matches!(error.resource, Resource::Own(_));
        let (why, because) = match &error.problem {
            Problem::Status(404) => (0, String::new()),
            Problem::Status(status) => (1, status.to_string()),
            Problem::Network if own => (2, String::new()),
            Problem::Network => (3, String::new()),
            Problem::Unreadable(Unreadable::Format { .. }) => (4, String::new()),
            Problem::Unreadable(Unreadable::NotData | Unreadable::Kind) => (5, String::new()),
            Problem::Unreadable(Unreadable::Corrupt) => (6, String::new()),
            Problem::NotListed => (7, String::new()),
            Problem::Invalid(errors) => (8, count(self.lang, errors.len(), self.failed_errors)),
        };
        let what = self.failed_what[what].replace("{}", &with);
        self.sentence(&what, &self.failed_why[why].replace("{}", &because))
    }

    /// What did not load, and why, as one sentence.
    fn sentence(&self, what: &str, why: &str) -> String {
        let sentence = format!("{what}{}{why}.", self.failed_joint);
        match self.lang {
            Lang::Cs => typeset(&sentence),
            Lang::En => sentence,
        }
    }

    /// A part of the view whose code did not arrive (the extras module).
    pub fn part_failed(&self, part: Part) -> String {
        let what = match part {
            Part::Comparison => 0,
            Part::Timeline => 1,
            Part::Story => 2,
            Part::Handout => 3,
        };
        self.sentence(self.failed_part[what], self.failed_part_why)
    }

    /// A link's parameter that could not be honoured; of them, a reader's own file, which a page
    /// may refuse though it is known.
    pub fn unknown_parameter(&self, name: &str, value: &str) -> String {
        let (open, close) = match self.lang {
            Lang::Cs => ('„', '“'),
            Lang::En => ('“', '”'),
        };
        let template = if name == "data" { self.own_refused } else { self.unknown_parameter };
        template.replace("{}", &format!("{name}={open}{value}{close}"))
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
    confidence: "Confidence stated",
    unverified: "Not verified by the sources",
    sources: "Sources",
    actor: "Actor",
    reactions_heading: "Every reaction, with its sources",
    quote: "In their words",
    quote_translation: "Translated by Démarche:",
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
    date_format: "d Month yyyy",
    date_invalid: "Write a day that exists, such as 28 May 2025.",
    reset: "Reset view",
    sort_by: "Sort rows by",
    map_heading: "Where the reactions came from",
    legend_ladder: "Strongest own response",
    legend_covered: "Only a bloc statement covers it (hatched)",
    legend_retaliation: "The accused state hit back (retaliation, off the ladder)",
    legend_other: "Responded, but off the ladder (e.g. a denial)",
    legend_none: "No recorded reaction",
    beyond_map: "Not drawn on this map:",
    small_states: "Small states",
    about_incident: "About the incident",
    details: "Details",
    detail_hint: "Choose a country on the map, or a cell or an actor in the table, to read what was said and where it was reported.",
    close: "Close",
    covered_by: "Covered by a bloc statement:",
    profile_link: "This responder across all incidents",
    no_match: "Nothing matches these filters.",
    full_view: "Open the full view",
    share: "Share, embed, download",
    share_failed: "Sharing and downloads could not be prepared:",
    order: ["date", "strength", "name"],
    modes: ["Matrix", "Timeline", "Compare incidents"],
    view_label: "Show",
    compare_order: ["incidents answered", "strongest response", "name", "speed of answer"],
    compare_heading: "Who answered which incident",
    compare_hint: "Each cell shows the strongest rung on the ladder that a responder reached in that incident, in the map's colours. Pick a cell to read what was said.",
    responder: "Responder",
    states: "States",
    summary_heading: "In short",
    timeline_heading: "When they reacted",
    timeline_axis: "Days after the attribution (logarithmic scale)",
    aligned_heading: "How fast each incident was answered",
    story: "Story",
    previous: "Previous",
    next: "Next",
    leave_story: "Leave the story",
    questions: "Questions for discussion",
    print_handout: "Print handout",
    handout_story: "What happened, step by step",
    live_view: "The live view:",
    glossary_loading: "Loading the definition…",
    origin_host: ["This incident comes from ", ", not from this site."],
    origin_file: ["This incident comes from the file ", ", not from this site's own data."],
    // Never shown: English is never missing.
    untranslated: "Some texts are in English only.",
    extent: ["Europe", "World"],
    role: ["attributing state", "state held responsible"],
    months: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    months_genitive: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    months_locative: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    dated: Dated {
        in_: ["in {}", "in {}", "{}"],
        since: ["since {}", "since {}", "since {}"],
        until: ["until {}", "until {}", "until {}"],
    },
    via: "via",
    title_from_address: "title taken from the address",
    source_kind: ["original", "news report", "reprint or rewrite"],
    only_reprints: "Only reprints found:",
    no_original: "Neither the original nor an agency's report of it could be read.",
    failed_what: [
        "The list of incidents",
        "The data of the incident “{}”",
        "The map ({})",
        "The country names",
        "The glossary",
        "The incident file {}",
        "The story and questions of the incident “{}”",
    ],
    failed_why: [
        "the server does not have the file (404)",
        "the server answered with an error ({})",
        "no answer came: the address may be wrong, or its server does not let other sites read it (CORS)",
        "no answer came: the connection may be down, or the page was opened from a file on disk",
        "the file was written for another version of the widget",
        "what arrived is not the data file asked for",
        "the file arrived damaged or cut short",
        "the list of incidents does not name such a file",
        "it has {}",
    ],
    failed_errors: ["error", "errors", "errors"],
    failed_joint: " could not be loaded: ",
    failed_part: ["The comparison", "The timeline", "The story", "The handout"],
    failed_part_why: "no answer came; the connection may be down",
    unknown_parameter: "The link's {} is not known here, so the default view is shown.",
    own_refused: "This site does not open incident files from other addresses, so {} is not shown.",
    response: [
        ("Concern", "Expressed concern about the activity, without judging it."),
        ("Solidarity", "Expressed solidarity with, or support for, the targeted state."),
        ("Call to refrain", "Called on the responsible state, or on all states, to stop or to respect agreed norms."),
        ("Condemnation", "Condemned the activity or the state held responsible."),
        ("Summons", "Summoned the accused state's ambassador or delivered a diplomatic protest (a démarche)."),
        ("Recall of ambassador", "Recalled its own ambassador from the accused state, for consultations or for good."),
        ("Expulsion", "Expelled the accused state's diplomats."),
        ("Severing relations", "Broke off diplomatic relations with the accused state: the strongest diplomatic step."),
        ("Legal action", "Brought criminal charges, made arrests or took other legal action."),
        ("Sanctions", "Imposed restrictive measures such as asset freezes and travel bans."),
        ("Investigation", "Investigated the activity: the technical and intelligence work behind an attribution."),
        ("Attribution", "Publicly named the state or group held responsible."),
        ("Policy measure", "Took a defensive or policy measure in response, such as new secure systems."),
        ("Denial", "The accused state denied responsibility."),
        ("Counter-accusation", "The accused state accused the other side in return."),
        ("Counter-summons", "The accused state summoned a diplomat of a state that attributed or answered the operation."),
        ("Retaliatory expulsion", "The accused state expelled, in return, diplomats of a state that answered the operation."),
        ("Counter-sanctions", "The accused state imposed measures of its own, such as entry bans, on a state that answered the operation or on its officials."),
    ],
    actor_kind: ["Government", "National agency", "Official", "Diplomatic mission", "Intergovernmental body", "Legislature"],
    group: ["The attributing state", "Alliances and unions", "Other states", "The state held responsible"],
    attributing_states: "The attributing states",
};

#[cfg(not(target_family = "wasm"))]
static CS: Strings = Strings {
    lang: Lang::Cs,
    app_name: "Démarche",
    tagline: "Kdo a jak reagoval na kybernetický útok připsaný státu",
    language: "Jazyk",
    incident: "Incident",
    made_public: "Zveřejněno",
    attributed_to: "Připsáno",
    also_known_as: "jiné názvy:",
    linked_to: "zadavatel:",
    target: "Cíl",
    activity: "Období činnosti",
    confidence: "Uvedená míra jistoty",
    unverified: "Co zdroje nepotvrzují",
    sources: "Zdroje",
    actor: "Aktér",
    reactions_heading: "Všechny reakce se zdroji",
    quote: "Citace",
    quote_translation: "Překlad Démarche:",
    disagreement: "Zdroje se rozcházejí",
    published: "zveřejněno",
    read: "navštíveno",
    opens_in_new_tab: "(otevře se v novém panelu)",
    codebook_heading: "Co znamenají sloupce",
    error_heading: "Démarche nemůže tento obsah zobrazit",
    retry: "Zkusit znovu",
    loading: "Načítá se…",
    map_loading: "Načítá se mapa…",
    map_failed: "Mapu se nepodařilo načíst.",
    no_data_source: "Stránka neuvádí, kde jsou data widgetu: prvek s id=\"demarche\" potřebuje atribut data-catalogue (zapíše ho make dist).",
    notice_dismiss: "Zavřít",
    filters: "Filtry",
    search: "Hledat ve jménech a citacích",
    actor_kinds: "Typ aktéra",
    bloc: "Členství",
    bloc_any: "Jakékoli",
    bloc_none: "Mimo tyto bloky",
    responses: "Reakce",
    date_from: "Od",
    date_until: "Do",
    date_format: "d. m. rrrr",
    date_invalid: "Zadejte existující den, například 28. 5. 2025.",
    reset: "Obnovit výchozí pohled",
    sort_by: "Řadit řádky podle",
    map_heading: "Odkud reakce přišly",
    legend_ladder: "Nejsilnější vlastní reakce",
    legend_covered: "Stát, na který se vztahuje jen prohlášení bloku (šrafováno)",
    legend_retaliation: "Odveta státu označeného za odpovědný (mimo stupnici)",
    legend_other: "Reakce mimo stupnici (např. popření)",
    legend_none: "Bez zaznamenané reakce",
    beyond_map: "Na této mapě nejsou:",
    small_states: "Malé státy",
    about_incident: "O incidentu",
    details: "Podrobnosti",
    detail_hint: "Vyberte stát na mapě nebo buňku či aktéra v tabulce a přečtěte si, co zaznělo a kde se o tom psalo.",
    close: "Zavřít",
    covered_by: "Na tento stát se vztahuje prohlášení bloku:",
    profile_link: "Tento aktér ve všech incidentech",
    no_match: "Těmto filtrům nic neodpovídá.",
    full_view: "Otevřít celý pohled",
    share: "Sdílet, vložit, stáhnout",
    share_failed: "Sdílení a stahování se nepodařilo připravit:",
    order: ["data", "síly reakce", "jména"],
    modes: ["Tabulka", "Časová osa", "Srovnání"],
    view_label: "Zobrazit",
    compare_order: ["počtu incidentů", "síly reakce", "jména", "rychlosti reakce"],
    compare_heading: "Kdo reagoval na který incident",
    compare_hint: "Každá buňka ukazuje v barvách mapy nejvyšší stupeň na stupnici, kterého aktér u daného incidentu dosáhl. Vyberte buňku a přečtěte si, co zaznělo.",
    responder: "Kdo reagoval",
    states: "Státy",
    summary_heading: "Ve zkratce",
    timeline_heading: "Kdy kdo reagoval",
    timeline_axis: "Dny po atribuci (logaritmické měřítko)",
    aligned_heading: "Jak rychle přišly reakce na jednotlivé incidenty",
    story: "Příběh",
    previous: "Předchozí",
    next: "Další",
    leave_story: "Ukončit příběh",
    questions: "Otázky k diskusi",
    print_handout: "Vytisknout podklady",
    handout_story: "Co se stalo, krok za krokem",
    live_view: "Interaktivní verze:",
    glossary_loading: "Načítá se vysvětlení…",
    origin_host: ["Tento incident pochází z webu ", ", nikoli z tohoto webu."],
    origin_file: ["Tento incident pochází ze souboru ", ", nikoli z vlastních dat tohoto webu."],
    untranslated: "Tento incident není celý přeložen do češtiny: texty bez překladu se zobrazují v angličtině.",
    extent: ["Evropa", "Svět"],
    role: ["stát, který útok připsal", "stát označený za odpovědný"],
    months: ["leden", "únor", "březen", "duben", "květen", "červen", "červenec", "srpen", "září", "říjen", "listopad", "prosinec"],
    months_genitive: ["ledna", "února", "března", "dubna", "května", "června", "července", "srpna", "září", "října", "listopadu", "prosince"],
    months_locative: ["lednu", "únoru", "březnu", "dubnu", "květnu", "červnu", "červenci", "srpnu", "září", "říjnu", "listopadu", "prosinci"],
    dated: Dated {
        in_: ["v roce {}", "v {}", "{}"],
        since: ["od roku {}", "od {}", "od {}"],
        until: ["do roku {}", "do {}", "do {}"],
    },
    via: "původní vydavatel:",
    title_from_address: "název podle adresy stránky",
    source_kind: ["původní zdroj", "agenturní zpráva", "převzatý či přepsaný text"],
    only_reprints: "Nalezeny jen převzaté texty:",
    no_original: "Původní znění ani agenturní zprávu se nepodařilo dohledat.",
    failed_what: [
        "Seznam incidentů",
        "Data incidentu „{}“",
        "Mapu ({})",
        "Názvy států",
        "Slovníček pojmů",
        "Soubor incidentu {}",
        "Příběh a otázky k incidentu „{}“",
    ],
    failed_why: [
        "soubor na serveru není (404)",
        "server odpověděl chybou ({})",
        "nepřišla žádná odpověď — adresa je možná chybná, nebo její server nedovoluje jiným webům soubor číst (CORS)",
        "nepřišla žádná odpověď — připojení možná nefunguje, nebo byla stránka otevřena ze souboru na disku",
        "soubor patří k jiné verzi aplikace",
        "místo požadovaného datového souboru přišlo něco jiného",
        "soubor dorazil poškozený nebo neúplný",
        "seznam incidentů takový soubor neuvádí",
        "soubor obsahuje {}",
    ],
    failed_errors: ["chybu", "chyby", "chyb"],
    failed_joint: " se nepodařilo načíst: ",
    failed_part: ["Srovnání", "Časovou osu", "Příběh", "Podklady k tisku"],
    failed_part_why: "nepřišla žádná odpověď — připojení možná nefunguje",
    unknown_parameter: "Parametr odkazu {} tento web nezná, proto zobrazí výchozí pohled.",
    own_refused: "Tento web neotevírá soubory s incidenty z jiných adres, proto soubor z parametru {} nezobrazí.",
    response: [
        ("Znepokojení", "Vyjádření znepokojení nad činností bez jejího hodnocení."),
        ("Solidarita", "Vyjádření solidarity s napadeným státem nebo podpory pro něj."),
        ("Výzva k upuštění od útoků", "Výzva státu označenému za odpovědný nebo všem státům k upuštění od takové činnosti či k dodržování dohodnutých norem."),
        ("Odsouzení", "Odsouzení činnosti nebo státu označeného za odpovědný."),
        ("Předvolání velvyslance", "Předvolání velvyslance státu označeného za odpovědný nebo předání diplomatického protestu (demarše, protestní nóty)."),
        ("Odvolání velvyslance", "Odvolání vlastního velvyslance ze státu označeného za odpovědný, ke konzultacím nebo natrvalo."),
        ("Vyhoštění", "Vyhoštění diplomatů státu označeného za odpovědný."),
        ("Přerušení diplomatických styků", "Přerušení diplomatických styků se státem označeným za odpovědný: nejsilnější diplomatický krok."),
        ("Právní kroky", "Vznesení trestního obvinění, zatčení podezřelých nebo jiné právní kroky."),
        ("Sankce", "Uvalení omezujících opatření, například zmrazení majetku a zákazu cestování."),
        ("Vyšetřování", "Vyšetřování činnosti: technická a zpravodajská práce, o kterou se atribuce opírá."),
        ("Atribuce", "Veřejné připsání činnosti určitému státu nebo skupině."),
        ("Opatření", "Obranné nebo politické opatření přijaté v reakci, například zavedení nových zabezpečených systémů."),
        ("Popření", "Stát označený za odpovědný popřel, že za činnost odpovídá."),
        ("Protiobvinění", "Stát označený za odpovědný naopak obvinil druhou stranu."),
        ("Odvetné předvolání", "Stát označený za odpovědný předvolal diplomata státu, který útok připsal nebo na něj reagoval."),
        ("Odvetné vyhoštění", "Stát označený za odpovědný v odvetu vyhostil diplomaty státu, který na útok reagoval."),
        ("Odvetné sankce", "Stát označený za odpovědný v odvetu uvalil vlastní opatření, například zákaz vstupu, na stát, který na útok reagoval, nebo na jeho představitele."),
    ],
    actor_kind: ["Vláda či ministerstvo", "Státní instituce", "Představitel", "Diplomatická mise", "Mezinárodní organizace", "Parlament"],
    group: ["Stát, který útok připsal", "Aliance a unie", "Další státy", "Stát označený za odpovědný"],
    attributing_states: "Státy, které útok připsaly",
};

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> Date {
        Date::parse(text).unwrap()
    }

    /// The text with its non-breaking spaces shown as ␣, so a test says where they are.
    fn shown(text: String) -> String {
        text.replace('\u{a0}', "␣")
    }

    const COUNTS: [usize; 8] = [0, 1, 2, 4, 5, 21, 22, 25];

    #[test]
    fn dates_read_naturally_in_each_language() {
        let (en, cs) = (strings(Lang::En), strings(Lang::Cs));
        assert_eq!(en.date(date("2025-05-28")), "28 May 2025");
        assert_eq!(shown(cs.date(date("2025-05-28"))), "28.␣května 2025");
        assert_eq!(cs.date(date("2025-05")), "květen 2025");
        assert_eq!(en.date(date("2022")), "2022");
        assert_eq!(en.short_date(date("2025-05-28"), 2025), "28 May");
        assert_eq!(shown(cs.short_date(date("2025-05-28"), 2025)), "28.␣5.");
        assert_eq!(en.short_date(date("2024-05-28"), 2025), "28 May 2024");
        assert_eq!(en.short_date(date("2025-06"), 2025), "June 2025");
    }

    #[test]
    fn a_date_field_shows_a_day_as_a_reader_types_it() {
        let (en, cs) = (strings(Lang::En), strings(Lang::Cs));
        assert_eq!(cs.entry_date(date("2025-05-28")), "28. 5. 2025", "plain spaces");
        assert_eq!(cs.entry_date(date("2025-12-01")), "1. 12. 2025");
        assert_eq!(en.entry_date(date("2025-05-28")), "28 May 2025");
    }

    #[test]
    fn a_month_is_named_in_full_or_by_three_letters_in_any_case() {
        let en = strings(Lang::En);
        let named =
            ["January", "feb", "MAR", "april", "May", "jun", "July", "AUG", "Sep", "october", "Nov", "dec"];
        assert_eq!(named.map(|word| en.month_named(word)), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map(Some));
        for word in ["Ma", "Sept", "Janu", "", "Mayo", "13"] {
            assert_eq!(en.month_named(word), None, "{word}");
        }
    }

    #[test]
    fn an_upper_bound_reads_as_by_that_date_in_full_and_in_a_cell() {
        let (en, cs) = (strings(Lang::En), strings(Lang::Cs));
        let mut reaction = crate::load::minimal().reactions[0].clone();
        reaction.date = date("2025-06-26");
        assert_eq!(en.reaction_date(&reaction), "26 June 2025");
        reaction.date_upper_bound = true;
        assert_eq!(en.reaction_date(&reaction), "by 26 June 2025");
        assert_eq!(shown(cs.reaction_date(&reaction)), "nejpozději 26.␣června 2025");
        assert_eq!(en.reaction_short_date(&reaction, 2025), "by 26 Jun");
        assert_eq!(shown(cs.reaction_short_date(&reaction, 2025)), "nejpozději 26.␣6.");
        reaction.date = date("2025-06");
        assert_eq!(en.reaction_short_date(&reaction, 2025), "by June 2025");
        assert_eq!(shown(cs.reaction_date(&reaction)), "nejpozději v␣červnu 2025");
    }

    #[test]
    fn dates_take_the_case_their_preposition_asks_for() {
        let (en, cs) = (strings(Lang::En), strings(Lang::Cs));
        let cases = |day: &str, month: &str, year: &str| [date(day), date(month), date(year)];
        let [day, month, year] = cases("2022-05-28", "2022-05", "2022");
        assert_eq!(
            [day, month, year].map(|d| shown(cs.date_since(d))),
            ["od 28.␣května 2022", "od května 2022", "od roku 2022"]
        );
        assert_eq!(
            [day, month, year].map(|d| shown(cs.date_until(d))),
            ["do 28.␣května 2022", "do května 2022", "do roku 2022"]
        );
        assert_eq!(
            [day, month, year].map(|d| shown(cs.date_in(d))),
            ["28.␣května 2022", "v␣květnu 2022", "v␣roce 2022"]
        );
        assert_eq!(
            [day, month, year].map(|d| en.date_since(d)),
            ["since 28 May 2022", "since May 2022", "since 2022"]
        );
        assert_eq!([day, month, year].map(|d| en.date_in(d)), ["28 May 2022", "in May 2022", "in 2022"]);
    }

    #[test]
    fn every_czech_month_in_every_form() {
        let cs = strings(Lang::Cs);
        let month = |m: u8| date(&format!("2025-{m:02}"));
        let nominative: Vec<String> = (1..=12).map(|m| cs.date(month(m))).collect();
        let genitive: Vec<String> = (1..=12).map(|m| shown(cs.date_since(month(m)))).collect();
        let locative: Vec<String> = (1..=12).map(|m| shown(cs.date_in(month(m)))).collect();
        let after_day: Vec<String> =
            (1..=12).map(|m| shown(cs.date(date(&format!("2025-{m:02}-01"))))).collect();
        let names = |forms: [&str; 12], pattern: &str| -> Vec<String> {
            forms.iter().map(|form| pattern.replace("{}", form)).collect()
        };
        let nominative_forms = [
            "leden",
            "únor",
            "březen",
            "duben",
            "květen",
            "červen",
            "červenec",
            "srpen",
            "září",
            "říjen",
            "listopad",
            "prosinec",
        ];
        let genitive_forms = [
            "ledna",
            "února",
            "března",
            "dubna",
            "května",
            "června",
            "července",
            "srpna",
            "září",
            "října",
            "listopadu",
            "prosince",
        ];
        let locative_forms = [
            "lednu",
            "únoru",
            "březnu",
            "dubnu",
            "květnu",
            "červnu",
            "červenci",
            "srpnu",
            "září",
            "říjnu",
            "listopadu",
            "prosinci",
        ];
        assert_eq!(nominative, names(nominative_forms, "{} 2025"));
        assert_eq!(genitive, names(genitive_forms, "od {} 2025"));
        assert_eq!(locative, names(locative_forms, "v␣{} 2025"));
        assert_eq!(after_day, names(genitive_forms, "1.␣{} 2025"));
    }

    #[test]
    fn czech_words_leave_with_the_names_file_and_come_back_in_their_fields() {
        let mut compiled = Vec::new();
        strings(Lang::Cs).all_words(&mut compiled);
        let read = read_words(Lang::Cs, &written_words(Lang::Cs)).expect("a word for each field");
        let mut learnt = Vec::new();
        read.all_words(&mut learnt);
        assert_eq!(learnt, compiled);
        assert_eq!(read.lang, Lang::Cs);
        assert!(compiled.iter().all(|word| !word.contains('\0')), "a NUL would split a word in two");
        assert!(written_words(Lang::En).is_empty(), "the widget carries English itself");
    }

    #[test]
    fn words_of_another_build_are_not_learnt() {
        let written = written_words(Lang::Cs);
        let shorter = &written[..written.rfind('\0').unwrap()];
        assert!(read_words(Lang::Cs, shorter).is_none(), "one word short");
        assert!(read_words(Lang::Cs, &format!("{written}\0more")).is_none(), "one word over");
        assert!(read_words(Lang::En, &written).is_none(), "English is never taken from a file");
    }

    #[test]
    fn czech_interface_strings_are_typeset_once_written_plain() {
        let cs = strings(Lang::Cs);
        assert_eq!(shown(cs.detail_hint.to_string()), "Vyberte stát na mapě nebo buňku či aktéra v␣tabulce a␣přečtěte si, co zaznělo a␣kde se o␣tom psalo.");
        assert_eq!(
            shown(cs.response_label(ResponseKind::CallToRefrain).to_string()),
            "Výzva k␣upuštění od útoků"
        );
        assert!(!CS.detail_hint.contains('\u{a0}'), "the source keeps plain spaces");
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
            "Data incidentu „czech“ se nepodařilo načíst: soubor na serveru není (404)."
        );
        let cut = error(Resource::Map(MapExtent::World), Problem::Unreadable(Unreadable::Corrupt));
        assert_eq!(
            strings(Lang::Cs).load_failed(&cut),
            "Mapu (Svět) se nepodařilo načíst: soubor dorazil poškozený nebo neúplný."
        );
    }

    #[test]
    fn the_matrix_caption_counts_by_rule() {
        let caption = |lang, n| shown(strings(lang).matrix_caption(n, n));
        let czech: Vec<String> = COUNTS.iter().map(|&n| caption(Lang::Cs, n)).collect();
        assert_eq!(
            czech,
            [
                "Kdo reagoval a␣jak: 0␣aktérů, 0␣reakcí",
                "Kdo reagoval a␣jak: 1␣aktér, 1␣reakce",
                "Kdo reagoval a␣jak: 2␣aktéři, 2␣reakce",
                "Kdo reagoval a␣jak: 4␣aktéři, 4␣reakce",
                "Kdo reagoval a␣jak: 5␣aktérů, 5␣reakcí",
                "Kdo reagoval a␣jak: 21␣aktérů, 21␣reakcí",
                "Kdo reagoval a␣jak: 22␣aktérů, 22␣reakcí",
                "Kdo reagoval a␣jak: 25␣aktérů, 25␣reakcí",
            ]
        );
        let english: Vec<String> = COUNTS.iter().map(|&n| caption(Lang::En, n)).collect();
        assert_eq!(english[0], "Who reacted and how: 0␣actors, 0␣reactions");
        assert_eq!(english[1], "Who reacted and how: 1␣actor, 1␣reaction");
        assert!(english[2..].iter().all(|line| line.contains("␣actors, ") && line.ends_with("␣reactions")));
    }

    #[test]
    fn the_filters_count_out_of_a_total_in_the_genitive() {
        let counts = |lang, n| shown(strings(lang).counts(1, n, 1, n));
        let czech: Vec<String> = COUNTS.iter().map(|&n| counts(Lang::Cs, n)).collect();
        assert_eq!(
            czech,
            [
                "1␣z␣0␣aktérů · 1␣z␣0␣reakcí",
                "1␣z␣1␣aktéra · 1␣z␣1␣reakce",
                "1␣ze 2␣aktérů · 1␣ze 2␣reakcí",
                "1␣ze 4␣aktérů · 1␣ze 4␣reakcí",
                "1␣z␣5␣aktérů · 1␣z␣5␣reakcí",
                "1␣ze 21␣aktérů · 1␣ze 21␣reakcí",
                "1␣ze 22␣aktérů · 1␣ze 22␣reakcí",
                "1␣ze 25␣aktérů · 1␣ze 25␣reakcí",
            ]
        );
        assert_eq!(counts(Lang::En, 1), "1 of 1␣actor · 1 of 1␣reaction");
        assert_eq!(counts(Lang::En, 22), "1 of 22␣actors · 1 of 22␣reactions");
    }

    #[test]
    fn the_map_summary_counts_the_covered_states() {
        let summary = |lang, n| shown(strings(lang).map_summary("X", n, &["EU"]));
        let czech: Vec<String> = COUNTS.iter().map(|&n| summary(Lang::Cs, n)).collect();
        assert_eq!(czech[0], "Státy, které se vyjádřily samy: X.");
        let covered: Vec<&str> = czech[1..].iter().map(|line| line.split(". ").nth(1).unwrap()).collect();
        assert_eq!(
            covered,
            [
                "Na 1␣další stát se vztahuje jen prohlášení bloku: EU.",
                "Na 2␣další státy se vztahuje jen prohlášení bloku: EU.",
                "Na 4␣další státy se vztahuje jen prohlášení bloku: EU.",
                "Na 5␣dalších států se vztahuje jen prohlášení bloku: EU.",
                "Na 21␣dalších států se vztahuje jen prohlášení bloku: EU.",
                "Na 22␣dalších států se vztahuje jen prohlášení bloku: EU.",
                "Na 25␣dalších států se vztahuje jen prohlášení bloku: EU.",
            ]
        );
        assert_eq!(
            summary(Lang::En, 1),
            "States that spoke for themselves: X. 1␣more state is covered only by a bloc statement: EU."
        );
        assert_eq!(
            summary(Lang::En, 5),
            "States that spoke for themselves: X. 5␣more states are covered only by a bloc statement: EU."
        );
        assert_eq!(
            shown(strings(Lang::Cs).map_summary("X", 2, &["Evropská unie", "NATO"])),
            "Státy, které se vyjádřily samy: X. Na 2␣další státy se vztahují jen prohlášení bloků: Evropská unie a␣NATO."
        );
        assert_eq!(
            shown(strings(Lang::Cs).covered(&["Evropská unie"])),
            "Na tento stát se vztahuje prohlášení bloku: Evropská unie"
        );
        assert_eq!(
            shown(strings(Lang::Cs).covered(&["Evropská unie", "NATO"])),
            "Na tento stát se vztahují prohlášení bloků: Evropská unie a␣NATO"
        );
    }
}
