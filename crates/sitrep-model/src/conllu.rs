//! CoNLL-U reading and writing for [`Sentence`]s.
//!
//! Reading builds, for every sentence, the text it was written as (the
//! `# text` comment when present, else the forms joined by the `SpaceAfter`
//! rule) and gives every word and multiword token a [`Span`] into that text,
//! so that CoNLL-U and raw-text inputs look the same to later stages.
//! Empty nodes (`8.1`) are skipped: the basic tree does not use them.

use std::fmt::Write as _;

use crate::{MultiwordToken, Sentence, Span, Token};

/// A malformed CoNLL-U line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConlluError {
    /// 1-based line number in the input.
    pub line: usize,
    /// What was wrong.
    pub message: String,
}

impl std::fmt::Display for ConlluError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "CoNLL-U line {}: {}", self.line, self.message)
    }
}

impl std::error::Error for ConlluError {}

/// One sentence read from CoNLL-U: its comments, its text and its words with
/// spans into that text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ConlluSentence {
    /// The `# key = value` comments (a comment without `=` has an empty
    /// value), in order.
    pub comments: Vec<(String, String)>,
    /// The sentence text; spans in [`ConlluSentence::sentence`] point into it.
    pub text: String,
    /// The words and multiword tokens.
    pub sentence: Sentence,
}

impl ConlluSentence {
    /// The value of the first comment with this key (`sent_id`, `text`, …).
    pub fn comment(&self, key: &str) -> Option<&str> {
        self.comments
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }
}

fn field<'a>(cols: &[&'a str], i: usize, line: usize, name: &str) -> Result<&'a str, ConlluError> {
    cols.get(i).copied().ok_or_else(|| ConlluError {
        line,
        message: format!(
            "missing column {} ({name}); a word line has 10 tab-separated columns",
            i + 1
        ),
    })
}

/// Reads every sentence of a CoNLL-U document.
pub fn read_conllu(input: &str) -> Result<Vec<ConlluSentence>, ConlluError> {
    let mut out = Vec::new();
    let mut cur = Pending::default();
    for (n, raw) in input.lines().enumerate() {
        let line_no = n + 1;
        let line = raw.trim_end_matches('\r');
        if line.trim().is_empty() {
            if !cur.is_empty() {
                out.push(std::mem::take(&mut cur).finish());
            }
            continue;
        }
        if let Some(c) = line.strip_prefix('#') {
            let c = c.trim();
            let (k, v) = match c.split_once('=') {
                Some((k, v)) => (k.trim().to_string(), v.trim().to_string()),
                None => (c.to_string(), String::new()),
            };
            cur.comments.push((k, v));
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() != 10 {
            return Err(ConlluError {
                line: line_no,
                message: format!("expected 10 tab-separated columns, found {}", cols.len()),
            });
        }
        let id = field(&cols, 0, line_no, "ID")?;
        if id.contains('.') {
            continue;
        }
        let misc = field(&cols, 9, line_no, "MISC")?;
        let no_space = misc.split('|').any(|m| m == "SpaceAfter=No");
        if let Some((a, b)) = id.split_once('-') {
            let (a, b): (u32, u32) = match (a.parse(), b.parse()) {
                (Ok(a), Ok(b)) if a >= 1 && b >= a => (a, b),
                _ => {
                    return Err(ConlluError {
                        line: line_no,
                        message: format!("bad multiword token range {id:?}"),
                    })
                }
            };
            cur.mwts.push((a - 1, b - 1, cols[1].to_string(), no_space));
            continue;
        }
        let idx: u32 = id.parse().map_err(|_| ConlluError {
            line: line_no,
            message: format!("bad word ID {id:?}"),
        })?;
        if idx as usize != cur.tokens.len() + 1 {
            return Err(ConlluError {
                line: line_no,
                message: format!(
                    "word ID {idx} out of sequence (expected {})",
                    cur.tokens.len() + 1
                ),
            });
        }
        let head_s = field(&cols, 6, line_no, "HEAD")?;
        let head = if head_s == "_" {
            0
        } else {
            head_s.parse().map_err(|_| ConlluError {
                line: line_no,
                message: format!("bad HEAD {head_s:?}"),
            })?
        };
        let deprel = field(&cols, 7, line_no, "DEPREL")?;
        cur.tokens.push(Token {
            form: cols[1].to_string(),
            lemma: cols[2].to_string(),
            upos: cols[3].to_string(),
            xpos: cols[4].to_string(),
            feats: cols[5].to_string(),
            head,
            deprel: if deprel == "_" {
                String::new()
            } else {
                deprel.to_string()
            },
            span: Span::default(),
            no_space_after: no_space,
        });
    }
    if !cur.is_empty() {
        out.push(cur.finish());
    }
    Ok(out)
}

#[derive(Default)]
struct Pending {
    comments: Vec<(String, String)>,
    tokens: Vec<Token>,
    mwts: Vec<(u32, u32, String, bool)>,
}

impl Pending {
    fn is_empty(&self) -> bool {
        self.tokens.is_empty() && self.comments.is_empty()
    }

    fn finish(self) -> ConlluSentence {
        let Pending {
            comments,
            mut tokens,
            mwts,
        } = self;
        // Surface units: multiword tokens replace the words they cover.
        let mut surface: Vec<(usize, usize, String, bool)> = Vec::new();
        let mut i = 0usize;
        while i < tokens.len() {
            if let Some(m) = mwts.iter().find(|m| m.0 as usize == i) {
                let last = (m.1 as usize).min(tokens.len() - 1);
                surface.push((i, last, m.2.clone(), m.3));
                i = last + 1;
            } else {
                surface.push((i, i, tokens[i].form.clone(), tokens[i].no_space_after));
                i += 1;
            }
        }
        let given = comments
            .iter()
            .find(|(k, _)| k == "text")
            .map(|(_, v)| v.clone());
        let mut text = String::new();
        let mut spans = Vec::with_capacity(surface.len());
        match given {
            Some(t) => {
                let mut pos = 0usize;
                for (_, _, form, _) in &surface {
                    let found = t[pos..].find(form.as_str()).map(|k| pos + k);
                    match found {
                        Some(s) if t[pos..s].trim().is_empty() => {
                            spans.push(Span::new(s, s + form.len()));
                            pos = s + form.len();
                        }
                        _ => spans.push(Span::new(pos, pos)),
                    }
                }
                text = t;
            }
            None => {
                for (k, (_, _, form, no_space)) in surface.iter().enumerate() {
                    let s = text.len();
                    text.push_str(form);
                    spans.push(Span::new(s, text.len()));
                    if !no_space && k + 1 < surface.len() {
                        text.push(' ');
                    }
                }
            }
        }
        let mut multiword = Vec::new();
        for ((first, last, form, no_space), span) in surface.into_iter().zip(spans) {
            for t in &mut tokens[first..=last] {
                t.span = span;
            }
            if last > first {
                tokens[last].no_space_after = no_space;
                multiword.push(MultiwordToken {
                    first: first as u32,
                    last: last as u32,
                    form,
                    span,
                });
            }
        }
        let span = Span::new(0, text.len());
        ConlluSentence {
            comments,
            text,
            sentence: Sentence {
                span,
                tokens,
                multiword,
            },
        }
    }
}

fn or_underscore(s: &str) -> &str {
    if s.is_empty() {
        "_"
    } else {
        s
    }
}

/// Writes one sentence as CoNLL-U, with the given comments first (each as
/// `# key = value`), multiword-token lines, and `SpaceAfter=No` taken from
/// the words. Ends with the blank line that closes a sentence.
pub fn write_conllu(out: &mut String, comments: &[(&str, &str)], sentence: &Sentence) {
    for (k, v) in comments {
        let v = v.replace(['\n', '\r'], " ");
        let _ = writeln!(out, "# {k} = {v}");
    }
    let mut mwt = sentence.multiword.iter().peekable();
    for (i, t) in sentence.tokens.iter().enumerate() {
        let mut inside = false;
        if let Some(m) = mwt.peek() {
            if m.first as usize == i {
                let sa = if m_no_space(sentence, m) {
                    "SpaceAfter=No"
                } else {
                    "_"
                };
                let _ = writeln!(
                    out,
                    "{}-{}\t{}\t_\t_\t_\t_\t_\t_\t_\t{}",
                    m.first + 1,
                    m.last + 1,
                    m.form,
                    sa
                );
                mwt.next();
            }
        }
        if sentence
            .multiword
            .iter()
            .any(|m| (m.first as usize..=m.last as usize).contains(&i))
        {
            inside = true;
        }
        let misc = if t.no_space_after && !inside {
            "SpaceAfter=No"
        } else {
            "_"
        };
        let _ = writeln!(
            out,
            "{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t_\t{}",
            i + 1,
            or_underscore(&t.form),
            or_underscore(&t.lemma),
            or_underscore(&t.upos),
            or_underscore(&t.xpos),
            or_underscore(&t.feats),
            t.head,
            or_underscore(&t.deprel),
            misc
        );
    }
    out.push('\n');
}

fn m_no_space(sentence: &Sentence, m: &MultiwordToken) -> bool {
    sentence
        .tokens
        .get(m.last as usize)
        .map(|t| t.no_space_after)
        .unwrap_or(false)
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "# sent_id = fr-1\n# text = Il va au marché.\n1\tIl\til\tPRON\t_\t_\t2\tnsubj\t_\t_\n2\tva\taller\tVERB\t_\t_\t0\troot\t_\t_\n3-4\tau\t_\t_\t_\t_\t_\t_\t_\t_\n3\tà\tà\tADP\t_\t_\t5\tcase\t_\t_\n4\tle\tle\tDET\t_\t_\t5\tdet\t_\t_\n5\tmarché\tmarché\tNOUN\t_\t_\t2\tobl\t_\tSpaceAfter=No\n6\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\t_\n\n";

    #[test]
    fn reads_multiword_tokens_with_spans() {
        let s = read_conllu(SAMPLE).unwrap();
        assert_eq!(s.len(), 1);
        let c = &s[0];
        assert_eq!(c.comment("sent_id"), Some("fr-1"));
        assert_eq!(c.sentence.tokens.len(), 6);
        assert_eq!(c.sentence.multiword.len(), 1);
        let le = &c.sentence.tokens[3];
        assert_eq!(le.form, "le");
        assert_eq!(le.span.slice(&c.text), "au");
        assert_eq!(c.sentence.tokens[4].span.slice(&c.text), "marché");
        assert!(c.sentence.is_parsed());
        assert_eq!(c.sentence.children(1).collect::<Vec<_>>(), vec![0, 4, 5]);
    }

    #[test]
    fn round_trips() {
        let s = read_conllu(SAMPLE).unwrap();
        let mut out = String::new();
        write_conllu(
            &mut out,
            &[("sent_id", "fr-1"), ("text", &s[0].text)],
            &s[0].sentence,
        );
        assert_eq!(out, SAMPLE.trim_end_matches('\n').to_string() + "\n\n");
    }

    #[test]
    fn rebuilds_text_without_comment() {
        let s = read_conllu("1\tHi\thi\tINTJ\t_\t_\t0\troot\t_\tSpaceAfter=No\n2\t!\t!\tPUNCT\t_\t_\t1\tpunct\t_\t_\n").unwrap();
        assert_eq!(s[0].text, "Hi!");
    }

    #[test]
    fn rejects_malformed_lines_with_line_numbers() {
        let e = read_conllu("# c\n1\tHi\n").unwrap_err();
        assert_eq!(e.line, 2);
        let e = read_conllu("2\tHi\thi\tINTJ\t_\t_\t0\troot\t_\t_\n").unwrap_err();
        assert!(e.message.contains("out of sequence"));
    }
}
