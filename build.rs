//! Embeds every incident file in `seeds/` into the widget, so adding an incident is adding a file.

use std::{env, fs, path::Path};

fn main() {
    let seeds = Path::new(&env::var("CARGO_MANIFEST_DIR").unwrap()).join("seeds");
    println!("cargo:rerun-if-changed={}", seeds.display());
    let mut files: Vec<_> = fs::read_dir(&seeds)
        .expect("seeds/ holds the incident files")
        .map(|entry| entry.expect("seeds/ is readable").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "toml"))
        .collect();
    files.sort();
    let entries: String = files
        .iter()
        .map(|path| {
            let name = path.file_name().unwrap().to_string_lossy();
            format!("    ({name:?}, include_str!({:?})),\n", path.display().to_string())
        })
        .collect();
    let code = format!("/// Every `seeds/*.toml`: (file name, text).\npub const SEED_FILES: &[(&str, &str)] = &[\n{entries}];\n");
    fs::write(Path::new(&env::var("OUT_DIR").unwrap()).join("seed_files.rs"), code).unwrap();
}
