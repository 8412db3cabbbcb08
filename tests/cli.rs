//! `demarche check` and `demarche pack`, run as a person would run them.

use std::process::{Command, Output};

const MINIMAL: &str = include_str!("fixtures/minimal.toml");

fn demarche(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_demarche")).args(args).output().expect("the binary runs")
}

/// A copy of the fixture with three mistakes, in a fresh folder.
fn broken_file(name: &str) -> String {
    let folder = std::env::temp_dir().join(format!("demarche-cli-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&folder).unwrap();
    let text = MINIMAL
        .replacen("actor = \"eu\"", "actor = \"nato\"", 1)
        .replacen("country = \"CN\"", "country = \"QQ\"", 1)
        .replacen(
            "summary.cs = \"Popřelo.\"\nsources = [\"statement\"]",
            "summary.cs = \"Popřelo.\"\nsources = [\"tweet\"]",
            1,
        );
    let path = folder.join("broken.toml");
    std::fs::write(&path, text).unwrap();
    path.display().to_string()
}

#[test]
fn check_prints_every_error_with_its_line_and_fails() {
    let file = broken_file("check");
    let output = demarche(&["check", &file, "tests/fixtures/minimal.toml"]);
    assert_eq!(output.status.code(), Some(1));
    let printed = String::from_utf8(output.stdout).unwrap();
    let lines: Vec<&str> = printed.lines().collect();
    assert_eq!(lines.len(), 3, "{printed}");
    assert!(
        lines[0].starts_with(&format!("{file}:72:11: [[actors]] #3 (cn-embassy), field `country`")),
        "{printed}"
    );
    assert!(lines
        .iter()
        .any(|line| line.contains(":87: [[reactions]] #2 (actor nato") && line.contains("field `actor`")));
    assert!(lines
        .iter()
        .any(|line| line.contains(":100: [[reactions]] #3") && line.contains("unknown source `tweet`")));
    assert!(String::from_utf8(output.stderr).unwrap().contains("3 errors in 2 files"));
}

#[test]
fn check_json_is_machine_readable() {
    let file = broken_file("json");
    let output = demarche(&["check", "--json", &file]);
    assert_eq!(output.status.code(), Some(1));
    let errors: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let first = &errors[0];
    assert_eq!((first["line"].as_u64(), first["field"].as_str()), (Some(72), Some("country")));
    assert_eq!(first["file"], file.as_str());
    assert_eq!(errors.as_array().unwrap().len(), 3);
}

#[test]
fn check_passes_good_files_and_refuses_misuse() {
    let output = demarche(&["check", "tests/fixtures/minimal.toml"]);
    assert_eq!((output.status.code(), output.stdout.len()), (Some(0), 0));
    assert_eq!(demarche(&["check"]).status.code(), Some(2));
    assert_eq!(demarche(&["frobnicate"]).status.code(), Some(2));
    let missing = demarche(&["check", "no/such.toml"]);
    assert_eq!(missing.status.code(), Some(1));
    assert!(String::from_utf8(missing.stdout).unwrap().contains("no/such.toml: the file: cannot be read"));
}

#[test]
fn pack_writes_what_the_widget_reads_and_refuses_a_broken_file() {
    let out = std::env::temp_dir().join(format!("demarche-pack-{}.bin", std::process::id()));
    let out = out.display().to_string();
    let output = demarche(&["pack", "tests/fixtures/minimal.toml", "-o", &out]);
    assert_eq!(output.status.code(), Some(0), "{}", String::from_utf8_lossy(&output.stderr));
    let incident: demarche::model::Incident =
        demarche::packed::unpack(&std::fs::read(&out).unwrap()).unwrap();
    assert_eq!(incident.id(), "minimal");
    assert!(demarche::load::check(&out, &incident).is_empty());
    let refused = demarche(&["pack", &broken_file("pack"), "-o", &out]);
    assert_eq!(refused.status.code(), Some(1));
}
