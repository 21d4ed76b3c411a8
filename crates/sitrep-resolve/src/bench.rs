//! Scoring against the project's annotated sets: toponyms from the UD
//! treebanks (resolved at GeoNames-id and country level) and the table of
//! time expressions. Shared by the tests and `sitrep eval places`.

use std::collections::HashMap;
use std::path::Path;

use sitrep_model::conllu::read_conllu;
use sitrep_model::Document;

use crate::Resolver;

/// The annotated toponyms from the UD test sentences: sentence ids, word
/// ranges, GeoNames ids and countries (see the file's header). The
/// resolver's weights were set while looking at this set: a development set.
pub const UD_TOPONYMS: &str = include_str!("../tests/data/ud_toponyms.tsv");
/// Toponyms from the UD dev sentences, annotated after the weights were set
/// and never used to tune them: the held-out set.
pub const UD_TOPONYMS_HELDOUT: &str = include_str!("../tests/data/ud_toponyms_heldout.tsv");
/// The table of time expressions × reference dates.
pub const DATE_TABLE: &str = include_str!("../tests/data/dates.tsv");

/// One annotated toponym.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GoldToponym {
    /// Treebank file under the UD folder (`en_ewt/test.conllu`).
    pub treebank: String,
    /// The sentence's `sent_id`.
    pub sent_id: String,
    /// First word (0-based).
    pub first: usize,
    /// Last word (inclusive).
    pub last: usize,
    /// The words.
    pub text: String,
    /// GeoNames id, when the annotation pins one.
    pub geonames_id: Option<u64>,
    /// ISO3 country.
    pub country: String,
}

/// Parses the annotated toponym table.
pub fn parse_gold(tsv: &str) -> Result<Vec<GoldToponym>, String> {
    let mut out = Vec::new();
    for (n, line) in tsv.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let c: Vec<&str> = line.split('\t').collect();
        if c.len() != 7 {
            return Err(format!("line {}: {} columns, expected 7", n + 1, c.len()));
        }
        let num = |s: &str, what: &str| -> Result<usize, String> {
            s.parse()
                .map_err(|_| format!("line {}: {what} {s:?} is not a number", n + 1))
        };
        out.push(GoldToponym {
            treebank: c[0].to_string(),
            sent_id: c[1].to_string(),
            first: num(c[2], "first word")?,
            last: num(c[3], "last word")?,
            text: c[4].to_string(),
            geonames_id: if c[5] == "-" {
                None
            } else {
                Some(num(c[5], "GeoNames id")? as u64)
            },
            country: c[6].to_string(),
        });
    }
    Ok(out)
}

/// How the resolver fared on the annotated toponyms.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ToponymScore {
    /// Annotated toponyms.
    pub total: usize,
    /// Of those, the ones with a GeoNames id.
    pub with_id: usize,
    /// Resolved to the annotated GeoNames id (over `with_id`).
    pub exact: usize,
    /// Resolved to a place in the annotated country (over `total`).
    pub country: usize,
    /// Found by the resolver's own toponym detection at exactly the
    /// annotated words (over `total`).
    pub detected: usize,
    /// Per treebank: (total, with_id, exact, country).
    pub by_treebank: Vec<(String, usize, usize, usize, usize)>,
    /// Misses, as `sent_id words: expected → got`.
    pub misses: Vec<String>,
    /// Annotated toponyms the detection did not find at their words.
    pub undetected: Vec<String>,
}

/// A document made of one CoNLL-U sentence.
pub fn sentence_document(text: &str, sentence: sitrep_model::Sentence, language: &str) -> Document {
    Document {
        id: "ud".into(),
        text: text.to_string(),
        language: Some(language.to_string()),
        sentences: vec![sentence],
        ..Document::default()
    }
}

/// Resolves every annotated toponym in its sentence (the sentence is the
/// document: its other toponyms are the context) and scores the choice at
/// GeoNames-id and country level.
pub fn score_toponyms(
    resolver: &Resolver,
    gold: &[GoldToponym],
    ud_dir: &Path,
) -> Result<ToponymScore, String> {
    let mut treebanks: HashMap<String, HashMap<String, (String, sitrep_model::Sentence)>> =
        HashMap::new();
    let mut score = ToponymScore::default();
    let mut per: Vec<(String, usize, usize, usize, usize)> = Vec::new();
    for g in gold {
        if !treebanks.contains_key(&g.treebank) {
            let path = ud_dir.join(&g.treebank);
            let text =
                std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
            let sents = read_conllu(&text).map_err(|e| format!("{}: {e}", path.display()))?;
            let map = sents
                .into_iter()
                .filter_map(|s| {
                    let id = s.comment("sent_id")?.to_string();
                    Some((id, (s.text, s.sentence)))
                })
                .collect();
            treebanks.insert(g.treebank.clone(), map);
        }
        let Some((text, sentence)) = treebanks.get(&g.treebank).and_then(|m| m.get(&g.sent_id))
        else {
            return Err(format!("{}: no sentence {}", g.treebank, g.sent_id));
        };
        if g.last >= sentence.tokens.len() || g.first > g.last {
            return Err(format!(
                "{} {}: words {}..{} out of range",
                g.treebank, g.sent_id, g.first, g.last
            ));
        }
        let lang = if g.treebank.starts_with("fr") {
            "fr"
        } else {
            "en"
        };
        let doc = sentence_document(text, sentence.clone(), lang);
        // Found by the resolver's own detection (places and names acting
        // as governments alike) at exactly the annotated words.
        let detected = resolver
            .toponyms(&doc)
            .iter()
            .any(|t| t.0 == 0 && t.1 == g.first && t.2 == g.last);
        let place = resolver.resolve_span(&doc, 0, g.first, g.last);
        score.total += 1;
        if detected {
            score.detected += 1;
        } else {
            score.undetected.push(format!(
                "{} {:?} (words {}..={})",
                g.sent_id, g.text, g.first, g.last
            ));
        }
        let idx = match per.iter().position(|p| p.0 == g.treebank) {
            Some(i) => i,
            None => {
                per.push((g.treebank.clone(), 0, 0, 0, 0));
                per.len() - 1
            }
        };
        per[idx].1 += 1;
        let got_id = place.as_ref().and_then(|p| p.geonames_id);
        let got_country = place.as_ref().and_then(|p| p.country.clone());
        let country_ok = got_country.as_deref() == Some(g.country.as_str());
        if country_ok {
            score.country += 1;
            per[idx].4 += 1;
        }
        let mut exact_ok = true;
        if let Some(id) = g.geonames_id {
            score.with_id += 1;
            per[idx].2 += 1;
            exact_ok = got_id == Some(id);
            if exact_ok {
                score.exact += 1;
                per[idx].3 += 1;
            }
        }
        if !(country_ok && exact_ok) {
            score.misses.push(format!(
                "{} {:?}: expected {} {} got {}",
                g.sent_id,
                g.text,
                g.geonames_id
                    .map(|i| i.to_string())
                    .unwrap_or_else(|| "-".into()),
                g.country,
                match &place {
                    Some(p) => format!(
                        "{} {} ({})",
                        p.geonames_id
                            .map(|i| i.to_string())
                            .unwrap_or_else(|| "-".into()),
                        p.country.as_deref().unwrap_or("-"),
                        p.name.as_deref().unwrap_or("?")
                    ),
                    None => "nothing".into(),
                }
            ));
        }
    }
    score.by_treebank = per;
    Ok(score)
}

/// The distinct sentences the annotated toponyms point into, as one-sentence
/// documents (for timing the whole stage).
pub fn gold_documents(gold: &[GoldToponym], ud_dir: &Path) -> Result<Vec<Document>, String> {
    let mut out = Vec::new();
    let mut seen = std::collections::HashSet::new();
    let mut treebanks: HashMap<String, Vec<sitrep_model::conllu::ConlluSentence>> = HashMap::new();
    for g in gold {
        if !seen.insert((g.treebank.clone(), g.sent_id.clone())) {
            continue;
        }
        if !treebanks.contains_key(&g.treebank) {
            let path = ud_dir.join(&g.treebank);
            let text =
                std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
            let sents = read_conllu(&text).map_err(|e| format!("{}: {e}", path.display()))?;
            treebanks.insert(g.treebank.clone(), sents);
        }
        let lang = if g.treebank.starts_with("fr") {
            "fr"
        } else {
            "en"
        };
        if let Some(s) = treebanks.get(&g.treebank).and_then(|v| {
            v.iter()
                .find(|s| s.comment("sent_id") == Some(g.sent_id.as_str()))
        }) {
            out.push(sentence_document(&s.text, s.sentence.clone(), lang));
        }
    }
    Ok(out)
}
