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
