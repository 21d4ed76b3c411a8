//! `sitrep eval extraction DIR`: article-extraction quality and speed on the
//! Scrapinghub article-extraction benchmark (`DIR/ground-truth.json`,
//! `DIR/html/<id>.html.gz`), scored exactly as its `evaluate.py` scores.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::{bail, Context};
use regex::Regex;
use serde_json::Value;
use sitrep_extract::score::{aggregate, shingle_matching, Counts};
use sitrep_extract::{body_text, Extractor, Input, InputFormat};

/// Arguments.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The benchmark folder (with ground-truth.json and html/).
    pub dir: PathBuf,
    /// Extract every page this many times (for the memory-flatness check:
    /// 56 × 181 ≈ 10,000 pages); quality is scored on the first pass.
    #[arg(long, default_value_t = 1)]
    pub repeat: usize,
    /// Print the N pages with the lowest F1.
    #[arg(long, default_value_t = 0)]
    pub worst: usize,
    /// Write the predictions as `{id: {articleBody, url}}` JSON (the
    /// benchmark's output format) to this file.
    #[arg(long)]
    pub predictions: Option<PathBuf>,
    /// Score another extractor's predictions (`{id: {articleBody}}` JSON,
    /// the benchmark's output format) with the same scorer, instead of
    /// running sitrep's extractor.
    #[arg(long)]
    pub score: Option<PathBuf>,
}

fn score_file(gt: &BTreeMap<String, Value>, path: &Path) -> anyhow::Result<()> {
    let text =
        std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
    let pred: BTreeMap<String, Value> = serde_json::from_str(&text)
        .with_context(|| format!("{} is not a predictions JSON object", path.display()))?;
    if pred.keys().ne(gt.keys()) {
        bail!(
            "{}: prediction keys do not match the ground truth's",
            path.display()
        );
    }
    let counts: Vec<Counts> = gt
        .iter()
        .map(|(id, v)| {
            let truth = v.get("articleBody").and_then(Value::as_str).unwrap_or("");
            let p = pred
                .get(id)
                .and_then(|p| p.get("articleBody"))
                .and_then(Value::as_str)
                .unwrap_or("");
            shingle_matching(truth, p)
        })
        .collect();
    let Some(s) = aggregate(&counts) else {
        bail!("nothing to score");
    };
    outln!(
        "{}: precision={:.4} recall={:.4} F1={:.4}",
        path.display(),
        s.precision,
        s.recall,
        s.f1
    );
    Ok(())
}

fn peak_rss_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    status
        .lines()
        .find(|l| l.starts_with("VmHWM:"))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|v| v.parse().ok())
}

fn norm(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// What a page's own JSON-LD states (read here independently of the
/// extractor, with a plain regex and serde_json).
#[derive(Default)]
struct Stated {
    title: Option<String>,
    date: Option<String>,
    authors: Vec<String>,
}

fn stated(html: &str, script: &Regex) -> Stated {
    let mut out = Stated::default();
    for c in script.captures_iter(html) {
        let Ok(v) = serde_json::from_str::<Value>(c[1].trim()) else {
            continue;
        };
        let mut stack = vec![&v];
        while let Some(v) = stack.pop() {
            match v {
                Value::Array(a) => stack.extend(a.iter()),
                Value::Object(o) => {
                    if let Some(g) = o.get("@graph") {
                        stack.push(g);
                    }
                    let ty = match o.get("@type") {
                        Some(Value::String(s)) => s.clone(),
                        Some(Value::Array(a)) => a
                            .iter()
                            .filter_map(Value::as_str)
                            .collect::<Vec<_>>()
                            .join(" "),
                        _ => String::new(),
                    };
                    if !(ty.contains("Article") || ty.contains("BlogPosting")) {
                        continue;
                    }
                    if out.title.is_none() {
                        out.title = o.get("headline").and_then(Value::as_str).map(norm);
                    }
                    if out.date.is_none() {
                        out.date = o
                            .get("datePublished")
                            .and_then(Value::as_str)
                            .filter(|d| d.len() >= 10)
                            .map(|d| d[..10].to_string());
                    }
                    if out.authors.is_empty() {
                        let mut names = Vec::new();
                        let mut st = vec![o.get("author")];
                        while let Some(a) = st.pop() {
                            match a {
                                Some(Value::String(s)) => names.push(norm(s)),
                                Some(Value::Object(p)) => st.push(p.get("name")),
                                Some(Value::Array(x)) => st.extend(x.iter().map(Some)),
                                _ => {}
                            }
                        }
                        names.retain(|n| !n.is_empty() && !n.starts_with("http"));
                        names.sort();
                        names.dedup();
                        out.authors = names;
                    }
                }
                _ => {}
            }
        }
    }
    out
}

fn read_page(dir: &Path, id: &str) -> anyhow::Result<Vec<u8>> {
    let path = dir.join("html").join(format!("{id}.html.gz"));
    let gz = std::fs::read(&path).with_context(|| format!("cannot read {}", path.display()))?;
    sitrep_extract::decode::gunzip(&gz, sitrep_extract::MAX_INPUT)
        .with_context(|| format!("cannot decompress {}", path.display()))
}

/// Runs the benchmark.
pub fn run(args: Args) -> anyhow::Result<()> {
    let gt_path = args.dir.join("ground-truth.json");
    let gt_text = std::fs::read_to_string(&gt_path).with_context(|| {
        format!(
            "cannot read {}; give the benchmark folder",
            gt_path.display()
        )
    })?;
    let gt: BTreeMap<String, Value> = serde_json::from_str(&gt_text)
        .with_context(|| format!("{} is not the benchmark's JSON", gt_path.display()))?;
    if gt.is_empty() {
        bail!("{} lists no pages", gt_path.display());
    }
    if let Some(path) = &args.score {
        return score_file(&gt, path);
    }
    let pages: Vec<(String, Vec<u8>, String, String)> = gt
        .iter()
        .map(|(id, v)| {
            let url = v
                .get("url")
                .and_then(Value::as_str)
                .unwrap_or("")
                .to_string();
            let body = v
                .get("articleBody")
                .and_then(Value::as_str)
                .unwrap_or("")
                .to_string();
            Ok((id.clone(), read_page(&args.dir, id)?, url, body))
        })
        .collect::<anyhow::Result<_>>()?;

    let t_load = Instant::now();
    let ex = Extractor::new();
    let load_ms = t_load.elapsed().as_secs_f64() * 1e3;
    let script = Regex::new(r#"(?is)<script[^>]*application/ld\+json[^>]*>(.*?)</script>"#)?;

    let mut counts: Vec<(String, Counts)> = Vec::with_capacity(pages.len());
    let mut times: Vec<f64> = Vec::with_capacity(pages.len() * args.repeat);
    let mut predictions = serde_json::Map::new();
    let (mut t_n, mut t_ok, mut d_n, mut d_ok, mut a_n, mut a_ok) = (0, 0, 0, 0, 0, 0);
    let mut not_article = 0;
    let mut rss_after_first = 0;
    let total = Instant::now();
    for pass in 0..args.repeat.max(1) {
        for (id, bytes, url, truth) in &pages {
            let input = Input {
                bytes,
                url: Some(url),
                origin: None,
                charset: None,
                format: InputFormat::Html,
            };
            let t = Instant::now();
            let result = ex.extract(&input);
            times.push(t.elapsed().as_secs_f64() * 1e3);
            if pass > 0 {
                continue;
            }
            let (pred, doc) = match &result {
                Ok(doc) => (body_text(doc).to_string(), Some(doc)),
                Err(_) => {
                    not_article += 1;
                    (String::new(), None)
                }
            };
            counts.push((id.clone(), shingle_matching(truth, &pred)));
            if args.predictions.is_some() {
                predictions.insert(
                    id.clone(),
                    serde_json::json!({ "articleBody": pred, "url": url }),
                );
            }
            let s = stated(&String::from_utf8_lossy(bytes), &script);
            if let Some(t) = &s.title {
                t_n += 1;
                if doc.and_then(|d| d.title.as_deref()).map(norm).as_deref() == Some(t.as_str()) {
                    t_ok += 1;
                }
            }
            if let Some(d) = &s.date {
                d_n += 1;
                if doc.and_then(|d| d.published_date()) == Some(d.as_str()) {
                    d_ok += 1;
                }
            }
            if !s.authors.is_empty() {
                a_n += 1;
                let mut got: Vec<String> = doc
                    .map(|d| d.authors.iter().map(|a| norm(a)).collect())
                    .unwrap_or_default();
                got.sort();
                got.dedup();
                if got == s.authors {
                    a_ok += 1;
                }
            }
        }
        if pass == 0 {
            rss_after_first = peak_rss_kib().unwrap_or(0);
        }
    }
    let rss_first_pass = rss_after_first;
    let wall = total.elapsed().as_secs_f64();

    let all: Vec<Counts> = counts.iter().map(|(_, c)| *c).collect();
    let Some(s) = aggregate(&all) else {
        bail!("no page had a prediction or a ground truth; nothing to score");
    };
    let mut sorted = times.clone();
    sorted.sort_by(f64::total_cmp);
    let pct = |p: f64| sorted[((sorted.len() - 1) as f64 * p).round() as usize];
    let sum_ms: f64 = times.iter().sum();
    outln!(
        "pages: {} ({} passes, {} extractions)",
        pages.len(),
        args.repeat.max(1),
        times.len()
    );
    outln!(
        "precision={:.4} recall={:.4} F1={:.4}",
        s.precision,
        s.recall,
        s.f1
    );
    outln!("pages without an article (NotAnArticle or error): {not_article}");
    let acc = |ok: usize, n: usize| {
        if n == 0 {
            "n/a".to_string()
        } else {
            format!("{:.3} ({ok}/{n})", ok as f64 / n as f64)
        }
    };
    outln!(
        "metadata vs the page's own JSON-LD: title {}  date {}  authors {}",
        acc(t_ok, t_n),
        acc(d_ok, d_n),
        acc(a_ok, a_n)
    );
    outln!(
        "speed (extraction only, 1 thread): median {:.2} ms/page, p99 {:.2} ms/page, mean {:.2} ms/page, {:.1} pages/s",
        pct(0.5),
        pct(0.99),
        sum_ms / times.len() as f64,
        times.len() as f64 * 1e3 / sum_ms
    );
    outln!("model load {load_ms:.0} ms; wall {wall:.1} s");
    outln!(
        "peak RSS: {:.1} MiB after pass 1, {:.1} MiB at the end",
        rss_first_pass as f64 / 1024.0,
        peak_rss_kib().unwrap_or(0) as f64 / 1024.0
    );
    if args.worst > 0 {
        let mut by_f1: Vec<(f64, f64, f64, &str)> = counts
            .iter()
            .map(|(id, c)| {
                let p = if c.tp + c.fp > 0.0 {
                    c.tp / (c.tp + c.fp)
                } else {
                    1.0
                };
                let r = if c.tp + c.fn_ > 0.0 {
                    c.tp / (c.tp + c.fn_)
                } else {
                    1.0
                };
                let f = if p + r > 0.0 {
                    2.0 * p * r / (p + r)
                } else {
                    0.0
                };
                (f, p, r, id.as_str())
            })
            .collect();
        by_f1.sort_by(|a, b| a.0.total_cmp(&b.0));
        for (f, p, r, id) in by_f1.iter().take(args.worst) {
            outln!("  F1={f:.3} P={p:.3} R={r:.3} {id}");
        }
    }
    if let Some(path) = &args.predictions {
        std::fs::write(path, serde_json::to_string_pretty(&predictions)?)
            .with_context(|| format!("cannot write {}", path.display()))?;
    }
    Ok(())
}
