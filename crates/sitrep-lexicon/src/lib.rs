//! Dictionaries for event coding: actors (with date-bounded roles), agents
//! (sector nouns), verb and noun patterns, discards; sitrep's own format under
//! `lexicon/` and PETRARCH / Phoenix dictionary files as they are.
#![deny(missing_docs)]

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
}
