//! Training and scoring on the real treebanks in `../shared/data/ud`, and
//! the built-in models on sentences of the kind sitrep reads.

use sitrep_model::conllu::read_conllu;
use sitrep_model::{shared_data, Block, BlockKind, Document, Sentence, Span};
use sitrep_nlp::{eval, Model, Nlp, TrainOptions};

fn doc(lang: &str, text: &str) -> Document {
    Document {
        text: text.to_string(),
        blocks: vec![Block {
            kind: BlockKind::Paragraph,
            span: Span::new(0, text.len()),
        }],
        language: Some(lang.to_string()),
        ..Document::default()
    }
}

#[test]
fn a_short_training_on_sequoia_scores_sensibly_on_its_dev_split() {
    let (Some(train), Some(dev)) = (
        shared_data("data/ud/fr_sequoia/train.conllu"),
        shared_data("data/ud/fr_sequoia/dev.conllu"),
    ) else {
        return;
    };
    let train = read_conllu(&std::fs::read_to_string(train).unwrap()).unwrap();
    let dev = read_conllu(&std::fs::read_to_string(dev).unwrap()).unwrap();
    let opts = TrainOptions {
        tagger_epochs: 2,
        parser_epochs: 2,
        ..TrainOptions::default()
    };
    let model = Model::train("fr", &train, &opts, &|_| {}).unwrap();
    let mut nlp = Nlp::default();
    nlp.add_model(model);

    let gold: Vec<Sentence> = dev.iter().map(|c| c.sentence.clone()).collect();
    let mut sys = gold.clone();
    assert!(nlp.analyse_sentences("fr", &mut sys));
    let e = eval::evaluate(&gold, &sys).unwrap();
    let f1 = |m: &str| 100.0 * e.get(m).unwrap().f1();
    assert_eq!(f1("Words"), 100.0);
    assert!(f1("UPOS") > 93.0, "UPOS {}", f1("UPOS"));
    assert!(f1("Lemmas") > 93.0, "Lemmas {}", f1("Lemmas"));
    assert!(f1("LAS") > 70.0, "LAS {}", f1("LAS"));

    // From raw text: the dev sentences joined by spaces.
    let text: Vec<&str> = dev.iter().map(|c| c.text.as_str()).collect();
    let d = nlp.process(doc("fr", &text.join(" ")));
    let e = eval::evaluate(&gold, &d.sentences).unwrap();
    let f1 = |m: &str| 100.0 * e.get(m).unwrap().f1();
    assert!(f1("Tokens") > 98.5, "Tokens {}", f1("Tokens"));
    assert!(f1("Words") > 98.0, "Words {}", f1("Words"));
    assert!(f1("Sentences") > 75.0, "Sentences {}", f1("Sentences"));
    assert!(f1("LAS") > 65.0, "LAS {}", f1("LAS"));
}

/// Two treebanks with different feature conventions (Sequoia and GSD):
/// the model trained with treebank features tags held-out GSD sentences in
/// GSD's conventions when GSD is the target, and in Sequoia's otherwise.
#[test]
fn treebank_features_follow_the_target_treebank() {
    let (Some(seq), Some(gsd)) = (
        shared_data("data/ud/fr_sequoia/train.conllu"),
        shared_data("data/ud/fr_gsd/dev.conllu"),
    ) else {
        return;
    };
    let seq = read_conllu(&std::fs::read_to_string(seq).unwrap()).unwrap();
    let gsd = read_conllu(&std::fs::read_to_string(gsd).unwrap()).unwrap();
    let (gsd_train, gsd_test) = gsd.split_at(700);
    let mut train = seq[..700].to_vec();
    train.extend_from_slice(gsd_train);
    let treebanks: Vec<usize> = (0..train.len()).map(|i| (i >= 700) as usize).collect();
    let gold: Vec<Sentence> = gsd_test.iter().map(|c| c.sentence.clone()).collect();
    let ufeats = |target: usize| {
        let opts = TrainOptions {
            tagger_epochs: 2,
            parser_epochs: 1,
            treebanks: treebanks.clone(),
            target_treebank: target,
            ..TrainOptions::default()
        };
        let model = Model::train("fr", &train, &opts, &|_| {}).unwrap();
        let model = Model::from_bytes(&model.to_bytes()).unwrap();
        let mut nlp = Nlp::default();
        nlp.add_model(model);
        let mut sys = gold.clone();
        assert!(nlp.analyse_sentences("fr", &mut sys));
        100.0
            * eval::evaluate(&gold, &sys)
                .unwrap()
                .get("UFeats")
                .unwrap()
                .f1()
    };
    let (as_gsd, as_sequoia) = (ufeats(1), ufeats(0));
    assert!(
        as_gsd > as_sequoia + 2.0,
        "UFeats as GSD {as_gsd:.2}, as Sequoia {as_sequoia:.2}"
    );
    // Treebank ids that do not match the sentences are refused.
    let opts = TrainOptions {
        treebanks: vec![0, 1],
        ..TrainOptions::default()
    };
    assert!(Model::train("fr", &train, &opts, &|_| {}).is_err());
}

fn find<'a>(s: &'a Sentence, form: &str) -> (usize, &'a sitrep_model::Token) {
    s.tokens
        .iter()
        .enumerate()
        .find(|(_, t)| t.form == form)
        .unwrap_or_else(|| {
            panic!(
                "no word {form:?} in {:?}",
                s.tokens.iter().map(|t| &t.form).collect::<Vec<_>>()
            )
        })
}

#[test]
fn builtin_models_parse_news_sentences() {
    let nlp = Nlp::builtin().unwrap();
    assert!(nlp.model_version("en").is_some() && nlp.model_version("fr").is_some());

    let d = nlp.process(doc(
        "en",
        "Russian troops attacked the city of Kharkiv on Tuesday. The president didn't comment.",
    ));
    assert_eq!(d.sentences.len(), 2);
    let s = &d.sentences[0];
    let (verb, v) = find(s, "attacked");
    assert_eq!(
        (v.upos.as_str(), v.deprel.as_str(), v.lemma.as_str()),
        ("VERB", "root", "attack")
    );
    assert_eq!(find(s, "troops").1.deprel, "nsubj");
    assert_eq!(find(s, "troops").1.head as usize, verb + 1);
    assert_eq!(find(s, "city").1.deprel, "obj");
    let s = &d.sentences[1];
    assert_eq!(s.multiword.len(), 1, "didn't is one token of two words");
    assert_eq!(find(s, "n't").1.upos, "PART");

    // Possessives split as EWT splits them (also for words it never saw so),
    // learned hyphen prefixes, addresses and decimals stay whole.
    let d = nlp.process(doc(
        "en",
        "The Kharkivites' mayor's aide, a non-Microsoft engineer, wrote to jo.smith@example.org about http://example.com/news-2024.html. Prices rose 3.5%.",
    ));
    let words: Vec<&str> = d
        .sentences
        .iter()
        .flat_map(|s| s.tokens.iter().map(|t| t.form.as_str()))
        .collect();
    for w in [
        "mayor",
        "'s",
        "non-Microsoft",
        "jo.smith@example.org",
        "http://example.com/news-2024.html",
        "3.5",
    ] {
        assert!(words.contains(&w), "no word {w:?} in {words:?}");
    }
    let s = &d.sentences[0];
    let m = s
        .multiword
        .iter()
        .find(|m| m.form == "mayor's")
        .expect("mayor's is a multiword token");
    assert_eq!(m.last - m.first, 1);
    assert_eq!(s.tokens[m.first as usize].form, "mayor");

    // A name after "N'" stays whole; the negation "n'" is still cut off.
    let d = nlp.process(doc(
        "fr",
        "Le Soudan accuse N’Djamena, et M. N'Diaye n'a pas répondu.",
    ));
    let words: Vec<&str> = d
        .sentences
        .iter()
        .flat_map(|s| s.tokens.iter().map(|t| t.form.as_str()))
        .collect();
    for w in ["N’Djamena", "N'Diaye", "n'", "a"] {
        assert!(words.contains(&w), "no word {w:?} in {words:?}");
    }
    assert_eq!(find(&d.sentences[0], "N’Djamena").1.upos, "PROPN");

    // The lower-case piece of a hyphenated given name is part of the name
    // ("in" of "Moon Jae-in" is no preposition), and the verb after it
    // heads the sentence; a hyphenated modifier ("Iran-backed") is not.
    let d = nlp.process(doc(
        "en",
        "Moon Jae-in met Kim Jong Un in Panmunjom on Friday. The Iran-backed group attacked a ship.",
    ));
    let s = &d.sentences[0];
    assert_eq!(s.tokens[3].form, "in");
    assert_eq!(s.tokens[3].upos, "PROPN");
    let (_, met) = find(s, "met");
    assert_eq!((met.upos.as_str(), met.head), ("VERB", 0));
    assert_eq!(find(&d.sentences[1], "backed").1.upos, "VERB");

    let d = nlp.process(doc(
        "fr",
        "Vladimir Poutine a reçu Recep Tayyip Erdogan à Sotchi. Ils ont parlé du conflit.",
    ));
    assert_eq!(d.sentences.len(), 2);
    let s = &d.sentences[0];
    let (verb, v) = find(s, "reçu");
    assert_eq!(
        (v.upos.as_str(), v.deprel.as_str(), v.lemma.as_str()),
        ("VERB", "root", "recevoir")
    );
    let (vladimir, subj) = find(s, "Vladimir");
    assert_eq!(
        (subj.deprel.as_str(), subj.head as usize),
        ("nsubj", verb + 1)
    );
    assert_eq!(find(s, "Poutine").1.head as usize, vladimir + 1);
    assert_eq!(find(s, "Recep").1.deprel, "obj");
    let s = &d.sentences[1];
    let (verb, _) = find(s, "parlé");
    let conflit = find(s, "conflit").1;
    assert!(
        conflit.deprel.starts_with("obl"),
        "conflit is {}",
        conflit.deprel
    );
    assert_eq!(conflit.head as usize, verb + 1);
    let s = &d.sentences[1];
    assert_eq!(s.multiword.len(), 1);
    assert_eq!(
        (s.tokens[3].form.as_str(), s.tokens[4].form.as_str()),
        ("de", "le")
    );
    assert_eq!(s.multiword[0].span.slice(&d.text), "du");
}
