//! The page rendered to HTML without a browser (Yew's `ssr`), checked for the structure that
//! readers and assistive technology rely on.

mod support;

use demarche::catalogue::dataset_link;
use demarche::i18n::z_before;
use demarche::model::Lang;
use demarche::packed::Unreadable;
use demarche::session::{LoadError, Problem, Resource};
use demarche::view::load_panel;
use yew::{function_component, html, Callback, Html, LocalServerRenderer, Properties};

async fn render_app(query: &str) -> String {
    support::render(query).await
}

/// How many actors reacted in the Czech incident, and how many reactions, read from the file.
fn czech_counts() -> (usize, usize) {
    let incident =
        support::seeds().into_iter().find(|incident| incident.id() == "czech-mfa-apt31-2025").unwrap();
    let mut actors: Vec<&str> = incident.reactions.iter().map(|reaction| reaction.actor.as_str()).collect();
    actors.sort_unstable();
    actors.dedup();
    (actors.len(), incident.reactions.len())
}

/// The `<tr>` of an actor's row, cut out of the page.
fn row<'a>(html: &'a str, actor: &str) -> &'a str {
    let named =
        html.find(&format!(" data-actor=\"{actor}\"")).unwrap_or_else(|| panic!("no row for {actor}"));
    let at = html[..named].rfind("<tr").unwrap();
    let end = at + html[at..].find("</tr>").unwrap();
    &html[at..end]
}

/// The element that starts with `open` (up to its matching `close`), cut out of the page.
fn element<'a>(html: &'a str, open: &str, close: &str) -> &'a str {
    let start = html.find(open).unwrap_or_else(|| panic!("no {open}"));
    let end = start + html[start..].find(close).unwrap() + close.len();
    &html[start..end]
}

/// The opening tag of the element that carries `attribute`.
fn tag<'a>(html: &'a str, attribute: &str) -> &'a str {
    let at = html.find(attribute).unwrap_or_else(|| panic!("no {attribute}"));
    let start = html[..at].rfind('<').unwrap();
    &html[start..at + html[at..].find('>').unwrap()]
}

/// The value of a tag's class attribute.
fn class_of(tag: &str) -> &str {
    tag.split("class=\"").nth(1).map_or("", |rest| rest.split('"').next().unwrap())
}

/// The kind class of each filled cell in a row, in column order.
fn filled_columns(row: &str) -> Vec<String> {
    row.split("<td")
        .skip(1)
        .map(|cell| class_of(&cell[..cell.find('>').unwrap()]))
        .filter(|class| class.contains("filled"))
        .map(|class| class.split(' ').next().unwrap().to_string())
        .collect()
}

#[tokio::test]
async fn matrix_is_a_captioned_table_with_header_cells() {
    let html = render_app("").await;
    let (actors, reactions) = czech_counts();
    assert_eq!(class_of(tag(&html, "role=\"grid\"")), "matrix");
    assert!(
        html.contains(&format!(
            "<caption id=\"matrix-caption\">Who reacted and how: {actors}\u{a0}actors, {reactions}\u{a0}reactions</caption>"
        )),
        "caption"
    );
    let header = &html[html.find("<thead>").unwrap()..html.find("</thead>").unwrap()];
    let columns: Vec<&str> = header.matches("<th scope=\"col\"").collect();
    assert_eq!(columns.len(), 19, "actor column plus 18 response kinds");
    let concern = header.find(">Concern<").unwrap();
    let condemnation = header.find(">Condemnation<").unwrap();
    let sanctions = header.find(">Sanctions<").unwrap();
    assert!(concern < condemnation && condemnation < sanctions, "columns follow the ladder");
    for group in ["The attributing state", "Alliances and unions", "The state held responsible"] {
        assert!(
            html.contains(&format!("<th scope=\"rowgroup\" colspan=\"19\">{group}</th>")),
            "group {group}"
        );
    }
}

#[tokio::test]
async fn a_known_reaction_sits_in_its_row_and_columns() {
    let html = render_app("").await;
    let lipavsky = row(&html, "cz-lipavsky");
    assert!(lipavsky.contains("<span class=\"actor-name\">Jan Lipavský</span>"));
    assert_eq!(
        filled_columns(lipavsky),
        ["kind-condemnation", "kind-summons", "kind-attribution", "kind-policy-measure"]
    );
    assert!(
        lipavsky.contains("aria-label=\"Jan Lipavský: Summons, 28 May\""),
        "the label holds the date the cell shows"
    );
    let embassy = row(&html, "cn-embassy-prague");
    assert_eq!(filled_columns(embassy), ["kind-denial", "kind-counter-accusation"]);
}

#[tokio::test]
async fn a_selected_reaction_opens_in_the_detail_panel_with_sources_that_open_safely() {
    let incident =
        support::seeds().into_iter().find(|incident| incident.id() == "czech-mfa-apt31-2025").unwrap();
    let summons = incident.reactions.iter().position(|reaction| reaction.actor == "cz-lipavsky").unwrap();
    let html = render_app(&format!("?reaction={}", summons + 1)).await;
    let detail = element(&html, "<aside id=\"detail\"", "</aside>");
    assert!(detail.contains("<h2 id=\"detail-heading\" tabindex=\"-1\">Jan Lipavský</h2>"));
    assert!(detail.contains("Minister of Foreign Affairs · Czechia"));
    assert!(detail.contains("<time datetime=\"2025-05-28\">28 May 2025</time>"));
    assert!(detail.contains("<blockquote lang="), "the quote, verbatim");
    assert!(detail.contains("<cite class=\"source\"><a href=\"https://"));
    let new_tabs = html.matches("target=\"_blank\"").count();
    assert!(new_tabs > incident.reactions.len(), "every reaction cites a source");
    assert_eq!(html.matches("target=\"_blank\" rel=\"noopener noreferrer\"").count(), new_tabs);
    let lipavsky = row(&html, "cz-lipavsky");
    assert_eq!(class_of(tag(lipavsky, "data-actor")), "highlighted", "its row is highlighted");
    let kinds = ["original", "news report", "reprint or rewrite"]
        .map(|kind| format!("<span class=\"source-kind\">{kind}</span>"));
    assert!(kinds.iter().any(|kind| detail.contains(kind.as_str())), "each source says what it is: {detail}");
}

#[tokio::test]
async fn a_date_known_only_as_an_upper_bound_reads_by_that_date_in_the_detail_and_the_cell() {
    let incident =
        support::seeds().into_iter().find(|incident| incident.id() == "czech-mfa-apt31-2025").unwrap();
    let Some(at) = incident.reactions.iter().position(|reaction| reaction.date_upper_bound) else {
        panic!("the Czech file dates the states aligned with the EU by an upper bound")
    };
    let reaction = &incident.reactions[at];
    let html = render_app(&format!("?reaction={}", at + 1)).await;
    let by = demarche::i18n::strings(Lang::En).reaction_date(reaction);
    assert!(by.starts_with("by "), "{by}");
    let detail = element(&html, "<aside id=\"detail\"", "</aside>");
    assert!(detail.contains(&format!("<time datetime=\"{}\">{by}</time>", reaction.date)), "{detail}");
    assert!(row(&html, &reaction.actor).contains(">by "), "the cell says it too");
}

#[tokio::test]
async fn a_selected_country_highlights_its_rows_and_lists_its_actors() {
    let html = render_app("?country=US").await;
    assert_eq!(class_of(tag(row(&html, "us-embassy-prague"), "data-actor")), "highlighted");
    assert_eq!(class_of(tag(row(&html, "cz-lipavsky"), "data-actor")), "");
    let detail = element(&html, "<aside id=\"detail\"", "</aside>");
    assert!(detail.contains(">United States</h2>"));
    assert!(detail.contains("Embassy of the United States"), "{detail}");
    assert!(detail.contains("Covered by a bloc statement: North Atlantic Treaty Organization"), "{detail}");
}

#[tokio::test]
async fn filters_from_the_link_narrow_every_view() {
    let html = render_app("?response=denial,counter-accusation&map=world").await;
    let (actors, reactions) = czech_counts();
    assert!(html.contains(&format!("2 of {actors}\u{a0}actors · 2 of {reactions}\u{a0}reactions")));
    let header = element(&html, "<thead>", "</thead>");
    assert_eq!(header.matches("<th scope=\"col\"").count(), 3, "actor plus the two kinds");
    assert!(!html.contains("data-actor=\"cz-lipavsky\""));
    let map = element(&html, "<svg", "</svg>");
    assert_eq!(
        class_of(tag(map, "data-country=\"CN\"")),
        "country off-ladder accused",
        "China spoke, off the ladder"
    );
    assert_eq!(
        class_of(tag(map, "data-country=\"CZ\"")),
        "country quiet attributing",
        "Czechia is still marked"
    );
}

#[tokio::test]
async fn the_comparison_links_the_whole_dataset_in_the_pages_language() {
    for (query, lang, words) in [
        ("?view=compare", Lang::En, "Download the whole dataset"),
        ("?view=compare&lang=cs", Lang::Cs, "Stáhnout celou datovou sadu"),
    ] {
        let html = render_app(query).await;
        let links = element(&html, "<p class=\"compare-hint compare-dataset\">", "</p>");
        for (extension, format) in [("csv", "CSV"), ("json", "JSON")] {
            let href = dataset_link(lang, extension);
            let link = format!(r#"<a href="{href}">{words} ({format})</a>"#);
            assert!(links.contains(&link), "{link} in {links}");
        }
    }
}

#[tokio::test]
async fn czech_link_renders_in_czech_and_bad_parameters_leave_a_notice() {
    let html = render_app("?lang=cs&incident=nope").await;
    assert!(html.contains("lang=\"cs\""));
    let (actors, reactions) = czech_counts();
    assert!(html.contains(&format!("Kdo reagoval a\u{a0}jak: {actors}\u{a0}aktérů, {reactions}\u{a0}reakcí")));
    // „z“ keeps to the number after it, „ze“ does not: only one-letter words bind.
    let out_of = |n| match z_before(n) {
        "z" => format!("{n}\u{a0}z\u{a0}{n}"),
        ze => format!("{n}\u{a0}{ze} {n}"),
    };
    assert!(html.contains(&format!("{}\u{a0}aktérů · {}\u{a0}reakcí", out_of(actors), out_of(reactions))));
    assert!(html.contains("Jan Lipavský: předvolání velvyslance, 28.\u{a0}5."));
    assert!(html.contains("role=\"status\""));
    assert!(html.contains("incident=„nope“"));
}

#[derive(Properties, PartialEq)]
struct PanelProps {
    lang: Lang,
    error: LoadError,
}

#[function_component]
fn Panel(props: &PanelProps) -> Html {
    html! { { load_panel(props.lang, &props.error, &Callback::noop()) } }
}

#[tokio::test]
async fn a_file_that_did_not_load_gets_a_readable_panel_with_retry_in_the_readers_language() {
    let panel = |lang, problem| async move {
        let error = LoadError { resource: Resource::Incident("czech-mfa-apt31-2025".into(), lang), problem };
        LocalServerRenderer::<Panel>::with_props(PanelProps { lang, error }).hydratable(false).render().await
    };
    let english = panel(Lang::En, Problem::Status(404)).await;
    assert!(
        english.starts_with("<section role=\"alert\" lang=\"en\" class=\"error-panel load-error\">"),
        "{english}"
    );
    assert!(english.contains("could not be loaded: the server does not have the file (404)."), "{english}");
    assert!(english.contains("<button type=\"button\" class=\"retry\">Try again</button>"), "{english}");
    let czech = panel(Lang::Cs, Problem::Unreadable(Unreadable::Format { found: 9 })).await;
    assert!(czech.contains("soubor patří k\u{a0}jiné verzi aplikace"), "{czech}");
    assert!(czech.contains(">Zkusit znovu</button>"), "{czech}");
}

/// Marks in the text (`{en:words}`, `{term:id|words}`) are the loader's, never a reader's: each
/// becomes a span or a term wherever data text is drawn, in every incident and language.
#[tokio::test]
async fn no_view_prints_a_mark_of_the_data_files() {
    for incident in support::seeds() {
        for lang in Lang::ALL {
            for mode in ["", "&view=timeline"] {
                let query = format!("?incident={}&lang={}{mode}&story=1", incident.id(), lang.tag());
                let html = render_app(&query).await;
                let mark = html.match_indices('{').map(|(at, _)| &html[at + 1..]).find(|after| {
                    after.find(':').is_some_and(|colon| {
                        (2..=4).contains(&colon) && after[..colon].bytes().all(|b| b.is_ascii_lowercase())
                    })
                });
                assert!(
                    mark.is_none(),
                    "{query} prints a mark: {{{}",
                    mark.unwrap_or_default().chars().take(60).collect::<String>()
                );
            }
        }
    }
}

/// A reader's own file written in English only, as the session has it once checked and read
/// from `https://example.org/own.bin`: the only incident, so that every view shows it.
async fn render_own(query: &str) -> String {
    use demarche::view::{Explorer, ExplorerProps};
    let english: Vec<&str> =
        include_str!("fixtures/minimal.toml").lines().filter(|line| !line.contains(".cs = ")).collect();
    let mut own = demarche::load::parse_incident("own.toml", &english.join("\n")).unwrap();
    own.origin = Some("https://example.org/own.bin".into());
    let incidents = [own];
    let catalogue = std::rc::Rc::new(demarche::bundle::bundle(&incidents).catalogue);
    let props = ExplorerProps::loaded(catalogue, &incidents, query, Lang::En);
    LocalServerRenderer::<Explorer>::with_props(props).hydratable(false).render().await
}

#[tokio::test]
async fn a_readers_own_file_says_where_it_comes_from_under_its_title_in_every_presentation() {
    let english = render_own("").await;
    let line = "<p class=\"origin\">This incident comes from example.org, not from this site.</p>";
    assert!(english.contains("</h1><p class=\"dek\">"), "the heading first");
    assert_eq!(english.matches(line).count(), 1, "{english}");
    assert!(english.find(line) > english.find("id=\"incident-title\""), "under the title");
    assert!(
        !english.contains("untranslated") && !english.contains("lang=\"en\">A minimal"),
        "English is no fallback"
    );
    for query in ["?lang=cs", "?lang=cs&embed=compact", "?lang=cs&view=timeline"] {
        let czech = render_own(query).await;
        assert_eq!(
            czech.matches("<p class=\"origin\">Tento incident pochází z\u{a0}webu example.org, nikoli z\u{a0}tohoto webu.").count(),
            1,
            "{query}: {czech}"
        );
    }
}

#[tokio::test]
async fn an_english_only_file_in_czech_marks_its_english_and_says_once_it_is_untranslated() {
    let czech = render_own("?lang=cs").await;
    assert_eq!(czech.matches("class=\"untranslated\"").count(), 1, "said once");
    assert!(czech.contains("není celý přeložen do češtiny"), "{czech}");
    assert!(czech.contains("<h1 id=\"incident-title\" lang=\"en\">A minimal incident</h1>"), "{czech}");
    let government = row(&czech, "cz-government");
    assert!(government.contains("lang=\"en\""), "the actor's English name: {government}");
    let compact = render_own("?lang=cs&embed=compact").await;
    assert!(compact.contains("<h1 lang=\"en\">A minimal incident</h1>"), "{compact}");
    // The site's own incidents are bilingual: nothing to say, nothing marked.
    let seed = render_app("?lang=cs").await;
    assert!(!seed.contains("class=\"untranslated\"") && !seed.contains("class=\"origin\""));
}
