//! Dictionaries for event coding: actors (with date-bounded roles), agents
//! (sector nouns), verb and noun patterns with synonym sets, discards — read
//! from PETRARCH / Phoenix dictionary files as they are, which is also the
//! syntax of sitrep's own lexicon under `lexicon/`.
//!
//! Design decisions:
//! - **One reader for both.** sitrep's lexicon is written in PETRARCH syntax,
//!   so users can bring their dictionaries and ours are diff-friendly text.
//!   The reader keeps the dictionary's structure (phrases as word lists,
//!   patterns as element lists) and leaves matching to `sitrep-code`, which
//!   compiles them into interned hash maps once.
//! - **Strict about structure, explicit about irregularities.** A line the
//!   reader cannot understand (an unclosed bracket, a pattern without a code,
//!   a code line before any name) is an error naming the file and line. Known
//!   irregularities of the published Phoenix files that PETRARCH itself
//!   tolerates (a date with the wrong number of digits, bytes that are not
//!   UTF-8) are kept with the tolerant reading *and reported* as
//!   [`Warning`]s, never dropped silently.
//! - **Words are normalised once**: upper case, accents folded
//!   ([`normalize_word`]), so that matching is case- and accent-insensitive.
#![deny(missing_docs)]

mod actors;
mod agents;
mod discards;
mod pico;
mod text;
mod verbs;

pub use actors::{read_actors, ActorCode, ActorEntry, Actors};
pub use agents::{read_agents, AgentEntry, Agents};
pub use discards::{read_discards, Discards};
pub use pico::{read_pico, Pico};
pub(crate) use text::content_lines;
pub use text::{date_from_yyyymmdd, normalize_into, normalize_word, Phrase, Word};
pub use verbs::{read_verbs, PatElem, Pattern, Transformation, VerbBlock, VerbEntry, Verbs};

/// Why a dictionary could not be read.
#[derive(Debug, thiserror::Error)]
pub enum LexiconError {
    /// A malformed line.
    #[error("{path}:{line}: {message}")]
    Line {
        /// The file.
        path: String,
        /// 1-based line number.
        line: usize,
        /// What was wrong.
        message: String,
    },
    /// The file could not be read.
    #[error("cannot read dictionary {path}: {cause}; check the path")]
    Io {
        /// The file.
        path: String,
        /// The I/O error (in the message, not chained, so it prints once).
        cause: std::io::Error,
    },
}

/// An irregular line that was read with a documented tolerant reading.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    /// The file.
    pub path: String,
    /// 1-based line number (0 for the whole file).
    pub line: usize,
    /// What was irregular and how it was read.
    pub message: String,
}

impl std::fmt::Display for Warning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}: {}", self.path, self.line, self.message)
    }
}

/// Reads a dictionary file's bytes as text. Bytes that are not UTF-8 (the
/// published Phoenix country file has Latin-1 bytes) are replaced with U+FFFD
/// and reported as a warning.
pub fn read_text(
    path: &std::path::Path,
    warnings: &mut Vec<Warning>,
) -> Result<String, LexiconError> {
    let bytes = std::fs::read(path).map_err(|cause| LexiconError::Io {
        path: path.display().to_string(),
        cause,
    })?;
    match String::from_utf8(bytes) {
        Ok(s) => Ok(s),
        Err(e) => {
            warnings.push(Warning {
                path: path.display().to_string(),
                line: 0,
                message: "bytes that are not UTF-8 were replaced with U+FFFD".into(),
            });
            Ok(String::from_utf8_lossy(e.as_bytes()).into_owned())
        }
    }
}
