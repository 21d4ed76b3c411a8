//! `sitrep ingest`: documents into the store, in parallel, with progress.

use std::collections::HashSet;
use std::sync::{mpsc, Mutex};
use std::time::Instant;

use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;
use sitrep_model::Document;
use sitrep_store::{Inserted, Store};

use crate::inputs;
use crate::pipeline::{Pipeline, PipelineOptions};

/// Read documents into the store: extract, parse, code, resolve, save.
///
/// Inputs are files (HTML, `.html.gz`, plain text), JSON Lines files with
/// one article per line (`{"url","title","date","text"|"html"}`),
/// directories of them (walked recursively), or URLs. Documents are
/// processed in parallel and each one's results are written in a single
/// transaction, so an interrupted ingest loses nothing already written and
/// can simply be run again. A document already stored (same canonical URL,
/// or same text) is left unchanged. Inputs that fail are reported one line
/// each; the exit status is non-zero if any failed.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Files, directories or URLs to read.
    #[arg(required = true, value_name = "PATH|URL")]
    inputs: Vec<String>,
    /// The store.
    #[arg(long, default_value = "sitrep.db", value_name = "PATH")]
    db: String,
    /// Worker threads (default: one per core).
    #[arg(long, short = 'j', value_name = "N")]
    jobs: Option<usize>,
    /// No progress bar.
    #[arg(long, short = 'q')]
    quiet: bool,
    /// After ingesting, print the events of the documents read in this run
    /// as a table.
    #[arg(long)]
    show: bool,
    #[command(flatten)]
    options: PipelineOptions,
}

/// What the workers send the writer.
enum Outcome {
    /// A document read and annotated.
    Read(Box<Document>),
    /// A document already stored, or read earlier in this run: not
    /// annotated again.
    Known(String),
    /// An input that failed, with its message.
    Failed(String),
}

/// Totals of one ingest.
#[derive(Debug, Default)]
struct Summary {
    documents: u64,
    new: u64,
    already: u64,
    sentences: u64,
    events: u64,
    failures: u64,
    undated: u64,
}

/// Runs the subcommand.
pub fn run(args: Args) -> anyhow::Result<()> {
    let pipeline = Pipeline::builtin(args.options)?;
    let mut store = Store::open(&args.db)?;
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(args.jobs.unwrap_or(0))
        .build()?;
    let bar = if args.quiet {
        ProgressBar::hidden()
    } else {
        let b = ProgressBar::new_spinner();
        b.set_style(ProgressStyle::with_template(
            "{spinner} {elapsed_precise} {pos} documents ({per_sec}) {msg}",
        )?);
        b
    };
    let started = Instant::now();
    let mut sum = Summary::default();
    let mut read_ids: Vec<String> = Vec::new();
    // A bounded channel keeps memory flat: workers wait when the writer is
    // behind.
    let (tx, rx) = mpsc::sync_channel::<Outcome>(256);
    // Documents already stored are recognised right after extraction (their
    // id is known then) and not parsed or coded again.
    let known: Mutex<HashSet<String>> = Mutex::new(store.document_ids()?.into_iter().collect());
    let known = &known;
    let inputs = &args.inputs;
    let pipeline = &pipeline;
    let write_result: anyhow::Result<()> = std::thread::scope(|scope| {
        scope.spawn(move || {
            pool.install(|| {
                inputs::stream(inputs)
                    .par_bridge()
                    .for_each_with(tx, |tx, item| {
                        let extracted = item.map_err(|f| f.to_string()).and_then(|raw| {
                            pipeline
                                .extract(&raw)
                                .map_err(|e| format!("{}: {e:#}", raw.origin))
                        });
                        let outcome = match extracted {
                            Ok(doc) => {
                                let new = known
                                    .lock()
                                    .map(|mut k| k.insert(doc.id.clone()))
                                    .unwrap_or(true);
                                if new {
                                    Outcome::Read(Box::new(pipeline.annotate(doc)))
                                } else {
                                    Outcome::Known(doc.id)
                                }
                            }
                            Err(msg) => Outcome::Failed(msg),
                        };
                        // The writer stops receiving only on a fatal store
                        // error; the remaining work is then dropped.
                        let _ = tx.send(outcome);
                    })
            })
        });
        for outcome in rx {
            sum.documents += 1;
            match outcome {
                Outcome::Known(id) => {
                    sum.already += 1;
                    if args.show {
                        read_ids.push(id);
                    }
                }
                Outcome::Read(doc) => {
                    if args.show {
                        read_ids.push(doc.id.clone());
                    }
                    if doc.published.is_none() {
                        sum.undated += 1;
                    }
                    match store.insert_document(&doc)? {
                        Inserted::New => {
                            sum.new += 1;
                            sum.sentences += doc.sentences.len() as u64;
                            sum.events += doc.events.len() as u64;
                        }
                        Inserted::AlreadyStored => sum.already += 1,
                    }
                }
                Outcome::Failed(msg) => {
                    sum.failures += 1;
                    bar.suspend(|| eprintln!("sitrep: {msg}"));
                }
            }
            bar.inc(1);
            bar.set_message(format!("{} events, {} failed", sum.events, sum.failures));
        }
        Ok(())
    });
    bar.finish_and_clear();
    write_result?;
    let secs = started.elapsed().as_secs_f64();
    eprintln!(
        "ingested {} documents into {} in {:.2} s ({:.1} documents/s): {} new, {} already stored, {} failed; {} sentences, {} events",
        sum.documents,
        args.db,
        secs,
        sum.documents as f64 / secs.max(1e-9),
        sum.new,
        sum.already,
        sum.failures,
        sum.sentences,
        sum.events
    );
    if sum.undated > 0 {
        eprintln!(
            "note: {} document(s) had no publication date, so their events' dates stay unknown unless the text states them; give --date or a \"date\" field",
            sum.undated
        );
    }
    if args.show {
        show(&store, &read_ids)?;
    }
    if sum.failures > 0 {
        anyhow::bail!("{} input(s) failed (see above)", sum.failures);
    }
    Ok(())
}

/// Prints the stored events of these documents as a table.
fn show(store: &Store, doc_ids: &[String]) -> anyhow::Result<()> {
    use std::io::Write;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    crate::output::write_table_header(&mut out)?;
    let mut ids = doc_ids.to_vec();
    ids.sort();
    ids.dedup();
    let mut n = 0usize;
    for id in ids {
        let q = sitrep_store::EventQuery {
            doc_id: Some(id),
            ..Default::default()
        };
        store.for_each_event(&q, |e| {
            n += 1;
            crate::output::write_table(&mut out, &e.event)
        })??;
    }
    writeln!(out, "{n} events")?;
    out.flush()?;
    Ok(())
}
