//! The CoNLL 2018 shared task scorer (`conll18_ud_eval.py`, v1.2), in Rust.
//!
//! Definitions follow the official script exactly: system and gold words
//! are aligned through character offsets in the concatenation of all token
//! forms with whitespace (Unicode category Zs) removed; words inside
//! multiword tokens are aligned by LCS on lowercased forms within each
//! "multiword span"; every metric is an F1 score; only universal features
//! count for UFeats, AllTags and MLAS; deprel subtypes are ignored; CLAS,
//! MLAS and BLEX count content relations only, and MLAS also compares the
//! functional children (`aux cop mark det clf case cc`).

use sitrep_model::Sentence;

const CONTENT: &[&str] = &[
    "nsubj",
    "obj",
    "iobj",
    "csubj",
    "ccomp",
    "xcomp",
    "obl",
    "vocative",
    "expl",
    "dislocated",
    "advcl",
    "advmod",
    "discourse",
    "nmod",
    "appos",
    "nummod",
    "acl",
    "amod",
    "conj",
    "fixed",
    "flat",
    "compound",
    "list",
    "parataxis",
    "orphan",
    "goeswith",
    "reparandum",
    "root",
    "dep",
];
const FUNCTIONAL: &[&str] = &["aux", "cop", "mark", "det", "clf", "case", "cc"];
const UNIVERSAL_FEATURES: &[&str] = &[
    "PronType", "NumType", "Poss", "Reflex", "Foreign", "Abbr", "Gender", "Animacy", "Number",
    "Case", "Definite", "Degree", "VerbForm", "Mood", "Tense", "Aspect", "Voice", "Evident",
    "Polarity", "Person", "Polite",
];

/// The metric names, in the official order.
pub const METRICS: [&str; 13] = [
    "Tokens",
    "Sentences",
    "Words",
    "UPOS",
    "XPOS",
    "UFeats",
    "AllTags",
    "Lemmas",
    "UAS",
    "LAS",
    "CLAS",
    "MLAS",
    "BLEX",
];

/// Why two files cannot be compared.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct EvalError(pub String);

/// Counts behind one metric.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Score {
    /// Correct system units.
    pub correct: usize,
    /// Gold units.
    pub gold: usize,
    /// System units.
    pub system: usize,
    /// Aligned words, for the metrics computed on aligned words.
    pub aligned: Option<usize>,
}

impl Score {
    /// correct / system.
    pub fn precision(&self) -> f64 {
        if self.system == 0 {
            0.0
        } else {
            self.correct as f64 / self.system as f64
        }
    }
    /// correct / gold.
    pub fn recall(&self) -> f64 {
        if self.gold == 0 {
            0.0
        } else {
            self.correct as f64 / self.gold as f64
        }
    }
    /// 2 · correct / (system + gold).
    pub fn f1(&self) -> f64 {
        let d = self.system + self.gold;
        if d == 0 {
            0.0
        } else {
            2.0 * self.correct as f64 / d as f64
        }
    }
    /// correct / aligned, when defined.
    pub fn aligned_accuracy(&self) -> Option<f64> {
        self.aligned
            .filter(|&a| a > 0)
            .map(|a| self.correct as f64 / a as f64)
    }
}

/// All thirteen metrics.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Evaluation {
    /// `(name, score)` in [`METRICS`] order.
    pub scores: Vec<(&'static str, Score)>,
}

impl Evaluation {
    /// The score of one metric by name.
    pub fn get(&self, name: &str) -> Option<Score> {
        self.scores
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, s)| *s)
    }

    /// The official verbose table.
    pub fn table(&self) -> String {
        let mut out = String::from(
            "Metric     | Precision |    Recall |  F1 Score | AligndAcc\n-----------+-----------+-----------+-----------+-----------\n",
        );
        for (name, s) in &self.scores {
            let acc = s
                .aligned_accuracy()
                .map(|a| format!("{:10.2}", 100.0 * a))
                .unwrap_or_default();
            out.push_str(&format!(
                "{:11}|{:10.2} |{:10.2} |{:10.2} |{}\n",
                name,
                100.0 * s.precision(),
                100.0 * s.recall(),
                100.0 * s.f1(),
                acc
            ));
        }
        out
    }
}

struct Word {
    span: (usize, usize),
    mw: bool,
    form: String,
    lemma: String,
    upos: String,
    xpos: String,
    feats: String,
    deprel: String,
    parent: Option<usize>,
    content: bool,
    functional: bool,
    children: Vec<usize>,
}

struct Ud {
    chars: Vec<char>,
    tokens: Vec<(usize, usize)>,
    words: Vec<Word>,
    sentences: Vec<(usize, usize)>,
}

fn is_zs(c: char) -> bool {
    matches!(
        c,
        '\u{20}' | '\u{a0}' | '\u{1680}' | '\u{2000}'
            ..='\u{200a}' | '\u{202f}' | '\u{205f}' | '\u{3000}'
    )
}

fn dash(s: &str) -> String {
    if s.is_empty() {
        "_".into()
    } else {
        s.to_string()
    }
}

fn universal_feats(f: &str) -> String {
    let mut v: Vec<&str> = f
        .split('|')
        .filter(|x| UNIVERSAL_FEATURES.contains(&x.split('=').next().unwrap_or("")))
        .collect();
    v.sort_unstable();
    v.join("|")
}

fn load(sents: &[Sentence], which: &str) -> Result<Ud, EvalError> {
    let mut ud = Ud {
        chars: Vec::new(),
        tokens: Vec::new(),
        words: Vec::new(),
        sentences: Vec::new(),
    };
    for (si, s) in sents.iter().enumerate() {
        let sstart = ud.chars.len();
        let wstart = ud.words.len();
        let mut i = 0;
        while i < s.tokens.len() {
            let mwt = s
                .multiword
                .iter()
                .find(|m| m.first as usize == i && m.last as usize >= i);
            let (form, last) = match mwt {
                Some(m) => (m.form.as_str(), (m.last as usize).min(s.tokens.len() - 1)),
                None => (s.tokens[i].form.as_str(), i),
            };
            let chars: Vec<char> = form.chars().filter(|&c| !is_zs(c)).collect();
            if chars.is_empty() {
                return Err(EvalError(format!(
                    "{which} sentence {}: there is an empty FORM",
                    si + 1
                )));
            }
            let span = (ud.chars.len(), ud.chars.len() + chars.len());
            ud.chars.extend(chars);
            ud.tokens.push(span);
            for t in &s.tokens[i..=last] {
                if t.head as usize > s.tokens.len() {
                    return Err(EvalError(format!(
                        "{which} sentence {}: HEAD {} points outside of the sentence",
                        si + 1,
                        t.head
                    )));
                }
                let deprel = dash(&t.deprel).split(':').next().unwrap_or("_").to_string();
                ud.words.push(Word {
                    span,
                    mw: mwt.is_some(),
                    form: if mwt.is_some() {
                        t.form.clone()
                    } else {
                        t.form.chars().filter(|&c| !is_zs(c)).collect()
                    },
                    lemma: dash(&t.lemma),
                    upos: dash(&t.upos),
                    xpos: dash(&t.xpos),
                    feats: universal_feats(&dash(&t.feats)),
                    content: CONTENT.contains(&deprel.as_str()),
                    functional: FUNCTIONAL.contains(&deprel.as_str()),
                    deprel,
                    parent: if t.head == 0 {
                        None
                    } else {
                        Some(wstart + t.head as usize - 1)
                    },
                    children: Vec::new(),
                });
            }
            i = last + 1;
        }
        let n = ud.words.len() - wstart;
        // Cycles and roots, as the official loader checks them.
        for k in wstart..ud.words.len() {
            let mut cur = ud.words[k].parent;
            let mut steps = 0;
            while let Some(p) = cur {
                steps += 1;
                if steps > n {
                    return Err(EvalError(format!(
                        "{which} sentence {}: there is a cycle",
                        si + 1
                    )));
                }
                cur = ud.words[p].parent;
            }
        }
        let roots = ud.words[wstart..]
            .iter()
            .filter(|w| w.parent.is_none())
            .count();
        if roots != 1 {
            return Err(EvalError(format!(
                "{which} sentence {}: {roots} roots (a tree has exactly one)",
                si + 1
            )));
        }
        for k in wstart..ud.words.len() {
            if let (Some(p), true) = (ud.words[k].parent, ud.words[k].functional) {
                ud.words[p].children.push(k);
            }
        }
        ud.sentences.push((sstart, ud.chars.len()));
    }
    Ok(ud)
}

fn spans_score(gold: &[(usize, usize)], system: &[(usize, usize)]) -> Score {
    let (mut correct, mut gi, mut si) = (0, 0, 0);
    while gi < gold.len() && si < system.len() {
        if system[si].0 < gold[gi].0 {
            si += 1;
        } else if gold[gi].0 < system[si].0 {
            gi += 1;
        } else {
            correct += (gold[gi].1 == system[si].1) as usize;
            si += 1;
            gi += 1;
        }
    }
    Score {
        correct,
        gold: gold.len(),
        system: system.len(),
        aligned: None,
    }
}

fn beyond_end(words: &[Word], i: usize, end: usize) -> bool {
    if i >= words.len() {
        return true;
    }
    if words[i].mw {
        return words[i].span.0 >= end;
    }
    words[i].span.1 > end
}

fn extend_end(w: &Word, end: usize) -> usize {
    if w.mw && w.span.1 > end {
        w.span.1
    } else {
        end
    }
}

/// Aligned `(gold, system)` word index pairs.
fn align(g: &[Word], s: &[Word]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let (mut gi, mut si) = (0usize, 0usize);
    while gi < g.len() && si < s.len() {
        if g[gi].mw || s[si].mw {
            // Find the multiword span.
            let mut end;
            if g[gi].mw {
                end = g[gi].span.1;
                if !s[si].mw && s[si].span.0 < g[gi].span.0 {
                    si += 1;
                }
            } else {
                end = s[si].span.1;
                if !g[gi].mw && g[gi].span.0 < s[si].span.0 {
                    gi += 1;
                }
            }
            let (gs, ss) = (gi, si);
            while !beyond_end(g, gi, end) || !beyond_end(s, si, end) {
                if gi < g.len() && (si >= s.len() || g[gi].span.0 <= s[si].span.0) {
                    end = extend_end(&g[gi], end);
                    gi += 1;
                } else {
                    end = extend_end(&s[si], end);
                    si += 1;
                }
            }
            if si > ss && gi > gs {
                let (ng, ns) = (gi - gs, si - ss);
                let eq = |a: usize, b: usize| {
                    g[gs + a].form.to_lowercase() == s[ss + b].form.to_lowercase()
                };
                let mut lcs = vec![vec![0usize; ns + 1]; ng + 1];
                for a in (0..ng).rev() {
                    for b in (0..ns).rev() {
                        let mut v = if eq(a, b) { 1 + lcs[a + 1][b + 1] } else { 0 };
                        v = v.max(lcs[a + 1][b]).max(lcs[a][b + 1]);
                        lcs[a][b] = v;
                    }
                }
                let (mut a, mut b) = (0, 0);
                while a < ng && b < ns {
                    if eq(a, b) {
                        out.push((gs + a, ss + b));
                        a += 1;
                        b += 1;
                    } else if lcs[a][b] == lcs[a + 1][b] {
                        a += 1;
                    } else {
                        b += 1;
                    }
                }
            }
        } else if g[gi].span == s[si].span {
            out.push((gi, si));
            gi += 1;
            si += 1;
        } else if g[gi].span.0 <= s[si].span.0 {
            gi += 1;
        } else {
            si += 1;
        }
    }
    out
}

/// Scores system sentences against gold ones with the CoNLL 2018 metrics.
/// Fails, as the official script does, when the two do not spell the same
/// characters, or a tree is malformed.
pub fn evaluate(gold: &[Sentence], system: &[Sentence]) -> Result<Evaluation, EvalError> {
    let g = load(gold, "gold")?;
    let s = load(system, "system")?;
    if g.chars != s.chars {
        let i = g
            .chars
            .iter()
            .zip(&s.chars)
            .take_while(|(a, b)| a == b)
            .count();
        let gs: String = g.chars.iter().skip(i).take(20).collect();
        let ss: String = s.chars.iter().skip(i).take(20).collect();
        return Err(EvalError(format!(
            "the concatenation of tokens in gold file and in system file differ; first 20 differing characters in gold: {gs:?} and system: {ss:?}"
        )));
    }
    let pairs = align(&g.words, &s.words);
    let mut sys_to_gold = vec![usize::MAX; s.words.len()];
    for &(a, b) in &pairs {
        sys_to_gold[b] = a;
    }
    // Parent as a gold index: -1 root, -2 not aligned.
    let gpar = |w: &Word| -> i64 { w.parent.map_or(-1, |p| p as i64) };
    let spar = |w: &Word| -> i64 {
        match w.parent {
            None => -1,
            Some(p) => {
                let m = sys_to_gold[p];
                if m == usize::MAX {
                    -2
                } else {
                    m as i64
                }
            }
        }
    };
    let smap = |i: usize| -> i64 {
        let m = sys_to_gold[i];
        if m == usize::MAX {
            -2
        } else {
            m as i64
        }
    };
    let score = |filter: &dyn Fn(&Word) -> bool, eq: &dyn Fn(&Word, &Word) -> bool| -> Score {
        let gold_n = g.words.iter().filter(|w| filter(w)).count();
        let sys_n = s.words.iter().filter(|w| filter(w)).count();
        let mut aligned = 0;
        let mut correct = 0;
        for &(a, b) in &pairs {
            if filter(&g.words[a]) {
                aligned += 1;
                if eq(&g.words[a], &s.words[b]) {
                    correct += 1;
                }
            }
        }
        Score {
            correct,
            gold: gold_n,
            system: sys_n,
            aligned: Some(aligned),
        }
    };
    let all = |_: &Word| true;
    let content = |w: &Word| w.content;
    let lemma = |gw: &Word, sw: &Word| {
        if gw.lemma != "_" {
            gw.lemma == sw.lemma
        } else {
            true
        }
    };
    let las = |gw: &Word, sw: &Word| gpar(gw) == spar(sw) && gw.deprel == sw.deprel;
    let mlas = |gw: &Word, sw: &Word| {
        if !(las(gw, sw) && gw.upos == sw.upos && gw.feats == sw.feats) {
            return false;
        }
        gw.children.len() == sw.children.len()
            && gw.children.iter().zip(&sw.children).all(|(&gc, &sc)| {
                let (a, b) = (&g.words[gc], &s.words[sc]);
                gc as i64 == smap(sc)
                    && a.deprel == b.deprel
                    && a.upos == b.upos
                    && a.feats == b.feats
            })
    };
    let words = {
        let mut sc = score(&all, &|_, _| true);
        sc.aligned = None;
        sc.correct = pairs.len();
        sc
    };
    let scores = vec![
        ("Tokens", spans_score(&g.tokens, &s.tokens)),
        ("Sentences", spans_score(&g.sentences, &s.sentences)),
        ("Words", words),
        ("UPOS", score(&all, &|a, b| a.upos == b.upos)),
        ("XPOS", score(&all, &|a, b| a.xpos == b.xpos)),
        ("UFeats", score(&all, &|a, b| a.feats == b.feats)),
        (
            "AllTags",
            score(&all, &|a, b| {
                a.upos == b.upos && a.xpos == b.xpos && a.feats == b.feats
            }),
        ),
        ("Lemmas", score(&all, &lemma)),
        ("UAS", score(&all, &|a, b| gpar(a) == spar(b))),
        ("LAS", score(&all, &las)),
        ("CLAS", score(&content, &las)),
        ("MLAS", score(&content, &mlas)),
        ("BLEX", score(&content, &|a, b| las(a, b) && lemma(a, b))),
    ];
    Ok(Evaluation { scores })
}

#[cfg(test)]
mod tests {
    use super::*;
    use sitrep_model::conllu::read_conllu;

    /// Builds sentences the way the official unit tests do: `"abc a b c"` is
    /// a multiword token `abc` of words `a b c`; heads make a chain.
    fn words(spec: &[&str]) -> Vec<Sentence> {
        let mut lines = Vec::new();
        let mut n = 0;
        for w in spec {
            let parts: Vec<&str> = w.split(' ').collect();
            if parts.len() == 1 {
                n += 1;
                lines.push(format!(
                    "{n}\t{}\t_\t_\t_\t_\t{}\t_\t_\t_",
                    parts[0],
                    (n > 1) as u32
                ));
            } else {
                lines.push(format!(
                    "{}-{}\t{}\t_\t_\t_\t_\t_\t_\t_\t_",
                    n + 1,
                    n + parts.len() - 1,
                    parts[0]
                ));
                for p in &parts[1..] {
                    n += 1;
                    lines.push(format!("{n}\t{p}\t_\t_\t_\t_\t{}\t_\t_\t_", (n > 1) as u32));
                }
            }
        }
        let text = lines.join("\n") + "\n\n";
        read_conllu(&text)
            .unwrap()
            .into_iter()
            .map(|c| c.sentence)
            .collect()
    }

    fn words_f1(gold: &[&str], system: &[&str]) -> (usize, usize, usize) {
        let e = evaluate(&words(gold), &words(system)).unwrap();
        let s = e.get("Words").unwrap();
        (s.correct, s.gold, s.system)
    }

    #[test]
    fn alignment_matches_the_official_unit_tests() {
        assert_eq!(words_f1(&["a"], &["a"]).0, 1);
        assert_eq!(words_f1(&["a", "b", "c"], &["a", "b", "c"]).0, 3);
        assert_eq!(words_f1(&["abc a b c"], &["a", "b", "c"]), (3, 3, 3));
        assert_eq!(words_f1(&["a", "bc b c", "d"], &["a", "b", "c", "d"]).0, 4);
        assert_eq!(words_f1(&["abcd a b c d"], &["ab a b", "cd c d"]).0, 4);
        assert_eq!(
            words_f1(&["abc a b c", "de d e"], &["a", "bcd b c d", "e"]).0,
            5
        );
        assert_eq!(words_f1(&["abcd"], &["a", "b", "c", "d"]), (0, 1, 4));
        assert_eq!(words_f1(&["abc", "d"], &["a", "b", "c", "d"]).0, 1);
        assert_eq!(words_f1(&["a", "bc", "d"], &["a", "b", "c", "d"]).0, 2);
        assert_eq!(words_f1(&["a", "bc b c", "d"], &["a", "b", "cd"]).0, 2);
        assert_eq!(
            words_f1(
                &["abc a BX c", "def d EX f"],
                &["ab a b", "cd c d", "ef e f"]
            )
            .0,
            4
        );
        assert_eq!(words_f1(&["ab a b", "cd bc d"], &["a", "bc", "d"]).0, 2);
        assert_eq!(
            words_f1(&["a", "bc b c", "d"], &["ab AX BX", "cd CX a"]).0,
            1
        );
    }

    #[test]
    fn different_characters_are_an_error() {
        assert!(evaluate(&words(&["a"]), &words(&["b"])).is_err());
    }

    const GOLD: &str = "1\tThe\tthe\tDET\tDT\tDefinite=Def|PronType=Art\t2\tdet\t_\t_\n\
2\tdogs\tdog\tNOUN\tNNS\tNumber=Plur\t3\tnsubj\t_\t_\n\
3\tbark\tbark\tVERB\tVBP\tMood=Ind|Tense=Pres|VerbForm=Fin\t0\troot\t_\t_\n\
4\tloudly\tloudly\tADV\tRB\t_\t3\tadvmod\t_\tSpaceAfter=No\n\
5\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";

    #[test]
    fn tags_and_relations_score_as_the_official_script() {
        // System: wrong UPOS on "loudly", a subtype on nsubj (ignored), a
        // language-specific feature (ignored), a wrong head for "The"
        // (a functional child of "dogs": MLAS of "dogs" fails), and a wrong
        // lemma on "dogs".
        let sys = GOLD
            .replace(
                "\tdogs\tdog\tNOUN\tNNS\tNumber=Plur\t3\tnsubj",
                "\tdogs\tdogs\tNOUN\tNNS\tNumber=Plur|Foo=Bar\t3\tnsubj:pass",
            )
            .replace("\tloudly\tloudly\tADV", "\tloudly\tloudly\tADJ")
            .replace(
                "DT\tDefinite=Def|PronType=Art\t2\tdet",
                "DT\tDefinite=Def|PronType=Art\t3\tdet",
            );
        let g: Vec<Sentence> = read_conllu(GOLD)
            .unwrap()
            .into_iter()
            .map(|c| c.sentence)
            .collect();
        let s: Vec<Sentence> = read_conllu(&sys)
            .unwrap()
            .into_iter()
            .map(|c| c.sentence)
            .collect();
        let e = evaluate(&g, &s).unwrap();
        let c = |m: &str| e.get(m).unwrap().correct;
        assert_eq!(c("Words"), 5);
        assert_eq!(c("UPOS"), 4);
        assert_eq!(c("XPOS"), 5);
        assert_eq!(c("UFeats"), 5);
        assert_eq!(c("AllTags"), 4);
        assert_eq!(c("Lemmas"), 4);
        assert_eq!(c("UAS"), 4);
        assert_eq!(c("LAS"), 4);
        // Content words: dogs (nsubj), bark (root), loudly (advmod).
        let clas = e.get("CLAS").unwrap();
        assert_eq!((clas.correct, clas.gold, clas.system), (3, 3, 3));
        // dogs loses its det child; bark gains it; loudly has the wrong UPOS.
        assert_eq!(c("MLAS"), 0);
        // dogs has the wrong lemma.
        assert_eq!(c("BLEX"), 2);
        assert!((e.get("UPOS").unwrap().f1() - 0.8).abs() < 1e-9);
    }

    #[test]
    fn tokens_and_sentences_are_matched_by_span() {
        let g = words(&["ab", "c"]);
        let s = words(&["a", "bc"]);
        let e = evaluate(&g, &s).unwrap();
        assert_eq!(e.get("Tokens").unwrap().correct, 0);
        assert_eq!(e.get("Sentences").unwrap().correct, 1);
    }
}
