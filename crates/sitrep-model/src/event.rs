//! Coded events and the event JSON format (see `docs/event-format.md`).

use serde::{Deserialize, Serialize};

use crate::{Actor, Place};

/// How precise a date is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DatePrecision {
    /// `YYYY-MM-DD`.
    Day,
    /// `YYYY-MM`: the month is known, not the day.
    Month,
    /// `YYYY`: only the year is known.
    Year,
}

/// Where an event's date came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum EventDateSource {
    /// A time expression in the text governs the event's clause.
    Text {
        /// The expression as written.
        expression: String,
    },
    /// No expression governs the clause: the document's publication date.
    Publication,
}

/// An event's date with its precision and provenance, as the resolve stage
/// sets it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventDate {
    /// ISO 8601 date (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`).
    pub date: String,
    /// Its precision.
    pub precision: DatePrecision,
    /// Where it came from.
    pub source: EventDateSource,
}

/// CAMEO's quad classes, as GDELT numbers them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(into = "u8", try_from = "u8")]
pub enum QuadClass {
    /// 1: verbal cooperation (roots 01–05).
    VerbalCooperation,
    /// 2: material cooperation (roots 06–08).
    MaterialCooperation,
    /// 3: verbal conflict (roots 09–13).
    VerbalConflict,
    /// 4: material conflict (roots 14–20).
    MaterialConflict,
}

impl QuadClass {
    /// The quad class of a CAMEO code (`"043"`, `"04"`, `"1823"`), or `None`
    /// when the code does not start with a root from 01 to 20.
    pub fn of_cameo(code: &str) -> Option<QuadClass> {
        let root: u8 = code.get(..2)?.parse().ok()?;
        Some(match root {
            1..=5 => QuadClass::VerbalCooperation,
            6..=8 => QuadClass::MaterialCooperation,
            9..=13 => QuadClass::VerbalConflict,
            14..=20 => QuadClass::MaterialConflict,
            _ => return None,
        })
    }
}

impl From<QuadClass> for u8 {
    fn from(q: QuadClass) -> u8 {
        match q {
            QuadClass::VerbalCooperation => 1,
            QuadClass::MaterialCooperation => 2,
            QuadClass::VerbalConflict => 3,
            QuadClass::MaterialConflict => 4,
        }
    }
}

impl TryFrom<u8> for QuadClass {
    type Error = String;
    fn try_from(v: u8) -> Result<Self, String> {
        Ok(match v {
            1 => QuadClass::VerbalCooperation,
            2 => QuadClass::MaterialCooperation,
            3 => QuadClass::VerbalConflict,
            4 => QuadClass::MaterialConflict,
            _ => return Err(format!("quad class must be 1 to 4, not {v}")),
        })
    }
}

/// The root (first two digits) of a CAMEO event code.
pub fn cameo_root(code: &str) -> &str {
    code.get(..2).unwrap_or(code)
}

/// The PLOVER coding of an event.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Plover {
    /// Event type: `AGREE`, `CONSULT`, `SUPPORT`, …, `ASSAULT`.
    #[serde(rename = "type")]
    pub event_type: String,
    /// Mode, where known (e.g. `air` for an ASSAULT).
    pub mode: Option<String>,
    /// Context, where known (e.g. `military`, `diplomatic`).
    pub context: Option<String>,
}

/// How firmly the text asserts the event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Certainty {
    /// Reported as having happened or happening.
    #[default]
    Asserted,
    /// Intended, planned or announced for the future ("a dit vouloir acheter").
    Intended,
    /// Conditional or hypothetical ("exposerait à des sanctions").
    Hypothetical,
    /// Denied or reported as not having happened.
    Negated,
}

/// A piece of evidence: some words of the document and where they lie.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EvidenceSpan {
    /// The words as written.
    pub text: String,
    /// Character (Unicode scalar) offset of the first character in the
    /// document text.
    pub start: u32,
    /// Character offset one past the last character.
    pub end: u32,
}

/// The words that justify an event, so a person can check it at a glance.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Evidence {
    /// The trigger words (verb or nominal predicate, and any pattern words).
    pub trigger: Vec<EvidenceSpan>,
    /// The source actor's words.
    pub source: Option<EvidenceSpan>,
    /// The target actor's words.
    pub target: Option<EvidenceSpan>,
    /// The location's words.
    pub location: Option<EvidenceSpan>,
    /// The time expression's words.
    pub time: Option<EvidenceSpan>,
}

/// The versions of everything that produced a record.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Provenance {
    /// The sitrep version.
    pub sitrep: String,
    /// The extractor's version.
    pub extractor: Option<String>,
    /// The NLP model's name and version.
    pub nlp_model: Option<String>,
    /// The lexicon's name and version.
    pub lexicon: Option<String>,
    /// The gazetteer's name and version.
    pub gazetteer: Option<String>,
}

/// Which sentence an event came from.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SentenceRef {
    /// 0-based index in the document.
    pub index: u32,
    /// The sentence text.
    pub text: String,
}

/// One coded event: who did what to whom, where and when, with its evidence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    /// Stable identifier: the document id, the sentence index and a counter.
    pub id: String,
    /// The document's id.
    pub doc_id: String,
    /// The sentence it was coded from.
    pub sentence: SentenceRef,
    /// ISO 639-1 language of the sentence.
    pub language: String,
    /// ISO 8601 date of the event, when known.
    pub date: Option<String>,
    /// Precision of [`Event::date`].
    pub date_precision: Option<DatePrecision>,
    /// Where [`Event::date`] came from.
    pub date_source: Option<EventDateSource>,
    /// Who acted.
    pub source: Actor,
    /// Who was acted upon, when the text names it.
    pub target: Option<Actor>,
    /// Full CAMEO event code (`"043"`).
    pub cameo: String,
    /// CAMEO root (`"04"`).
    pub cameo_root: String,
    /// CAMEO quad class, 1 to 4.
    pub quad_class: QuadClass,
    /// Goldstein scale value of the CAMEO code, −10 to +10.
    pub goldstein: f32,
    /// PLOVER coding, when the CAMEO code maps to one.
    pub plover: Option<Plover>,
    /// Where the event happened, when known.
    pub location: Option<Place>,
    /// How firmly the text asserts it.
    pub certainty: Certainty,
    /// The words that justify it.
    pub evidence: Evidence,
    /// What produced it.
    pub provenance: Provenance,
    /// 0-based index, in its sentence, of the word that triggered the event
    /// (the verb or nominal predicate), so later stages can walk the tree
    /// from it. Internal: not part of the JSON format.
    #[serde(skip)]
    pub trigger_word: Option<u32>,
}

impl Event {
    /// Sets the date fields from a resolved [`EventDate`], or clears them.
    pub fn set_date(&mut self, date: Option<EventDate>) {
        match date {
            Some(d) => {
                self.date = Some(d.date);
                self.date_precision = Some(d.precision);
                self.date_source = Some(d.source);
            }
            None => {
                self.date = None;
                self.date_precision = None;
                self.date_source = None;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quad_classes_follow_roots() {
        assert_eq!(
            QuadClass::of_cameo("043"),
            Some(QuadClass::VerbalCooperation)
        );
        assert_eq!(
            QuadClass::of_cameo("0874"),
            Some(QuadClass::MaterialCooperation)
        );
        assert_eq!(QuadClass::of_cameo("112"), Some(QuadClass::VerbalConflict));
        assert_eq!(
            QuadClass::of_cameo("190"),
            Some(QuadClass::MaterialConflict)
        );
        assert_eq!(QuadClass::of_cameo("21"), None);
        assert_eq!(QuadClass::of_cameo("x"), None);
        assert_eq!(
            serde_json::to_string(&QuadClass::VerbalConflict).unwrap(),
            "3"
        );
    }

    #[test]
    fn certainty_and_date_source_serialise_as_documented() {
        assert_eq!(
            serde_json::to_string(&Certainty::Hypothetical).unwrap(),
            "\"hypothetical\""
        );
        let s = EventDateSource::Text {
            expression: "ce mercredi".into(),
        };
        assert_eq!(
            serde_json::to_string(&s).unwrap(),
            r#"{"kind":"text","expression":"ce mercredi"}"#
        );
    }
}
