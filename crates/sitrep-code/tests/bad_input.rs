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

/// Random trees over the words the coder reasons about most (actors,
/// coded verbs and nouns, pronouns, "the two", "son voisin", relative
/// pronouns, day words) with random heads and relations: whatever the
/// parser produces, coding ends without a panic or a runaway recursion
/// (a stack overflow aborts this test binary).
#[test]
fn random_trees_are_coded_without_panic() {
    let c = builtin();
    let words: &[(&str, &str, &str)] = &[
        ("Russia", "Russia", "PROPN"),
        ("Ukraine", "Ukraine", "PROPN"),
        ("Moscou", "Moscou", "PROPN"),
        ("Paris", "Paris", "PROPN"),
        ("attacked", "attack", "VERB"),
        ("condemned", "condemn", "VERB"),
        ("met", "meet", "VERB"),
        ("accusant", "accuser", "VERB"),
        ("arrested", "arrest", "VERB"),
        ("a", "avoir", "AUX"),
        ("talks", "talk", "NOUN"),
        ("arrestation", "arrestation", "NOUN"),
        ("strikes", "strike", "NOUN"),
        ("voisin", "voisin", "NOUN"),
        ("royaume", "royaume", "NOUN"),
        ("side", "side", "NOUN"),
        ("two", "two", "NUM"),
        ("deux", "deux", "NUM"),
        ("hommes", "homme", "NOUN"),
        ("the", "the", "DET"),
        ("son", "son", "DET"),
        ("each", "each", "DET"),
        ("other", "other", "ADJ"),
        ("he", "he", "PRON"),
        ("il", "il", "PRON"),
        ("qui", "qui", "PRON"),
        ("que", "que", "SCONJ"),
        ("what", "what", "PRON"),
        ("which", "which", "PRON"),
        ("mardi", "mardi", "NOUN"),
        ("Monday", "Monday", "PROPN"),
        ("between", "between", "ADP"),
        ("de", "de", "ADP"),
        ("and", "and", "CCONJ"),
        (",", ",", "PUNCT"),
        // Words the parse repairs move: participles and false
        // auxiliaries, crowds, places.
        ("critiquée", "critiquer", "VERB"),
        ("aussitôt", "aussitore", "VERB"),
        ("invalides", "invalider", "AUX"),
        ("bolivienne", "bolivenir", "VERB"),
        ("manifestants", "manifestant", "NOUN"),
        ("Ouagadougou", "Ouagadougou", "PROPN"),
        ("ont", "avoir", "AUX"),
        ("par", "par", "ADP"),
        ("plus", "plus", "ADV"),
        ("that", "that", "SCONJ"),
        ("drones", "drone", "NOUN"),
        ("police", "police", "NOUN"),
        ("UN", "UN", "PROPN"),
        ("un", "un", "DET"),
        // Words this session's repairs and rules look at.
        ("charge", "charge", "NOUN"),
        ("d'affaires", "d'affaire", "VERB"),
        ("exercises", "exercise", "VERB"),
        ("began", "begin", "VERB"),
        ("calling", "call", "VERB"),
        ("after", "after", "ADP"),
        ("as", "as", "ADP"),
        ("if", "if", "SCONJ"),
        ("would", "would", "AUX"),
        ("reciprocated", "reciprocate", "VERB"),
        ("responsible", "responsible", "ADJ"),
        ("soil", "soil", "NOUN"),
        ("Iraqi", "Iraqi", "ADJ"),
        ("Pope", "Pope", "PROPN"),
        ("Paul", "Paul", "PROPN"),
    ];
    let rels = [
        "nsubj",
        "obj",
        "iobj",
        "obl",
        "nmod",
        "nmod:poss",
        "amod",
        "det",
        "case",
        "mark",
        "acl",
        "acl:relcl",
        "advcl",
        "xcomp",
        "ccomp",
        "conj",
        "cc",
        "appos",
        "flat",
        "compound",
        "punct",
        "nummod",
        "obl:agent",
        "nsubj:pass",
        "aux",
        "root",
        "parataxis",
    ];
    // A fixed linear congruential generator: the same trees every run.
    let mut state: u64 = 0x5157_5245_5000_0001;
    let mut next = |n: usize| {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        ((state >> 33) as usize) % n
    };
    for lang in ["en", "fr"] {
        let mut sentences = Vec::new();
        for _ in 0..6000 {
            let n = 2 + next(24);
            let tokens = (0..n)
                .map(|_| {
                    let (form, lemma, upos) = words[next(words.len())];
                    // Mostly the relations a parser gives such a word,
                    // sometimes any.
                    let typical: &[&str] = match upos {
                        "DET" => &["det"],
                        "ADP" => &["case"],
                        "NUM" => &["nummod"],
                        "CCONJ" => &["cc"],
                        "PUNCT" => &["punct"],
                        "SCONJ" => &["mark", "obj"],
                        "PRON" => &["nsubj", "obj", "iobj"],
                        "VERB" | "AUX" => &[
                            "root",
                            "ccomp",
                            "advcl",
                            "acl",
                            "acl:relcl",
                            "conj",
                            "xcomp",
                        ],
                        _ => &["nsubj", "obj", "obl", "nmod", "appos", "conj", "nsubj:pass"],
                    };
                    let rel = if next(5) == 0 {
                        rels[next(rels.len())]
                    } else {
                        typical[next(typical.len())]
                    };
                    let mut t = tok(form, lemma, upos, next(n + 1) as u32, rel);
                    if upos == "VERB" {
                        t.feats = match next(4) {
                            0 => "Tense=Past|VerbForm=Part",
                            1 => "Mood=Ind|Tense=Pres|VerbForm=Fin",
                            2 => "VerbForm=Ger",
                            _ => "_",
                        }
                        .into();
                    }
                    t
                })
                .collect();
            sentences.push(Sentence {
                tokens,
                ..Sentence::default()
            });
        }
        let out = c.process(doc(lang, sentences));
        // Coding finished; any event it made names a source.
        assert!(out
            .events
            .iter()
            .all(|e| e.source.code.as_deref().is_some_and(|c| !c.is_empty())));
    }
}

/// Two subjects on one verb, the second "les deux hommes": telling the
/// misparsed title from the name codes the subjects, and coding "the two
/// men" looks for the speaker among the same subjects. This recursed
/// without end (a stack overflow on the seed article with a retrained
/// French model).
#[test]
fn the_two_men_as_a_second_subject_do_not_recurse() {
    let c = builtin();
    let sentence = Sentence {
        tokens: vec![
            tok("Les", "le", "DET", 2, "det"),
            tok("dossiers", "dossier", "NOUN", 6, "nsubj"),
            tok("les", "le", "DET", 5, "det"),
            tok("deux", "deux", "NUM", 5, "nummod"),
            tok("hommes", "homme", "NOUN", 6, "nsubj"),
            tok("discuteront", "discuter", "VERB", 0, "root"),
            tok("de", "de", "ADP", 8, "case"),
            tok("Idlib", "Idlib", "PROPN", 6, "obl"),
        ],
        ..Sentence::default()
    };
    let out = c.process(doc("fr", vec![sentence]));
    assert!(out.events.len() < 10);
}

/// Parses that make a clause's verb a modifier of a noun ("Israeli
/// warplanes bombed targets", with "bombed" as an adjective of
/// "targets"; "Heavy fighting erupted between…", with "erupted" as a
/// clause on "fighting") are repaired before coding.
#[test]
fn verbs_read_as_modifiers_are_repaired() {
    let c = builtin();
    // (source country, target country, CAMEO root) of each event.
    let triples = |sentence: Sentence| -> Vec<(String, String, String)> {
        c.process(doc("en", vec![sentence]))
            .events
            .iter()
            .map(|e| {
                let country = |a: Option<&sitrep_model::Actor>| {
                    a.and_then(|a| a.country.clone()).unwrap_or_default()
                };
                (
                    country(Some(&e.source)),
                    country(e.target.as_ref()),
                    e.cameo.chars().take(2).collect(),
                )
            })
            .collect()
    };
    let has = |t: &[(String, String, String)], s: &str, g: &str, root: &str| {
        t.iter()
            .any(|(a, b, r)| a == s && (g.is_empty() || b == g) && (root.is_empty() || r == root))
    };
    // 1 Israeli 2 warplanes(root) 3 bombed(amod → 4) 4 targets(conj → 2)
    // 5 in 6 Gaza(nmod → 4)
    let bombed = Sentence {
        tokens: vec![
            tok("Israeli", "Israeli", "ADJ", 2, "amod"),
            tok("warplanes", "warplane", "NOUN", 0, "root"),
            tok("bombed", "bomb", "VERB", 4, "amod"),
            tok("targets", "target", "NOUN", 2, "conj"),
            tok("in", "in", "ADP", 6, "case"),
            tok("Gaza", "Gaza", "PROPN", 4, "nmod"),
        ],
        ..Sentence::default()
    };
    let t = triples(bombed);
    assert!(has(&t, "ISR", "", "19"), "{t:?}");
    // "The United States recognised Moroccan sovereignty", with
    // "recognised" an adjective of "sovereignty" that has a subject.
    let recognised = Sentence {
        tokens: vec![
            tok("The", "the", "DET", 3, "det"),
            tok("United", "United", "PROPN", 3, "compound"),
            tok("States", "States", "PROPN", 4, "nsubj"),
            tok("recognised", "recognise", "VERB", 6, "amod"),
            tok("Moroccan", "Moroccan", "ADJ", 6, "amod"),
            tok("sovereignty", "sovereignty", "NOUN", 0, "root"),
        ],
        ..Sentence::default()
    };
    let t = triples(recognised);
    assert!(has(&t, "USA", "MAR", "05"), "{t:?}");
    // "Fighting erupted between Armenia and Azerbaijan", with
    // "erupted" as a clause on "Fighting" and its phrase as an object.
    let fighting = Sentence {
        tokens: vec![
            tok("Fighting", "fighting", "NOUN", 0, "root"),
            tok("erupted", "erupt", "VERB", 1, "acl"),
            tok("between", "between", "ADP", 4, "case"),
            tok("Armenia", "Armenia", "PROPN", 2, "obj"),
            tok("and", "and", "CCONJ", 6, "cc"),
            tok("Azerbaijan", "Azerbaijan", "PROPN", 4, "conj"),
        ],
        ..Sentence::default()
    };
    let t = triples(fighting);
    assert!(
        has(&t, "ARM", "AZE", "") && has(&t, "AZE", "ARM", ""),
        "{t:?}"
    );
}
