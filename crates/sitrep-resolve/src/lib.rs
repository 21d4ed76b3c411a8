//! Where and when: each event's place, resolved against a gazetteer, and its
//! date, resolved from the time expression governing its clause or the
//! publication date.
#![deny(missing_docs)]

use sitrep_model::{DatePrecision, Document, EventDate, EventDateSource};

/// Why the resolver could not be built.
#[derive(Debug, thiserror::Error)]
pub enum ResolveError {
    /// A gazetteer could not be read.
    #[error("cannot read gazetteer {path}: {message}")]
    Gazetteer {
        /// The file.
        path: String,
        /// What was wrong.
        message: String,
    },
}

/// The resolve stage. Build once, share across threads.
#[derive(Debug, Clone, Default)]
pub struct Resolver {}

impl Resolver {
    /// The resolver with the gazetteer built into the binary.
    pub fn builtin() -> Result<Self, ResolveError> {
        Ok(Resolver {})
    }

    /// The gazetteer's name and version.
    pub fn gazetteer_version(&self) -> Option<String> {
        None
    }

    /// Sets each event's date (the publication date, flagged as such, until
    /// time expressions are resolved) and place.
    pub fn process(&self, mut doc: Document) -> Document {
        let published = doc.published.as_ref().map(|p| p.date.clone());
        for ev in &mut doc.events {
            ev.set_date(published.clone().map(|date| EventDate {
                date,
                precision: DatePrecision::Day,
                source: EventDateSource::Publication,
            }));
        }
        doc
    }
}
