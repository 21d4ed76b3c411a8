//! Discard dictionaries: phrases whose presence means a sentence (or, with a
//! leading `+`, the whole story) is not coded — sports, weather, and so on.

use std::path::Path;

use crate::{content_lines, read_text, LexiconError, Phrase, Warning};

/// A discard dictionary.
#[derive(Debug, Clone, Default)]
pub struct Discards {
    /// Phrases that discard the sentence.
    pub sentence: Vec<Phrase>,
    /// Phrases (`+` lines) that discard the whole story.
    pub story: Vec<Phrase>,
}

impl Discards {
    /// Parses discard dictionary text.
    pub fn parse(text: &str, path: &str) -> Result<Discards, LexiconError> {
        let mut d = Discards::default();
        for (line, content) in content_lines(text) {
            let t = content.trim();
            let (story, body) = match t.strip_prefix('+') {
                Some(b) => (true, b.trim()),
                None => (false, t),
            };
            // Code brackets some files append (`[###]`) carry no meaning here.
            let body = match body.find('[') {
                Some(i) => body[..i].trim(),
                None => body,
            };
            let p = Phrase::parse(body);
            if p.words.is_empty() {
                return Err(LexiconError::Line {
                    path: path.to_string(),
                    line,
                    message: "discard line without a phrase".into(),
                });
            }
            if story {
                d.story.push(p);
            } else {
                d.sentence.push(p);
            }
        }
        Ok(d)
    }
}

/// Reads a discard dictionary file.
pub fn read_discards(path: &Path, warnings: &mut Vec<Warning>) -> Result<Discards, LexiconError> {
    let text = read_text(path, warnings)?;
    Discards::parse(&text, &path.display().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn separates_story_and_sentence_discards() {
        let d = Discards::parse("MONTHS LATER\n+Manchester United   # pas\n", "d").unwrap();
        assert_eq!(d.sentence[0].display(), "MONTHS_LATER");
        assert_eq!(d.story[0].display(), "MANCHESTER_UNITED");
    }
}
