//! Any bytes as a model file: an error or a model, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = sitrep_nlp::Model::from_bytes(data);
});
