//! Part-of-speech and morphology tagger: a greedy left-to-right averaged
//! perceptron predicting one joint tag (UPOS, XPOS and features together)
//! per word, from the word, its affixes and shape, its neighbours and the
//! two previous predictions.

use crate::hash::{feat, hash_str, shape_hash};
use crate::perceptron::{argmax, Trainer, Weights};

/// What the tagger needs to know about each word, hashed once.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct WordInfo {
    pub(crate) lower: u64,
    form: u64,
    suf: [u64; 4],
    pre: [u64; 3],
    shape: u64,
}

const PAD: WordInfo = WordInfo {
    lower: 0x5ad,
    form: 0x5ad,
    suf: [0x5ad; 4],
    pre: [0x5ad; 3],
    shape: 0x5ad,
};

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
        let ends: Vec<usize> = lower.char_indices().rev().take(4).map(|(i, _)| i).collect();
        for k in 0..4 {
            let start = ends.get(k).or(ends.last()).copied().unwrap_or(0);
            info.suf[k] = hash_str(&lower[start..]).wrapping_add(k as u64);
        }
        let mut starts = lower.char_indices().map(|(i, c)| i + c.len_utf8());
        for k in 0..3 {
            let end = starts.next().unwrap_or(lower.len());
            info.pre[k] = hash_str(&lower[..end]).wrapping_add(7 + k as u64);
        }
        info.shape = shape_hash(w);
        out.push(info);
    }
}

/// Features of word `i` given the two previous tags.
#[inline]
fn features(w: &[WordInfo], i: usize, p1: u64, p2: u64, out: &mut Vec<u64>) {
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
}

const BOS1: u64 = 0xfff0;
const BOS2: u64 = 0xfff1;

/// Tags a sentence with a finished model; `out` receives class ids.
pub(crate) fn tag(
    w: &Weights,
    words: &[WordInfo],
    out: &mut Vec<u16>,
    fv: &mut Vec<u64>,
    scores: &mut Vec<f32>,
) {
    out.clear();
    let (mut p1, mut p2) = (BOS1, BOS2);
    for i in 0..words.len() {
        features(words, i, p1, p2, fv);
        w.score(fv, scores);
        let best = argmax(scores);
        out.push(best as u16);
        p2 = p1;
        p1 = best as u64;
    }
}

/// Trains one epoch over `data` (word infos and gold class ids) in the
/// given order; returns the number of errors.
pub(crate) fn train_epoch(
    t: &mut Trainer,
    data: &[(Vec<WordInfo>, Vec<u16>)],
    order: &[usize],
) -> usize {
    let mut fv = Vec::with_capacity(32);
    let mut scores = Vec::new();
    let mut errors = 0;
    for &k in order {
        let (words, gold) = &data[k];
        let (mut p1, mut p2) = (BOS1, BOS2);
        for i in 0..words.len() {
            features(words, i, p1, p2, &mut fv);
            t.score(&fv, &mut scores);
            let guess = argmax(&scores);
            let truth = gold[i] as usize;
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
