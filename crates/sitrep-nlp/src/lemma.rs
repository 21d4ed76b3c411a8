//! Lemmatizer: edit scripts (UDPipe-style "cut n characters, append s",
//! optionally on the lowercased form) chosen from a (form, tag) table seen
//! in training, else by the longest known suffix for the word's UPOS.

use std::collections::HashMap;

use crate::hash::{feat, hash_str, HMap};
use crate::io::{Reader, Writer};
use crate::NlpError;

/// Longest suffix (in characters) used to guess the script of an unknown
/// word.
const MAX_SUFFIX: usize = 7;

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct Script {
    lower: bool,
    cut: u16,
    add: String,
}

impl Script {
    fn derive(form: &str, lemma: &str) -> Script {
        let best = |base: &str, lower: bool| {
            let common = base
                .chars()
                .zip(lemma.chars())
                .take_while(|(a, b)| a == b)
                .count();
            let cut = base.chars().count() - common;
            let add: String = lemma.chars().skip(common).collect();
            (
                common,
                Script {
                    lower,
                    cut: cut.min(u16::MAX as usize) as u16,
                    add,
                },
            )
        };
        let (c1, s1) = best(form, false);
        let low = form.to_lowercase();
        let (c2, s2) = best(&low, true);
        if c2 > c1 {
            s2
        } else {
            s1
        }
    }

    fn apply(&self, form: &str, out: &mut String) -> bool {
        out.clear();
        if self.lower {
            out.extend(form.chars().flat_map(char::to_lowercase));
        } else {
            out.push_str(form);
        }
        let n = out.chars().count();
        if self.cut as usize > n || (self.cut as usize == n && self.add.is_empty()) {
            return false;
        }
        let keep = n - self.cut as usize;
        let byte = out
            .char_indices()
            .nth(keep)
            .map(|(i, _)| i)
            .unwrap_or(out.len());
        out.truncate(byte);
        out.push_str(&self.add);
        true
    }
}

fn suffix_key(lower: &str, upos: u64, k: usize) -> Option<u64> {
    let start = if k == 0 {
        lower.len()
    } else {
        lower.char_indices().rev().nth(k - 1)?.0
    };
    Some(feat(41, upos, k as u64, hash_str(&lower[start..])))
}

/// The learned lemmatizer.
#[derive(Debug, Default)]
pub(crate) struct Lemmatizer {
    scripts: Vec<Script>,
    exact: HMap<u32>,
    suffix: HMap<u32>,
}

impl Lemmatizer {
    /// Learns from `(form, tag class, UPOS id, lemma)` examples.
    pub(crate) fn train<'a>(examples: impl Iterator<Item = (&'a str, u16, u16, &'a str)>) -> Self {
        let mut ids: HashMap<Script, u32> = HashMap::new();
        let mut scripts = Vec::new();
        let mut exact: HMap<HashMap<u32, u32>> = HMap::default();
        let mut suffix: HMap<HashMap<u32, u32>> = HMap::default();
        for (form, tag, upos, lemma) in examples {
            if lemma == "_" || lemma.is_empty() {
                continue;
            }
            let s = Script::derive(form, lemma);
            let id = *ids.entry(s.clone()).or_insert_with(|| {
                scripts.push(s);
                scripts.len() as u32 - 1
            });
            *exact
                .entry(feat(40, hash_str(form), tag as u64, 0))
                .or_default()
                .entry(id)
                .or_default() += 1;
            let lower = form.to_lowercase();
            for k in 0..=MAX_SUFFIX.min(lower.chars().count()) {
                if let Some(key) = suffix_key(&lower, upos as u64, k) {
                    *suffix.entry(key).or_default().entry(id).or_default() += 1;
                }
            }
        }
        let best = |m: HashMap<u32, u32>| {
            m.into_iter()
                .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0)))
        };
        let mut l = Lemmatizer {
            scripts,
            ..Default::default()
        };
        for (k, m) in exact {
            if let Some((id, _)) = best(m) {
                l.exact.insert(k, id);
            }
        }
        for (k, m) in suffix {
            let total: u32 = m.values().sum();
            if let Some((id, n)) = best(m) {
                // Keep a suffix rule only when seen at least twice, or when
                // it is the last resort (k = 0 is keyed separately).
                if total >= 2 || n == total {
                    l.suffix.insert(k, id);
                }
            }
        }
        l
    }

    /// The lemma of `form` with tag class `tag` and UPOS id `upos`.
    pub(crate) fn lemma(&self, form: &str, tag: u16, upos: u16, out: &mut String) {
        if let Some(&id) = self.exact.get(&feat(40, hash_str(form), tag as u64, 0)) {
            if let Some(s) = self.scripts.get(id as usize) {
                if s.apply(form, out) {
                    return;
                }
            }
        }
        let lower = form.to_lowercase();
        let n = lower.chars().count();
        for k in (0..=MAX_SUFFIX.min(n)).rev() {
            let Some(key) = suffix_key(&lower, upos as u64, k) else {
                continue;
            };
            if let Some(&id) = self.suffix.get(&key) {
                if let Some(s) = self.scripts.get(id as usize) {
                    if s.apply(form, out) {
                        return;
                    }
                }
            }
        }
        out.clear();
        out.push_str(form);
    }

    pub(crate) fn write(&self, w: &mut Writer) {
        w.u32(self.scripts.len() as u32);
        for s in &self.scripts {
            w.u8(s.lower as u8);
            w.u16(s.cut);
            w.str(&s.add);
        }
        for m in [&self.exact, &self.suffix] {
            let mut v: Vec<(&u64, &u32)> = m.iter().collect();
            v.sort_unstable();
            w.u32(v.len() as u32);
            for (k, id) in v {
                w.u64(*k);
                w.u32(*id);
            }
        }
    }

    pub(crate) fn read(r: &mut Reader) -> Result<Self, NlpError> {
        let n = r.count(7)?;
        let mut l = Lemmatizer::default();
        for _ in 0..n {
            let lower = r.u8()? != 0;
            let cut = r.u16()?;
            let add = r.str()?;
            l.scripts.push(Script { lower, cut, add });
        }
        for which in 0..2 {
            let m = r.count(12)?;
            let map = if which == 0 {
                &mut l.exact
            } else {
                &mut l.suffix
            };
            map.reserve(m);
            for _ in 0..m {
                let k = r.u64()?;
                let id = r.u32()?;
                if id as usize >= n {
                    return Err(NlpError::Format(format!(
                        "lemma script {id} out of range ({n} scripts): corrupt file"
                    )));
                }
                map.insert(k, id);
            }
        }
        Ok(l)
    }
}
