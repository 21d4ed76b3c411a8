//! Feature hashing: every feature is a 64-bit hash of its template and
//! values, so no vocabulary is stored and unknown words simply miss.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

const K: u64 = 0x517c_c1b7_2722_0a95;

/// Mixes one value into a running hash (the FxHash step).
#[inline]
pub(crate) fn mix(h: u64, v: u64) -> u64 {
    (h.rotate_left(5) ^ v).wrapping_mul(K)
}

/// Spreads the bits of a hash (MurmurHash3's finaliser).
#[inline]
pub(crate) fn fin(mut h: u64) -> u64 {
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^ (h >> 33)
}

/// Hash of a string (FNV-1a, finalised).
#[inline]
pub(crate) fn hash_str(s: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in s.bytes() {
        h ^= b as u64;
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    fin(h)
}

/// Hash of a word's shape: letters as `X`/`x`, digits as `d`, other
/// characters as themselves, runs longer than two collapsed.
pub(crate) fn shape_hash(w: &str) -> u64 {
    let mut sh = 0x9e37u64;
    let mut last = '\0';
    let mut run = 0;
    for c in w.chars() {
        let m = if c.is_uppercase() {
            'X'
        } else if c.is_alphabetic() {
            'x'
        } else if c.is_numeric() {
            'd'
        } else {
            c
        };
        if m == last {
            run += 1;
            if run >= 2 {
                continue;
            }
        } else {
            run = 0;
            last = m;
        }
        sh = mix(sh, m as u64);
    }
    sh
}

/// A feature from a template number and up to three values.
#[inline]
pub(crate) fn feat(t: u64, a: u64, b: u64, c: u64) -> u64 {
    fin(mix(mix(mix(t.wrapping_mul(K), a), b), c))
}

/// A hasher for keys that are already well-mixed 64-bit hashes.
#[derive(Default, Clone, Copy)]
pub(crate) struct IdHasher(u64);

impl Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = mix(self.0, b as u64);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

/// A map keyed by feature hashes.
pub(crate) type HMap<V> = HashMap<u64, V, BuildHasherDefault<IdHasher>>;

/// A small deterministic random number generator (xorshift64*), so that
/// training is reproducible from its seed.
#[derive(Debug, Clone)]
pub(crate) struct Rng(u64);

impl Rng {
    pub(crate) fn new(seed: u64) -> Self {
        Rng(fin(seed ^ 0x9e37_79b9_7f4a_7c15) | 1)
    }
    pub(crate) fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    /// Uniform in `[0, 1)`.
    pub(crate) fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }
    pub(crate) fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n.max(1) as u64) as usize
    }
    pub(crate) fn shuffle<T>(&mut self, v: &mut [T]) {
        for i in (1..v.len()).rev() {
            let j = self.below(i + 1);
            v.swap(i, j);
        }
    }
}
