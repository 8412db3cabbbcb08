//! Checks every incident file in `seeds/` and embeds them in the widget.
//!
//! A bad file fails the build with errors that name the file, the record and the field. Good
//! files are encoded with postcard, so the widget decodes compact bytes instead of carrying a
//! TOML parser and a validator. The model and the loader are the crate's own source files,
//! compiled here too, so the checks cannot drift from the tests.

use std::{env, fs, path::Path};

// Only part of the model serves the build; the rest serves the widget.
#[allow(dead_code, unused_imports)]
#[path = "src"]
mod shared {
    pub mod geography;
    pub mod load;
    pub mod model;
}

use shared::{geography, load, model};

fn main() {
    let manifest = env::var("CARGO_MANIFEST_DIR").unwrap();
    let out = Path::new(&env::var("OUT_DIR").unwrap()).to_path_buf();
    let seeds = Path::new(&manifest).join("seeds");
    println!("cargo:rerun-if-changed=seeds");
    println!("cargo:rerun-if-changed=src/model");
    println!("cargo:rerun-if-changed=src/load");
    println!("cargo:rerun-if-changed=src/geography");
    println!("cargo:rerun-if-changed=src/geography.rs");

    let mut paths = incident_files(&seeds);
    // `make bench` adds a generated incident 100 times the seed's size from outside the tree;
    // the widget itself is never built with it.
    println!("cargo:rerun-if-env-changed=DEMARCHE_EXTRA_SEEDS");
    if let Ok(extra) = env::var("DEMARCHE_EXTRA_SEEDS") {
        println!("cargo:rerun-if-changed={extra}");
        paths.extend(incident_files(Path::new(&extra)));
    }
    let files: Vec<(String, String)> = paths
        .iter()
        .map(|path| {
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            (name, fs::read_to_string(path).expect("an incident file is UTF-8 text"))
        })
        .collect();
    let pairs: Vec<(&str, &str)> = files.iter().map(|(name, text)| (name.as_str(), text.as_str())).collect();

    let incidents = load::parse_incidents(&pairs).unwrap_or_else(|errors| {
        eprintln!("The incident files in seeds/ have errors:");
        for error in errors {
            eprintln!("  seeds/{error}");
        }
        std::process::exit(1)
    });
    let encoded: Vec<u8> = postcard::to_allocvec(&incidents).expect("incidents encode");
    fs::write(out.join("incidents.postcard"), encoded).unwrap();
    fs::write(out.join("seed_files.rs"), seed_files_source(&paths)).unwrap();
}

/// The `.toml` files of a folder, in name order.
fn incident_files(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut paths: Vec<_> = fs::read_dir(dir)
        .unwrap_or_else(|error| panic!("{} holds the incident files: {error}", dir.display()))
        .map(|entry| entry.expect("the seeds folder is readable").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "toml"))
        .collect();
    paths.sort();
    paths
}

/// The raw files too, for the tests that compare them with what was embedded.
fn seed_files_source(paths: &[std::path::PathBuf]) -> String {
    let entries: String = paths
        .iter()
        .map(|path| {
            let name = path.file_name().unwrap().to_string_lossy();
            format!("    ({name:?}, include_str!({:?})),\n", path.display().to_string())
        })
        .collect();
    format!("/// Every `seeds/*.toml`: (file name, text).\npub const SEED_FILES: &[(&str, &str)] = &[\n{entries}];\n")
}
