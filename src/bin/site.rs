//! Completes a build: checks every incident file, writes the data files the widget fetches
//! (`data/`) and the whole dataset beside them (`data/all.csv`, `data/all.json`, and in Czech),
//! and writes the first screen into the page in each language (`index.html`,
//! `cs.html`, and the compact `embed.html`, `embed-cs.html`), with the files that screen needs
//! announced to the browser up front.
//!
//! `site [--seeds DIR]... [--query QUERY] [--refuse-own-data] [DIST]` — Trunk runs it after each
//! build (Trunk.toml's hook; DIST is then `TRUNK_STAGING_DIR`). The seed folder is `seeds/`, or
//! `DEMARCHE_SEEDS`; `DEMARCHE_EXTRA_SEEDS` adds one. `--refuse-own-data` (or
//! `DEMARCHE_OWN_DATA=off`) writes into every page the `<meta>` that stops the widget opening
//! readers' own files (`?data=`). Running it again on a built folder redoes its own work, so a
//! benchmark or a test can remake a copy of `dist/` with other incidents without Trunk.

use std::path::{Path, PathBuf};
use std::rc::Rc;
use std::{env, fs, process};

use demarche::bundle::{bundle, read_seeds, Bundle};
use demarche::catalogue::{dataset_file, DATA_FOLDER as DATA};
use demarche::dataset::Dataset;
use demarche::i18n::{strings, without_script};
use demarche::model::{Incident, Lang};
use demarche::packed::hashed_name;
use demarche::session::Resource;
use demarche::view::{crash_panels, Explorer, ExplorerProps, CRASH_TEMPLATE_ID, HOST_CLASS};
use demarche::view_query::{ViewQuery, Wanted};
use yew::LocalServerRenderer;

/// The pages the build writes, each with its first screen: in each language, in full and as
/// the compact view an article embeds (so an embed paints compact from the start).
const PAGES: [(Lang, &str, &str); 4] = [
    (Lang::En, "index.html", ""),
    (Lang::Cs, "cs.html", ""),
    (Lang::En, "embed.html", "embed=compact"),
    (Lang::Cs, "embed-cs.html", "embed=compact"),
];

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let options = Options::from_args();
    let incidents = read_seeds(&options.seeds).unwrap_or_else(|errors| {
        eprintln!("The incident files have errors:");
        errors.iter().for_each(|error| eprintln!("  {error}"));
        process::exit(1)
    });
    let bundle = bundle(&incidents);
    write_data(&options.dist, &bundle);
    write_dataset(&options.dist, &bundle, &incidents);
    // Beside the widget, so an incident file anywhere can name it in its `#:schema` line.
    fs::write(options.dist.join("incident.schema.json"), demarche::schema::incident_schema())
        .unwrap_or_else(|error| fail(&format!("incident.schema.json: {error}")));
    let template = fs::read_to_string(options.dist.join("index.html"))
        .unwrap_or_else(|error| fail(&format!("{}/index.html: {error}", options.dist.display())));
    let template = loader_in_file(template, &options.dist);
    for (lang, page, presentation) in PAGES {
        let query: Vec<&str> = [options.query.trim_start_matches('?'), presentation]
            .into_iter()
            .filter(|part| !part.is_empty())
            .collect();
        let query = query.join("&");
        let screen = first_screen(&bundle, &incidents, &query, lang).await;
        let wanted = ViewQuery::wanted(&query, &bundle.catalogue, lang);
        let written = write_page(&template, &bundle, &screen, &wanted, presentation, options.refuse_own)
            .unwrap_or_else(|| fail("the page has no element with id=demarche followed by <noscript>"));
        fs::write(options.dist.join(page), written).unwrap_or_else(|error| fail(&format!("{page}: {error}")));
    }
}

struct Options {
    seeds: Vec<PathBuf>,
    query: String,
    refuse_own: bool,
    dist: PathBuf,
}

impl Options {
    fn from_args() -> Options {
        let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut seeds = Vec::new();
        let mut query = String::new();
        let mut refuse_own = env::var("DEMARCHE_OWN_DATA").is_ok_and(|value| value == "off");
        let mut dist = env::var_os("TRUNK_STAGING_DIR").map(PathBuf::from);
        let mut args = env::args().skip(1);
        while let Some(arg) = args.next() {
            match arg.as_str() {
                "--seeds" => seeds.push(PathBuf::from(args.next().unwrap_or_else(|| usage()))),
                "--query" => query = args.next().unwrap_or_else(|| usage()),
                "--refuse-own-data" => refuse_own = true,
                _ if !arg.starts_with('-') => dist = Some(PathBuf::from(arg)),
                _ => usage(),
            }
        }
        if seeds.is_empty() {
            seeds.push(env::var_os("DEMARCHE_SEEDS").map_or_else(|| repo.join("seeds"), PathBuf::from));
        }
        seeds.extend(env::var_os("DEMARCHE_EXTRA_SEEDS").map(PathBuf::from));
        Options { seeds, query, refuse_own, dist: dist.unwrap_or_else(|| usage()) }
    }
}

/// Replaces the build's data folder with this bundle's files.
fn write_data(dist: &Path, bundle: &Bundle) {
    let folder = dist.join(DATA);
    if folder.exists() {
        fs::remove_dir_all(&folder).unwrap_or_else(|error| fail(&format!("{}: {error}", folder.display())));
    }
    fs::create_dir_all(&folder).unwrap_or_else(|error| fail(&format!("{}: {error}", folder.display())));
    for (name, bytes) in &bundle.files {
        fs::write(folder.join(name), bytes).unwrap_or_else(|error| fail(&format!("{name}: {error}")));
    }
}

/// The whole dataset beside the data files, in each language, as CSV and JSON: what the
/// comparison links to. Not content-named, so that a link to it stays the same; a host should
/// revalidate them like the pages.
fn write_dataset(dist: &Path, bundle: &Bundle, incidents: &[Incident]) {
    for lang in Lang::ALL {
        let Some(dataset) = Dataset::of(incidents, &bundle.catalogue, lang) else { return };
        for (extension, text) in [("csv", dataset.csv()), ("json", dataset.json())] {
            let name = dataset_file(lang, extension);
            fs::write(dist.join(DATA).join(&name), text)
                .unwrap_or_else(|error| fail(&format!("{name}: {error}")));
        }
    }
}

/// The first screen of the view `query` asks for, in `lang` unless the query names another.
async fn first_screen(bundle: &Bundle, incidents: &[Incident], query: &str, lang: Lang) -> String {
    let catalogue = Rc::new(bundle.catalogue.clone());
    let props =
        ExplorerProps { first_screen: true, ..ExplorerProps::loaded(catalogue, incidents, query, lang) };
    let html = LocalServerRenderer::<Explorer>::with_props(props).hydratable(false).render().await;
    format!("<div class=\"{HOST_CLASS}\">{html}</div>")
}

/// The page with the screen in its root, the root naming the catalogue, the page's language and
/// the view it presents before any parameter of the link (`embed=compact` for the embed pages,
/// so they stay compact once the widget starts), a preload for each data file the first
/// screen needs, and, for a host that refuses readers' own files, the `<meta>` that says so.
/// `None` when the page has no root.
fn write_page(
    template: &str,
    bundle: &Bundle,
    screen: &str,
    wanted: &Wanted,
    presentation: &str,
    refuse_own: bool,
) -> Option<String> {
    let lang = wanted.lang;
    // In the body: the head's ids (the parts' stylesheet, `demarche-parts`) share the prefix.
    let body = template.find("<body")?;
    let root_at =
        body + template[body..].find("id=demarche").or_else(|| template[body..].find("id=\"demarche\""))?;
    let open = template[..root_at].rfind('<')?;
    let open_end = root_at + template[root_at..].find('>')? + 1;
    let content_end = open_end + template[open_end..].find("<noscript")?;
    let catalogue = format!("{DATA}/{}", bundle.catalogue_file);
    let root = format!(
        r#"<div id="demarche" class="demarche" data-catalogue="{catalogue}" data-lang="{}" data-query="{presentation}">"#,
        lang.tag()
    );
    let page =
        without_earlier_writing(&[&template[..open], &root, screen, &template[content_end..]].concat());
    let mut preloads: String = preloaded(bundle, &catalogue, wanted)
        .iter()
        .map(|(resource, file)| {
            let token = resource.token();
            format!(r#"<link rel="preload" href="{file}" as="fetch" crossorigin data-demarche="{token}">"#)
        })
        .collect();
    if refuse_own {
        preloads.push_str(REFUSE_OWN);
    }
    let head_end = page.find("</head>")?;
    let body_end = page.rfind("</body>")?;
    let page = [&page[..head_end], &preloads, &page[head_end..body_end], &crash_panels(), &page[body_end..]]
        .concat();
    Some(in_language(page, lang))
}

/// The data files of the page's first view, each with the resource it is: they download beside
/// the wasm, not after it, and the widget fetches them all at once.
fn preloaded(bundle: &Bundle, catalogue: &str, wanted: &Wanted) -> Vec<(Resource, String)> {
    let list = &bundle.catalogue;
    let resources = [
        Resource::Incident(wanted.incident.clone(), wanted.lang),
        Resource::Map(wanted.extent),
        Resource::Names(wanted.lang),
    ];
    let files = resources.into_iter().filter_map(|resource| {
        Some(format!("{DATA}/{}", resource.url("", Some(list))?)).map(|file| (resource, file))
    });
    std::iter::once((Resource::Catalogue, catalogue.to_string())).chain(files).collect()
}

/// What a host writes (or the build, asked to) to stop the widget opening readers' own files;
/// the widget looks for it (src/bin/demarche/widget.rs).
const REFUSE_OWN: &str = r#"<meta name="demarche-data" content="off">"#;

/// The page without the preloads, the refusal of own files and the crash panels an earlier run
/// wrote.
fn without_earlier_writing(page: &str) -> String {
    let mut page = page.replace(REFUSE_OWN, "");
    let crash = format!(r#"<template id="{CRASH_TEMPLATE_ID}">"#);
    if let Some(start) = page.find(&crash) {
        let length = page[start..].find("</template>").map_or(0, |end| end + "</template>".len());
        page.replace_range(start..start + length, "");
    }
    let mut out = String::with_capacity(page.len());
    let mut rest = page.as_str();
    while let Some(at) = rest.find("<link rel=\"preload\"") {
        let end = at + rest[at..].find('>').map_or(rest.len() - at, |end| end + 1);
        out.push_str(&rest[..at]);
        if !rest[at..end].contains("data-demarche") {
            out.push_str(&rest[at..end]);
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

/// Trunk writes its loader into the page; a strict Content-Security-Policy (`script-src 'self'`)
/// refuses inline scripts, so the loader moves into a file of its own beside the page. A page
/// whose loader is already a file is returned as it is.
fn loader_in_file(page: String, dist: &Path) -> String {
    let found = ["<script type=module>", "<script type=\"module\">"]
        .iter()
        .find_map(|tag| page.find(tag).map(|at| (at, at + tag.len())));
    let Some((open, start)) = found else { return page };
    let Some(end) = page[start..].find("</script>").map(|length| start + length) else { return page };
    let loader = &page[start..end];
    let name = hashed_name("demarche-loader", "js", loader.as_bytes());
    fs::write(dist.join(&name), loader).unwrap_or_else(|error| fail(&format!("{name}: {error}")));
    let script = format!(r#"<script type="module" src="./{name}"></script>"#);
    [&page[..open], &script, &page[end + "</script>".len()..]].concat()
}

/// The page's own language in its `<html lang>` and its description.
fn in_language(mut page: String, lang: Lang) -> String {
    for spelling in ["<html lang=en>", "<html lang=\"en\">"] {
        page = page.replacen(spelling, &format!("<html lang=\"{}\">", lang.tag()), 1);
    }
    let description = ["name=description content=\"", "name=\"description\" content=\""]
        .iter()
        .find_map(|start| page.find(start).map(|at| at + start.len()));
    if let Some(value) = description {
        let end = value + page[value..].find('"').unwrap_or(0);
        let words = strings(lang);
        page.replace_range(value..end, &format!("{}: {}.", words.app_name, words.tagline));
    }
    if let (Some(start), Some(end)) = (page.find("<noscript>"), page.find("</noscript>")) {
        page.replace_range(start + "<noscript>".len()..end, &format!("<p>{}</p>", without_script(lang)));
    }
    page
}

fn usage() -> ! {
    fail("usage: site [--seeds DIR]... [--query QUERY] [--refuse-own-data] [DIST] (or TRUNK_STAGING_DIR)")
}

fn fail(message: &str) -> ! {
    eprintln!("site: {message}");
    process::exit(1)
}
