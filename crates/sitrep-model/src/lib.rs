//! The shared vocabulary of sitrep.
//!
//! Every stage of the pipeline (extract → nlp → code → resolve → store) reads
//! and annotates one [`Document`], the idea behind spaCy's `Doc`. This crate
//! holds that carrier and everything hung on it — blocks, sentences, tokens,
//! mentions, actors, events, places and times — together with the event JSON
//! format documented in `docs/event-format.md`.
//!
//! Design decisions:
//! - **Offsets are byte offsets into [`Document::text`]** inside the program
//!   (cheap, exact slicing); the event JSON format reports *character*
//!   (Unicode scalar value) offsets, because that is what every consumer
//!   language indexes by. [`char_offset`] converts.
//! - **Absent means unknown.** A field a stage did not compute is `None` and
//!   is serialised as `null` (or left out where the format says so); nothing
//!   is filled with a guess.
#![deny(missing_docs)]

pub mod conllu;
mod document;
mod event;
mod mention;
mod shared;
mod syntax;

pub use document::{
    char_offset, document_id, Block, BlockKind, DateSource, Document, PublicationDate, Span,
};
pub use event::{
    cameo_root, Certainty, DatePrecision, Event, EventDate, EventDateSource, Evidence,
    EvidenceSpan, Plover, Provenance, QuadClass, SentenceRef,
};
pub use mention::{Actor, Mention, MentionKind, Place, PlacePrecision, Time};
pub use shared::shared_data;
pub use syntax::{MultiwordToken, Sentence, Token};

/// The version of the sitrep crates that produced a record.
pub const SITREP_VERSION: &str = env!("CARGO_PKG_VERSION");
