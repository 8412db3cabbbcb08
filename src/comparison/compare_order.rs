//! How the comparison's rows are ordered within blocs and within states.

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum CompareOrder {
    /// Whoever spoke in the most incidents first: who answers every attribution.
    #[default]
    Answered,
    /// The strongest rung of the ladder reached in any of them first.
    Strength,
    /// Alphabetically, in the reader's language.
    Name,
    /// Whoever answered soonest after the attributions first: the median day of its first
    /// answers, over the incidents it answered.
    Speed,
}

impl CompareOrder {
    pub const ALL: [CompareOrder; 4] =
        [CompareOrder::Answered, CompareOrder::Strength, CompareOrder::Speed, CompareOrder::Name];

    /// The id links use (`?rank=strength`).
    pub fn id(self) -> &'static str {
        match self {
            CompareOrder::Answered => "answered",
            CompareOrder::Strength => "strength",
            CompareOrder::Name => "name",
            CompareOrder::Speed => "speed",
        }
    }

    pub fn from_id(id: &str) -> Option<CompareOrder> {
        CompareOrder::ALL.into_iter().find(|order| order.id() == id)
    }
}
