//! The command line: the checks the build runs, for a newsroom's or a researcher's own files.

use std::fs;
use std::io::Write;
use std::path::Path;

use demarche::bundle::toml_files;
use demarche::load::{parse_incidents, DataError};
use demarche::packed::pack;

const USAGE: &str = "\
usage: demarche new FILE                 start an incident file, with its schema beside it
       demarche check [--json] FILE...   check incident files; every error, with its line
       demarche pack FILE -o OUT         write the data file a widget opens with ?data=URL
       demarche pack DIR|FILE... -o OUT  the same for a set of incidents, one ?data= for all
       demarche schema                   print the incident file's JSON Schema";

/// What `demarche new` writes: every field to fill in, each explained.
const SKELETON: &str = include_str!("skeleton.toml");

/// The name the skeleton's `#:schema` line gives the schema beside it.
const SCHEMA_FILE: &str = "incident.schema.json";

/// Runs a command and gives the process's exit code: 0 done, 1 the files have errors, 2 misuse.
pub fn main(args: Vec<String>) -> i32 {
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    match args.as_slice() {
        ["new", file] if !file.starts_with('-') => new_file(file),
        ["check", rest @ ..] => check(rest),
        ["pack", "-o", out, files @ ..] if !files.is_empty() => pack_files(files, out),
        ["pack", files @ .., "-o", out] if !files.is_empty() => pack_files(files, out),
        ["schema"] => {
            say(demarche::schema::incident_schema().trim_end());
            0
        }
        ["help" | "--help" | "-h"] => {
            say(USAGE);
            0
        }
        _ => {
            eprintln!("{USAGE}");
            2
        }
    }
}

/// A line of what a command found, on standard output. A reader that stops reading (`demarche
/// check *.toml | head`) closes the pipe: the rest goes unsaid, where `println!` would panic.
fn say(line: impl std::fmt::Display) {
    let _ = writeln!(std::io::stdout().lock(), "{line}");
}

/// Czech is optional: an incident with texts in English only is no error, but its author is
/// told once what Czech readers will see.
fn untranslated_note(incident: &demarche::model::Incident) {
    match incident.english_only() {
        0 => {}
        count => eprintln!(
            "note: incident `{}`: {} in English only (no `cs`); the Czech view shows them in English and says so",
            incident.id(),
            plural(count, "text")
        ),
    }
}

fn check(args: &[&str]) -> i32 {
    let json = args.contains(&"--json");
    let files: Vec<&str> = args.iter().copied().filter(|arg| *arg != "--json").collect();
    if files.is_empty() || files.iter().any(|file| file.starts_with('-')) {
        eprintln!("{USAGE}");
        return 2;
    }
    let (texts, mut errors) = read_all(&files);
    let pairs: Vec<(&str, &str)> = texts.iter().map(|(file, text)| (file.as_str(), text.as_str())).collect();
    if !pairs.is_empty() {
        match parse_incidents(&pairs) {
            Ok(incidents) => incidents.iter().for_each(untranslated_note),
            Err(file_errors) => errors.extend(file_errors),
        }
    }
    if json {
        say(serde_json::to_string_pretty(&errors.iter().map(as_json).collect::<Vec<_>>()).unwrap_or_default());
    } else {
        errors.iter().for_each(say);
        match errors.len() {
            0 => eprintln!("{}: no errors", plural(files.len(), "file")),
            count => eprintln!("{} in {}", plural(count, "error"), plural(files.len(), "file")),
        }
    }
    i32::from(!errors.is_empty())
}

/// Writes the skeleton to `file`, never over an existing file, and the schema beside it, so
/// an editor can check the file offline from its first line.
fn new_file(file: &str) -> i32 {
    let path = Path::new(file);
    let created = fs::OpenOptions::new().write(true).create_new(true).open(path);
    let written = created.and_then(|mut out| out.write_all(SKELETON.as_bytes()));
    if let Err(error) = written {
        match error.kind() {
            std::io::ErrorKind::AlreadyExists => eprintln!("{file}: already exists; not overwritten"),
            _ => eprintln!("{file}: cannot be written: {error}"),
        }
        return 1;
    }
    let schema = path.parent().unwrap_or(Path::new("")).join(SCHEMA_FILE);
    let current = demarche::schema::incident_schema();
    if fs::read_to_string(&schema).ok().as_deref() != Some(current.as_str()) {
        if let Err(error) = fs::write(&schema, &current) {
            eprintln!("{}: cannot be written: {error}", schema.display());
            return 1;
        }
    }
    eprintln!(
        "{file}: a new incident file; fill in every \"\" and [], then run: demarche check {file}\n{}: its schema, for your editor",
        schema.display()
    );
    0
}

/// One incident file packs as an incident; a folder (its `.toml` files) or several files as a
/// set, which the widget opens with one `?data=` and shows newest first.
fn pack_files(paths: &[&str], out: &str) -> i32 {
    let (files, mut errors) = expand(paths);
    let names: Vec<&str> = files.iter().map(String::as_str).collect();
    let (texts, unreadable) = read_all(&names);
    errors.extend(unreadable);
    let pairs: Vec<(&str, &str)> = texts.iter().map(|(file, text)| (file.as_str(), text.as_str())).collect();
    if errors.is_empty() {
        match parse_incidents(&pairs) {
            Ok(incidents) => return write_packed(&incidents, files.len() == 1 && paths.len() == 1, out),
            Err(invalid) => errors = invalid,
        }
    }
    errors.iter().for_each(say);
    eprintln!("{}: not packed", plural(errors.len(), "error"));
    1
}

/// The incident files the paths name: a file as itself, a folder as its `.toml` files.
fn expand(paths: &[&str]) -> (Vec<String>, Vec<DataError>) {
    let (mut files, mut errors) = (Vec::new(), Vec::new());
    for path in paths {
        match Path::new(path).is_dir() {
            false => files.push(path.to_string()),
            true => match toml_files(Path::new(path)) {
                Ok(found) if found.is_empty() => errors.push(DataError::new(
                    path,
                    "the folder",
                    None,
                    "no incident files: a set is packed from the folder's .toml files".into(),
                )),
                Ok(found) => files.extend(found.iter().map(|file| file.display().to_string())),
                Err(error) => errors.push(DataError::unreadable(path, &error)),
            },
        }
    }
    (files, errors)
}

fn write_packed(incidents: &[demarche::model::Incident], single: bool, out: &str) -> i32 {
    let bytes = match single {
        true => pack(&incidents[0]),
        false => pack(&incidents.to_vec()),
    };
    if let Err(error) = fs::write(out, &bytes) {
        eprintln!("{out}: cannot be written: {error}");
        return 1;
    }
    let ids: Vec<&str> = incidents.iter().map(|incident| incident.id()).collect();
    match single {
        true => eprintln!("{out}: incident `{}`, {} bytes", ids[0], bytes.len()),
        false => {
            eprintln!("{out}: {} ({}), {} bytes", plural(ids.len(), "incident"), ids.join(", "), bytes.len())
        }
    }
    0
}

/// The files' texts, and an error for each that cannot be read.
fn read_all(files: &[&str]) -> (Vec<(String, String)>, Vec<DataError>) {
    let mut texts = Vec::new();
    let mut errors = Vec::new();
    for file in files {
        match fs::read_to_string(Path::new(file)) {
            Ok(text) => texts.push((file.to_string(), text)),
            Err(error) => errors.push(DataError::unreadable(file, &error)),
        }
    }
    (texts, errors)
}

fn as_json(error: &DataError) -> serde_json::Value {
    serde_json::json!({
        "file": error.file,
        "line": error.line,
        "column": error.column,
        "record": error.record,
        "field": error.field,
        "message": error.message,
        "hint": error.hint,
    })
}

fn plural(count: usize, noun: &str) -> String {
    format!("{count} {noun}{}", if count == 1 { "" } else { "s" })
}
