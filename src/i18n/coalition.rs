//! The comparison's coalition table: its switch, caption, the definition of each relation in
//! words, and what a cell opens. Only the extras module draws the table (and the tools module
//! names its download), so only they carry these. Czech speaks of „aktéři“ (a noun whose
//! gender does not change with Německo, Spojené státy or Evropská unie) and labels the rest
//! with a colon, so no verb has to agree with a name put in.

use super::{count, typeset, Strings};
use crate::comparison::Relation;
use crate::model::Lang;

/// The coalition table's words that the rest of the interface does not already have.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CoalitionWords {
    pub heading: String,
    pub hint: String,
    /// What the relation switch is labelled with.
    pub counts: String,
    /// Under the table, after the relation's definition.
    pub common: String,
    pub empty: String,
    pub member: String,
    pub not_member: String,
    /// Before the days two responders shared.
    pub same_day: String,
}

impl Strings {
    pub fn coalition_words(&self) -> CoalitionWords {
        let words = match self.lang {
            Lang::En => [
                "Coalitions",
                "Who stood together across the incidents. Choose what counts; a number opens the incidents behind it.",
                "What counts",
                "On the diagonal: in how many incidents the responder shares a cell with anyone. The state held responsible is left out: its replies are no coalition. Reactions count as the filters show them.",
                "No two responders share a cell in the incidents shown.",
                "member state",
                "not a member",
                "same day",
            ],
            Lang::Cs => [
                "Koalice",
                "Kdo v zobrazených incidentech postupoval společně. Vyberte, co se počítá; po výběru čísla se zobrazí incidenty, které za ním stojí.",
                "Co se počítá",
                "Na úhlopříčce je počet incidentů, v nichž aktér tvoří dvojici alespoň s jedním dalším aktérem. Stát označený za odpovědný se nezapočítává: jeho reakce nejsou projevem koalice. Reakce se počítají podle zvolených filtrů.",
                "V zobrazených incidentech netvoří dvojici žádní dva aktéři.",
                "členský stát",
                "nečlenský stát",
                "reakce téhož dne",
            ],
        };
        let [heading, hint, counts, common, empty, member, not_member, same_day] =
            words.map(|word| self.typeset_made(word.to_string()));
        CoalitionWords { heading, hint, counts, common, empty, member, not_member, same_day }
    }

    /// A relation as the switch names it.
    pub fn relation(&self, relation: Relation) -> String {
        let label = match (self.lang, relation) {
            (Lang::En, Relation::Attributed) => "Attributed together",
            (Lang::En, Relation::Bloc) => "Spoke beside a bloc's statement",
            (Lang::En, Relation::Day) => "Answered the same day",
            (Lang::Cs, Relation::Attributed) => "Společná atribuce",
            (Lang::Cs, Relation::Bloc) => "Vlastní reakce vedle prohlášení bloku",
            (Lang::Cs, Relation::Day) => "Reakce téhož dne",
        };
        self.typeset_made(label.to_string())
    }

    /// What the table's caption says: the relation, and what its numbers count.
    pub fn coalition_caption(&self, relation: Relation) -> String {
        let label = self.relation(relation);
        match self.lang {
            Lang::En => format!("{label}: incidents per pair"),
            Lang::Cs => typeset(&format!("{label}: počet incidentů u každé dvojice")),
        }
    }

    /// What a relation counts, in words, under the table.
    pub fn relation_definition(&self, relation: Relation) -> String {
        let text = match (self.lang, relation) {
            (Lang::En, Relation::Attributed) => "A cell counts the incidents both responders attributed: the incident's file names both among the attributing states, or a reaction of theirs is coded as an attribution (a state naming the one held responsible in support of the victim, or a bloc's declaration naming it).",
            (Lang::En, Relation::Bloc) => "A bloc and a state share a cell for each incident in which the bloc's body issued a statement and the state made one of its own, whether a member of the bloc or not (the list says which); two blocs share a cell when both issued one. The files record no formal alignment with a declaration, so this shows who spoke beside a bloc, not who signed its words. Two states are never paired here, so only blocs have columns.",
            (Lang::En, Relation::Day) => "Two responders share a cell for each incident in which both reacted on the same day. A reaction dated only by its month or year, or known only to have come on or before a day, has no known day and pairs with no one. Days are as the sources date them: a statement issued overnight in another time zone may carry the next day's date.",
            (Lang::Cs, Relation::Attributed) => "Buňka udává počet incidentů, v nichž útok připsali oba aktéři: každý z nich je buď v souboru incidentu uveden mezi státy, které útok připsaly, nebo má reakci kódovanou jako atribuci (stát, který na podporu napadeného státu veřejně jmenoval stát označený za odpovědný, nebo prohlášení bloku, které ho jmenuje).",
            (Lang::Cs, Relation::Bloc) => "Do buňky bloku a státu se započítá každý incident, k němuž orgán bloku vydal prohlášení a stát zároveň reagoval sám, ať je členem bloku, či ne (seznam uvádí, o který případ jde); do buňky dvou bloků incident, k němuž prohlášení vydaly oba. Soubory s daty nezaznamenávají formální připojení k prohlášení, tabulka tedy ukazuje, kdo se vyjádřil souběžně s blokem, nikoli kdo se k jeho prohlášení připojil. Státy se zde mezi sebou nepárují, proto mají sloupec jen bloky.",
            (Lang::Cs, Relation::Day) => "Do buňky dvojice se započítá každý incident, v němž oba aktéři reagovali téhož dne. Reakce, u níž je znám jen měsíc či rok nebo jen nejzazší možné datum, nemá přesný den a do žádné dvojice se nezapočítá. Data odpovídají zdrojům: prohlášení vydané v noci v jiném časovém pásmu proto může nést datum následujícího dne.",
        };
        self.typeset_made(text.to_string())
    }

    /// What a cell says and opens: "Germany and Czechia: 2 incidents", „Německo a Česko:
    /// 2 incidenty“; on the diagonal, the one name.
    pub fn coalition_pair(&self, one: &str, other: Option<&str>, incidents: usize) -> String {
        let counted = count(self.lang, incidents, self.incidents_forms());
        let and = if self.lang == Lang::Cs { "a" } else { "and" };
        let names = match other {
            Some(other) => format!("{one} {and} {other}"),
            None => one.to_string(),
        };
        self.typeset_made(format!("{names}: {counted}"))
    }

    fn incidents_forms(&self) -> [&'static str; 3] {
        match self.lang {
            Lang::En => ["incident", "incidents", "incidents"],
            Lang::Cs => ["incident", "incidenty", "incidentů"],
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::i18n::strings;
    use crate::model::Lang;

    #[test]
    fn a_pair_is_named_with_its_count_in_the_languages_plural() {
        assert_eq!(
            strings(Lang::En).coalition_pair("Germany", Some("Czechia"), 1),
            "Germany and Czechia: 1\u{a0}incident"
        );
        assert_eq!(
            strings(Lang::Cs).coalition_pair("Německo", Some("Česko"), 2),
            "Německo a\u{a0}Česko: 2\u{a0}incidenty"
        );
        assert_eq!(
            strings(Lang::Cs).coalition_pair("Spojené státy", None, 5),
            "Spojené státy: 5\u{a0}incidentů"
        );
    }
}
