//! Multiclass averaged perceptron over hashed sparse features.
//!
//! Training keeps, per feature, a short list of `(class, weight, sum)`
//! entries and averages lazily (Daumé's trick: the averaged weight is
//! `w - sum / c`). The finished model keeps only entries whose averaged
//! weight is not negligible, quantised to `i16` with one scale per model,
//! laid out contiguously: the index maps a feature to its slice of entries.

use crate::hash::HMap;
use crate::io::{Reader, Writer};
use crate::NlpError;

/// Perceptron weights during training.
///
/// With several treebanks (domains), every feature also has a copy
/// conjoined with the current example's treebank ("frustratingly easy
/// domain adaptation", Daumé 2007): training updates both, and the finished
/// model folds the copy of one target treebank into the plain weights, so
/// that the model scores as that treebank's at no cost at run time.
pub(crate) struct Trainer {
    n: usize,
    index: HMap<u32>,
    rows: Vec<Vec<(u16, f32, f64)>>,
    c: f64,
    /// One index per treebank for the conjoined copies (empty: none).
    dom_index: Vec<HMap<u32>>,
    /// The treebank of the current example.
    dom: usize,
}

impl Trainer {
    pub(crate) fn new(n_classes: usize) -> Self {
        Trainer::with_domains(n_classes, 1)
    }

    /// A trainer whose features also have a copy per treebank (when
    /// `domains` is 2 or more).
    pub(crate) fn with_domains(n_classes: usize, domains: usize) -> Self {
        Trainer {
            n: n_classes,
            index: HMap::default(),
            rows: Vec::new(),
            c: 1.0,
            dom_index: if domains >= 2 {
                (0..domains).map(|_| HMap::default()).collect()
            } else {
                Vec::new()
            },
            dom: 0,
        }
    }

    /// Sets the treebank of the examples that follow.
    pub(crate) fn set_domain(&mut self, d: usize) {
        self.dom = d;
    }

    /// Current (not averaged) scores of every class.
    pub(crate) fn score(&self, feats: &[u64], out: &mut Vec<f32>) {
        out.clear();
        out.resize(self.n, 0.0);
        for f in feats {
            if let Some(&r) = self.index.get(f) {
                for &(k, w, _) in &self.rows[r as usize] {
                    out[k as usize] += w;
                }
            }
        }
        if let Some(ix) = self.dom_index.get(self.dom) {
            for f in feats {
                if let Some(&r) = ix.get(f) {
                    for &(k, w, _) in &self.rows[r as usize] {
                        out[k as usize] += w;
                    }
                }
            }
        }
    }

    /// Counts one training instance (for averaging).
    pub(crate) fn tick(&mut self) {
        self.c += 1.0;
    }

    /// Moves weight from `guess` to `truth` on every feature.
    pub(crate) fn update(&mut self, feats: &[u64], truth: usize, guess: usize) {
        if truth == guess {
            return;
        }
        let c = self.c;
        let dom = self.dom;
        for &f in feats {
            for ix in [Some(&mut self.index), self.dom_index.get_mut(dom)]
                .into_iter()
                .flatten()
            {
                let next = self.rows.len() as u32;
                let r = *ix.entry(f).or_insert(next) as usize;
                if r == self.rows.len() {
                    self.rows.push(Vec::with_capacity(2));
                }
                let row = &mut self.rows[r];
                for (k, d) in [(truth, 1.0f32), (guess, -1.0f32)] {
                    match row.iter_mut().find(|e| e.0 as usize == k) {
                        Some(e) => {
                            e.1 += d;
                            e.2 += c * d as f64;
                        }
                        None => row.push((k as u16, d, c * d as f64)),
                    }
                }
            }
        }
    }

    /// The averaged, pruned, quantised model. Entries whose averaged weight
    /// is below `min_abs` are dropped.
    /// With treebank copies, the copy of treebank `target` is added to the
    /// plain weights (the others are dropped).
    pub(crate) fn finish(&self, min_abs: f32, target: usize) -> Weights {
        let c = self.c;
        let mut feats: Vec<(u64, u32)> = self.index.iter().map(|(&f, &r)| (f, r)).collect();
        feats.sort_unstable();
        let dom = self.dom_index.get(target);
        let mut max = 0f32;
        let mut kept: Vec<(u64, Vec<(u16, f32)>)> = Vec::with_capacity(feats.len());
        let mut acc: Vec<(u16, f64)> = Vec::new();
        for (f, r) in feats {
            acc.clear();
            let extra = dom.and_then(|ix| ix.get(&f)).map(|&r| r as usize);
            for r in std::iter::once(r as usize).chain(extra) {
                for &(k, w, s) in &self.rows[r] {
                    let a = w as f64 - s / c;
                    match acc.iter_mut().find(|e| e.0 == k) {
                        Some(e) => e.1 += a,
                        None => acc.push((k, a)),
                    }
                }
            }
            let mut row: Vec<(u16, f32)> = acc
                .iter()
                .map(|&(k, a)| (k, a as f32))
                .filter(|&(_, a)| a.abs() >= min_abs && a != 0.0)
                .collect();
            if row.is_empty() {
                continue;
            }
            row.sort_unstable_by_key(|e| e.0);
            for &(_, a) in &row {
                max = max.max(a.abs());
            }
            kept.push((f, row));
        }
        let scale = (max / 32767.0).max(QUANT_STEP);
        let mut w = Weights::with_features(self.n, scale, kept.len());
        for (f, row) in kept {
            let start = w.entries.len() as u32;
            for (k, a) in row {
                let q = (a / scale).round().clamp(-32767.0, 32767.0) as i16;
                if q != 0 {
                    w.entries.push(Entry { cls: k, val: q });
                }
            }
            let len = w.entries.len() as u32 - start;
            if len > 0 {
                w.insert(f, start, len);
            }
        }
        w
    }
}

/// The quantisation step of weights: a sixteenth of one perceptron update,
/// fine enough that scores do not change measurably (en_ewt dev LAS 79.54
/// at full precision, 79.56 so), coarse enough that most weights store in
/// one byte.
pub(crate) const QUANT_STEP: f32 = 1.0 / 16.0;

/// One weight: a class and its quantised value.
#[derive(Debug, Clone, Copy)]
struct Entry {
    cls: u16,
    val: i16,
}

/// One slot of the open-addressing feature table: the feature hash (0 =
/// empty) and where its entries lie — or, for features with one or two
/// weights (most of them), the weights themselves, packed as
/// `INLINE | class << 16 | value` (`b == NO_ENTRY` when there is one), which
/// saves a cache miss per lookup.
#[derive(Debug, Clone, Copy, Default)]
struct Slot {
    /// The feature's key ([`slot_key`]), 0 for an empty slot.
    key: u64,
    a: u32,
    b: u32,
}

const INLINE: u32 = 1 << 31;
const NO_ENTRY: u32 = u32::MAX;

#[inline]
fn pack(e: Entry) -> u32 {
    ((e.cls as u32) << 16) | e.val as u16 as u32
}

#[inline]
fn unpack(x: u32) -> Entry {
    Entry {
        cls: ((x >> 16) & 0x7fff) as u16,
        val: x as u16 as i16,
    }
}

#[derive(Debug)]
/// Finished perceptron weights, ready to score: a linear-probing table of
/// features, each pointing at a contiguous run of `(class, i16)` entries, so
/// a lookup costs about two cache lines.
pub(crate) struct Weights {
    n: usize,
    scale: f32,
    slots: Vec<Slot>,
    mask: usize,
    /// A key's home slot is its top bits: `key >> shift`, so keys read in
    /// sorted order fill the table from front to back.
    shift: u32,
    entries: Vec<Entry>,
}

/// Hints the CPU to start loading the cache line holding `x`.
#[inline(always)]
fn prefetch<T>(x: &T) {
    #[cfg(target_arch = "x86_64")]
    {
        use std::arch::x86_64::{_mm_prefetch, _MM_HINT_T0};
        // SAFETY: a prefetch is only a hint: it never faults and has no
        // effect on memory; `x` is a valid reference.
        unsafe { _mm_prefetch::<_MM_HINT_T0>((x as *const T).cast::<i8>()) };
    }
    #[cfg(not(target_arch = "x86_64"))]
    let _ = x;
}

/// Bits of a feature hash that are kept: 40 bits make a lookup of a
/// feature the model lacks hit another feature's weights about once in
/// 400,000 lookups (with 2.5 million features), and let sorted keys be
/// stored as small deltas.
const KEY_BITS: u32 = 40;

#[inline]
fn slot_key(f: u64) -> u64 {
    (f & ((1u64 << KEY_BITS) - 1)).max(1)
}

impl Weights {
    fn with_features(n: usize, scale: f32, nf: usize) -> Weights {
        let cap = (nf + nf / 3 + 1).next_power_of_two().max(8);
        Weights {
            n,
            scale,
            slots: vec![Slot::default(); cap],
            mask: cap - 1,
            shift: KEY_BITS.saturating_sub(cap.trailing_zeros()),
            entries: Vec::new(),
        }
    }

    /// Records feature `f`'s entries, `entries[start..start + len]`,
    /// moving them into the slot when there are at most two.
    fn insert(&mut self, f: u64, start: u32, len: u32) {
        let (a, b) = if (1..=2).contains(&len) && self.n <= 0x7fff {
            let s = start as usize;
            let a = INLINE | pack(self.entries[s]);
            let b = self.entries.get(s + 1).map_or(NO_ENTRY, |&e| pack(e));
            self.entries.truncate(s);
            (a, b)
        } else {
            (start, len)
        };
        let k = slot_key(f);
        let mut i = self.home(k);
        loop {
            let s = &mut self.slots[i];
            if s.key == 0 || s.key == k {
                *s = Slot { key: k, a, b };
                return;
            }
            i = (i + 1) & self.mask;
        }
    }

    /// The first slot to probe for key `k`.
    #[inline]
    fn home(&self, k: u64) -> usize {
        (k >> self.shift) as usize & self.mask
    }

    #[inline]
    fn find(&self, f: u64) -> Option<Slot> {
        let k = slot_key(f);
        let mut i = self.home(k);
        loop {
            let s = self.slots[i];
            if s.key == k {
                return Some(s);
            }
            if s.key == 0 {
                return None;
            }
            i = (i + 1) & self.mask;
        }
    }

    /// Number of classes.
    pub(crate) fn classes(&self) -> usize {
        self.n
    }

    /// Number of stored (feature, class) weights.
    pub(crate) fn entries(&self) -> usize {
        self.entries.len()
            + self
                .slots
                .iter()
                .filter(|s| s.key != 0 && s.a & INLINE != 0)
                .map(|s| 1 + (s.b != NO_ENTRY) as usize)
                .sum::<usize>()
    }

    /// Scores of every class, in quantisation units (only their order
    /// matters). Looks every feature up first, then adds, so the table's
    /// cache misses overlap.
    #[inline]
    pub(crate) fn score(&self, feats: &[u64], out: &mut Vec<f32>) {
        out.clear();
        out.resize(self.n, 0.0);
        let mut found = [(0u32, 0u32); 128];
        let mut m = 0;
        // Ask for every feature's slot at once, so the cache misses overlap.
        for &f in feats.iter().take(128) {
            prefetch(&self.slots[self.home(slot_key(f))]);
        }
        for &f in feats.iter().take(128) {
            if let Some(s) = self.find(f) {
                if s.a & INLINE != 0 {
                    for x in [s.a, s.b] {
                        if x != NO_ENTRY {
                            let en = unpack(x);
                            if let Some(o) = out.get_mut(en.cls as usize) {
                                *o += en.val as f32;
                            }
                        }
                    }
                } else {
                    found[m] = (s.a, s.b);
                    m += 1;
                }
            }
        }
        for &(s, _) in &found[..m] {
            if let Some(e) = self.entries.get(s as usize) {
                prefetch(e);
            }
        }
        for &(s, l) in &found[..m] {
            let (s, e) = (s as usize, s as usize + l as usize);
            if let Some(run) = self.entries.get(s..e) {
                for en in run {
                    if let Some(o) = out.get_mut(en.cls as usize) {
                        *o += en.val as f32;
                    }
                }
            }
        }
    }

    /// The entries of every feature, sorted by feature.
    fn rows(&self) -> Vec<(u64, Vec<Entry>)> {
        let mut feats: Vec<Slot> = self.slots.iter().copied().filter(|s| s.key != 0).collect();
        feats.sort_unstable_by_key(|s| s.key);
        feats
            .into_iter()
            .map(|s| {
                let run: Vec<Entry> = if s.a & INLINE != 0 {
                    [s.a, s.b]
                        .into_iter()
                        .filter(|&x| x != NO_ENTRY)
                        .map(unpack)
                        .collect()
                } else {
                    self.entries[s.a as usize..(s.a + s.b) as usize].to_vec()
                };
                (s.key, run)
            })
            .collect()
    }

    /// A copy without the weights whose absolute value is below `min_abs`,
    /// the others rounded to multiples of `step` when it is coarser than
    /// the current quantisation (small values store in fewer bytes).
    pub(crate) fn pruned(&self, min_abs: f32, step: Option<f32>) -> Weights {
        let scale = match step {
            Some(st) if st > self.scale => st,
            _ => self.scale,
        };
        let rows: Vec<(u64, Vec<Entry>)> = self
            .rows()
            .into_iter()
            .map(|(k, run)| {
                let run: Vec<Entry> = run
                    .into_iter()
                    .filter(|e| (e.val as f32 * self.scale).abs() >= min_abs)
                    .map(|e| Entry {
                        cls: e.cls,
                        val: (e.val as f32 * self.scale / scale)
                            .round()
                            .clamp(-32767.0, 32767.0) as i16,
                    })
                    .filter(|e| e.val != 0)
                    .collect();
                (k, run)
            })
            .filter(|(_, run)| !run.is_empty())
            .collect();
        let mut w = Weights::with_features(self.n, scale, rows.len());
        for (k, run) in rows {
            let start = w.entries.len() as u32;
            let len = run.len() as u32;
            w.entries.extend(run);
            w.insert(k, start, len);
        }
        w
    }

    /// Writes the weights compactly (format 2): features sorted by key,
    /// each as the key's difference from the previous one shifted left by
    /// two bits that hold its number of entries (3: the number follows),
    /// then each entry's class and zigzag-coded value, all as
    /// variable-length integers.
    pub(crate) fn write(&self, w: &mut Writer) {
        w.u32(self.n as u32);
        w.f32(self.scale);
        let rows = self.rows();
        w.u32(rows.len() as u32);
        let mut last = 0u64;
        for (key, run) in rows {
            let m = run.len() as u64;
            w.var((key - last) << 2 | m.min(3));
            if m >= 3 {
                w.var(m);
            }
            last = key;
            for e in run {
                w.var(e.cls as u64);
                let v = e.val as i32;
                w.var(((v << 1) ^ (v >> 31)) as u32 as u64);
            }
        }
    }

    /// Reads weights written by format `version` (1: fixed-width fields).
    pub(crate) fn read(r: &mut Reader, version: u32) -> Result<Self, NlpError> {
        let n = r.u32()? as usize;
        let scale = r.f32()?;
        let nf = r.count(if version >= 2 { 1 } else { 10 })?;
        let mut w = Weights::with_features(n, scale, nf);
        let bad_class = |cls: usize| {
            NlpError::Format(format!(
                "weight for class {cls} but the model has {n} classes: corrupt file"
            ))
        };
        let mut key = 0u64;
        for _ in 0..nf {
            let start = w.entries.len() as u32;
            let m;
            if version >= 2 {
                let d = r.var()?;
                key = key.wrapping_add(d >> 2);
                m = if d & 3 == 3 {
                    r.var()? as usize
                } else {
                    (d & 3) as usize
                };
                if m > n {
                    return Err(NlpError::Format(format!(
                        "a feature with {m} weights but the model has {n} classes: corrupt file"
                    )));
                }
                for _ in 0..m {
                    let cls = r.var()? as usize;
                    if cls >= n {
                        return Err(bad_class(cls));
                    }
                    let z = r.var()? as u32;
                    let val = ((z >> 1) as i32 ^ -((z & 1) as i32)) as i16;
                    w.entries.push(Entry {
                        cls: cls as u16,
                        val,
                    });
                }
            } else {
                key = r.u64()?;
                m = r.u16()? as usize;
                let raw = r.bytes(m * 4)?;
                for e in raw.chunks_exact(4) {
                    let cls = u16::from_le_bytes([e[0], e[1]]);
                    if cls as usize >= n {
                        return Err(bad_class(cls as usize));
                    }
                    let val = i16::from_le_bytes([e[2], e[3]]);
                    w.entries.push(Entry { cls, val });
                }
            }
            w.insert(key, start, m as u32);
        }
        Ok(w)
    }
}

/// Index of the highest score.
#[inline]
pub(crate) fn argmax(scores: &[f32]) -> usize {
    let mut best = 0;
    let mut bv = f32::NEG_INFINITY;
    for (i, &s) in scores.iter().enumerate() {
        if s > bv {
            bv = s;
            best = i;
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Two treebanks that disagree on one feature's class: the finished
    /// model follows the target treebank, and one treebank's trainer is
    /// the plain trainer.
    #[test]
    fn treebank_copies_follow_the_target() {
        let f = [0x1234_5678_9abc_u64, 0x7777_u64];
        let mut t = Trainer::with_domains(2, 2);
        for k in 0..6 {
            let d = k % 2;
            t.set_domain(d);
            t.update(&f, d, 1 - d);
            t.tick();
        }
        let mut scores = Vec::new();
        for target in 0..2 {
            t.finish(0.0, target).score(&f, &mut scores);
            assert_eq!(argmax(&scores), target, "target {target}: {scores:?}");
        }
        // One treebank: no copies.
        let mut a = Trainer::new(2);
        let mut b = Trainer::with_domains(2, 1);
        for t in [&mut a, &mut b] {
            t.set_domain(0);
            t.update(&f, 0, 1);
            t.tick();
        }
        let (mut sa, mut sb) = (Vec::new(), Vec::new());
        a.finish(0.0, 0).score(&f, &mut sa);
        b.finish(0.0, 0).score(&f, &mut sb);
        assert_eq!(sa, sb);
    }
}
