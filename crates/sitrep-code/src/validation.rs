//! PETRARCH validation records: reading them and scoring a coder on them.
//!
//! A validation file holds `<Sentence>` records, each with a `<Text>`, a
//! CoNLL-U `<Parse>` and the expected `<EventCoding>`s; `<Config>` switches
//! apply to the records after them, and `<Environment>` names the
//! dictionaries. The published files are not all well-formed XML (the GSR
//! file has self-closed `<Sentence …/>` tags and `#` lines outside
//! comments), so this reads them by their tags, in order, rather than with
//! an XML parser.
//!
//! Scoring follows the definition used by PETRARCH's validation: a record is
//! coded exactly when the set of (event, source, target) codings equals the
//! expected set — nothing missing, nothing extra; a record expecting no
//! events (or an error) is exact when nothing is coded. Event-level precision
//! and recall count codings over all records.

use std::collections::{BTreeMap, BTreeSet};

use sitrep_model::conllu::read_conllu;
use sitrep_model::{DateSource, Document, PublicationDate};

use crate::{Coder, Options};

/// A record that cannot be read.
#[derive(Debug, thiserror::Error)]
#[error("validation record {record}: {message}")]
pub struct ValidationError {
    /// The record's id.
    pub record: String,
    /// What was wrong.
    pub message: String,
}

/// One coding: (event code, source code, target code).
pub type Coding = (String, String, String);

/// One validation record.
#[derive(Debug, Clone)]
pub struct Record {
    /// Its id.
    pub id: String,
    /// Its category (the `category` attribute, else the id's prefix).
    pub category: String,
    /// The sentence text, whitespace collapsed.
    pub text: String,
    /// The parse as a one-document input (language `en`, dated).
    pub doc: Document,
    /// The expected codings; empty for `noevents` and `error` records.
    pub expected: BTreeSet<Coding>,
    /// The `<Config>` switches in force for it.
    pub options: Options,
}

fn attr(tag: &str, name: &str) -> Option<String> {
    let pat = format!("{name}=\"");
    let i = tag.find(&pat)? + pat.len();
    let j = tag[i..].find('"')? + i;
    Some(unescape(&tag[i..j]))
}

fn unescape(s: &str) -> String {
    s.replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

fn between<'a>(s: &'a str, open: &str, close: &str) -> Option<&'a str> {
    let i = s.find(open)? + open.len();
    let j = s[i..].find(close)? + i;
    Some(&s[i..j])
}

/// Removes `<!-- … -->` comments.
fn strip_comments(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find("<!--") {
        out.push_str(&rest[..i]);
        match rest[i..].find("-->") {
            Some(j) => rest = &rest[i + j + 3..],
            None => {
                rest = "";
                break;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The dictionary files a validation file's `<Environment>` names.
#[derive(Debug, Clone, Default)]
pub struct Environment {
    /// `<Verbfile>`.
    pub verbs: Option<String>,
    /// `<Actorfile>`, split at commas.
    pub actors: Vec<String>,
    /// `<Agentfile>`.
    pub agents: Option<String>,
    /// `<Discardfile>`.
    pub discards: Option<String>,
    /// `<PICOfile>`.
    pub pico: Option<String>,
}

/// Reads the `<Environment>` of a validation file.
pub fn environment(s: &str) -> Environment {
    let env = between(s, "<Environment>", "</Environment>").unwrap_or("");
    let get = |t: &str| {
        between(env, &format!("<{t}>"), &format!("</{t}>"))
            .map(|v| v.trim().to_string())
            .filter(|v| !v.is_empty())
    };
    Environment {
        verbs: get("Verbfile"),
        actors: get("Actorfile")
            .map(|v| {
                v.split(',')
                    .map(|x| x.trim().to_string())
                    .filter(|x| !x.is_empty())
                    .collect()
            })
            .unwrap_or_default(),
        agents: get("Agentfile"),
        discards: get("Discardfile"),
        pico: get("PICOfile"),
    }
}

/// Reads the records of a validation file, applying `<Config>` switches in
/// file order; the names of switches the coder does not implement are added
/// to `unknown_config`.
pub fn read_records(
    s: &str,
    unknown_config: &mut BTreeSet<String>,
) -> Result<Vec<Record>, ValidationError> {
    let body = strip_comments(s);
    let body = match body.find("<Sentences>") {
        Some(i) => &body[i..],
        None => &body[..],
    };
    let mut opts = Options {
        require_dyad: true,
        new_actor_length: 0,
        untargeted_statements: true,
        placed_sources: false,
    };
    let mut out = Vec::new();
    let mut pos = 0;
    // Walk the tags in order: <Config …/> changes options, <Sentence …>
    // opens a record that runs to the next <Sentence or the end.
    loop {
        let next_cfg = body[pos..].find("<Config").map(|i| i + pos);
        let next_sent = body[pos..].find("<Sentence ").map(|i| i + pos);
        match (next_cfg, next_sent) {
            (Some(c), s) if s.is_none_or(|s| c < s) => {
                let end = body[c..].find('>').map(|k| c + k).unwrap_or(body.len());
                let tag = &body[c..end];
                let name = attr(tag, "option").unwrap_or_default();
                let value = attr(tag, "value").unwrap_or_default();
                match name.as_str() {
                    "require_dyad" => opts.require_dyad = value.eq_ignore_ascii_case("true"),
                    "new_actor_length" => opts.new_actor_length = value.trim().parse().unwrap_or(0),
                    _ => {
                        unknown_config.insert(name);
                    }
                }
                pos = end;
            }
            (_, Some(st)) => {
                let tag_end = body[st..].find('>').map(|k| st + k).unwrap_or(body.len());
                let tag = &body[st..tag_end];
                let rec_end = body[tag_end..]
                    .find("<Sentence ")
                    .map(|k| tag_end + k)
                    .unwrap_or(body.len());
                // A <Config> inside the record's span belongs to the records after it.
                let rec_end = body[tag_end..rec_end]
                    .find("<Config")
                    .map(|k| tag_end + k)
                    .unwrap_or(rec_end);
                let rec = &body[tag_end..rec_end];
                let id = attr(tag, "id").unwrap_or_default();
                let category = attr(tag, "category").unwrap_or_else(|| {
                    id.split(|c: char| c == '_' || c.is_ascii_digit())
                        .next()
                        .unwrap_or("")
                        .to_string()
                });
                let date = attr(tag, "date").unwrap_or_default();
                let mut expected = BTreeSet::new();
                let mut r = rec;
                while let Some(i) = r.find("<EventCoding") {
                    let e = r[i..].find('>').map(|k| i + k).unwrap_or(r.len());
                    let t = &r[i..e];
                    if let (Some(code), Some(src)) = (attr(t, "eventcode"), attr(t, "sourcecode")) {
                        let tgt = attr(t, "targetcode").unwrap_or_else(|| "---".into());
                        expected.insert((code, src, tgt));
                    }
                    r = &r[e..];
                }
                let text = between(rec, "<Text>", "</Text>")
                    .map(|t| t.split_whitespace().collect::<Vec<_>>().join(" "))
                    .unwrap_or_default();
                let parse = between(rec, "<Parse>", "</Parse>").unwrap_or("");
                let parse: String = parse
                    .lines()
                    .map(str::trim)
                    .filter(|l| !l.is_empty())
                    .map(|l| format!("{l}\n"))
                    .collect();
                let sents = read_conllu(&parse).map_err(|e| ValidationError {
                    record: id.clone(),
                    message: format!("bad <Parse>: {e}"),
                })?;
                let mut doc = Document {
                    id: id.clone(),
                    language: Some("en".into()),
                    ..Document::default()
                };
                // `YYYYMMDD`, or TABARI's `YYMMDD`.
                if let Some(d) = sitrep_lexicon::date_from_yyyymmdd(&date) {
                    doc.published = Some(PublicationDate {
                        date: format!("{:04}-{:02}-{:02}", d / 10000, d / 100 % 100, d % 100),
                        source: DateSource::Input,
                    });
                }
                for c in sents {
                    let mut s = c.sentence;
                    let off = doc.text.len() as u32 + if doc.text.is_empty() { 0 } else { 1 };
                    if !doc.text.is_empty() {
                        doc.text.push(' ');
                    }
                    doc.text.push_str(&c.text);
                    s.span.start += off;
                    s.span.end += off;
                    for t in &mut s.tokens {
                        t.span.start += off;
                        t.span.end += off;
                    }
                    doc.sentences.push(s);
                }
                out.push(Record {
                    id,
                    category,
                    text,
                    doc,
                    expected,
                    options: opts.clone(),
                });
                pos = rec_end;
            }
            _ => break,
        }
    }
    Ok(out)
}

/// Counts for a set of records.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Tally {
    /// Records.
    pub records: usize,
    /// Records coded exactly.
    pub exact: usize,
    /// Codings both expected and produced.
    pub true_positives: usize,
    /// Codings produced.
    pub produced: usize,
    /// Codings expected.
    pub expected: usize,
}

impl Tally {
    /// Share of records coded exactly, in percent.
    pub fn exact_percent(&self) -> f64 {
        if self.records == 0 {
            0.0
        } else {
            100.0 * self.exact as f64 / self.records as f64
        }
    }
    /// Event-level precision.
    pub fn precision(&self) -> f64 {
        if self.produced == 0 {
            0.0
        } else {
            self.true_positives as f64 / self.produced as f64
        }
    }
    /// Event-level recall.
    pub fn recall(&self) -> f64 {
        if self.expected == 0 {
            0.0
        } else {
            self.true_positives as f64 / self.expected as f64
        }
    }
}

/// The result of coding every record.
#[derive(Debug, Default, Clone)]
pub struct Score {
    /// By category.
    pub by_category: BTreeMap<String, Tally>,
    /// Over all records.
    pub overall: Tally,
    /// Records not coded exactly: (record index, codings produced).
    pub errors: Vec<(usize, BTreeSet<Coding>)>,
}

/// Codes every record and scores the codings.
pub fn score(coder: &Coder, records: &[Record]) -> Score {
    let mut s = Score::default();
    for (i, r) in records.iter().enumerate() {
        let got: BTreeSet<Coding> = coder.codings(&r.doc, &r.options).into_iter().collect();
        let tp = got.intersection(&r.expected).count();
        let exact = got == r.expected;
        for t in [
            s.by_category.entry(r.category.clone()).or_default(),
            &mut s.overall,
        ] {
            t.records += 1;
            t.exact += usize::from(exact);
            t.true_positives += tp;
            t.produced += got.len();
            t.expected += r.expected.len();
        }
        if !exact {
            s.errors.push((i, got));
        }
    }
    s
}
