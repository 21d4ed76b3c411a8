//! Any bytes, read as text in English and in French by the built-in models:
//! no panic, and every word's span lies on character boundaries inside the
//! text.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use sitrep_model::{Block, BlockKind, Document, Span};
use sitrep_nlp::Nlp;

static NLP: OnceLock<Nlp> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    let nlp = NLP.get_or_init(|| match Nlp::builtin() {
        Ok(n) => n,
        Err(e) => panic!("built-in models: {e}"),
    });
    let text = String::from_utf8_lossy(data).into_owned();
    // Two blocks when there is a newline, to exercise block boundaries.
    let cut = text.find('\n').unwrap_or(text.len());
    let blocks = vec![
        Block { kind: BlockKind::Paragraph, span: Span::new(0, cut) },
        Block { kind: BlockKind::Paragraph, span: Span::new(cut, text.len()) },
    ];
    for lang in ["en", "fr"] {
        let doc = Document {
            text: text.clone(),
            blocks: blocks.clone(),
            language: Some(lang.to_string()),
            ..Document::default()
        };
        let d = nlp.process(doc);
        for s in &d.sentences {
            assert!(s.span.start < cut as u32 && s.span.end <= cut as u32 || s.span.start >= cut as u32);
            assert_eq!(s.tokens.iter().filter(|t| t.head == 0).count(), 1);
            for t in &s.tokens {
                assert!(d.text.get(t.span.start as usize..t.span.end as usize).is_some_and(|x| !x.is_empty()));
                assert!(t.head as usize <= s.tokens.len());
            }
        }
    }
});
