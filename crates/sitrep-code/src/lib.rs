//! Event coding: from parsed sentences to the events they report — source,
//! action, target — coded in CAMEO and PLOVER, with evidence.
#![deny(missing_docs)]

use sitrep_model::Document;

/// Why the coder could not be built.
#[derive(Debug, thiserror::Error)]
pub enum CodeError {
    /// A lexicon could not be read.
    #[error("cannot read lexicon {path}: {message}")]
    Lexicon {
        /// The file.
        path: String,
        /// What was wrong.
        message: String,
    },
}

/// The coding stage. Build once, share across threads.
#[derive(Debug, Clone, Default)]
pub struct Coder {}

impl Coder {
    /// The coder with the lexicons built into the binary.
    pub fn builtin() -> Result<Self, CodeError> {
        Ok(Coder {})
    }

    /// The lexicon's name and version.
    pub fn lexicon_version(&self) -> Option<String> {
        None
    }

    /// Codes the events of every parsed sentence. Sentences without a parse
    /// yield nothing.
    pub fn process(&self, doc: Document) -> Document {
        doc
    }
}
