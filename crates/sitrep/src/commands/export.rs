//! `sitrep export`: the store's events in exchange formats.

use std::io::Write;

use crate::commands::events::{open_existing, EventFilter};
use crate::output::{self, DocInfo};

/// Export formats.
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum ExportFormat {
    /// GDELT 2.0 event-table rows: 61 tab-separated columns in GDELT's
    /// order, no header (use --header for one).
    Gdelt,
    /// PLOVER JSON Lines with the Phoenix field names.
    Plover,
    /// sitrep's own event JSON Lines.
    Jsonl,
}

/// Export the store's events as GDELT TSV, PLOVER JSON or JSON Lines.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The store.
    #[arg(long, default_value = "sitrep.db", value_name = "PATH")]
    db: String,
    /// Format.
    #[arg(long, value_enum)]
    format: ExportFormat,
    /// Write here instead of standard output.
    #[arg(long, short = 'o', value_name = "FILE")]
    output: Option<String>,
    /// With --format gdelt: a first line naming the columns.
    #[arg(long)]
    header: bool,
    #[command(flatten)]
    filter: EventFilter,
}

/// Runs the subcommand.
pub fn run(args: Args) -> anyhow::Result<()> {
    let store = open_existing(&args.db)?;
    let sink: Box<dyn Write> = match &args.output {
        Some(path) => Box::new(
            std::fs::File::create(path).map_err(|e| anyhow::anyhow!("cannot write {path}: {e}"))?,
        ),
        None => Box::new(std::io::stdout().lock()),
    };
    let mut out = std::io::BufWriter::new(sink);
    if args.header && matches!(args.format, ExportFormat::Gdelt) {
        writeln!(out, "{}", output::GDELT_COLUMNS.join("\t"))?;
    }
    store.for_each_event(&args.filter.query(), |e| {
        let info = DocInfo {
            seq: e.seq,
            url: e.url.as_deref(),
            published: e.published.as_deref(),
            ingested_at: &e.ingested_at,
        };
        match args.format {
            ExportFormat::Gdelt => output::write_gdelt(&mut out, &e.event, &info),
            ExportFormat::Plover => output::write_plover(&mut out, &e.event, &info),
            ExportFormat::Jsonl => output::write_jsonl(&mut out, &e.event),
        }
    })??;
    out.flush()?;
    Ok(())
}
