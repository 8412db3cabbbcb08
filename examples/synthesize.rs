//! Writes a synthetic benchmark incident: `cargo run --example synthesize -- <scale> <out-dir>`.

use std::{env, fs, path::Path, process};

use demarche::load::parse_incident;
use demarche::synthetic::incident_toml;

fn main() {
    let args: Vec<String> = env::args().skip(1).collect();
    let (Some(scale), Some(out)) = (args.first().and_then(|scale| scale.parse::<u32>().ok()), args.get(1))
    else {
        eprintln!("usage: synthesize <scale, from 1> <out-dir>");
        process::exit(2)
    };
    let name = format!("synthetic-{scale}x.toml");
    let text = incident_toml(scale);
    // Read back through the loader, so a file that would fail the build is never written.
    let incident = parse_incident(&name, &text).unwrap_or_else(|errors| {
        errors.iter().for_each(|error| eprintln!("{error}"));
        process::exit(1)
    });
    let path = Path::new(out).join(&name);
    fs::create_dir_all(out).and_then(|()| fs::write(&path, &text)).unwrap_or_else(|error| {
        eprintln!("{}: {error}", path.display());
        process::exit(1)
    });
    println!(
        "{}: {} actors, {} reactions, {} sources, {} bytes",
        path.display(),
        incident.actors.len(),
        incident.reactions.len(),
        incident.sources.len(),
        text.len()
    );
}
