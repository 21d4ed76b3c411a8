//! The pipeline on a tiny treebank written for these tests: training,
//! model files, text processing and robustness on hostile input.

use sitrep_model::conllu::read_conllu;
use sitrep_model::{Block, BlockKind, Document, Span};
use sitrep_nlp::{Model, Nlp, TrainOptions, FORMAT_VERSION, MAX_WORDS};

/// Sentences authored for these tests (UD English conventions).
const TINY: &str = "# text = The dog barks.
1\tThe\tthe\tDET\tDT\tDefinite=Def|PronType=Art\t2\tdet\t_\t_
2\tdog\tdog\tNOUN\tNN\tNumber=Sing\t3\tnsubj\t_\t_
3\tbarks\tbark\tVERB\tVBZ\tMood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin\t0\troot\t_\tSpaceAfter=No
4\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_

# text = I don't like cats.
1\tI\tI\tPRON\tPRP\tCase=Nom|Number=Sing|Person=1|PronType=Prs\t4\tnsubj\t_\t_
2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_
2\tdo\tdo\tAUX\tVBP\tMood=Ind|Tense=Pres|VerbForm=Fin\t4\taux\t_\t_
3\tn't\tnot\tPART\tRB\tPolarity=Neg\t4\tadvmod\t_\t_
4\tlike\tlike\tVERB\tVB\tVerbForm=Inf\t0\troot\t_\t_
5\tcats\tcat\tNOUN\tNNS\tNumber=Plur\t4\tobj\t_\tSpaceAfter=No
6\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_

# text = Mr. Smith met the president in Paris.
1\tMr.\tMr.\tPROPN\tNNP\tNumber=Sing\t2\tcompound\t_\t_
2\tSmith\tSmith\tPROPN\tNNP\tNumber=Sing\t3\tnsubj\t_\t_
3\tmet\tmeet\tVERB\tVBD\tMood=Ind|Tense=Past|VerbForm=Fin\t0\troot\t_\t_
4\tthe\tthe\tDET\tDT\tDefinite=Def|PronType=Art\t5\tdet\t_\t_
5\tpresident\tpresident\tNOUN\tNN\tNumber=Sing\t3\tobj\t_\t_
6\tin\tin\tADP\tIN\t_\t7\tcase\t_\t_
7\tParis\tParis\tPROPN\tNNP\tNumber=Sing\t3\tobl\t_\tSpaceAfter=No
8\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_

# text = We don't know Mr. Jones.
1\tWe\twe\tPRON\tPRP\tCase=Nom|Number=Plur|Person=1|PronType=Prs\t4\tnsubj\t_\t_
2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_
2\tdo\tdo\tAUX\tVBP\tMood=Ind|Tense=Pres|VerbForm=Fin\t4\taux\t_\t_
3\tn't\tnot\tPART\tRB\tPolarity=Neg\t4\tadvmod\t_\t_
4\tknow\tknow\tVERB\tVB\tVerbForm=Inf\t0\troot\t_\t_
5\tMr.\tMr.\tPROPN\tNNP\tNumber=Sing\t6\tcompound\t_\t_
6\tJones\tJones\tPROPN\tNNP\tNumber=Sing\t4\tobj\t_\tSpaceAfter=No
7\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_

# text = Cats sleep.
1\tCats\tcat\tNOUN\tNNS\tNumber=Plur\t2\tnsubj\t_\t_
2\tsleep\tsleep\tVERB\tVBP\tMood=Ind|Tense=Pres|VerbForm=Fin\t0\troot\t_\tSpaceAfter=No
3\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_

";

fn tiny_model() -> Model {
    let mut data = read_conllu(TINY).unwrap();
    // Repeat the sentences so every learned list sees enough examples.
    let copy = data.clone();
    for _ in 0..5 {
        data.extend(copy.iter().cloned());
    }
    let opts = TrainOptions {
        tagger_epochs: 3,
        parser_epochs: 3,
        prune: 0.0,
        description: "tiny".into(),
        ..TrainOptions::default()
    };
    Model::train("en", &data, &opts, &|_| {}).unwrap()
}

fn nlp() -> Nlp {
    let mut n = Nlp::default();
    n.add_model(tiny_model());
    n
}

fn doc(lang: Option<&str>, blocks: &[&str]) -> Document {
    let mut text = String::new();
    let mut bs = Vec::new();
    for b in blocks {
        if !text.is_empty() {
            text.push_str("\n\n");
        }
        let s = text.len();
        text.push_str(b);
        bs.push(Block {
            kind: BlockKind::Paragraph,
            span: Span::new(s, text.len()),
        });
    }
    Document {
        text,
        blocks: bs,
        language: lang.map(str::to_string),
        ..Document::default()
    }
}

#[test]
fn ambiguity_classes_travel_with_the_model() {
    let data = read_conllu(TINY).unwrap();
    let mut data2 = data.clone();
    data2.extend(data.iter().cloned());
    let opts = TrainOptions {
        tagger_epochs: 2,
        parser_epochs: 1,
        ambiguity_classes: true,
        ..TrainOptions::default()
    };
    let m = Model::train("en", &data2, &opts, &|_| {}).unwrap();
    let plain = Model::train(
        "en",
        &data2,
        &TrainOptions {
            ambiguity_classes: false,
            ..opts
        },
        &|_| {},
    )
    .unwrap();
    let bytes = m.to_bytes();
    assert!(
        bytes.len() > plain.to_bytes().len(),
        "the lexicon is stored"
    );
    assert_eq!(Model::from_bytes(&bytes).unwrap().to_bytes(), bytes);
}

/// Holding each training sentence (or block of sentences) out of its own
/// ambiguity classes changes what the taggers learn, deterministically; a
/// count threshold of 1 keeps the words seen once in the lexicon.
#[test]
fn held_out_ambiguity_classes_change_the_weights() {
    let data = read_conllu(TINY).unwrap();
    // Each sentence twice: held out, a word of one sentence is seen once
    // in the rest, below the threshold of 2.
    let mut data2 = data.clone();
    data2.extend(data.iter().cloned());
    let opts = TrainOptions {
        tagger_epochs: 2,
        parser_epochs: 1,
        prune: 0.0,
        ambiguity_classes: true,
        ..TrainOptions::default()
    };
    let plain = Model::train("en", &data2, &opts, &|_| {})
        .unwrap()
        .to_bytes();
    let held = TrainOptions {
        held_out_ambiguity: true,
        ..opts.clone()
    };
    let m = Model::train("en", &data2, &held, &|_| {})
        .unwrap()
        .to_bytes();
    assert_ne!(m, plain, "the weights differ");
    assert_eq!(
        Model::train("en", &data2, &held, &|_| {})
            .unwrap()
            .to_bytes(),
        m,
        "training stays deterministic"
    );
    let blocks = TrainOptions {
        ambiguity_folds: 3,
        ..held.clone()
    };
    let mut n = Nlp::default();
    n.add_model(Model::train("en", &data2, &blocks, &|_| {}).unwrap());
    let d = n.process(doc(Some("en"), &["Mr. Smith saw Mr. Jones. Cats sleep."]));
    assert!(!d.sentences.is_empty());

    let once = TrainOptions {
        ambiguity_min_count: 1,
        ..held
    };
    let (a, b) = (
        Model::train("en", &data, &once, &|_| {}).unwrap(),
        Model::train("en", &data, &opts, &|_| {}).unwrap(),
    );
    assert!(
        a.to_bytes().len() > b.to_bytes().len(),
        "words seen once are in the lexicon with a threshold of 1"
    );
}

#[test]
fn model_files_round_trip_and_refuse_damage() {
    let m = tiny_model();
    let bytes = m.to_bytes();
    let back = Model::from_bytes(&bytes).unwrap();
    assert_eq!(back.to_bytes(), bytes);
    assert_eq!(back.lang(), "en");

    let e = Model::from_bytes(&bytes[..bytes.len() / 2])
        .unwrap_err()
        .to_string();
    assert!(e.contains("truncated"), "{e}");

    let mut other = bytes.clone();
    other[8..12].copy_from_slice(&(FORMAT_VERSION + 1).to_le_bytes());
    let e = Model::from_bytes(&other).unwrap_err().to_string();
    assert!(e.contains("version"), "{e}");

    let e = Model::from_bytes(b"PK\x03\x04 this is a zip file, not a model")
        .unwrap_err()
        .to_string();
    assert!(e.contains("not a sitrep NLP model"), "{e}");

    let mut flipped = bytes.clone();
    let mid = flipped.len() / 2;
    flipped[mid] ^= 0x55;
    let e = Model::from_bytes(&flipped).unwrap_err().to_string();
    assert!(e.contains("corrupt"), "{e}");
}

#[test]
fn sentences_are_split_per_block_with_spans_into_the_text() {
    let n = nlp();
    let d = n.process(doc(
        Some("en"),
        &[
            "The dog barks. Cats sleep",
            "I don't like cats. Mr. Smith met the president in Paris.",
        ],
    ));
    let texts: Vec<&str> = d.sentences.iter().map(|s| s.span.slice(&d.text)).collect();
    assert_eq!(
        texts,
        vec![
            "The dog barks.",
            "Cats sleep",
            "I don't like cats.",
            "Mr. Smith met the president in Paris."
        ]
    );
    for s in &d.sentences {
        assert!(s.is_parsed());
        for (i, t) in s.tokens.iter().enumerate() {
            let inside = s
                .multiword
                .iter()
                .any(|m| (m.first as usize..=m.last as usize).contains(&i));
            if !inside {
                assert_eq!(t.span.slice(&d.text), t.form);
            }
        }
    }
    // "don't" is a multiword token of two words sharing its span.
    let s = &d.sentences[2];
    assert_eq!(s.multiword.len(), 1);
    let m = &s.multiword[0];
    assert_eq!(m.span.slice(&d.text), "don't");
    assert_eq!(s.tokens[1].form, "do");
    assert_eq!(s.tokens[2].form, "n't");
    // "Mr." stays one token.
    assert_eq!(d.sentences[3].tokens[0].form, "Mr.");
    // The tiny model learned these well enough to get them right.
    let t = &d.sentences[0].tokens;
    assert_eq!(t[2].upos, "VERB");
    assert_eq!(t[1].deprel, "nsubj");
    assert_eq!(t[1].head, 3);
    assert_eq!(t[2].lemma, "bark");
}

#[test]
fn other_languages_get_no_sentences() {
    let n = nlp();
    assert!(n
        .process(doc(Some("de"), &["Der Hund bellt."]))
        .sentences
        .is_empty());
    assert!(n
        .process(doc(None, &["The dog barks."]))
        .sentences
        .is_empty());
    assert!(n.model_version("de").is_none());
    assert!(n.model_version("en").is_some_and(|v| v.contains("tiny")));
    assert_eq!(
        n.process(doc(Some("en-GB"), &["The dog barks."]))
            .sentences
            .len(),
        1
    );
}

/// A small deterministic generator for the robustness test.
struct Lcg(u64);
impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
}

#[test]
fn hostile_input_never_panics_and_stays_well_formed() {
    let n = nlp();
    let pieces = [
        "a",
        "The",
        "don't",
        "Mr.",
        ".",
        "!",
        "?",
        "\u{0}",
        "\u{7}",
        "\r",
        "\n",
        "\t",
        " ",
        "  ",
        "😀",
        "👩‍👩‍👧",
        "日本語",
        "العربية",
        "İ",
        "ß",
        "«",
        "»",
        "'",
        "’",
        "-",
        "--",
        "...",
        "U.S.",
        "l'",
        "\u{200b}",
        "\u{feff}",
        "é",
        "e\u{301}",
        "1,000.5",
        "http://x.org/a?b=c",
        "(",
        ")",
        "\u{2028}",
        "Ǆ",
        "ﬃ",
    ];
    let mut rng = Lcg(7);
    for round in 0..300 {
        let len = (rng.next() % 60) as usize;
        let mut text = String::new();
        for _ in 0..len {
            text.push_str(pieces[(rng.next() as usize) % pieces.len()]);
            if rng.next().is_multiple_of(3) {
                text.push(' ');
            }
        }
        let d = n.process(doc(Some("en"), &[&text]));
        for s in &d.sentences {
            assert!(!s.tokens.is_empty(), "round {round}: empty sentence");
            assert!(s.tokens.len() <= MAX_WORDS + 8, "round {round}");
            assert!(s.span.start <= s.span.end && (s.span.end as usize) <= d.text.len());
            for t in &s.tokens {
                assert!(!t.span.is_empty(), "round {round}: empty token in {text:?}");
                assert!(d
                    .text
                    .get(t.span.start as usize..t.span.end as usize)
                    .is_some());
                assert!(t.head as usize <= s.tokens.len());
            }
            assert_eq!(
                s.tokens.iter().filter(|t| t.head == 0).count(),
                1,
                "round {round}: one root"
            );
        }
    }
    // Empty text, and a long run of words with no punctuation at all.
    assert!(n.process(doc(Some("en"), &[""])).sentences.is_empty());
    let long = "word ".repeat(200_000);
    let d = n.process(doc(Some("en"), &[&long]));
    assert_eq!(
        d.sentences.iter().map(|s| s.tokens.len()).sum::<usize>(),
        200_000
    );
    assert!(d.sentences.iter().all(|s| s.tokens.len() <= MAX_WORDS));
    // One 1 MB "word".
    let blob = "x".repeat(1 << 20);
    let d = n.process(doc(Some("en"), &[&blob]));
    assert_eq!(d.sentences.len(), 1);
}

#[test]
fn the_stage_can_be_shared_across_threads() {
    fn shared<T: Send + Sync>(_: &T) {}
    let n = nlp();
    shared(&n);
    let texts = ["The dog barks.", "Cats sleep."];
    std::thread::scope(|s| {
        let jobs: Vec<_> = texts
            .iter()
            .map(|t| s.spawn(|| n.process(doc(Some("en"), &[t])).sentences.len()))
            .collect();
        for j in jobs {
            assert_eq!(j.join().unwrap(), 1);
        }
    });
}

/// The typographic apostrophe reads as the treebank's `'`, and every span
/// still points into the text as written.
#[test]
fn typographic_apostrophes_split_like_plain_ones() {
    let n = nlp();
    let d = n.process(doc(
        Some("en"),
        &["I don’t like cats. Mr. Smith met the president."],
    ));
    let s = &d.sentences[0];
    assert_eq!(s.multiword.len(), 1, "{:?}", s.tokens);
    let m = &s.multiword[0];
    assert_eq!(m.span.slice(&d.text), "don’t");
    assert_eq!(s.tokens[1].form, "do");
    assert_eq!(s.tokens[3].form, "like");
    assert_eq!(s.tokens[3].span.slice(&d.text), "like");
    assert_eq!(d.sentences[1].tokens[1].span.slice(&d.text), "Smith");
}

/// FNV-1a, as the model file's checksum.
fn fnv(data: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in data {
        h ^= b as u64;
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

#[test]
fn damaged_payloads_with_valid_checksums_are_refused_or_work() {
    // The checksum stops random damage; this reaches the payload reader
    // itself (counts, variable-length integers, class ids) by damaging the
    // payload and fixing the checksum.
    let bytes = tiny_model().to_bytes();
    let payload = 20..bytes.len() - 8;
    let mut rng = Lcg(7);
    let (mut refused, mut read) = (0, 0);
    for round in 0..300 {
        let mut b = bytes.clone();
        for _ in 0..1 + round % 3 {
            let at = payload.start + rng.next() as usize % payload.len();
            b[at] ^= 1 << (rng.next() % 8);
        }
        let sum = fnv(&b[payload.clone()]);
        let end = b.len();
        b[end - 8..].copy_from_slice(&sum.to_le_bytes());
        match Model::from_bytes(&b) {
            Err(e) => {
                refused += 1;
                assert!(!e.to_string().is_empty());
            }
            Ok(m) => {
                read += 1;
                let mut n = Nlp::default();
                n.add_model(m);
                let d = n.process(doc(
                    Some("en"),
                    &["I don't like cats. Mr. Smith met the president."],
                ));
                for s in &d.sentences {
                    for t in &s.tokens {
                        assert!(t.head as usize <= s.tokens.len());
                    }
                }
            }
        }
    }
    assert_eq!(refused + read, 300);
    assert!(refused > 0, "some damage must be noticed");
}
