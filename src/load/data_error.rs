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
    /// The column on that line, counted in characters from 1, where the reader knows it.
    pub column: Option<usize>,
    /// How to fix it, when the message does not already say: "did you mean `GB`?".
    pub hint: Option<String>,
}

impl DataError {
    /// An error in `record` (and `field`), with no line yet: the caller finds it in the text.
    pub fn new(file: &str, record: &str, field: Option<&str>, message: String) -> DataError {
        DataError {
            file: file.to_string(),
            record: record.to_string(),
            field: field.map(str::to_string),
            message,
            line: None,
            column: None,
            hint: None,
        }
    }

    /// A file or folder that could not be read at all.
    pub fn unreadable(path: &str, error: &std::io::Error) -> DataError {
        DataError::new(path, "the file", None, format!("cannot be read: {error}"))
    }
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
            if let Some(column) = self.column {
                write!(f, ":{column}")?;
            }
        }
        write!(f, ": {}", self.record)?;
        if let Some(field) = &self.field {
            write!(f, ", field `{field}`")?;
        }
        write!(f, ": {}", self.message)?;
        if let Some(hint) = &self.hint {
            write!(f, "; {hint}")?;
        }
        Ok(())
    }
}

impl std::error::Error for DataError {}
