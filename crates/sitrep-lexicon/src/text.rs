//! Words, phrases, dates and the comment rules shared by every dictionary.

/// Upper-cases a word and folds the accents of Latin letters (`é` → `E`,
/// `ç` → `C`, `œ` → `OE`), so matching is case- and accent-insensitive.
pub fn normalize_word(w: &str) -> String {
    let mut out = String::with_capacity(w.len());
    normalize_into(&mut out, w);
    out
}

/// Like [`normalize_word`], writing into `out` (cleared first), so a caller
/// can reuse one buffer for every word.
pub fn normalize_into(out: &mut String, w: &str) {
    out.clear();
    if w.is_ascii() {
        out.push_str(w);
        out.make_ascii_uppercase();
        return;
    }
    for c in w.chars() {
        if c.is_ascii() {
            out.push(c.to_ascii_uppercase());
            continue;
        }
        match fold_char(c) {
            Some(s) => out.push_str(s),
            None => out.extend(c.to_uppercase()),
        }
    }
}

/// The upper-case ASCII spelling of an accented Latin letter, if it is one.
fn fold_char(c: char) -> Option<&'static str> {
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' | 'ā' | 'Ā' => {
            "A"
        }
        'è' | 'é' | 'ê' | 'ë' | 'È' | 'É' | 'Ê' | 'Ë' | 'ē' | 'Ē' | 'ě' | 'Ě' => "E",
        'ì' | 'í' | 'î' | 'ï' | 'Ì' | 'Í' | 'Î' | 'Ï' | 'ī' | 'Ī' | 'ı' | 'İ' => "I",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' | 'ō' | 'Ō' => {
            "O"
        }
        'ù' | 'ú' | 'û' | 'ü' | 'Ù' | 'Ú' | 'Û' | 'Ü' | 'ū' | 'Ū' => "U",
        'ý' | 'ÿ' | 'Ý' | 'Ÿ' => "Y",
        'ç' | 'Ç' | 'č' | 'Č' | 'ć' | 'Ć' => "C",
        'ñ' | 'Ñ' | 'ń' | 'Ń' => "N",
        'š' | 'Š' | 'ś' | 'Ś' | 'ş' | 'Ş' => "S",
        'ž' | 'Ž' | 'ź' | 'Ź' | 'ż' | 'Ż' => "Z",
        'ğ' | 'Ğ' => "G",
        'ł' | 'Ł' => "L",
        'œ' | 'Œ' => "OE",
        'æ' | 'Æ' => "AE",
        'ß' => "SS",
        '’' | 'ʼ' => "'",
        _ => return None,
    })
}

/// One word of a dictionary phrase.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Word {
    /// The normalised word ([`normalize_word`]).
    pub text: String,
    /// True when the dictionary marked the word with a trailing `_`: it
    /// matches only the whole word. Otherwise (TABARI's stem rule) a text word
    /// that starts with it also matches.
    pub exact: bool,
}

/// A dictionary phrase: words joined by `_` or spaces (`UNITED_NATIONS`).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub struct Phrase {
    /// The words, in order.
    pub words: Vec<Word>,
}

impl Phrase {
    /// Parses a phrase written with `_` or spaces between words. A `_` at the
    /// end of a word marks it exact.
    pub fn parse(s: &str) -> Phrase {
        let mut words: Vec<Word> = s
            .split(|c: char| c == '_' || c.is_whitespace())
            .filter(|p| !p.is_empty())
            .map(|p| Word {
                text: normalize_word(p),
                exact: true,
            })
            .collect();
        // The words of a phrase are matched whole except the last, which
        // follows the stem rule unless a `_` closes the phrase.
        let closed = s.trim_end().ends_with('_');
        if let Some(last) = words.last_mut() {
            last.exact = closed;
        }
        Phrase { words }
    }

    /// The phrase as written with `_` joins, for display.
    pub fn display(&self) -> String {
        self.words
            .iter()
            .map(|w| w.text.as_str())
            .collect::<Vec<_>>()
            .join("_")
    }
}

/// Reads a date written `YYYYMMDD` or, as TABARI files do, `YYMMDD` (years
/// below 30 are 20xx, others 19xx) into the number `YYYYMMDD`.
pub fn date_from_yyyymmdd(s: &str) -> Option<u32> {
    let s = s.trim();
    if !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let (y, md) = match s.len() {
        8 => (s[..4].parse::<u32>().ok()?, &s[4..]),
        6 => {
            let yy: u32 = s[..2].parse().ok()?;
            (if yy < 30 { 2000 + yy } else { 1900 + yy }, &s[2..])
        }
        _ => return None,
    };
    let m: u32 = md[..2].parse().ok()?;
    let d: u32 = md[2..].parse().ok()?;
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    Some(y * 10000 + m * 100 + d)
}

/// The content lines of a dictionary: `(1-based line number, content)` with
/// `#` comments and `<!-- … -->` blocks removed and blank lines skipped.
pub(crate) fn content_lines(text: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut in_xml = false;
    for (i, raw) in text.lines().enumerate() {
        let mut line = raw.trim_end_matches('\r');
        if in_xml {
            match line.find("-->") {
                Some(k) => {
                    in_xml = false;
                    line = &line[k + 3..];
                }
                None => continue,
            }
        }
        if let Some(k) = line.find("<!--") {
            match line[k..].find("-->") {
                Some(e) => {
                    // One-line comment: keep what precedes it.
                    let _ = e;
                    line = &line[..k];
                }
                None => {
                    in_xml = true;
                    line = &line[..k];
                }
            }
        }
        // `#` starts a comment, except inside a code (`[###]`).
        let mut depth = 0i32;
        let mut cut = line.len();
        for (k, c) in line.char_indices() {
            match c {
                '[' => depth += 1,
                ']' => depth -= 1,
                '#' if depth <= 0 => {
                    cut = k;
                    break;
                }
                _ => {}
            }
        }
        let content = &line[..cut];
        if content.trim().is_empty() {
            continue;
        }
        out.push((i + 1, content));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_and_accents() {
        assert_eq!(normalize_word("Présidente"), "PRESIDENTE");
        assert_eq!(normalize_word("œuvre"), "OEUVRE");
        assert_eq!(normalize_word("Ankara"), "ANKARA");
        assert_eq!(normalize_word("l’Élysée-x"), "L'ELYSEE-X");
    }

    #[test]
    fn phrases_mark_exact_words() {
        let p = Phrase::parse("UNITED_NATIONS_");
        assert_eq!(p.words.len(), 2);
        assert!(p.words[1].exact);
        let p = Phrase::parse("ARGENTIN");
        assert!(!p.words[0].exact);
        assert_eq!(Phrase::parse("HAMAS WING").display(), "HAMAS_WING");
    }

    #[test]
    fn dates_in_both_widths() {
        assert_eq!(date_from_yyyymmdd("090120"), Some(20090120));
        assert_eq!(date_from_yyyymmdd("780101"), Some(19780101));
        assert_eq!(date_from_yyyymmdd("19950601"), Some(19950601));
        assert_eq!(date_from_yyyymmdd("2004017"), None);
        assert_eq!(date_from_yyyymmdd("20041317"), None);
    }

    #[test]
    fn comments_are_removed() {
        let t = "A [X] # c\n<!-- one -->\n<!--\nB\n-->\nC\n";
        let l = content_lines(t);
        assert_eq!(l, vec![(1, "A [X] "), (6, "C")]);
    }
}
