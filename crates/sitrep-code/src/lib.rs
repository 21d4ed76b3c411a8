//! Event coding: from parsed sentences to the events they report — source,
//! action, target — coded in CAMEO and PLOVER, with the words that justify
//! each.
//!
//! Design decisions:
//! - **PETRARCH semantics over the UD tree.** Dictionaries are PETRARCH /
//!   Phoenix files (or sitrep's own, in the same syntax); actors are found
//!   by longest phrase match and attached to the noun phrase whose head they
//!   sit under; verbs are looked up by lemma, and their patterns are matched
//!   against the verb's clause in text order, so `$`, `+`, `%`, `(PREP …)`,
//!   `{…}` and `&SYNSET` keep their meaning. Source and target come from the
//!   tree where a pattern does not bind them: subject (through `xcomp`,
//!   `conj`, relative clauses), object, obliques, passive agents, the
//!   subject of a reported clause; conjuncts give several events.
//! - **Compiled once, shared read-only.** Every dictionary word is interned
//!   when the [`Coder`] is built; coding a sentence normalises each word
//!   into one reused buffer and works on ids, so a [`Coder`] is `Send +
//!   Sync` and cheap per sentence. Every walk of the tree is bounded (cycles
//!   are cut, depth is limited), so a malformed parse cannot hang it.
#![deny(missing_docs)]

mod cameo;
mod dict;
mod engine;
mod repair;
pub mod validation;

use std::path::PathBuf;

use sitrep_lexicon::{Actors, Agents, Discards, LexiconError, Verbs, Warning};
use sitrep_model::{
    char_offset, Actor, Document, Event, EvidenceSpan, Mention, MentionKind, Provenance, QuadClass,
    SentenceRef, Span,
};

pub use cameo::{goldstein, plover};
pub use engine::Options;

use dict::Dict;
use engine::{Coded, Sent};

include!(concat!(env!("OUT_DIR"), "/builtin_files.rs"));

/// Why the coder could not be built.
#[derive(Debug, thiserror::Error)]
pub enum CodeError {
    /// A lexicon could not be read.
    #[error("cannot read lexicon {path}: {message}")]
    Lexicon {
        /// The file.
        path: String,
        /// What was wrong.
        message: String,
    },
    /// A dictionary file is malformed or unreadable.
    #[error(transparent)]
    Dictionary(#[from] LexiconError),
}

/// Dictionary files to build a [`Coder`] from (PETRARCH / Phoenix syntax).
#[derive(Debug, Clone, Default)]
pub struct DictionaryFiles {
    /// Actor dictionaries.
    pub actors: Vec<PathBuf>,
    /// Agent dictionaries.
    pub agents: Vec<PathBuf>,
    /// Verb dictionaries.
    pub verbs: Vec<PathBuf>,
    /// Nominal-predicate dictionaries (verb syntax; the words are nouns).
    pub nouns: Vec<PathBuf>,
    /// Discard dictionaries.
    pub discards: Vec<PathBuf>,
    /// PETRARCH's internal coding ontology (`PETR.Internal.Coding.Ontology.txt`),
    /// used to combine the codes of nested and negated verbs.
    pub pico: Option<PathBuf>,
}

/// The coding stage. Build once, share across threads.
#[derive(Debug, Clone)]
pub struct Coder {
    /// Dictionaries by language (`None`: one set for every language).
    dicts: Vec<(Option<&'static str>, Dict)>,
    options: Options,
    version: String,
    warnings: Vec<Warning>,
}

fn parse_date(s: &str) -> Option<u32> {
    let digits: String = s.chars().filter(|c| c.is_ascii_digit()).take(8).collect();
    if digits.len() == 8 {
        digits.parse().ok()
    } else {
        None
    }
}

impl Coder {
    /// The coder with the lexicons built into the binary (`lexicon/`): the
    /// shared actors (`actors.txt`, then `people.txt` when present, and the first parts of compound adjectives in `combining.txt`), and per language (`en`, `fr`) agents, verbs, nouns and
    /// discards. Phrases match whole words.
    pub fn builtin() -> Result<Self, CodeError> {
        let mut warnings = Vec::new();
        let file = |name: &str| {
            BUILTIN_FILES
                .iter()
                .find(|(p, _)| *p == name)
                .map(|(_, t)| *t)
        };
        let actors_text = file("actors.txt").ok_or_else(|| CodeError::Lexicon {
            path: "lexicon/actors.txt".into(),
            message: "the built-in actor lexicon was missing when sitrep was built".into(),
        })?;
        // The actors are the same for both languages: read once.
        let actors = Actors::parse(actors_text, "lexicon/actors.txt", &mut warnings)?;
        let people = match file("people.txt") {
            Some(t) => Some(Actors::parse(t, "lexicon/people.txt", &mut warnings)?),
            None => None,
        };
        let combining = match file("combining.txt") {
            Some(t) => Some(Actors::parse(t, "lexicon/combining.txt", &mut warnings)?),
            None => None,
        };
        let mut dicts = Vec::new();
        for lang in ["en", "fr"] {
            let mut d = Dict::new(false);
            d.french = lang == "fr";
            d.add_actors(actors.clone());
            if let Some(p) = &people {
                d.add_actors(p.clone());
            }
            if let Some(c) = &combining {
                d.add_combining(c.clone());
            }
            let p = format!("{lang}/agents.txt");
            if let Some(t) = file(&p) {
                d.add_agents(Agents::parse(t, &format!("lexicon/{p}"), &mut warnings)?);
            }
            for (kind, nouns) in [("verbs", false), ("nouns", true)] {
                let p = format!("{lang}/{kind}.txt");
                if let Some(t) = file(&p) {
                    d.add_preds(
                        Verbs::parse(t, &format!("lexicon/{p}"), &mut warnings)?,
                        nouns,
                    );
                }
            }
            let p = format!("{lang}/discards.txt");
            if let Some(t) = file(&p) {
                d.add_discards(Discards::parse(t, &format!("lexicon/{p}"))?);
            }
            d.finish();
            dicts.push((Some(lang), d));
        }
        Ok(Coder {
            dicts,
            options: Options::default(),
            version: format!("sitrep-lexicon {}", sitrep_model::SITREP_VERSION),
            warnings,
        })
    }

    /// A coder from explicit PETRARCH / Phoenix dictionary files, used for
    /// every language. TABARI's stem rule applies: a dictionary word without
    /// a trailing `_` also matches longer words that start with it.
    pub fn from_files(files: &DictionaryFiles) -> Result<Self, CodeError> {
        let mut warnings = Vec::new();
        let mut d = Dict::new(true);
        for p in &files.actors {
            d.add_actors(sitrep_lexicon::read_actors(p, &mut warnings)?);
        }
        for p in &files.agents {
            d.add_agents(sitrep_lexicon::read_agents(p, &mut warnings)?);
        }
        for p in &files.verbs {
            d.add_preds(sitrep_lexicon::read_verbs(p, &mut warnings)?, false);
        }
        for p in &files.nouns {
            d.add_preds(sitrep_lexicon::read_verbs(p, &mut warnings)?, true);
        }
        for p in &files.discards {
            d.add_discards(sitrep_lexicon::read_discards(p, &mut warnings)?);
        }
        if let Some(p) = &files.pico {
            d.pico = Some(sitrep_lexicon::read_pico(p, &mut warnings)?);
        }
        d.finish();
        let names: Vec<String> = files
            .actors
            .iter()
            .chain(&files.agents)
            .chain(&files.verbs)
            .chain(&files.nouns)
            .filter_map(|p| p.file_name().map(|f| f.to_string_lossy().into_owned()))
            .collect();
        Ok(Coder {
            dicts: vec![(None, d)],
            options: Options {
                require_dyad: true,
                new_actor_length: 0,
                untargeted_statements: true,
                placed_sources: false,
            },
            version: format!("petrarch-dictionaries {}", names.join(",")),
            warnings,
        })
    }

    /// The irregular dictionary lines that were read with a tolerant reading.
    pub fn warnings(&self) -> &[Warning] {
        &self.warnings
    }

    /// The options used by [`Coder::process`].
    pub fn options(&self) -> &Options {
        &self.options
    }

    /// Replaces the options used by [`Coder::process`].
    pub fn set_options(&mut self, options: Options) {
        self.options = options;
    }

    /// The lexicon's name and version.
    pub fn lexicon_version(&self) -> Option<String> {
        Some(self.version.clone())
    }

    fn dict_for(&self, lang: Option<&str>) -> Option<&Dict> {
        let lang = lang.unwrap_or("en");
        self.dicts
            .iter()
            .find(|(l, _)| l.is_none() || *l == Some(lang))
            .map(|(_, d)| d)
    }

    /// Codes the events of every parsed sentence. Sentences without a parse
    /// yield nothing; documents in a language the lexicon lacks yield nothing.
    pub fn process(&self, doc: Document) -> Document {
        self.process_with(doc, &self.options)
    }

    /// Like [`Coder::process`], with other options.
    pub fn process_with(&self, mut doc: Document, opts: &Options) -> Document {
        let Some(dict) = self.dict_for(doc.language.as_deref()) else {
            return doc;
        };
        let date = doc.published_date().and_then(parse_date);
        let lang = doc.language.clone().unwrap_or_else(|| "en".into());
        let mut events = Vec::new();
        let mut mentions = Vec::new();
        each_sentence(dict, &doc, date, opts, |si, s, sent, named| {
            for c in named {
                let span = cover(&s.tokens, c.first, c.last);
                mentions.push(Mention {
                    sentence: si as u32,
                    first: c.first as u32,
                    last: c.last as u32,
                    span,
                    kind: MentionKind::Actor(self.actor(&doc.text, &s.tokens, c)),
                });
            }
            let raw = sent.events();
            let sentence_text = s.span.slice(&doc.text).to_string();
            for (k, r) in raw.into_iter().enumerate() {
                let Some(quad) = QuadClass::of_cameo(&r.code) else {
                    continue;
                };
                let source = self.actor(&doc.text, &s.tokens, &r.source);
                // As in PETRARCH, an event needs a coded source: "someone"
                // doing something is not a record an analyst can count.
                // (With `placed_sources`, the police or forces of a state
                // the sentence does not name, arresting, dispersing or
                // massacring, are kept for the resolver to place.)
                // (A mass killing only by people under arms: "des
                // militaires ont ouvert le feu … tuant 157 personnes", not
                // "killed in a military operation".)
                let armed = s.tokens.get(r.source.head).is_some_and(|t| {
                    ARMED.contains(&t.lemma.to_lowercase().as_str())
                        || ARMED.contains(&t.form.to_lowercase().as_str())
                });
                // (So are protesters of no named country: "protesters
                // ransacked the Thai consulate in Istanbul" are Turks.)
                let sector = source.sector.as_deref();
                let placeable = opts.placed_sources
                    && (((r.code.starts_with("17") || (r.code.starts_with("20") && armed))
                        && sector.is_some_and(|x| {
                            matches!(x, "COP" | "MIL" | "SPY" | "GOV" | "JUD" | "UAF")
                        }))
                        || (r.code.starts_with("14") && sector == Some("OPP")));
                if source.code.is_none() && !placeable {
                    continue;
                }
                let target = r
                    .target
                    .as_ref()
                    .map(|t| self.actor(&doc.text, &s.tokens, t));
                let ev_span = |a: &Actor| {
                    a.span.map(|sp| EvidenceSpan {
                        text: sp.slice(&doc.text).to_string(),
                        start: char_offset(&doc.text, sp.start),
                        end: char_offset(&doc.text, sp.end),
                    })
                };
                let trigger = r
                    .trigger
                    .iter()
                    .filter_map(|&w| s.tokens.get(w))
                    .map(|t| EvidenceSpan {
                        text: t.span.slice(&doc.text).to_string(),
                        start: char_offset(&doc.text, t.span.start),
                        end: char_offset(&doc.text, t.span.end),
                    })
                    .collect();
                let evidence = sitrep_model::Evidence {
                    trigger,
                    source: ev_span(&source),
                    target: target.as_ref().and_then(ev_span),
                    location: None,
                    time: None,
                };
                events.push(Event {
                    id: format!("{}-{}-{}", doc.id, si, k),
                    doc_id: doc.id.clone(),
                    sentence: SentenceRef {
                        index: si as u32,
                        text: sentence_text.clone(),
                    },
                    language: lang.clone(),
                    date: None,
                    date_precision: None,
                    date_source: None,
                    source,
                    target,
                    cameo_root: sitrep_model::cameo_root(&r.code).to_string(),
                    quad_class: quad,
                    goldstein: goldstein(&r.code).unwrap_or(0.0),
                    plover: plover(&r.code),
                    cameo: r.code,
                    location: None,
                    certainty: r.certainty,
                    evidence,
                    provenance: Provenance {
                        sitrep: sitrep_model::SITREP_VERSION.to_string(),
                        lexicon: self.lexicon_version(),
                        ..Provenance::default()
                    },
                    trigger_word: r.trigger.first().map(|&w| w as u32),
                });
            }
        });
        doc.mentions.extend(mentions);
        doc.events.extend(events);
        doc
    }

    /// The raw PETRARCH-style codings of a document — (event code, source
    /// code, target code), `---` for a missing target and `---SEC` for an
    /// actor known only by its sector — including codes outside CAMEO's 20
    /// roots that test dictionaries use, which [`Coder::process`] drops.
    pub fn codings(&self, doc: &Document, opts: &Options) -> Vec<(String, String, String)> {
        let mut out = Vec::new();
        let Some(dict) = self.dict_for(doc.language.as_deref()) else {
            return out;
        };
        let date = doc.published_date().and_then(parse_date);
        each_sentence(dict, doc, date, opts, |_, _, sent, _| {
            for r in sent.events() {
                out.push((
                    r.code,
                    r.source.code,
                    r.target.map(|t| t.code).unwrap_or_else(|| "---".into()),
                ));
            }
        });
        out
    }

    fn actor(&self, text: &str, toks: &[sitrep_model::Token], c: &Coded) -> Actor {
        let span = cover(toks, c.first, c.last);
        let code = c.code.clone();
        let known = code.len() >= 3
            && code.is_char_boundary(3)
            && code[..3].bytes().all(|b| b.is_ascii_uppercase());
        let country = if !known {
            None
        } else if code.starts_with("IGO") || code.starts_with("NGO") {
            Some(code.get(..6).unwrap_or(&code).to_string())
        } else {
            Some(code[..3].to_string())
        };
        let sector = c.sector.clone().or_else(|| {
            code.get(3..6)
                .filter(|s| s.bytes().all(|b| b.is_ascii_uppercase()))
                .map(str::to_string)
        });
        Actor {
            text: span.slice(text).to_string(),
            code: if code.starts_with("---") {
                None
            } else {
                Some(code)
            },
            country,
            sector,
            name: c.name.clone(),
            span: Some(span),
        }
    }
}

/// Nouns for people under arms of a state (English and French, singular
/// and plural).
const ARMED: &[&str] = &[
    "force",
    "forces",
    "troop",
    "troops",
    "soldier",
    "soldiers",
    "army",
    "police",
    "policeman",
    "policemen",
    "militia",
    "militias",
    "gendarme",
    "gendarmes",
    "militaire",
    "militaires",
    "soldat",
    "soldats",
    "troupe",
    "troupes",
    "armée",
    "policier",
    "policiers",
    "milice",
    "milices",
];

/// Keeps the last few named actors (people and bodies the lexicon names),
/// most recent last.
/// Walks the parsed sentences of a document in order, carrying what
/// coreference needs from one sentence to the next (the last subject, the
/// people named recently), and hands each sentence, ready to code, with its
/// named actors to `each`. An unparsed sentence breaks the chain.
fn each_sentence<'d>(
    dict: &'d Dict,
    doc: &'d Document,
    date: Option<u32>,
    opts: &'d Options,
    mut each: impl FnMut(usize, &'d sitrep_model::Sentence, &Sent<'d>, &[Coded]),
) {
    let mut antecedent: Option<Coded> = None;
    let mut recent: Vec<Coded> = Vec::new();
    for (si, s) in doc.sentences.iter().enumerate() {
        if !s.is_parsed() {
            antecedent = None;
            recent.clear();
            continue;
        }
        let sent = Sent::new(
            dict,
            &s.tokens,
            date,
            opts,
            antecedent.take(),
            recent.clone(),
        );
        let named = sent.actor_mentions();
        each(si, s, &sent, &named);
        antecedent = sent.last_subject_actor();
        remember_people(&mut recent, named);
    }
}

fn remember_people(recent: &mut Vec<Coded>, mentions: Vec<Coded>) {
    for c in mentions {
        if c.name.is_some() && !c.code.starts_with("---") {
            recent.retain(|r| r.name != c.name);
            recent.push(c);
        }
    }
    let excess = recent.len().saturating_sub(6);
    recent.drain(..excess);
}

fn cover(toks: &[sitrep_model::Token], first: usize, last: usize) -> Span {
    let a = toks.get(first).map(|t| t.span).unwrap_or_default();
    let b = toks.get(last).map(|t| t.span).unwrap_or(a);
    a.cover(b)
}
