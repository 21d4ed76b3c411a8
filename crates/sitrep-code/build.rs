//! Embeds the built-in lexicon files that exist under `lexicon/` (the agreed
//! layout: `actors.txt`, `people.txt`, `combining.txt` and, per language, `agents`, `verbs`, `nouns` and
//! `discards`), so `Coder::builtin()` needs no file at run time.

use std::fmt::Write as _;
use std::path::PathBuf;

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap_or_default())
        .join("../../lexicon");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut files = vec![
        "actors.txt".to_string(),
        "people.txt".to_string(),
        "combining.txt".to_string(),
    ];
    for lang in ["en", "fr"] {
        println!("cargo:rerun-if-changed={}", root.join(lang).display());
        for kind in ["agents", "verbs", "nouns", "discards"] {
            files.push(format!("{lang}/{kind}.txt"));
        }
    }
    let mut out = String::from("/// The built-in lexicon files present at build time: (path, text).\npub(crate) const BUILTIN_FILES: &[(&str, &str)] = &[\n");
    for f in files {
        let p = root.join(&f);
        println!("cargo:rerun-if-changed={}", p.display());
        if p.is_file() {
            let abs = p.canonicalize().unwrap_or(p);
            let _ = writeln!(
                out,
                "    ({f:?}, include_str!({:?})),",
                abs.display().to_string()
            );
        }
    }
    out.push_str("];\n");
    let dest = PathBuf::from(std::env::var("OUT_DIR").unwrap_or_default()).join("builtin_files.rs");
    if let Err(e) = std::fs::write(&dest, out) {
        panic!("cannot write {}: {e}", dest.display());
    }
}
