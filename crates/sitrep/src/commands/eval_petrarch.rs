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

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::{bail, Context};
use sitrep_code::{Coder, DictionaryFiles, Options};
use sitrep_model::conllu::read_conllu;
use sitrep_model::{DateSource, Document, PublicationDate};

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

type Coding = (String, String, String);

struct Record {
    id: String,
    category: String,
    text: String,
    doc: Document,
    expected: BTreeSet<Coding>,
    options: Options,
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

struct Environment {
    verbs: Option<String>,
    actors: Vec<String>,
    agents: Option<String>,
    discards: Option<String>,
    pico: Option<String>,
}

fn environment(s: &str) -> Environment {
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

/// Reads the records, applying `<Config>` switches in file order.
fn read_records(s: &str, unknown_config: &mut BTreeSet<String>) -> anyhow::Result<Vec<Record>> {
    let body = strip_comments(s);
    let body = match body.find("<Sentences>") {
        Some(i) => &body[i..],
        None => &body[..],
    };
    let mut opts = Options {
        require_dyad: true,
        new_actor_length: 0,
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
                let sents =
                    read_conllu(&parse).with_context(|| format!("record {id}: bad <Parse>"))?;
                let mut doc = Document {
                    id: id.clone(),
                    language: Some("en".into()),
                    ..Document::default()
                };
                if date.len() == 8 && date.bytes().all(|b| b.is_ascii_digit()) {
                    doc.published = Some(PublicationDate {
                        date: format!("{}-{}-{}", &date[..4], &date[4..6], &date[6..]),
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

fn resolve(dir: &Path, name: &str) -> PathBuf {
    let p = PathBuf::from(name);
    if p.is_absolute() || p.exists() && name.contains('/') {
        p
    } else {
        dir.join(name)
    }
}

#[derive(Default)]
struct Tally {
    records: usize,
    exact: usize,
    tp: usize,
    got: usize,
    expected: usize,
}

impl Tally {
    fn line(&self, name: &str) -> String {
        let pct = |a: usize, b: usize| {
            if b == 0 {
                0.0
            } else {
                100.0 * a as f64 / b as f64
            }
        };
        let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
        format!(
            "{name:<12} {:>5} {:>6.1}% {:>7.3} {:>7.3}",
            self.records,
            pct(self.exact, self.records),
            ratio(self.tp, self.got),
            ratio(self.tp, self.expected)
        )
    }
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
    let mut by_cat: BTreeMap<String, Tally> = BTreeMap::new();
    let mut all = Tally::default();
    let mut sentences = 0usize;
    for r in &records {
        sentences += r.doc.sentences.len();
        let got: BTreeSet<Coding> = coder.codings(&r.doc, &r.options).into_iter().collect();
        let tp = got.intersection(&r.expected).count();
        let exact = got == r.expected;
        for t in [by_cat.entry(r.category.clone()).or_default(), &mut all] {
            t.records += 1;
            t.exact += usize::from(exact);
            t.tp += tp;
            t.got += got.len();
            t.expected += r.expected.len();
        }
        if !exact && args.show_errors {
            println!("--- {} [{}]\n    {}", r.id, r.category, r.text);
            println!("    expected: {:?}", r.expected);
            println!("    got:      {:?}", got);
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
    println!(
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
    println!(
        "{:<12} {:>5} {:>7} {:>7} {:>7}",
        "category", "recs", "exact", "evP", "evR"
    );
    for (k, t) in &by_cat {
        println!("{}", t.line(k));
    }
    println!("{}", all.line("OVERALL"));
    let secs = elapsed.as_secs_f64().max(1e-9);
    println!(
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
        println!(
            "speed: {:.0} sentences per CPU-second (coding thread's CPU time {:.3}s)",
            coded as f64 / (ns as f64 / 1e9),
            ns as f64 / 1e9
        );
    }
    if !unknown.is_empty() {
        println!(
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
