//! Fuzz target: any bytes, as HTML, as text and auto-detected, through the
//! whole extractor. Panics, stack overflows, timeouts and out-of-memory are
//! what libFuzzer reports.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use sitrep_extract::{Extractor, Input, InputFormat};

static EXTRACTOR: OnceLock<Extractor> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    let ex = EXTRACTOR.get_or_init(Extractor::new);
    for format in [InputFormat::Auto, InputFormat::Html, InputFormat::Text] {
        if let Ok(doc) = ex.extract(&Input {
            bytes: data,
            format,
            ..Input::default()
        }) {
            // Every block span lies on character boundaries inside the text.
            for b in &doc.blocks {
                assert!(doc.text.get(b.span.start as usize..b.span.end as usize).is_some());
            }
        }
    }
});
