//! Dictionaries compiled for matching: every word interned once, phrases
//! indexed by their first word, verbs by lemma, patterns and synonym sets as
//! id lists. Built once per [`crate::Coder`]; read-only afterwards.

/// Hash maps keyed by interned ids and short words: aHash with fixed keys
/// (the keys come from the dictionaries, so there is nothing to randomise
/// against).
pub(crate) type HashMap<K, V> = std::collections::HashMap<K, V, Fast>;
/// Hash sets with the same hasher.
pub(crate) type HashSet<K> = std::collections::HashSet<K, Fast>;
/// The hasher.
pub(crate) type Fast = std::hash::BuildHasherDefault<ahash::AHasher>;

use sitrep_lexicon::{Actors, Agents, Discards, PatElem, Phrase, Verbs};

/// Word id for "no such word".
pub(crate) const NONE: u32 = u32::MAX;

/// Interns normalised words.
#[derive(Debug, Default, Clone)]
pub(crate) struct Interner {
    ids: HashMap<Box<str>, u32>,
    /// Whether TABARI's stem rule applies to words without a trailing `_`.
    pub stem_rule: bool,
    /// Words that some phrase uses under TABARI's stem rule (non-exact),
    /// by text.
    pub stems: HashMap<Box<str>, u32>,
    /// The longest stem, in bytes.
    pub max_stem: usize,
}

impl Interner {
    pub fn intern(&mut self, w: &str) -> u32 {
        if let Some(&i) = self.ids.get(w) {
            return i;
        }
        let i = self.ids.len() as u32;
        self.ids.insert(w.into(), i);
        i
    }
    pub fn get(&self, w: &str) -> u32 {
        self.ids.get(w).copied().unwrap_or(NONE)
    }
    fn word(&mut self, w: &str, exact: bool) -> CWord {
        let id = self.intern(w);
        // Stems shorter than three letters would match far too much.
        let exact = exact || !self.stem_rule || w.chars().count() < 3;
        if !exact {
            self.stems.insert(w.into(), id);
            self.max_stem = self.max_stem.max(w.len());
        }
        CWord { id, exact }
    }
}

/// A compiled dictionary word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct CWord {
    pub id: u32,
    pub exact: bool,
}

/// Phrases in a word trie: from node and word (and whether the
/// dictionary word must match whole) to the next node; a node where a phrase
/// ends holds what the phrase stands for.
#[derive(Debug, Clone)]
pub(crate) struct PhraseIndex {
    pub edges: HashMap<(u32, u32, bool), u32>,
    /// What each node's phrase stands for (the first entry written wins).
    pub what: Vec<Option<u32>>,
    /// Per word id, where the word sits in the trie (the `FIRST_*` and
    /// `ANY_*` bits):
    /// a word of the sentence that is in no phrase costs no lookup.
    uses: Vec<u8>,
}

/// [`PhraseIndex`] word bits: first word of a phrase, matched whole or by
/// stem; a word of a phrase anywhere, whole or by stem.
const FIRST_EXACT: u8 = 1;
const FIRST_STEM: u8 = 2;
const ANY_EXACT: u8 = 4;
const ANY_STEM: u8 = 8;

impl Default for PhraseIndex {
    fn default() -> Self {
        PhraseIndex {
            edges: HashMap::default(),
            what: vec![None],
            uses: Vec::new(),
        }
    }
}

impl PhraseIndex {
    fn add(&mut self, it: &mut Interner, p: &Phrase, what: u32, stems: bool) {
        if p.words.is_empty() {
            return;
        }
        let mut node = 0u32;
        for w in &p.words {
            let cw = it.word(&w.text, w.exact || !stems);
            let k = cw.id as usize;
            if self.uses.len() <= k {
                self.uses.resize(k + 1, 0);
            }
            self.uses[k] |= match (node == 0, cw.exact) {
                (true, true) => FIRST_EXACT | ANY_EXACT,
                (true, false) => FIRST_STEM | ANY_STEM,
                (false, true) => ANY_EXACT,
                (false, false) => ANY_STEM,
            };
            let next = self.what.len() as u32;
            node = *self.edges.entry((node, cw.id, cw.exact)).or_insert(next);
            if node == next {
                self.what.push(None);
            }
        }
        if let Some(slot) = self.what.get_mut(node as usize) {
            slot.get_or_insert(what);
        }
    }

    /// True when the index holds no phrase.
    pub fn is_empty(&self) -> bool {
        self.edges.is_empty()
    }

    /// True when some phrase begins with word `id` (matched whole when
    /// `exact`, else by stem).
    pub fn starts_with(&self, id: u32, exact: bool) -> bool {
        let bit = if exact { FIRST_EXACT } else { FIRST_STEM };
        self.uses.get(id as usize).is_some_and(|u| u & bit != 0)
    }

    /// True when word `id` is in some phrase (matched whole when `exact`,
    /// else by stem).
    pub fn holds(&self, id: u32, exact: bool) -> bool {
        let bit = if exact { ANY_EXACT } else { ANY_STEM };
        self.uses.get(id as usize).is_some_and(|u| u & bit != 0)
    }
}

/// A compiled agent.
#[derive(Debug, Clone)]
pub(crate) struct CAgent {
    pub code: String,
    pub prefix: bool,
}

/// A compiled pattern element.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum CElem {
    Source,
    Target,
    Compound,
    Skip,
    Word(CWord),
    Synset(u32),
    Prep(Vec<CElem>),
    Group(Vec<CElem>),
}

/// A compiled pattern.
#[derive(Debug, Clone)]
pub(crate) struct CPattern {
    pub before: Vec<CElem>,
    pub after: Vec<CElem>,
    pub code: Option<String>,
    pub reverse: Option<String>,
    /// Literal words it requires: the more, the more specific.
    pub weight: u32,
    /// Ids of literal words it requires (outside synonym sets), sorted: a
    /// pattern whose words are not all in the sentence cannot match.
    pub required: Vec<u32>,
}

/// A compiled verb entry.
#[derive(Debug, Clone)]
pub(crate) struct CVerb {
    pub block: u32,
    pub before: Vec<u32>,
    pub after: Vec<u32>,
    pub code: Option<String>,
    pub reverse: Option<String>,
    pub null_code: bool,
}

/// A compiled verb block.
#[derive(Debug, Clone)]
pub(crate) struct CBlock {
    pub code: Option<String>,
    pub reverse: Option<String>,
    pub patterns: Vec<CPattern>,
    /// Patterns by their first required word: a sentence only tries the
    /// patterns keyed by words it contains.
    pub by_key: HashMap<u32, Vec<u32>>,
    /// Patterns that require no literal word.
    pub unkeyed: Vec<u32>,
}

/// A compiled transformation: the verbs its names stand for, as a word
/// id and the blocks holding a verb of that name.
#[derive(Debug, Clone)]
pub(crate) struct CTransform {
    pub upper: (u32, Vec<u32>),
    /// `None` for `Q`, any verb.
    pub lower: Option<(u32, Vec<u32>)>,
    pub lower_future: bool,
    pub t: sitrep_lexicon::Transformation,
}

/// Verb or noun predicates.
#[derive(Debug, Default, Clone)]
pub(crate) struct PredDict {
    pub by_word: HashMap<u32, Vec<CVerb>>,
    pub blocks: Vec<CBlock>,
}

/// Everything the engine matches against.
#[derive(Debug, Default, Clone)]
pub(crate) struct Dict {
    pub it: Interner,
    pub actors: PhraseIndex,
    pub actor_entries: Vec<sitrep_lexicon::ActorEntry>,
    /// First parts of compound adjectives that join several countries
    /// ("franco" of "franco-allemand", "Sino" of "Sino-US"): consulted
    /// only for the parts of a hyphenated word, never for a word on its
    /// own ("Franco" alone is no country).
    pub combining: PhraseIndex,
    pub agents: PhraseIndex,
    pub agent_entries: Vec<CAgent>,
    pub discards: PhraseIndex,
    pub verbs: PredDict,
    pub nouns: PredDict,
    pub synsets: Vec<Vec<Vec<CElem>>>,
    /// Per synonym set, the ids of its one-word members, for a direct test.
    pub synset_words: Vec<HashSet<u32>>,
    /// Per synonym set, per member, the words the member cannot match
    /// without (sorted): in a sentence that lacks one of them, the member
    /// is not tried.
    pub synset_member_words: Vec<Vec<Vec<u32>>>,
    /// PETRARCH's internal coding ontology, when given: combines nested
    /// and negated verbs' codes.
    pub pico: Option<sitrep_lexicon::Pico>,
    /// PETRARCH-2 transformations of a verb over its complement clause.
    pub transforms: Vec<CTransform>,
    /// The verb entries are French infinitives: match their regular
    /// conjugated forms too, so that a lemmatizer's invented lemma
    /// ("rompu" → "rompouvoir") does not hide a lexicon verb.
    pub french: bool,
    synset_ids: HashMap<String, u32>,
}

fn compile_elems(d: &mut Dict, elems: &[PatElem]) -> (Vec<CElem>, u32) {
    let mut out = Vec::with_capacity(elems.len());
    let mut weight = 0;
    for e in elems {
        out.push(match e {
            PatElem::Verb => continue,
            PatElem::Source => CElem::Source,
            PatElem::Target => CElem::Target,
            PatElem::Compound => CElem::Compound,
            PatElem::Skip => CElem::Skip,
            PatElem::Word(w, exact) => {
                let _ = exact;
                weight += 1;
                // Pattern words match whole words (form or lemma).
                CElem::Word(d.it.word(w, true))
            }
            PatElem::Synset(s) => {
                weight += 1;
                CElem::Synset(d.synset_id(s))
            }
            PatElem::Prep(v) => {
                let (c, w) = compile_elems(d, v);
                weight += w;
                CElem::Prep(c)
            }
            PatElem::Group(v) => {
                let (c, w) = compile_elems(d, v);
                weight += w;
                CElem::Group(c)
            }
        });
    }
    (out, weight)
}

impl Dict {
    /// An empty dictionary; `stem_rule` turns on TABARI's stem matching.
    pub fn new(stem_rule: bool) -> Dict {
        let mut d = Dict::default();
        d.it.stem_rule = stem_rule;
        d
    }

    fn synset_id(&mut self, name: &str) -> u32 {
        if let Some(&i) = self.synset_ids.get(name) {
            return i;
        }
        let i = self.synsets.len() as u32;
        self.synsets.push(Vec::new());
        self.synset_ids.insert(name.to_string(), i);
        i
    }

    pub fn add_actors(&mut self, a: Actors) {
        for e in a.entries {
            let idx = self.actor_entries.len() as u32;
            for n in &e.names {
                self.actors.add(&mut self.it, n, idx, true);
                // "MOON_JAE-IN" as the tokenizer writes it, "Moon Jae - in".
                if let Some(split) = hyphens_split(n) {
                    self.actors.add(&mut self.it, &split, idx, true);
                }
            }
            self.actor_entries.push(e);
        }
    }

    /// Adds combining forms ("FRANCO [FRA]"): their entries join the
    /// actors', their names only the combining index.
    pub fn add_combining(&mut self, a: Actors) {
        for e in a.entries {
            let idx = self.actor_entries.len() as u32;
            for n in &e.names {
                self.combining.add(&mut self.it, n, idx, true);
            }
            self.actor_entries.push(e);
        }
    }

    /// The actor entry that the one word `w` names on its own, as an
    /// actor or (with `combining`) as the first part of a compound
    /// adjective; `buf` is scratch space.
    pub fn one_word_actor(&self, w: &str, combining: bool, buf: &mut String) -> Option<u32> {
        sitrep_lexicon::normalize_into(buf, w);
        let id = self.it.get(buf);
        if id == NONE {
            return None;
        }
        let index = if combining {
            &self.combining
        } else {
            &self.actors
        };
        let node = *index.edges.get(&(0, id, true))?;
        index.what.get(node as usize).copied().flatten()
    }

    pub fn add_agents(&mut self, a: Agents) {
        for e in a.entries {
            let idx = self.agent_entries.len() as u32;
            self.agents.add(&mut self.it, &e.phrase, idx, false);
            self.agent_entries.push(CAgent {
                code: e.code,
                prefix: e.prefix,
            });
        }
    }

    pub fn add_discards(&mut self, d: Discards) {
        for p in d.sentence.iter().chain(d.story.iter()) {
            self.discards.add(&mut self.it, p, 0, false);
        }
    }

    /// Adds verb (or, with `nouns`, noun-predicate) blocks.
    pub fn add_preds(&mut self, v: Verbs, nouns: bool) {
        if !nouns {
            let first_block = self.verbs.blocks.len() as u32;
            for t in &v.transformations {
                let blocks_of = |name: &str| -> Vec<u32> {
                    v.blocks
                        .iter()
                        .enumerate()
                        .filter(|(_, b)| b.verbs.iter().any(|e| e.word == name))
                        .map(|(k, _)| first_block + k as u32)
                        .collect()
                };
                let lower = if t.lower == "Q" {
                    None
                } else {
                    Some((self.it.intern(&t.lower), blocks_of(&t.lower)))
                };
                self.transforms.push(CTransform {
                    upper: (self.it.intern(&t.upper), blocks_of(&t.upper)),
                    lower,
                    lower_future: t.lower_future,
                    t: t.clone(),
                });
            }
        }
        for (name, members) in &v.synsets {
            let id = self.synset_id(name);
            let mut compiled = Vec::new();
            for m in members {
                compiled.push(compile_elems(self, m).0);
            }
            if let Some(slot) = self.synsets.get_mut(id as usize) {
                slot.extend(compiled);
            }
        }
        for b in v.blocks {
            let mut patterns = Vec::new();
            for p in &b.patterns {
                let (before, w1) = compile_elems(self, &p.before);
                let (after, w2) = compile_elems(self, &p.after);
                let mut required = Vec::new();
                collect_required(&before, &mut required);
                collect_required(&after, &mut required);
                required.sort_unstable();
                required.dedup();
                patterns.push(CPattern {
                    required,
                    before,
                    after,
                    code: p.code.clone(),
                    reverse: p.reverse.clone(),
                    weight: w1 + w2,
                });
            }
            let dict = if nouns {
                &mut self.nouns
            } else {
                &mut self.verbs
            };
            let block = dict.blocks.len() as u32;
            let mut by_key: HashMap<u32, Vec<u32>> = HashMap::default();
            let mut unkeyed = Vec::new();
            for (k, p) in patterns.iter().enumerate() {
                match p.required.first() {
                    Some(&w) => by_key.entry(w).or_default().push(k as u32),
                    None => unkeyed.push(k as u32),
                }
            }
            dict.blocks.push(CBlock {
                code: b.code.clone(),
                reverse: b.reverse.clone(),
                patterns,
                by_key,
                unkeyed,
            });
            for e in &b.verbs {
                let before: Vec<u32> = e.before.iter().map(|w| self.it.intern(w)).collect();
                let after: Vec<u32> = e.after.iter().map(|w| self.it.intern(w)).collect();
                let cv = CVerb {
                    block,
                    before,
                    after,
                    code: e.code.clone(),
                    reverse: e.reverse.clone(),
                    null_code: e.null_code,
                };
                let mut words = vec![self.it.intern(&e.word)];
                for f in &e.forms {
                    words.push(self.it.intern(f));
                }
                if !nouns {
                    // PETRARCH lists verbs by their base form and matches
                    // their regular inflections too; a parser's lemma may
                    // be wrong ("welcomed" → "welcom"), the form is not.
                    let forms = if self.french {
                        french_inflections(&e.word)
                    } else {
                        english_inflections(&e.word)
                    };
                    for f in forms {
                        words.push(self.it.intern(&f));
                    }
                }
                words.dedup();
                let dict = if nouns {
                    &mut self.nouns
                } else {
                    &mut self.verbs
                };
                for w in words {
                    dict.by_word.entry(w).or_default().push(cv.clone());
                }
            }
        }
    }
}

fn collect_required(elems: &[CElem], out: &mut Vec<u32>) {
    for e in elems {
        match e {
            CElem::Word(w) => out.push(w.id),
            CElem::Prep(v) | CElem::Group(v) => collect_required(v, out),
            _ => {}
        }
    }
}

impl Dict {
    /// The one-word members of the synonym set `name` (as written after
    /// `&`, in capitals), if the lexicons define it.
    pub fn synset_words_named(&self, name: &str) -> Option<&HashSet<u32>> {
        let id = *self.synset_ids.get(name)?;
        self.synset_words.get(id as usize)
    }

    /// Finishes compilation: the one-word member sets of every synonym
    /// set, and the words each member needs.
    pub fn finish(&mut self) {
        self.synset_member_words = self
            .synsets
            .iter()
            .map(|members| {
                members
                    .iter()
                    .map(|m| {
                        let mut words = Vec::new();
                        collect_required(m, &mut words);
                        words.sort_unstable();
                        words.dedup();
                        words
                    })
                    .collect()
            })
            .collect();
        self.synset_words = self
            .synsets
            .iter()
            .map(|members| {
                members
                    .iter()
                    .filter_map(|m| match m.as_slice() {
                        [CElem::Word(w)] => Some(w.id),
                        _ => None,
                    })
                    .collect()
            })
            .collect();
    }
}

/// The regular English inflections of a verb written in upper case:
/// third person, past and gerund (with and without a doubled final
/// consonant).
pub(crate) fn english_inflections(w: &str) -> Vec<String> {
    let mut out = Vec::new();
    if w.len() < 2 || !w.bytes().all(|b| b.is_ascii_uppercase()) {
        return out;
    }
    let b = w.as_bytes();
    let last = b[b.len() - 1];
    let prev = b[b.len() - 2];
    let vowel = |c: u8| matches!(c, b'A' | b'E' | b'I' | b'O' | b'U');
    let stem = &w[..w.len() - 1];
    if w.ends_with('S')
        || w.ends_with("SH")
        || w.ends_with("CH")
        || w.ends_with('X')
        || w.ends_with('Z')
        || w.ends_with('O')
    {
        out.push(format!("{w}ES"));
    } else if last == b'Y' && !vowel(prev) {
        out.push(format!("{stem}IES"));
    } else {
        out.push(format!("{w}S"));
    }
    if last == b'E' {
        out.push(format!("{w}D"));
        if !w.ends_with("EE") {
            out.push(format!("{stem}ING"));
        } else {
            out.push(format!("{w}ING"));
        }
    } else if last == b'Y' && !vowel(prev) {
        out.push(format!("{stem}IED"));
        out.push(format!("{w}ING"));
    } else {
        out.push(format!("{w}ED"));
        out.push(format!("{w}ING"));
        if !vowel(last) && vowel(prev) && !matches!(last, b'W' | b'X' | b'Y') {
            out.push(format!("{w}{}ED", last as char));
            out.push(format!("{w}{}ING", last as char));
        }
    }
    out
}

/// The regular French conjugated forms of an infinitive written in upper
/// case (first group `-ER`, second group `-IR`, and `-RE` verbs): present,
/// imperfect, simple past, future, conditional, participles. Irregular
/// verbs get some wrong forms, which match nothing.
pub(crate) fn french_inflections(w: &str) -> Vec<String> {
    let mut out = Vec::new();
    let n = w.chars().count();
    if n < 4 || w.contains(['_', ' ']) {
        return out;
    }
    let mut push = |stem: &str, endings: &[&str]| {
        for e in endings {
            out.push(format!("{stem}{e}"));
        }
    };
    if let Some(stem) = w.strip_suffix("ER") {
        // "-GER" keeps its E and "-CER" takes a cedilla before A and O.
        let soft = if stem.ends_with('G') {
            format!("{stem}E")
        } else if let Some(s) = stem.strip_suffix('C') {
            format!("{s}Ç")
        } else {
            stem.to_string()
        };
        push(
            stem,
            &[
                "E", "ES", "EZ", "ENT", "É", "ÉE", "ÉS", "ÉES", "AIS", "AIT", "IONS", "IEZ",
                "AIENT", "ÈRENT", "ERA", "ERONT", "ERAIT", "ERAIENT", "ERAI",
            ],
        );
        push(&soft, &["ONS", "ANT", "A", "AIS", "AIT", "AIENT"]);
    } else if let Some(stem) = w.strip_suffix("IR") {
        push(
            stem,
            &[
                "IS", "IT", "ISSONS", "ISSEZ", "ISSENT", "I", "IE", "IES", "ISSANT", "ISSAIT",
                "ISSAIENT", "IRENT", "IRA", "IRONT", "IRAIT", "IRAIENT",
            ],
        );
    } else if let Some(stem) = w.strip_suffix("RE") {
        // "rompre", "vendre", "battre", "combattre".
        let third = if stem.ends_with('D') || stem.ends_with('T') {
            ""
        } else {
            "T"
        };
        push(
            stem,
            &[
                "S", third, "ONS", "EZ", "ENT", "U", "UE", "US", "UES", "ANT", "AIT", "AIENT",
                "IT", "IRENT", "RA", "RONT", "RAIT", "RAIENT",
            ],
        );
    }
    out.retain(|f| f != w && !f.is_empty());
    out
}

/// The phrase with each word hyphenated between letters ("JAE-IN") written
/// as three words ("JAE", "-", "IN"), as the tokenizers split such words;
/// `None` when no word is.
fn hyphens_split(p: &Phrase) -> Option<Phrase> {
    let hyphenated = |t: &str| {
        let b = t.as_bytes();
        (1..b.len().saturating_sub(1)).any(|i| {
            b[i] == b'-' && b[i - 1].is_ascii_alphabetic() && b[i + 1].is_ascii_alphabetic()
        })
    };
    if !p.words.iter().any(|w| hyphenated(&w.text)) {
        return None;
    }
    let mut words = Vec::new();
    for w in &p.words {
        if !hyphenated(&w.text) {
            words.push(w.clone());
            continue;
        }
        let parts: Vec<&str> = w.text.split('-').collect();
        for (k, part) in parts.iter().enumerate() {
            if k > 0 {
                words.push(sitrep_lexicon::Word {
                    text: "-".to_string(),
                    exact: true,
                });
            }
            words.push(sitrep_lexicon::Word {
                text: (*part).to_string(),
                exact: w.exact || k + 1 < parts.len(),
            });
        }
    }
    Some(Phrase { words })
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_hyphenated_name_is_also_read_as_the_tokenizer_splits_it() {
        let p = super::Phrase::parse("MOON_JAE-IN");
        let split = super::hyphens_split(&p).expect("a hyphenated word");
        let words: Vec<&str> = split.words.iter().map(|w| w.text.as_str()).collect();
        assert_eq!(words, ["MOON", "JAE", "-", "IN"]);
        assert!(super::hyphens_split(&super::Phrase::parse("KIM_JONG_UN")).is_none());
    }

    #[test]
    fn a_phrase_index_knows_which_words_begin_or_sit_in_a_phrase() {
        let mut it = super::Interner::default();
        let mut idx = super::PhraseIndex::default();
        idx.add(&mut it, &super::Phrase::parse("UNITED_NATIONS"), 1, false);
        idx.add(&mut it, &super::Phrase::parse("NATIONS_UNIES"), 2, false);
        let united = it.intern("UNITED");
        let nations = it.intern("NATIONS");
        let unies = it.intern("UNIES");
        let other = it.intern("ANKARA");
        assert!(idx.starts_with(united, true) && idx.starts_with(nations, true));
        assert!(!idx.starts_with(unies, true) && idx.holds(unies, true));
        assert!(!idx.holds(other, true) && !idx.starts_with(other, true));
        // (Matched whole, not by stem, without the stem rule.)
        assert!(!idx.holds(united, false));
    }

    use super::{english_inflections, french_inflections};

    #[test]
    fn conjugates_regular_french_verbs() {
        let rompre = french_inflections("ROMPRE");
        for f in ["ROMPU", "ROMPT", "ROMPENT", "ROMPAIT", "ROMPRAIT"] {
            assert!(rompre.contains(&f.to_string()), "{f} in {rompre:?}");
        }
        let menacer = french_inflections("MENACER");
        for f in ["MENACÉ", "MENAÇANT", "MENAÇAIT", "MENACENT", "MENACERA"] {
            assert!(menacer.contains(&f.to_string()), "{f} in {menacer:?}");
        }
        assert!(french_inflections("ENVAHIR").contains(&"ENVAHISSENT".to_string()));
        assert!(french_inflections("ATTENDRE").contains(&"ATTEND".to_string()));
        assert!(french_inflections("SE_+RÉUNIR").is_empty());
    }

    #[test]
    fn inflects_regular_verbs() {
        assert_eq!(
            english_inflections("WELCOME"),
            vec!["WELCOMES", "WELCOMED", "WELCOMING"]
        );
        assert_eq!(
            english_inflections("CARRY"),
            vec!["CARRIES", "CARRIED", "CARRYING"]
        );
        assert!(english_inflections("STOP").contains(&"STOPPED".to_string()));
        assert!(english_inflections("PUSH").contains(&"PUSHES".to_string()));
    }
}
