//! Sentences and their Universal Dependencies analysis.

use serde::{Deserialize, Serialize};

use crate::Span;

/// One syntactic word of a sentence, as a CoNLL-U word line has it. Its
/// 1-based CoNLL-U `ID` is its index in [`Sentence::tokens`] plus one.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Token {
    /// The word as written (for a word inside a multiword token, its
    /// syntactic form, e.g. `le` in `du` = `de le`).
    pub form: String,
    /// Lemma, `_` when unknown.
    pub lemma: String,
    /// Universal part-of-speech tag (`NOUN`, `VERB`, `PROPN`, …).
    pub upos: String,
    /// Language-specific tag, `_` when none.
    pub xpos: String,
    /// Morphological features, `Feat=Val|…` or `_`.
    pub feats: String,
    /// 1-based index of the head word; 0 for the root.
    pub head: u32,
    /// Universal dependency relation (`nsubj`, `obj`, `obl:tmod`, …).
    pub deprel: String,
    /// Where the word lies in the document text; for a word inside a
    /// multiword token, the whole token's span.
    pub span: Span,
    /// True when no space follows the word in the text (`SpaceAfter=No`).
    pub no_space_after: bool,
}

/// A multiword token: one surface token split into several syntactic words
/// (French `du` → `de le`, English `don't` → `do n't`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MultiwordToken {
    /// 0-based index of the first word it covers.
    pub first: u32,
    /// 0-based index of the last word it covers (inclusive).
    pub last: u32,
    /// The surface form.
    pub form: String,
    /// Where it lies in the document text.
    pub span: Span,
}

/// A sentence of the document with its UD words.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sentence {
    /// Where the sentence lies in the document text.
    pub span: Span,
    /// The syntactic words, in order.
    pub tokens: Vec<Token>,
    /// The multiword tokens, in order.
    pub multiword: Vec<MultiwordToken>,
}

impl Sentence {
    /// True when the words carry a dependency analysis (every head in range
    /// and at least one root).
    pub fn is_parsed(&self) -> bool {
        let n = self.tokens.len() as u32;
        !self.tokens.is_empty()
            && self
                .tokens
                .iter()
                .all(|t| t.head <= n && !t.deprel.is_empty())
            && self.tokens.iter().any(|t| t.head == 0)
    }

    /// The 0-based indices of the dependents of word `i` (0-based), in order.
    pub fn children(&self, i: usize) -> impl Iterator<Item = usize> + '_ {
        let head = i as u32 + 1;
        self.tokens
            .iter()
            .enumerate()
            .filter(move |(_, t)| t.head == head)
            .map(|(j, _)| j)
    }
}
