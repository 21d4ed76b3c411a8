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
pub(crate) struct Trainer {
    n: usize,
    index: HMap<u32>,
    rows: Vec<Vec<(u16, f32, f64)>>,
    c: f64,
}

impl Trainer {
    pub(crate) fn new(n_classes: usize) -> Self {
        Trainer {
            n: n_classes,
            index: HMap::default(),
            rows: Vec::new(),
            c: 1.0,
        }
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
        for &f in feats {
            let next = self.rows.len() as u32;
            let r = *self.index.entry(f).or_insert(next) as usize;
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

    /// The averaged, pruned, quantised model. Entries whose averaged weight
    /// is below `min_abs` are dropped.
    pub(crate) fn finish(self, min_abs: f32) -> Weights {
        let c = self.c;
        let mut feats: Vec<(u64, u32)> = self.index.into_iter().collect();
        feats.sort_unstable();
        let mut max = 0f32;
        let mut kept: Vec<(u64, Vec<(u16, f32)>)> = Vec::with_capacity(feats.len());
        for (f, r) in feats {
            let mut row: Vec<(u16, f32)> = self.rows[r as usize]
                .iter()
                .map(|&(k, w, s)| (k, (w as f64 - s / c) as f32))
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
        let scale = if max > 0.0 { max / 32767.0 } else { 1.0 };
        let mut w = Weights {
            n: self.n,
            scale,
            index: HMap::default(),
            cls: Vec::new(),
            val: Vec::new(),
        };
        w.index.reserve(kept.len());
        for (f, row) in kept {
            let start = w.cls.len() as u32;
            for (k, a) in row {
                let q = (a / scale).round().clamp(-32767.0, 32767.0) as i16;
                if q != 0 {
                    w.cls.push(k);
                    w.val.push(q as f32 * scale);
                }
            }
            let end = w.cls.len() as u32;
            if end > start {
                w.index.insert(f, (start, end));
            }
        }
        w
    }
}

/// Finished perceptron weights, ready to score.
pub(crate) struct Weights {
    n: usize,
    scale: f32,
    index: HMap<(u32, u32)>,
    cls: Vec<u16>,
    val: Vec<f32>,
}

impl Weights {
    /// Number of classes.
    pub(crate) fn classes(&self) -> usize {
        self.n
    }

    /// Number of stored (feature, class) weights.
    pub(crate) fn entries(&self) -> usize {
        self.cls.len()
    }

    /// Scores of every class.
    #[inline]
    pub(crate) fn score(&self, feats: &[u64], out: &mut Vec<f32>) {
        out.clear();
        out.resize(self.n, 0.0);
        for f in feats {
            if let Some(&(s, e)) = self.index.get(f) {
                let (s, e) = (s as usize, e as usize);
                for (k, v) in self.cls[s..e].iter().zip(&self.val[s..e]) {
                    out[*k as usize] += *v;
                }
            }
        }
    }

    pub(crate) fn write(&self, w: &mut Writer) {
        w.u32(self.n as u32);
        w.f32(self.scale);
        let mut feats: Vec<(&u64, &(u32, u32))> = self.index.iter().collect();
        feats.sort_unstable_by_key(|(f, _)| **f);
        w.u32(feats.len() as u32);
        for (f, &(s, e)) in feats {
            w.u64(*f);
            w.u16((e - s) as u16);
            for i in s as usize..e as usize {
                w.u16(self.cls[i]);
                w.u16((self.val[i] / self.scale).round() as i16 as u16);
            }
        }
    }

    pub(crate) fn read(r: &mut Reader) -> Result<Self, NlpError> {
        let n = r.u32()? as usize;
        let scale = r.f32()?;
        let nf = r.count(10)?;
        let mut w = Weights {
            n,
            scale,
            index: HMap::default(),
            cls: Vec::new(),
            val: Vec::new(),
        };
        w.index.reserve(nf);
        for _ in 0..nf {
            let f = r.u64()?;
            let m = r.u16()? as usize;
            let start = w.cls.len() as u32;
            let raw = r.bytes(m * 4)?;
            for e in raw.chunks_exact(4) {
                let k = u16::from_le_bytes([e[0], e[1]]);
                if k as usize >= n {
                    return Err(NlpError::Format(format!(
                        "weight for class {k} but the model has {n} classes: corrupt file"
                    )));
                }
                let q = i16::from_le_bytes([e[2], e[3]]);
                w.cls.push(k);
                w.val.push(q as f32 * scale);
            }
            w.index.insert(f, (start, w.cls.len() as u32));
        }
        Ok(w)
    }
}

/// Index of the highest score among `allowed` classes (all when `None`).
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
