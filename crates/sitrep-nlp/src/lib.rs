//! The NLP stage of sitrep: text → sentences → Universal Dependencies words
//! (form, lemma, UPOS, XPOS, features, head, relation), for English and
//! French, with models that sitrep trains itself from UD treebanks.
//!
//! Key design decision: **everything is an averaged perceptron over hashed
//! features, greedy, and learned from the treebank alone** — the tokenizer's
//! cut table, abbreviations, clitics and multiword tokens; a joint
//! UPOS+XPOS+features tagger; an edit-script lemmatizer; and an arc-hybrid
//! parser trained with a dynamic oracle. This trains in minutes on two
//! cores, needs no embeddings or downloads, and parses tens of thousands of
//! words per second per core. Models are versioned binary files embedded in
//! the binary (see [`Model`] for the format) and loaded once.
//!
//! Entry points: [`Nlp::process`] fills [`Document::sentences`];
//! [`Model::train`] trains; [`eval::evaluate`] is the CoNLL 2018 scorer.
#![deny(missing_docs)]

pub mod augment;
pub mod eval;
mod hash;
mod io;
mod lemma;
mod model;
mod parser;
mod perceptron;
mod tagger;
mod tokenizer;

use std::path::Path;
use std::sync::Arc;

use sitrep_model::{Document, MultiwordToken, Sentence, Span, Token};

pub use model::{Model, TrainOptions, TreebankParts, FORMAT_VERSION, MAGIC, OLDEST_FORMAT_VERSION};
pub use tokenizer::MAX_WORDS;

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/embedded.rs"));
}

/// Why the NLP stage could not be built or trained.
#[derive(Debug, thiserror::Error)]
pub enum NlpError {
    /// A model file could not be read.
    #[error("cannot read model {path}: {message}")]
    Model {
        /// The model file.
        path: String,
        /// What was wrong.
        message: String,
    },
    /// Model bytes are not a valid model of this format version.
    #[error("invalid model: {0}")]
    Format(String),
    /// Training could not proceed.
    #[error("cannot train: {0}")]
    Train(String),
}

/// The NLP stage: one model per language. Build once, share across threads.
#[derive(Debug, Clone, Default)]
pub struct Nlp {
    models: Vec<Arc<Model>>,
}

/// The language code a document's language maps to (`en-US` → `en`).
fn base_lang(lang: &str) -> String {
    lang.split(['-', '_'])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase()
}

impl Nlp {
    /// The stage with the models built into the binary (each parsed once,
    /// here).
    pub fn builtin() -> Result<Self, NlpError> {
        let mut nlp = Nlp::default();
        for (lang, bytes) in embedded::EMBEDDED {
            let m = Model::from_bytes(bytes).map_err(|e| NlpError::Model {
                path: format!("(built-in {lang} model)"),
                message: e.to_string(),
            })?;
            nlp.models.push(Arc::new(m));
        }
        Ok(nlp)
    }

    /// The languages that have a model.
    pub fn languages(&self) -> Vec<String> {
        self.models.iter().map(|m| m.lang().to_string()).collect()
    }

    /// Adds (or replaces) the model for its language from a model file.
    pub fn load_model_file(&mut self, path: &Path) -> Result<(), NlpError> {
        let bytes = std::fs::read(path).map_err(|e| NlpError::Model {
            path: path.display().to_string(),
            message: e.to_string(),
        })?;
        let m = Model::from_bytes(&bytes).map_err(|e| NlpError::Model {
            path: path.display().to_string(),
            message: e.to_string(),
        })?;
        self.add_model(m);
        Ok(())
    }

    /// Adds (or replaces) the model for its language.
    pub fn add_model(&mut self, m: Model) {
        self.models.retain(|x| x.lang() != m.lang());
        self.models.push(Arc::new(m));
    }

    /// The model for a language, if any.
    pub fn model(&self, language: &str) -> Option<&Model> {
        let l = base_lang(language);
        self.models
            .iter()
            .find(|m| m.lang() == l)
            .map(|m| m.as_ref())
    }

    /// The name and version of the model used for a language, if any.
    pub fn model_version(&self, language: &str) -> Option<String> {
        self.model(language).map(|m| {
            format!(
                "sitrep-nlp-{} (format {}): {}",
                m.lang(),
                m.format_version(),
                m.description()
            )
        })
    }

    /// Splits each block of the document into sentences of UD words, tagged,
    /// lemmatized and parsed. Documents whose language has no model (or is
    /// unknown) get no sentences. A document without blocks is read as one
    /// paragraph.
    pub fn process(&self, mut doc: Document) -> Document {
        doc.sentences.clear();
        let Some(model) = doc.language.as_deref().and_then(|l| self.model(l)) else {
            return doc;
        };
        let whole = [Span::new(0, doc.text.len())];
        let spans: Vec<Span> = if doc.blocks.is_empty() {
            whole.to_vec()
        } else {
            doc.blocks.iter().map(|b| b.span).collect()
        };
        let mut scratch = model::Scratch::default();
        let mut out = Vec::new();
        for span in spans {
            let text = span.slice(&doc.text);
            if text.is_empty() {
                continue;
            }
            let base = span.start as usize;
            // The treebanks write the apostrophe `'`; news writes `’`
            // ("s’étaient", "don’t"). The tokenizer reads the text with
            // `'`, and the offsets are mapped back to the text as written.
            let (plain, back) = plain_apostrophes(text);
            for mut surfaces in model.tokenizer.tokenize(&plain) {
                if let Some(back) = &back {
                    for sf in &mut surfaces {
                        sf.start = back[sf.start];
                        sf.end = back[sf.end];
                    }
                }
                let mut s = Sentence::default();
                for (k, sf) in surfaces.iter().enumerate() {
                    let sp = Span::new(base + sf.start, base + sf.end);
                    let no_space = match surfaces.get(k + 1) {
                        Some(n) => n.start == sf.end,
                        None => text[sf.end..]
                            .chars()
                            .next()
                            .is_some_and(|c| !c.is_whitespace()),
                    };
                    match &sf.words {
                        Some(words) => {
                            let first = s.tokens.len() as u32;
                            for w in words {
                                s.tokens.push(Token {
                                    form: w.clone(),
                                    span: sp,
                                    ..Token::default()
                                });
                            }
                            if let Some(last) = s.tokens.last_mut() {
                                last.no_space_after = no_space;
                            }
                            s.multiword.push(MultiwordToken {
                                first,
                                last: s.tokens.len() as u32 - 1,
                                form: text[sf.start..sf.end].to_string(),
                                span: sp,
                            });
                        }
                        None => s.tokens.push(Token {
                            form: text[sf.start..sf.end].to_string(),
                            span: sp,
                            no_space_after: no_space,
                            ..Token::default()
                        }),
                    }
                }
                let (Some(f), Some(l)) = (surfaces.first(), surfaces.last()) else {
                    continue;
                };
                s.span = Span::new(base + f.start, base + l.end);
                annotate(model, &mut s, &mut scratch);
                out.push(s);
            }
        }
        doc.sentences = out;
        doc
    }

    /// Tags, lemmatizes and parses sentences whose words are already given
    /// (gold tokenization), overwriting their analysis.
    pub fn analyse_sentences(&self, language: &str, sentences: &mut [Sentence]) -> bool {
        let Some(model) = self.model(language) else {
            return false;
        };
        let mut scratch = model::Scratch::default();
        for s in sentences {
            annotate(model, s, &mut scratch);
        }
        true
    }
}

/// `text` with typographic apostrophes (`’`, `ʼ`) written `'`, and, when
/// any was replaced, the byte offset in `text` of every byte offset of the
/// result (one more than its length, for the end).
fn plain_apostrophes(text: &str) -> (std::borrow::Cow<'_, str>, Option<Vec<usize>>) {
    if !text.contains(['’', 'ʼ']) {
        return (std::borrow::Cow::Borrowed(text), None);
    }
    let mut out = String::with_capacity(text.len());
    let mut back = Vec::with_capacity(text.len() + 1);
    for (i, c) in text.char_indices() {
        let c = if matches!(c, '’' | 'ʼ') { '\'' } else { c };
        for _ in 0..c.len_utf8() {
            back.push(i);
        }
        out.push(c);
    }
    back.push(text.len());
    (std::borrow::Cow::Owned(out), Some(back))
}

/// English words that end a hyphenated modifier after a name ("Iran-backed",
/// "Washington-based", "U.S.-led"): such a piece is no part of the name.
const COMPOUND_ENDS: &[&str] = &[
    "led",
    "based",
    "backed",
    "born",
    "run",
    "style",
    "like",
    "made",
    "owned",
    "controlled",
    "held",
    "funded",
    "sponsored",
    "brokered",
    "allied",
    "aligned",
    "linked",
    "occupied",
    "dominated",
    "majority",
    "era",
    "type",
    "friendly",
    "leaning",
    "speaking",
    "bound",
    "inspired",
    "dependent",
    "centric",
    "wide",
    "level",
    "class",
    "scale",
    "area",
    "zone",
];

/// Which words are the lower-case pieces of a hyphenated given name right
/// after a family name ("Moon Jae-in", "Lee Myung-bak", "Ban Ki-moon"),
/// which the taggers, having seen few such names, read as "in" the
/// preposition or "bak" a noun and which then wreck the parse: a word
/// joined by a hyphen, with no space, to a capitalised word that itself
/// follows a capitalised word, that is short and no English ending of a
/// hyphenated modifier ("the Iran-backed group", "President Obama-backed").
fn name_pieces(tokens: &[sitrep_model::Token]) -> Vec<bool> {
    let cap = |t: &sitrep_model::Token| {
        let mut c = t.form.chars();
        c.next().is_some_and(char::is_uppercase) && c.all(|ch| ch.is_alphabetic() || ch == '-')
    };
    let mut out = vec![false; tokens.len()];
    for i in 2..tokens.len() {
        let t = &tokens[i];
        let lower = t.form.chars().count() <= 6
            && t.form
                .chars()
                .all(|c| c.is_lowercase() && c.is_alphabetic())
            && !COMPOUND_ENDS.contains(&t.form.as_str());
        if !lower {
            continue;
        }
        // "Jae" "-" "in", or "Ki-" "moon" (a hyphen the tokenizer kept).
        let (given, family) = if tokens[i - 1].form == "-" && i >= 3 {
            (i - 2, i - 3)
        } else if tokens[i - 1].form.len() > 1 && tokens[i - 1].form.ends_with('-') {
            (i - 1, i - 2)
        } else {
            continue;
        };
        let joined = (given..i).all(|k| tokens[k].no_space_after);
        if joined && cap(&tokens[given]) && cap(&tokens[family]) && !tokens[family].no_space_after {
            out[i] = true;
        }
    }
    out
}

/// Annotates a sentence's words, parsing at most [`MAX_WORDS`] words at a
/// time (longer sentences are parsed in chunks hung under the first
/// chunk's root).
fn annotate(model: &Model, s: &mut Sentence, scratch: &mut model::Scratch) {
    let n = s.tokens.len();
    let mut start = 0;
    let mut first_root: Option<u32> = None;
    while start < n {
        let end = (start + MAX_WORDS).min(n);
        let plain: Vec<std::borrow::Cow<str>> = s.tokens[start..end]
            .iter()
            .map(|t| match plain_apostrophes(&t.form) {
                (p, Some(_)) => std::borrow::Cow::Owned(p.into_owned()),
                _ => std::borrow::Cow::Borrowed(t.form.as_str()),
            })
            .collect();
        // (A lower-case piece of a name is tagged as the name it is part
        // of: "Moon Jae-in".)
        let names = name_pieces(&s.tokens[start..end]);
        let forms: Vec<&str> = plain.iter().map(|f| f.as_ref()).collect();
        let analyses = model.analyse(&forms, &names, scratch);
        for (k, a) in analyses.into_iter().enumerate() {
            let t = &mut s.tokens[start + k];
            model.fill(t, a);
            if t.head == 0 {
                match first_root {
                    None => first_root = Some((start + k) as u32 + 1),
                    Some(r) => {
                        t.head = r;
                        t.deprel = "parataxis".into();
                    }
                }
            } else {
                t.head += start as u32;
            }
        }
        start = end;
    }
}
