//! `sitrep eval events`: the whole pipeline on hand-coded news sentences,
//! scored on (source country, target country, CAMEO root).

use std::collections::BTreeSet;
use std::time::Instant;

use anyhow::Context;
use sitrep_extract::InputFormat;
use sitrep_model::Certainty;

use crate::inputs::RawDoc;
use crate::pipeline::{Pipeline, PipelineOptions};

/// Score the whole pipeline on hand-coded sentences.
///
/// Each line of FILE is `{"id", "lang", "date", "text", "events": [{"source",
/// "target", "root"}]}` (see tests/data/README.md). Every sentence goes
/// through extraction, parsing, coding and resolution as a document of its
/// own; a gold event is found when a coded event of that sentence has the
/// same source country, target country (null for none) and CAMEO root.
/// Prints event precision, recall and F1, micro-averaged.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Hand-coded JSON Lines files.
    #[arg(required = true)]
    files: Vec<String>,
    /// Print each sentence whose coding differs from the gold coding.
    #[arg(long)]
    show_errors: bool,
}

#[derive(serde::Deserialize)]
struct Gold {
    id: String,
    lang: String,
    date: Option<String>,
    text: String,
    events: Vec<GoldEvent>,
}

#[derive(serde::Deserialize)]
struct GoldEvent {
    source: Option<String>,
    target: Option<String>,
    root: String,
}

type Key = (Option<String>, Option<String>, String);

/// Precision, recall and F1 of counts; 0 where undefined.
pub fn prf(tp: usize, system: usize, gold: usize) -> (f64, f64, f64) {
    let p = if system == 0 {
        0.0
    } else {
        tp as f64 / system as f64
    };
    let r = if gold == 0 {
        0.0
    } else {
        tp as f64 / gold as f64
    };
    let f = if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    };
    (p, r, f)
}

/// The "country" a gold code is scored on, as the system's actors give
/// it: an ISO3 code as it is, an IGO or NGO by its first six letters (a
/// file may write NATO's full `IGOWSTNAT`, which is `IGOWST` here).
fn country_of(code: &str) -> String {
    if (code.starts_with("IGO") || code.starts_with("NGO")) && code.len() > 6 && code.is_ascii() {
        code[..6].to_string()
    } else {
        code.to_string()
    }
}

fn show(k: &Key) -> String {
    format!(
        "{}→{} {}",
        k.0.as_deref().unwrap_or("?"),
        k.1.as_deref().unwrap_or("–"),
        k.2
    )
}

/// Runs the benchmark.
pub fn run(args: Args) -> anyhow::Result<()> {
    let pipeline = Pipeline::builtin(PipelineOptions::default())?;
    for file in &args.files {
        let text = std::fs::read_to_string(file).with_context(|| format!("cannot read {file}"))?;
        let mut golds = Vec::new();
        for (i, line) in text
            .lines()
            .enumerate()
            .filter(|(_, l)| !l.trim().is_empty())
        {
            let g: Gold = serde_json::from_str(line)
                .with_context(|| format!("{file}:{}: not a hand-coded record", i + 1))?;
            golds.push(g);
        }
        let (mut tp, mut n_sys, mut n_gold) = (0usize, 0usize, 0usize);
        let started = Instant::now();
        for g in &golds {
            let raw = RawDoc {
                origin: g.id.clone(),
                bytes: g.text.clone().into_bytes(),
                url: None,
                charset: None,
                format: InputFormat::Text,
                title: None,
                date: g.date.clone(),
                language: Some(g.lang.clone()),
            };
            let doc = pipeline
                .run(&raw)
                .with_context(|| format!("{file}: {}", g.id))?;
            // What happened, or what an actor said it will do: a
            // negated or hypothetical event ("did not attack", "would
            // expose Turkey to sanctions", "if Russia invaded") is kept in
            // the output, marked, but is not an event an analyst records.
            let system: BTreeSet<Key> = doc
                .events
                .iter()
                .filter(|e| matches!(e.certainty, Certainty::Asserted | Certainty::Intended))
                .map(|e| {
                    (
                        e.source.country.clone(),
                        e.target.as_ref().and_then(|t| t.country.clone()),
                        e.cameo_root.clone(),
                    )
                })
                .collect();
            let gold: BTreeSet<Key> = g
                .events
                .iter()
                .map(|e| {
                    (
                        e.source.as_deref().map(country_of),
                        e.target.as_deref().map(country_of),
                        e.root.clone(),
                    )
                })
                .collect();
            let hit = system.intersection(&gold).count();
            tp += hit;
            n_sys += system.len();
            n_gold += gold.len();
            if args.show_errors && system != gold {
                let miss: Vec<String> = gold.difference(&system).map(show).collect();
                let extra: Vec<String> = system.difference(&gold).map(show).collect();
                outln!(
                    "{}: {}\n    missing: {}\n    extra:   {}",
                    g.id,
                    g.text,
                    miss.join(", "),
                    extra.join(", ")
                );
            }
        }
        let secs = started.elapsed().as_secs_f64();
        let (p, r, f) = prf(tp, n_sys, n_gold);
        outln!(
            "{file}: {} sentences, {n_gold} gold events, {n_sys} coded, {tp} correct: precision {p:.3}, recall {r:.3}, F1 {f:.3} ({:.1} sentences/s)",
            golds.len(),
            golds.len() as f64 / secs.max(1e-9)
        );
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::{country_of, prf};

    #[test]
    fn gold_igo_codes_are_scored_on_six_letters() {
        assert_eq!(country_of("IGOWSTNAT"), "IGOWST");
        assert_eq!(country_of("IGOUNO"), "IGOUNO");
        assert_eq!(country_of("FRA"), "FRA");
    }

    #[test]
    fn prf_is_micro_and_safe() {
        assert_eq!(prf(0, 0, 0), (0.0, 0.0, 0.0));
        let (p, r, f) = prf(3, 4, 6);
        assert!((p - 0.75).abs() < 1e-9 && (r - 0.5).abs() < 1e-9 && (f - 0.6).abs() < 1e-9);
    }
}
