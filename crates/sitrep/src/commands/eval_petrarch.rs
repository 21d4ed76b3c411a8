//! `sitrep eval petrarch`: event coding on PETRARCH validation records.
//!
//! Reads a validation file (`<Sentence>` records with a `<Text>`, a CoNLL-U
//! `<Parse>` and the expected `<EventCoding>`s; `<Config>` switches apply to
//! the records after them), codes each parse with the dictionaries the file's
//! `<Environment>` names (each overridable), and prints per category and
//! overall the share of records coded exactly — the set of (event, source,
//! target) codings equals the expected set, nothing missing, nothing extra;
//! a record expecting no events (or an error) is exact when nothing is coded
//! — then event-level precision and recall, and coding speed.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::{bail, Context};
use sitrep_code::validation::{environment, read_records, score, Tally};
use sitrep_code::{Coder, DictionaryFiles, Options};
use sitrep_model::Document;

/// Arguments.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The validation records (XML).
    pub file: PathBuf,
    /// The folder holding the dictionaries the records' <Environment> names.
    #[arg(long)]
    pub dictionaries: PathBuf,
    /// Verb dictionary (file name in --dictionaries, or a path) instead of the one named.
    #[arg(long)]
    pub verbs: Option<String>,
    /// Actor dictionaries, comma-separated, instead of the ones named.
    #[arg(long, value_delimiter = ',')]
    pub actors: Option<Vec<String>>,
    /// Agent dictionary instead of the one named.
    #[arg(long)]
    pub agents: Option<String>,
    /// Discard dictionary instead of the one named.
    #[arg(long)]
    pub discards: Option<String>,
    /// PETRARCH internal coding ontology instead of the one named (default:
    /// the <PICOfile>, else PETR.Internal.Coding.Ontology.txt when the
    /// dictionaries folder has it).
    #[arg(long)]
    pub pico: Option<String>,
    /// Print every record not coded exactly, with expected and produced codings.
    #[arg(long)]
    pub show_errors: bool,
    /// Code the whole file this many times for the speed figure.
    #[arg(long, default_value_t = 20)]
    pub repeat: usize,
}

fn resolve(dir: &Path, name: &str) -> PathBuf {
    let p = PathBuf::from(name);
    if p.is_absolute() || p.exists() && name.contains('/') {
        p
    } else {
        dir.join(name)
    }
}

fn line(name: &str, t: &Tally) -> String {
    format!(
        "{name:<12} {:>5} {:>6.1}% {:>7.3} {:>7.3}",
        t.records,
        t.exact_percent(),
        t.precision(),
        t.recall()
    )
}

/// Runs the subcommand.
pub fn run(args: Args) -> anyhow::Result<()> {
    let text = std::fs::read_to_string(&args.file)
        .with_context(|| format!("cannot read validation records {}", args.file.display()))?;
    let env = environment(&text);
    let dir = &args.dictionaries;
    let verbs = args
        .verbs
        .clone()
        .or(env.verbs)
        .context("no verb dictionary: the records' <Environment> names none; pass --verbs")?;
    let actors = args.actors.clone().unwrap_or(env.actors);
    if actors.is_empty() {
        bail!("no actor dictionary: the records' <Environment> names none; pass --actors");
    }
    let files = DictionaryFiles {
        actors: actors.iter().map(|a| resolve(dir, a)).collect(),
        agents: args
            .agents
            .clone()
            .or(env.agents)
            .map(|a| resolve(dir, &a))
            .into_iter()
            .collect(),
        verbs: vec![resolve(dir, &verbs)],
        nouns: Vec::new(),
        discards: args
            .discards
            .clone()
            .or(env.discards)
            .map(|a| resolve(dir, &a))
            .into_iter()
            .collect(),
        pico: args
            .pico
            .clone()
            .or(env.pico)
            .map(|a| resolve(dir, &a))
            .or_else(|| Some(dir.join("PETR.Internal.Coding.Ontology.txt")).filter(|p| p.exists())),
    };
    let t0 = Instant::now();
    let coder =
        Coder::from_files(&files).context("cannot build the coder from the dictionaries")?;
    let load = t0.elapsed();
    for w in coder.warnings() {
        eprintln!("dictionary warning: {w}");
    }
    let mut unknown = BTreeSet::new();
    let records = read_records(&text, &mut unknown)?;
    if records.is_empty() {
        bail!("{}: no <Sentence> records found", args.file.display());
    }
    let sentences: usize = records.iter().map(|r| r.doc.sentences.len()).sum();
    let sc = score(&coder, &records);
    if args.show_errors {
        for (k, got) in &sc.errors {
            let r = &records[*k];
            outln!("--- {} [{}]\n    {}", r.id, r.category, r.text);
            outln!("    expected: {:?}", r.expected);
            outln!("    got:      {:?}", got);
        }
    }
    // Speed: code every record `repeat` times; the clock sees coding only.
    let docs: Vec<(Document, Options)> = records
        .iter()
        .map(|r| (r.doc.clone(), r.options.clone()))
        .collect();
    let mut coded = 0usize;
    let mut elapsed = std::time::Duration::ZERO;
    let mut cpu_ns: Option<u64> = Some(0);
    for _ in 0..args.repeat.max(1) {
        let batch = docs.clone();
        let t = Instant::now();
        let c0 = thread_cpu_ns();
        for (d, o) in batch {
            let n = d.sentences.len();
            let out = coder.process_with(d, &o);
            coded += n;
            std::hint::black_box(&out);
        }
        elapsed += t.elapsed();
        cpu_ns = match (cpu_ns, c0, thread_cpu_ns()) {
            (Some(acc), Some(a), Some(b)) => Some(acc + b.saturating_sub(a)),
            _ => None,
        };
    }
    outln!(
        "{}: {} records, dictionaries: {}",
        args.file.display(),
        records.len(),
        files
            .actors
            .iter()
            .chain(&files.agents)
            .chain(&files.verbs)
            .chain(&files.discards)
            .filter_map(|p| p.file_name().map(|f| f.to_string_lossy().into_owned()))
            .collect::<Vec<_>>()
            .join(", ")
    );
    outln!(
        "{:<12} {:>5} {:>7} {:>7} {:>7}",
        "category",
        "recs",
        "exact",
        "evP",
        "evR"
    );
    for (k, t) in &sc.by_category {
        outln!("{}", line(k, t));
    }
    outln!("{}", line("OVERALL", &sc.overall));
    let secs = elapsed.as_secs_f64().max(1e-9);
    outln!(
        "speed: {:.0} sentences/s wall-clock on one thread ({} sentences coded in {:.3}s; dictionaries loaded in {:.2}s; {} parsed sentences per pass)",
        coded as f64 / secs,
        coded,
        secs,
        load.as_secs_f64(),
        sentences
    );
    if let Some(ns) = cpu_ns.filter(|&n| n > 0) {
        // CPU time of the coding thread: the per-core rate, whatever else
        // the machine is running.
        outln!(
            "speed: {:.0} sentences per CPU-second (coding thread's CPU time {:.3}s)",
            coded as f64 / (ns as f64 / 1e9),
            ns as f64 / 1e9
        );
    }
    if !unknown.is_empty() {
        outln!(
            "note: <Config> options not implemented (ignored): {}",
            unknown.into_iter().collect::<Vec<_>>().join(", ")
        );
    }
    Ok(())
}

/// CPU time of the calling thread in nanoseconds (Linux's
/// `/proc/thread-self/schedstat`), or `None` elsewhere.
fn thread_cpu_ns() -> Option<u64> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    s.split_whitespace().next()?.parse().ok()
}
