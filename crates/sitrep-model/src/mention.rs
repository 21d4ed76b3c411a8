//! Mentions of actors, places and times, and what they resolve to.

use serde::{Deserialize, Serialize};

use crate::{DatePrecision, Span};

/// A participant in an event: a person, state, government, armed force,
/// group or organisation, coded CAMEO-style.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Actor {
    /// The actor as written in the text.
    pub text: String,
    /// CAMEO-style code: country (or IGO) followed by sector codes, e.g.
    /// `RUSGOV`, `TURMIL`, `SYRREB`, `IGOUNO`. `None` when no code applies.
    pub code: Option<String>,
    /// ISO 3166-1 alpha-3 country, or the IGO code (`IGO…`, `NGO…`).
    pub country: Option<String>,
    /// Primary sector (`GOV`, `MIL`, `REB`, `OPP`, `BUS`, `MED`, …).
    pub sector: Option<String>,
    /// The canonical name of the person or body, when the lexicon has one.
    pub name: Option<String>,
    /// Where the actor's words lie in the document text (bytes). Internal:
    /// the JSON format gives character offsets in the event's evidence.
    #[serde(skip)]
    pub span: Option<Span>,
}

/// How precisely a place is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PlacePrecision {
    /// A populated place (city, town).
    City,
    /// A first-order administrative division or a named region.
    Region,
    /// A whole country.
    Country,
    /// Not stated with the event: taken from the sentence or the article.
    Inferred,
}

/// A place, as written and as resolved against the gazetteer.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Place {
    /// The place as written (`à Sotchi`'s `Sotchi`).
    pub text: String,
    /// The gazetteer's name for it (`Sochi`).
    pub name: Option<String>,
    /// ISO 3166-1 alpha-3 code of its country.
    pub country: Option<String>,
    /// First-order administrative division code (GeoNames admin1).
    pub admin1: Option<String>,
    /// GeoNames id.
    pub geonames_id: Option<u64>,
    /// Latitude (WGS84).
    pub lat: Option<f64>,
    /// Longitude (WGS84).
    pub lon: Option<f64>,
    /// GeoNames feature class (`P` populated place, `A` administrative, …).
    pub feature_class: Option<String>,
    /// How precisely the event's place is known.
    pub precision: Option<PlacePrecision>,
    /// Where the place's words lie in the document text (bytes). Internal:
    /// the JSON format gives character offsets in the event's evidence.
    #[serde(skip)]
    pub span: Option<Span>,
    /// When the name fits several places: the choice made and the
    /// alternatives, in words (`chose Paris (FRA) over Paris (USA, TX)`).
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub ambiguity: Option<String>,
}

/// A time expression, as written and as resolved against the publication
/// date.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Time {
    /// The expression as written (`ce mercredi`, `last Tuesday`).
    pub text: String,
    /// The resolved ISO 8601 date (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`).
    pub date: Option<String>,
    /// How precise the resolved date is.
    pub precision: Option<DatePrecision>,
    /// Where the expression lies in the document text (bytes). Internal:
    /// the JSON format gives character offsets in the event's evidence.
    #[serde(skip)]
    pub span: Option<Span>,
}

/// What a mention refers to.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum MentionKind {
    /// An actor.
    Actor(Actor),
    /// A place.
    Place(Place),
    /// A time.
    Time(Time),
}

/// A mention found in a sentence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Mention {
    /// 0-based index of the sentence in [`crate::Document::sentences`].
    pub sentence: u32,
    /// 0-based index of the first word.
    pub first: u32,
    /// 0-based index of the last word (inclusive).
    pub last: u32,
    /// Where it lies in the document text.
    pub span: Span,
    /// What it refers to.
    pub kind: MentionKind,
}
