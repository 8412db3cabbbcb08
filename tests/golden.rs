//! Golden tests: the map's SVG and the matrix's table, rendered without a browser and compared
//! with files under `tests/golden/`. One element per line, so a diff points at the change and
//! nothing but the markup itself can make them fail. After an intended change, run
//! `UPDATE_GOLDEN=1 cargo test --test golden` and review the diff before committing it.

mod support;

use std::path::PathBuf;

async fn render_app(query: &str) -> String {
    support::render(query).await
}

fn cut<'a>(html: &'a str, open: &str, close: &str) -> &'a str {
    let start = html.find(open).unwrap_or_else(|| panic!("no {open}"));
    &html[start..start + html[start..].find(close).unwrap() + close.len()]
}

/// One tag per line: the renderer writes none of its own line breaks.
fn normalise(markup: &str) -> String {
    markup.replace("><", ">\n<") + "\n"
}

fn check(name: &str, actual: &str) {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/golden").join(name);
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_default();
    if let Some((line, (want, got))) =
        expected.lines().zip(actual.lines()).enumerate().find(|(_, (want, got))| want != got)
    {
        panic!("{name} differs at line {}:\n  golden: {want}\n  now:    {got}", line + 1);
    }
    assert_eq!(expected.lines().count(), actual.lines().count(), "{name} has a different number of lines");
}

#[tokio::test]
async fn the_default_map_of_europe() {
    let html = render_app("").await;
    check("map-europe.svg", &normalise(cut(&html, "<svg", "</svg>")));
}

#[tokio::test]
async fn the_world_map_with_a_selection() {
    let html = render_app("?map=world&country=US").await;
    check("map-world-us.svg", &normalise(cut(&html, "<svg", "</svg>")));
}

#[tokio::test]
async fn the_matrix_sorted_by_strength_in_czech() {
    let html = render_app("?lang=cs&sort=strength").await;
    check("matrix-cs-strength.html", &normalise(cut(&html, "<table", "</table>")));
}
