//! How rows are ordered within each group of the matrix.

use std::fmt;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum RowOrder {
    /// Whoever spoke first comes first: the story as it unfolded.
    #[default]
    Date,
    /// The strongest response on the ladder first.
    Strength,
    /// Alphabetically, in the reader's language.
    Name,
}

impl RowOrder {
    pub const ALL: [RowOrder; 3] = [RowOrder::Date, RowOrder::Strength, RowOrder::Name];

    pub fn id(self) -> &'static str {
        match self {
            RowOrder::Date => "date",
            RowOrder::Strength => "strength",
            RowOrder::Name => "name",
        }
    }

    pub fn from_id(id: &str) -> Option<RowOrder> {
        RowOrder::ALL.into_iter().find(|order| order.id() == id)
    }
}

impl fmt::Display for RowOrder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}
