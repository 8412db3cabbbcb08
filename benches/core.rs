//! Timings of the pure core on synthetic incidents 1, 10, 100 and 1000 times the Czech seed
//! (src/synthetic.rs): `cargo bench --bench core`. Each incident is made and loaded before the
//! timed part, so only the step named is measured.

use demarche::filter::{BlocScope, Filter};
use demarche::load::parse_incidents;
use demarche::matrix::{ReactionMatrix, RowOrder};
use demarche::model::{Incident, Lang, ResponseKind};
use demarche::synthetic::incident_toml;
use divan::{black_box, Bencher};

const SCALES: [u32; 4] = [1, 10, 100, 1000];

fn main() {
    divan::main();
}

fn incident(scale: u32) -> Incident {
    let name = format!("synthetic-{scale}x.toml");
    let mut incidents =
        parse_incidents(&[(&name, &incident_toml(scale))]).expect("a synthetic incident loads");
    incidents.remove(0)
}

/// What a reader might narrow a large incident to: no mere concern, the EU's members and
/// bodies, and a search.
fn narrowed() -> Filter {
    Filter {
        responses: ResponseKind::ALL.into_iter().filter(|&kind| kind != ResponseKind::Concern).collect(),
        bloc: BlocScope::In("EU".into()),
        text: "embassy".into(),
        ..Filter::default()
    }
}

/// What build.rs does with each file: parse the TOML and check every reference.
#[divan::bench(args = SCALES)]
fn validate(bencher: Bencher, scale: u32) {
    let name = format!("synthetic-{scale}x.toml");
    let text = incident_toml(scale);
    bencher.bench(|| parse_incidents(&[(black_box(&name), black_box(&text))]));
}

/// The shown reactions, which every view and count starts from.
mod filter {
    use super::*;

    #[divan::bench(args = SCALES)]
    fn default(bencher: Bencher, scale: u32) {
        let incident = incident(scale);
        let filter = Filter::default();
        bencher.bench(|| black_box(&filter).reactions(black_box(&incident)).count());
    }

    #[divan::bench(args = SCALES)]
    fn narrowed(bencher: Bencher, scale: u32) {
        let incident = incident(scale);
        let filter = super::narrowed();
        bencher.bench(|| black_box(&filter).reactions(black_box(&incident)).count());
    }
}

/// The table, sorted by strength as a reader comparing responses would.
#[divan::bench(args = SCALES)]
fn matrix(bencher: Bencher, scale: u32) {
    let incident = incident(scale);
    let filter = Filter::default();
    bencher.bench(|| ReactionMatrix::build(black_box(&incident), &filter, RowOrder::Strength, Lang::En));
}

/// Each state's place on the map.
mod standings {
    use super::*;
    use demarche::standing::standings;

    #[divan::bench(args = SCALES)]
    fn default(bencher: Bencher, scale: u32) {
        let incident = incident(scale);
        let filter = Filter::default();
        bencher.bench(|| standings(black_box(&incident), black_box(&filter)));
    }

    #[divan::bench(args = SCALES)]
    fn narrowed(bencher: Bencher, scale: u32) {
        let incident = incident(scale);
        let filter = super::narrowed();
        bencher.bench(|| standings(black_box(&incident), black_box(&filter)));
    }
}

/// The timeline's rows and days, from the matrix a view has already built.
#[divan::bench(args = SCALES)]
fn timeline(bencher: Bencher, scale: u32) {
    use demarche::timeline::Timeline;
    let incident = incident(scale);
    let filter = Filter::default();
    let matrix = ReactionMatrix::build(&incident, &filter, RowOrder::Date, Lang::En);
    bencher.bench(|| Timeline::of(black_box(&incident), &filter, black_box(&matrix)));
}

/// Four incidents of the scale side by side, with their summary lines: what the comparison
/// redraws on each filter click.
#[divan::bench(args = SCALES)]
fn comparison(bencher: Bencher, scale: u32) {
    use demarche::comparison::{summarise, CompareOrder, Comparison};
    use demarche::model::CountryNames;
    let incident = incident(scale);
    let incidents = [&incident, &incident, &incident, &incident];
    let names = CountryNames::iso(Lang::En);
    let filter = Filter::default();
    bencher.bench(|| {
        let comparison =
            Comparison::build(black_box(&incidents), &filter, CompareOrder::Strength, &names, Lang::En);
        summarise(&comparison, &incidents)
    });
}

/// As many incidents of the scale as the seeds hold: "every incident at 100× the seeds' size"
/// (issue 22), each with its own id so that the comparison gives each its column.
const SEED_INCIDENTS: usize = 10;

fn every_incident(scale: u32) -> Vec<Incident> {
    (0..SEED_INCIDENTS)
        .map(|number| {
            let mut copy = incident(scale);
            copy.facts.id = format!("synthetic-{scale}x-{number}");
            copy
        })
        .collect()
}

/// What a click in the comparison of every incident derives: the incidents a choice keeps
/// (here all of them: the state held responsible is every copy's), the comparison sorted by
/// speed, its summary lines and the words of every row and cell.
#[divan::bench(args = [1, 10, 100])]
fn comparison_of_every_incident(bencher: Bencher, scale: u32) {
    use demarche::comparison::{CompareFilter, CompareOrder, Comparison};
    use demarche::model::{CountryCode, CountryNames};
    use demarche::view_model::ComparisonView;
    let incidents = every_incident(scale);
    let all: Vec<&Incident> = incidents.iter().collect();
    let names = CountryNames::iso(Lang::En);
    let filter = Filter::default();
    let chosen = CompareFilter { accused: CountryCode::parse("CN").ok(), ..CompareFilter::default() };
    bencher.bench_local(|| {
        let list = black_box(&chosen).keep(black_box(&all));
        let comparison = Comparison::build(&list, &filter, CompareOrder::Speed, &names, Lang::En);
        ComparisonView::derive(&list, &comparison, &filter, &names)
    });
}

/// What opening a responder's profile from that comparison derives: a state that answers in
/// every copy, each of its reactions in full.
#[divan::bench(args = [1, 10, 100])]
fn profile_of_a_responder(bencher: Bencher, scale: u32) {
    use demarche::comparison::{CompareFilter, Responder};
    use demarche::model::{CountryCode, CountryNames};
    use demarche::view_model::ProfileView;
    let incidents = every_incident(scale);
    let all: Vec<&Incident> = incidents.iter().collect();
    let names = CountryNames::iso(Lang::En);
    let filter = Filter::default();
    let germany = Responder::State(CountryCode::parse("DE").unwrap());
    bencher.bench_local(|| {
        ProfileView::of_compared(black_box(&all), &CompareFilter::default(), &germany, &filter, &names)
    });
}

/// What a filter click derives beside the matrix and the standings: the words of every row and
/// cell, and of every state on the map (its lines for a screen reader, its place).
mod view_models {
    use super::*;
    use demarche::derived::Counts;
    use demarche::geography::Frame;
    use demarche::model::{CountryNames, MapExtent};
    use demarche::standing::standings;
    use demarche::view_model::{MapView, MatrixView};

    #[divan::bench(args = SCALES)]
    fn matrix(bencher: Bencher, scale: u32) {
        let incident = incident(scale);
        let matrix = ReactionMatrix::build(&incident, &Filter::default(), RowOrder::Strength, Lang::En);
        bencher.bench_local(|| {
            MatrixView::derive(black_box(&incident), black_box(&matrix), Counts::default(), Lang::Cs)
        });
    }

    #[divan::bench(args = SCALES)]
    fn map(bencher: Bencher, scale: u32) {
        let incident = incident(scale);
        let standings = standings(&incident, &Filter::default());
        let (names, frame) = (CountryNames::iso(Lang::En), Frame::generated(MapExtent::Europe));
        bencher.bench_local(|| {
            MapView::derive(black_box(&incident), &names, black_box(&standings), Some(&frame))
        });
    }
}
