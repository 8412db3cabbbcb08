//! Which way of standing together the coalition table counts (`?coalition=`).

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Relation {
    /// Both attributed the incident.
    #[default]
    Attributed,
    /// A state spoke for itself where a bloc issued a statement.
    Bloc,
    /// Both answered on the same known day.
    Day,
}

impl Relation {
    pub const ALL: [Relation; 3] = [Relation::Attributed, Relation::Bloc, Relation::Day];

    /// The id links use (`?coalition=day`).
    pub fn id(self) -> &'static str {
        match self {
            Relation::Attributed => "attributed",
            Relation::Bloc => "bloc",
            Relation::Day => "day",
        }
    }

    pub fn from_id(id: &str) -> Option<Relation> {
        Relation::ALL.into_iter().find(|relation| relation.id() == id)
    }
}
