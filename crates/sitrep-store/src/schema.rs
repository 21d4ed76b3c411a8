//! The schema and its versioned migrations (`PRAGMA user_version`).

use rusqlite::Connection;

use crate::StoreError;

/// Migration `i` brings the schema from version `i` to `i + 1`. Append only:
/// a released migration is never edited.
const MIGRATIONS: &[&str] = &[
    // 1: documents, events, mentions.
    "CREATE TABLE documents (
        id TEXT PRIMARY KEY,
        url TEXT,
        canonical_url TEXT,
        origin TEXT,
        title TEXT,
        language TEXT,
        published TEXT,
        published_source TEXT,
        site TEXT,
        authors TEXT NOT NULL DEFAULT '[]',
        description TEXT,
        text TEXT NOT NULL,
        sentence_count INTEGER NOT NULL,
        event_count INTEGER NOT NULL,
        ingested_at TEXT NOT NULL
    );
    CREATE TABLE events (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        sentence_index INTEGER NOT NULL,
        date TEXT,
        source_code TEXT,
        source_country TEXT,
        source_name TEXT,
        source_text TEXT,
        target_code TEXT,
        target_country TEXT,
        target_name TEXT,
        target_text TEXT,
        cameo TEXT NOT NULL,
        cameo_root TEXT NOT NULL,
        quad_class INTEGER NOT NULL,
        goldstein REAL NOT NULL,
        plover_type TEXT,
        certainty TEXT NOT NULL,
        location_name TEXT,
        location_country TEXT,
        sentence_text TEXT NOT NULL,
        record TEXT NOT NULL
    );
    CREATE INDEX events_doc ON events(doc_id);
    CREATE INDEX events_date ON events(date);
    CREATE INDEX events_cameo ON events(cameo);
    CREATE INDEX events_source_country ON events(source_country);
    CREATE INDEX events_target_country ON events(target_country);
    CREATE TABLE mentions (
        doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        sentence INTEGER NOT NULL,
        first INTEGER NOT NULL,
        last INTEGER NOT NULL,
        kind TEXT NOT NULL,
        text TEXT NOT NULL,
        code TEXT,
        record TEXT NOT NULL
    );
    CREATE INDEX mentions_doc ON mentions(doc_id);",
];

/// The schema version this build writes.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

/// Applies every migration the database lacks, each in its own transaction.
pub fn migrate(conn: &mut Connection, path: &str) -> Result<(), StoreError> {
    let e = |source| StoreError::Sqlite {
        path: path.to_string(),
        source,
    };
    let current: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .map_err(e)?;
    if current > SCHEMA_VERSION {
        return Err(StoreError::TooNew {
            path: path.to_string(),
            found: current,
            supported: SCHEMA_VERSION,
        });
    }
    for (i, sql) in MIGRATIONS.iter().enumerate().skip(current.max(0) as usize) {
        let tx = conn.transaction().map_err(e)?;
        tx.execute_batch(sql).map_err(e)?;
        tx.execute_batch(&format!("PRAGMA user_version = {}", i + 1))
            .map_err(e)?;
        tx.commit().map_err(e)?;
    }
    Ok(())
}
