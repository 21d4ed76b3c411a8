//! The scorer of the Scrapinghub article-extraction benchmark, mirrored
//! exactly from its `evaluate.py`
//! (github.com/scrapinghub/article-extraction-benchmark):
//!
//! - text is split into `\w+` tokens (Unicode word characters);
//! - shingles are runs of 4 consecutive tokens; a text of fewer than 4 tokens
//!   is one shingle of all its tokens, an empty text has none;
//! - per document, true positives / false positives / false negatives are
//!   counted over the multisets of shingles and normalised by their sum;
//! - precision is averaged over the documents with `tp + fp > 0` (an empty
//!   prediction does not enter the precision average), recall over those with
//!   `tp + fn > 0`, and F1 is the harmonic mean of the two averages.
//!
//! One known difference: Python's `\w` is `str.isalnum()` plus `_`, the
//! `regex` crate's is Unicode's `Alphabetic + M + Nd + Pc + Join_Control`; they
//! differ only on combining marks and a few rare letters-that-are-not-alnum.

use std::collections::HashMap;
use std::sync::LazyLock;

use regex::Regex;

static TOKEN: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\w+").expect("static regex"));

/// Shingle size used by the benchmark.
pub const NGRAM: usize = 4;

/// True positives, false positives and false negatives of one document,
/// normalised so that they sum to 1 (or all 0 when both texts are empty).
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Counts {
    /// Shingles found in both.
    pub tp: f64,
    /// Shingles predicted but not in the truth.
    pub fp: f64,
    /// Shingles in the truth but not predicted.
    pub fn_: f64,
}

/// The benchmark's tokens of `text`.
pub fn tokens(text: &str) -> Vec<&str> {
    TOKEN.find_iter(text).map(|m| m.as_str()).collect()
}

fn shingles<'t>(tokens: &[&'t str], n: usize) -> HashMap<Vec<&'t str>, usize> {
    let mut out = HashMap::new();
    let count = (tokens.len() + 1).saturating_sub(n).max(1);
    for i in 0..count {
        let end = (i + n).min(tokens.len());
        if i < end {
            *out.entry(tokens[i..end].to_vec()).or_insert(0) += 1;
        }
    }
    out
}

/// Compares a predicted article body with the true one.
pub fn shingle_matching(truth: &str, pred: &str) -> Counts {
    let t = tokens(truth);
    let p = tokens(pred);
    let ts = shingles(&t, NGRAM);
    let ps = shingles(&p, NGRAM);
    let (mut tp, mut fp, mut fn_) = (0.0f64, 0.0f64, 0.0f64);
    for (k, &tc) in &ts {
        let pc = ps.get(k).copied().unwrap_or(0);
        tp += tc.min(pc) as f64;
        fn_ += tc.saturating_sub(pc) as f64;
    }
    for (k, &pc) in &ps {
        let tc = ts.get(k).copied().unwrap_or(0);
        fp += pc.saturating_sub(tc) as f64;
    }
    let s = tp + fp + fn_;
    if s > 0.0 {
        Counts {
            tp: tp / s,
            fp: fp / s,
            fn_: fn_ / s,
        }
    } else {
        Counts { tp, fp, fn_ }
    }
}

fn precision(c: &Counts) -> f64 {
    if c.fp == 0.0 && c.fn_ == 0.0 {
        1.0
    } else if c.tp == 0.0 && c.fp == 0.0 {
        0.0
    } else {
        c.tp / (c.tp + c.fp)
    }
}

fn recall(c: &Counts) -> f64 {
    if c.fp == 0.0 && c.fn_ == 0.0 {
        1.0
    } else if c.tp == 0.0 && c.fn_ == 0.0 {
        0.0
    } else {
        c.tp / (c.tp + c.fn_)
    }
}

/// Corpus-level scores.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Scores {
    /// Mean per-document precision.
    pub precision: f64,
    /// Mean per-document recall.
    pub recall: f64,
    /// Harmonic mean of the two means.
    pub f1: f64,
}

/// Averages per-document counts as the benchmark does. `None` when no
/// document has a prediction or a truth (the means are undefined).
pub fn aggregate(docs: &[Counts]) -> Option<Scores> {
    let ps: Vec<f64> = docs
        .iter()
        .filter(|c| c.tp + c.fp > 0.0)
        .map(precision)
        .collect();
    let rs: Vec<f64> = docs
        .iter()
        .filter(|c| c.tp + c.fn_ > 0.0)
        .map(recall)
        .collect();
    if ps.is_empty() || rs.is_empty() {
        return None;
    }
    let p = ps.iter().sum::<f64>() / ps.len() as f64;
    let r = rs.iter().sum::<f64>() / rs.len() as f64;
    let f1 = if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    };
    Some(Scores {
        precision: p,
        recall: r,
        f1,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exact_match_is_perfect() {
        let c = shingle_matching("one two three four five", "one, two; three four five!");
        assert_eq!(
            c,
            Counts {
                tp: 1.0,
                fp: 0.0,
                fn_: 0.0
            }
        );
    }

    #[test]
    fn short_texts_are_one_shingle() {
        // 3 tokens: a single shingle of all three.
        let c = shingle_matching("a b c", "a b c");
        assert_eq!(c.tp, 1.0);
        let c = shingle_matching("a b c", "a b");
        assert_eq!((c.tp, c.fp, c.fn_), (0.0, 0.5, 0.5));
    }

    #[test]
    fn counts_are_normalised_multisets() {
        // truth shingles: [a b c d], [b c d e]; pred: [a b c d] twice and [b c d a]…
        let truth = "a b c d e";
        let pred = "a b c d a b c d";
        // pred shingles: abcd, bcda, cdab, dabc, abcd → abcd×2, bcda, cdab, dabc
        let c = shingle_matching(truth, pred);
        // tp = 1 (abcd), fp = 1 (extra abcd) + 3 = 4, fn = 1 (bcde); s = 6
        assert!((c.tp - 1.0 / 6.0).abs() < 1e-12);
        assert!((c.fp - 4.0 / 6.0).abs() < 1e-12);
        assert!((c.fn_ - 1.0 / 6.0).abs() < 1e-12);
    }

    #[test]
    fn empty_prediction_is_left_out_of_precision() {
        let docs = [
            shingle_matching("a b c d e", ""),
            shingle_matching("a b c d e", "a b c d e"),
        ];
        let s = aggregate(&docs).unwrap();
        assert_eq!(s.precision, 1.0);
        assert_eq!(s.recall, 0.5);
        assert!((s.f1 - 2.0 / 3.0).abs() < 1e-12);
        // Both empty: counts all zero, in neither average.
        assert_eq!(shingle_matching("", ""), Counts::default());
        assert!(aggregate(&[Counts::default()]).is_none());
    }

    #[test]
    fn tokens_are_unicode_words() {
        assert_eq!(
            tokens("L’été, à Zürich — 2021!"),
            vec!["L", "été", "à", "Zürich", "2021"]
        );
    }
}
