//! sitrep's embedded store: one SQLite file holding documents, their events
//! and mentions, with versioned migrations, deduplication, queries and the
//! row streams that exports read.
//!
//! Design decisions:
//! - **One transaction per document.** A document's row, events and mentions
//!   are written together or not at all, so a crash or `kill -9` in the
//!   middle of an ingest leaves every document either fully stored or
//!   absent, and SQLite's WAL journal keeps the file valid.
//! - **Documents are keyed by their id** ([`sitrep_model::document_id`]: the
//!   canonical URL's hash, else the text's), so storing the same article
//!   twice changes nothing.
//! - **Each event is stored whole as JSON** (the documented event format)
//!   beside the indexed columns that queries filter on, so what comes out is
//!   exactly what went in.
#![deny(missing_docs)]

mod query;
mod schema;

use std::path::Path;

use rusqlite::{params, Connection, OptionalExtension};
use sitrep_model::{Document, Event, MentionKind};

pub use query::{EventQuery, StoredEvent};

/// What went wrong with the store.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// SQLite refused an operation.
    #[error("database {path}: {source}")]
    Sqlite {
        /// The database file.
        path: String,
        /// SQLite's error.
        #[source]
        source: rusqlite::Error,
    },
    /// The database was written by a newer sitrep.
    #[error("database {path} has schema version {found}, newer than this sitrep understands ({supported}); upgrade sitrep or use another --db")]
    TooNew {
        /// The database file.
        path: String,
        /// Its schema version.
        found: i64,
        /// The newest this build knows.
        supported: i64,
    },
    /// A stored record could not be read back.
    #[error("database {path}: stored record {id} is not valid: {message}")]
    Record {
        /// The database file.
        path: String,
        /// The record's id.
        id: String,
        /// What was wrong.
        message: String,
    },
}

/// Whether [`Store::insert_document`] stored anything.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Inserted {
    /// The document was new and is now stored with its events.
    New,
    /// A document with the same id was already stored: nothing changed.
    AlreadyStored,
}

/// Row counts of the store.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Counts {
    /// Documents.
    pub documents: u64,
    /// Events.
    pub events: u64,
    /// Mentions.
    pub mentions: u64,
}

/// An open store. Not shared across threads: one writer, as SQLite wants.
pub struct Store {
    conn: Connection,
    path: String,
}

impl Store {
    /// Opens (creating if needed) the store at `path` and brings its schema
    /// up to date.
    pub fn open(path: impl AsRef<Path>) -> Result<Store, StoreError> {
        let path_s = path.as_ref().display().to_string();
        let conn = Connection::open(path.as_ref()).map_err(|source| StoreError::Sqlite {
            path: path_s.clone(),
            source,
        })?;
        let mut store = Store { conn, path: path_s };
        store.configure()?;
        schema::migrate(&mut store.conn, &store.path)?;
        Ok(store)
    }

    /// Opens a private in-memory store (for tests and one-off runs).
    pub fn in_memory() -> Result<Store, StoreError> {
        let conn = Connection::open_in_memory().map_err(|source| StoreError::Sqlite {
            path: ":memory:".into(),
            source,
        })?;
        let mut store = Store {
            conn,
            path: ":memory:".into(),
        };
        store.configure()?;
        schema::migrate(&mut store.conn, &store.path)?;
        Ok(store)
    }

    fn configure(&self) -> Result<(), StoreError> {
        self.conn
            .execute_batch(
                "PRAGMA journal_mode = WAL;
                 PRAGMA synchronous = NORMAL;
                 PRAGMA foreign_keys = ON;
                 PRAGMA busy_timeout = 10000;",
            )
            .map_err(|e| self.err(e))
    }

    fn err(&self, source: rusqlite::Error) -> StoreError {
        StoreError::Sqlite {
            path: self.path.clone(),
            source,
        }
    }

    /// The file this store lives in.
    pub fn path(&self) -> &str {
        &self.path
    }

    /// The schema version of the open database.
    pub fn schema_version(&self) -> Result<i64, StoreError> {
        self.conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .map_err(|e| self.err(e))
    }

    /// True when a document with this id is stored.
    pub fn contains(&self, doc_id: &str) -> Result<bool, StoreError> {
        self.conn
            .query_row(
                "SELECT 1 FROM documents WHERE id = ?1",
                [doc_id],
                |_| Ok(()),
            )
            .optional()
            .map(|r| r.is_some())
            .map_err(|e| self.err(e))
    }

    /// The ids of every stored document.
    pub fn document_ids(&self) -> Result<Vec<String>, StoreError> {
        let mut stmt = self
            .conn
            .prepare("SELECT id FROM documents")
            .map_err(|e| self.err(e))?;
        let rows = stmt
            .query_map([], |r| r.get::<_, String>(0))
            .map_err(|e| self.err(e))?;
        rows.collect::<Result<Vec<_>, _>>().map_err(|e| self.err(e))
    }

    /// Stores a document with its events and mentions in one transaction.
    /// A document whose id is already stored is left as it is.
    pub fn insert_document(&mut self, doc: &Document) -> Result<Inserted, StoreError> {
        let path = self.path.clone();
        let e = |source| StoreError::Sqlite {
            path: path.clone(),
            source,
        };
        let tx = self.conn.transaction().map_err(e)?;
        let added = tx
            .execute(
                "INSERT OR IGNORE INTO documents
                 (id, url, canonical_url, origin, title, language, published, published_source,
                  site, authors, description, text, sentence_count, event_count, ingested_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14,
                         strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))",
                params![
                    doc.id,
                    doc.url,
                    doc.canonical_url,
                    doc.origin,
                    doc.title,
                    doc.language,
                    doc.published.as_ref().map(|p| p.date.as_str()),
                    doc.published.as_ref().map(|p| json_tag(&p.source)),
                    doc.site,
                    serde_json::to_string(&doc.authors).unwrap_or_else(|_| "[]".into()),
                    doc.description,
                    doc.text,
                    doc.sentences.len() as i64,
                    doc.events.len() as i64,
                ],
            )
            .map_err(e)?;
        if added == 0 {
            tx.rollback().map_err(e)?;
            return Ok(Inserted::AlreadyStored);
        }
        {
            let mut ins = tx
                .prepare_cached(
                    "INSERT OR REPLACE INTO events
                     (id, doc_id, sentence_index, date, source_code, source_country, source_name,
                      source_text, target_code, target_country, target_name, target_text, cameo,
                      cameo_root, quad_class, goldstein, plover_type, certainty, location_name,
                      location_country, sentence_text, record)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15,
                             ?16, ?17, ?18, ?19, ?20, ?21, ?22)",
                )
                .map_err(e)?;
            for ev in &doc.events {
                let record = serde_json::to_string(ev).map_err(|err| StoreError::Record {
                    path: path.clone(),
                    id: ev.id.clone(),
                    message: err.to_string(),
                })?;
                ins.execute(params![
                    ev.id,
                    ev.doc_id,
                    ev.sentence.index,
                    ev.date,
                    ev.source.code,
                    ev.source.country,
                    ev.source.name,
                    ev.source.text,
                    ev.target.as_ref().and_then(|t| t.code.as_deref()),
                    ev.target.as_ref().and_then(|t| t.country.as_deref()),
                    ev.target.as_ref().and_then(|t| t.name.as_deref()),
                    ev.target.as_ref().map(|t| t.text.as_str()),
                    ev.cameo,
                    ev.cameo_root,
                    u8::from(ev.quad_class),
                    ev.goldstein,
                    ev.plover.as_ref().map(|p| p.event_type.as_str()),
                    json_tag(&ev.certainty),
                    ev.location
                        .as_ref()
                        .map(|l| l.name.as_deref().unwrap_or(l.text.as_str())),
                    ev.location.as_ref().and_then(|l| l.country.as_deref()),
                    ev.sentence.text,
                    record,
                ])
                .map_err(e)?;
            }
            let mut ins = tx
                .prepare_cached(
                    "INSERT INTO mentions (doc_id, sentence, first, last, kind, text, code, record)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                )
                .map_err(e)?;
            for m in &doc.mentions {
                let (kind, text, code) = match &m.kind {
                    MentionKind::Actor(a) => ("actor", a.text.as_str(), a.code.as_deref()),
                    MentionKind::Place(p) => ("place", p.text.as_str(), p.country.as_deref()),
                    MentionKind::Time(t) => ("time", t.text.as_str(), t.date.as_deref()),
                };
                let record = serde_json::to_string(m).unwrap_or_else(|_| "null".into());
                ins.execute(params![
                    doc.id, m.sentence, m.first, m.last, kind, text, code, record
                ])
                .map_err(e)?;
            }
        }
        tx.commit().map_err(e)?;
        Ok(Inserted::New)
    }

    /// Row counts.
    pub fn counts(&self) -> Result<Counts, StoreError> {
        let count = |table: &str| -> Result<u64, StoreError> {
            self.conn
                .query_row(&format!("SELECT count(*) FROM {table}"), [], |r| {
                    r.get::<_, i64>(0)
                })
                .map(|n| n.max(0) as u64)
                .map_err(|e| self.err(e))
        };
        Ok(Counts {
            documents: count("documents")?,
            events: count("events")?,
            mentions: count("mentions")?,
        })
    }

    /// Runs SQLite's integrity check and the store's own consistency checks
    /// (every event and mention belongs to a stored document, every
    /// document's event count matches its events). Returns the problems
    /// found; empty means healthy.
    pub fn check(&self) -> Result<Vec<String>, StoreError> {
        let mut problems = Vec::new();
        let mut stmt = self
            .conn
            .prepare("PRAGMA integrity_check")
            .map_err(|e| self.err(e))?;
        let rows = stmt
            .query_map([], |r| r.get::<_, String>(0))
            .map_err(|e| self.err(e))?;
        for r in rows {
            let r = r.map_err(|e| self.err(e))?;
            if r != "ok" {
                problems.push(r);
            }
        }
        let orphans: i64 = self
            .conn
            .query_row(
                "SELECT (SELECT count(*) FROM events WHERE doc_id NOT IN (SELECT id FROM documents))
                      + (SELECT count(*) FROM mentions WHERE doc_id NOT IN (SELECT id FROM documents))",
                [],
                |r| r.get(0),
            )
            .map_err(|e| self.err(e))?;
        if orphans > 0 {
            problems.push(format!(
                "{orphans} events or mentions without their document"
            ));
        }
        let mismatched: i64 = self
            .conn
            .query_row(
                "SELECT count(*) FROM documents d
                 WHERE d.event_count != (SELECT count(*) FROM events e WHERE e.doc_id = d.id)",
                [],
                |r| r.get(0),
            )
            .map_err(|e| self.err(e))?;
        if mismatched > 0 {
            problems.push(format!(
                "{mismatched} documents whose stored events do not match their event count"
            ));
        }
        Ok(problems)
    }

    /// Reads one stored event record back.
    fn decode(&self, id: &str, record: &str) -> Result<Event, StoreError> {
        serde_json::from_str(record).map_err(|err| StoreError::Record {
            path: self.path.clone(),
            id: id.to_string(),
            message: err.to_string(),
        })
    }
}

/// The serde name of a unit enum variant (`"metadata"`, `"asserted"`).
fn json_tag<T: serde::Serialize>(v: &T) -> String {
    match serde_json::to_value(v) {
        Ok(serde_json::Value::String(s)) => s,
        Ok(other) => other.to_string(),
        Err(_) => String::new(),
    }
}
