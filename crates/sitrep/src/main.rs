//! `sitrep`: reads news and writes down what happened — who did what to whom,
//! where and when — as CAMEO/PLOVER event records with their evidence.
//!
//! This is the only crate that knows every stage: it wires extract → nlp →
//! code → resolve → store and exposes them as subcommands.

/// `println!` for what a command prints on standard output, handing a failed
/// write back as an error instead of panicking: a reader that stops early
/// (`sitrep eval … | head`) closes the pipe, and `main` then ends quietly.
macro_rules! outln {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        writeln!(std::io::stdout().lock(), $($arg)*)?
    }};
}

/// `print!` with the same error handling as [`outln!`].
macro_rules! out {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        write!(std::io::stdout().lock(), $($arg)*)?
    }};
}

/// The allocator: coding a sentence makes and drops many small vectors
/// and strings, which mimalloc serves in a fraction of the system
/// allocator's time (measured in `docs/benchmarks.md`).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

mod commands;
mod inputs;
mod output;
mod pipeline;

use clap::{Parser, Subcommand};

/// sitrep reads news articles (HTML pages, scraped text, JSON Lines) and
/// writes down the events they report: who did what to whom, where and when,
/// coded in CAMEO and PLOVER, with the sentence and words that justify each.
const LONG_ABOUT: &str = "\
sitrep reads news articles and writes down the events they report: who did \
what to whom, where and when. Each event is coded in CAMEO (as in GDELT and \
ICEWS) and PLOVER (as in POLECAT), with its source and target actors, its \
place (resolved against GeoNames) and date (resolved against the publication \
date), its certainty, and the sentence and words that justify it.

Input: HTML pages (any encoding, gzipped or not), plain text scraped from \
pages, JSON Lines files of articles ({\"url\",\"title\",\"date\",\"text\"|\"html\"}), \
directories of them, URLs, or standard input. Languages: English and French.

Everything sitrep needs (models, lexicons, gazetteer) is built into the \
binary; nothing is downloaded unless you give it a URL to read.";

const EXAMPLES: &str = "\
EXAMPLES:
    Code one article and print its events as JSON Lines:
        sitrep code article.html
    The same, readable, for scraped text without a date of its own:
        sitrep code article.txt --date 2021-09-29 --format pretty
    Build a store from a directory and a JSON Lines file, then query it:
        sitrep ingest corpus/ feed.jsonl --db news.db
        sitrep events --db news.db --country TUR --cameo 04 --since 2021-09-01
    Export for other tools:
        sitrep export --db news.db --format gdelt > events.tsv
        sitrep export --db news.db --format plover > events.jsonl

FILES:
    ./sitrep.db    the default store (SQLite, WAL); choose another with --db

EXIT STATUS:
    0 on success; 1 when an input failed or an error occurred (each failed \
input is named on standard error, one line each).

See docs/event-format.md for the output format and docs/benchmarks.md for \
measured quality and speed.";

#[derive(Debug, Parser)]
#[command(
    name = "sitrep",
    version,
    about,
    long_about = LONG_ABOUT,
    after_long_help = EXAMPLES,
    propagate_version = true
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Code documents to events and print them (nothing is stored).
    Code(commands::code::Args),
    /// Read documents into the store: extract, parse, code, resolve, save.
    Ingest(commands::ingest::Args),
    /// Query the events in the store.
    Events(commands::events::Args),
    /// Export the store's events as GDELT TSV, PLOVER JSON or JSON Lines.
    Export(commands::export::Args),
    /// Extract the article text and metadata from pages or scraped text.
    Extract(commands::extract::Args),
    /// Train, run and evaluate the tokenizer, tagger and parser.
    #[command(subcommand)]
    Nlp(commands::nlp::NlpCommand),
    /// Benchmarks: quality and speed of each stage on public data.
    #[command(subcommand)]
    Eval(commands::eval::EvalCommand),
    /// Build and inspect gazetteer index files.
    #[command(subcommand)]
    Gazetteer(commands::gazetteer::GazetteerCommand),
}

fn main() -> std::process::ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Code(a) => commands::code::run(a),
        Command::Ingest(a) => commands::ingest::run(a),
        Command::Events(a) => commands::events::run(a),
        Command::Export(a) => commands::export::run(a),
        Command::Extract(a) => commands::extract::run(a),
        Command::Nlp(c) => commands::nlp::run(c),
        Command::Eval(c) => commands::eval::run(c),
        Command::Gazetteer(c) => commands::gazetteer::run(c),
    };
    match result {
        Ok(()) => std::process::ExitCode::SUCCESS,
        // The reader of standard output went away (`| head`): what it
        // wanted was written; end quietly, as Unix tools do.
        Err(e) if closed_pipe(&e) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("sitrep: {e:#}");
            std::process::ExitCode::FAILURE
        }
    }
}

/// Whether an error comes from writing to a pipe whose reader has closed it.
fn closed_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}
