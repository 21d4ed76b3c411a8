//! `sitrep code`: documents in, events out, nothing stored.

use std::io::Write;

use rayon::prelude::*;

use crate::inputs::{self, Item};
use crate::output;
use crate::pipeline::{Pipeline, PipelineOptions};

/// Output formats of `sitrep code`.
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum CodeFormat {
    /// One event per line in the event JSON format (docs/event-format.md).
    Jsonl,
    /// Tab-separated columns with a header line.
    Tsv,
    /// A readable summary of each event with its sentence.
    Pretty,
}

/// Code documents to events and print them.
///
/// Reads each input (an HTML page, `.html.gz`, plain text, a JSON Lines file
/// of articles, a directory of them, a URL, or `-` for standard input), finds
/// the article, parses it, codes the events it reports and resolves their
/// places and dates. Events are printed in input order; nothing is stored
/// (see `sitrep ingest`). Inputs that cannot be read are reported on standard
/// error, one line each, and make the exit status non-zero.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Files, directories, URLs, or `-` for standard input.
    #[arg(required = true, value_name = "FILE|DIR|URL|-")]
    inputs: Vec<String>,
    /// Output format.
    #[arg(long, value_enum, default_value = "jsonl")]
    format: CodeFormat,
    #[command(flatten)]
    options: PipelineOptions,
}

/// Documents processed in parallel at a time; output keeps input order.
const BATCH: usize = 64;

/// Runs the subcommand.
pub fn run(args: Args) -> anyhow::Result<()> {
    let pipeline = Pipeline::builtin(args.options)?;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    if matches!(args.format, CodeFormat::Tsv) {
        output::write_tsv_header(&mut out)?;
    }
    let mut failures = 0usize;
    let mut stream = inputs::stream(&args.inputs);
    loop {
        let batch: Vec<Item> = stream.by_ref().take(BATCH).collect();
        if batch.is_empty() {
            break;
        }
        let results: Vec<_> = batch
            .into_par_iter()
            .map(|item| match item {
                Ok(raw) => match pipeline.run_counting(&raw) {
                    Ok((doc, left_out)) => Ok((raw.origin, doc, left_out)),
                    Err(e) => Err(format!("{}: {e:#}", raw.origin)),
                },
                Err(f) => Err(f.to_string()),
            })
            .collect();
        for r in results {
            match r {
                Ok((origin, doc, left_out)) => {
                    for note in sitrep_resolve::notes(&doc) {
                        out.flush()?;
                        eprintln!("sitrep: note: {origin}: {note}");
                    }
                    if left_out > 0 {
                        out.flush()?;
                        eprintln!(
                            "sitrep: note: {origin}: document {}: {left_out} event(s) with no target (none named, no place) left out; give --untargeted to keep them",
                            doc.id
                        );
                    }
                    // Text that was not parsed: its language was not told
                    // (too short) or is not one sitrep reads.
                    if doc.sentences.is_empty() && !doc.text.trim().is_empty() {
                        out.flush()?;
                        match doc.language.as_deref() {
                            None => eprintln!(
                                "sitrep: note: {origin}: document {}: its language could not be told (the text is too short), so nothing was coded; give --lang en or --lang fr",
                                doc.id
                            ),
                            Some(l) => eprintln!(
                                "sitrep: note: {origin}: document {}: its language looks like {l:?}, which sitrep does not read (en, fr), so nothing was coded; give --lang en or --lang fr if that is wrong",
                                doc.id
                            ),
                        }
                    }
                    for ev in &doc.events {
                        match args.format {
                            CodeFormat::Jsonl => output::write_jsonl(&mut out, ev)?,
                            CodeFormat::Tsv => output::write_tsv(&mut out, ev)?,
                            CodeFormat::Pretty => output::write_pretty(&mut out, ev)?,
                        }
                    }
                }
                Err(msg) => {
                    failures += 1;
                    out.flush()?;
                    eprintln!("sitrep: {msg}");
                }
            }
        }
    }
    out.flush()?;
    if failures > 0 {
        anyhow::bail!("{failures} input(s) could not be coded (see above)");
    }
    Ok(())
}
