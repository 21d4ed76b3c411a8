//! Where and when: each event's place, resolved against a gazetteer, and its
//! date, resolved from the time expression governing its clause or the
//! publication date.
//!
//! Design decisions:
//! - **The gazetteer works with no download.** A table the project authors
//!   (countries, capitals, news regions, English and French names and
//!   exonyms) is compiled in; an index file built from GeoNames by
//!   `sitrep gazetteer build` adds every city. Names are folded (accents,
//!   case, punctuation) and kept in an FST, so loading is one read and a
//!   lookup one FST walk.
//! - **The syntax decides, then the document.** An event's place is the
//!   toponym attached to its trigger with a locative preposition
//!   (`à Sotchi`, `in Idlib`, `dans l'enclave` → the region named before);
//!   failing that, the sentence's or the article's main place, flagged
//!   `inferred`. Its date is the time expression governing its clause,
//!   else the publication date, flagged as such — never today.
//! - **Say what was uncertain.** Close calls between places are written in
//!   the place's `ambiguity` note; expressions that need a reference date
//!   stay unresolved when there is none; impossible dates resolve to
//!   nothing.
#![deny(missing_docs)]

pub mod bench;
pub mod dates;
pub mod gazetteer;
pub mod normalize;
pub mod places;

use std::collections::HashMap;
use std::path::Path;

use chrono::NaiveDate;
use sitrep_model::{
    char_offset, Actor, Document, Event, EventDate, EventDateSource, EvidenceSpan, Mention,
    MentionKind, Place, PlacePrecision, Sentence, Span, Time,
};

use crate::dates::{find_times, Resolved};
use crate::gazetteer::Gazetteer;
use crate::normalize::fold;
use crate::places::{find_toponyms, score, span_head, Context, Scored};

/// Why the resolver could not be built, or an index not written.
#[derive(Debug, thiserror::Error)]
pub enum ResolveError {
    /// A line of the built-in gazetteer is malformed (a build defect).
    #[error("built-in gazetteer line {line}: {message}")]
    Builtin {
        /// 1-based line in `gazetteer/builtin.tsv`.
        line: usize,
        /// What was wrong.
        message: String,
    },
    /// A gazetteer index file could not be read or written.
    #[error("gazetteer index {path}: {message}")]
    Index {
        /// The file.
        path: String,
        /// What was wrong.
        message: String,
    },
    /// An input of `sitrep gazetteer build` is malformed.
    #[error("{path}{}: {message}", if *line > 0 { format!(" line {line}") } else { String::new() })]
    Input {
        /// The file.
        path: String,
        /// 1-based line, 0 when the whole file is at fault.
        line: usize,
        /// What was wrong.
        message: String,
    },
}

/// The resolve stage. Build once, share across threads.
#[derive(Debug)]
pub struct Resolver {
    gaz: Gazetteer,
}

/// A toponym found and resolved in a document.
#[derive(Debug, Clone)]
struct Found {
    sentence: usize,
    first: usize,
    last: usize,
    head: usize,
    ranked: Vec<Scored>,
    place: Place,
    metonymic: bool,
}

/// A time expression found in a document.
#[derive(Debug, Clone)]
struct FoundTime {
    sentence: usize,
    first: usize,
    last: usize,
    text: String,
    span: Span,
    value: Option<Resolved>,
}

/// Nouns for a country's territory, named by the country's adjective
/// ("territoire malien", "Ukrainian soil").
const TERRITORY: &[&str] = &[
    "territory",
    "soil",
    "airspace",
    "waters",
    "water",
    "territoire",
    "sol",
    "eaux",
    "eau",
];

/// Prepositions that put an event at a place.
const LOCATIVE: &[&str] = &[
    "in",
    "at",
    "near",
    "outside",
    "inside",
    "across",
    "throughout",
    "around",
    "a",
    "au",
    "aux",
    "en",
    "dans",
    "pres",
    "sur",
    "within",
    "aupres",
];

/// Nouns that refer back to a region or city named before (`l'enclave`).
const REGION_ANAPHORS: &[&str] = &[
    "enclave",
    "region",
    "province",
    "zone",
    "territoire",
    "territory",
    "bastion",
    "poche",
    "area",
    "gouvernorat",
    "governorate",
];
const CITY_ANAPHORS: &[&str] = &["ville", "city", "town", "capitale", "capital", "localite"];
const COUNTRY_ANAPHORS: &[&str] = &["pays", "country"];

/// Dependency relations that open a new clause.
fn is_clause(deprel: &str) -> bool {
    let base = deprel.split(':').next().unwrap_or(deprel);
    matches!(
        base,
        "root" | "ccomp" | "advcl" | "acl" | "parataxis" | "csubj" | "xcomp"
    )
}

fn clause_of(s: &Sentence, mut i: usize) -> usize {
    for _ in 0..s.tokens.len() {
        let t = &s.tokens[i];
        if is_clause(&t.deprel) || t.head == 0 {
            return i;
        }
        if t.deprel.starts_with("conj") && matches!(t.upos.as_str(), "VERB" | "AUX") {
            return i;
        }
        i = t.head as usize - 1;
    }
    i
}

/// True when `anc` is `i` or one of its heads.
/// True when word `i` lies under word `t` without passing through its
/// subject or through a clause joined to it ("Erdogan's support for
/// Ukraine joining NATO" holds Ukraine; in "La Russie multiplie les
/// frappes…, reproche à la Turquie", Turkey is the second verb's, not the
/// strikes'). Complement, adverbial and relative clauses are crossed: the
/// parser hangs a phrase of the trigger's there as often as not.
fn under_trigger(s: &Sentence, t: usize, mut i: usize) -> bool {
    for _ in 0..=s.tokens.len() {
        if i == t {
            return true;
        }
        let tok = &s.tokens[i];
        let base = tok.deprel.split(':').next().unwrap_or("");
        if tok.head == 0 {
            return false;
        }
        let h = tok.head as usize - 1;
        let clause_conjunct = base == "conj" && matches!(tok.upos.as_str(), "VERB" | "AUX");
        let subject = h == t && matches!(base, "nsubj" | "csubj");
        // (Nor through a clause set beside it: "…, a affirmé l'ONG Human
        // Rights Watch" says who reports, not whom it was done to.)
        let beside = base == "parataxis";
        if clause_conjunct || subject || beside {
            return false;
        }
        i = h;
    }
    false
}

/// True when word `i` lies in the agent phrase ("par le Japon", "by
/// Tokyo") of a word other than `t` that `is_trigger` says triggers an
/// event.
fn agent_of_other(
    s: &Sentence,
    mut i: usize,
    t: usize,
    is_trigger: impl Fn(usize) -> bool,
) -> bool {
    for _ in 0..=s.tokens.len() {
        let tok = &s.tokens[i];
        if tok.head == 0 || i == t {
            return false;
        }
        let h = tok.head as usize - 1;
        if tok.deprel.ends_with(":agent") {
            return h != t && is_trigger(h);
        }
        i = h;
    }
    false
}

fn dominates(s: &Sentence, anc: usize, mut i: usize) -> bool {
    for _ in 0..=s.tokens.len() {
        if i == anc {
            return true;
        }
        let h = s.tokens[i].head as usize;
        if h == 0 {
            return false;
        }
        i = h - 1;
    }
    false
}

fn has_locative_case(s: &Sentence, i: usize) -> bool {
    s.children(i).any(|c| {
        let t = &s.tokens[c];
        (t.deprel.starts_with("case") || t.deprel == "mark")
            && LOCATIVE.contains(&fold(&t.form).as_str())
    })
}

/// True when the word `h` is a locative dependent of the trigger `t`: it (or
/// a noun between them) carries a locative preposition, and the path up to
/// the trigger (or the word the trigger depends on within its clause) goes
/// through nominal modifiers only.
fn locative_of(s: &Sentence, h: usize, t: usize) -> bool {
    let mut targets = vec![t];
    let tt = &s.tokens[t];
    if tt.head > 0 && !is_clause(&tt.deprel) {
        targets.push(tt.head as usize - 1);
    }
    let mut cur = h;
    let mut locative = false;
    for _ in 0..4 {
        let tok = &s.tokens[cur];
        let base = tok.deprel.split(':').next().unwrap_or("");
        if !matches!(
            base,
            "obl" | "nmod" | "appos" | "flat" | "compound" | "advmod" | "conj"
        ) {
            return false;
        }
        locative |= has_locative_case(s, cur);
        if tok.head == 0 {
            return false;
        }
        let p = tok.head as usize - 1;
        if targets.contains(&p) {
            return locative;
        }
        cur = p;
    }
    false
}

/// True when the word `h` is the destination of the trigger `t`: an
/// oblique of it with "to", "into", "towards" or "vers" ("sent rescue teams
/// to Derna"), through nominal modifiers only.
fn destination_of(s: &Sentence, h: usize, t: usize) -> bool {
    let mut cur = h;
    for _ in 0..4 {
        let tok = &s.tokens[cur];
        let base = tok.deprel.split(':').next().unwrap_or("");
        if !matches!(base, "obl" | "nmod" | "flat" | "compound") || tok.head == 0 {
            return false;
        }
        let to = s.children(cur).any(|c| {
            let k = &s.tokens[c];
            k.deprel.starts_with("case")
                && matches!(
                    fold(&k.form).as_str(),
                    "to" | "into" | "towards" | "toward" | "vers"
                )
        });
        let p = tok.head as usize - 1;
        if p == t {
            return to && base == "obl";
        }
        cur = p;
    }
    false
}

/// True when the word `h` names where the trigger `t` moves away from:
/// a "from"/"de" phrase on it or on its object, through nominal modifiers
/// only ("withdrew its troops from Kherson", "le retrait des troupes
/// russes de la ville de Kherson").
fn origin_of(s: &Sentence, h: usize, t: usize) -> bool {
    let object = s
        .children(t)
        .find(|&c| matches!(s.tokens[c].deprel.split(':').next(), Some("obj" | "dobj")));
    let mut cur = h;
    let mut from = false;
    for _ in 0..5 {
        let tok = &s.tokens[cur];
        let base = tok.deprel.split(':').next().unwrap_or("");
        if !matches!(
            base,
            "obl" | "nmod" | "flat" | "compound" | "conj" | "appos"
        ) || tok.head == 0
        {
            return false;
        }
        from |= s.children(cur).any(|c| {
            let k = &s.tokens[c];
            k.deprel.starts_with("case")
                && matches!(fold(&k.form).as_str(), "from" | "de" | "du" | "des" | "d'")
        });
        let p = tok.head as usize - 1;
        if p == t || Some(p) == object {
            return from;
        }
        cur = p;
    }
    false
}

/// Makes the place's country the event's target, with the place as its
/// evidence; `keep_sector` keeps the sector the coder found for a target
/// of no country ("the troops" in "struck the troops in Idlib": SYRMIL).
fn aim_at_place(ev: &mut Event, p: &Place, text: &str, keep_sector: bool) {
    let sector = ev
        .target
        .as_ref()
        .and_then(|x| x.sector.clone())
        .filter(|_| keep_sector);
    let code = p
        .country
        .as_ref()
        .map(|c| format!("{c}{}", sector.as_deref().unwrap_or("")));
    ev.target = Some(Actor {
        text: p.text.clone(),
        code,
        country: p.country.clone(),
        sector,
        name: p.name.clone(),
        span: p.span,
    });
    ev.evidence.target = p.span.map(|sp| EvidenceSpan {
        text: sp.slice(text).to_string(),
        start: char_offset(text, sp.start),
        end: char_offset(text, sp.end),
    });
}

/// True when an event's target is its source's own state as a whole (the
/// country's name, or its capital standing for its government) and the
/// source is that state, its government or its armed forces.
fn self_targeted(gaz: &Gazetteer, ev: &Event, places: &[Found], si: usize) -> bool {
    let (Some(t), Some(c)) = (ev.target.as_ref(), ev.source.country.as_deref()) else {
        return false;
    };
    if t.country.as_deref() != Some(c) || c.starts_with("IGO") || c.starts_with("NGO") {
        return false;
    }
    let state_source = ev.source.code.as_deref() == Some(c)
        || matches!(ev.source.sector.as_deref(), Some("GOV" | "MIL"));
    if !state_source {
        return false;
    }
    // (Not what a state does at home, to its own land: "declared martial
    // law across the country", "troops withdrew to Russia".)
    if matches!(
        ev.cameo_root.as_str(),
        "08" | "14" | "17" | "18" | "19" | "20"
    ) {
        return false;
    }
    let inside = |f: &&Found| {
        f.sentence == si
            && f.place.country.as_deref() == Some(c)
            && t.span
                .zip(f.place.span)
                .is_some_and(|(sp, p)| p.start >= sp.start && p.end <= sp.end)
    };
    // A bare country code: the country's name, or a phrase that only its
    // adjective codes ("the release of a Chinese captain"); not a region
    // the lexicon codes to its state ("les autorités régionales du Tigré").
    if t.sector.is_none() && t.code.as_deref() == Some(c) {
        return t.name.as_deref().is_none_or(|n| {
            gaz.lookup(&n.replace('_', " "))
                .iter()
                .any(|&i| gaz.entry(i).is_country())
        });
    }
    // The capital standing for the government ("Washington", "Pékin").
    t.sector.as_deref() == Some("GOV") && places.iter().any(|f| inside(&f))
}

/// True when the word `h` lies inside the object of the trigger `t`
/// ("shelled the city of Kharkiv"): the path up to the object goes through
/// nominal modifiers only.
fn inside_object(s: &Sentence, h: usize, t: usize) -> bool {
    let mut cur = h;
    for _ in 0..4 {
        let tok = &s.tokens[cur];
        let base = tok.deprel.split(':').next().unwrap_or("");
        if tok.head == 0 {
            return false;
        }
        let p = tok.head as usize - 1;
        if matches!(base, "obj" | "dobj") {
            return p == t;
        }
        if !matches!(base, "nmod" | "appos" | "flat" | "compound") {
            return false;
        }
        cur = p;
    }
    false
}

fn precision_of(e: &gazetteer::Entry) -> PlacePrecision {
    if e.is_country() {
        PlacePrecision::Country
    } else if e.feature_class == 'P' {
        PlacePrecision::City
    } else {
        PlacePrecision::Region
    }
}

impl Resolver {
    /// The resolver with the gazetteer built into the binary.
    pub fn builtin() -> Result<Self, ResolveError> {
        Ok(Resolver {
            gaz: Gazetteer::builtin()?,
        })
    }

    /// The resolver with the built-in gazetteer and the index file at
    /// `path`, built by `sitrep gazetteer build`.
    pub fn with_gazetteer(path: &Path) -> Result<Self, ResolveError> {
        Ok(Resolver {
            gaz: Gazetteer::with_index(path)?,
        })
    }

    /// The gazetteer's name and version.
    pub fn gazetteer_version(&self) -> Option<String> {
        Some(self.gaz.version())
    }

    /// The gazetteer.
    pub fn gazetteer(&self) -> &Gazetteer {
        &self.gaz
    }

    /// The places `name` may refer to, best first, scored against the
    /// countries in `context` (ISO3 codes).
    pub fn candidates(&self, name: &str, context: &[&str]) -> Vec<Scored> {
        let mut ctx = Context::default();
        for c in context {
            ctx.add(c);
        }
        score(&self.gaz, name, &self.gaz.lookup(name), &ctx)
    }

    /// The place record of a gazetteer entry.
    fn place(&self, entry: u32, text: &str, span: Option<Span>) -> Place {
        let e = self.gaz.entry(entry);
        Place {
            text: text.to_string(),
            name: Some(e.name.clone()),
            country: (!e.country.is_empty()).then(|| e.country.clone()),
            admin1: (!e.admin1.is_empty()).then(|| e.admin1.clone()),
            geonames_id: e.geonames_id,
            lat: e.lat,
            lon: e.lon,
            feature_class: Some(e.feature_class.to_string()),
            precision: Some(precision_of(e)),
            span,
            ambiguity: None,
        }
    }

    fn detect(&self, doc: &Document) -> Vec<(usize, places::Toponym)> {
        let mut raw = Vec::new();
        for (si, s) in doc.sentences.iter().enumerate() {
            let mut masked = vec![false; s.tokens.len()];
            // An actor name masks its words from place detection, unless
            // it is no event's actor and stands in a locative phrase: "met
            // in Moscow" is a place, "Moscow said" and "against Moscow"
            // are actors.
            let event_spans: Vec<Span> = doc
                .events
                .iter()
                .filter(|e| e.sentence.index as usize == si)
                .flat_map(|e| {
                    let target = e.target.as_ref().and_then(|t| t.span);
                    e.source.span.into_iter().chain(target)
                })
                .collect();
            for m in &doc.mentions {
                if m.sentence as usize == si && matches!(m.kind, MentionKind::Actor(_)) {
                    let first = m.first as usize;
                    let last = m.last as usize;
                    let acting = event_spans
                        .iter()
                        .any(|x| x.start < m.span.end && m.span.start < x.end);
                    if !acting
                        && last < s.tokens.len()
                        && first <= last
                        && has_locative_case(s, span_head(s, first, last))
                    {
                        continue;
                    }
                    for k in m.first as usize..=m.last as usize {
                        match masked.get_mut(k) {
                            Some(x) => *x = true,
                            None => break,
                        }
                    }
                }
            }
            for t in find_toponyms(&self.gaz, &doc.text, s, &masked) {
                raw.push((si, t));
            }
            raw.extend(self.national_territory(doc, si).map(|t| (si, t)));
        }
        raw
    }

    /// A country's territory named by its adjective ("en territoire
    /// malien", "on Ukrainian soil", "into Turkish airspace", "dans les eaux
    /// japonaises"): a place, the country, though no toponym names it.
    fn national_territory<'d>(
        &'d self,
        doc: &'d Document,
        si: usize,
    ) -> impl Iterator<Item = places::Toponym> + 'd {
        let s = &doc.sentences[si];
        doc.mentions
            .iter()
            .filter(move |m| m.sentence as usize == si)
            .filter_map(move |m| {
                let MentionKind::Actor(a) = &m.kind else {
                    return None;
                };
                let country = a.country.as_deref().filter(|c| c.len() == 3)?;
                let entry = self.gaz.country(country)?;
                let last = (m.last as usize).min(s.tokens.len().checked_sub(1)?);
                (m.first as usize..=last).find_map(|k| {
                    let t = &s.tokens[k];
                    let h = (t.head as usize).checked_sub(1)?;
                    let noun = s.tokens.get(h)?;
                    (t.upos == "ADJ"
                        && t.deprel.starts_with("amod")
                        && TERRITORY.contains(&fold(&noun.lemma).as_str()))
                    .then(|| {
                        let (first, last) = (k.min(h), k.max(h));
                        places::Toponym {
                            first,
                            last,
                            text: places::surface(&doc.text, s, first, last),
                            candidates: vec![entry],
                            metonymic: false,
                        }
                    })
                })
            })
    }

    /// The document's countries — the prior's choice for every toponym, and
    /// the country of every actor the coder found ("turc", "the Canadian
    /// police") — and each toponym's own vote, to leave out when resolving
    /// it.
    fn context(&self, doc: &Document, raw: &[(usize, places::Toponym)]) -> (Context, Vec<String>) {
        let mut ctx = Context::default();
        for m in &doc.mentions {
            if let MentionKind::Actor(a) = &m.kind {
                if let Some(c) = a.country.as_deref() {
                    if c.len() == 3 && self.gaz.country(c).is_some() {
                        ctx.add(c);
                    }
                }
            }
        }
        let mut votes = Vec::with_capacity(raw.len());
        for (_, t) in raw {
            let ranked = score(&self.gaz, &t.text, &t.candidates, &Context::default());
            let vote = ranked
                .first()
                .map(|b| self.gaz.entry(b.entry).country.clone())
                .unwrap_or_default();
            ctx.add(&vote);
            votes.push(vote);
        }
        (ctx, votes)
    }

    /// The toponyms the resolver finds in a document: sentence, first word,
    /// last word, and whether the name acts as a government (`Moscow
    /// said`) rather than a place.
    pub fn toponyms(&self, doc: &Document) -> Vec<(usize, usize, usize, bool)> {
        self.detect(doc)
            .into_iter()
            .map(|(si, t)| (si, t.first, t.last, t.metonymic))
            .collect()
    }

    /// Resolves the words `first..=last` of sentence `si` as a place name,
    /// with the document's other toponyms as context; `None` when the
    /// gazetteer knows no place of that name.
    pub fn resolve_span(
        &self,
        doc: &Document,
        si: usize,
        first: usize,
        last: usize,
    ) -> Option<Place> {
        let s = doc.sentences.get(si)?;
        if first > last || last >= s.tokens.len() {
            return None;
        }
        let span = Span::new(
            s.tokens[first].span.start as usize,
            s.tokens[last].span.end as usize,
        );
        let surface = places::surface(&doc.text, s, first, last);
        let surface = surface.as_str();
        let raw = self.detect(doc);
        let (ctx, votes) = self.context(doc, &raw);
        // Leave out the span's own vote when the resolver found it too.
        let ctx = match raw
            .iter()
            .position(|(s, t)| *s == si && t.first == first && t.last == last)
        {
            Some(k) => ctx.without(&votes[k]),
            None => ctx,
        };
        let ranked = score(&self.gaz, surface, &self.gaz.lookup(surface), &ctx);
        let best = ranked.first()?;
        let mut place = self.place(best.entry, surface, Some(span));
        place.ambiguity = places::ambiguity(&self.gaz, &ranked);
        Some(place)
    }

    fn find_places(&self, doc: &Document) -> Vec<Found> {
        let raw = self.detect(doc);
        let (ctx, votes) = self.context(doc, &raw);
        raw.into_iter()
            .zip(votes)
            .map(|((si, t), vote)| {
                let s = &doc.sentences[si];
                let ranked = score(&self.gaz, &t.text, &t.candidates, &ctx.without(&vote));
                let span = Span::new(
                    s.tokens[t.first].span.start as usize,
                    s.tokens[t.last].span.end as usize,
                );
                let mut place = self.place(ranked[0].entry, &t.text, Some(span));
                place.ambiguity = places::ambiguity(&self.gaz, &ranked);
                Found {
                    sentence: si,
                    first: t.first,
                    last: t.last,
                    head: span_head(s, t.first, t.last),
                    ranked,
                    place,
                    metonymic: t.metonymic,
                }
            })
            .collect()
    }

    fn find_times(&self, doc: &Document) -> Vec<FoundTime> {
        let reference = doc
            .published_date()
            .and_then(|d| d.get(..10))
            .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok());
        let french = doc.language.as_deref() == Some("fr");
        let mut out = Vec::new();
        for (si, s) in doc.sentences.iter().enumerate() {
            let folded: Vec<String> = s
                .tokens
                .iter()
                .map(|t| {
                    if t.form
                        .bytes()
                        .all(|b| b.is_ascii_digit() || b == b'-' || b == b'/')
                    {
                        t.form.clone()
                    } else if t.form == "," {
                        ",".to_string()
                    } else {
                        fold(&t.form)
                    }
                })
                .collect();
            let words: Vec<&str> = folded.iter().map(String::as_str).collect();
            for m in find_times(&words, reference, french) {
                let last = m.end - 1;
                let span = Span::new(
                    s.tokens[m.start].span.start as usize,
                    s.tokens[last].span.end as usize,
                );
                out.push(FoundTime {
                    sentence: si,
                    first: m.start,
                    last,
                    text: span.slice(&doc.text).to_string(),
                    span,
                    value: m.value.ok(),
                });
            }
        }
        out
    }

    /// Finds place and time mentions, then sets each event's location and
    /// date.
    pub fn process(&self, mut doc: Document) -> Document {
        let places = self.find_places(&doc);
        let times = self.find_times(&doc);
        let version = self.gazetteer_version();
        let published = doc
            .published_date()
            .and_then(|d| d.get(..10))
            .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok());

        // The article's main place: the most mentioned, the first on ties.
        let mut counts: HashMap<u32, (usize, usize)> = HashMap::new();
        for (k, f) in places.iter().enumerate() {
            if f.metonymic {
                continue;
            }
            let e = counts.entry(f.ranked[0].entry).or_insert((0, k));
            e.0 += 1;
        }
        let main = counts
            .iter()
            .max_by(|a, b| a.1 .0.cmp(&b.1 .0).then(b.1 .1.cmp(&a.1 .1)))
            .map(|(_, &(_, k))| k);

        let text = doc.text.clone();
        let evidence = |span: Span| EvidenceSpan {
            text: span.slice(&text).to_string(),
            start: char_offset(&text, span.start),
            end: char_offset(&text, span.end),
        };

        let mut events = std::mem::take(&mut doc.events);
        // The words that trigger an event, by sentence: the agent of one
        // ("un tir de missile, aussitôt condamné par le Japon") reacts to
        // what is above it and is not its target.
        let triggers: Vec<(u32, usize)> = events
            .iter()
            .filter_map(|e| e.trigger_word.map(|t| (e.sentence.index, t as usize)))
            .collect();
        // Who does each act, by trigger: co-authors of one act ("les
        // propositions de la France, de l'Allemagne et de la
        // Grande-Bretagne") are not each other's targets.
        let doers: Vec<(u32, usize, Span)> = events
            .iter()
            .filter_map(|e| {
                let t = e.trigger_word? as usize;
                Some((e.sentence.index, t, e.source.span?))
            })
            .collect();
        for ev in &mut events {
            ev.provenance.gazetteer = version.clone();
            let si = ev.sentence.index as usize;
            let Some(s) = doc.sentences.get(si) else {
                ev.set_date(published.map(|d| EventDate {
                    date: d.format("%Y-%m-%d").to_string(),
                    precision: sitrep_model::DatePrecision::Day,
                    source: EventDateSource::Publication,
                }));
                continue;
            };
            let trigger = ev
                .trigger_word
                .map(|t| t as usize)
                .filter(|&t| t < s.tokens.len());
            let parsed = s.is_parsed();

            // A state does not act on itself: "China warned Beijing", "le
            // Pentagone a accusé Washington", "Poutine a averti que la
            // Russie…" name the source's own state as the other party, which
            // the coder took from a misread clause. The target is dropped,
            // and the fallbacks below look for the real one.
            if self_targeted(&self.gaz, ev, &places, si) {
                ev.target = None;
                ev.evidence.target = None;
            }

            // Location.
            let mut location: Option<(Place, bool)> = None;
            if let (Some(t), true) = (trigger, parsed) {
                for f in places.iter().filter(|f| f.sentence == si && !f.metonymic) {
                    if locative_of(s, f.head, t) {
                        location = Some((f.place.clone(), true));
                        break;
                    }
                }
                if location.is_none() {
                    location = self.anaphoric_location(&doc, &places, si, t);
                }
            }
            if location.is_none() {
                let sentence_place = places.iter().find(|f| f.sentence == si && !f.metonymic);
                let chosen = sentence_place.or_else(|| main.map(|k| &places[k]));
                if let Some(f) = chosen {
                    let mut p = f.place.clone();
                    p.precision = Some(PlacePrecision::Inferred);
                    location = Some((p, false));
                }
            }
            // Police, forces or authorities of no named country that
            // arrest or disperse ("police detained Pedro Castillo in Lima",
            // "security forces arrested hundreds") are those of the state
            // where they act: the trigger's own place, else the country of
            // the one they act on, else the sentence's or article's place.
            // (Protesters are not of the country they protest against:
            // their place, never their target, gives them theirs.)
            if ev.source.country.is_none() && ev.source.sector.is_some() {
                let direct = location.as_ref().filter(|(_, d)| *d);
                // (Before the target's country, a place named on their
                // own noun: "un tribunal de Rostov-sur-le-Don a condamné
                // le cinéaste ukrainien", "la police de Hong Kong".)
                let own_place = ev.source.span.and_then(|sp| {
                    let inside = |k: usize| {
                        s.tokens
                            .get(k)
                            .is_some_and(|t| t.span.start >= sp.start && t.span.end <= sp.end)
                    };
                    places
                        .iter()
                        .filter(|f| f.sentence == si && !f.metonymic)
                        .find(|f| {
                            s.tokens.get(f.head).is_some_and(|t| {
                                t.head > 0
                                    && inside(t.head as usize - 1)
                                    && t.deprel.starts_with("nmod")
                            })
                        })
                        .and_then(|f| f.place.country.clone())
                });
                let of_target = ev
                    .target
                    .as_ref()
                    .filter(|_| ev.cameo_root != "14")
                    .and_then(|x| x.country.clone())
                    .filter(|c| !c.starts_with("IGO") && !c.starts_with("NGO"));
                let country = direct
                    .and_then(|(p, _)| p.country.clone())
                    .or(own_place)
                    .or(of_target)
                    .or_else(|| location.as_ref().and_then(|(p, _)| p.country.clone()));
                if let Some(c) = country {
                    let sector = ev.source.sector.clone().unwrap_or_default();
                    ev.source.code = Some(format!("{c}{sector}"));
                    ev.source.country = Some(c);
                }
            }
            // The place attacked stands for its country when the text
            // names no target ("bombed a theater in Mariupol", "shelled
            // the city of Kharkiv"): the place is the verb's locative or
            // inside its object, and lies in another country than the
            // source's.
            if let (Some(t), true) = (trigger, parsed) {
                // (So is a place visited: "to visit Hiroshima", "arrived
                // in Kandahar", "s'est rendu à Séoul".)
                let visit = ev.cameo_root == "04"
                    && [
                        "visit", "arrive", "travel", "tour", "visiter", "arriver", "rendre",
                        "voyager",
                    ]
                    .contains(&s.tokens[t].lemma.to_lowercase().as_str());
                // (And a place aid is sent to: "ont dépêché des équipes de
                // secours dans l'est de la Libye".)
                // (Where aid or a visitor goes: "sent rescue teams to
                // Derna", "flew aid into Benghazi".)
                let sent = visit || ev.cameo_root == "07";
                let material = visit
                    || matches!(
                        ev.cameo_root.as_str(),
                        "07" | "15" | "17" | "18" | "19" | "20"
                    );
                let untargeted = ev.target.as_ref().is_none_or(|x| x.country.is_none());
                // Force used against one's own compatriots on another
                // state's soil is aimed at that state ("Colombian troops
                // raided a FARC camp inside Ecuador", "Turkish jets struck
                // PKK bases in northern Iraq"); so are one's own troops
                // withdrawn or massed there ("le retrait des troupes
                // russes … de la ville de Kherson").
                let withdrawal = ev.cameo_root == "08";
                let domestic = (matches!(ev.cameo_root.as_str(), "08" | "15" | "18" | "19" | "20")
                    && ev.source.country.is_some()
                    && ev
                        .target
                        .as_ref()
                        .is_some_and(|x| x.country == ev.source.country))
                    || (withdrawal && untargeted);
                if domestic {
                    let hit = places.iter().find(|f| {
                        f.sentence == si
                            && !f.metonymic
                            && f.place.country.is_some()
                            && f.place.country != ev.source.country
                            && (locative_of(s, f.head, t)
                                || inside_object(s, f.head, t)
                                || (withdrawal && origin_of(s, f.head, t)))
                    });
                    if let Some(f) = hit {
                        aim_at_place(ev, &f.place, &text, false);
                    }
                }
                if material && untargeted {
                    let hit = places.iter().find(|f| {
                        f.sentence == si
                            && !f.metonymic
                            && (locative_of(s, f.head, t)
                                || inside_object(s, f.head, t)
                                || (sent && destination_of(s, f.head, t)))
                    });
                    if let Some(f) = hit {
                        let country = f.place.country.clone();
                        if country.is_some() && country != ev.source.country {
                            aim_at_place(ev, &f.place, &text, true);
                        }
                    }
                }
            }
            if let Some((p, direct)) = location {
                // An attack or a massacre that names no one of a country
                // is done where it happened, at home too ("Des talibans
                // pakistanais ont tué 132 enfants lors de l'attaque d'une
                // école … à Peshawar": Pakistan). (Not fighting, 19:
                // strikes "across the Line of Control in Kashmir" are not
                // at home.)
                // So is force used, or aid sent, abroad where the place is
                // only inferred ("Ankara a renforcé ses bases militaires
                // dans l'enclave": Idlib, Syria).
                let untargeted = ev.target.as_ref().is_none_or(|x| x.country.is_none());
                let abroad = p.country.is_some()
                    && p.country != ev.source.country
                    && matches!(ev.cameo_root.as_str(), "07" | "15" | "17" | "19");
                if untargeted
                    && parsed
                    && (matches!(ev.cameo_root.as_str(), "18" | "20") || abroad)
                    && p.country.is_some()
                {
                    aim_at_place(ev, &p, &text, true);
                }
                // A transnational armed group (IMG…) struck or fought is
                // coded to the country where it is struck, when the coder
                // found no country in its phrase ("des bombes sur Raqqa,
                // le fief du groupe État islamique en Syrie").
                if let (Some(t), Some(c)) = (ev.target.as_mut(), p.country.as_ref()) {
                    let transnational = t.code.as_deref().is_some_and(|x| x.starts_with("IMG"));
                    if transnational
                        && parsed
                        && matches!(ev.cameo_root.as_str(), "18" | "19" | "20")
                        && Some(c) != ev.source.country.as_ref()
                    {
                        t.code = Some(format!("{c}REB"));
                        t.country = Some(c.clone());
                        t.sector = Some("REB".to_string());
                    }
                }
                if direct {
                    ev.evidence.location = p.span.map(evidence);
                }
                ev.location = Some(p);
            }

            // "Myanmar's military government freed Aung San Suu Kyi, and
            // Obama urged the junta to free…": a government or a force
            // named only by its sector ("the junta", "le régime", "the
            // authorities") is the one of that sector named last before it
            // in the sentence, of another country than the source.
            if let Some(t) = ev.target.as_mut() {
                let definite = t.country.is_none()
                    && t.sector
                        .as_deref()
                        .is_some_and(|x| matches!(x, "GOV" | "MIL" | "COP"))
                    && {
                        let w = t.text.to_lowercase();
                        ["the ", "le ", "la ", "les ", "l'", "l’"]
                            .iter()
                            .any(|d| w.starts_with(d))
                    };
                if let (true, Some(at)) = (definite, t.span) {
                    let source = ev.source.country.clone();
                    let named = doc
                        .mentions
                        .iter()
                        .filter(|m| m.sentence as usize == si && m.span.end <= at.start)
                        .filter_map(|m| match &m.kind {
                            MentionKind::Actor(a) => Some(a),
                            _ => None,
                        })
                        .rfind(|a| {
                            a.country.is_some()
                                && a.country != source
                                && !a.country.as_deref().is_some_and(|c| c.starts_with("IGO"))
                                && a.sector.as_deref() == t.sector.as_deref()
                        });
                    if let Some(a) = named {
                        t.country = a.country.clone();
                        t.code = a.code.clone();
                    }
                }
            }

            // A dyad still without its other party: the actor named inside
            // the trigger's own phrase or clause that is of another
            // country than the source, the nearest to the trigger first
            // ("Erdogan's support for Ukraine joining NATO").
            if let (Some(t), true) = (trigger, parsed) {
                if ev.target.as_ref().is_none_or(|x| x.country.is_none()) {
                    let source = ev.source.country.clone();
                    let best = doc
                        .mentions
                        .iter()
                        .filter(|m| m.sentence as usize == si)
                        .filter_map(|m| match &m.kind {
                            MentionKind::Actor(a) => Some((m, a)),
                            _ => None,
                        })
                        .filter(|(m, a)| {
                            a.country.is_some()
                                && a.country != source
                                && (m.first as usize) < s.tokens.len()
                                && m.first as usize != t
                                && under_trigger(s, t, m.first as usize)
                                && !agent_of_other(s, m.first as usize, t, |w| {
                                    triggers.contains(&(si as u32, w))
                                })
                                && !doers.iter().any(|&(ds, dt, sp)| {
                                    ds as usize == si && dt == t && sp == m.span
                                })
                                // (Nor one that takes in the source's own
                                // words, however the parser hung them: "The
                                // Iran-backed Houthis attacked a ship".)
                                && !ev.source.span.is_some_and(|sp| {
                                    sp.start < m.span.end && m.span.start < sp.end
                                })
                        })
                        .min_by_key(|(m, _)| (m.first as usize).abs_diff(t));
                    if let Some((_, a)) = best {
                        ev.target = Some(a.clone());
                    }
                }
            }

            // A dyad with no other party yet is aimed where the act happens
            // (CAMEO events are dyadic, and an analyst codes "arrested in
            // Manila" PHL>PHL, "ordered troops to Monrovia" USA>LBR): a
            // place of the trigger's own phrase or clause (where, to where,
            // from where, inside its object), else one under the trigger,
            // else the sentence's place, else the article's main place.
            // (At home, only what is done at home to someone there:
            // release, protest, repression, violence. A meeting, an appeal
            // or a show of force "in Washington" by Washington names no
            // other party.)
            let at_home = matches!(
                ev.cameo_root.as_str(),
                "08" | "14" | "17" | "18" | "19" | "20"
            );
            // (Not a deal: where it is signed is no party to it, "signed
            // a peace agreement in Lome".)
            if ev.target.as_ref().is_none_or(|x| x.country.is_none())
                && !ev.cameo.starts_with("057")
            {
                let named = |f: &&Found| {
                    f.sentence == si
                        && !f.metonymic
                        && f.place.country.is_some()
                        && (at_home || f.place.country != ev.source.country)
                };
                let of_trigger = trigger.filter(|_| parsed).and_then(|t| {
                    places
                        .iter()
                        .filter(named)
                        .find(|f| {
                            locative_of(s, f.head, t)
                                || inside_object(s, f.head, t)
                                || destination_of(s, f.head, t)
                                || origin_of(s, f.head, t)
                        })
                        .or_else(|| {
                            places
                                .iter()
                                .filter(named)
                                .find(|f| under_trigger(s, t, f.head))
                        })
                });
                let hit = of_trigger
                    .or_else(|| places.iter().find(named))
                    .or_else(|| {
                        main.map(|k| &places[k]).filter(|f| {
                            f.place.country.is_some()
                                && (at_home || f.place.country != ev.source.country)
                        })
                    });
                if let Some(f) = hit {
                    aim_at_place(ev, &f.place, &text, true);
                }
            }

            // Date.
            let in_sentence: Vec<&FoundTime> = times.iter().filter(|x| x.sentence == si).collect();
            let governing = match (trigger, parsed) {
                (Some(t), true) => {
                    let tc = clause_of(s, t);
                    let heads: Vec<(usize, &FoundTime)> = in_sentence
                        .iter()
                        .map(|x| (span_head(s, x.first, x.last), *x))
                        .collect();
                    heads
                        .iter()
                        .find(|(h, _)| clause_of(s, *h) == tc)
                        .or_else(|| {
                            heads
                                .iter()
                                .find(|(h, _)| dominates(s, clause_of(s, *h), tc))
                        })
                        .map(|(_, x)| *x)
                }
                _ => in_sentence.first().copied(),
            };
            match governing {
                Some(x) if x.value.is_some() => {
                    if let Some(v) = x.value {
                        ev.set_date(Some(EventDate {
                            date: v.iso(),
                            precision: v.precision(),
                            source: EventDateSource::Text {
                                expression: x.text.clone(),
                            },
                        }));
                        ev.evidence.time = Some(evidence(x.span));
                    }
                }
                _ => ev.set_date(published.map(|d| EventDate {
                    date: d.format("%Y-%m-%d").to_string(),
                    precision: sitrep_model::DatePrecision::Day,
                    source: EventDateSource::Publication,
                })),
            }
        }

        // A state does not meet, cooperate with or aid itself ("the
        // opponent arrived in Madrid on a Spanish military plane"): once
        // places have named the target's country, a meeting or
        // cooperation (04, 06, 07) within one country is no event between
        // states.
        events.retain(|ev| {
            let domestic = ev.source.country.is_some()
                && ev
                    .target
                    .as_ref()
                    .is_some_and(|t| t.country == ev.source.country);
            !(domestic && matches!(ev.cameo_root.as_str(), "04" | "06" | "07"))
        });
        doc.events = events;
        for f in places {
            if f.metonymic {
                continue;
            }
            doc.mentions.push(Mention {
                sentence: f.sentence as u32,
                first: f.first as u32,
                last: f.last as u32,
                span: f.place.span.unwrap_or_default(),
                kind: MentionKind::Place(f.place),
            });
        }
        for x in times {
            doc.mentions.push(Mention {
                sentence: x.sentence as u32,
                first: x.first as u32,
                last: x.last as u32,
                span: x.span,
                kind: MentionKind::Time(Time {
                    text: x.text,
                    date: x.value.map(|v| v.iso()),
                    precision: x.value.map(|v| v.precision()),
                    span: Some(x.span),
                }),
            });
        }
        doc
    }

    /// `dans l'enclave`, `in the city`: a locative noun that refers back to
    /// the last region, city or country named before it.
    fn anaphoric_location(
        &self,
        doc: &Document,
        places: &[Found],
        si: usize,
        t: usize,
    ) -> Option<(Place, bool)> {
        let s = &doc.sentences[si];
        for (a, tok) in s.tokens.iter().enumerate() {
            if tok.upos != "NOUN" {
                continue;
            }
            let key = fold(&tok.form);
            let key = key.as_str();
            let kind = if REGION_ANAPHORS.contains(&key) {
                0
            } else if CITY_ANAPHORS.contains(&key) {
                1
            } else if COUNTRY_ANAPHORS.contains(&key) {
                2
            } else {
                continue;
            };
            // Not "la province d'Idlib": a named place inside the phrase
            // would have been found directly.
            if !locative_of(s, a, t) {
                continue;
            }
            let before = places
                .iter()
                .rev()
                .filter(|f| !f.metonymic && (f.sentence < si || (f.sentence == si && f.last < a)));
            for f in before {
                // Among the antecedent's candidates, the best of the right
                // kind.
                let pick = f.ranked.iter().find(|c| {
                    let e = self.gaz.entry(c.entry);
                    match kind {
                        0 => e.is_region(),
                        1 => e.feature_class == 'P',
                        _ => e.is_country(),
                    }
                });
                if let Some(c) = pick {
                    let mut p = self.place(c.entry, &tok.form, Some(tok.span));
                    p.ambiguity = Some(format!(
                        "\"{}\" refers back to \"{}\" (sentence {})",
                        tok.form,
                        f.place.text,
                        f.sentence + 1
                    ));
                    return Some((p, true));
                }
            }
        }
        None
    }
}

/// What a person should know about a resolved document, in words, for the
/// command line to print: a missing or unreadable publication date (and what
/// it left unknown), time expressions naming impossible dates, and places
/// chosen among several candidates, each note once.
pub fn notes(doc: &Document) -> Vec<String> {
    let mut out = Vec::new();
    let reference = doc
        .published_date()
        .and_then(|d| d.get(..10))
        .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok());
    let unresolved: Vec<&str> = doc
        .mentions
        .iter()
        .filter_map(|m| match &m.kind {
            MentionKind::Time(t) if t.date.is_none() => Some(t.text.as_str()),
            _ => None,
        })
        .collect();
    if reference.is_none() {
        let undated = doc.events.iter().filter(|e| e.date.is_none()).count();
        out.push(format!(
            "document {}: {} publication date, so {} event(s) have no date and {} relative time expression(s) stay unresolved; give the date (e.g. --date YYYY-MM-DD)",
            doc.id,
            if doc.published.is_some() { "unreadable" } else { "no" },
            undated,
            unresolved.len()
        ));
    } else {
        for t in &unresolved {
            out.push(format!(
                "document {}: \"{t}\" names a date that does not exist",
                doc.id
            ));
        }
    }
    for m in &doc.mentions {
        if let MentionKind::Place(p) = &m.kind {
            if let Some(a) = &p.ambiguity {
                out.push(format!(
                    "document {}: \"{}\" is ambiguous: {a}",
                    doc.id, p.text
                ));
            }
        }
    }
    // A place named several times is chosen the same way each time: say it
    // once.
    let mut seen = std::collections::HashSet::new();
    out.retain(|note| seen.insert(note.clone()));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolver_is_send_and_sync() {
        fn check<T: Send + Sync>() {}
        check::<Resolver>();
    }
}
