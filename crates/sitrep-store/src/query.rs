//! Event queries: filters turned into one parameterised SQL statement whose
//! rows are streamed to the caller, so exports run in constant memory.

use rusqlite::types::Value;
use sitrep_model::Event;

use crate::{Store, StoreError};

/// Filters on stored events; every filter set must hold (AND). Text filters
/// are case-insensitive substring matches.
#[derive(Debug, Clone, Default)]
pub struct EventQuery {
    /// Source or target actor: its code (`RUSGOV`, or a prefix such as
    /// `RUS`), canonical name or text as written.
    pub actor: Option<String>,
    /// Source or target country (ISO 3166-1 alpha-3 or IGO code).
    pub country: Option<String>,
    /// CAMEO code or prefix (`04`, `043`).
    pub cameo: Option<String>,
    /// PLOVER event type (`CONSULT`).
    pub plover: Option<String>,
    /// Earliest event date (ISO, inclusive).
    pub since: Option<String>,
    /// Latest event date (ISO, inclusive; a month or year prefix matches).
    pub until: Option<String>,
    /// The place's name, as resolved or as written.
    pub place: Option<String>,
    /// Words in the sentence.
    pub text: Option<String>,
    /// Only events of this document.
    pub doc_id: Option<String>,
    /// At most this many events.
    pub limit: Option<u64>,
}

/// An event read from the store, with what the store knows about its
/// document.
#[derive(Debug, Clone)]
pub struct StoredEvent {
    /// The store's sequence number for the event (stable, increasing).
    pub seq: i64,
    /// The event record.
    pub event: Event,
    /// The document's URL, if any.
    pub url: Option<String>,
    /// The document's title, if any.
    pub title: Option<String>,
    /// The document's publication date, if any.
    pub published: Option<String>,
    /// When the document was stored (`YYYY-MM-DDTHH:MM:SSZ`).
    pub ingested_at: String,
}

fn like(s: &str) -> String {
    let escaped = s
        .replace('\\', "\\\\")
        .replace('%', "\\%")
        .replace('_', "\\_");
    format!("%{escaped}%")
}

impl EventQuery {
    fn to_sql(&self) -> (String, Vec<Value>) {
        let mut sql = String::from(
            "SELECT e.seq, e.id, e.record, d.url, d.title, d.published, d.ingested_at
             FROM events e JOIN documents d ON d.id = e.doc_id WHERE 1=1",
        );
        let mut args: Vec<Value> = Vec::new();
        let mut push = |clause: &str, vals: Vec<String>, sql: &mut String| {
            sql.push_str(" AND ");
            sql.push_str(clause);
            args.extend(vals.into_iter().map(Value::Text));
        };
        if let Some(a) = &self.actor {
            let prefix = format!("{}%", a.to_uppercase());
            let l = like(a);
            push(
                "(e.source_code LIKE ? OR e.target_code LIKE ? OR e.source_name LIKE ? ESCAPE '\\'
                  OR e.target_name LIKE ? ESCAPE '\\' OR e.source_text LIKE ? ESCAPE '\\'
                  OR e.target_text LIKE ? ESCAPE '\\')",
                vec![prefix.clone(), prefix, l.clone(), l.clone(), l.clone(), l],
                &mut sql,
            );
        }
        if let Some(c) = &self.country {
            let c = c.to_uppercase();
            push(
                "(e.source_country = ? OR e.target_country = ?)",
                vec![c.clone(), c],
                &mut sql,
            );
        }
        if let Some(c) = &self.cameo {
            push("e.cameo LIKE ?", vec![format!("{c}%")], &mut sql);
        }
        if let Some(p) = &self.plover {
            push("e.plover_type = ?", vec![p.to_uppercase()], &mut sql);
        }
        if let Some(s) = &self.since {
            push("e.date >= ?", vec![s.clone()], &mut sql);
        }
        if let Some(u) = &self.until {
            // "2021-09" must include 2021-09-30: compare on the given prefix.
            push(
                "substr(e.date, 1, length(?)) <= ?",
                vec![u.clone(), u.clone()],
                &mut sql,
            );
        }
        if let Some(p) = &self.place {
            push(
                "e.location_name LIKE ? ESCAPE '\\'",
                vec![like(p)],
                &mut sql,
            );
        }
        if let Some(t) = &self.text {
            push(
                "e.sentence_text LIKE ? ESCAPE '\\'",
                vec![like(t)],
                &mut sql,
            );
        }
        if let Some(d) = &self.doc_id {
            push("e.doc_id = ?", vec![d.clone()], &mut sql);
        }
        sql.push_str(" ORDER BY e.seq");
        if let Some(n) = self.limit {
            sql.push_str(&format!(" LIMIT {n}"));
        }
        (sql, args)
    }
}

impl Store {
    /// Streams the events matching `query`, in storage order, to `each`.
    /// Stops at the first error `each` returns.
    pub fn for_each_event<E>(
        &self,
        query: &EventQuery,
        mut each: impl FnMut(StoredEvent) -> Result<(), E>,
    ) -> Result<Result<(), E>, StoreError> {
        let (sql, args) = query.to_sql();
        let mut stmt = self.conn.prepare(&sql).map_err(|e| self.err(e))?;
        let mut rows = stmt
            .query(rusqlite::params_from_iter(args))
            .map_err(|e| self.err(e))?;
        while let Some(row) = rows.next().map_err(|e| self.err(e))? {
            let get =
                |i| -> Result<Option<String>, StoreError> { row.get(i).map_err(|e| self.err(e)) };
            let id = get(1)?.unwrap_or_default();
            let record = get(2)?.unwrap_or_default();
            let stored = StoredEvent {
                seq: row.get(0).map_err(|e| self.err(e))?,
                event: self.decode(&id, &record)?,
                url: get(3)?,
                title: get(4)?,
                published: get(5)?,
                ingested_at: get(6)?.unwrap_or_default(),
            };
            if let Err(e) = each(stored) {
                return Ok(Err(e));
            }
        }
        Ok(Ok(()))
    }

    /// The events matching `query`, collected.
    pub fn events(&self, query: &EventQuery) -> Result<Vec<StoredEvent>, StoreError> {
        let mut out = Vec::new();
        self.for_each_event(query, |e| {
            out.push(e);
            Ok::<(), std::convert::Infallible>(())
        })?
        .map_err(|never| match never {})?;
        Ok(out)
    }
}
