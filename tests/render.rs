//! The page rendered to HTML without a browser (Yew's `ssr`), checked for the structure that
//! readers and assistive technology rely on.

use std::rc::Rc;

use demarche::catalogue::Catalogue;
use demarche::view::{App, AppProps, ErrorPanel, ErrorPanelProps};
use yew::LocalServerRenderer;

async fn render_app(query: &str) -> String {
    let catalogue = Rc::new(Catalogue::embedded().expect("seeds are valid"));
    let props = AppProps { catalogue, query: query.to_string().into() };
    LocalServerRenderer::<App>::with_props(props).hydratable(false).render().await
}

/// The `<tr>` of an actor's row, cut out of the page.
fn row<'a>(html: &'a str, actor: &str) -> &'a str {
    let start =
        html.find(&format!("<tr data-actor=\"{actor}\">")).unwrap_or_else(|| panic!("no row for {actor}"));
    let end = start + html[start..].find("</tr>").unwrap();
    &html[start..end]
}

/// The class of each cell in a row, in column order, marking the filled ones.
fn filled_columns(row: &str) -> Vec<String> {
    row.split("<td class=\"")
        .skip(1)
        .filter(|cell| cell.split('"').next().unwrap().contains("filled"))
        .map(|cell| cell.split(' ').next().unwrap().to_string())
        .collect()
}

#[tokio::test]
async fn matrix_is_a_captioned_table_with_header_cells() {
    let html = render_app("").await;
    assert!(html.contains("<table class=\"matrix\">"));
    assert!(
        html.contains(
            "<caption id=\"matrix-caption\">Who reacted and how: 16 actors, 16 reactions</caption>"
        ),
        "caption"
    );
    let header = &html[html.find("<thead>").unwrap()..html.find("</thead>").unwrap()];
    let columns: Vec<&str> = header.matches("<th scope=\"col\"").collect();
    assert_eq!(columns.len(), 14, "actor column plus 13 response kinds");
    let concern = header.find(">Concern<").unwrap();
    let condemnation = header.find(">Condemnation<").unwrap();
    let sanctions = header.find(">Sanctions<").unwrap();
    assert!(concern < condemnation && condemnation < sanctions, "columns follow the ladder");
    for group in ["The attributing state", "Alliances and unions", "The accused state"] {
        assert!(
            html.contains(&format!("<th scope=\"rowgroup\" colspan=\"14\">{group}</th>")),
            "group {group}"
        );
    }
}

#[tokio::test]
async fn a_known_reaction_sits_in_its_row_and_columns() {
    let html = render_app("").await;
    let lipavsky = row(&html, "cz-lipavsky");
    assert!(lipavsky
        .contains("<th scope=\"row\" class=\"actor-col\"><span class=\"actor-name\">Jan Lipavský</span>"));
    assert_eq!(filled_columns(lipavsky), ["kind-condemnation", "kind-summons", "kind-attribution"]);
    assert!(lipavsky.contains("aria-label=\"Jan Lipavský: Summons, 28 May 2025\""));
    let embassy = row(&html, "cn-embassy-prague");
    assert_eq!(filled_columns(embassy), ["kind-denial", "kind-counter-accusation"]);
}

#[tokio::test]
async fn each_mark_links_to_a_detail_with_sources_that_open_safely() {
    let html = render_app("").await;
    let lipavsky = row(&html, "cz-lipavsky");
    let href = lipavsky.split("href=\"#").nth(1).unwrap().split('"').next().unwrap();
    let detail_start = html.find(&format!("<li id=\"{href}\"")).expect("the mark's target exists");
    let detail = &html[detail_start..];
    let detail = &detail[..detail.find("</ul></li>").expect("a detail ends with its sources")];
    assert!(detail.contains("<h3>Jan Lipavský"));
    assert!(detail.contains("<time datetime=\"2025-05-28\">28 May 2025</time>"));
    assert!(detail.contains("<cite class=\"source\"><a href=\"https://"));
    let new_tabs = html.matches("target=\"_blank\"").count();
    assert!(new_tabs > 16, "every reaction cites a source");
    assert_eq!(html.matches("target=\"_blank\" rel=\"noopener noreferrer\"").count(), new_tabs);
}

#[tokio::test]
async fn czech_link_renders_in_czech_and_bad_parameters_leave_a_notice() {
    let html = render_app("?lang=cs&incident=nope").await;
    assert!(html.contains("lang=\"cs\""));
    assert!(html.contains("Kdo reagoval a jak: 16 aktérů, 16 reakcí"));
    assert!(html.contains("Jan Lipavský: Předvolání, 28. května 2025"));
    assert!(html.contains("role=\"status\""));
    assert!(html.contains("incident=„nope“"));
}

#[tokio::test]
async fn data_errors_render_as_a_readable_panel() {
    let props = ErrorPanelProps {
        lang: Default::default(),
        errors: vec!["broken.toml: [[actors]] #1 (x), field `id`: duplicate id `x`".into()],
    };
    let html = LocalServerRenderer::<ErrorPanel>::with_props(props).hydratable(false).render().await;
    assert!(html.contains("role=\"alert\""));
    assert!(html.contains("<code>broken.toml: [[actors]] #1 (x), field `id`: duplicate id `x`</code>"));
}
