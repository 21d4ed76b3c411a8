//! Toponyms: finding place names in parsed sentences and choosing, among the
//! places a name may refer to, the one the text means.
//!
//! A candidate's score adds a prior (log population, feature: countries
//! first, then first-order regions and capitals, then the built-in table's
//! news places) to context (countries already mentioned in the document, and
//! the document's focus country). When the runner-up comes within
//! [`AMBIGUITY_MARGIN`] of the winner, the choice is reported.

use std::collections::HashMap;

use sitrep_model::{Sentence, Token};

use crate::fold;
use crate::gazetteer::{Entry, Gazetteer};
use crate::normalize::fold_into;

/// Score gap under which a choice between two places is reported as
/// ambiguous.
pub const AMBIGUITY_MARGIN: f32 = 2.0;

/// The countries a document talks about, with weights.
#[derive(Debug, Clone, Default)]
pub struct Context {
    /// ISO3 → number of mentions.
    pub countries: HashMap<String, f32>,
    /// The most mentioned country.
    pub focus: Option<String>,
}

impl Context {
    /// Adds one mention of `iso3`, and updates the focus.
    pub fn add(&mut self, iso3: &str) {
        if iso3.is_empty() {
            return;
        }
        let w = self.countries.entry(iso3.to_string()).or_insert(0.0);
        *w += 1.0;
        self.refocus();
    }

    /// The context without one mention of `iso3` (a toponym's own vote).
    pub fn without(&self, iso3: &str) -> Context {
        let mut c = self.clone();
        if let Some(w) = c.countries.get_mut(iso3) {
            *w -= 1.0;
            if *w <= 0.0 {
                c.countries.remove(iso3);
            }
        }
        c.refocus();
        c
    }

    fn refocus(&mut self) {
        let best = self
            .countries
            .iter()
            .max_by(|a, b| a.1.total_cmp(b.1).then_with(|| b.0.cmp(a.0)))
            .map(|(k, _)| k.clone());
        self.focus = best;
    }
}

/// A scored candidate.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Scored {
    /// Place number in the gazetteer.
    pub entry: u32,
    /// Total score.
    pub score: f32,
    /// The prior part of the score.
    pub prior: f32,
    /// The context part of the score.
    pub context: f32,
}

/// The context-free part of a candidate's score.
pub fn prior(e: &Entry) -> f32 {
    // A built-in region without a population counts as a city of about
    // 30,000: the table holds only regions that matter in the news.
    let pop = if e.population == 0 && e.builtin && !e.is_country() && e.feature_class != 'P' {
        4.5
    } else {
        ((e.population as f32) + 1.0).log10()
    };
    let feature = if e.is_country() {
        6.0
    } else if e.feature_code == "PPLC" {
        2.5
    } else if e.feature_code.starts_with("ADM1") || e.feature_class == 'L' {
        3.0
    } else if e.feature_code == "PPLA" {
        1.0
    } else {
        0.0
    };
    pop + feature
}

/// Bonus for a place the built-in table lists under the name looked up:
/// the table holds the places that matter in the news, under the names the
/// news uses.
pub const BUILTIN_BONUS: f32 = 1.5;

/// Bonus for a place whose own name is the name looked up, over places
/// that merely list it among alternate or historical names (Philadelphia,
/// Amman's ancient name).
pub const OWN_NAME_BONUS: f32 = 2.5;

/// Scores the candidates of `name` against a context, best first.
pub fn score(g: &Gazetteer, name: &str, ids: &[u32], ctx: &Context) -> Vec<Scored> {
    let key = crate::normalize::fold(name);
    let mut own = String::new();
    let mut out: Vec<Scored> = ids
        .iter()
        .map(|&i| {
            let e = g.entry(i);
            fold_into(&e.name, &mut own);
            let p = prior(e)
                + if own == key { OWN_NAME_BONUS } else { 0.0 }
                + if g.builtin_lists(&key, i) {
                    BUILTIN_BONUS
                } else {
                    0.0
                };
            let mut c = 0.0;
            if let Some(w) = ctx.countries.get(&e.country) {
                c += 4.0 * w.min(1.0);
            }
            if ctx.focus.as_deref() == Some(e.country.as_str()) {
                c += 1.5;
            }
            Scored {
                entry: i,
                score: p + c,
                prior: p,
                context: c,
            }
        })
        .collect();
    out.sort_by(|a, b| {
        b.score
            .total_cmp(&a.score)
            .then_with(|| a.entry.cmp(&b.entry))
    });
    out
}

/// Describes a place for an ambiguity note: `Paris (FRA)`,
/// `Paris (USA, TX)`.
pub fn describe(e: &Entry) -> String {
    if e.admin1.is_empty() {
        format!("{} ({})", e.name, e.country)
    } else {
        format!("{} ({}, {})", e.name, e.country, e.admin1)
    }
}

/// The ambiguity note for a ranked candidate list, when the runner-up is
/// close.
pub fn ambiguity(g: &Gazetteer, ranked: &[Scored]) -> Option<String> {
    let best = ranked.first()?;
    let close: Vec<String> = ranked[1..]
        .iter()
        .filter(|s| best.score - s.score < AMBIGUITY_MARGIN)
        .take(3)
        .map(|s| format!("{} score {:.1}", describe(g.entry(s.entry)), s.score))
        .collect();
    if close.is_empty() {
        return None;
    }
    Some(format!(
        "chose {} score {:.1} over {}",
        describe(g.entry(best.entry)),
        best.score,
        close.join(", ")
    ))
}

/// A place name found in a sentence, before resolution.
#[derive(Debug, Clone, PartialEq)]
pub struct Toponym {
    /// First word (0-based).
    pub first: usize,
    /// Last word (inclusive).
    pub last: usize,
    /// The words as written.
    pub text: String,
    /// Candidate place numbers.
    pub candidates: Vec<u32>,
    /// True when the name acts as a subject of a verb and names a country or
    /// capital: "Moscow said", "la Turquie a acheté" — a government acting,
    /// not a place. It still counts for the context.
    pub metonymic: bool,
}

/// French and English nouns that open a multiword place name
/// (`bande de Gaza`, `province d'Idlib`, `île des Serpents`, `récif Second
/// Thomas`, `vallée de Swat`). A span opened by one is taken only when the
/// whole span is a name the gazetteer knows.
const LOWER_HEADS: &[&str] = &[
    "bande",
    "province",
    "plateau",
    "hauteurs",
    "gouvernorat",
    "region",
    "peninsule",
    "oblast",
    "haut",
    "ile",
    "iles",
    "recif",
    "vallee",
    "monts",
    "corridor",
    "delta",
];

fn capitalised(t: &Token) -> bool {
    t.form.chars().next().is_some_and(char::is_uppercase)
}

/// The words `first..=last` as written. Where the first or last word is
/// part of a multiword token (`Syria's` = `Syria` + `'s`), its span covers
/// the whole token, so the words' forms are joined instead. A multiword
/// token inside the run (French `du` = `de le` in `province du Helmand`,
/// `des` in `île des Serpents`) lies wholly within it, so the text is taken
/// as written.
pub fn surface(text: &str, s: &Sentence, first: usize, last: usize) -> String {
    let (Some(a), Some(b)) = (s.tokens.get(first), s.tokens.get(last)) else {
        return String::new();
    };
    let whole = [first, last]
        .iter()
        .all(|&k| s.tokens[k].span.slice(text) == s.tokens[k].form);
    if whole {
        text.get(a.span.start as usize..b.span.end as usize)
            .unwrap_or("")
            .to_string()
    } else {
        let mut out = String::new();
        for k in first..=last {
            let t = &s.tokens[k];
            out.push_str(&t.form);
            if k < last && !t.no_space_after {
                out.push(' ');
            }
        }
        out
    }
}

/// Whether a one-word match is worth taking as a place. GeoNames lists
/// many alternate names that are also words, first names or acronyms
/// (`Google` for Topeka, `AM`, `Kam`, `Dick`), so a short word, an
/// all-capitals acronym or a lower-case word counts only when it is a
/// place's own name or a name the built-in table lists.
fn plausible_single(g: &Gazetteer, surface: &str, key: &str, ids: &[u32]) -> bool {
    let letters = surface.chars().filter(|c| c.is_alphabetic()).count();
    let acronym = letters >= 2
        && surface
            .chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase);
    let lower = surface.chars().next().is_some_and(char::is_lowercase);
    if !(acronym || lower || letters <= 5) {
        return true;
    }
    let mut own = String::new();
    ids.iter().any(|&i| {
        if g.builtin_lists(key, i) {
            return true;
        }
        if acronym {
            return false;
        }
        fold_into(&g.entry(i).name, &mut own);
        if own == key {
            return !(lower && letters < 4);
        }
        // A five-letter spelling variant of the place's own name or of one
        // of its words (Hilla for Al Hillah, Baiji for Bayji).
        letters >= 5
            && !lower
            && (within_one(&own, key) || own.split(' ').any(|w| within_one(w, key)))
    })
}

/// True when `a` and `b` differ by at most one insertion, deletion or
/// substitution.
fn within_one(a: &str, b: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let (short, long) = if a.len() <= b.len() {
        (&a, &b)
    } else {
        (&b, &a)
    };
    if long.len() - short.len() > 1 {
        return false;
    }
    let mut i = 0;
    while i < short.len() && short[i] == long[i] {
        i += 1;
    }
    if short.len() == long.len() {
        short[i..].iter().skip(1).eq(long[i..].iter().skip(1))
    } else {
        short[i..] == long[i + 1..]
    }
}

/// The word of `first..=last` whose head lies outside the span.
pub fn span_head(s: &Sentence, first: usize, last: usize) -> usize {
    for i in first..=last {
        let h = s.tokens[i].head as usize;
        if h == 0 || h - 1 < first || h - 1 > last {
            return i;
        }
    }
    last
}

/// Words that name a body of water after a place ("Sea of Japan").
const WATER: &[&str] = &[
    "sea", "gulf", "bay", "ocean", "strait", "straits", "mer", "golfe", "baie", "detroit",
];

/// Finds place names in a sentence: the longest run of up to six words,
/// starting on a proper noun (or a capitalised word not first in the
/// sentence, or one of [`LOWER_HEADS`]), whose folded text the gazetteer
/// knows. Words in `masked` (actor mentions) are never part of a place,
/// nor is the first half of a hyphenated modifier ("Iran-backed") or the
/// place a body of water is named after ("the Sea of Japan").
pub fn find_toponyms(g: &Gazetteer, text: &str, s: &Sentence, masked: &[bool]) -> Vec<Toponym> {
    let n = s.tokens.len();
    let mut out = Vec::new();
    let mut key = String::new();
    let mut ids = Vec::new();
    let mut i = 0;
    while i < n {
        let t = &s.tokens[i];
        if masked.get(i).copied().unwrap_or(false) {
            i += 1;
            continue;
        }
        let propn = t.upos == "PROPN";
        let cap_start =
            propn || (capitalised(t) && i > 0 && matches!(t.upos.as_str(), "NOUN" | "X" | "ADJ"));
        fold_into(&t.form, &mut key);
        let lower_head = LOWER_HEADS.contains(&key.as_str());
        if !cap_start && !lower_head {
            i += 1;
            continue;
        }
        let mut found: Option<(usize, Vec<u32>)> = None;
        let max = (i + 6).min(n);
        for j in (i..max).rev() {
            if (i..=j).any(|k| masked.get(k).copied().unwrap_or(false)) {
                continue;
            }
            if j == i && !cap_start {
                continue;
            }
            if j > i {
                let last = &s.tokens[j];
                if last.upos == "PUNCT"
                    || !last.form.chars().next().is_some_and(char::is_alphanumeric)
                    || !(last.upos == "PROPN" || capitalised(last) || propn)
                {
                    continue;
                }
                // A multiword name does not cross sentence punctuation other
                // than hyphens and apostrophes.
                if (i..=j).any(|k| {
                    s.tokens[k].upos == "PUNCT"
                        && !matches!(s.tokens[k].form.as_str(), "-" | "'" | "’" | ".")
                }) {
                    continue;
                }
            }
            let start = s.tokens[i].span.start as usize;
            let end = s.tokens[j].span.end as usize;
            if end.saturating_sub(start) > 120 {
                continue;
            }
            let surface = surface(text, s, i, j);
            if surface.is_empty() {
                continue;
            }
            g.lookup_into(&surface, &mut key, &mut ids);
            if !ids.is_empty() {
                // A one-word lower-case match is a name only where the
                // tagger says so (informal text: "i am in portland").
                if j == i && !propn && !surface.chars().next().is_some_and(char::is_uppercase) {
                    continue;
                }
                if j == i && !plausible_single(g, &surface, &key, &ids) {
                    continue;
                }
                found = Some((j, ids.clone()));
                break;
            }
        }
        let Some((j, candidates)) = found else {
            i += 1;
            continue;
        };
        // Part of a longer proper name ("New York Times", "Paris Hilton"):
        // a proper noun right beside the span, attached to it.
        let attached = |k: usize| -> bool {
            let tk = &s.tokens[k];
            if tk.upos != "PROPN" || masked.get(k).copied().unwrap_or(false) {
                return false;
            }
            let kh = tk.head as usize;
            let into = kh > i && kh <= j + 1;
            let from = (i..=j).any(|m| s.tokens[m].head as usize == k + 1);
            (into || from)
                && (tk.deprel.starts_with("flat")
                    || tk.deprel.starts_with("compound")
                    || (i..=j).any(|m| {
                        s.tokens[m].head as usize == k + 1
                            && (s.tokens[m].deprel.starts_with("flat")
                                || s.tokens[m].deprel.starts_with("compound"))
                    }))
        };
        if (i > 0 && attached(i - 1)) || (j + 1 < n && attached(j + 1)) {
            i = j + 1;
            continue;
        }
        // The first half of a hyphenated modifier ("Iran-backed Houthis",
        // "U.S.-led coalition", "Tripoli-based government") says who backs
        // or leads, not where anything happens.
        let modifier = j + 2 < n
            && s.tokens[j].no_space_after
            && s.tokens[j + 1].form == "-"
            && s.tokens[j + 1].no_space_after
            && s.tokens[j + 2]
                .form
                .chars()
                .next()
                .is_some_and(char::is_lowercase);
        // Nor is the country a body of water is named after ("into the Sea
        // of Japan", "en mer du Japon", "the Gulf of Mexico").
        let water = {
            // Back over an article ("de la", "du" = "de le", "of the"), then
            // the preposition, to the water word.
            let mut k = i;
            let word = |k: usize| fold(&s.tokens[k].form);
            if k > 0 && matches!(word(k - 1).as_str(), "la" | "le" | "les" | "l'" | "the") {
                k -= 1;
            }
            k >= 2
                && matches!(word(k - 1).as_str(), "of" | "de" | "du" | "d'")
                && WATER.contains(&word(k - 2).as_str())
        };
        if modifier || water {
            i = j + 1;
            continue;
        }
        let h = span_head(s, i, j);
        let ht = &s.tokens[h];
        let head_is_verb = ht.head > 0
            && s.tokens
                .get(ht.head as usize - 1)
                .is_some_and(|p| matches!(p.upos.as_str(), "VERB" | "AUX"));
        let metonymic = ht.deprel.starts_with("nsubj")
            && head_is_verb
            && candidates.iter().any(|&c| {
                let e = g.entry(c);
                e.is_country() || e.feature_code == "PPLC"
            });
        out.push(Toponym {
            first: i,
            last: j,
            text: surface(text, s, i, j),
            candidates,
            metonymic,
        });
        i = j + 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::within_one;

    #[test]
    fn edit_distance_one() {
        assert!(within_one("hillah", "hilla"));
        assert!(within_one("bayji", "baiji"));
        assert!(within_one("abc", "abc"));
        assert!(!within_one("assiut", "asyut"));
        assert!(!within_one("topeka", "google"));
        assert!(within_one("", "a"));
        assert!(!within_one("", "ab"));
    }
}
