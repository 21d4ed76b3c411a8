//! Labelled dependency parser: greedy arc-hybrid transitions (shift,
//! left-arc(label), right-arc(label)) scored by an averaged perceptron over
//! Zhang & Nivre (2011)-style features, trained with the dynamic oracle of
//! Goldberg & Nivre (2012/2013) and error exploration. The root attaches
//! only at the very end, so every sentence gets exactly one root.

use crate::hash::{feat, mix, Rng};
use crate::perceptron::{Trainer, Weights};

const NONE_W: u64 = 0x4e4f_4e45;
const ROOT_W: u64 = 0x524f_4f54;
const NO_LABEL: u16 = u16::MAX;

/// What the parser reads about each word.
#[derive(Debug, Clone, Copy)]
pub(crate) struct ParseInput {
    /// Hash of the lowercase form.
    pub(crate) word: u64,
    /// UPOS id.
    pub(crate) pos: u16,
    /// Hash of the three-letter suffix of the lowercase form.
    pub(crate) suf: u64,
    /// Joint tag id (UPOS, XPOS and features together).
    pub(crate) tag: u16,
}

/// Parser state over words `1..=n` with the root at 0 and `n + 1` as the
/// "nothing here" sentinel.
struct State {
    n: usize,
    stack: Vec<usize>,
    b: usize,
    heads: Vec<usize>,
    labels: Vec<u16>,
    lc1: Vec<usize>,
    lc2: Vec<usize>,
    rc1: Vec<usize>,
    rc2: Vec<usize>,
    nl: Vec<u8>,
    nr: Vec<u8>,
    /// The labels of each word's left and right dependents so far, one bit
    /// per label (modulo 64).
    ll: Vec<u64>,
    lr: Vec<u64>,
}

impl State {
    fn new(n: usize) -> State {
        let none = n + 1;
        State {
            n,
            stack: vec![0],
            b: 1,
            heads: vec![0; n + 2],
            labels: vec![NO_LABEL; n + 2],
            lc1: vec![none; n + 2],
            lc2: vec![none; n + 2],
            rc1: vec![none; n + 2],
            rc2: vec![none; n + 2],
            nl: vec![0; n + 2],
            nr: vec![0; n + 2],
            ll: vec![0; n + 2],
            lr: vec![0; n + 2],
        }
    }
    fn done(&self) -> bool {
        self.b > self.n && self.stack.len() == 1
    }
    fn can_shift(&self) -> bool {
        self.b <= self.n
    }
    fn can_left(&self) -> bool {
        self.b <= self.n && self.stack.len() >= 2
    }
    fn can_right(&self) -> bool {
        let l = self.stack.len();
        l >= 2 && (self.stack[l - 2] != 0 || self.b > self.n)
    }
    fn apply(&mut self, action: usize, n_labels: usize) {
        if action == 0 {
            self.stack.push(self.b);
            self.b += 1;
        } else if action <= n_labels {
            let Some(d) = self.stack.pop() else { return };
            let h = self.b;
            self.heads[d] = h;
            self.labels[d] = (action - 1) as u16;
            self.lc2[h] = self.lc1[h];
            self.lc1[h] = d;
            self.nl[h] = self.nl[h].saturating_add(1);
            self.ll[h] |= 1 << ((action - 1) % 64);
        } else {
            let Some(d) = self.stack.pop() else { return };
            let h = *self.stack.last().unwrap_or(&0);
            self.heads[d] = h;
            self.labels[d] = (action - 1 - n_labels) as u16;
            self.rc2[h] = self.rc1[h];
            self.rc1[h] = d;
            self.nr[h] = self.nr[h].saturating_add(1);
            self.lr[h] |= 1 << ((action - 1 - n_labels) % 64);
        }
    }
}

fn dist_bucket(d: usize) -> u64 {
    match d {
        0..=4 => d as u64,
        5..=7 => 5,
        8..=12 => 6,
        _ => 7,
    }
}

/// Fills the feature vector for a state; `rich` adds the templates of
/// format 2 (label sets, suffixes, more children).
fn features(st: &State, inp: &[ParseInput], rich: bool, out: &mut Vec<u64>) {
    out.clear();
    let none = st.n + 1;
    let l = st.stack.len();
    let s0 = if l >= 1 { st.stack[l - 1] } else { none };
    let s1 = if l >= 2 { st.stack[l - 2] } else { none };
    let s2 = if l >= 3 { st.stack[l - 3] } else { none };
    let b0 = if st.b <= st.n { st.b } else { none };
    let b1 = if st.b < st.n { st.b + 1 } else { none };
    let b2 = if st.b + 1 < st.n { st.b + 2 } else { none };
    let w = |i: usize| -> u64 {
        if i == 0 {
            ROOT_W
        } else if i > st.n {
            NONE_W
        } else {
            inp[i - 1].word
        }
    };
    let p = |i: usize| -> u64 {
        if i == 0 {
            0xff01
        } else if i > st.n {
            0xff02
        } else {
            inp[i - 1].pos as u64
        }
    };
    let lab = |i: usize| -> u64 {
        if i > st.n {
            0xff03
        } else {
            st.labels[i] as u64
        }
    };
    let ch = |v: &Vec<usize>, i: usize| -> usize {
        if i > st.n {
            none
        } else {
            v[i]
        }
    };
    let (s0w, s0p, s1w, s1p, s2p) = (w(s0), p(s0), w(s1), p(s1), p(s2));
    let (b0w, b0p, b1w, b1p, b2w, b2p) = (w(b0), p(b0), w(b1), p(b1), w(b2), p(b2));
    let s0l1 = ch(&st.lc1, s0);
    let s0l2 = ch(&st.lc2, s0);
    let s0r1 = ch(&st.rc1, s0);
    let s0r2 = ch(&st.rc2, s0);
    let s1l1 = ch(&st.lc1, s1);
    let s1r1 = ch(&st.rc1, s1);
    let b0l1 = ch(&st.lc1, b0);
    let b0l2 = ch(&st.lc2, b0);
    let d_s0b0 = if s0 <= st.n && b0 <= st.n {
        dist_bucket(b0 - s0)
    } else {
        15
    };
    let d_s1s0 = if s0 <= st.n && s1 <= st.n {
        dist_bucket(s0 - s1)
    } else {
        15
    };
    let vl_s0 = if s0 <= st.n { st.nl[s0] as u64 } else { 99 };
    let vr_s0 = if s0 <= st.n { st.nr[s0] as u64 } else { 99 };
    let vl_b0 = if b0 <= st.n { st.nl[b0] as u64 } else { 99 };
    let vr_s1 = if s1 <= st.n { st.nr[s1] as u64 } else { 99 };
    let mut t = 0u64;
    let mut f = |a: u64, b: u64, c: u64| {
        t += 1;
        out.push(feat(t, a, b, c));
    };
    // Single words.
    f(s0w, s0p, 0);
    f(s0w, 0, 0);
    f(s0p, 0, 0);
    f(s1w, s1p, 0);
    f(s1w, 0, 0);
    f(s1p, 0, 0);
    f(b0w, b0p, 0);
    f(b0w, 0, 0);
    f(b0p, 0, 0);
    f(b1w, b1p, 0);
    f(b1w, 0, 0);
    f(b1p, 0, 0);
    f(b2w, b2p, 0);
    f(b2p, 0, 0);
    f(s2p, 0, 0);
    f(w(s2), s2p, 0);
    // Pairs.
    f(mix(s0w, s0p), mix(b0w, b0p), 0);
    f(mix(s0w, s0p), b0w, 0);
    f(s0w, mix(b0w, b0p), 0);
    f(mix(s0w, s0p), b0p, 0);
    f(s0p, mix(b0w, b0p), 0);
    f(s0w, b0w, 0);
    f(s0p, b0p, 0);
    f(b0p, b1p, 0);
    f(mix(s0w, s0p), mix(s1w, s1p), 0);
    f(s0w, s1w, 0);
    f(s0p, s1p, 0);
    f(s0w, s1p, 0);
    f(s0p, s1w, 0);
    // Triples of tags.
    f(b0p, b1p, b2p);
    f(s0p, b0p, b1p);
    f(s1p, s0p, b0p);
    f(s2p, s1p, s0p);
    f(s0p, p(s0l1), b0p);
    f(s0p, p(s0r1), b0p);
    f(s0p, b0p, p(b0l1));
    f(s1p, s0p, p(s0r1));
    f(s1p, s0p, p(s0l1));
    f(s1p, p(s1r1), s0p);
    // Distance.
    f(s0w, d_s0b0, 0);
    f(s0p, d_s0b0, 0);
    f(b0w, d_s0b0, 0);
    f(b0p, d_s0b0, 0);
    f(mix(s0w, b0w), d_s0b0, 0);
    f(mix(s0p, b0p), d_s0b0, 0);
    f(mix(s0p, s1p), d_s1s0, 0);
    f(mix(s0w, s1w), d_s1s0, 0);
    f(s1p, d_s1s0, 0);
    // Valency.
    f(s0w, vr_s0, 0);
    f(s0p, vr_s0, 0);
    f(s0w, vl_s0, 0);
    f(s0p, vl_s0, 0);
    f(b0w, vl_b0, 0);
    f(b0p, vl_b0, 0);
    f(s1p, vr_s1, 0);
    // Children words, tags and labels.
    for (c, tag) in [(s0l1, 1u64), (s0r1, 2), (b0l1, 3), (s1r1, 4), (s1l1, 5)] {
        f(tag, w(c), 0);
        f(tag, p(c), 0);
        f(tag, lab(c), 0);
    }
    f(s0p, lab(s0l1), lab(s0l2));
    f(s0p, lab(s0r1), lab(s0r2));
    f(b0p, lab(b0l1), lab(b0l2));
    f(s0p, p(s0l1), p(s0l2));
    f(s0p, p(s0r1), p(s0r2));
    f(b0p, p(b0l1), p(b0l2));
    f(s0w, lab(s0l1), lab(s0r1));
    f(mix(s0p, s1p), lab(s1r1), lab(s0l1));
    f(mix(b0w, b0p), lab(b0l1), 0);
    f(mix(s0w, s0p), lab(s0r1), 0);
    if !rich {
        return;
    }
    let sf = |i: usize| -> u64 {
        if i == 0 {
            ROOT_W
        } else if i > st.n {
            NONE_W
        } else {
            inp[i - 1].suf
        }
    };
    let set = |v: &Vec<u64>, i: usize| -> u64 {
        if i > st.n {
            0xff04
        } else {
            v[i]
        }
    };
    let (s0s, b0s, b1s, s1s) = (sf(s0), sf(b0), sf(b1), sf(s1));
    let (s0ll, s0lr, b0ll, s1lr) = (
        set(&st.ll, s0),
        set(&st.lr, s0),
        set(&st.ll, b0),
        set(&st.lr, s1),
    );
    // Label sets of the dependents so far.
    f(s0p, s0ll, 0);
    f(s0p, s0lr, 0);
    f(s0w, s0lr, 0);
    f(b0p, b0ll, 0);
    f(b0w, b0ll, 0);
    f(mix(s0p, b0p), s0lr, b0ll);
    f(s1p, s1lr, 0);
    // Suffixes stand in for unknown words.
    f(s0s, s0p, 0);
    f(b0s, b0p, 0);
    f(s0s, b0s, 0);
    f(mix(s0s, s0p), b0p, 0);
    f(s0p, mix(b0s, b0p), 0);
    f(b1s, b1p, 0);
    f(s1s, s1p, 0);
    // More context.
    f(b0w, b1w, 0);
    f(mix(s0p, b0p), b1p, d_s0b0);
    f(s0w, w(s0l1), 0);
    f(s0w, w(s0r1), 0);
    f(b0w, w(b0l1), 0);
    f(s0p, p(s0r1), p(s0l1));
    // Joint tags: XPOS and morphological features.
    let jt = |i: usize| -> u64 {
        if i == 0 {
            0xfff01
        } else if i > st.n {
            0xfff02
        } else {
            inp[i - 1].tag as u64 | 0x10000
        }
    };
    let (s0t, s1t, b0t, b1t) = (jt(s0), jt(s1), jt(b0), jt(b1));
    f(s0t, 0, 0);
    f(b0t, 0, 0);
    f(s1t, 0, 0);
    f(b1t, 0, 0);
    f(s0t, b0t, 0);
    f(s0t, b0w, 0);
    f(s0w, b0t, 0);
    f(s1t, s0t, 0);
    f(s1t, s0t, b0t);
    f(s0t, b0t, b1t);
    f(mix(s0t, b0t), d_s0b0, 0);
    f(s0t, lab(s0l1), lab(s0r1));
}

/// Parses one sentence: returns `(head, label)` per word (head 0 = root).
pub(crate) fn parse(
    w: &Weights,
    n_labels: usize,
    rich: bool,
    inp: &[ParseInput],
    fv: &mut Vec<u64>,
    scores: &mut Vec<f32>,
) -> Vec<(u32, u16)> {
    let n = inp.len();
    let mut st = State::new(n);
    while !st.done() {
        features(&st, inp, rich, fv);
        w.score(fv, scores);
        match best_valid(&st, scores, n_labels) {
            Some(a) => st.apply(a, n_labels),
            None => break,
        }
    }
    (1..=n)
        .map(|i| {
            (
                st.heads[i] as u32,
                if st.labels[i] == NO_LABEL {
                    0
                } else {
                    st.labels[i]
                },
            )
        })
        .collect()
}

fn valid(st: &State, a: usize, n_labels: usize) -> bool {
    if a == 0 {
        st.can_shift()
    } else if a <= n_labels {
        st.can_left()
    } else {
        st.can_right()
    }
}

fn best_valid(st: &State, scores: &[f32], n_labels: usize) -> Option<usize> {
    let mut best = usize::MAX;
    let mut bv = f32::NEG_INFINITY;
    for (a, &s) in scores.iter().enumerate() {
        if (best == usize::MAX || s > bv) && valid(st, a, n_labels) {
            best = a;
            bv = s;
        }
    }
    (best != usize::MAX).then_some(best)
}

/// Costs of shift, left-arc and right-arc (unlabelled) under gold heads
/// `g` (indexed like the state: 1..=n).
fn costs(st: &State, g: &[usize]) -> (i32, i32, i32) {
    let l = st.stack.len();
    let s0 = st.stack[l - 1];
    let n = st.n;
    let mut sh = i32::MAX;
    if st.can_shift() {
        let b = st.b;
        let mut c = 0;
        for &k in &st.stack {
            if k != s0 && g[b] == k {
                c += 1;
            }
            if k != 0 && g[k] == b {
                c += 1;
            }
        }
        sh = c;
    }
    let deps_in_buffer = |x: usize| -> i32 { (st.b..=n).filter(|&d| g[d] == x).count() as i32 };
    let mut la = i32::MAX;
    if st.can_left() {
        let s1 = st.stack[l - 2];
        let mut c = deps_in_buffer(s0);
        if g[s0] == s1 || g[s0] > st.b {
            c += 1;
        }
        la = c;
    }
    let mut ra = i32::MAX;
    if st.can_right() {
        let mut c = deps_in_buffer(s0);
        if g[s0] >= st.b && g[s0] != 0 {
            c += 1;
        }
        ra = c;
    }
    (sh, la, ra)
}

/// One training sentence: parser inputs, gold heads (0 = root) and gold
/// label ids, per word.
pub(crate) struct Example {
    pub(crate) inp: Vec<ParseInput>,
    pub(crate) heads: Vec<usize>,
    pub(crate) labels: Vec<u16>,
    /// The treebank the sentence comes from (for treebank features).
    pub(crate) dom: usize,
}

/// Trains one epoch with the dynamic oracle; `explore` is the probability of
/// following the model's own (possibly wrong) choice. Returns the number of
/// wrong choices.
pub(crate) fn train_epoch(
    t: &mut Trainer,
    data: &[Example],
    order: &[usize],
    n_labels: usize,
    explore: f64,
    rich: bool,
    rng: &mut Rng,
) -> usize {
    let mut fv = Vec::with_capacity(96);
    let mut scores = Vec::new();
    let mut errors = 0;
    let mut g = Vec::new();
    for &k in order {
        let ex = &data[k];
        t.set_domain(ex.dom);
        let n = ex.inp.len();
        g.clear();
        g.push(0);
        g.extend(ex.heads.iter().copied());
        g.push(0);
        if g.iter().any(|&h| h > n) {
            continue;
        }
        let mut st = State::new(n);
        while !st.done() {
            features(&st, &ex.inp, rich, &mut fv);
            t.score(&fv, &mut scores);
            let (sh, la, ra) = costs(&st, &g);
            let l = st.stack.len();
            let s0 = st.stack[l - 1];
            let s1 = if l >= 2 { st.stack[l - 2] } else { 0 };
            let cost = |a: usize| -> i32 {
                if a == 0 {
                    sh
                } else if a <= n_labels {
                    if la == i32::MAX {
                        return la;
                    }
                    la + (g[s0] == st.b && ex.labels[s0 - 1] as usize != a - 1) as i32
                } else {
                    if ra == i32::MAX {
                        return ra;
                    }
                    ra + (g[s0] == s1 && ex.labels[s0 - 1] as usize != a - 1 - n_labels) as i32
                }
            };
            let mut pred = usize::MAX;
            let mut gold = usize::MAX;
            let mut min_cost = i32::MAX;
            for a in 0..scores.len() {
                let c = cost(a);
                if c < min_cost {
                    min_cost = c;
                }
            }
            for a in 0..scores.len() {
                let c = cost(a);
                if c == i32::MAX {
                    continue;
                }
                if pred == usize::MAX || scores[a] > scores[pred] {
                    pred = a;
                }
                if c == min_cost && (gold == usize::MAX || scores[a] > scores[gold]) {
                    gold = a;
                }
            }
            if pred == usize::MAX || gold == usize::MAX {
                break;
            }
            if cost(pred) > min_cost {
                errors += 1;
                t.update(&fv, gold, pred);
            }
            t.tick();
            let next = if cost(pred) > min_cost && rng.unit() < explore {
                pred
            } else {
                gold
            };
            st.apply(next, n_labels);
        }
    }
    errors
}
