//! Part-of-speech and morphology tagger, in greedy left-to-right
//! averaged-perceptron passes over the same word features (the word, its
//! affixes and shape, its neighbours, the two previous predictions): first
//! UPOS alone (17 classes, so every class sees plenty of data), then (in
//! format-2 models) UPOS again, reading the first pass's tags on both sides
//! and learned from jackknifed first-pass tags, then one joint tag (UPOS,
//! XPOS and features together) restricted to the predicted UPOS and
//! reading the predicted UPOS of the words around, right context included.

use crate::hash::{feat, hash_str, shape_hash, HMap};
use crate::perceptron::{argmax, Trainer, Weights};

/// What the tagger needs to know about each word, hashed once.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct WordInfo {
    pub(crate) lower: u64,
    form: u64,
    suf: [u64; 4],
    pre: [u64; 3],
    shape: u64,
    /// Five-character suffix, four-character prefix, and the part after
    /// the last hyphen (the word itself when it has none).
    suf5: u64,
    pre4: u64,
    tail: u64,
    /// Length bucket and whether the word has a capital after its first
    /// letter, a digit, a hyphen.
    flags: u64,
    /// Hash of the set of UPOS the word had in training (its ambiguity
    /// class), or 0 when the model does not use ambiguity classes.
    pub(crate) amb: u64,
    /// The word's capitalisation with that of its sentence (format 4's
    /// case features), or 0 when the model does not use them.
    case: u64,
}

impl WordInfo {
    /// Hash of the three-letter suffix of the lowercase form.
    pub(crate) fn suf3(&self) -> u64 {
        self.suf[2]
    }
}

/// The ambiguity class of words seen fewer than twice in training.
pub(crate) const UNKNOWN_AMB: u64 = 0xa3b1;

/// Sets every word's ambiguity class from a lexicon (lowercase-form hash →
/// class hash).
pub(crate) fn set_ambiguity(infos: &mut [WordInfo], lexicon: &HMap<u64>) {
    for w in infos {
        w.amb = lexicon.get(&w.lower).copied().unwrap_or(UNKNOWN_AMB);
    }
}

const PAD: WordInfo = WordInfo {
    lower: 0x5ad,
    form: 0x5ad,
    suf: [0x5ad; 4],
    pre: [0x5ad; 3],
    shape: 0x5ad,
    suf5: 0x5ad,
    pre4: 0x5ad,
    tail: 0x5ad,
    flags: 0x5ad,
    amb: 0x5ad,
    case: 0x5ad,
};

/// Sets every word's case information: whether it starts with a capital,
/// is all capitals, starts the sentence, and how capitalised the
/// sentence's other words are (few, some, most; and whether most are all
/// capitals), so that a capital in a headline or a shouted sentence says
/// less than one in running text.
pub(crate) fn set_case(infos: &mut [WordInfo], words: &[&str]) {
    let (mut alpha, mut cap, mut upper) = (0u32, 0u32, 0u32);
    let word_case = |w: &str| -> (bool, bool, bool) {
        let first = w.chars().next();
        let is_alpha = first.is_some_and(char::is_alphabetic);
        let is_cap = first.is_some_and(char::is_uppercase);
        let all_upper = w.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && !w.chars().any(char::is_lowercase);
        (is_alpha, is_cap, all_upper)
    };
    for w in words.iter().skip(1) {
        let (a, c, u) = word_case(w);
        alpha += a as u32;
        cap += (a && c) as u32;
        upper += (a && u) as u32;
    }
    let profile: u64 = if alpha == 0 {
        0
    } else if cap * 4 < alpha {
        1
    } else if cap * 5 < alpha * 3 {
        2
    } else {
        3
    } | ((alpha > 0 && upper * 2 > alpha) as u64) << 2;
    for (i, (info, w)) in infos.iter_mut().zip(words).enumerate() {
        let (_, c, u) = word_case(w);
        info.case = 0x100 | profile << 3 | (c as u64) | (u as u64) << 1 | ((i == 0) as u64) << 2;
    }
}

/// Hashes the words of a sentence (`lower` is scratch space).
pub(crate) fn word_infos(words: &[&str], out: &mut Vec<WordInfo>, lower: &mut String) {
    out.clear();
    for w in words {
        lower.clear();
        lower.extend(w.chars().flat_map(char::to_lowercase));
        let mut info = WordInfo {
            lower: hash_str(lower),
            form: hash_str(w),
            ..WordInfo::default()
        };
        // Suffixes and prefixes by characters.
        let mut ends = [0usize; 5];
        let mut ne = 0;
        for (i, _) in lower.char_indices().rev().take(5) {
            ends[ne] = i;
            ne += 1;
        }
        let end_at = |k: usize| -> usize {
            if ne == 0 {
                0
            } else {
                ends[k.min(ne - 1)]
            }
        };
        for k in 0..4 {
            info.suf[k] = hash_str(&lower[end_at(k)..]).wrapping_add(k as u64);
        }
        info.suf5 = hash_str(&lower[end_at(4)..]).wrapping_add(5);
        let mut starts = lower.char_indices().map(|(i, c)| i + c.len_utf8());
        for k in 0..3 {
            let end = starts.next().unwrap_or(lower.len());
            info.pre[k] = hash_str(&lower[..end]).wrapping_add(7 + k as u64);
        }
        let end = starts.next().unwrap_or(lower.len());
        info.pre4 = hash_str(&lower[..end]).wrapping_add(11);
        info.tail = match lower.rfind('-') {
            Some(h) if h + 1 < lower.len() => hash_str(&lower[h + 1..]).wrapping_add(13),
            _ => info.lower.wrapping_add(13),
        };
        let n = w.chars().count();
        let len = match n {
            0..=3 => n as u64,
            4..=6 => 4,
            7..=10 => 5,
            _ => 6,
        };
        let inner_upper = w.chars().skip(1).any(char::is_uppercase) as u64;
        let digit = w.chars().any(|c| c.is_ascii_digit()) as u64;
        let hyphen = w.contains('-') as u64;
        info.flags = len | inner_upper << 4 | digit << 5 | hyphen << 6;
        info.shape = shape_hash(w);
        out.push(info);
    }
}

/// Features of word `i` given the two previous tags and, for later passes,
/// the UPOS predicted for every word; `rich` adds the templates of format
/// 2 (longer affixes, word flags, wider context).
#[inline]
fn features(
    w: &[WordInfo],
    i: usize,
    p1: u64,
    p2: u64,
    upos: Option<&[u16]>,
    rich: bool,
    out: &mut Vec<u64>,
) {
    out.clear();
    let at = |k: isize| -> &WordInfo {
        let j = i as isize + k;
        if j < 0 || j as usize >= w.len() {
            &PAD
        } else {
            &w[j as usize]
        }
    };
    let (c, l1, l2, r1, r2) = (at(0), at(-1), at(-2), at(1), at(2));
    out.push(feat(0, 0, 0, 0));
    out.push(feat(1, c.lower, 0, 0));
    out.push(feat(2, c.form, 0, 0));
    for k in 0..4 {
        out.push(feat(3 + k as u64, c.suf[k], 0, 0));
    }
    for k in 0..3 {
        out.push(feat(7 + k as u64, c.pre[k], 0, 0));
    }
    out.push(feat(10, c.shape, 0, 0));
    out.push(feat(11, l1.lower, 0, 0));
    out.push(feat(12, r1.lower, 0, 0));
    out.push(feat(13, l2.lower, 0, 0));
    out.push(feat(14, r2.lower, 0, 0));
    out.push(feat(15, p1, 0, 0));
    out.push(feat(16, p1, p2, 0));
    out.push(feat(17, p1, c.lower, 0));
    out.push(feat(18, l1.suf[2], 0, 0));
    out.push(feat(19, r1.suf[2], 0, 0));
    out.push(feat(20, l1.lower, c.lower, 0));
    out.push(feat(21, c.lower, r1.lower, 0));
    out.push(feat(22, r1.shape, 0, 0));
    out.push(feat(23, l1.shape, 0, 0));
    out.push(feat(24, (i == 0) as u64, c.shape, 0));
    out.push(feat(25, r1.suf[1], c.suf[2], 0));
    out.push(feat(26, p1, c.suf[2], 0));
    out.push(feat(27, r2.suf[2], 0, 0));
    out.push(feat(28, l1.lower, c.lower, r1.lower));
    out.push(feat(29, p1, r1.lower, 0));
    if c.amb != 0 {
        out.push(feat(40, c.amb, 0, 0));
        out.push(feat(41, c.amb, r1.amb, 0));
        out.push(feat(42, l1.amb, c.amb, 0));
        out.push(feat(43, c.amb, c.suf[2], 0));
        out.push(feat(44, p1, c.amb, 0));
        out.push(feat(45, c.amb, r1.amb, r2.amb));
        if rich {
            out.push(feat(46, r1.amb, 0, 0));
            out.push(feat(47, l1.amb, p1, 0));
            out.push(feat(48, c.amb, r1.lower, 0));
        }
    }
    if c.case != 0 {
        // The word's and its neighbours' capitals in the sentence's case.
        let cap = |x: &WordInfo| x.case & 1;
        let pattern = c.case | cap(l1) << 12 | cap(r1) << 13;
        out.push(feat(69, c.amb, pattern, 0));
    }
    if rich {
        out.push(feat(50, c.suf5, 0, 0));
        out.push(feat(51, c.pre4, 0, 0));
        out.push(feat(52, c.tail, 0, 0));
        out.push(feat(53, c.flags, 0, 0));
        out.push(feat(54, c.flags, c.suf[1], 0));
        out.push(feat(55, l1.lower, p1, 0));
        out.push(feat(56, r1.lower, r2.lower, 0));
        out.push(feat(57, r1.suf[2], r2.suf[2], 0));
        out.push(feat(58, p2, c.lower, 0));
        out.push(feat(59, c.suf[2], r1.lower, 0));
        out.push(feat(60, l1.suf[2], c.suf[2], 0));
        out.push(feat(61, r1.suf[3], 0, 0));
        out.push(feat(62, at(3).lower, 0, 0));
        out.push(feat(63, at(-3).lower, 0, 0));
    }
    if let Some(u) = upos {
        let at = |k: isize| -> u64 {
            let j = i as isize + k;
            if j < 0 || j as usize >= u.len() {
                0xffff
            } else {
                u[j as usize] as u64
            }
        };
        let (u0, ul, ur, ur2) = (at(0), at(-1), at(1), at(2));
        out.push(feat(30, u0, 0, 0));
        out.push(feat(31, u0, ur, 0));
        out.push(feat(32, ul, u0, 0));
        out.push(feat(33, u0, ur, ur2));
        out.push(feat(34, u0, c.lower, 0));
        out.push(feat(35, u0, c.suf[2], 0));
        out.push(feat(36, u0, r1.lower, 0));
        out.push(feat(37, u0, l1.lower, 0));
        if rich {
            let (ul2, ur3) = (at(-2), at(3));
            out.push(feat(38, ur, ur2, 0));
            out.push(feat(39, u0, p1, ur));
            out.push(feat(64, ur, r1.lower, 0));
            out.push(feat(65, ul2, ul, u0));
            out.push(feat(66, ur, ur2, ur3));
            out.push(feat(67, u0, c.suf5, 0));
            out.push(feat(68, ur, c.suf[2], 0));
        }
    }
}

const BOS1: u64 = 0xfff0;
const BOS2: u64 = 0xfff1;

/// How one tagging pass reads the UPOS of an earlier pass.
#[derive(Clone, Copy)]
pub(crate) struct Pass<'a> {
    /// UPOS predicted for every word by an earlier pass, read as context.
    pub(crate) ctx: Option<&'a [u16]>,
    /// The UPOS of each class: when given (with `ctx`), only classes
    /// whose UPOS matches the word's `ctx` UPOS are considered.
    pub(crate) restrict: Option<&'a [u16]>,
    /// A class id each word must take (`u16::MAX`: any), on a UPOS pass.
    pub(crate) forced: Option<&'a [u16]>,
    /// Whether the model uses the format-2 feature templates.
    pub(crate) rich: bool,
    /// Whether every feature is conjoined with the word's `ctx` UPOS (the
    /// joint tagger as one small classifier per UPOS: each feature then
    /// holds weights for the few tags of that UPOS only).
    pub(crate) per_upos: bool,
}

/// Conjoins every feature with a UPOS id.
#[inline]
fn conjoin(fv: &mut [u64], u: u16) {
    let k = (u as u64 + 1).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    for f in fv {
        *f = crate::hash::fin(*f ^ k);
    }
}

/// Tags a sentence with a finished model; `out` receives class ids.
pub(crate) fn tag(
    w: &Weights,
    words: &[WordInfo],
    pass: Pass,
    out: &mut Vec<u16>,
    fv: &mut Vec<u64>,
    scores: &mut Vec<f32>,
) {
    out.clear();
    let (mut p1, mut p2) = (BOS1, BOS2);
    for i in 0..words.len() {
        features(words, i, p1, p2, pass.ctx, pass.rich, fv);
        if pass.per_upos {
            if let Some(&u) = pass.ctx.and_then(|c| c.get(i)) {
                conjoin(fv, u);
            }
        }
        let forced = pass
            .forced
            .and_then(|f| f.get(i).copied())
            .filter(|&f| f != u16::MAX);
        if let Some(f) = forced {
            out.push(f);
            p2 = p1;
            p1 = f as u64;
            continue;
        }
        w.score(fv, scores);
        let best = match (pass.ctx, pass.restrict) {
            (Some(u), Some(class_upos)) => {
                let mut best = usize::MAX;
                for (k, &sc) in scores.iter().enumerate() {
                    if class_upos.get(k) == u.get(i) && (best == usize::MAX || sc > scores[best]) {
                        best = k;
                    }
                }
                if best == usize::MAX {
                    argmax(scores)
                } else {
                    best
                }
            }
            _ => argmax(scores),
        };
        out.push(best as u16);
        p2 = p1;
        p1 = best as u64;
    }
}

/// One tagger training sentence: word infos, gold UPOS, gold joint tags,
/// and (for a second UPOS pass) the UPOS an earlier pass predicted.
pub(crate) struct TagExample {
    pub(crate) words: Vec<WordInfo>,
    pub(crate) upos: Vec<u16>,
    pub(crate) joint: Vec<u16>,
    pub(crate) predicted: Vec<u16>,
    /// The treebank the sentence comes from (for treebank features).
    pub(crate) dom: usize,
}

/// What a tagger learns: UPOS alone, UPOS again reading an earlier pass's
/// predictions, or joint tags reading the gold UPOS.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Target {
    Upos,
    UposAgain,
    Joint,
}

/// Trains one epoch over `data` in the given order; returns the number of
/// errors.
pub(crate) fn train_epoch(
    t: &mut Trainer,
    data: &[TagExample],
    order: &[usize],
    target: Target,
    rich: bool,
    per_upos: Option<&[u16]>,
) -> usize {
    let mut fv = Vec::with_capacity(64);
    let mut scores = Vec::new();
    let mut errors = 0;
    for &k in order {
        let ex = &data[k];
        t.set_domain(ex.dom);
        let (gold, ctx) = match target {
            Target::Upos => (&ex.upos, None),
            Target::UposAgain => (&ex.upos, Some(ex.predicted.as_slice())),
            Target::Joint => (&ex.joint, Some(ex.upos.as_slice())),
        };
        if ctx.is_some_and(|c| c.len() != gold.len()) {
            continue;
        }
        let (mut p1, mut p2) = (BOS1, BOS2);
        for (i, &g) in gold.iter().enumerate().take(ex.words.len()) {
            features(&ex.words, i, p1, p2, ctx, rich, &mut fv);
            let restrict = match (target, per_upos, ctx.and_then(|c| c.get(i))) {
                (Target::Joint, Some(class_upos), Some(&u)) => {
                    conjoin(&mut fv, u);
                    Some((class_upos, u))
                }
                _ => None,
            };
            t.score(&fv, &mut scores);
            let guess = match restrict {
                Some((class_upos, u)) => {
                    let mut best = usize::MAX;
                    for (k, &sc) in scores.iter().enumerate() {
                        if class_upos.get(k) == Some(&u)
                            && (best == usize::MAX || sc > scores[best])
                        {
                            best = k;
                        }
                    }
                    if best == usize::MAX {
                        argmax(&scores)
                    } else {
                        best
                    }
                }
                None => argmax(&scores),
            };
            let truth = g as usize;
            if guess != truth {
                errors += 1;
                t.update(&fv, truth, guess);
            }
            t.tick();
            p2 = p1;
            p1 = guess as u64;
        }
    }
    errors
}
