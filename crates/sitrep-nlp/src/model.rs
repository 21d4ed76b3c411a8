//! One language's model: tokenizer, tagger, lemmatizer and parser, its
//! training from CoNLL-U, and its versioned binary file format.
//!
//! File layout: the 8-byte magic `SITRNLP\0`, the format version (`u32`),
//! the payload length (`u64`), the payload, and an FNV-1a checksum of the
//! payload (`u64`). A file with another magic, another version, a short
//! payload or a wrong checksum is refused with an error saying which.
//! Version 2 adds the richer tagger and parser feature templates (a flag),
//! the tokenizer's learned multiword endings and hyphen prefixes, and an
//! optional second UPOS pass; version 3 adds the richer sentence-splitter
//! features (a flag); version 4 the taggers' case features (a flag) and
//! the tokenizer's run-together words (a model with neither is still
//! written as version 3); versions 1 to 3 are still read.

use std::collections::HashMap;

use sitrep_model::conllu::ConlluSentence;
use sitrep_model::Token;

use crate::hash::{HMap, Rng};
use crate::io::{Reader, Writer};
use crate::lemma::Lemmatizer;
use crate::parser::{self, Example, ParseInput};
use crate::perceptron::{Trainer, Weights};
use crate::tagger::{self, word_infos, Pass, TagExample, Target, WordInfo};
use crate::tokenizer::Tokenizer;
use crate::NlpError;

/// The magic bytes every model file starts with.
pub const MAGIC: &[u8; 8] = b"SITRNLP\0";
/// The model file format this build reads and writes.
pub const FORMAT_VERSION: u32 = 4;

/// The oldest model file format this build still reads.
pub const OLDEST_FORMAT_VERSION: u32 = 1;

/// A trained model for one language.
pub struct Model {
    lang: String,
    description: String,
    pub(crate) tokenizer: Tokenizer,
    /// Joint tags: (UPOS, XPOS, FEATS).
    tags: Vec<(String, String, String)>,
    tag_upos: Vec<u16>,
    upos_tagger: Weights,
    /// Second UPOS pass, reading the first pass's tags on both sides.
    upos2: Option<Weights>,
    tagger: Weights,
    lemma: Lemmatizer,
    labels: Vec<String>,
    parser: Weights,
    /// Ambiguity classes of the training words, when the taggers use them.
    lexicon: Option<HMap<u64>>,
    /// Whether the taggers and parser use the format-2 feature templates.
    rich: bool,
    /// Whether the joint tagger is one classifier per UPOS.
    per_upos_joint: bool,
    /// Whether the taggers read the words' case in their sentence's
    /// (format 4).
    case_features: bool,
    /// The format version of the file the model was read from (the
    /// current one for a model trained by this build).
    version: u32,
}

impl std::fmt::Debug for Model {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Model")
            .field("lang", &self.lang)
            .field("description", &self.description)
            .field("tags", &self.tags.len())
            .field("labels", &self.labels.len())
            .finish()
    }
}

/// Training settings.
#[derive(Debug, Clone)]
pub struct TrainOptions {
    /// Passes over the data for the tagger.
    pub tagger_epochs: usize,
    /// Passes over the data for the parser.
    pub parser_epochs: usize,
    /// Seed for shuffling and exploration.
    pub seed: u64,
    /// Probability of following the parser's own wrong choice (from the
    /// second epoch on).
    pub explore: f64,
    /// Averaged weights smaller than this are dropped from the model.
    pub prune: f32,
    /// Free text stored in the model (data and command used).
    pub description: String,
    /// Give the taggers each word's ambiguity class (the set of UPOS it
    /// had in training, for words seen at least twice).
    pub ambiguity_classes: bool,
    /// With `ambiguity_classes`: give each training sentence's words the
    /// classes the other training sentences give them (leave one sentence
    /// out), so that the taggers learn from classes as incomplete as new
    /// text's, not classes that always hold the right tag. The model keeps
    /// the classes of all the training data.
    pub held_out_ambiguity: bool,
    /// With `held_out_ambiguity`: leave out one of this many contiguous
    /// blocks of the training sentences (in file order, so mostly whole
    /// documents) instead of one sentence; 0: one sentence.
    pub ambiguity_folds: usize,
    /// Fewest occurrences in training that give a word an ambiguity class
    /// (rarer words get the unknown-word class).
    pub ambiguity_min_count: u32,
    /// Use the format-2 feature templates (longer affixes, wider context,
    /// label sets); off gives the format-1 features.
    pub rich_features: bool,
    /// Folds of the jackknifing that tags the parser's (and the second
    /// UPOS pass's) training data (at least 2).
    pub jackknife_folds: usize,
    /// Make the joint tagger one classifier per UPOS (every feature
    /// conjoined with the word's UPOS).
    pub per_upos_joint: bool,
    /// Tag UPOS a second time, reading the first pass's tags on both
    /// sides (learned from jackknifed first-pass tags).
    pub second_upos_pass: bool,
    /// The treebank of each training sentence (parallel to the training
    /// sentences; empty: one treebank). With two or more treebanks every
    /// tagger and parser feature also has a copy conjoined with the
    /// sentence's treebank, and the model keeps the plain weights plus
    /// those of `target_treebank`.
    pub treebanks: Vec<usize>,
    /// The treebank whose conjoined weights the model uses.
    pub target_treebank: usize,
    /// Which classifiers get the treebank copies of their features.
    pub treebank_parts: TreebankParts,
    /// Give the sentence splitter the format-3 features (the second token
    /// after the gap, the token before, the sentence length so far).
    pub rich_splitter: bool,
    /// Give the taggers each word's case in its sentence's (format 4).
    pub case_features: bool,
    /// Share of the training sentences with a place for one that the
    /// taggers and the parser also see as a copy with a time expression
    /// after the verb ([`crate::augment`]; 0: none). The tokenizer and the
    /// sentence splitter learn from the sentences as written only.
    pub time_expressions: f64,
    /// Share of the English training sentences that start with their
    /// subject that the taggers and the parser also see as a copy with a
    /// news-style subject ([`crate::augment::news_subjects`]; 0: none).
    pub news_subjects: f64,
}

/// Which classifiers learn treebank-conjoined features (with several
/// training treebanks).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TreebankParts {
    /// The two UPOS passes.
    pub upos: bool,
    /// The joint (UPOS, XPOS, features) tagger.
    pub joint: bool,
    /// The parser.
    pub parser: bool,
}

impl Default for TreebankParts {
    /// The joint tagger only: on the French GSD dev halves, copies for
    /// the UPOS taggers and the parser did not help (see models/README.md).
    fn default() -> Self {
        TreebankParts {
            upos: false,
            joint: true,
            parser: false,
        }
    }
}

impl Default for TrainOptions {
    fn default() -> Self {
        TrainOptions {
            tagger_epochs: 10,
            parser_epochs: 12,
            seed: 1,
            explore: 0.9,
            prune: 0.02,
            description: String::new(),
            ambiguity_classes: false,
            held_out_ambiguity: false,
            ambiguity_folds: 0,
            ambiguity_min_count: 2,
            rich_features: true,
            second_upos_pass: true,
            jackknife_folds: 2,
            per_upos_joint: false,
            treebanks: Vec::new(),
            target_treebank: 0,
            treebank_parts: TreebankParts::default(),
            rich_splitter: true,
            case_features: false,
            time_expressions: 0.0,
            news_subjects: 0.0,
        }
    }
}

fn fnv(data: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in data {
        h ^= b as u64;
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// One jackknifed training sentence: its index, predicted UPOS and
/// predicted joint tags.
type Jackknifed = (usize, Vec<u16>, Vec<u16>);

/// The analysis of one word.
pub(crate) struct Analysis {
    pub(crate) lemma: String,
    pub(crate) tag: u16,
    pub(crate) head: u32,
    pub(crate) label: u16,
}

/// Reusable buffers for annotating, so words do not allocate features.
#[derive(Default)]
pub(crate) struct Scratch {
    infos: Vec<WordInfo>,
    lower: String,
    fv: Vec<u64>,
    scores: Vec<f32>,
    upos: Vec<u16>,
    upos2: Vec<u16>,
    tags: Vec<u16>,
    inp: Vec<ParseInput>,
    forced: Vec<u16>,
}

impl Model {
    /// The language code the model was trained for.
    pub fn lang(&self) -> &str {
        &self.lang
    }

    /// The model's description (data, command, seed).
    pub fn description(&self) -> &str {
        &self.description
    }

    /// The format version of the model's file.
    pub fn format_version(&self) -> u32 {
        self.version
    }

    /// Sizes of the model's parts, for reports.
    pub fn stats(&self) -> String {
        format!(
            "{} tags, {} UPOS weights, {} second-pass UPOS weights, {} joint tagger weights, {} labels, {} parser weights",
            self.tags.len(),
            self.upos_tagger.entries(),
            self.upos2.as_ref().map_or(0, Weights::entries),
            self.tagger.entries(),
            self.labels.len(),
            self.parser.entries()
        )
    }

    /// Drops tagger and parser weights whose absolute value is below
    /// `min_abs` (to make a model smaller after training).
    pub fn prune(&mut self, min_abs: f32) {
        self.prune_parts(min_abs, min_abs);
    }

    /// Drops tagger weights (both UPOS passes and the joint tagger) below
    /// `tagger_min` and parser weights below `parser_min`.
    pub fn prune_parts(&mut self, tagger_min: f32, parser_min: f32) {
        self.prune_each(tagger_min, tagger_min, parser_min);
    }

    /// Drops the UPOS taggers' weights (both passes) below `upos_min`, the
    /// joint tagger's below `joint_min` and the parser's below
    /// `parser_min`.
    pub fn prune_each(&mut self, upos_min: f32, joint_min: f32, parser_min: f32) {
        let step = Some(crate::perceptron::QUANT_STEP);
        self.upos_tagger = self.upos_tagger.pruned(upos_min, step);
        self.upos2 = self.upos2.as_ref().map(|w| w.pruned(upos_min, step));
        self.tagger = self.tagger.pruned(joint_min, step);
        self.parser = self.parser.pruned(parser_min, step);
        if upos_min == parser_min && joint_min == parser_min {
            self.description
                .push_str(&format!("; pruned to |w| >= {parser_min}"));
        } else if upos_min == joint_min {
            self.description.push_str(&format!(
                "; pruned to |w| >= {upos_min} (taggers), {parser_min} (parser)"
            ));
        } else {
            self.description.push_str(&format!(
                "; pruned to |w| >= {upos_min} (UPOS taggers), {joint_min} (joint tagger), {parser_min} (parser)"
            ));
        }
    }

    /// Learns the tokenizer and sentence splitter again from `train`,
    /// keeping the taggers, lemmatizer and parser (which learn from gold
    /// words, so the result is the model `Model::train` would make with
    /// this tokenizer). `rich_splitter`: the format-3 splitter features.
    pub fn retrain_tokenizer(&mut self, train: &[ConlluSentence], rich_splitter: bool, seed: u64) {
        let owned: Vec<ConlluSentence> = train
            .iter()
            .filter(|s| !s.sentence.tokens.is_empty())
            .cloned()
            .collect();
        let mut tokenizer = Tokenizer::train(&owned);
        tokenizer.rich_splitter = rich_splitter;
        tokenizer.train_splitter(&owned, 5, seed);
        self.tokenizer = tokenizer;
        self.description.push_str(&format!(
            "; tokenizer retrained on {} sentences",
            owned.len()
        ));
    }

    /// Tags, lemmatizes and parses one sentence of words.
    /// `names` marks the words that are pieces of a proper name whatever
    /// the taggers say (see `name_pieces` in the crate root): they are
    /// tagged `PROPN`.
    pub(crate) fn analyse(&self, words: &[&str], names: &[bool], s: &mut Scratch) -> Vec<Analysis> {
        word_infos(words, &mut s.infos, &mut s.lower);
        if self.case_features {
            tagger::set_case(&mut s.infos, words);
        }
        if let Some(lex) = &self.lexicon {
            tagger::set_ambiguity(&mut s.infos, lex);
        }
        let rich = self.rich;
        s.forced.clear();
        let propn = self.propn_id().filter(|_| names.iter().any(|&x| x));
        if let Some(p) = propn {
            s.forced
                .extend(names.iter().map(|&x| if x { p } else { u16::MAX }));
        }
        let forced = propn.map(|_| s.forced.as_slice());
        tagger::tag(
            &self.upos_tagger,
            &s.infos,
            Pass {
                ctx: None,
                restrict: None,
                forced,
                rich,
                per_upos: false,
            },
            &mut s.upos,
            &mut s.fv,
            &mut s.scores,
        );
        if let Some(w2) = &self.upos2 {
            tagger::tag(
                w2,
                &s.infos,
                Pass {
                    ctx: Some(&s.upos),
                    restrict: None,
                    forced,
                    rich,
                    per_upos: false,
                },
                &mut s.upos2,
                &mut s.fv,
                &mut s.scores,
            );
            std::mem::swap(&mut s.upos, &mut s.upos2);
        }
        tagger::tag(
            &self.tagger,
            &s.infos,
            Pass {
                ctx: Some(&s.upos),
                restrict: Some(&self.tag_upos),
                forced: None,
                rich,
                per_upos: self.per_upos_joint,
            },
            &mut s.tags,
            &mut s.fv,
            &mut s.scores,
        );
        s.inp.clear();
        for (i, &t) in s.tags.iter().enumerate() {
            s.inp.push(ParseInput {
                word: s.infos[i].lower,
                pos: self.tag_upos.get(t as usize).copied().unwrap_or(0),
                suf: s.infos[i].suf3(),
                tag: t,
            });
        }
        let arcs = parser::parse(
            &self.parser,
            self.labels.len(),
            rich,
            &s.inp,
            &mut s.fv,
            &mut s.scores,
        );
        let mut out = Vec::with_capacity(words.len());
        for (i, w) in words.iter().enumerate() {
            let tag = s.tags[i];
            let mut lemma = String::new();
            self.lemma.lemma(w, tag, s.inp[i].pos, &mut lemma);
            let (head, label) = arcs[i];
            out.push(Analysis {
                lemma,
                tag,
                head,
                label,
            });
        }
        out
    }

    /// The UPOS id of `PROPN`, when the model has that tag.
    fn propn_id(&self) -> Option<u16> {
        self.tags
            .iter()
            .zip(&self.tag_upos)
            .find(|((u, _, _), _)| u == "PROPN")
            .map(|(_, &id)| id)
    }

    /// Fills a token's analysis fields.
    pub(crate) fn fill(&self, t: &mut Token, a: Analysis) {
        if let Some((u, x, f)) = self.tags.get(a.tag as usize) {
            t.upos.clone_from(u);
            t.xpos.clone_from(x);
            t.feats.clone_from(f);
        }
        t.lemma = a.lemma;
        t.head = a.head;
        t.deprel = self
            .labels
            .get(a.label as usize)
            .cloned()
            .unwrap_or_else(|| "dep".into());
    }

    /// Serialises the model.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut w = Writer::default();
        w.str(&self.lang);
        w.str(&self.description);
        w.u8(self.rich as u8
            | (self.per_upos_joint as u8) << 1
            | (self.tokenizer.rich_splitter as u8) << 2
            | (self.case_features as u8) << 3);
        // Only a model with case features or run-together words needs a
        // version-4 reader.
        let version: u32 = if self.case_features || self.tokenizer.needs_format_4() {
            FORMAT_VERSION
        } else {
            3
        };
        self.tokenizer.write(&mut w, version);
        w.u32(self.tags.len() as u32);
        for (i, (u, x, f)) in self.tags.iter().enumerate() {
            w.str(u);
            w.str(x);
            w.str(f);
            w.u16(self.tag_upos[i]);
        }
        self.upos_tagger.write(&mut w);
        self.tagger.write(&mut w);
        self.lemma.write(&mut w);
        w.strs(&self.labels);
        self.parser.write(&mut w);
        match &self.upos2 {
            Some(u) => {
                w.u8(1);
                u.write(&mut w);
            }
            None => w.u8(0),
        }
        // Optional trailing section (absent in files written before it).
        if let Some(lex) = &self.lexicon {
            let mut v: Vec<(&u64, &u64)> = lex.iter().collect();
            v.sort_unstable();
            w.u8(1);
            w.u32(v.len() as u32);
            for (k, a) in v {
                w.u64(*k);
                w.u64(*a);
            }
        }
        let payload = w.buf;
        let mut out = Vec::with_capacity(payload.len() + 28);
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&version.to_le_bytes());
        out.extend_from_slice(&(payload.len() as u64).to_le_bytes());
        out.extend_from_slice(&payload);
        out.extend_from_slice(&fnv(&payload).to_le_bytes());
        out
    }

    /// Reads a model from its bytes.
    pub fn from_bytes(data: &[u8]) -> Result<Model, NlpError> {
        if data.len() < 20 || &data[..8] != MAGIC {
            return Err(NlpError::Format(
                "not a sitrep NLP model (the file does not start with SITRNLP); train one with `sitrep nlp train`".into(),
            ));
        }
        let mut r = Reader::new(&data[8..]);
        let version = r.u32()?;
        if !(OLDEST_FORMAT_VERSION..=FORMAT_VERSION).contains(&version) {
            return Err(NlpError::Format(format!(
                "model format version {version}, but this build reads version {FORMAT_VERSION}; retrain it with `sitrep nlp train` or use a matching sitrep"
            )));
        }
        let len = r.u64()? as usize;
        let payload = r.bytes(len)?;
        let sum = r.u64()?;
        if sum != fnv(payload) {
            return Err(NlpError::Format(
                "checksum mismatch: the model file is corrupt".into(),
            ));
        }
        let mut r = Reader::new(payload);
        let lang = r.str()?;
        let description = r.str()?;
        let flags = if version >= 2 { r.u8()? } else { 0 };
        let rich = flags & 1 != 0;
        let per_upos_joint = flags & 2 != 0;
        let case_features = version >= 4 && flags & 8 != 0;
        let mut tokenizer = Tokenizer::read(&mut r, version)?;
        tokenizer.rich_splitter = flags & 4 != 0;
        let nt = r.count(14)?;
        let mut tags = Vec::with_capacity(nt);
        let mut tag_upos = Vec::with_capacity(nt);
        for _ in 0..nt {
            let u = r.str()?;
            let x = r.str()?;
            let f = r.str()?;
            tag_upos.push(r.u16()?);
            tags.push((u, x, f));
        }
        let upos_tagger = Weights::read(&mut r, version)?;
        let tagger = Weights::read(&mut r, version)?;
        let lemma = Lemmatizer::read(&mut r)?;
        let labels = r.strs()?;
        let parser = Weights::read(&mut r, version)?;
        let upos2 = if version >= 2 && r.u8()? != 0 {
            Some(Weights::read(&mut r, version)?)
        } else {
            None
        };
        let mut lexicon = None;
        if !r.done() && r.u8()? == 1 {
            let n = r.count(16)?;
            let mut lex = HMap::default();
            lex.reserve(n);
            for _ in 0..n {
                let k = r.u64()?;
                let a = r.u64()?;
                lex.insert(k, a);
            }
            lexicon = Some(lex);
        }
        if !r.done() {
            return Err(NlpError::Format(
                "trailing data in model payload: corrupt file".into(),
            ));
        }
        let n_upos = tag_upos.iter().map(|&u| u as usize + 1).max().unwrap_or(0);
        if tags.is_empty()
            || labels.is_empty()
            || tagger.classes() != tags.len()
            || upos_tagger.classes() != n_upos
            || upos2.as_ref().is_some_and(|u| u.classes() != n_upos)
            || parser.classes() != 1 + 2 * labels.len()
        {
            return Err(NlpError::Format(
                "model parts disagree on their sizes: corrupt file".into(),
            ));
        }
        Ok(Model {
            lang,
            description,
            tokenizer,
            tags,
            tag_upos,
            upos_tagger,
            upos2,
            tagger,
            lemma,
            labels,
            parser,
            lexicon,
            rich,
            per_upos_joint,
            case_features,
            version,
        })
    }

    /// Trains a model from gold sentences. `log` receives progress lines.
    pub fn train(
        lang: &str,
        train: &[ConlluSentence],
        opts: &TrainOptions,
        log: &(dyn Fn(String) + Sync),
    ) -> Result<Model, NlpError> {
        let n_dom = opts.treebanks.iter().map(|&d| d + 1).max().unwrap_or(1);
        let target_tb = opts.target_treebank;
        if n_dom >= 2 && (opts.treebanks.len() != train.len() || target_tb >= n_dom) {
            return Err(NlpError::Train(
                "treebank ids do not match the training sentences".into(),
            ));
        }
        let (train, doms): (Vec<&ConlluSentence>, Vec<usize>) = train
            .iter()
            .enumerate()
            .filter(|(_, s)| !s.sentence.tokens.is_empty())
            .map(|(i, s)| (s, opts.treebanks.get(i).copied().unwrap_or(0)))
            .unzip();
        if train.is_empty() {
            return Err(NlpError::Train("no training sentences".into()));
        }
        let owned: Vec<ConlluSentence> = train.iter().map(|s| (*s).clone()).collect();
        let mut tokenizer = Tokenizer::train(&owned);
        tokenizer.rich_splitter = opts.rich_splitter;
        tokenizer.train_splitter(&owned, 5, opts.seed);
        log(format!("tokenizer learned from {} sentences", owned.len()));
        // Augmented copies (appended; `group` keeps each copy in its
        // original's jackknifing fold).
        let mut extra =
            crate::augment::time_expressions(lang, &owned, opts.time_expressions, opts.seed);
        let n_time = extra.len();
        extra.extend(crate::augment::news_subjects(
            lang,
            &owned,
            opts.news_subjects,
            opts.seed,
        ));
        let mut group: Vec<usize> = (0..owned.len()).collect();
        let mut doms = doms;
        for (src, _) in &extra {
            group.push(*src);
            doms.push(doms[*src]);
        }
        if n_time > 0 {
            log(format!(
                "{n_time} copies with a time expression after the verb"
            ));
        }
        if extra.len() > n_time {
            log(format!(
                "{} copies with a news-style subject",
                extra.len() - n_time
            ));
        }
        let sentences: Vec<&ConlluSentence> =
            owned.iter().chain(extra.iter().map(|(_, s)| s)).collect();
        // The UPOS taggers learn from the sentences and the time copies
        // only: the news-subject copies teach the joint tagger (VBD, not
        // VBN, after "Brazilian police") and the parser, and cost the UPOS
        // taggers accuracy on en_ewt dev (see models/README.md).
        let upos_learns = |k: usize| k < owned.len() + n_time;
        // Tag and label inventories.
        let mut tag_ids: HashMap<(String, String, String), u16> = HashMap::new();
        let mut tags = Vec::new();
        let mut upos_ids: HashMap<String, u16> = HashMap::new();
        let mut tag_upos = Vec::new();
        let mut label_ids: HashMap<String, u16> = HashMap::new();
        let mut labels: Vec<String> = Vec::new();
        let mut tag_data: Vec<TagExample> = Vec::new();
        let mut parse_data: Vec<Example> = Vec::new();
        let mut parse_src: Vec<usize> = Vec::new();
        let mut lemma_ex: Vec<(String, u16, u16, String)> = Vec::new();
        let mut lower = String::new();
        for (&s, &dom) in sentences.iter().zip(&doms) {
            let toks = &s.sentence.tokens;
            let forms: Vec<&str> = toks.iter().map(|t| t.form.as_str()).collect();
            let mut infos = Vec::new();
            word_infos(&forms, &mut infos, &mut lower);
            if opts.case_features {
                tagger::set_case(&mut infos, &forms);
            }
            let mut gold = Vec::with_capacity(toks.len());
            let mut gold_upos = Vec::with_capacity(toks.len());
            let mut inp = Vec::with_capacity(toks.len());
            let mut heads = Vec::with_capacity(toks.len());
            let mut labs = Vec::with_capacity(toks.len());
            for (i, t) in toks.iter().enumerate() {
                let key = (t.upos.clone(), t.xpos.clone(), t.feats.clone());
                let n = tag_ids.len();
                let id = *tag_ids.entry(key.clone()).or_insert_with(|| {
                    tags.push(key);
                    n as u16
                });
                let nu = upos_ids.len();
                let u = *upos_ids.entry(t.upos.clone()).or_insert(nu as u16);
                if tag_upos.len() < tags.len() {
                    tag_upos.push(u);
                }
                gold.push(id);
                gold_upos.push(u);
                inp.push(ParseInput {
                    word: infos[i].lower,
                    pos: u,
                    suf: infos[i].suf3(),
                    tag: id,
                });
                heads.push(t.head as usize);
                let nl = label_ids.len();
                let lab = if t.deprel.is_empty() {
                    "dep".to_string()
                } else {
                    t.deprel.clone()
                };
                let l = *label_ids.entry(lab.clone()).or_insert_with(|| {
                    labels.push(lab);
                    nl as u16
                });
                labs.push(l);
                lemma_ex.push((t.form.clone(), id, u, t.lemma.clone()));
            }
            tag_data.push(TagExample {
                words: infos,
                upos: gold_upos,
                joint: gold,
                predicted: Vec::new(),
                dom,
            });
            if toks.iter().all(|t| t.head as usize <= toks.len())
                && toks.iter().filter(|t| t.head == 0).count() == 1
            {
                parse_src.push(tag_data.len() - 1);
                parse_data.push(Example {
                    inp,
                    heads,
                    labels: labs,
                    dom,
                });
            }
        }
        if tags.len() > u16::MAX as usize || labels.len() * 2 + 1 > u16::MAX as usize {
            return Err(NlpError::Train("too many distinct tags or labels".into()));
        }
        let lemma = Lemmatizer::train(
            lemma_ex
                .iter()
                .map(|(f, t, u, l)| (f.as_str(), *t, *u, l.as_str())),
        );
        log(format!(
            "{} sentences, {} words, {} joint tags, {} labels",
            tag_data.len(),
            lemma_ex.len(),
            tags.len(),
            labels.len()
        ));
        // Ambiguity classes: the UPOS set of each word seen at least twice.
        let lexicon = if opts.ambiguity_classes {
            // Per word: occurrences, and occurrences by UPOS.
            // (From the sentences as written: a copy would count its
            // original's words twice and leak them into the held-out
            // classes below.)
            let n_orig = owned.len();
            let mut seen: HMap<(u32, [u32; 32])> = HMap::default();
            for ex in &tag_data[..n_orig] {
                for (w, &u) in ex.words.iter().zip(&ex.upos) {
                    let e = seen.entry(w.lower).or_insert((0, [0; 32]));
                    e.0 += 1;
                    e.1[(u as usize).min(31)] += 1;
                }
            }
            let class = |n: u32, by_upos: &[u32; 32]| -> Option<u64> {
                let mask = by_upos
                    .iter()
                    .enumerate()
                    .filter(|(_, &c)| c > 0)
                    .fold(0u64, |m, (u, _)| m | 1 << u);
                (n >= opts.ambiguity_min_count.max(1)).then(|| crate::hash::fin(mask | 1 << 40))
            };
            let lex: HMap<u64> = seen
                .iter()
                .filter_map(|(&k, (n, by))| class(*n, by).map(|c| (k, c)))
                .collect();
            if opts.held_out_ambiguity {
                // Contiguous blocks: one sentence each, or `ambiguity_folds`
                // blocks of the file order.
                // A copy is held out with its original's block.
                let n = n_orig;
                let folds = opts.ambiguity_folds;
                let block = |k: usize| if folds == 0 { k } else { k * folds / n };
                let mut copies_of: Vec<Vec<usize>> = vec![Vec::new(); n];
                for (k, &src) in group.iter().enumerate().skip(n) {
                    if let Some(c) = copies_of.get_mut(src) {
                        c.push(k);
                    }
                }
                let mut own: HMap<(u32, [u32; 32])> = HMap::default();
                let mut start = 0;
                while start < n {
                    let mut end = start + 1;
                    while end < n && block(end) == block(start) {
                        end += 1;
                    }
                    own.clear();
                    for ex in &tag_data[start..end] {
                        for (w, &u) in ex.words.iter().zip(&ex.upos) {
                            let e = own.entry(w.lower).or_insert((0, [0; 32]));
                            e.0 += 1;
                            e.1[(u as usize).min(31)] += 1;
                        }
                    }
                    let members: Vec<usize> = (start..end)
                        .chain((start..end).flat_map(|k| copies_of[k].iter().copied()))
                        .collect();
                    for k in members {
                        let ex = &mut tag_data[k];
                        for w in &mut ex.words {
                            let Some((n, by)) = seen.get(&w.lower) else {
                                w.amb = tagger::UNKNOWN_AMB;
                                continue;
                            };
                            // (A word a copy put in: what the others say.)
                            let Some((m, mine)) = own.get(&w.lower) else {
                                w.amb = class(*n, by).unwrap_or(tagger::UNKNOWN_AMB);
                                continue;
                            };
                            let mut rest = *by;
                            for (r, &c) in rest.iter_mut().zip(mine) {
                                *r -= c;
                            }
                            w.amb = class(n - m, &rest).unwrap_or(tagger::UNKNOWN_AMB);
                        }
                    }
                    start = end;
                }
            } else {
                for ex in &mut tag_data {
                    tagger::set_ambiguity(&mut ex.words, &lex);
                }
            }
            log(format!("ambiguity classes for {} word forms", lex.len()));
            Some(lex)
        } else {
            None
        };
        let n_tags = tags.len();
        let n_upos = upos_ids.len();
        let rich = opts.rich_features;
        let per_upos_joint = opts.per_upos_joint;
        let per_upos = per_upos_joint.then_some(tag_upos.as_slice());
        let first = Pass {
            forced: None,
            ctx: None,
            restrict: None,
            rich,
            per_upos: false,
        };
        // The parser learns from tags as the taggers will predict them:
        // each fold of the data is tagged by taggers trained on the others
        // (the joint tagger only for the format-2 features, which read it).
        // Two threads, each taking every other fold.
        let nf = opts.jackknife_folds.max(2);
        let parts = opts.treebank_parts;
        let only = |on: bool| if on { n_dom } else { 1 };
        let (dom_upos, dom_joint, dom_parser) =
            (only(parts.upos), only(parts.joint), only(parts.parser));
        let tag_data_ref = &tag_data;
        let tag_upos_ref = &tag_upos;
        let jackknife_fold = |fold: usize| -> Vec<Jackknifed> {
            let tag_data = tag_data_ref;
            let mut t = Trainer::with_domains(n_upos, dom_upos);
            let mut rng = Rng::new(opts.seed.wrapping_add(10 + fold as u64));
            let mut order: Vec<usize> = (0..tag_data.len())
                .filter(|&k| group[k] % nf != fold)
                .collect();
            let mut upos_order: Vec<usize> =
                order.iter().copied().filter(|&k| upos_learns(k)).collect();
            for _ in 0..opts.tagger_epochs {
                rng.shuffle(&mut upos_order);
                tagger::train_epoch(&mut t, tag_data, &upos_order, Target::Upos, rich, None);
            }
            if upos_order.len() == order.len() {
                // (Without copies the joint tagger goes on from the same
                // shuffled order, as before the copies existed.)
                order = upos_order;
            }
            // Every sentence is tagged as its own treebank, so that the
            // parser learns each treebank's trees from tags in that
            // treebank's conventions (GSD half B LAS +0.25 against tagging
            // all as the target, with seeds 1 and 2; Sequoia dev -0.3).
            let w: Vec<Weights> = (0..n_dom).map(|d| t.finish(0.0, d)).collect();
            drop(t);
            let joint: Option<Vec<Weights>> = rich.then(|| {
                let mut t = Trainer::with_domains(n_tags, dom_joint);
                for _ in 0..opts.tagger_epochs {
                    rng.shuffle(&mut order);
                    tagger::train_epoch(&mut t, tag_data, &order, Target::Joint, rich, per_upos);
                }
                (0..n_dom).map(|d| t.finish(0.0, d)).collect()
            });
            let (mut out, mut fv, mut sc) = (Vec::new(), Vec::new(), Vec::new());
            let mut jt = Vec::new();
            (0..tag_data.len())
                .filter(|&k| group[k] % nf == fold)
                .map(|k| {
                    let d = tag_data[k].dom;
                    tagger::tag(&w[d], &tag_data[k].words, first, &mut out, &mut fv, &mut sc);
                    jt.clear();
                    if let Some(j) = joint.as_ref().map(|j| &j[d]) {
                        let pass = Pass {
                            forced: None,
                            ctx: Some(&out),
                            restrict: Some(tag_upos_ref),
                            rich,
                            per_upos: per_upos_joint,
                        };
                        tagger::tag(j, &tag_data[k].words, pass, &mut jt, &mut fv, &mut sc);
                    }
                    (k, out.clone(), jt.clone())
                })
                .collect()
        };
        let folds: Vec<Vec<Jackknifed>> = std::thread::scope(|scope| {
            let jobs: Vec<_> = (0..2usize)
                .map(|thread| {
                    let jackknife_fold = &jackknife_fold;
                    scope.spawn(move || {
                        (thread..nf)
                            .step_by(2)
                            .flat_map(jackknife_fold)
                            .collect::<Vec<_>>()
                    })
                })
                .collect();
            jobs.into_iter()
                .map(|j| j.join().unwrap_or_default())
                .collect()
        });
        let mut predicted: Vec<Option<(Vec<u16>, Vec<u16>)>> = vec![None; tag_data.len()];
        for (k, p, jt) in folds.into_iter().flatten() {
            if let Some(ex) = tag_data.get_mut(k) {
                ex.predicted.clone_from(&p);
            }
            predicted[k] = Some((p, jt));
        }
        let mut right = 0usize;
        let mut all = 0usize;
        for (ex, &src) in parse_data.iter_mut().zip(&parse_src) {
            if let Some((p, jt)) = &predicted[src] {
                for (inp, &u) in ex.inp.iter_mut().zip(p) {
                    all += 1;
                    right += (inp.pos == u) as usize;
                    inp.pos = u;
                }
                for (inp, &t) in ex.inp.iter_mut().zip(jt) {
                    inp.tag = t;
                }
            }
        }
        log(format!(
            "parser training data tagged by {nf}-fold jackknifing: UPOS accuracy {:.2}%",
            100.0 * right as f64 / all.max(1) as f64
        ));
        let n_labels = labels.len();
        let (tagger, parser) = std::thread::scope(|scope| {
            let tag_job = scope.spawn(|| {
                let mut targets = vec![(Target::Upos, n_upos)];
                if opts.second_upos_pass {
                    targets.push((Target::UposAgain, n_upos));
                }
                targets.push((Target::Joint, n_tags));
                let mut out = Vec::new();
                for (target, n) in targets {
                    let doms = if target == Target::Joint {
                        dom_joint
                    } else {
                        dom_upos
                    };
                    let mut t = Trainer::with_domains(n, doms);
                    let mut rng = Rng::new(opts.seed);
                    let mut order: Vec<usize> = (0..tag_data.len())
                        .filter(|&k| target == Target::Joint || upos_learns(k))
                        .collect();
                    let words: usize = order.iter().map(|&k| tag_data[k].upos.len()).sum();
                    for e in 0..opts.tagger_epochs {
                        rng.shuffle(&mut order);
                        let err =
                            tagger::train_epoch(&mut t, &tag_data, &order, target, rich, per_upos);
                        log(format!(
                            "{target:?} tagger epoch {}: training accuracy {:.2}%",
                            e + 1,
                            100.0 * (1.0 - err as f64 / words.max(1) as f64)
                        ));
                    }
                    out.push(t.finish(opts.prune, target_tb));
                }
                out
            });
            let mut t = Trainer::with_domains(1 + 2 * n_labels, dom_parser);
            let mut rng = Rng::new(opts.seed.wrapping_add(1));
            let mut order: Vec<usize> = (0..parse_data.len()).collect();
            let steps: usize = parse_data.iter().map(|d| 2 * d.inp.len()).sum();
            for e in 0..opts.parser_epochs {
                rng.shuffle(&mut order);
                let explore = if e == 0 { 0.0 } else { opts.explore };
                let err = parser::train_epoch(
                    &mut t,
                    &parse_data,
                    &order,
                    n_labels,
                    explore,
                    rich,
                    &mut rng,
                );
                log(format!(
                    "parser epoch {}: {:.2}% of transitions wrong",
                    e + 1,
                    100.0 * err as f64 / steps.max(1) as f64
                ));
            }
            let parser = t.finish(opts.prune, target_tb);
            let tagger = tag_job.join();
            (tagger, parser)
        });
        let mut taggers =
            tagger.map_err(|_| NlpError::Train("the tagger training thread panicked".into()))?;
        let tagger = taggers.pop();
        let upos2 = if opts.second_upos_pass {
            taggers.pop()
        } else {
            None
        };
        let (Some(tagger), Some(upos_tagger)) = (tagger, taggers.pop()) else {
            return Err(NlpError::Train(
                "the tagger training thread returned no model".into(),
            ));
        };
        Ok(Model {
            lang: lang.to_string(),
            description: opts.description.clone(),
            tokenizer,
            tags,
            tag_upos,
            upos_tagger,
            upos2,
            tagger,
            lemma,
            labels,
            parser,
            lexicon,
            rich,
            per_upos_joint,
            case_features: opts.case_features,
            version: FORMAT_VERSION,
        })
    }
}
