//! Tokenizer and sentence splitter, learned from a treebank's own
//! tokenisation.
//!
//! Text is cut at whitespace into chunks; inside a chunk, whether to cut
//! between two characters is decided by a table learned from the training
//! data, keyed by the character classes around the gap (four characters,
//! backing off to two, then to "cut around punctuation"). Pieces that
//! together spell a token the treebank keeps whole (`U.S.`, `etc.`,
//! `aujourd'hui`) are joined again; learned clitics (`l'`, `qu'`, `n't`,
//! `-t-il`) are split off; and multiword tokens (`du` → `de le`, `don't` →
//! `do n't`) are expanded, ambiguous ones (`des`) by the word before them.
//! Sentences end after learned sentence-final punctuation (and any closing
//! quotes or brackets) unless a lowercase word follows, at a line break, or
//! after [`MAX_WORDS`] words.

use std::collections::{HashMap, HashSet};

use sitrep_model::conllu::ConlluSentence;

use crate::hash::{feat, hash_str, mix, shape_hash, HMap, Rng};
use crate::io::{Reader, Writer};
use crate::perceptron::{argmax, Trainer, Weights};
use crate::NlpError;

/// The longest sentence, in words, handed to the tagger and parser; longer
/// runs without a sentence end are cut here.
pub const MAX_WORDS: usize = 200;

/// Fewest gaps between tokens from which the sentence-boundary classifier
/// is learned; with less data the rules decide.
const MIN_SPLITTER_GAPS: usize = 2000;

/// Longest token (in bytes) that is looked up in the learned lists.
const MAX_LOOKUP: usize = 48;

/// One surface token: a byte range of the text and, for a multiword token,
/// the syntactic words it stands for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Surface {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) words: Option<Vec<String>>,
    /// A form that is a multiword token only sometimes (`des`): decided
    /// again once the words on both sides are known.
    ambiguous: bool,
}

/// A learned multiword token.
#[derive(Debug, Clone, Default)]
struct Mwt {
    words: Vec<String>,
    split: u32,
    total: u32,
    /// Counts by the previous token (hash of its lowercase form).
    ctx: HMap<(u32, u32)>,
}

impl Mwt {
    /// Whether the form is split less than 95 % of the time.
    fn is_ambiguous(&self) -> bool {
        self.split * 20 < self.total * 19
    }

    /// The words of the form as written in `surface` (capitalised first
    /// word when the surface starts with a capital).
    fn words_for(&self, surface: &str) -> Vec<String> {
        // A form that spells its words (`NASA's` = `nasa` + `'s`) keeps the
        // surface's own spelling.
        let lower: String = surface.chars().flat_map(char::to_lowercase).collect();
        if lower.len() == surface.len() && lower == self.words.concat() {
            let mut out = Vec::with_capacity(self.words.len());
            let mut at = 0;
            for w in &self.words {
                let end = at + w.len();
                match surface.get(at..end) {
                    Some(piece) => out.push(piece.to_string()),
                    None => break,
                }
                at = end;
            }
            if out.len() == self.words.len() {
                return out;
            }
        }
        let mut w = self.words.clone();
        if surface.chars().next().is_some_and(char::is_uppercase) {
            if let Some(first) = w.first_mut() {
                let mut cs = first.chars();
                if let Some(c0) = cs.next() {
                    *first = c0.to_uppercase().chain(cs).collect();
                }
            }
        }
        w
    }
}

/// What the split-or-not classifier of ambiguous multiword forms reads:
/// the lowercase forms of the token, the two before and the one after.
fn mwt_features(form: &str, prev2: &str, prev: &str, next: &str, out: &mut Vec<u64>) {
    out.clear();
    let suf = |w: &str| -> u64 {
        let start = w.char_indices().rev().nth(2).map_or(0, |(i, _)| i);
        hash_str(&w[start..])
    };
    let (f, p, p2, n) = (
        hash_str(form),
        hash_str(prev),
        hash_str(prev2),
        hash_str(next),
    );
    out.push(feat(80, f, 0, 0));
    out.push(feat(81, f, p, 0));
    out.push(feat(82, f, suf(prev), 0));
    out.push(feat(83, f, p2, 0));
    out.push(feat(84, f, p2, p));
    out.push(feat(85, f, n, 0));
    out.push(feat(86, f, suf(next), 0));
    out.push(feat(87, f, p, n));
    out.push(feat(88, f, shape_hash(prev), 0));
}

/// The learned tokenizer and sentence splitter of one language.
#[derive(Debug, Default)]
pub(crate) struct Tokenizer {
    table: HMap<bool>,
    lexicon: HashSet<String>,
    prefix_clitics: Vec<String>,
    suffix_clitics: Vec<String>,
    mwt: HashMap<String, Mwt>,
    sent_final: HashSet<String>,
    /// Learned sentence-boundary classifier (class 1 = boundary).
    splitter: Option<Weights>,
    /// Whether the splitter uses the format-3 gap features.
    pub(crate) rich_splitter: bool,
    /// Whether numbers written with spaces between digit groups
    /// (`50 000`) are one token in this treebank.
    digit_groups: bool,
    /// Productive multiword-token endings (`'s`, `n't`): a word unseen as
    /// a multiword token but ending so is split into stem + ending, as the
    /// treebank splits the words it has seen (`Arafat's` → `Arafat 's`).
    mwt_suffixes: Vec<String>,
    /// Prefixes the treebank keeps joined to the rest of a hyphenated word
    /// (`non-`, `anti-`: `non-Microsoft` is one token).
    hyphen_prefixes: HashSet<String>,
    /// Whether to split a form that is a multiword token only sometimes,
    /// from the words around it (class 1 = split).
    mwt_split: Option<Weights>,
    /// Words the treebank writes run together but annotates as two
    /// (`alot` = `a` `lot`), each seen so at least twice and more often
    /// than as one token: lowercase form → byte length of the first word (format 4).
    run_together: HashMap<String, usize>,
}

/// What the sentence splitter knows about each token.
#[derive(Clone, Copy)]
struct GapInfo {
    lower: u64,
    shape: u64,
    fin: bool,
    closer: bool,
    starts_lower: bool,
}

/// Features of the gap after token `i` (`pending`: a sentence-final token
/// and only closers since; `space`: whitespace in the gap).
///
/// `rich` (format 3) adds the second token after the gap, the token before
/// and the length of the sentence so far (`since`: tokens since the last
/// boundary).
fn gap_features(
    t: &[GapInfo],
    i: usize,
    pending: bool,
    space: bool,
    rich: Option<usize>,
    out: &mut Vec<u64>,
) {
    out.clear();
    let none = GapInfo {
        lower: 1,
        shape: 1,
        fin: false,
        closer: false,
        starts_lower: false,
    };
    let c = t[i];
    let n = t.get(i + 1).copied().unwrap_or(none);
    let p = if i > 0 { t[i - 1] } else { none };
    let flags = (pending as u64)
        | (n.closer as u64) << 1
        | (n.starts_lower as u64) << 2
        | (space as u64) << 3;
    out.push(feat(60, 0, 0, 0));
    out.push(feat(61, c.lower, 0, 0));
    out.push(feat(62, n.lower, 0, 0));
    out.push(feat(63, c.shape, 0, 0));
    out.push(feat(64, n.shape, 0, 0));
    out.push(feat(65, p.lower, c.lower, 0));
    out.push(feat(66, c.lower, n.lower, 0));
    out.push(feat(67, flags, 0, 0));
    out.push(feat(68, flags, n.shape, 0));
    out.push(feat(69, flags, c.lower, 0));
    out.push(feat(70, c.lower, n.shape, 0));
    out.push(feat(71, c.shape, n.lower, 0));
    out.push(feat(72, flags, c.fin as u64, c.closer as u64));
    out.push(feat(73, p.shape, c.shape, n.shape));
    if let Some(since) = rich {
        let n2 = t.get(i + 2).copied().unwrap_or(none);
        let len = match since {
            0..=2 => since as u64,
            3..=5 => 3,
            6..=10 => 4,
            11..=20 => 5,
            21..=40 => 6,
            _ => 7,
        };
        out.push(feat(74, n2.lower, 0, 0));
        out.push(feat(75, n.shape, n2.shape, 0));
        out.push(feat(76, n.lower, n2.lower, 0));
        out.push(feat(77, p.lower, 0, 0));
        out.push(feat(78, len, flags, 0));
        out.push(feat(79, len, c.shape, n.shape));
        out.push(feat(80, flags, c.lower, n.lower));
        out.push(feat(81, flags, n.lower, 0));
    }
}

#[inline]
fn norm(c: Option<char>) -> u64 {
    match c {
        None => 0,
        Some(c) if c.is_alphabetic() => {
            if c.is_uppercase() {
                1
            } else {
                2
            }
        }
        Some(c) if c.is_numeric() => 3,
        Some(c) => c as u64 + 16,
    }
}

#[inline]
fn key4(a: Option<char>, b: Option<char>, c: Option<char>, d: Option<char>) -> u64 {
    feat(1, norm(a), norm(b), mix(norm(c), norm(d)))
}

/// The first back-off key of a gap: the two characters before it and the
/// one after (the chunk's start counts as a character, so `-` at the
/// start of `-10` is told from the `-` of `3-5290`).
#[inline]
fn key3(a: Option<char>, b: Option<char>, c: Option<char>) -> u64 {
    feat(3, norm(a), norm(b), norm(c))
}

#[inline]
fn key2(b: Option<char>, c: Option<char>) -> u64 {
    feat(2, norm(b), norm(c), 0)
}

fn is_closer(s: &str) -> bool {
    !s.is_empty()
        && s.chars().all(|c| {
            matches!(
                c,
                '"' | '\'' | ')' | ']' | '}' | '»' | '”' | '’' | '›' | '“'
            )
        })
}

/// Whether `s` is an acronym: two or more capital letters, maybe with
/// dots (`UN`, `NATO`, `U.S.`).
fn is_acronym(s: &str) -> bool {
    s.chars().filter(|c| c.is_uppercase()).count() >= 2
        && s.chars().all(|c| c.is_uppercase() || c == '.')
}

/// Whether a word could be a hyphen prefix (`non`, `e`, `anti`).
fn is_hyphen_prefix_shape(p: &str) -> bool {
    let n = p.chars().count();
    (1..=8).contains(&n) && p.chars().all(char::is_alphabetic)
}

/// The characters (as `[start, end)` indices into `chars`) of a web or
/// e-mail address inside a whitespace-free chunk, without the brackets,
/// quotes and punctuation around it.
fn web_address(chars: &[(usize, char)]) -> Option<(usize, usize)> {
    let n = chars.len();
    if n < 6 {
        return None;
    }
    let lower_at = |i: usize, pat: &str| -> bool {
        let mut k = i;
        for p in pat.chars() {
            match chars.get(k) {
                Some(&(_, c)) if c.to_ascii_lowercase() == p => k += 1,
                _ => return false,
            }
        }
        true
    };
    let url_char = |c: char| !c.is_whitespace() && !matches!(c, '<' | '>' | '"' | '«' | '»');
    let trailing = |c: char| {
        matches!(
            c,
            '.' | ',' | ';' | ':' | '!' | '?' | ')' | ']' | '}' | '\'' | '’' | '”'
        )
    };
    let start = (0..n).find(|&i| {
        (i == 0 || !chars[i - 1].1.is_alphanumeric())
            && ["http://", "https://", "ftp://", "www.", "mailto:"]
                .iter()
                .any(|p| lower_at(i, p))
    });
    let (x, mut y) = match start {
        Some(x) => {
            let mut y = x;
            while y < n && url_char(chars[y].1) {
                y += 1;
            }
            (x, y)
        }
        None => {
            // name@host.domain, the name possibly shortened with dots.
            let at = chars.iter().position(|&(_, c)| c == '@')?;
            let local = |c: char| c.is_alphanumeric() || matches!(c, '.' | '_' | '-' | '+' | '%');
            let mut x = at;
            while x > 0 && local(chars[x - 1].1) {
                x -= 1;
            }
            while x < at && chars[x].1 == '.' && chars.get(x + 1).is_some_and(|c| c.1 != '.') {
                x += 1;
            }
            let host = |c: char| c.is_alphanumeric() || matches!(c, '.' | '-' | '_');
            let mut y = at + 1;
            while y < n && host(chars[y].1) {
                y += 1;
            }
            let dom = &chars[at + 1..y];
            let dotted = dom.iter().rposition(|c| c.1 == '.');
            if x == at || !dotted.is_some_and(|d| d > 0 && d + 2 < dom.len()) {
                return None;
            }
            (x, y)
        }
    };
    while y > x && trailing(chars[y - 1].1) {
        y -= 1;
    }
    (y >= x + 6).then_some((x, y))
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

/// Surface units of a gold sentence: `(start, end, lowercase form, words)`.
/// A gold surface token: start, end, lowercase form, words of a multiword
/// token.
type GoldUnit = (usize, usize, String, Option<Vec<String>>);

fn surfaces(cs: &ConlluSentence) -> Option<Vec<GoldUnit>> {
    let s = &cs.sentence;
    let mut out = Vec::new();
    let mut i = 0;
    let mut last_end = 0usize;
    while i < s.tokens.len() {
        let (span, words, next) = match s.multiword.iter().find(|m| m.first as usize == i) {
            Some(m) => {
                let last = (m.last as usize).min(s.tokens.len() - 1);
                let words: Vec<String> =
                    s.tokens[i..=last].iter().map(|t| t.form.clone()).collect();
                (m.span, Some(words), last + 1)
            }
            None => (s.tokens[i].span, None, i + 1),
        };
        if span.is_empty() || (span.start as usize) < last_end {
            return None;
        }
        let text = span.slice(&cs.text);
        if text.is_empty() {
            return None;
        }
        last_end = span.end as usize;
        out.push((
            span.start as usize,
            span.end as usize,
            text.to_lowercase(),
            words,
        ));
        i = next;
    }
    Some(out)
}

impl Tokenizer {
    /// Learns the tokenizer from gold sentences.
    pub(crate) fn train(sents: &[ConlluSentence]) -> Tokenizer {
        let mut table4: HMap<(u32, u32)> = HMap::default();
        let mut table2: HMap<(u32, u32)> = HMap::default();
        let mut table3: HMap<(u32, u32)> = HMap::default();
        let mut counts: HashMap<String, u32> = HashMap::new();
        let mut suffix: HashMap<String, u32> = HashMap::new();
        let mut prefix: HashMap<String, u32> = HashMap::new();
        let mut mwt: HashMap<String, (u32, HashMap<Vec<String>, u32>)> = HashMap::new();
        let mut ends: HashMap<String, u32> = HashMap::new();
        let mut cuts: HashSet<usize> = HashSet::new();
        // Multiword endings: ending → (words split so, distinct stems).
        let mut mwt_end: HashMap<String, (u32, HashSet<String>)> = HashMap::new();
        // Hyphenated words by their first part: (kept whole, cut).
        let mut hyphen: HashMap<String, (u32, u32)> = HashMap::new();
        // Run-together words: joined form → (times, where it was cut).
        let mut joined: HashMap<String, (u32, HashSet<usize>)> = HashMap::new();
        for cs in sents {
            let Some(units) = surfaces(cs) else { continue };
            let text = cs.text.as_str();
            for (k, u) in units.iter().enumerate() {
                if let Some(w) = &u.3 {
                    if let [a, b] = w.as_slice() {
                        let (a, b) = (a.to_lowercase(), b.to_lowercase());
                        let nb = b.chars().count();
                        if !a.is_empty()
                            && (1..=3).contains(&nb)
                            && u.2.len() == a.len() + b.len()
                            && u.2.starts_with(&a)
                            && u.2.ends_with(&b)
                        {
                            let e = mwt_end.entry(b).or_default();
                            e.0 += 1;
                            e.1.insert(a);
                        }
                    }
                }
                if let Some((p, rest)) = u.2.split_once('-') {
                    if is_hyphen_prefix_shape(p) && rest.starts_with(char::is_alphabetic) {
                        hyphen.entry(p.to_string()).or_default().0 += 1;
                    }
                }
                if let (Some(h), Some(n)) = (units.get(k + 1), units.get(k + 2)) {
                    if h.2 == "-"
                        && u.1 == h.0
                        && h.1 == n.0
                        && is_hyphen_prefix_shape(&u.2)
                        && n.2.starts_with(char::is_alphabetic)
                    {
                        hyphen.entry(u.2.clone()).or_default().1 += 1;
                    }
                }
            }
            cuts.clear();
            for u in &units {
                cuts.insert(u.0);
                cuts.insert(u.1);
            }
            // Gaps inside whitespace-free chunks, except inside web and
            // e-mail addresses (kept whole by rule, so they would only
            // teach the table not to cut around `/`, `.` or `-`).
            let chars: Vec<(usize, char)> = text.char_indices().collect();
            let mut inside_address: HashSet<usize> = HashSet::new();
            for chunk in chars.split(|c| c.1.is_whitespace()) {
                if let Some((x, y)) = web_address(chunk) {
                    inside_address.extend(chunk[x + 1..y].iter().map(|c| c.0));
                }
            }
            for k in 1..chars.len() {
                let (pos, c) = chars[k];
                let b = chars[k - 1].1;
                if c.is_whitespace() || b.is_whitespace() || inside_address.contains(&pos) {
                    continue;
                }
                let a = if k >= 2 {
                    Some(chars[k - 2].1).filter(|x| !x.is_whitespace())
                } else {
                    None
                };
                let d = chars.get(k + 1).map(|x| x.1).filter(|x| !x.is_whitespace());
                let cut = cuts.contains(&pos);
                let e = table4.entry(key4(a, Some(b), Some(c), d)).or_default();
                if cut {
                    e.0 += 1
                } else {
                    e.1 += 1
                }
                let e = table2.entry(key2(Some(b), Some(c))).or_default();
                if cut {
                    e.0 += 1
                } else {
                    e.1 += 1
                }
                let e = table3.entry(key3(a, Some(b), Some(c))).or_default();
                if cut {
                    e.0 += 1
                } else {
                    e.1 += 1
                }
            }
            for (k, u) in units.iter().enumerate() {
                if let Some(n) = units.get(k + 1) {
                    let alpha =
                        |x: &GoldUnit| x.3.is_none() && x.2.chars().all(char::is_alphabetic);
                    if u.1 == n.0 && alpha(u) && alpha(n) {
                        let e = joined.entry(format!("{}{}", u.2, n.2)).or_default();
                        e.0 += 1;
                        e.1.insert(u.2.len());
                    }
                }
                *counts.entry(u.2.clone()).or_default() += 1;
                if let Some(w) = &u.3 {
                    let lw: Vec<String> = w.iter().map(|x| x.to_lowercase()).collect();
                    let e = mwt.entry(u.2.clone()).or_default();
                    e.0 += 1;
                    *e.1.entry(lw).or_default() += 1;
                }
                if k + 1 < units.len() {
                    let n = &units[k + 1];
                    if u.1 == n.0 {
                        let ends_alpha = u.2.chars().last().is_some_and(|c| c.is_alphabetic());
                        let starts_alpha = n.2.chars().next().is_some_and(|c| c.is_alphabetic());
                        let nc = n.2.chars().count();
                        if ends_alpha
                            && (2..=6).contains(&nc)
                            && n.3.is_none()
                            && (n.2.starts_with('-') || n.2.contains(is_apostrophe))
                            && n.2.chars().any(|c| c.is_alphabetic())
                        {
                            *suffix.entry(n.2.clone()).or_default() += 1;
                        }
                        let uc = u.2.chars().count();
                        if starts_alpha
                            && (2..=8).contains(&uc)
                            && u.3.is_none()
                            && u.2.ends_with(is_apostrophe)
                        {
                            *prefix.entry(u.2.clone()).or_default() += 1;
                        }
                    }
                }
            }
            let mut last = units.len();
            while last > 0 && is_closer(&units[last - 1].2) {
                last -= 1;
            }
            if last > 0 {
                *ends.entry(units[last - 1].2.clone()).or_default() += 1;
            }
        }
        let mut tok = Tokenizer::default();
        for (k, (s, n)) in table4 {
            if s + n >= 2 {
                tok.table.insert(k, s > n);
            }
        }
        for (k, (s, n)) in table3 {
            if s + n >= 2 {
                tok.table.insert(k, s > n);
            }
        }
        for (k, (s, n)) in table2 {
            tok.table.insert(k, s > n);
        }
        let grouped = counts
            .iter()
            .filter(|(w, _)| w.contains(' ') && w.chars().all(|c| c.is_ascii_digit() || c == ' '))
            .map(|(_, &n)| n)
            .sum::<u32>();
        tok.digit_groups = grouped >= 3;
        // Tokens with punctuation inside that the treebank keeps whole more
        // often than it cuts the same characters into several tokens.
        let candidates: HashSet<&String> = counts
            .iter()
            .filter(|(w, &n)| {
                n >= 2 && w.chars().count() >= 2 && w.chars().any(|c| !c.is_alphanumeric())
            })
            .map(|(w, _)| w)
            .collect();
        let mut cut_apart: HashMap<String, u32> = HashMap::new();
        for cs in sents {
            let Some(units) = surfaces(cs) else { continue };
            for i in 0..units.len() {
                for j in i + 1..units.len().min(i + 8) {
                    if units[j - 1].1 != units[j].0 || units[j].1 - units[i].0 > MAX_LOOKUP {
                        break;
                    }
                    let joined = cs.text[units[i].0..units[j].1].to_lowercase();
                    if candidates.contains(&joined) {
                        *cut_apart.entry(joined).or_default() += 1;
                    }
                }
            }
        }
        for w in candidates {
            let whole = counts.get(w).copied().unwrap_or(0);
            let cut = cut_apart.get(w).copied().unwrap_or(0);
            // A form split as a multiword token once only (`company's`,
            // once `company` + `'s`, once a typo for `companies`) is kept
            // whole only when written as one word more often than cut:
            // otherwise the lexicon would keep it from the productive
            // endings. (Forms split twice or more are learned multiword
            // tokens and stay in the lexicon, which joins their pieces.)
            let split_once = mwt.get(w).map_or(0, |m| m.0) == 1;
            let keep = if split_once {
                whole - 1 > cut + 1
            } else {
                whole >= cut
            };
            if keep {
                tok.lexicon.insert(w.clone());
            }
        }
        let mut sfx: Vec<String> = suffix
            .into_iter()
            .filter(|e| e.1 >= 3)
            .map(|e| e.0)
            .collect();
        sfx.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
        tok.suffix_clitics = sfx;
        let mut pfx: Vec<String> = prefix
            .into_iter()
            .filter(|e| e.1 >= 3)
            .map(|e| e.0)
            .collect();
        pfx.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
        tok.prefix_clitics = pfx;
        for (form, (split, exps)) in mwt {
            if split < 2 {
                continue;
            }
            let Some((words, _)) = exps
                .into_iter()
                .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0)))
            else {
                continue;
            };
            let total = counts.get(&form).copied().unwrap_or(split).max(split);
            let m = Mwt {
                words,
                split,
                total,
                ctx: HMap::default(),
            };
            tok.mwt.insert(form, m);
        }
        // Per-form context tables (only for ambiguous forms).
        for cs in sents {
            let Some(units) = surfaces(cs) else { continue };
            for (k, u) in units.iter().enumerate() {
                if let Some(m) = tok.mwt.get_mut(&u.2) {
                    if m.split * 20 >= m.total * 19 {
                        continue;
                    }
                    let prev_h = if k > 0 { hash_str(&units[k - 1].2) } else { 0 };
                    let e = m.ctx.entry(prev_h).or_default();
                    e.1 += 1;
                    if u.3.is_some() {
                        e.0 += 1;
                    }
                }
            }
        }
        for m in tok.mwt.values_mut() {
            m.ctx.retain(|_, v| v.1 >= 2);
        }
        tok.mwt_split = tok.train_mwt_split(sents);
        // An ending is productive when many stems take it and words ending
        // so are mostly split.
        let mut endings: Vec<String> = mwt_end
            .into_iter()
            .filter(|(end, (split, stems))| {
                let all: u32 = counts
                    .iter()
                    .filter(|(w, _)| w.len() > end.len() && w.ends_with(end.as_str()))
                    .map(|(_, &n)| n)
                    .sum();
                stems.len() >= 10 && *split * 4 >= all * 3
            })
            .map(|(end, _)| end)
            .collect();
        endings.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
        tok.mwt_suffixes = endings;
        tok.run_together = joined
            .into_iter()
            .filter(|(w, (n, at))| {
                *n >= 2 && at.len() == 1 && *n > counts.get(w).copied().unwrap_or(0)
            })
            .filter_map(|(w, (_, at))| at.into_iter().next().map(|a| (w, a)))
            .collect();
        tok.hyphen_prefixes = hyphen
            .into_iter()
            .filter(|(_, (whole, cut))| *whole >= 2 && whole > cut)
            .map(|(p, _)| p)
            .collect();
        for (w, &e) in &ends {
            let n = counts.get(w).copied().unwrap_or(e);
            if e >= 5 && e * 10 >= n * 3 && !w.chars().any(|c| c.is_alphanumeric()) {
                tok.sent_final.insert(w.clone());
            }
        }
        tok
    }

    /// Learns when an ambiguous multiword form is split, from its
    /// neighbours (None when the treebank has too few such forms).
    fn train_mwt_split(&self, sents: &[ConlluSentence]) -> Option<Weights> {
        let mut data: Vec<(Vec<u64>, bool)> = Vec::new();
        let mut fv = Vec::new();
        for cs in sents {
            let Some(units) = surfaces(cs) else { continue };
            let form = |k: Option<usize>| -> &str {
                k.and_then(|k| units.get(k)).map_or("", |u| u.2.as_str())
            };
            for (k, u) in units.iter().enumerate() {
                if !self.mwt.get(&u.2).is_some_and(Mwt::is_ambiguous) {
                    continue;
                }
                mwt_features(
                    &u.2,
                    form(k.checked_sub(2)),
                    form(k.checked_sub(1)),
                    form(Some(k + 1)),
                    &mut fv,
                );
                data.push((fv.clone(), u.3.is_some()));
            }
        }
        if data.len() < 100 {
            return None;
        }
        let mut t = Trainer::new(2);
        let mut rng = Rng::new(7);
        let mut order: Vec<usize> = (0..data.len()).collect();
        let mut scores = Vec::new();
        for _ in 0..5 {
            rng.shuffle(&mut order);
            for &i in &order {
                let (f, gold) = &data[i];
                t.score(f, &mut scores);
                t.update(f, *gold as usize, argmax(&scores));
                t.tick();
            }
        }
        Some(t.finish(0.0, 0))
    }

    /// Decides again, from the words on both sides, whether each ambiguous
    /// multiword form is split.
    fn redecide_ambiguous(&self, text: &str, toks: &mut [Surface]) {
        let Some(clf) = &self.mwt_split else { return };
        if !toks.iter().any(|t| t.ambiguous) {
            return;
        }
        let lower = |t: Option<&Surface>| -> String {
            t.map_or(String::new(), |t| {
                text[t.start..t.end]
                    .chars()
                    .take(MAX_LOOKUP)
                    .flat_map(char::to_lowercase)
                    .collect()
            })
        };
        let (mut fv, mut scores) = (Vec::new(), Vec::new());
        for i in 0..toks.len() {
            if !toks[i].ambiguous {
                continue;
            }
            let form = lower(toks.get(i));
            let Some(m) = self.mwt.get(&form) else {
                continue;
            };
            let prev2 = lower(i.checked_sub(2).and_then(|k| toks.get(k)));
            let prev = lower(i.checked_sub(1).and_then(|k| toks.get(k)));
            let next = lower(toks.get(i + 1));
            mwt_features(&form, &prev2, &prev, &next, &mut fv);
            clf.score(&fv, &mut scores);
            let t = &mut toks[i];
            t.words = (argmax(&scores) == 1).then(|| m.words_for(&text[t.start..t.end]));
        }
    }

    fn gap_info(&self, s: &str, lower: &mut String) -> GapInfo {
        lower.clear();
        lower.extend(s.chars().take(MAX_LOOKUP).flat_map(char::to_lowercase));
        GapInfo {
            lower: hash_str(lower),
            shape: shape_hash(&s[..s.len().min(MAX_LOOKUP * 4)]),
            fin: s.len() <= MAX_LOOKUP && self.sent_final.contains(lower.as_str()),
            closer: is_closer(s),
            starts_lower: s.chars().next().is_some_and(char::is_lowercase),
        }
    }

    /// Learns where sentences end from gold paragraphs: runs of sentences
    /// between `newpar`/`newdoc` comments (the whole file when it has none).
    pub(crate) fn train_splitter(&mut self, sents: &[ConlluSentence], epochs: usize, seed: u64) {
        // Each paragraph: token infos, spaces after, gold boundaries after.
        let mut paras: Vec<(Vec<GapInfo>, Vec<bool>, Vec<bool>)> = Vec::new();
        let mut lower = String::new();
        let has_par = sents.iter().any(|s| {
            s.comments
                .iter()
                .any(|(k, _)| k.starts_with("newpar") || k.starts_with("newdoc"))
        });
        for cs in sents {
            let new_par = !has_par
                || cs
                    .comments
                    .iter()
                    .any(|(k, _)| k.starts_with("newpar") || k.starts_with("newdoc"));
            if paras.is_empty() || (new_par && has_par) {
                paras.push(Default::default());
            }
            let Some(units) = surfaces(cs) else { continue };
            let Some(p) = paras.last_mut() else { continue };
            for (k, u) in units.iter().enumerate() {
                p.0.push(self.gap_info(&cs.text[u.0..u.1], &mut lower));
                let last = k + 1 == units.len();
                p.1.push(last || units[k + 1].0 > u.1);
                p.2.push(last);
            }
        }
        // With little data a classifier does worse than the rules: keep
        // the rules below this many gaps to learn from.
        let gaps: usize = paras.iter().map(|p| p.0.len().saturating_sub(1)).sum();
        if gaps < MIN_SPLITTER_GAPS {
            self.splitter = None;
            return;
        }
        let mut t = Trainer::new(2);
        let mut rng = Rng::new(seed);
        let mut order: Vec<usize> = (0..paras.len()).collect();
        let mut fv = Vec::new();
        let mut scores = Vec::new();
        for _ in 0..epochs {
            rng.shuffle(&mut order);
            for &pi in &order {
                let (info, space, gold) = &paras[pi];
                let mut pending = false;
                let mut since = 0usize;
                for i in 0..info.len().saturating_sub(1) {
                    if info[i].fin {
                        pending = true;
                    } else if !info[i].closer {
                        pending = false;
                    }
                    since += 1;
                    let rich = self.rich_splitter.then_some(since);
                    gap_features(info, i, pending, space[i], rich, &mut fv);
                    t.score(&fv, &mut scores);
                    let guess = argmax(&scores);
                    let truth = gold[i] as usize;
                    t.update(&fv, truth, guess);
                    t.tick();
                    if gold[i] {
                        pending = false;
                        since = 0;
                    }
                }
            }
        }
        self.splitter = Some(t.finish(0.0, 0));
    }

    /// Whether the tokenizer holds what only format 4 stores.
    pub(crate) fn needs_format_4(&self) -> bool {
        !self.run_together.is_empty()
    }

    /// Writes the tokenizer as format `version` (4 adds the run-together
    /// words).
    pub(crate) fn write(&self, w: &mut Writer, version: u32) {
        let mut t: Vec<(&u64, &bool)> = self.table.iter().collect();
        t.sort_unstable();
        w.u32(t.len() as u32);
        for (k, v) in t {
            w.u64(*k);
            w.u8(*v as u8);
        }
        let sorted = |s: &HashSet<String>| {
            let mut v: Vec<String> = s.iter().cloned().collect();
            v.sort();
            v
        };
        w.strs(&sorted(&self.lexicon));
        w.strs(&self.prefix_clitics);
        w.strs(&self.suffix_clitics);
        w.strs(&sorted(&self.sent_final));
        let mut m: Vec<(&String, &Mwt)> = self.mwt.iter().collect();
        m.sort_by(|a, b| a.0.cmp(b.0));
        w.u32(m.len() as u32);
        for (form, e) in m {
            w.str(form);
            w.strs(&e.words);
            w.u32(e.split);
            w.u32(e.total);
            let mut c: Vec<(&u64, &(u32, u32))> = e.ctx.iter().collect();
            c.sort_unstable();
            w.u32(c.len() as u32);
            for (k, (s, t)) in c {
                w.u64(*k);
                w.u32(*s);
                w.u32(*t);
            }
        }
        w.u8(self.digit_groups as u8);
        match &self.splitter {
            Some(sp) => {
                w.u8(1);
                sp.write(w);
            }
            None => w.u8(0),
        }
        w.strs(&self.mwt_suffixes);
        let mut hp: Vec<String> = self.hyphen_prefixes.iter().cloned().collect();
        hp.sort();
        w.strs(&hp);
        match &self.mwt_split {
            Some(c) => {
                w.u8(1);
                c.write(w);
            }
            None => w.u8(0),
        }
        if version >= 4 {
            let mut rt: Vec<String> = self
                .run_together
                .iter()
                .map(|(w, &a)| format!("{} {}", &w[..a], &w[a..]))
                .collect();
            rt.sort();
            w.strs(&rt);
        }
    }

    /// Reads a tokenizer written by format `version` (1 lacks the learned
    /// multiword endings and hyphen prefixes).
    pub(crate) fn read(r: &mut Reader, version: u32) -> Result<Tokenizer, NlpError> {
        let mut tok = Tokenizer::default();
        let n = r.count(9)?;
        for _ in 0..n {
            let k = r.u64()?;
            let v = r.u8()? != 0;
            tok.table.insert(k, v);
        }
        tok.lexicon = r.strs()?.into_iter().collect();
        tok.prefix_clitics = r.strs()?;
        tok.suffix_clitics = r.strs()?;
        tok.sent_final = r.strs()?.into_iter().collect();
        let n = r.count(16)?;
        for _ in 0..n {
            let form = r.str()?;
            let words = r.strs()?;
            let split = r.u32()?;
            let total = r.u32()?;
            let nc = r.count(16)?;
            let mut ctx = HMap::default();
            for _ in 0..nc {
                let k = r.u64()?;
                let s = r.u32()?;
                let t = r.u32()?;
                ctx.insert(k, (s, t));
            }
            if words.is_empty() {
                return Err(NlpError::Format(format!(
                    "multiword token {form:?} has no words: corrupt file"
                )));
            }
            tok.mwt.insert(
                form,
                Mwt {
                    words,
                    split,
                    total,
                    ctx,
                },
            );
        }
        tok.digit_groups = r.u8()? != 0;
        if r.u8()? != 0 {
            let sp = Weights::read(r, version)?;
            if sp.classes() != 2 {
                return Err(NlpError::Format(
                    "sentence splitter must have 2 classes: corrupt file".into(),
                ));
            }
            tok.splitter = Some(sp);
        }
        if version >= 2 {
            tok.mwt_suffixes = r.strs()?;
            if tok.mwt_suffixes.iter().any(String::is_empty) {
                return Err(NlpError::Format(
                    "empty multiword ending: corrupt file".into(),
                ));
            }
            tok.hyphen_prefixes = r.strs()?.into_iter().collect();
            if r.u8()? != 0 {
                let c = Weights::read(r, version)?;
                if c.classes() != 2 {
                    return Err(NlpError::Format(
                        "multiword classifier must have 2 classes: corrupt file".into(),
                    ));
                }
                tok.mwt_split = Some(c);
            }
        }
        if version >= 4 {
            for pair in r.strs()? {
                let Some((a, b)) = pair.split_once(' ') else {
                    return Err(NlpError::Format(format!(
                        "run-together word {pair:?} has no cut: corrupt file"
                    )));
                };
                if a.is_empty() || b.is_empty() {
                    return Err(NlpError::Format(format!(
                        "run-together word {pair:?} has an empty part: corrupt file"
                    )));
                }
                tok.run_together.insert(format!("{a}{b}"), a.len());
            }
        }
        Ok(tok)
    }

    /// Whether to cut between `b` and `c` (with `a` before and `d` after).
    #[inline]
    fn cut(&self, a: Option<char>, b: char, c: char, d: Option<char>) -> bool {
        // Decimal points and thousands separators stay inside numbers.
        let sep = |x: char| x == '.' || x == ',';
        let digit = |x: Option<char>| x.is_some_and(|x| x.is_ascii_digit());
        if (b.is_ascii_digit() && sep(c) && digit(d)) || (digit(a) && sep(b) && c.is_ascii_digit())
        {
            return false;
        }
        // "N'Djamena", "N’Diaye": an N and an apostrophe before a
        // capitalised word begin a name (and the clitic "n'" is not split
        // off it either: `Tokenizer::emit`).
        if a == Some('N')
            && is_apostrophe(b)
            && c.is_uppercase()
            && d.is_some_and(char::is_lowercase)
        {
            return false;
        }
        if let Some(&v) = self.table.get(&key4(a, Some(b), Some(c), d)) {
            return v;
        }
        if let Some(&v) = self.table.get(&key3(a, Some(b), Some(c))) {
            return v;
        }
        if let Some(&v) = self.table.get(&key2(Some(b), Some(c))) {
            return v;
        }
        !(b.is_alphanumeric() && c.is_alphanumeric())
    }

    /// Tokenizes one block of text into sentences of surface tokens, with
    /// byte offsets relative to `text`.
    pub(crate) fn tokenize(&self, text: &str) -> Vec<Vec<Surface>> {
        let mut toks: Vec<Surface> = Vec::new();
        let mut pieces: Vec<(usize, usize)> = Vec::new();
        let mut chars: Vec<(usize, char)> = Vec::new();
        let mut lower = String::new();
        let mut prev_hash = 0u64;
        let mut it = text.char_indices().peekable();
        while let Some(&(s, c)) = it.peek() {
            if c.is_whitespace() {
                it.next();
                continue;
            }
            chars.clear();
            // Digits in groups of three joined by single spaces (`50 000`)
            // stay one chunk when the treebank writes them so.
            let mut group = 0usize;
            let mut numeric = self.digit_groups;
            while let Some(&(p, c)) = it.peek() {
                if c.is_whitespace() {
                    let b = text.as_bytes();
                    let joined = numeric
                        && c == ' '
                        && (1..=3).contains(&group)
                        && b.len() >= p + 4
                        && b[p + 1..p + 4].iter().all(u8::is_ascii_digit)
                        && !matches!(b.get(p + 4), Some(x) if x.is_ascii_alphanumeric());
                    if !joined {
                        break;
                    }
                    group = 0;
                } else if c.is_ascii_digit() {
                    group += 1;
                    numeric &= group <= 3 || !chars.iter().any(|x| x.1 == ' ');
                } else {
                    numeric = false;
                }
                chars.push((p, c));
                it.next();
            }
            let e = chars.last().map(|&(p, c)| p + c.len_utf8()).unwrap_or(s);
            // 1. Cut by the learned table; a web address or e-mail address
            // is one piece.
            pieces.clear();
            let mut ps = s;
            let keep = web_address(&chars);
            // A hyphen cut off an acronym before it is cut off the word
            // after it too ("UN-backed" is `UN` `-` `backed`, as
            // "Saudi-led" is `Saudi` `-` `led`): an acronym is rare enough
            // in training text that the table may cut one side only.
            let mut cut_after_hyphen = false;
            for k in 1..chars.len() {
                let a = if k >= 2 { Some(chars[k - 2].1) } else { None };
                let d = chars.get(k + 1).map(|x| x.1);
                let cut = match keep {
                    Some((x, y)) if k == x || k == y => true,
                    Some((x, y)) if k > x && k < y => false,
                    _ => cut_after_hyphen || self.cut(a, chars[k - 1].1, chars[k].1, d),
                };
                cut_after_hyphen = false;
                if chars[k - 1].1 != ' ' && chars[k].1 != ' ' && cut {
                    cut_after_hyphen = chars[k].1 == '-'
                        && d.is_some_and(char::is_alphabetic)
                        && is_acronym(&text[ps..chars[k].0]);
                    pieces.push((ps, chars[k].0));
                    ps = chars[k].0;
                }
            }
            pieces.push((ps, e));
            // 2. Join pieces that spell a known token; initials stay whole;
            // a learned prefix stays joined to the rest of its hyphenated
            // word.
            let mut i = 0;
            while i < pieces.len() {
                if let Some(j) = self.hyphen_prefix_at(text, &pieces, i, &mut lower) {
                    let (a, b) = (pieces[i].0, pieces[j].1);
                    self.emit(text, a, b, &mut prev_hash, &mut lower, &mut toks);
                    i = j + 1;
                    continue;
                }
                let mut j_best = i + 1;
                for j in ((i + 2)..=(i + 8).min(pieces.len())).rev() {
                    let (a, b) = (pieces[i].0, pieces[j - 1].1);
                    if b - a > MAX_LOOKUP {
                        continue;
                    }
                    lower.clear();
                    lower.extend(text[a..b].chars().flat_map(char::to_lowercase));
                    let initial = j == i + 2
                        && {
                            let mut cs = text[a..b].chars();
                            matches!((cs.next(), cs.next(), cs.next()), (Some(x), Some('.'), None) if x.is_uppercase())
                        };
                    if initial || self.lexicon.contains(lower.as_str()) {
                        j_best = j;
                        break;
                    }
                }
                let (a, b) = (pieces[i].0, pieces[j_best - 1].1);
                self.emit(text, a, b, &mut prev_hash, &mut lower, &mut toks);
                i = j_best;
            }
        }
        self.redecide_ambiguous(text, &mut toks);
        self.sentences(text, toks)
    }

    /// When pieces `i..` spell a learned hyphen prefix, its hyphen and a
    /// word (`non` `-` `Microsoft`, or `e-` `commerce` where the table
    /// does not cut before the hyphen), the index of the word's piece.
    fn hyphen_prefix_at(
        &self,
        text: &str,
        pieces: &[(usize, usize)],
        i: usize,
        lower: &mut String,
    ) -> Option<usize> {
        if self.hyphen_prefixes.is_empty() {
            return None;
        }
        let p = *pieces.get(i)?;
        let piece = &text[p.0..p.1];
        let (prefix, j) = match piece.strip_suffix('-') {
            Some(pre) => (pre, i + 1),
            None => {
                let h = *pieces.get(i + 1)?;
                if &text[h.0..h.1] != "-" {
                    return None;
                }
                (piece, i + 2)
            }
        };
        let n = *pieces.get(j)?;
        if prefix.len() > MAX_LOOKUP || !text[n.0..n.1].starts_with(char::is_alphabetic) {
            return None;
        }
        lower.clear();
        lower.extend(prefix.chars().flat_map(char::to_lowercase));
        self.hyphen_prefixes.contains(lower.as_str()).then_some(j)
    }

    /// Emits one piece: multiword token, clitics split off, or plain.
    fn emit(
        &self,
        text: &str,
        mut a: usize,
        mut b: usize,
        prev_hash: &mut u64,
        lower: &mut String,
        out: &mut Vec<Surface>,
    ) {
        let mut tail: Vec<(usize, usize)> = Vec::new();
        for _round in 0..3 {
            if b - a > MAX_LOOKUP {
                break;
            }
            lower.clear();
            lower.extend(text[a..b].chars().flat_map(char::to_lowercase));
            if lower.len() != b - a {
                break;
            }
            if self.mwt.contains_key(lower.as_str()) || self.lexicon.contains(lower.as_str()) {
                break;
            }
            let mut done = true;
            for p in &self.prefix_clitics {
                // "N'Djamena", "N’Diaye", "N'Golo": an N and an apostrophe
                // before a capital begin a name, not the negation "n'"
                // (which comes before a verb or a pronoun, in lower case).
                let name = matches!(p.as_str(), "n'" | "n’")
                    && text[a..].starts_with('N')
                    && text
                        .get(a + p.len()..)
                        .is_some_and(|r| r.starts_with(char::is_uppercase));
                if !name
                    && lower.len() > p.len()
                    && lower.starts_with(p.as_str())
                    && text.is_char_boundary(a + p.len())
                    && lower[p.len()..].starts_with(char::is_alphabetic)
                {
                    let h = hash_str(&lower[..p.len()]);
                    out.push(Surface {
                        start: a,
                        end: a + p.len(),
                        words: None,
                        ambiguous: false,
                    });
                    *prev_hash = h;
                    a += p.len();
                    done = false;
                    break;
                }
            }
            if done {
                for s in &self.suffix_clitics {
                    if lower.len() > s.len()
                        && lower.ends_with(s.as_str())
                        && text.is_char_boundary(b - s.len())
                        && lower[..lower.len() - s.len()].ends_with(char::is_alphabetic)
                    {
                        tail.push((b - s.len(), b));
                        b -= s.len();
                        done = false;
                        break;
                    }
                }
            }
            if done {
                break;
            }
        }
        self.emit_one(text, a, b, prev_hash, lower, out);
        while let Some((x, y)) = tail.pop() {
            self.emit_one(text, x, y, prev_hash, lower, out);
        }
    }

    fn emit_one(
        &self,
        text: &str,
        a: usize,
        b: usize,
        prev_hash: &mut u64,
        lower: &mut String,
        out: &mut Vec<Surface>,
    ) {
        let mut words = None;
        let mut ambiguous = false;
        if b - a <= MAX_LOOKUP {
            lower.clear();
            lower.extend(text[a..b].chars().flat_map(char::to_lowercase));
            if let Some(&cut) = self.run_together.get(lower.as_str()) {
                if lower.len() == b - a && text.is_char_boundary(a + cut) {
                    for (x, y) in [(a, a + cut), (a + cut, b)] {
                        out.push(Surface {
                            start: x,
                            end: y,
                            words: None,
                            ambiguous: false,
                        });
                    }
                    *prev_hash = hash_str(&text[a + cut..b].to_lowercase());
                    return;
                }
            }
            if let Some(m) = self.mwt.get(lower.as_str()) {
                ambiguous = self.mwt_split.is_some() && m.is_ambiguous();
                let split = match m.ctx.get(prev_hash) {
                    Some(&(s, t)) if t >= 3 => 2 * s > t,
                    _ => 2 * m.split > m.total,
                };
                if split {
                    words = Some(m.words_for(&text[a..b]));
                }
            } else if !self.lexicon.contains(lower.as_str()) {
                words = self.split_ending(&text[a..b], lower);
            }
            *prev_hash = hash_str(lower);
        } else {
            *prev_hash = 0;
        }
        out.push(Surface {
            start: a,
            end: b,
            words,
            ambiguous,
        });
    }

    /// Splits an unseen word that ends with a productive multiword ending
    /// (`lower` is its lowercase form) into stem and ending, keeping the
    /// word's own spelling.
    fn split_ending(&self, form: &str, lower: &str) -> Option<Vec<String>> {
        if lower.len() != form.len() {
            return None;
        }
        let end = self.mwt_suffixes.iter().find(|e| {
            lower.len() > e.len()
                && lower.ends_with(e.as_str())
                && form.is_char_boundary(form.len() - e.len())
        })?;
        let (stem, tail) = form.split_at(form.len() - end.len());
        if !stem.ends_with(char::is_alphanumeric) {
            return None;
        }
        Some(vec![stem.to_string(), tail.to_string()])
    }

    /// Groups tokens into sentences.
    fn sentences(&self, text: &str, toks: Vec<Surface>) -> Vec<Vec<Surface>> {
        let n = toks.len();
        let mut lower = String::new();
        let info: Vec<GapInfo> = toks
            .iter()
            .map(|t| self.gap_info(&text[t.start..t.end], &mut lower))
            .collect();
        let gaps: Vec<(bool, bool)> = (0..n)
            .map(|i| {
                if i + 1 < n {
                    let g = &text[toks[i].end..toks[i + 1].start];
                    (g.contains('\n'), !g.is_empty())
                } else {
                    (false, true)
                }
            })
            .collect();
        let mut out = Vec::new();
        let mut cur: Vec<Surface> = Vec::new();
        let mut words = 0usize;
        let mut fv = Vec::new();
        let mut scores = Vec::new();
        // True while we are after a sentence-final token and any closers.
        let mut pending = false;
        for (i, t) in toks.into_iter().enumerate() {
            words += t.words.as_ref().map_or(1, |w| w.len());
            cur.push(t);
            if info[i].fin {
                pending = true;
            } else if !info[i].closer {
                pending = false;
            }
            let boundary = if i + 1 >= n || gaps[i].0 || words >= MAX_WORDS {
                true
            } else if let Some(sp) = &self.splitter {
                let rich = self.rich_splitter.then_some(cur.len());
                gap_features(&info, i, pending, gaps[i].1, rich, &mut fv);
                sp.score(&fv, &mut scores);
                argmax(&scores) == 1
            } else {
                let nx = info[i + 1];
                pending && !nx.closer && !nx.starts_lower
            };
            if boundary {
                out.push(std::mem::take(&mut cur));
                words = 0;
                pending = false;
            }
        }
        if !cur.is_empty() {
            out.push(cur);
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The tokens of `text` (one string per surface token; multiword
    /// tokens as their words joined by `+`).
    fn tokens(tok: &Tokenizer, text: &str) -> Vec<String> {
        tok.tokenize(text)
            .into_iter()
            .flatten()
            .map(|s| match s.words {
                Some(w) => w.join("+"),
                None => text[s.start..s.end].to_string(),
            })
            .collect()
    }

    #[test]
    fn web_and_mail_addresses_stay_whole_without_surrounding_punctuation() {
        let tok = Tokenizer::default();
        assert_eq!(
            tokens(&tok, "See (http://example.com/a-b_c.htm?x=1&y=2)."),
            ["See", "(", "http://example.com/a-b_c.htm?x=1&y=2", ")", "."]
        );
        assert_eq!(
            tokens(
                &tok,
                "Write to <jo.smith@mail.example.org>, or franz3...@gmail.com!"
            ),
            [
                "Write",
                "to",
                "<",
                "jo.smith@mail.example.org",
                ">",
                ",",
                "or",
                "franz3...@gmail.com",
                "!"
            ]
        );
        // Not addresses: an at sign without a dotted host, a short chunk.
        assert_eq!(tokens(&tok, "me@home"), ["me", "@", "home"]);
        assert_eq!(tokens(&tok, "a.b"), ["a", ".", "b"]);
    }

    #[test]
    fn numbers_keep_their_decimal_points_and_separators() {
        let tok = Tokenizer::default();
        assert_eq!(
            tokens(&tok, "-0.3931 and 6,606 (3,5)"),
            ["-", "0.3931", "and", "6,606", "(", "3,5", ")"]
        );
        assert_eq!(tokens(&tok, "end 1. Then"), ["end", "1", ".", "Then"]);
    }

    #[test]
    fn learned_endings_split_unseen_words_and_prefixes_keep_hyphens() {
        let mut tok = Tokenizer {
            mwt_suffixes: vec!["n't".into(), "'s".into()],
            hyphen_prefixes: ["non".to_string()].into_iter().collect(),
            ..Tokenizer::default()
        };
        // As learned from a treebank that writes `Arafat's` as one token.
        tok.table.insert(key2(Some('a'), Some('\'')), false);
        tok.table.insert(key2(Some('\''), Some('a')), false);
        assert_eq!(
            tokens(
                &tok,
                "Arafat's men mightn't see non-Microsoft well-known 's"
            ),
            [
                "Arafat+'s",
                "men",
                "might+n't",
                "see",
                "non-Microsoft",
                "well",
                "-",
                "known",
                "'s"
            ]
        );
        // A table that does not cut before a hyphen leaves `e-` as one
        // piece: the prefix is still recognised.
        tok.hyphen_prefixes.insert("e".into());
        tok.table.insert(key2(Some('a'), Some('-')), false);
        assert_eq!(
            tokens(&tok, "e-commerce and-so"),
            ["e-commerce", "and-", "so"]
        );
    }

    #[test]
    fn the_three_character_back_off_tells_a_chunk_initial_hyphen_apart() {
        let mut tok = Tokenizer::default();
        // Inside a chunk the hyphen between digits stays (`3-5290`); at
        // the start of a chunk it is cut off (`-37`).
        tok.table.insert(key2(Some('-'), Some('3')), false);
        tok.table.insert(key2(Some('3'), Some('-')), false);
        tok.table.insert(key3(None, Some('-'), Some('3')), true);
        assert_eq!(
            tokens(&tok, "Sector -37 and 3-5290"),
            ["Sector", "-", "37", "and", "3-5290"]
        );
    }

    #[test]
    fn a_hyphen_cut_off_an_acronym_is_cut_off_the_next_word_too() {
        let mut tok = Tokenizer::default();
        // A table that cuts before the hyphen after a capital and keeps
        // it on a following small letter (what en_ewt teaches for
        // acronyms it has hardly seen).
        tok.table.insert(key2(Some('N'), Some('-')), true);
        tok.table.insert(key2(Some('-'), Some('b')), false);
        tok.table.insert(key2(Some('d'), Some('-')), true);
        tok.table.insert(key2(Some('t'), Some('-')), true);
        tok.table.insert(key2(Some('-'), Some('i')), false);
        assert_eq!(
            tokens(&tok, "UN-backed Ndjamena-backed dit-il"),
            ["UN", "-", "backed", "Ndjamena", "-backed", "dit", "-il"]
        );
    }

    #[test]
    fn run_together_words_are_cut_and_survive_format_4_only() {
        let mut tok = Tokenizer::default();
        tok.run_together.insert("alot".into(), 1);
        assert_eq!(tokens(&tok, "Thanks Alot."), ["Thanks", "A", "lot", "."]);
        for (version, kept) in [(4, true), (3, false)] {
            let mut w = Writer::default();
            tok.write(&mut w, version);
            let mut r = Reader::new(&w.buf);
            let back = Tokenizer::read(&mut r, version).unwrap();
            assert_eq!(back.run_together.get("alot").copied(), kept.then_some(1));
        }
    }

    #[test]
    fn run_together_words_are_learned_when_the_treebank_mostly_cuts_them() {
        let mut text = String::new();
        for (a, b) in [("a", "lot"), ("a", "lot"), ("set", "up")] {
            text.push_str(&format!(
                "# text = I {a}{b}\n1\tI\tI\tPRON\t_\t_\t0\troot\t_\t_\n2\t{a}\t{a}\tX\t_\t_\t1\tdep\t_\tSpaceAfter=No\n3\t{b}\t{b}\tX\t_\t_\t1\tdep\t_\t_\n\n"
            ));
        }
        text.push_str("# text = I setup\n1\tI\tI\tPRON\t_\t_\t0\troot\t_\t_\n2\tsetup\tsetup\tNOUN\t_\t_\t1\tdep\t_\t_\n\n");
        let sents = sitrep_model::conllu::read_conllu(&text).unwrap();
        let tok = Tokenizer::train(&sents);
        // `alot` was cut twice and never kept whole; `setup` was cut once
        // only.
        assert_eq!(tok.run_together.get("alot").copied(), Some(1));
        assert!(!tok.run_together.contains_key("setup"));
    }

    #[test]
    fn a_form_split_once_is_kept_whole_only_when_mostly_written_whole() {
        let split = |w: &str| {
            format!(
                "# text = the {w}'s dog\n1\tthe\tthe\tDET\t_\t_\t4\tdet\t_\t_\n2-3\t{w}'s\t_\t_\t_\t_\t_\t_\t_\t_\n2\t{w}\t{w}\tNOUN\t_\t_\t4\tnmod:poss\t_\t_\n3\t's\t's\tPART\t_\t_\t2\tcase\t_\t_\n4\tdog\tdog\tNOUN\t_\t_\t0\troot\t_\t_\n\n"
            )
        };
        let whole = |w: &str| {
            format!(
                "# text = the {w}'s dog\n1\tthe\tthe\tDET\t_\t_\t3\tdet\t_\t_\n2\t{w}'s\t{w}\tNOUN\t_\t_\t3\tcompound\t_\t_\n3\tdog\tdog\tNOUN\t_\t_\t0\troot\t_\t_\n\n"
            )
        };
        let mut text = String::new();
        // `'s` is a productive ending (12 stems, always split).
        for stem in [
            "bob", "ann", "cat", "boy", "man", "day", "car", "sun", "war", "mom", "dad", "guy",
        ] {
            text.push_str(&split(stem));
        }
        // Split once and written whole once (a typo for `companies`):
        // split as the productive ending says. Split once and written
        // whole twice: kept whole.
        text.push_str(&split("company"));
        text.push_str(&whole("company"));
        text.push_str(&split("dm"));
        text.push_str(&whole("dm"));
        text.push_str(&whole("dm"));
        let sents = sitrep_model::conllu::read_conllu(&text).unwrap();
        let tok = Tokenizer::train(&sents);
        assert_eq!(
            tokens(&tok, "the company's dog"),
            ["the", "company+'s", "dog"]
        );
        assert_eq!(tokens(&tok, "the dm's dog"), ["the", "dm's", "dog"]);
    }
}
