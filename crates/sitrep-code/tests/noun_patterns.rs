//! Nominal predicates use their block's patterns too: "un appel à la
//! retenue" is an appeal for restraint (0256), not a bare appeal (020).

use sitrep_code::Coder;
use sitrep_model::conllu::read_conllu;
use sitrep_model::{DateSource, Document, PublicationDate};

#[test]
fn appel_a_la_retenue() {
    let conllu = "# text = La France a lancé un appel à la retenue à la Russie.
1	La	le	DET	_	_	2	det	_	_
2	France	France	PROPN	_	_	4	nsubj	_	_
3	a	avoir	AUX	_	_	4	aux	_	_
4	lancé	lancer	VERB	_	_	0	root	_	_
5	un	un	DET	_	_	6	det	_	_
6	appel	appel	NOUN	_	_	4	obj	_	_
7	à	à	ADP	_	_	9	case	_	_
8	la	le	DET	_	_	9	det	_	_
9	retenue	retenue	NOUN	_	_	6	nmod	_	_
10	à	à	ADP	_	_	12	case	_	_
11	la	le	DET	_	_	12	det	_	_
12	Russie	Russie	PROPN	_	_	4	obl	_	SpaceAfter=No
13	.	.	PUNCT	_	_	4	punct	_	_
";
    let mut s = read_conllu(conllu).expect("well-formed CoNLL-U");
    let s = s.remove(0);
    let doc = Document {
        id: "appel".into(),
        text: s.text.clone(),
        language: Some("fr".into()),
        published: Some(PublicationDate {
            date: "2024-03-01".into(),
            source: DateSource::Metadata,
        }),
        sentences: vec![s.sentence],
        ..Document::default()
    };
    let coder = Coder::builtin().unwrap_or_else(|e| panic!("{e}"));
    let out = coder.process(doc);
    let found: Vec<(Option<String>, Option<String>, String)> = out
        .events
        .iter()
        .map(|e| {
            (
                e.source.country.clone(),
                e.target.as_ref().and_then(|t| t.country.clone()),
                e.cameo.clone(),
            )
        })
        .collect();
    assert!(
        found.contains(&(Some("FRA".into()), Some("RUS".into()), "0256".into())),
        "{found:?}"
    );
    assert!(!found.iter().any(|f| f.2 == "020"), "{found:?}");
}
