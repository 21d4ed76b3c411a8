//! `sitrep eval places`: toponym resolution on the project's annotated UD
//! toponyms (GeoNames-id and country level), date-expression coverage on
//! the expression table, and the gazetteer's load time and lookup rate.
use std::path::PathBuf;
use std::time::{Duration, Instant};

use anyhow::Context as _;
use sitrep_resolve::bench::{
    gold_documents, parse_gold, score_toponyms, DATE_TABLE, UD_TOPONYMS, UD_TOPONYMS_HELDOUT,
};
use sitrep_resolve::dates::evaluate_table;
use sitrep_resolve::places::{score, Context};
use sitrep_resolve::Resolver;

/// Arguments.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The Universal Dependencies folder holding en_ewt/, fr_sequoia/ and
    /// fr_gsd/ (the annotated toponyms point into their test files).
    #[arg(long, default_value = "../shared/data/ud")]
    ud: PathBuf,
    /// A gazetteer index built by `sitrep gazetteer build`; the built-in
    /// gazetteer alone when absent.
    #[arg(long)]
    gazetteer: Option<PathBuf>,
    /// How many times to repeat the timings (the median is printed).
    #[arg(long, default_value_t = 5)]
    repeat: usize,
    /// Print every miss.
    #[arg(long)]
    verbose: bool,
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v.get(v.len() / 2).copied().unwrap_or_default()
}

fn pct(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        100.0 * a as f64 / b as f64
    }
}

/// Runs the subcommand.
pub fn run(args: Args) -> anyhow::Result<()> {
    let repeat = args.repeat.max(1);
    // Load time.
    let mut loads = Vec::with_capacity(repeat);
    let mut resolver = None;
    for _ in 0..repeat {
        let t = Instant::now();
        let r = match &args.gazetteer {
            Some(p) => Resolver::with_gazetteer(p)?,
            None => Resolver::builtin()?,
        };
        loads.push(t.elapsed());
        resolver = Some(r);
    }
    let resolver = resolver.context("no resolver was built")?;
    let g = resolver.gazetteer();
    outln!("gazetteer: {} ({} places)", g.version(), g.len());
    outln!(
        "load time: median {:.1} ms over {repeat} loads",
        median(loads).as_secs_f64() * 1000.0
    );

    // Toponyms: the development set, then the held-out set.
    for (label, table) in [
        ("development set, UD test sentences", UD_TOPONYMS),
        ("held-out set, UD dev sentences", UD_TOPONYMS_HELDOUT),
    ] {
        let gold = parse_gold(table).map_err(anyhow::Error::msg)?;
        let s = score_toponyms(&resolver, &gold, &args.ud)
            .map_err(anyhow::Error::msg)
            .with_context(|| {
                format!(
                    "scoring the annotated toponyms against {}",
                    args.ud.display()
                )
            })?;
        outln!(
            "toponyms ({label}, {} annotated): exact GeoNames id {}/{} = {:.1}%, country {}/{} = {:.1}%, detected at the annotated words {}/{} = {:.1}%",
            s.total,
            s.exact,
            s.with_id,
            pct(s.exact, s.with_id),
            s.country,
            s.total,
            pct(s.country, s.total),
            s.detected,
            s.total,
            pct(s.detected, s.total)
        );
        for (tb, total, with_id, exact, country) in &s.by_treebank {
            outln!(
                "  {tb}: exact {exact}/{with_id} = {:.1}%, country {country}/{total} = {:.1}%",
                pct(*exact, *with_id),
                pct(*country, *total)
            );
        }
        if args.verbose {
            for m in &s.misses {
                outln!("  miss: {m}");
            }
            for m in &s.undetected {
                outln!("  not detected: {m}");
            }
        }
    }

    // The whole stage on the annotated sentences, with a publication date.
    let mut gold = parse_gold(UD_TOPONYMS).map_err(anyhow::Error::msg)?;
    gold.extend(parse_gold(UD_TOPONYMS_HELDOUT).map_err(anyhow::Error::msg)?);
    let mut docs = gold_documents(&gold, &args.ud).map_err(anyhow::Error::msg)?;
    for d in &mut docs {
        d.published = Some(sitrep_model::PublicationDate {
            date: "2021-09-29".into(),
            source: sitrep_model::DateSource::Input,
        });
    }
    let words: usize = docs
        .iter()
        .map(|d| d.sentences.iter().map(|s| s.tokens.len()).sum::<usize>())
        .sum();
    let mut runs = Vec::with_capacity(repeat);
    for _ in 0..repeat {
        let batch = docs.clone();
        let t = Instant::now();
        for d in batch {
            std::hint::black_box(resolver.process(d));
        }
        runs.push(t.elapsed());
    }
    let m = median(runs).as_secs_f64().max(1e-9);
    outln!(
        "process(): {:.0} sentences/s, {:.0} words/s; median of {repeat} passes over {} sentences ({words} words)",
        docs.len() as f64 / m,
        words as f64 / m,
        docs.len()
    );

    // Dates.
    let t = evaluate_table(DATE_TABLE).map_err(anyhow::Error::msg)?;
    outln!(
        "date expressions (EN+FR table): recognised {}/{} = {:.1}%, resolved exactly {}/{} = {:.1}%",
        t.recognised,
        t.rows,
        pct(t.recognised, t.rows),
        t.correct,
        t.rows,
        pct(t.correct, t.rows)
    );
    if args.verbose {
        for m in &t.misses {
            outln!(
                "  miss line {}: {:?} expected {} got {}",
                m.line,
                m.expression,
                m.expected,
                m.got
            );
        }
    }

    // Lookup rate: every place's own name, looked up and scored.
    let names: Vec<String> = (0..g.len() as u32)
        .map(|i| g.entry(i).name.clone())
        .collect();
    let ctx = Context::default();
    let mut key = String::new();
    let mut ids = Vec::new();
    let mut lookups = Vec::with_capacity(repeat);
    let mut resolves = Vec::with_capacity(repeat);
    let mut hits = 0usize;
    for _ in 0..repeat {
        let t = Instant::now();
        for n in &names {
            g.lookup_into(n, &mut key, &mut ids);
            hits += ids.len().min(1);
        }
        lookups.push(t.elapsed());
        let t = Instant::now();
        for n in &names {
            g.lookup_into(n, &mut key, &mut ids);
            hits += score(g, n, &ids, &ctx).len().min(1);
        }
        resolves.push(t.elapsed());
    }
    let per_s = |d: Duration| names.len() as f64 / d.as_secs_f64().max(1e-9);
    outln!(
        "lookups: {:.0}/s (name → candidates), {:.0}/s with scoring; median of {repeat} passes over {} names ({} hits)",
        per_s(median(lookups)),
        per_s(median(resolves)),
        names.len(),
        hits / (2 * repeat)
    );
    Ok(())
}
