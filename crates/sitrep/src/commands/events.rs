//! `sitrep events`: query the store.

use std::io::Write;

use sitrep_store::{EventQuery, Store};

use crate::output;
use crate::pipeline::parse_date;

/// Filters shared by `sitrep events` and `sitrep export`.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct EventFilter {
    /// Source or target actor: a code or code prefix (RUSGOV, TUR), a name
    /// or words as written ("Erdogan").
    #[arg(long)]
    actor: Option<String>,
    /// Source or target country (ISO 3166-1 alpha-3, e.g. RUS).
    #[arg(long)]
    country: Option<String>,
    /// CAMEO code or prefix (04, 043).
    #[arg(long)]
    cameo: Option<String>,
    /// PLOVER event type (CONSULT, ASSAULT, …).
    #[arg(long)]
    plover: Option<String>,
    /// Events on or after this date (YYYY-MM-DD).
    #[arg(long, value_parser = parse_date)]
    since: Option<String>,
    /// Events on or before this date (YYYY-MM-DD).
    #[arg(long, value_parser = parse_date)]
    until: Option<String>,
    /// Place name (as resolved or as written).
    #[arg(long)]
    place: Option<String>,
    /// Words in the event's sentence.
    #[arg(long)]
    text: Option<String>,
    /// Only events of this document id.
    #[arg(long = "doc")]
    doc_id: Option<String>,
    /// At most this many events.
    #[arg(long)]
    limit: Option<u64>,
}

impl EventFilter {
    /// The store query.
    pub fn query(&self) -> EventQuery {
        EventQuery {
            actor: self.actor.clone(),
            country: self.country.clone(),
            cameo: self.cameo.clone(),
            plover: self.plover.clone(),
            since: self.since.clone(),
            until: self.until.clone(),
            place: self.place.clone(),
            text: self.text.clone(),
            doc_id: self.doc_id.clone(),
            limit: self.limit,
        }
    }
}

/// Output formats of `sitrep events`.
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum EventsFormat {
    /// One event per line in the event JSON format.
    Jsonl,
    /// Tab-separated columns with a header line.
    Tsv,
    /// An aligned table for reading.
    Table,
}

/// Query the events in the store.
///
/// Every filter given must hold. Events are printed in the order they were
/// stored.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The store.
    #[arg(long, default_value = "sitrep.db", value_name = "PATH")]
    db: String,
    /// Output format.
    #[arg(long, value_enum, default_value = "table")]
    format: EventsFormat,
    #[command(flatten)]
    filter: EventFilter,
}

/// Opens a store that must already exist.
pub fn open_existing(db: &str) -> anyhow::Result<Store> {
    anyhow::ensure!(
        std::path::Path::new(db).exists(),
        "no store at {db}; run `sitrep ingest` first or give --db PATH"
    );
    Ok(Store::open(db)?)
}

/// Runs the subcommand.
pub fn run(args: Args) -> anyhow::Result<()> {
    let store = open_existing(&args.db)?;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    match args.format {
        EventsFormat::Tsv => output::write_tsv_header(&mut out)?,
        EventsFormat::Table => output::write_table_header(&mut out)?,
        EventsFormat::Jsonl => {}
    }
    let mut n = 0u64;
    store.for_each_event(&args.filter.query(), |e| {
        n += 1;
        match args.format {
            EventsFormat::Jsonl => output::write_jsonl(&mut out, &e.event),
            EventsFormat::Tsv => output::write_tsv(&mut out, &e.event),
            EventsFormat::Table => output::write_table(&mut out, &e.event),
        }
    })??;
    out.flush()?;
    if matches!(args.format, EventsFormat::Table) {
        eprintln!("{n} events");
    }
    Ok(())
}
