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
fn check_piped_to_a_reader_that_stops_reading_ends_as_usual() {
    use std::process::Stdio;
    let file = broken_file("pipe");
    let mut child = Command::new(env!("CARGO_BIN_EXE_demarche"))
        .args(["check", &file])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    // As `| head -0` does: the pipe is closed before the first error is printed.
    drop(child.stdout.take());
    let output = child.wait_with_output().unwrap();
    assert_eq!(output.status.code(), Some(1), "{}", String::from_utf8_lossy(&output.stderr));
    assert!(String::from_utf8(output.stderr).unwrap().contains("3 errors in 1 file"));
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
fn check_accepts_an_english_only_file_and_notes_once_what_czech_readers_see() {
    let file = folder("english-only").join("english.toml");
    let english: Vec<&str> = MINIMAL.lines().filter(|line| !line.contains(".cs = ")).collect();
    std::fs::write(&file, english.join("\n")).unwrap();
    let output = demarche(&["check", file.to_str().unwrap()]);
    assert_eq!((output.status.code(), output.stdout.len()), (Some(0), 0), "no error");
    let said = String::from_utf8(output.stderr).unwrap();
    assert_eq!(said.matches("note:").count(), 1, "{said}");
    assert!(
        said.contains("note: incident `minimal`: 12 texts in English only (no `cs`); the Czech view shows them in English"),
        "{said}"
    );
    assert!(said.contains("1 file: no errors"), "{said}");
    let bilingual = demarche(&["check", "tests/fixtures/minimal.toml"]);
    assert!(!String::from_utf8(bilingual.stderr).unwrap().contains("note:"));
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

#[test]
fn pack_makes_a_set_of_a_folder_or_of_several_files_and_refuses_an_empty_folder() {
    let folder = std::env::temp_dir().join(format!("demarche-pack-set-{}", std::process::id()));
    std::fs::create_dir_all(folder.join("empty")).unwrap();
    std::fs::write(folder.join("minimal.toml"), MINIMAL).unwrap();
    std::fs::write(
        folder.join("later.toml"),
        MINIMAL.replacen("id = \"minimal\"", "id = \"later\"", 1).replacen(
            "made_public = \"2025-05-28\"",
            "made_public = \"2026-01-02\"",
            1,
        ),
    )
    .unwrap();
    let out = folder.join("set.bin").display().to_string();
    let from_folder = demarche(&["pack", &folder.display().to_string(), "-o", &out]);
    assert_eq!(from_folder.status.code(), Some(0), "{}", String::from_utf8_lossy(&from_folder.stderr));
    let set = demarche::packed::unpack_own(&std::fs::read(&out).unwrap()).unwrap();
    let ids: Vec<&str> = set.iter().map(|incident| incident.id()).collect();
    assert_eq!(ids, ["later", "minimal"], "newest first");
    let files =
        [folder.join("minimal.toml"), folder.join("later.toml")].map(|file| file.display().to_string());
    let from_files = demarche(&["pack", "-o", &out, &files[0], &files[1]]);
    assert_eq!(from_files.status.code(), Some(0));
    assert_eq!(demarche::packed::unpack_own(&std::fs::read(&out).unwrap()).unwrap(), set);
    let empty = demarche(&["pack", &folder.join("empty").display().to_string(), "-o", &out]);
    assert_eq!(empty.status.code(), Some(1));
    assert!(String::from_utf8(empty.stdout).unwrap().contains("empty: the folder: no incident files"));
    let twice = demarche(&["pack", &folder.display().to_string(), &files[0], "-o", &out]);
    assert!(String::from_utf8(twice.stdout)
        .unwrap()
        .contains("another file already has the incident id `minimal`"));
}

/// The fourteen mistakes of six kinds, spread over one file, each marked
/// `# mistake:` on the line that must be named.
const FOURTEEN: &str = "tests/fixtures/broken/fourteen-mistakes.toml";

/// Words of the TOML reader and of serde that mean nothing to the person who wrote the file.
const PARSER_WORDS: [&str; 9] = [
    "invalid type",
    "expected a",
    "sequence",
    "map,",
    "expected newline",
    "string values must be quoted",
    "literal string",
    "unexpected key or value",
    "invalid basic string",
];

#[test]
fn one_run_of_check_names_all_fourteen_mistakes_with_their_lines_and_fixes() {
    let output = demarche(&["check", "--json", FOURTEEN]);
    assert_eq!(output.status.code(), Some(1));
    let errors: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let errors = errors.as_array().unwrap();
    let text = std::fs::read_to_string(FOURTEEN).unwrap();
    let marked: Vec<u64> = (1..)
        .zip(text.lines())
        .filter(|(_, line)| line.contains("# mistake:") && !line.starts_with('#'))
        .map(|(number, _)| number)
        .collect();
    assert_eq!(marked.len(), 14, "the fixture marks fourteen mistakes");
    let lines: Vec<u64> = errors.iter().map(|error| error["line"].as_u64().unwrap()).collect();
    assert_eq!(lines, marked, "{errors:#?}");
    for error in errors {
        let hint = error["hint"].as_str().unwrap_or_default();
        assert!(!hint.is_empty(), "no fix given: {error:#}");
        let said = format!("{} {hint}", error["message"].as_str().unwrap()).to_lowercase();
        assert!(!PARSER_WORDS.iter().any(|words| said.contains(words)), "parser words: {said}");
    }
    let said = |line: u64| {
        let error = errors.iter().find(|error| error["line"] == line).unwrap();
        format!("{}; {}", error["message"].as_str().unwrap(), error["hint"].as_str().unwrap())
    };
    assert!(
        said(marked[0]).contains("put it in quotes: made_public = \"2025-05-28\""),
        "{}",
        said(marked[0])
    );
    assert!(said(marked[1]).contains("use straight quotes: title.en = \"Fourteen mistakes\""));
    assert!(said(marked[2]).contains("url = \"https://example.org/statement\""));
    let printed = String::from_utf8(demarche(&["check", FOURTEEN]).stdout).unwrap();
    assert_eq!(printed.lines().count(), 14, "the same list, as text: {printed}");
    assert!(printed.contains("fourteen-mistakes.toml:8:15: [incident], field `made_public`"), "{printed}");
}

/// A fresh folder for a test's files.
fn folder(name: &str) -> std::path::PathBuf {
    let folder = std::env::temp_dir().join(format!("demarche-cli-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&folder);
    std::fs::create_dir_all(&folder).unwrap();
    folder
}

/// A value for each field of the skeleton, as an author would fill it in.
fn filled_in(skeleton: &str) -> String {
    let mut table = String::new();
    let mut lines = Vec::new();
    for line in skeleton.lines() {
        if line.starts_with('[') {
            table = line.trim_matches(['[', ']']).to_string();
        }
        let Some((key, "\"\"" | "[]")) = line.split_once(" = ") else {
            lines.push(line.to_string());
            continue;
        };
        let value = match (table.as_str(), key) {
            ("sources", "id") => "\"statement\"",
            ("actors", "id") | (_, "actor") => "\"cz-government\"",
            (_, "id") => "\"filled-in\"",
            (_, "sources") => "[\"statement\"]",
            (_, "responses") => "[\"condemnation\"]",
            (_, "made_public" | "from" | "date") => "\"2025-05-28\"",
            (_, "read") => "\"2026-11-28\"",
            (_, "url") => "\"https://example.org/statement\"",
            ("sources", "kind") => "\"original\"",
            ("actors", "kind") => "\"government\"",
            (_, "lang") => "\"en\"",
            (_, "state") => "\"CN\"",
            (_, "country") => "\"CZ\"",
            (_, key) if key.ends_with(".cs") => "\"Vyplněno.\"",
            _ => "\"Filled in.\"",
        };
        lines.push(format!("{key} = {value}"));
    }
    lines.join("\n")
}

#[test]
fn new_writes_a_skeleton_to_fill_in_and_its_schema_and_never_overwrites() {
    let folder = folder("new");
    let file = folder.join("mine.toml").display().to_string();
    let output = demarche(&["new", &file]);
    assert_eq!(output.status.code(), Some(0), "{}", String::from_utf8_lossy(&output.stderr));
    let skeleton = std::fs::read_to_string(&file).unwrap();
    assert!(skeleton.starts_with("#:schema ./incident.schema.json\n"));
    assert!(toml::de::DeTable::parse(&skeleton).is_ok(), "the skeleton is TOML");
    let schema = std::fs::read_to_string(folder.join("incident.schema.json")).unwrap();
    assert_eq!(schema, demarche::schema::incident_schema());

    let checked = demarche(&["check", "--json", &file]);
    let errors: serde_json::Value = serde_json::from_slice(&checked.stdout).unwrap();
    let errors = errors.as_array().unwrap();
    assert!(errors.len() > 20, "{errors:#?}");
    for error in errors {
        assert!(error["message"].as_str().unwrap().ends_with("is not filled in"), "{error:#}");
        assert!(error["line"].is_u64() && error["hint"].is_string(), "{error:#}");
    }

    std::fs::write(&file, "# mine\n").unwrap();
    let again = demarche(&["new", &file]);
    assert_eq!(again.status.code(), Some(1));
    assert!(String::from_utf8(again.stderr).unwrap().contains("already exists; not overwritten"));
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "# mine\n", "the author's file is kept");

    std::fs::write(&file, filled_in(&skeleton)).unwrap();
    let filled = demarche(&["check", &file]);
    assert_eq!(
        (filled.status.code(), String::from_utf8(filled.stdout).unwrap()),
        (Some(0), String::new()),
        "the skeleton, filled in, is a valid incident file"
    );
}
