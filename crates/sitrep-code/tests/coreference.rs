//! Coreference the text makes plain, through the built-in lexicon: "the two
//! men" are the two people just named, "he" is the previous sentence's
//! subject, and a pronoun subject of a reported clause is the speaker.

use sitrep_code::Coder;
use sitrep_model::conllu::read_conllu;
use sitrep_model::{DateSource, Document, PublicationDate};

fn doc(conllu: &str) -> Document {
    let sents = read_conllu(conllu).expect("the test's CoNLL-U is well-formed");
    let mut d = Document {
        id: "coref".into(),
        language: Some("en".into()),
        published: Some(PublicationDate {
            date: "2021-09-29".into(),
            source: DateSource::Metadata,
        }),
        ..Document::default()
    };
    for c in sents {
        let off = d.text.len() as u32 + u32::from(!d.text.is_empty());
        if !d.text.is_empty() {
            d.text.push(' ');
        }
        d.text.push_str(&c.text);
        let mut s = c.sentence;
        s.span.start += off;
        s.span.end += off;
        for t in &mut s.tokens {
            t.span.start += off;
            t.span.end += off;
        }
        d.sentences.push(s);
    }
    d
}

const TEXT: &str = "# text = Vladimir Putin met Recep Tayyip Erdogan in Sochi.
1	Vladimir	Vladimir	PROPN	_	_	3	nsubj	_	_
2	Putin	Putin	PROPN	_	_	1	flat	_	_
3	met	meet	VERB	_	_	0	root	_	_
4	Recep	Recep	PROPN	_	_	3	obj	_	_
5	Tayyip	Tayyip	PROPN	_	_	4	flat	_	_
6	Erdogan	Erdogan	PROPN	_	_	4	flat	_	_
7	in	in	ADP	_	_	8	case	_	_
8	Sochi	Sochi	PROPN	_	_	3	obl	_	SpaceAfter=No
9	.	.	PUNCT	_	_	3	punct	_	_

# text = The two men criticized Ukraine.
1	The	the	DET	_	_	3	det	_	_
2	two	two	NUM	_	_	3	nummod	_	_
3	men	man	NOUN	_	_	4	nsubj	_	_
4	criticized	criticize	VERB	_	_	0	root	_	_
5	Ukraine	Ukraine	PROPN	_	_	4	obj	_	SpaceAfter=No
6	.	.	PUNCT	_	_	4	punct	_	_

# text = He said he would attack Ukraine.
1	He	he	PRON	_	_	2	nsubj	_	_
2	said	say	VERB	_	_	0	root	_	_
3	he	he	PRON	_	_	5	nsubj	_	_
4	would	would	AUX	_	_	5	aux	_	_
5	attack	attack	VERB	_	_	2	ccomp	_	_
6	Ukraine	Ukraine	PROPN	_	_	5	obj	_	SpaceAfter=No
7	.	.	PUNCT	_	_	2	punct	_	_
";

#[test]
fn the_two_men_and_he() {
    let coder = Coder::builtin().unwrap_or_else(|e| panic!("{e}"));
    let out = coder.process(doc(TEXT));
    let dyads: Vec<(u32, String, String, String)> = out
        .events
        .iter()
        .map(|e| {
            (
                e.sentence.index,
                e.source.country.clone().unwrap_or_default(),
                e.target
                    .as_ref()
                    .and_then(|t| t.country.clone())
                    .unwrap_or_default(),
                e.cameo_root.clone(),
            )
        })
        .collect();
    let has = |i: u32, s: &str, t: &str, r: &str| {
        dyads
            .iter()
            .any(|(a, b, c, d)| *a == i && b == s && c == t && d == r)
    };
    assert!(has(0, "RUS", "TUR", "04"), "{dyads:?}");
    // "The two men" are Putin and Erdogan.
    assert!(has(1, "RUS", "UKR", "11"), "{dyads:?}");
    assert!(has(1, "TUR", "UKR", "11"), "{dyads:?}");
    // "He" is the previous sentence's first subject; the embedded "he" is
    // the speaker, and the attack is intended: "would" in reported speech
    // is the future of the past ("said he would attack").
    let attack = out
        .events
        .iter()
        .find(|e| e.sentence.index == 2 && e.cameo_root == "19")
        .unwrap_or_else(|| panic!("no attack coded: {dyads:?}"));
    assert_eq!(attack.source.country.as_deref(), Some("RUS"));
    assert_eq!(
        attack.target.as_ref().and_then(|t| t.country.as_deref()),
        Some("UKR")
    );
    assert_eq!(attack.certainty, sitrep_model::Certainty::Intended);
    // Evidence points into the document text.
    let trig = &attack.evidence.trigger[0];
    let chars: String = out
        .text
        .chars()
        .skip(trig.start as usize)
        .take((trig.end - trig.start) as usize)
        .collect();
    assert_eq!(chars, "attack");
}
