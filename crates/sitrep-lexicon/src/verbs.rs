//! Verb (and nominal-predicate) dictionaries in PETRARCH syntax: `&SYNSET`
//! lists, `--- NAME [code] ---` blocks of verbs (with `{forms}`, per-verb
//! codes and `_`-joined multi-word verbs whose verb word is marked `+`), and
//! `- … [code]` patterns (`*` the verb, `$` source, `+` target, `%` both
//! sides compound, `^` skip, `(PREP …)` a prepositional phrase, `{…}` a
//! phrase, `&SYN` a synonym set).

use std::collections::HashMap;
use std::path::Path;

use crate::{content_lines, normalize_word, read_text, LexiconError, Warning};

/// One element of a pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PatElem {
    /// `*`: the verb itself.
    Verb,
    /// `$`: the source actor.
    Source,
    /// `+`: the target actor.
    Target,
    /// `%`: a compound actor that is both source and target.
    Compound,
    /// `^`: skip a phrase.
    Skip,
    /// A literal word (normalised) and whether it must match whole.
    Word(String, bool),
    /// `&NAME`: any member of a synonym set.
    Synset(String),
    /// `( … )`: a prepositional phrase; the first element is the preposition.
    Prep(Vec<PatElem>),
    /// `{ … }`: words that belong together as one phrase.
    Group(Vec<PatElem>),
}

/// A pattern: elements before and after the verb, and the code it assigns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pattern {
    /// Elements before `*`, in text order.
    pub before: Vec<PatElem>,
    /// Elements after `*`, in text order.
    pub after: Vec<PatElem>,
    /// The CAMEO code for source → target (`None` for `---`).
    pub code: Option<String>,
    /// The code for target → source, from `[A:B]`.
    pub reverse: Option<String>,
    /// 1-based line in its file.
    pub line: usize,
}

/// One verb (or noun) entry of a block.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerbEntry {
    /// The head word (normalised), the one the lemma is matched against.
    pub word: String,
    /// Inflected forms written in `{…}`, normalised.
    pub forms: Vec<String>,
    /// Words that must precede the head (`KLM_NOP_+RST`).
    pub before: Vec<String>,
    /// Words that must follow it (`TAKE_NOTE`, particles).
    pub after: Vec<String>,
    /// A code given to this entry alone, overriding the block's.
    pub code: Option<String>,
    /// Its reverse code, from `[A:B]`.
    pub reverse: Option<String>,
    /// True when an entry's own code was written as `[---]`.
    pub null_code: bool,
    /// 1-based line in its file.
    pub line: usize,
}

/// A `--- NAME [code] ---` block: verbs sharing patterns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerbBlock {
    /// The block's name.
    pub name: String,
    /// Its default code (`None` for `---`).
    pub code: Option<String>,
    /// Its default reverse code.
    pub reverse: Option<String>,
    /// The verbs.
    pub verbs: Vec<VerbEntry>,
    /// The patterns, in file order.
    pub patterns: Vec<Pattern>,
}

/// A PETRARCH-2 transformation: how a verb and the coded verb of its
/// complement clause combine, written `~ a (a b ATTACK) SAY = a b 015`:
/// the governing verb `SAY` with source `a` over a clause whose source and
/// target are `a` and `b` and whose verb is `ATTACK` gives `a b 015`.
/// Variables are single letters; `_` means "no subject of its own", `.`
/// "anything"; the clause's verb `Q` is any verb, and the code `Q` its
/// code; `WILL_` before a verb name asks for a future clause.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Transformation {
    /// The governing verb's name (a verb of the dictionary, normalised).
    pub upper: String,
    /// Its source variable.
    pub upper_source: String,
    /// The clause's source variable.
    pub lower_source: String,
    /// The clause's target variable.
    pub lower_target: String,
    /// The clause's verb name (`Q` for any), without `WILL_`.
    pub lower: String,
    /// True for `WILL_NAME`: the clause is in the future.
    pub lower_future: bool,
    /// The result's source variable.
    pub out_source: String,
    /// The result's target variable.
    pub out_target: String,
    /// The result's code, or `Q` for the clause's own.
    pub code: String,
    /// 1-based line in its file.
    pub line: usize,
}

/// A verb (or noun) dictionary.
#[derive(Debug, Clone, Default)]
pub struct Verbs {
    /// Synonym sets by name (without `&`), each member a list of elements.
    pub synsets: HashMap<String, Vec<Vec<PatElem>>>,
    /// The blocks, in file order.
    pub blocks: Vec<VerbBlock>,
    /// Transformations (`~` lines), in file order.
    pub transformations: Vec<Transformation>,
}

/// Reads `~ a (a b ATTACK) SAY = a b 015`.
fn parse_transformation(t: &str, path: &str, line: usize) -> Result<Transformation, LexiconError> {
    let bad = |why: &str| {
        line_err(
            path,
            line,
            format!("transformation {t:?}: {why}; the form is `~ a (a b VERB) VERB = a b CODE`"),
        )
    };
    let body = t.trim_start_matches('~').trim();
    let (lhs, rhs) = body.split_once('=').ok_or_else(|| bad("no `=`"))?;
    let open = lhs.find('(').ok_or_else(|| bad("no `(`"))?;
    let close = lhs.find(')').ok_or_else(|| bad("no `)`"))?;
    if close < open {
        return Err(bad("`)` before `(`"));
    }
    let upper_source = lhs[..open].trim().to_string();
    let inner: Vec<&str> = lhs[open + 1..close].split_whitespace().collect();
    let upper = lhs[close + 1..].trim();
    let out: Vec<&str> = rhs.split_whitespace().collect();
    if upper_source.is_empty() || upper.is_empty() || inner.len() != 3 || out.len() != 3 {
        return Err(bad("wrong number of parts"));
    }
    let (lower_future, lower) = match inner[2].strip_prefix("WILL_") {
        Some(rest) => (true, rest),
        None => (false, inner[2]),
    };
    Ok(Transformation {
        upper: normalize_word(upper),
        upper_source,
        lower_source: inner[0].to_string(),
        lower_target: inner[1].to_string(),
        lower: normalize_word(lower),
        lower_future,
        out_source: out[0].to_string(),
        out_target: out[1].to_string(),
        code: out[2].to_string(),
        line,
    })
}

fn line_err(path: &str, line: usize, message: impl Into<String>) -> LexiconError {
    LexiconError::Line {
        path: path.to_string(),
        line,
        message: message.into(),
    }
}

/// Splits `[A:B]` into the codes; `---` is no code.
fn parse_code(inner: &str) -> (Option<String>, Option<String>) {
    let inner: String = inner.split_whitespace().collect();
    let (a, b) = match inner.split_once(':') {
        Some((a, b)) => (a.to_string(), Some(b.to_string())),
        None => (inner, None),
    };
    let norm = |s: String| {
        if s.is_empty() || s.starts_with("--") {
            None
        } else {
            Some(s)
        }
    };
    (norm(a), b.and_then(norm))
}

/// Parses pattern text into elements.
fn parse_elems(
    s: &str,
    path: &str,
    line: usize,
    warnings: &mut Vec<Warning>,
) -> Result<Vec<PatElem>, LexiconError> {
    let spaced = s
        .replace('(', " ( ")
        .replace(')', " ) ")
        .replace('{', " { ")
        .replace('}', " } ")
        .replace('*', " * ");
    let mut stack: Vec<(char, Vec<PatElem>)> = vec![(' ', Vec::new())];
    for tok in spaced.split_whitespace() {
        match tok {
            "(" | "{" => stack.push((tok.chars().next().unwrap_or('('), Vec::new())),
            ")" | "}" => {
                let want = if tok == ")" { '(' } else { '{' };
                if stack.len() < 2 {
                    // Two published CAMEO patterns end in a stray `VISIT)`:
                    // the unmatched closer is dropped and reported.
                    warnings.push(Warning {
                        path: path.to_string(),
                        line,
                        message: format!("unmatched `{tok}` in pattern: ignored"),
                    });
                    continue;
                }
                if stack.last().map(|x| x.0) != Some(want) {
                    return Err(line_err(
                        path,
                        line,
                        format!("unbalanced `{tok}` in pattern"),
                    ));
                }
                let (k, v) = stack.pop().unwrap_or((want, Vec::new()));
                let e = if k == '(' {
                    PatElem::Prep(v)
                } else {
                    PatElem::Group(v)
                };
                if let Some(top) = stack.last_mut() {
                    top.1.push(e);
                }
            }
            _ => {
                let top = &mut stack
                    .last_mut()
                    .ok_or_else(|| line_err(path, line, "bad pattern"))?
                    .1;
                match tok {
                    "*" => top.push(PatElem::Verb),
                    "$" => top.push(PatElem::Source),
                    "+" => top.push(PatElem::Target),
                    "%" => top.push(PatElem::Compound),
                    "^" => top.push(PatElem::Skip),
                    t if t.starts_with('&') => top.push(PatElem::Synset(normalize_word(&t[1..]))),
                    t => {
                        let exact_all = t.ends_with('_');
                        let parts: Vec<&str> = t.split('_').filter(|p| !p.is_empty()).collect();
                        let n = parts.len();
                        for (i, p) in parts.into_iter().enumerate() {
                            top.push(PatElem::Word(normalize_word(p), i + 1 < n || exact_all));
                        }
                    }
                }
            }
        }
    }
    if stack.len() != 1 {
        return Err(line_err(path, line, "unclosed `(` or `{` in pattern"));
    }
    Ok(stack.pop().map(|x| x.1).unwrap_or_default())
}

/// Splits off a trailing `[code]`, returning the text before it and the code.
fn take_code<'a>(
    s: &'a str,
    path: &str,
    line: usize,
) -> Result<(&'a str, Option<&'a str>), LexiconError> {
    match s.rfind('[') {
        Some(i) => {
            let Some(j) = s[i..].find(']').map(|k| i + k) else {
                return Err(line_err(path, line, "unclosed `[` in code"));
            };
            if !s[j + 1..].trim().is_empty() {
                return Err(line_err(
                    path,
                    line,
                    format!("unexpected text {:?} after the code", s[j + 1..].trim()),
                ));
            }
            Ok((&s[..i], Some(&s[i + 1..j])))
        }
        None => Ok((s, None)),
    }
}

impl Verbs {
    /// Parses verb dictionary text.
    pub fn parse(
        text: &str,
        path: &str,
        warnings: &mut Vec<Warning>,
    ) -> Result<Verbs, LexiconError> {
        let mut v = Verbs::default();
        let mut synset: Option<String> = None;
        for (line, content) in content_lines(text) {
            let t = content.trim();
            if let Some(name) = t.strip_prefix('&') {
                let name = normalize_word(name.trim());
                if name.is_empty() {
                    return Err(line_err(path, line, "synonym set without a name"));
                }
                v.synsets.entry(name.clone()).or_default();
                synset = Some(name);
                continue;
            }
            if let (Some(name), Some(m)) = (synset.as_ref(), t.strip_prefix('+')) {
                let elems = parse_elems(m, path, line, warnings)?;
                if elems.is_empty() {
                    return Err(line_err(path, line, "empty synonym"));
                }
                v.synsets.entry(name.clone()).or_default().push(elems);
                continue;
            }
            synset = None;
            if t.starts_with('~') {
                v.transformations.push(parse_transformation(t, path, line)?);
                continue;
            }
            if t.starts_with("---") {
                let inner = t.trim_matches(|c: char| c == '-' || c.is_whitespace());
                let (name, code) = take_code(inner, path, line)?;
                let (code, reverse) = code.map(parse_code).unwrap_or((None, None));
                v.blocks.push(VerbBlock {
                    name: name.trim().to_string(),
                    code,
                    reverse,
                    verbs: Vec::new(),
                    patterns: Vec::new(),
                });
                continue;
            }
            let Some(block) = v.blocks.last_mut() else {
                return Err(line_err(
                    path,
                    line,
                    format!("{t:?} before any `--- NAME [code] ---` block"),
                ));
            };
            if t.starts_with('-') || t.starts_with('*') {
                let body = t.strip_prefix('-').unwrap_or(t);
                let (body, code) = take_code(body, path, line)?;
                let Some(code) = code else {
                    return Err(line_err(path, line, "pattern without a [code]"));
                };
                let (code, reverse) = parse_code(code);
                let elems = parse_elems(body, path, line, warnings)?;
                let Some(star) = elems.iter().position(|e| *e == PatElem::Verb) else {
                    return Err(line_err(path, line, "pattern without `*` (the verb)"));
                };
                block.patterns.push(Pattern {
                    before: elems[..star].to_vec(),
                    after: elems[star + 1..].to_vec(),
                    code,
                    reverse,
                    line,
                });
                continue;
            }
            // A verb entry: WORD, WORD {forms}, WORD [code], A_+B, +A_B.
            let (head, code) = take_code(t, path, line)?;
            let (words_s, forms) = match head.find('{') {
                Some(b) => {
                    let Some(e) = head[b..].find('}').map(|k| b + k) else {
                        return Err(line_err(path, line, "unclosed `{` in verb forms"));
                    };
                    let forms: Vec<String> = head[b + 1..e]
                        .split_whitespace()
                        .map(|f| f.trim_start_matches('+'))
                        .map(|f| normalize_word(f.split('_').next().unwrap_or(f)))
                        .filter(|f| !f.is_empty())
                        .collect();
                    (head[..b].trim(), forms)
                }
                None => (head.trim(), Vec::new()),
            };
            let parts: Vec<&str> = words_s
                .split(|c: char| c == '_' || c.is_whitespace())
                .filter(|p| !p.is_empty())
                .collect();
            if parts.is_empty() {
                return Err(line_err(path, line, "verb entry without a word"));
            }
            let verb_at = parts.iter().position(|p| p.starts_with('+')).unwrap_or(0);
            let norm: Vec<String> = parts
                .iter()
                .map(|p| normalize_word(p.trim_start_matches('+')))
                .collect();
            let (c, r) = code.map(parse_code).unwrap_or((None, None));
            block.verbs.push(VerbEntry {
                word: norm[verb_at].clone(),
                forms,
                before: norm[..verb_at].to_vec(),
                after: norm[verb_at + 1..].to_vec(),
                null_code: code.is_some() && c.is_none(),
                code: c,
                reverse: r,
                line,
            });
        }
        Ok(v)
    }
}

/// Reads a verb (or noun) dictionary file.
pub fn read_verbs(path: &Path, warnings: &mut Vec<Warning>) -> Result<Verbs, LexiconError> {
    let text = read_text(path, warnings)?;
    Verbs::parse(&text, &path.display().to_string(), warnings)
}

#[cfg(test)]
mod tests {
    use super::*;

    const T: &str = "&TIETYPES\n+MILITARY\n+ECONOMIC\n\n--- ABANDON  [345]  ---\nABANDON    # pas\nKLM_NOP_+RST [002]\n- * {NEW &TIETYPES RELATIONS} [903]\n---  HOST   [043:042]  ---\nHOST\n+TAKE_NOTE {+TAKES_NOTE +TOOK_NOTE }\n- * SUMMIT (WITH) [036:036]\n- + * (FROM $)  [080]\n";

    #[test]
    fn reads_synsets_blocks_and_patterns() {
        let v = Verbs::parse(T, "v", &mut Vec::new()).unwrap();
        assert_eq!(v.synsets["TIETYPES"].len(), 2);
        assert_eq!(v.blocks.len(), 2);
        let a = &v.blocks[0];
        assert_eq!(a.code.as_deref(), Some("345"));
        assert_eq!(a.verbs[1].word, "RST");
        assert_eq!(a.verbs[1].before, vec!["KLM", "NOP"]);
        assert_eq!(
            a.patterns[0].after,
            vec![PatElem::Group(vec![
                PatElem::Word("NEW".into(), false),
                PatElem::Synset("TIETYPES".into()),
                PatElem::Word("RELATIONS".into(), false)
            ])]
        );
        let h = &v.blocks[1];
        assert_eq!(h.reverse.as_deref(), Some("042"));
        assert_eq!(h.verbs[1].word, "TAKE");
        assert_eq!(h.verbs[1].after, vec!["NOTE"]);
        assert_eq!(h.verbs[1].forms, vec!["TAKES", "TOOK"]);
        assert_eq!(h.patterns[1].before, vec![PatElem::Target]);
        assert_eq!(
            h.patterns[1].after,
            vec![PatElem::Prep(vec![
                PatElem::Word("FROM".into(), false),
                PatElem::Source
            ])]
        );
    }

    #[test]
    fn reads_transformations() {
        let text = "--- SAY [010] ---\nSAY\n~ a (b . WILL_ATTACK) SAY = a b 112\n~ a (a b Q) SAY = a b Q\n";
        let v = Verbs::parse(text, "v", &mut Vec::new()).unwrap();
        assert_eq!(v.blocks[0].verbs.len(), 1, "a transformation is not a verb");
        let t = &v.transformations[0];
        assert_eq!(
            (
                t.upper_source.as_str(),
                t.lower_source.as_str(),
                t.lower_target.as_str()
            ),
            ("a", "b", ".")
        );
        assert_eq!(
            (t.lower.as_str(), t.lower_future, t.upper.as_str()),
            ("ATTACK", true, "SAY")
        );
        assert_eq!(
            (
                t.out_source.as_str(),
                t.out_target.as_str(),
                t.code.as_str()
            ),
            ("a", "b", "112")
        );
        assert_eq!(v.transformations[1].code, "Q");
        let e = Verbs::parse(
            "--- SAY [010] ---\n~ a (a ATTACK) SAY = a b 015\n",
            "v.txt",
            &mut Vec::new(),
        )
        .unwrap_err();
        assert!(e.to_string().starts_with("v.txt:2: transformation"), "{e}");
    }

    #[test]
    fn malformed_patterns_are_errors() {
        let e = Verbs::parse(
            "--- A [010] ---\nA\n- * (TO [011]\n",
            "v.txt",
            &mut Vec::new(),
        )
        .unwrap_err();
        assert_eq!(e.to_string(), "v.txt:3: unclosed `(` or `{` in pattern");
        let e = Verbs::parse("--- A [010] ---\n- * TO\n", "v.txt", &mut Vec::new()).unwrap_err();
        assert!(e.to_string().contains("without a [code]"));
        let e = Verbs::parse("A\n", "v.txt", &mut Vec::new()).unwrap_err();
        assert!(e.to_string().starts_with("v.txt:1:"));
    }
}
