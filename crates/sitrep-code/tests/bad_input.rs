//! Malformed parses and dictionaries: no panic, bounded work, clear errors.

use sitrep_code::{Coder, DictionaryFiles};
use sitrep_model::{Document, Sentence, Span, Token};

fn tok(form: &str, lemma: &str, upos: &str, head: u32, deprel: &str) -> Token {
    Token {
        form: form.into(),
        lemma: lemma.into(),
        upos: upos.into(),
        xpos: "_".into(),
        feats: "_".into(),
        head,
        deprel: deprel.into(),
        span: Span::default(),
        no_space_after: false,
    }
}

fn doc(lang: &str, sentences: Vec<Sentence>) -> Document {
    Document {
        id: "bad".into(),
        language: Some(lang.into()),
        sentences,
        ..Document::default()
    }
}

fn builtin() -> Coder {
    Coder::builtin().unwrap_or_else(|e| panic!("built-in lexicon: {e}"))
}

#[test]
fn cycles_missing_heads_and_empty_sentences_do_not_panic() {
    let c = builtin();
    // 1 → 2 → 3 → 1, plus a root, in a sentence with a coded verb.
    let cyclic = Sentence {
        tokens: vec![
            tok("Russia", "Russia", "PROPN", 2, "nsubj"),
            tok("attacked", "attack", "VERB", 3, "conj"),
            tok("Ukraine", "Ukraine", "PROPN", 1, "obj"),
            tok(".", ".", "PUNCT", 0, "root"),
        ],
        ..Sentence::default()
    };
    // Heads pointing past the sentence are not a parse: nothing is coded.
    let dangling = Sentence {
        tokens: vec![
            tok("Russia", "Russia", "PROPN", 9, "nsubj"),
            tok("attacked", "attack", "VERB", 0, "root"),
        ],
        ..Sentence::default()
    };
    let empty = Sentence::default();
    let out = c.process(doc("en", vec![cyclic, dangling, empty]));
    assert!(
        out.events.iter().all(|e| e.sentence.index == 0),
        "only the parsed sentence may code"
    );
}

#[test]
fn a_500_word_sentence_is_coded() {
    let c = builtin();
    // "Russia attacked Ukraine and Russia attacked Ukraine and …": a long
    // chain of conjoined clauses, each headed on the previous one.
    let mut tokens = Vec::new();
    for k in 0..125u32 {
        let base = k * 4;
        let verb = base + 2;
        let (head, rel) = if k == 0 { (0, "root") } else { (2, "conj") };
        tokens.push(tok("Russia", "Russia", "PROPN", verb, "nsubj"));
        tokens.push(tok("attacked", "attack", "VERB", head, rel));
        tokens.push(tok("Ukraine", "Ukraine", "PROPN", verb, "obj"));
        tokens.push(tok("and", "and", "CCONJ", verb, "cc"));
    }
    assert_eq!(tokens.len(), 500);
    let out = c.process(doc(
        "en",
        vec![Sentence {
            tokens,
            ..Sentence::default()
        }],
    ));
    assert!(
        out.events
            .iter()
            .any(|e| e.source.country.as_deref() == Some("RUS")
                && e.target.as_ref().and_then(|t| t.country.as_deref()) == Some("UKR")),
        "coded {:?}",
        out.events
            .iter()
            .map(|e| (&e.source.code, &e.cameo))
            .collect::<Vec<_>>()
    );
}

#[test]
fn malformed_dictionary_lines_are_errors_naming_file_and_line() {
    let dir = std::env::temp_dir().join(format!("sitrep-code-bad-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let actors = dir.join("actors.txt");
    let verbs = dir.join("verbs.txt");
    std::fs::write(&actors, "RUSSIA [RUS]\n").expect("write");
    std::fs::write(&verbs, "--- ATTACK [190] ---\nATTACK\n- * (AGAINST [191]\n").expect("write");
    let files = DictionaryFiles {
        actors: vec![actors],
        verbs: vec![verbs.clone()],
        ..DictionaryFiles::default()
    };
    let err = Coder::from_files(&files)
        .expect_err("an unclosed pattern is an error")
        .to_string();
    assert!(err.contains("verbs.txt:3:"), "{err}");
    let missing = DictionaryFiles {
        actors: vec![dir.join("absent.txt")],
        ..DictionaryFiles::default()
    };
    let err = Coder::from_files(&missing)
        .expect_err("a missing file is an error")
        .to_string();
    assert!(err.contains("absent.txt"), "{err}");
    let _ = std::fs::remove_dir_all(&dir);
}
