//! Errors in incident files, worded for the person who wrote the file.

use std::fmt;

/// One problem in one incident file, pointing at the record and field to fix.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DataError {
    /// The file's name inside `seeds/`.
    pub file: String,
    /// The record as the file shows it, e.g. `[[reactions]] #5 (actor cz-mfa, 2025-05-28)`.
    pub record: String,
    /// The field, when the problem is in one, e.g. `date` or `quote.source`.
    pub field: Option<String>,
    pub message: String,
    /// The line, when the problem was found while reading the file.
    pub line: Option<usize>,
}

impl DataError {
    /// A file or folder that could not be read at all.
    pub fn unreadable(path: &str, error: &std::io::Error) -> DataError {
        DataError {
            file: path.to_string(),
            record: "the file".into(),
            field: None,
            message: format!("cannot be read: {error}"),
            line: None,
        }
    }
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
        }
        write!(f, ": {}", self.record)?;
        if let Some(field) = &self.field {
            write!(f, ", field `{field}`")?;
        }
        write!(f, ": {}", self.message)
    }
}

impl std::error::Error for DataError {}
