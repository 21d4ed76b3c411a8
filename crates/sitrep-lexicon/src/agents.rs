//! Agent dictionaries: sector nouns (`SOLDIER [~MIL]`, `MSF {} [NGO~]`) with
//! `!MACRO! = A, B` substitutions and `{…}` plural lists.

use std::path::Path;

use crate::{content_lines, read_text, LexiconError, Phrase, Warning};

/// One agent phrase and its sector code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AgentEntry {
    /// The phrase.
    pub phrase: Phrase,
    /// The sector code without the `~` (`MIL`, `GOVFRM`, `NGO`).
    pub code: String,
    /// True for `[CODE~]`: the code goes before the country code (`NGO` +
    /// country); false for `[~CODE]`: after it (country + `MIL`).
    pub prefix: bool,
}

/// An agent dictionary.
#[derive(Debug, Clone, Default)]
pub struct Agents {
    /// The entries, plural forms included.
    pub entries: Vec<AgentEntry>,
}

fn line_err(path: &str, line: usize, message: impl Into<String>) -> LexiconError {
    LexiconError::Line {
        path: path.to_string(),
        line,
        message: message.into(),
    }
}

/// The regular English plural of a word (PETRARCH's default for agents).
fn plural(w: &str) -> String {
    if let Some(stem) = w.strip_suffix("MAN") {
        return format!("{stem}MEN");
    }
    if w.ends_with('Y') && !w.ends_with("AY") && !w.ends_with("EY") && !w.ends_with("OY") {
        return format!("{}IES", &w[..w.len() - 1]);
    }
    if w.ends_with('S') || w.ends_with("SH") || w.ends_with("CH") || w.ends_with('X') {
        return format!("{w}ES");
    }
    format!("{w}S")
}

impl Agents {
    /// Parses agent dictionary text.
    pub fn parse(
        text: &str,
        path: &str,
        warnings: &mut Vec<Warning>,
    ) -> Result<Agents, LexiconError> {
        let mut macros: Vec<(String, Vec<String>)> = Vec::new();
        let mut entries = Vec::new();
        for (line, content) in content_lines(text) {
            let t = content.trim();
            if t.starts_with('!') && t.contains('=') {
                let (name, vals) = t.split_once('=').unwrap_or((t, ""));
                let name = name.trim();
                if !(name.len() > 2 && name.ends_with('!')) {
                    return Err(line_err(
                        path,
                        line,
                        format!("bad substitution name {name:?}: write !NAME! = A, B"),
                    ));
                }
                let vals: Vec<String> = vals
                    .split(',')
                    .map(|v| v.trim().to_string())
                    .filter(|v| !v.is_empty())
                    .collect();
                if vals.is_empty() {
                    return Err(line_err(
                        path,
                        line,
                        format!("substitution {name} has no values"),
                    ));
                }
                macros.push((name.to_string(), vals));
                continue;
            }
            let Some(open) = t.find('[') else {
                if t.split_whitespace().count() == 1 && !t.contains(['{', '}', ']']) {
                    // A bare phrase (the published Phoenix file has one):
                    // it cannot code anything, and the reader says so.
                    warnings.push(Warning {
                        path: path.to_string(),
                        line,
                        message: format!("agent {t:?} has no [~CODE]: not used"),
                    });
                    continue;
                }
                return Err(line_err(
                    path,
                    line,
                    format!("agent line {t:?} has no [~CODE]"),
                ));
            };
            let inner: String = match t[open..].find(']').map(|k| open + k) {
                Some(close) => t[open + 1..close].split_whitespace().collect(),
                None => {
                    // The published Phoenix file has `[~ENV}`: the code runs
                    // to the end of the line; anything but code characters is
                    // dropped, and the reading is reported.
                    let c: String = t[open + 1..]
                        .chars()
                        .filter(|c| c.is_ascii_alphanumeric() || *c == '~')
                        .collect();
                    if c.is_empty() {
                        return Err(line_err(path, line, "unclosed `[` in agent code"));
                    }
                    warnings.push(Warning {
                        path: path.to_string(),
                        line,
                        message: format!("unclosed `[` in agent code: read as [{c}]"),
                    });
                    c
                }
            };
            let (code, prefix) = if let Some(c) = inner.strip_prefix('~') {
                (c.to_string(), false)
            } else if let Some(c) = inner.strip_suffix('~') {
                (c.to_string(), true)
            } else {
                return Err(line_err(
                    path,
                    line,
                    format!("agent code [{inner}] needs a `~` (write [~MIL] or [NGO~])"),
                ));
            };
            if code.is_empty() {
                return Err(line_err(path, line, "empty agent code"));
            }
            let head = &t[..open];
            let (name, plurals) = match head.find('{') {
                Some(b) => {
                    let Some(e) = head[b..].find('}').map(|k| b + k) else {
                        return Err(line_err(path, line, "unclosed `{` in agent plurals"));
                    };
                    let pl: Vec<String> = head[b + 1..e]
                        .split_whitespace()
                        .map(str::to_string)
                        .collect();
                    (head[..b].trim(), Some(pl))
                }
                None => (head.trim(), None),
            };
            if name.is_empty() {
                return Err(line_err(path, line, "agent line without a phrase"));
            }
            // Expand !MACRO! substitutions (each may occur once per name).
            let mut names = vec![name.to_string()];
            for (m, vals) in &macros {
                if names.iter().any(|n| n.contains(m.as_str())) {
                    names = names
                        .iter()
                        .flat_map(|n| vals.iter().map(move |v| n.replace(m.as_str(), v)))
                        .collect();
                }
            }
            if names.iter().any(|n| n.contains('!')) {
                return Err(line_err(
                    path,
                    line,
                    format!("unknown substitution in {name:?}"),
                ));
            }
            for n in names {
                let phrase = Phrase::parse(&n);
                let mut forms = vec![phrase.clone()];
                match &plurals {
                    Some(pl) => forms.extend(pl.iter().map(|p| Phrase::parse(p))),
                    None => {
                        let mut p = phrase.clone();
                        if let Some(last) = p.words.last_mut() {
                            last.text = plural(&last.text);
                            forms.push(p);
                        }
                    }
                }
                for f in forms {
                    entries.push(AgentEntry {
                        phrase: f,
                        code: code.clone(),
                        prefix,
                    });
                }
            }
        }
        Ok(Agents { entries })
    }
}

/// Reads an agent dictionary file.
pub fn read_agents(path: &Path, warnings: &mut Vec<Warning>) -> Result<Agents, LexiconError> {
    let text = read_text(path, warnings)?;
    Agents::parse(&text, &path.display().to_string(), warnings)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_macros_plurals_and_code_sides() {
        let t = "!PERSON! = MAN, WOMAN\nCONGRESS!PERSON! [~LEG]\nMSF {}  [NGO~]\nPOLICE {} [ ~COP]\nPARTY [~PTY]\nGOLDEN_GOOSE {GOLDEN_GEESE} [~GGS]\n";
        let a = Agents::parse(t, "t", &mut Vec::new()).unwrap();
        let names: Vec<String> = a.entries.iter().map(|e| e.phrase.display()).collect();
        assert!(names.contains(&"CONGRESSMAN".to_string()));
        assert!(names.contains(&"CONGRESSWOMEN".to_string()));
        assert!(names.contains(&"PARTIES".to_string()));
        assert!(names.contains(&"GOLDEN_GEESE".to_string()));
        assert!(!names.contains(&"MSFS".to_string()));
        let msf = a
            .entries
            .iter()
            .find(|e| e.phrase.display() == "MSF")
            .unwrap();
        assert!(msf.prefix && msf.code == "NGO");
        let pol = a
            .entries
            .iter()
            .find(|e| e.phrase.display() == "POLICE")
            .unwrap();
        assert!(!pol.prefix && pol.code == "COP");
    }

    #[test]
    fn rejects_codes_without_tilde() {
        let e = Agents::parse("\nSOLDIER [MIL]\n", "a.txt", &mut Vec::new()).unwrap_err();
        assert!(e.to_string().starts_with("a.txt:2:"));
    }
}
