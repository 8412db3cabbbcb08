//! What the explorer shows beside the map and the filters: the matrix of one incident, its
//! timeline, or every incident compared (which takes the map's place).

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum ViewMode {
    #[default]
    Matrix,
    Timeline,
    Compare,
}

impl ViewMode {
    pub const ALL: [ViewMode; 3] = [ViewMode::Matrix, ViewMode::Timeline, ViewMode::Compare];

    /// The id links use (`?view=timeline`).
    pub fn id(self) -> &'static str {
        match self {
            ViewMode::Matrix => "matrix",
            ViewMode::Timeline => "timeline",
            ViewMode::Compare => "compare",
        }
    }

    pub fn from_id(id: &str) -> Option<ViewMode> {
        ViewMode::ALL.into_iter().find(|mode| mode.id() == id)
    }
}

/// A part of the explorer that few readers open, which the browser loads on demand (the
/// extras module): the comparison and the timeline in place of the matrix, the story beside
/// it, the handout when printing.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Part {
    Comparison,
    Timeline,
    Story,
    Handout,
}

impl Part {
    pub const ALL: [Part; 4] = [Part::Comparison, Part::Timeline, Part::Story, Part::Handout];

    /// The name the explorer and the extras module agree on.
    pub fn id(self) -> &'static str {
        match self {
            Part::Comparison => "comparison",
            Part::Timeline => "timeline",
            Part::Story => "story",
            Part::Handout => "handout",
        }
    }

    pub fn from_id(id: &str) -> Option<Part> {
        Part::ALL.into_iter().find(|part| part.id() == id)
    }
}
