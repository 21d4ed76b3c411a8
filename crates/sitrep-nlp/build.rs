//! Embeds the trained models under `models/` (one per language) when they
//! are present, so `Nlp::builtin()` needs no file at run time.

use std::path::PathBuf;

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap_or_default());
    let dir = manifest.join("../../models");
    let mut entries = String::new();
    for lang in ["en", "fr"] {
        let p = dir.join(format!("sitrep-nlp-{lang}.bin"));
        println!("cargo:rerun-if-changed={}", p.display());
        if let Ok(abs) = p.canonicalize() {
            entries.push_str(&format!(
                "    ({lang:?}, include_bytes!({:?})),\n",
                abs.display().to_string()
            ));
        }
    }
    println!("cargo:rerun-if-changed=build.rs");
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap_or_default()).join("embedded.rs");
    let code = format!(
        "/// The models built into the binary: (language, model file bytes).\npub(crate) static EMBEDDED: &[(&str, &[u8])] = &[\n{entries}];\n"
    );
    if let Err(e) = std::fs::write(&out, code) {
        panic!("cannot write {}: {e}", out.display());
    }
}
