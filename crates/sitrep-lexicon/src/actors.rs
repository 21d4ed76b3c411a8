//! Actor dictionaries: names (with `+` synonyms) and their CAMEO codes, each
//! optionally bounded by dates (`[USAGOV 20090120-20170120]`, `[X >950601]`,
//! `[X <950601]`).

use std::path::Path;

use crate::{content_lines, date_from_yyyymmdd, read_text, LexiconError, Phrase, Warning};

/// A code an actor carries, valid between two dates (inclusive, `YYYYMMDD`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActorCode {
    /// The CAMEO actor code (`USAGOV`, `IGOUNO`), `---` for "no code" or
    /// `+++` for "code from the text".
    pub code: String,
    /// First day the code applies, if bounded.
    pub from: Option<u32>,
    /// Last day the code applies, if bounded.
    pub to: Option<u32>,
}

impl ActorCode {
    /// True when the code applies on `date` (`YYYYMMDD`); an unknown date
    /// accepts every code.
    pub fn applies(&self, date: Option<u32>) -> bool {
        match date {
            None => true,
            Some(d) => self.from.is_none_or(|f| d >= f) && self.to.is_none_or(|t| d <= t),
        }
    }
}

/// One actor: its names and its codes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActorEntry {
    /// The names (the first is the canonical one).
    pub names: Vec<Phrase>,
    /// The codes, in the order written.
    pub codes: Vec<ActorCode>,
    /// Where the entry starts (`file:line`).
    pub origin: String,
}

impl ActorEntry {
    /// The code that applies on `date`: the first date-bounded code whose
    /// range contains it, else the first unbounded code.
    pub fn code_on(&self, date: Option<u32>) -> Option<&str> {
        let bounded = self
            .codes
            .iter()
            .find(|c| (c.from.is_some() || c.to.is_some()) && c.applies(date) && date.is_some());
        bounded
            .or_else(|| {
                self.codes
                    .iter()
                    .find(|c| c.from.is_none() && c.to.is_none())
            })
            .or_else(|| {
                if date.is_none() {
                    self.codes.first()
                } else {
                    None
                }
            })
            .map(|c| c.code.as_str())
    }
}

/// An actor dictionary, possibly read from several files.
#[derive(Debug, Clone, Default)]
pub struct Actors {
    /// The entries.
    pub entries: Vec<ActorEntry>,
}

fn line_err(path: &str, line: usize, message: impl Into<String>) -> LexiconError {
    LexiconError::Line {
        path: path.to_string(),
        line,
        message: message.into(),
    }
}

/// Parses the inside of one `[...]` code block.
fn parse_code(
    inner: &str,
    path: &str,
    line: usize,
    warnings: &mut Vec<Warning>,
) -> Result<ActorCode, LexiconError> {
    let inner = inner.trim();
    let mut it = inner.splitn(2, char::is_whitespace);
    let code = it.next().unwrap_or("").trim().to_ascii_uppercase();
    if code.is_empty() {
        return Err(line_err(path, line, "empty actor code `[]`"));
    }
    let rest: String = it.next().unwrap_or("").split_whitespace().collect();
    let mut ac = ActorCode {
        code,
        from: None,
        to: None,
    };
    if rest.is_empty() {
        return Ok(ac);
    }
    let mut bad = |what: &str| {
        warnings.push(Warning {
            path: path.to_string(),
            line,
            message: format!("unreadable date {what:?} in [{inner}]: that bound is left open"),
        })
    };
    if let Some(d) = rest.strip_prefix('>') {
        match date_from_yyyymmdd(d) {
            Some(v) => ac.from = Some(v),
            None => bad(d),
        }
    } else if let Some(d) = rest.strip_prefix('<') {
        match date_from_yyyymmdd(d) {
            Some(v) => ac.to = Some(v),
            None => bad(d),
        }
    } else if let Some((a, b)) = rest.split_once('-') {
        match date_from_yyyymmdd(a) {
            Some(v) => ac.from = Some(v),
            None => bad(a),
        }
        match date_from_yyyymmdd(b) {
            Some(v) => ac.to = Some(v),
            None => bad(b),
        }
    } else if let Some(v) = date_from_yyyymmdd(&rest) {
        warnings.push(Warning {
            path: path.to_string(),
            line,
            message: format!("date without `>`, `<` or range in [{inner}]: read as >{rest}"),
        });
        ac.from = Some(v);
    } else {
        return Err(line_err(
            path,
            line,
            format!(
                "actor code [{inner}]: expected CODE, CODE >DATE, CODE <DATE or CODE DATE-DATE"
            ),
        ));
    }
    Ok(ac)
}

/// Splits `NAME [A] [B 900101-910101]` into the name and the codes.
fn split_codes(
    s: &str,
    path: &str,
    line: usize,
    warnings: &mut Vec<Warning>,
) -> Result<(String, Vec<ActorCode>), LexiconError> {
    let mut codes = Vec::new();
    let (name, mut rest) = match s.find('[') {
        Some(i) => (&s[..i], &s[i..]),
        None => (s, ""),
    };
    loop {
        rest = rest.trim_start();
        if rest.is_empty() {
            break;
        }
        let Some(r) = rest.strip_prefix('[') else {
            if codes.is_empty() {
                return Err(line_err(path, line, format!("unexpected text {rest:?}")));
            }
            warnings.push(Warning {
                path: path.to_string(),
                line,
                message: format!("text {rest:?} after the codes without `#`: read as a comment"),
            });
            break;
        };
        let Some(end) = r.find(']') else {
            return Err(line_err(path, line, "unclosed `[` in actor code"));
        };
        codes.push(parse_code(&r[..end], path, line, warnings)?);
        rest = &r[end + 1..];
    }
    Ok((name.trim().to_string(), codes))
}

impl Actors {
    /// Parses actor dictionary text. `path` names the file in errors.
    pub fn parse(
        text: &str,
        path: &str,
        warnings: &mut Vec<Warning>,
    ) -> Result<Actors, LexiconError> {
        let mut entries: Vec<ActorEntry> = Vec::new();
        let mut cur: Option<ActorEntry> = None;
        for (line, content) in content_lines(text) {
            let t = content.trim();
            if t.starts_with('[') {
                let Some(e) = cur.as_mut() else {
                    return Err(line_err(
                        path,
                        line,
                        "actor code line before any actor name",
                    ));
                };
                let (_, codes) = split_codes(t, path, line, warnings)?;
                e.codes.extend(codes);
                continue;
            }
            if let Some(syn) = t.strip_prefix('+') {
                let Some(e) = cur.as_mut() else {
                    return Err(line_err(path, line, "`+` synonym before any actor name"));
                };
                let (name, codes) = split_codes(syn, path, line, warnings)?;
                let p = Phrase::parse(&name);
                if p.words.is_empty() {
                    return Err(line_err(path, line, "empty `+` synonym"));
                }
                e.names.push(p);
                e.codes.extend(codes);
                continue;
            }
            let (name, codes) = split_codes(t, path, line, warnings)?;
            let p = Phrase::parse(&name);
            if p.words.is_empty() {
                return Err(line_err(path, line, "actor line without a name"));
            }
            match cur.as_mut() {
                // A name line with no code yet shares the codes that follow
                // (`U.N._` after `UN_ [IGOUNO]` waits for the next codes).
                Some(e) if e.codes.is_empty() => {
                    e.names.push(p);
                    e.codes.extend(codes);
                }
                _ => {
                    if let Some(e) = cur.take() {
                        entries.push(e);
                    }
                    cur = Some(ActorEntry {
                        names: vec![p],
                        codes,
                        origin: format!("{path}:{line}"),
                    });
                }
            }
        }
        if let Some(e) = cur.take() {
            entries.push(e);
        }
        Ok(Actors { entries })
    }

    /// Adds the entries of another dictionary.
    pub fn extend(&mut self, other: Actors) {
        self.entries.extend(other.entries);
    }
}

/// Reads an actor dictionary file.
pub fn read_actors(path: &Path, warnings: &mut Vec<Warning>) -> Result<Actors, LexiconError> {
    let text = read_text(path, warnings)?;
    Actors::parse(&text, &path.display().to_string(), warnings)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_synonyms_and_dated_codes() {
        let t = "GOLLUM  # c\n+SMEAGOL\n\t[HOB < 950601]\n\t[HOBGOV 19950601 - 19990815]\n\t[HOBREB > 990816]\nDENMARK [DNK]\n+DANISH\n";
        let mut w = Vec::new();
        let a = Actors::parse(t, "t", &mut w).unwrap();
        assert!(w.is_empty());
        assert_eq!(a.entries.len(), 2);
        let g = &a.entries[0];
        assert_eq!(g.names.len(), 2);
        assert_eq!(g.code_on(Some(19940101)), Some("HOB"));
        assert_eq!(g.code_on(Some(19970101)), Some("HOBGOV"));
        assert_eq!(g.code_on(Some(20010101)), Some("HOBREB"));
        assert_eq!(a.entries[1].names[1].display(), "DANISH");
    }

    #[test]
    fn malformed_lines_name_file_and_line() {
        let mut w = Vec::new();
        let e = Actors::parse("A [X\n", "f.txt", &mut w).unwrap_err();
        assert_eq!(e.to_string(), "f.txt:1: unclosed `[` in actor code");
        let e = Actors::parse("\n[X]\n", "f.txt", &mut w).unwrap_err();
        assert!(e.to_string().starts_with("f.txt:2:"));
        let _ = Actors::parse("A [X 2004017-20061201]\n", "f.txt", &mut w).unwrap();
        assert_eq!(w.len(), 1);
        assert_eq!(w[0].line, 1);
    }
}
