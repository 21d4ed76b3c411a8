//! `sitrep nlp …`: train, run and evaluate the NLP models.
use std::io::Read as _;
use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::{bail, Context};
use clap::{Args, Subcommand};
use sitrep_model::conllu::{read_conllu, write_conllu, ConlluSentence};
use sitrep_model::{Block, BlockKind, Document, Sentence, Span};
use sitrep_nlp::{eval, Model, Nlp, TrainOptions, TreebankParts};

/// The NLP subcommands.
#[derive(Debug, Subcommand)]
pub enum NlpCommand {
    /// Train a model for one language from CoNLL-U treebanks.
    Train(TrainArgs),
    /// Read raw text on stdin and write CoNLL-U on stdout.
    Parse(ParseArgs),
    /// Parse a gold file's raw text and score it with the CoNLL 2018 metrics.
    Eval(EvalArgs),
    /// Make a trained model smaller by dropping its smallest weights.
    Prune(PruneArgs),
    /// Learn a model's tokenizer and sentence splitter again, keeping its
    /// taggers, lemmatizer and parser (which learn from gold words).
    Retokenize(RetokenizeArgs),
}

/// `sitrep nlp retokenize`.
#[derive(Debug, Args)]
pub struct RetokenizeArgs {
    /// The model file to read.
    #[arg(long)]
    model: PathBuf,
    /// Training CoNLL-U files (repeat or separate with commas): those the
    /// model was trained on, for the same model as `sitrep nlp train`.
    #[arg(long, required = true, value_delimiter = ',')]
    train: Vec<PathBuf>,
    /// Give the sentence splitter the format-2 features only.
    #[arg(long)]
    basic_splitter: bool,
    /// Random seed of the splitter's training.
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Where to write the model.
    #[arg(long)]
    out: PathBuf,
}

/// `sitrep nlp prune`.
#[derive(Debug, Args)]
pub struct PruneArgs {
    /// The model file to read.
    #[arg(long)]
    model: PathBuf,
    /// Drop weights whose absolute value is below this.
    #[arg(long)]
    min_weight: f32,
    /// Drop the taggers' weights below this instead (default: --min-weight).
    #[arg(long)]
    tagger_min_weight: Option<f32>,
    /// Drop the joint (UPOS+XPOS+features) tagger's weights below this
    /// instead (default: the taggers' threshold).
    #[arg(long)]
    joint_min_weight: Option<f32>,
    /// Where to write the smaller model.
    #[arg(long)]
    out: PathBuf,
}

/// `sitrep nlp train`.
#[derive(Debug, Args)]
pub struct TrainArgs {
    /// Language code the model is for (`en`, `fr`).
    #[arg(long)]
    lang: String,
    /// Training CoNLL-U files (repeat or separate with commas).
    #[arg(long, required = true, value_delimiter = ',')]
    train: Vec<PathBuf>,
    /// Development CoNLL-U file(s), scored after training.
    #[arg(long, value_delimiter = ',')]
    dev: Vec<PathBuf>,
    /// Where to write the model.
    #[arg(long)]
    out: PathBuf,
    /// Tagger passes over the data.
    #[arg(long, default_value_t = 10)]
    tagger_epochs: usize,
    /// Parser passes over the data.
    #[arg(long, default_value_t = 12)]
    parser_epochs: usize,
    /// Random seed (shuffling, exploration).
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Drop averaged weights smaller than this.
    #[arg(long, default_value_t = 0.02)]
    prune: f32,
    /// Give the taggers each word's ambiguity class (its UPOS set in
    /// training).
    #[arg(long)]
    ambiguity_classes: bool,
    /// With --ambiguity-classes: the taggers learn each training
    /// sentence's words with the classes the other sentences give them
    /// (leave one sentence out), as incomplete as new text's.
    #[arg(long)]
    held_out_ambiguity: bool,
    /// With --held-out-ambiguity: leave out one of this many contiguous
    /// blocks of the training sentences (mostly whole documents) instead
    /// of one sentence; 0: one sentence.
    #[arg(long, default_value_t = 0)]
    ambiguity_folds: usize,
    /// Fewest occurrences in training that give a word an ambiguity class.
    #[arg(long, default_value_t = 2)]
    ambiguity_min_count: u32,
    /// Use the format-1 feature templates (no longer affixes, wider
    /// context or label sets).
    #[arg(long)]
    basic_features: bool,
    /// Give the taggers each word's capitalisation in that of its sentence
    /// (format 4).
    #[arg(long)]
    case_features: bool,
    /// Tag UPOS once only (no second pass reading the first pass's tags).
    #[arg(long)]
    single_upos_pass: bool,
    /// Folds of the jackknifing that tags the parser's training data.
    #[arg(long, default_value_t = 2)]
    jackknife_folds: usize,
    /// Make the joint tagger one classifier per UPOS.
    #[arg(long)]
    per_upos_joint: bool,
    /// Probability that parser training follows its own wrong choice
    /// (from the second epoch on).
    #[arg(long, default_value_t = 0.9)]
    explore: f64,
    /// Treat each --train file as its own treebank: every tagger and parser
    /// feature also gets a copy conjoined with the sentence's treebank, and
    /// the model keeps the plain weights plus those of --target-treebank.
    #[arg(long)]
    treebank_features: bool,
    /// Give the sentence splitter the format-2 features only.
    #[arg(long)]
    basic_splitter: bool,
    /// With --treebank-features: the --train file (1 = first) whose
    /// treebank the model should imitate; default the last.
    #[arg(long)]
    target_treebank: Option<usize>,
    /// With --treebank-features: which classifiers get the treebank
    /// copies (upos, joint, parser).
    #[arg(long, value_delimiter = ',', default_values_t = ["joint".to_string()])]
    treebank_parts: Vec<String>,
    /// Training-data augmentation: the share (0 to 1) of the training
    /// sentences with a verb followed by its object (English also: a
    /// subject followed by its verb) that the taggers and the parser also
    /// learn as a copy with a time expression put there ("a accusé
    /// vendredi X", "a reçu lundi soir Y"; "said on Tuesday that", "NATO
    /// on Friday rejected"), annotated as the treebanks annotate one.
    /// Sentences, places and days are chosen from --seed. 0: none.
    #[arg(long, default_value_t = 0.0)]
    augment_time: f64,
    /// Training-data augmentation (English): the share (0 to 1) of the
    /// training sentences that start with their subject that the taggers
    /// and the parser also learn as a copy with a news-style subject
    /// ("The police arrested" → "Police arrested", "Brazilian police
    /// arrested"; "Bill Clinton said" → "Kenyan President Bill Clinton
    /// said"). Sentences and words are chosen from --seed. 0: none.
    #[arg(long, default_value_t = 0.0)]
    augment_subjects: f64,
}

/// `sitrep nlp parse`.
#[derive(Debug, Args)]
pub struct ParseArgs {
    /// Language of the text (`en`, `fr`).
    #[arg(long)]
    lang: String,
    /// Use this model file instead of the built-in one.
    #[arg(long)]
    model: Option<PathBuf>,
}

/// `sitrep nlp eval`.
#[derive(Debug, Args)]
pub struct EvalArgs {
    /// Language (`en`, `fr`).
    #[arg(long)]
    lang: String,
    /// Gold CoNLL-U file.
    #[arg(long)]
    gold: PathBuf,
    /// Use this model file instead of the built-in one.
    #[arg(long)]
    model: Option<PathBuf>,
    /// Keep the gold words and score tagging, lemmas and parsing alone.
    #[arg(long)]
    gold_tokenization: bool,
    /// Also write the system output as CoNLL-U here.
    #[arg(long)]
    system_out: Option<PathBuf>,
}

/// Runs one NLP subcommand.
pub fn run(cmd: NlpCommand) -> anyhow::Result<()> {
    match cmd {
        NlpCommand::Train(a) => train(a),
        NlpCommand::Parse(a) => parse(a),
        NlpCommand::Eval(a) => evaluate(a),
        NlpCommand::Prune(a) => prune(a),
        NlpCommand::Retokenize(a) => retokenize(a),
    }
}

fn retokenize(a: RetokenizeArgs) -> anyhow::Result<()> {
    let bytes = std::fs::read(&a.model)
        .with_context(|| format!("cannot read model {}", a.model.display()))?;
    let mut m = Model::from_bytes(&bytes)
        .with_context(|| format!("{} is not a usable model", a.model.display()))?;
    let mut data = Vec::new();
    for p in &a.train {
        data.extend(read_treebank(p)?);
    }
    m.retrain_tokenizer(&data, !a.basic_splitter, a.seed);
    let out = m.to_bytes();
    std::fs::write(&a.out, &out)
        .with_context(|| format!("cannot write model {}", a.out.display()))?;
    eprintln!(
        "wrote {} ({:.1} MB, was {:.1} MB)",
        a.out.display(),
        out.len() as f64 / 1e6,
        bytes.len() as f64 / 1e6,
    );
    Ok(())
}

fn prune(a: PruneArgs) -> anyhow::Result<()> {
    let bytes = std::fs::read(&a.model)
        .with_context(|| format!("cannot read model {}", a.model.display()))?;
    let mut m = Model::from_bytes(&bytes)
        .with_context(|| format!("{} is not a usable model", a.model.display()))?;
    let tagger_min = a.tagger_min_weight.unwrap_or(a.min_weight);
    m.prune_each(
        tagger_min,
        a.joint_min_weight.unwrap_or(tagger_min),
        a.min_weight,
    );
    let out = m.to_bytes();
    std::fs::write(&a.out, &out)
        .with_context(|| format!("cannot write model {}", a.out.display()))?;
    eprintln!(
        "wrote {} ({:.1} MB, was {:.1} MB; {})",
        a.out.display(),
        out.len() as f64 / 1e6,
        bytes.len() as f64 / 1e6,
        m.stats()
    );
    Ok(())
}

fn read_treebank(path: &Path) -> anyhow::Result<Vec<ConlluSentence>> {
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("cannot read CoNLL-U file {}", path.display()))?;
    read_conllu(&text).with_context(|| format!("{} is not valid CoNLL-U", path.display()))
}

fn load(lang: &str, model: Option<&Path>) -> anyhow::Result<Nlp> {
    let mut nlp = match model {
        Some(_) => Nlp::default(),
        None => Nlp::builtin().context("cannot load the built-in NLP models")?,
    };
    if let Some(p) = model {
        nlp.load_model_file(p)?;
    }
    if nlp.model(lang).is_none() {
        bail!(
            "no NLP model for language {lang:?} (have: {:?}); pass --model FILE or train one with `sitrep nlp train`",
            nlp.languages()
        );
    }
    Ok(nlp)
}

fn train(a: TrainArgs) -> anyhow::Result<()> {
    let mut data = Vec::new();
    let mut treebanks = Vec::new();
    for (i, p) in a.train.iter().enumerate() {
        let s = read_treebank(p)?;
        treebanks.extend(std::iter::repeat_n(i, s.len()));
        data.extend(s);
    }
    let target = a.target_treebank.unwrap_or(a.train.len()).max(1) - 1;
    if a.treebank_features && target >= a.train.len() {
        bail!(
            "--target-treebank {} but there are {} --train files",
            target + 1,
            a.train.len()
        );
    }
    if !(0.0..=1.0).contains(&a.augment_time) {
        bail!("--augment-time {} is not between 0 and 1", a.augment_time);
    }
    if !(0.0..=1.0).contains(&a.augment_subjects) {
        bail!(
            "--augment-subjects {} is not between 0 and 1",
            a.augment_subjects
        );
    }
    if !a.treebank_features {
        treebanks.clear();
    }
    let names: Vec<String> = a.train.iter().map(|p| p.display().to_string()).collect();
    let opts =
        TrainOptions {
            tagger_epochs: a.tagger_epochs,
            parser_epochs: a.parser_epochs,
            seed: a.seed,
            prune: a.prune,
            ambiguity_classes: a.ambiguity_classes,
            held_out_ambiguity: a.held_out_ambiguity,
            ambiguity_folds: a.ambiguity_folds,
            ambiguity_min_count: a.ambiguity_min_count,
            rich_features: !a.basic_features,
            second_upos_pass: !a.single_upos_pass,
            jackknife_folds: a.jackknife_folds,
            per_upos_joint: a.per_upos_joint,
            explore: a.explore,
            treebanks,
            rich_splitter: !a.basic_splitter,
            case_features: a.case_features,
            time_expressions: a.augment_time,
            news_subjects: a.augment_subjects,
            target_treebank: target,
            treebank_parts: TreebankParts {
                upos: a.treebank_parts.iter().any(|p| p == "upos"),
                joint: a.treebank_parts.iter().any(|p| p == "joint"),
                parser: a.treebank_parts.iter().any(|p| p == "parser"),
            },
            description: format!(
            "trained on {} ({} sentences), tagger {} epochs, parser {} epochs (exploration {}), seed {}, prune {}, {}-fold jackknifing{}{}{}{}{}{}{}{}{}{}",
            names.join(" + "),
            data.len(),
            a.tagger_epochs,
            a.parser_epochs,
            a.explore,
            a.seed,
            a.prune,
            a.jackknife_folds.max(2),
            if a.ambiguity_classes { ", ambiguity classes" } else { "" },
            if !a.held_out_ambiguity {
                String::new()
            } else if a.ambiguity_folds == 0 {
                " (held out by sentence in training)".to_string()
            } else {
                format!(" (held out by {}-fold blocks in training)", a.ambiguity_folds)
            },
            if a.ambiguity_min_count == 2 {
                String::new()
            } else {
                format!(" (words seen {}+ times)", a.ambiguity_min_count)
            },
            if a.basic_features { ", basic features" } else { "" },
            if a.single_upos_pass { ", single UPOS pass" } else { "" },
            if a.per_upos_joint { ", joint tagger per UPOS" } else { "" },
            if a.basic_splitter { ", basic splitter" } else { "" },
            if a.case_features { ", case features" } else { "" },
            if a.augment_time > 0.0 {
                format!(", time expressions added to {} of the sentences with a place", a.augment_time)
            } else {
                String::new()
            },
            if a.treebank_features {
                format!(
                    ", treebank features for {} (target: {})",
                    a.treebank_parts.join("+"),
                    names[target]
                )
            } else {
                String::new()
            }
        ),
        };
    let t0 = Instant::now();
    let log = |s: String| eprintln!("[{:7.1}s] {s}", t0.elapsed().as_secs_f64());
    let model = Model::train(&a.lang, &data, &opts, &log)?;
    let bytes = model.to_bytes();
    std::fs::write(&a.out, &bytes)
        .with_context(|| format!("cannot write model {}", a.out.display()))?;
    eprintln!(
        "wrote {} ({:.1} MB; {}) after {:.1}s",
        a.out.display(),
        bytes.len() as f64 / 1e6,
        model.stats(),
        t0.elapsed().as_secs_f64()
    );
    let mut nlp = Nlp::default();
    nlp.add_model(model);
    for d in &a.dev {
        let gold = read_treebank(d)?;
        for gold_tok in [true, false] {
            let (ev, _, secs, words) = score(&nlp, &a.lang, &gold, gold_tok)?;
            outln!(
                "dev {} ({}): {} words in {:.2} s of CPU time",
                d.display(),
                if gold_tok {
                    "gold tokenization"
                } else {
                    "raw text"
                },
                words,
                secs
            );
            out!("{}", ev.table());
        }
    }
    Ok(())
}

/// A document of paragraphs (blocks separated by blank lines).
fn document(lang: &str, text: String) -> Document {
    let mut blocks = Vec::new();
    let mut start = None;
    let mut last_end = 0;
    let mut pos = 0;
    for line in text.split_inclusive('\n') {
        let content = line.trim_end_matches(['\n', '\r']);
        if content.trim().is_empty() {
            if let Some(s) = start.take() {
                blocks.push(Block {
                    kind: BlockKind::Paragraph,
                    span: Span::new(s, last_end),
                });
            }
        } else {
            if start.is_none() {
                start = Some(pos);
            }
            last_end = pos + content.len();
        }
        pos += line.len();
    }
    if let Some(s) = start {
        blocks.push(Block {
            kind: BlockKind::Paragraph,
            span: Span::new(s, last_end),
        });
    }
    Document {
        text,
        blocks,
        language: Some(lang.to_string()),
        ..Document::default()
    }
}

fn parse(a: ParseArgs) -> anyhow::Result<()> {
    let nlp = load(&a.lang, a.model.as_deref())?;
    let mut bytes = Vec::new();
    std::io::stdin()
        .read_to_end(&mut bytes)
        .context("cannot read stdin")?;
    let text = String::from_utf8_lossy(&bytes).into_owned();
    let doc = nlp.process(document(&a.lang, text));
    let mut out = String::new();
    for (i, s) in doc.sentences.iter().enumerate() {
        let id = (i + 1).to_string();
        write_conllu(
            &mut out,
            &[("sent_id", &id), ("text", s.span.slice(&doc.text))],
            s,
        );
    }
    use std::io::Write as _;
    std::io::stdout()
        .write_all(out.as_bytes())
        .context("cannot write stdout")?;
    Ok(())
}

/// CPU time of the calling thread in seconds (Linux `schedstat`), when the
/// system reports it: on a shared machine it measures our work alone.
fn thread_cpu_seconds() -> Option<f64> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let ns: f64 = s.split_whitespace().next()?.parse().ok()?;
    Some(ns / 1e9)
}

/// Runs the model on a gold treebank; returns the evaluation, the system
/// sentences, the seconds spent (thread CPU time where available, else wall
/// time) and the number of system words.
fn score(
    nlp: &Nlp,
    lang: &str,
    gold: &[ConlluSentence],
    gold_tokenization: bool,
) -> anyhow::Result<(eval::Evaluation, Vec<Sentence>, f64, usize)> {
    let gold_sents: Vec<Sentence> = gold.iter().map(|g| g.sentence.clone()).collect();
    let t0;
    let cpu0;
    let system: Vec<Sentence> = if gold_tokenization {
        let mut s: Vec<Sentence> = gold_sents
            .iter()
            .map(|g| {
                let mut g = g.clone();
                for t in &mut g.tokens {
                    t.lemma.clear();
                    t.upos.clear();
                    t.xpos.clear();
                    t.feats.clear();
                    t.head = 0;
                    t.deprel.clear();
                }
                g
            })
            .collect();
        t0 = Instant::now();
        cpu0 = thread_cpu_seconds();
        nlp.analyse_sentences(lang, &mut s);
        s
    } else {
        // Raw text: sentences joined by spaces, paragraphs (newpar/newdoc)
        // by blank lines.
        let mut text = String::new();
        for g in gold {
            let new_par = g
                .comments
                .iter()
                .any(|(k, _)| k.starts_with("newpar") || k.starts_with("newdoc"));
            if !text.is_empty() {
                text.push_str(if new_par { "\n\n" } else { " " });
            }
            text.push_str(&g.text);
        }
        let doc = document(lang, text);
        t0 = Instant::now();
        cpu0 = thread_cpu_seconds();
        nlp.process(doc).sentences
    };
    let secs = match (cpu0, thread_cpu_seconds()) {
        (Some(a), Some(b)) => b - a,
        _ => t0.elapsed().as_secs_f64(),
    };
    let words = system.iter().map(|s| s.tokens.len()).sum();
    let ev = eval::evaluate(&gold_sents, &system).context("cannot score the system output")?;
    Ok((ev, system, secs, words))
}

fn evaluate(a: EvalArgs) -> anyhow::Result<()> {
    let t0 = Instant::now();
    let c0 = thread_cpu_seconds();
    let nlp = load(&a.lang, a.model.as_deref())?;
    let load_s = t0.elapsed().as_secs_f64();
    let load_cpu = match (c0, thread_cpu_seconds()) {
        (Some(a), Some(b)) => format!("{:.0} ms of CPU, ", (b - a) * 1000.0),
        _ => String::new(),
    };
    let gold = read_treebank(&a.gold)?;
    let (ev, system, secs, words) = score(&nlp, &a.lang, &gold, a.gold_tokenization)?;
    outln!(
        "{} ({}), model {}",
        a.gold.display(),
        if a.gold_tokenization {
            "gold tokenization"
        } else {
            "raw text"
        },
        nlp.model_version(&a.lang).unwrap_or_default()
    );
    out!("{}", ev.table());
    outln!(
        "speed: {} words in {:.3} s of CPU time = {:.0} words/s on one thread; models loaded in {}{:.0} ms wall",
        words,
        secs,
        words as f64 / secs.max(1e-9),
        load_cpu,
        load_s * 1000.0
    );
    if let Some(p) = &a.system_out {
        let mut out = String::new();
        for (i, s) in system.iter().enumerate() {
            let id = (i + 1).to_string();
            write_conllu(&mut out, &[("sent_id", &id)], s);
        }
        std::fs::write(p, out).with_context(|| format!("cannot write {}", p.display()))?;
    }
    Ok(())
}
