//! The PETRARCH Internal Coding Ontology (PICO) file: each CAMEO code's
//! value in an additive ontology (`010:0x1000`, `110:0x1007f`,
//! `121:-0xFFFF+0x0070`), so that nested and negated verbs combine by
//! arithmetic ("said … will attack" = 0x1000 + 0x00A0 = `015`; "not
//! criticise" = 0x1007F − 0xFFFF = `050`).

use std::collections::HashMap;
use std::path::Path;

use crate::{content_lines, read_text, LexiconError, Warning};

/// A PICO table.
#[derive(Debug, Clone, Default)]
pub struct Pico {
    /// CAMEO code → value.
    pub value: HashMap<String, i64>,
    /// Value → the first CAMEO code written with it.
    pub code: HashMap<i64, String>,
}

fn parse_expr(e: &str) -> Option<i64> {
    let e: String = e.split_whitespace().collect();
    if e.is_empty() {
        return None;
    }
    let mut total = 0i64;
    let mut rest = e.as_str();
    while !rest.is_empty() {
        let (sign, r) = match rest.as_bytes()[0] {
            b'-' => (-1, &rest[1..]),
            b'+' => (1, &rest[1..]),
            _ => (1, rest),
        };
        // The term runs to the next sign after its first character.
        let first = r.chars().next()?.len_utf8();
        let end = r[first..]
            .find(['+', '-'])
            .map(|k| k + first)
            .unwrap_or(r.len());
        let term = &r[..end];
        let v = match term.strip_prefix("0x").or_else(|| term.strip_prefix("0X")) {
            Some(h) => i64::from_str_radix(h, 16).ok()?,
            None => term.parse::<i64>().ok()?,
        };
        total += sign * v;
        rest = &r[end..];
    }
    Some(total)
}

impl Pico {
    /// Parses PICO text (`CODE:EXPR`, `#` comments).
    pub fn parse(text: &str, path: &str) -> Result<Pico, LexiconError> {
        let mut p = Pico::default();
        for (line, content) in content_lines(text) {
            let t = content.trim();
            let Some((code, expr)) = t.split_once(':') else {
                return Err(LexiconError::Line {
                    path: path.to_string(),
                    line,
                    message: format!("expected CODE:VALUE, found {t:?}"),
                });
            };
            let code = code.trim();
            if code.starts_with("--") {
                continue;
            }
            let Some(v) = parse_expr(expr) else {
                return Err(LexiconError::Line {
                    path: path.to_string(),
                    line,
                    message: format!(
                        "cannot read the value {:?} (hexadecimal terms joined by + or -)",
                        expr.trim()
                    ),
                });
            };
            p.value.insert(code.to_string(), v);
            p.code.entry(v).or_insert_with(|| code.to_string());
        }
        Ok(p)
    }

    /// The value of a code, trying its parents (`0874` → `087`).
    pub fn value_of(&self, code: &str) -> Option<i64> {
        let mut c = code;
        while c.len() >= 2 {
            if let Some(v) = self.value.get(c) {
                return Some(*v);
            }
            c = &c[..c.len() - 1];
        }
        None
    }

    /// The code of a value, if some code has it.
    pub fn code_of(&self, value: i64) -> Option<&str> {
        self.code.get(&value).map(String::as_str)
    }
}

/// Reads a PICO file.
pub fn read_pico(path: &Path, warnings: &mut Vec<Warning>) -> Result<Pico, LexiconError> {
    let text = read_text(path, warnings)?;
    Pico::parse(&text, &path.display().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_sums_and_comments() {
        let p = Pico::parse(
            "010:0x1000#Say\n110:0x1007f#0xFFFF+0x0080#x\n121:-0xFFFF+0x0070\n050:0x0080\n",
            "p",
        )
        .unwrap();
        assert_eq!(p.value_of("110"), Some(0x1007f));
        assert_eq!(p.value_of("121"), Some(-0xFFFF + 0x70));
        assert_eq!(p.code_of(0x1007f - 0xFFFF), Some("050"));
        assert_eq!(p.value_of("0101"), Some(0x1000));
        assert!(Pico::parse("010 0x1000\n", "p").is_err());
        assert!(Pico::parse("010:+\n", "p").is_err());
        assert!(Pico::parse("010:0x1é\n", "p").is_err());
    }
}
