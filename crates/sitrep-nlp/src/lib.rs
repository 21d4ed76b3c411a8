//! The NLP stage: text → sentences → UD words (form, lemma, UPOS, features,
//! head, relation), for English and French.
#![deny(missing_docs)]

use sitrep_model::{Document, Sentence, Span, Token};

/// Why the NLP stage could not be built.
#[derive(Debug, thiserror::Error)]
pub enum NlpError {
    /// A model file could not be read.
    #[error("cannot read model {path}: {message}")]
    Model {
        /// The model file.
        path: String,
        /// What was wrong.
        message: String,
    },
}

/// The NLP stage. Build once, share across threads.
#[derive(Debug, Clone, Default)]
pub struct Nlp {}

impl Nlp {
    /// The stage with the models built into the binary.
    pub fn builtin() -> Result<Self, NlpError> {
        Ok(Nlp {})
    }

    /// The name and version of the model used for a language, if any.
    pub fn model_version(&self, _language: &str) -> Option<String> {
        None
    }

    /// Splits the document's blocks into sentences of words. Words carry no
    /// tags or parse yet.
    pub fn process(&self, mut doc: Document) -> Document {
        let mut sentences = Vec::new();
        for block in &doc.blocks {
            let base = block.span.start as usize;
            let text = block.span.slice(&doc.text);
            let mut tokens = Vec::new();
            let mut start = None;
            for (i, c) in text
                .char_indices()
                .chain(std::iter::once((text.len(), ' ')))
            {
                if c.is_whitespace() {
                    if let Some(s) = start.take() {
                        tokens.push(Token {
                            form: text[s..i].to_string(),
                            span: Span::new(base + s, base + i),
                            ..Token::default()
                        });
                    }
                } else if start.is_none() {
                    start = Some(i);
                }
            }
            if !tokens.is_empty() {
                sentences.push(Sentence {
                    span: block.span,
                    tokens,
                    multiword: Vec::new(),
                });
            }
        }
        doc.sentences = sentences;
        doc
    }
}
