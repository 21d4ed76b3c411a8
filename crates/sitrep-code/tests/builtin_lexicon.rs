//! The built-in lexicon (`lexicon/`) through the coding engine: every file
//! loads, and small English and French sentences, parsed by hand in UD, yield
//! the events an analyst would record (source country, target country,
//! CAMEO root).

use sitrep_code::Coder;
use sitrep_model::conllu::read_conllu;
use sitrep_model::{DateSource, Document, Event, PublicationDate};

/// Codes one hand-parsed sentence as a one-sentence document.
fn code(coder: &Coder, lang: &str, date: &str, conllu: &str) -> Vec<Event> {
    let mut sents = read_conllu(conllu).expect("the test's CoNLL-U is well-formed");
    assert_eq!(sents.len(), 1, "one sentence per test");
    let s = sents.remove(0);
    let doc = Document {
        id: "test".into(),
        text: s.text.clone(),
        language: Some(lang.into()),
        published: Some(PublicationDate {
            date: date.into(),
            source: DateSource::Metadata,
        }),
        sentences: vec![s.sentence],
        ..Document::default()
    };
    coder.process(doc).events
}

/// (source country, target country, CAMEO root) of each event.
fn dyads(events: &[Event]) -> Vec<(String, String, String)> {
    events
        .iter()
        .map(|e| {
            (
                e.source.country.clone().unwrap_or_default(),
                e.target
                    .as_ref()
                    .and_then(|t| t.country.clone())
                    .unwrap_or_default(),
                e.cameo_root.clone(),
            )
        })
        .collect()
}

fn assert_has(events: &[Event], src: &str, tgt: &str, root: &str) {
    let d = dyads(events);
    assert!(
        d.iter().any(|(s, t, r)| s == src && t == tgt && r == root),
        "expected {src} -> {tgt} root {root}; coded {d:?}"
    );
}

fn coder() -> Coder {
    match Coder::builtin() {
        Ok(c) => c,
        Err(e) => panic!("the built-in lexicon does not load: {e}"),
    }
}

#[test]
fn every_builtin_file_loads_without_irregularities() {
    let c = coder();
    let w: Vec<String> = c.warnings().iter().map(|w| w.to_string()).collect();
    assert!(
        w.is_empty(),
        "irregular lines in the built-in lexicon: {w:#?}"
    );
    assert!(c.lexicon_version().is_some());
}

#[test]
fn en_leaders_meet() {
    let c = coder();
    let ev = code(
        &c,
        "en",
        "2021-09-29",
        "# text = Russian President Vladimir Putin met Turkish President Recep Tayyip Erdogan in Sochi.
1	Russian	Russian	ADJ	_	_	3	amod	_	_
2	President	president	PROPN	_	_	3	compound	_	_
3	Vladimir	Vladimir	PROPN	_	_	5	nsubj	_	_
4	Putin	Putin	PROPN	_	_	3	flat	_	_
5	met	meet	VERB	_	_	0	root	_	_
6	Turkish	Turkish	ADJ	_	_	8	amod	_	_
7	President	president	PROPN	_	_	8	compound	_	_
8	Recep	Recep	PROPN	_	_	5	obj	_	_
9	Tayyip	Tayyip	PROPN	_	_	8	flat	_	_
10	Erdogan	Erdogan	PROPN	_	_	8	flat	_	_
11	in	in	ADP	_	_	12	case	_	_
12	Sochi	Sochi	PROPN	_	_	5	obl	_	SpaceAfter=No
13	.	.	PUNCT	_	_	5	punct	_	_
",
    );
    assert_has(&ev, "RUS", "TUR", "04");
    let e = ev
        .iter()
        .find(|e| e.cameo_root == "04")
        .map(|e| e.source.code.clone());
    assert_eq!(
        e,
        Some(Some("RUSGOV".to_string())),
        "Putin is government in 2021"
    );
}

#[test]
fn en_airstrikes_on_gaza() {
    let c = coder();
    let ev = code(
        &c,
        "en",
        "2023-10-10",
        "# text = Israel launched airstrikes on Gaza.
1	Israel	Israel	PROPN	_	_	2	nsubj	_	_
2	launched	launch	VERB	_	_	0	root	_	_
3	airstrikes	airstrike	NOUN	_	_	2	obj	_	_
4	on	on	ADP	_	_	5	case	_	_
5	Gaza	Gaza	PROPN	_	_	3	nmod	_	SpaceAfter=No
6	.	.	PUNCT	_	_	2	punct	_	_
",
    );
    assert_has(&ev, "ISR", "PSE", "19");
}

#[test]
fn en_condemn_missile_test() {
    let c = coder();
    let ev = code(
        &c,
        "en",
        "2022-11-03",
        "# text = The United States condemned North Korea's missile test.
1	The	the	DET	_	_	3	det	_	_
2	United	United	PROPN	_	_	3	compound	_	_
3	States	States	PROPN	_	_	4	nsubj	_	_
4	condemned	condemn	VERB	_	_	0	root	_	_
5	North	North	PROPN	_	_	6	compound	_	_
6	Korea	Korea	PROPN	_	_	9	nmod:poss	_	SpaceAfter=No
7	's	's	PART	_	_	6	case	_	_
8	missile	missile	NOUN	_	_	9	compound	_	_
9	test	test	NOUN	_	_	4	obj	_	SpaceAfter=No
10	.	.	PUNCT	_	_	4	punct	_	_
",
    );
    assert_has(&ev, "USA", "PRK", "11");
}

#[test]
fn en_accuse_and_appeal() {
    let c = coder();
    let ev = code(
        &c,
        "en",
        "2024-01-15",
        "# text = China accused Japan of provocation.
1	China	China	PROPN	_	_	2	nsubj	_	_
2	accused	accuse	VERB	_	_	0	root	_	_
3	Japan	Japan	PROPN	_	_	2	obj	_	_
4	of	of	ADP	_	_	5	case	_	_
5	provocation	provocation	NOUN	_	_	2	obl	_	SpaceAfter=No
6	.	.	PUNCT	_	_	2	punct	_	_
",
    );
    assert_has(&ev, "CHN", "JPN", "11");
    let ev = code(
        &c,
        "en",
        "2024-01-15",
        "# text = Ukraine asked Germany for more weapons.
1	Ukraine	Ukraine	PROPN	_	_	2	nsubj	_	_
2	asked	ask	VERB	_	_	0	root	_	_
3	Germany	Germany	PROPN	_	_	2	obj	_	_
4	for	for	ADP	_	_	6	case	_	_
5	more	more	ADJ	_	_	6	amod	_	_
6	weapons	weapon	NOUN	_	_	2	obl	_	SpaceAfter=No
7	.	.	PUNCT	_	_	2	punct	_	_
",
    );
    assert_has(&ev, "UKR", "DEU", "02");
}

#[test]
fn en_sanctions_and_troops() {
    let c = coder();
    let ev = code(
        &c,
        "en",
        "2022-03-01",
        "# text = The European Union imposed sanctions on Russia.
1	The	the	DET	_	_	3	det	_	_
2	European	European	PROPN	_	_	3	compound	_	_
3	Union	Union	PROPN	_	_	4	nsubj	_	_
4	imposed	impose	VERB	_	_	0	root	_	_
5	sanctions	sanction	NOUN	_	_	4	obj	_	_
6	on	on	ADP	_	_	7	case	_	_
7	Russia	Russia	PROPN	_	_	4	obl	_	SpaceAfter=No
8	.	.	PUNCT	_	_	4	punct	_	_
",
    );
    assert_has(&ev, "IGOEUR", "RUS", "16");
    let ev = code(
        &c,
        "en",
        "2019-10-10",
        "# text = Turkish troops shelled Syrian army positions.
1	Turkish	Turkish	ADJ	_	_	2	amod	_	_
2	troops	troop	NOUN	_	_	3	nsubj	_	_
3	shelled	shell	VERB	_	_	0	root	_	_
4	Syrian	Syrian	ADJ	_	_	6	amod	_	_
5	army	army	NOUN	_	_	6	compound	_	_
6	positions	position	NOUN	_	_	3	obj	_	SpaceAfter=No
7	.	.	PUNCT	_	_	3	punct	_	_
",
    );
    assert_has(&ev, "TUR", "SYR", "19");
    let src = ev
        .iter()
        .find(|e| e.cameo_root == "19")
        .and_then(|e| e.source.code.clone());
    assert_eq!(src.as_deref(), Some("TURMIL"), "troops are the military");
}

#[test]
fn a_verb_with_a_wrong_lemma_is_found_by_its_written_form() {
    // The lemmas are those the statistical lemmatizer gave these unseen
    // forms; the coder still finds the verb by its written form, among the
    // regular inflections it makes of every dictionary verb.
    let c = coder();
    let ev = code(
        &c,
        "fr",
        "2021-12-13",
        "# text = Le Rwanda a rompu ses relations avec la Belgique.
1	Le	le	DET	_	_	2	det	_	_
2	Rwanda	Rwanda	PROPN	_	_	4	nsubj	_	_
3	a	avoir	AUX	_	_	4	aux:tense	_	_
4	rompu	rompouvoir	VERB	_	_	0	root	_	_
5	ses	son	DET	_	_	6	det	_	_
6	relations	relation	NOUN	_	_	4	obj	_	_
7	avec	avec	ADP	_	_	9	case	_	_
8	la	le	DET	_	_	9	det	_	_
9	Belgique	Belgique	PROPN	_	_	4	obl	_	SpaceAfter=No
10	.	.	PUNCT	_	_	4	punct	_	_
",
    );
    assert_has(&ev, "RWA", "BEL", "16");
    let ev = code(
        &c,
        "en",
        "2019-10-10",
        "# text = Turkish troops shelled Syrian army positions.
1	Turkish	Turkish	ADJ	_	_	2	amod	_	_
2	troops	troop	NOUN	_	_	3	nsubj	_	_
3	shelled	shel	VERB	_	_	0	root	_	_
4	Syrian	Syrian	ADJ	_	_	6	amod	_	_
5	army	army	NOUN	_	_	6	compound	_	_
6	positions	position	NOUN	_	_	3	obj	_	SpaceAfter=No
7	.	.	PUNCT	_	_	3	punct	_	_
",
    );
    assert_has(&ev, "TUR", "SYR", "19");
}

#[test]
fn en_roles_follow_the_article_date() {
    let c = coder();
    let visit = "# text = Obama visited Cuba.
1	Obama	Obama	PROPN	_	_	2	nsubj	_	_
2	visited	visit	VERB	_	_	0	root	_	_
3	Cuba	Cuba	PROPN	_	_	2	obj	_	SpaceAfter=No
4	.	.	PUNCT	_	_	2	punct	_	_
";
    let in_office = code(&c, "en", "2016-03-21", visit);
    assert_has(&in_office, "USA", "CUB", "04");
    let code_in = in_office
        .iter()
        .find(|e| e.cameo_root == "04")
        .and_then(|e| e.source.code.clone());
    assert_eq!(code_in.as_deref(), Some("USAGOV"));
    let after = code(&c, "en", "2019-06-01", visit);
    let code_after = after
        .iter()
        .find(|e| e.cameo_root == "04")
        .and_then(|e| e.source.code.clone());
    assert_eq!(
        code_after.as_deref(),
        Some("USAELI"),
        "out of office after 2017-01-20"
    );
}

#[test]
fn fr_rencontre_entre_presidents() {
    let c = coder();
    let ev = code(
        &c,
        "fr",
        "2021-09-29",
        "# text = Le président russe Vladimir Poutine a rencontré son homologue turc Recep Tayyip Erdogan à Sotchi.
1	Le	le	DET	_	_	2	det	_	_
2	président	président	NOUN	_	_	7	nsubj	_	_
3	russe	russe	ADJ	_	_	2	amod	_	_
4	Vladimir	Vladimir	PROPN	_	_	2	appos	_	_
5	Poutine	Poutine	PROPN	_	_	4	flat:name	_	_
6	a	avoir	AUX	_	_	7	aux	_	_
7	rencontré	rencontrer	VERB	_	_	0	root	_	_
8	son	son	DET	_	_	9	det	_	_
9	homologue	homologue	NOUN	_	_	7	obj	_	_
10	turc	turc	ADJ	_	_	9	amod	_	_
11	Recep	Recep	PROPN	_	_	9	appos	_	_
12	Tayyip	Tayyip	PROPN	_	_	11	flat:name	_	_
13	Erdogan	Erdogan	PROPN	_	_	11	flat:name	_	_
14	à	à	ADP	_	_	15	case	_	_
15	Sotchi	Sotchi	PROPN	_	_	7	obl:mod	_	SpaceAfter=No
16	.	.	PUNCT	_	_	7	punct	_	_
",
    );
    assert_has(&ev, "RUS", "TUR", "04");
}

#[test]
fn fr_pronominal_verb_se_retrouver() {
    let c = coder();
    let ev = code(
        &c,
        "fr",
        "2020-03-05",
        "# text = Poutine et Erdogan se sont retrouvés à Moscou.
1	Poutine	Poutine	PROPN	_	_	6	nsubj	_	_
2	et	et	CCONJ	_	_	3	cc	_	_
3	Erdogan	Erdogan	PROPN	_	_	1	conj	_	_
4	se	se	PRON	_	_	6	expl:pv	_	_
5	sont	être	AUX	_	_	6	aux	_	_
6	retrouvés	retrouver	VERB	_	_	0	root	_	_
7	à	à	ADP	_	_	8	case	_	_
8	Moscou	Moscou	PROPN	_	_	6	obl:mod	_	SpaceAfter=No
9	.	.	PUNCT	_	_	6	punct	_	_
",
    );
    let d = dyads(&ev);
    assert!(
        d.iter().any(
            |(s, t, r)| r == "04" && ((s == "RUS" && t == "TUR") || (s == "TUR" && t == "RUS"))
        ),
        "expected a Russia-Turkey meeting; coded {d:?}"
    );
}

#[test]
fn fr_reprocher_a() {
    let c = coder();
    let ev = code(
        &c,
        "fr",
        "2021-09-29",
        "# text = La Russie reproche à la Turquie de ne pas agir.
1	La	le	DET	_	_	2	det	_	_
2	Russie	Russie	PROPN	_	_	3	nsubj	_	_
3	reproche	reprocher	VERB	_	_	0	root	_	_
4	à	à	ADP	_	_	6	case	_	_
5	la	le	DET	_	_	6	det	_	_
6	Turquie	Turquie	PROPN	_	_	3	obl:arg	_	_
7	de	de	ADP	_	_	10	mark	_	_
8	ne	ne	ADV	_	_	10	advmod	_	_
9	pas	pas	ADV	_	_	10	advmod	_	_
10	agir	agir	VERB	_	_	3	xcomp	_	SpaceAfter=No
11	.	.	PUNCT	_	_	3	punct	_	_
",
    );
    assert_has(&ev, "RUS", "TUR", "11");
}

#[test]
fn fr_condamner_et_bombarder() {
    let c = coder();
    let ev = code(
        &c,
        "fr",
        "2021-09-29",
        "# text = Washington a condamné les frappes russes en Syrie.
1	Washington	Washington	PROPN	_	_	3	nsubj	_	_
2	a	avoir	AUX	_	_	3	aux	_	_
3	condamné	condamner	VERB	_	_	0	root	_	_
4	les	le	DET	_	_	5	det	_	_
5	frappes	frappe	NOUN	_	_	3	obj	_	_
6	russes	russe	ADJ	_	_	5	amod	_	_
7	en	en	ADP	_	_	8	case	_	_
8	Syrie	Syrie	PROPN	_	_	5	nmod	_	SpaceAfter=No
9	.	.	PUNCT	_	_	3	punct	_	_
",
    );
    assert_has(&ev, "USA", "RUS", "11");
    let ev = code(
        &c,
        "fr",
        "2023-10-10",
        "# text = Israël a bombardé la bande de Gaza.
1	Israël	Israël	PROPN	_	_	3	nsubj	_	_
2	a	avoir	AUX	_	_	3	aux	_	_
3	bombardé	bombarder	VERB	_	_	0	root	_	_
4	la	le	DET	_	_	5	det	_	_
5	bande	bande	NOUN	_	_	3	obj	_	_
6	de	de	ADP	_	_	7	case	_	_
7	Gaza	Gaza	PROPN	_	_	5	nmod	_	SpaceAfter=No
8	.	.	PUNCT	_	_	3	punct	_	_
",
    );
    assert_has(&ev, "ISR", "PSE", "19");
}

#[test]
fn fr_demander_a_et_acheter_a() {
    let c = coder();
    let ev = code(
        &c,
        "fr",
        "2024-01-15",
        "# text = L'Ukraine a demandé des armes à l'Allemagne.
1	L'	le	DET	_	_	2	det	_	SpaceAfter=No
2	Ukraine	Ukraine	PROPN	_	_	4	nsubj	_	_
3	a	avoir	AUX	_	_	4	aux	_	_
4	demandé	demander	VERB	_	_	0	root	_	_
5	des	un	DET	_	_	6	det	_	_
6	armes	arme	NOUN	_	_	4	obj	_	_
7	à	à	ADP	_	_	9	case	_	_
8	l'	le	DET	_	_	9	det	_	SpaceAfter=No
9	Allemagne	Allemagne	PROPN	_	_	4	obl:arg	_	SpaceAfter=No
10	.	.	PUNCT	_	_	4	punct	_	_
",
    );
    assert_has(&ev, "UKR", "DEU", "02");
    let ev = code(
        &c,
        "fr",
        "2021-09-29",
        "# text = Erdogan a dit vouloir acheter des S-400 à la Russie.
1	Erdogan	Erdogan	PROPN	_	_	3	nsubj	_	_
2	a	avoir	AUX	_	_	3	aux	_	_
3	dit	dire	VERB	_	_	0	root	_	_
4	vouloir	vouloir	VERB	_	_	3	xcomp	_	_
5	acheter	acheter	VERB	_	_	4	xcomp	_	_
6	des	un	DET	_	_	7	det	_	_
7	S-400	S-400	NOUN	_	_	5	obj	_	_
8	à	à	ADP	_	_	10	case	_	_
9	la	le	DET	_	_	10	det	_	_
10	Russie	Russie	PROPN	_	_	5	obl:arg	_	SpaceAfter=No
11	.	.	PUNCT	_	_	3	punct	_	_
",
    );
    assert_has(&ev, "TUR", "RUS", "06");
}

#[test]
fn fr_kremlin_spokesman_and_articles_are_not_actors() {
    let c = coder();
    let ev = code(
        &c,
        "fr",
        "2021-09-29",
        "# text = Le porte-parole du Kremlin a critiqué Ankara.
1	Le	le	DET	_	_	2	det	_	_
2	porte-parole	porte-parole	NOUN	_	_	7	nsubj	_	_
3-4	du	_	_	_	_	_	_	_	_
3	de	de	ADP	_	_	5	case	_	_
4	le	le	DET	_	_	5	det	_	_
5	Kremlin	Kremlin	PROPN	_	_	2	nmod	_	_
6	a	avoir	AUX	_	_	7	aux	_	_
7	critiqué	critiquer	VERB	_	_	0	root	_	_
8	Ankara	Ankara	PROPN	_	_	7	obj	_	SpaceAfter=No
9	.	.	PUNCT	_	_	7	punct	_	_
",
    );
    assert_has(&ev, "RUS", "TUR", "11");
    let src = ev
        .iter()
        .find(|e| e.cameo_root == "11")
        .and_then(|e| e.source.code.clone());
    assert_eq!(src.as_deref(), Some("RUSGOV"));
    // "un" is the French article, not the United Nations.
    let ev = code(
        &c,
        "fr",
        "2021-09-29",
        "# text = Un responsable russe a rencontré un diplomate américain.
1	Un	un	DET	_	_	2	det	_	_
2	responsable	responsable	NOUN	_	_	5	nsubj	_	_
3	russe	russe	ADJ	_	_	2	amod	_	_
4	a	avoir	AUX	_	_	5	aux	_	_
5	rencontré	rencontrer	VERB	_	_	0	root	_	_
6	un	un	DET	_	_	7	det	_	_
7	diplomate	diplomate	NOUN	_	_	5	obj	_	_
8	américain	américain	ADJ	_	_	7	amod	_	SpaceAfter=No
9	.	.	PUNCT	_	_	5	punct	_	_
",
    );
    assert_has(&ev, "RUS", "USA", "04");
    assert!(
        dyads(&ev)
            .iter()
            .all(|(s, t, _)| !s.starts_with("IGO") && !t.starts_with("IGO")),
        "no UN actor in {:?}",
        dyads(&ev)
    );
}

#[test]
fn fr_juger_invalides() {
    let c = coder();
    let ev = code(
        &c,
        "fr",
        "2021-09-29",
        "# text = Ankara a jugé invalides les élections russes.
1	Ankara	Ankara	PROPN	_	_	3	nsubj	_	_
2	a	avoir	AUX	_	_	3	aux	_	_
3	jugé	juger	VERB	_	_	0	root	_	_
4	invalides	invalide	ADJ	_	_	3	xcomp	_	_
5	les	le	DET	_	_	6	det	_	_
6	élections	élection	NOUN	_	_	3	obj	_	_
7	russes	russe	ADJ	_	_	6	amod	_	SpaceAfter=No
8	.	.	PUNCT	_	_	3	punct	_	_
",
    );
    assert_has(&ev, "TUR", "RUS", "11");
}

/// An event reduced to what the held-out evaluation scores: source country,
/// target country, CAMEO root. Countries are the code's first three letters
/// (six for `IGO…`/`NGO…`); `---` (no country) is empty.
fn dyad_of(code: Option<&str>) -> String {
    let c = code.unwrap_or("");
    let n = if c.starts_with("IGO") || c.starts_with("NGO") {
        6
    } else {
        3
    };
    let head = c.get(..n).unwrap_or(c);
    if head.starts_with("---") {
        String::new()
    } else {
        head.to_string()
    }
}

/// One PETRARCH validation record: its date, its expected (source, target,
/// root) triples and its CoNLL-U parse.
struct Record {
    date: String,
    expected: Vec<(String, String, String)>,
    parse: String,
}

fn attr<'a>(line: &'a str, name: &str) -> Option<&'a str> {
    let key = format!("{name}=\"");
    let start = line.find(&key)? + key.len();
    let end = line[start..].find('"')? + start;
    Some(&line[start..end])
}

fn read_records(xml: &str) -> Vec<Record> {
    let mut out = Vec::new();
    let mut cur: Option<Record> = None;
    let mut in_parse = false;
    for line in xml.lines() {
        let t = line.trim_start();
        if t.starts_with("<Sentence ") {
            if let Some(r) = cur.take() {
                out.push(r);
            }
            cur = Some(Record {
                date: attr(t, "date").unwrap_or("").to_string(),
                expected: Vec::new(),
                parse: String::new(),
            });
        } else if t.starts_with("<EventCoding ") {
            if let (Some(r), Some(code)) = (cur.as_mut(), attr(t, "eventcode")) {
                let src = dyad_of(attr(t, "sourcecode"));
                let tgt = dyad_of(attr(t, "targetcode"));
                r.expected
                    .push((src, tgt, code.get(..2).unwrap_or(code).to_string()));
            }
        } else if t.starts_with("<Parse>") {
            in_parse = true;
        } else if t.starts_with("</Parse>") {
            in_parse = false;
        } else if in_parse {
            if let Some(r) = cur.as_mut() {
                r.parse.push_str(line);
                r.parse.push('\n');
            }
        }
    }
    if let Some(r) = cur.take() {
        out.push(r);
    }
    out
}

/// The English lexicon on real news sentences it was not written from: the
/// PETRARCH-2 GSR validation records (UD parses given in the file), scored on
/// (source country, target country, CAMEO root) as the project's held-out
/// evaluation scores events. The expected codings there come from PETRARCH-2
/// with the Phoenix dictionaries, so this measures agreement with that
/// reference, not truth; the floor guards against regressions.
#[test]
fn en_agreement_with_petrarch_gsr_records() {
    let Some(path) =
        sitrep_model::shared_data("data/events/validation/PETR2_GSR_validation.ud.xml")
    else {
        return;
    };
    let xml = std::fs::read_to_string(&path).expect("the GSR file is readable");
    let records = read_records(&xml);
    assert!(records.len() > 50, "read {} records", records.len());
    let c = coder();
    let (mut tp, mut n_coded, mut n_expected) = (0usize, 0usize, 0usize);
    for r in &records {
        let Ok(mut sents) = read_conllu(&r.parse) else {
            continue;
        };
        if sents.len() != 1 {
            continue;
        }
        let s = sents.remove(0);
        let date = if r.date.len() == 8 {
            format!("{}-{}-{}", &r.date[..4], &r.date[4..6], &r.date[6..])
        } else {
            String::new()
        };
        let doc = Document {
            id: "gsr".into(),
            text: s.text.clone(),
            language: Some("en".into()),
            published: Some(PublicationDate {
                date,
                source: DateSource::Metadata,
            }),
            sentences: vec![s.sentence],
            ..Document::default()
        };
        let mut got: Vec<(String, String, String)> = c
            .process(doc)
            .events
            .iter()
            .filter(|e| e.target.is_some())
            .map(|e| {
                (
                    dyad_of(e.source.code.as_deref()),
                    dyad_of(e.target.as_ref().and_then(|t| t.code.as_deref())),
                    e.cameo_root.clone(),
                )
            })
            .collect();
        got.sort();
        got.dedup();
        let mut exp = r.expected.clone();
        exp.sort();
        exp.dedup();
        if std::env::var_os("LEXDBG").is_some() {
            eprintln!(
                "REC {} | exp {:?} | got {:?}",
                s_text_dbg(&r.parse),
                exp,
                got
            );
        }
        n_coded += got.len();
        n_expected += exp.len();
        tp += got.iter().filter(|g| exp.contains(g)).count();
    }
    let p = tp as f64 / n_coded.max(1) as f64;
    let r = tp as f64 / n_expected.max(1) as f64;
    eprintln!(
        "built-in English lexicon on {} GSR records: {tp} of {n_coded} coded events match, \
         {tp} of {n_expected} expected found: precision {p:.3}, recall {r:.3}",
        records.len()
    );
    assert!(n_coded > 0, "the built-in lexicon coded nothing");
    // Measured 0.55 and 0.38 when this test was written.
    assert!(
        p >= 0.45 && r >= 0.30,
        "below the floor: precision {p:.3}, recall {r:.3}"
    );
}

fn s_text_dbg(p: &str) -> String {
    p.lines()
        .filter_map(|l| l.split('\t').nth(1))
        .collect::<Vec<_>>()
        .join(" ")
}

/// The events of a hand-parsed sentence as (source code, target country,
/// CAMEO code), for the seed-article tests.
fn coded(events: &[Event]) -> Vec<(String, String, String)> {
    events
        .iter()
        .map(|e| {
            (
                e.source.code.clone().unwrap_or_default(),
                e.target
                    .as_ref()
                    .and_then(|t| t.country.clone())
                    .unwrap_or_default(),
                e.cameo.clone(),
            )
        })
        .collect()
}

// Sentences of the seed article (`../shared/seed/000_434794cdf416e28e.txt`,
// RFI, 2021-09-29), parsed by hand, and the events an analyst records there.

#[test]
fn seed_turkey_requests_a_meeting() {
    let c = coder();
    let ev = code(
        &c,
        "fr",
        "2021-09-29",
        "# text = Le président turc a demandé à Vladimir Poutine un entretien en tête-à-tête.
1	Le	le	DET	_	_	2	det	_	_
2	président	président	NOUN	_	_	5	nsubj	_	_
3	turc	turc	ADJ	_	_	2	amod	_	_
4	a	avoir	AUX	_	_	5	aux	_	_
5	demandé	demander	VERB	_	_	0	root	_	_
6	à	à	ADP	_	_	7	case	_	_
7	Vladimir	Vladimir	PROPN	_	_	5	obl:arg	_	_
8	Poutine	Poutine	PROPN	_	_	7	flat:name	_	_
9	un	un	DET	_	_	10	det	_	_
10	entretien	entretien	NOUN	_	_	5	obj	_	_
11	en	en	ADP	_	_	12	case	_	_
12	tête-à-tête	tête-à-tête	NOUN	_	_	10	nmod	_	SpaceAfter=No
13	.	.	PUNCT	_	_	5	punct	_	_
",
    );
    assert_has(&ev, "TUR", "RUS", "02");
    assert!(
        coded(&ev)
            .iter()
            .any(|(s, _, code)| s == "TURGOV" && code == "026"),
        "a request to meet is 026: {:?}",
        coded(&ev)
    );
}

#[test]
fn seed_ankara_reinforces_its_bases() {
    let c = coder();
    let ev = code(
        &c,
        "fr",
        "2021-09-29",
        "# text = Ankara a renforcé ces dernières semaines ses bases militaires dans l'enclave.
1	Ankara	Ankara	PROPN	_	_	3	nsubj	_	_
2	a	avoir	AUX	_	_	3	aux	_	_
3	renforcé	renforcer	VERB	_	_	0	root	_	_
4	ces	ce	DET	_	_	6	det	_	_
5	dernières	dernier	ADJ	_	_	6	amod	_	_
6	semaines	semaine	NOUN	_	_	3	obl:mod	_	_
7	ses	son	DET	_	_	8	det	_	_
8	bases	base	NOUN	_	_	3	obj	_	_
9	militaires	militaire	ADJ	_	_	8	amod	_	_
10	dans	dans	ADP	_	_	12	case	_	_
11	l'	le	DET	_	_	12	det	_	SpaceAfter=No
12	enclave	enclave	NOUN	_	_	8	nmod	_	SpaceAfter=No
13	.	.	PUNCT	_	_	3	punct	_	_
",
    );
    let d = coded(&ev);
    assert!(
        d.iter().any(|(s, _, code)| s == "TURGOV" && code == "154"),
        "reinforcing military bases is 154 (military posture): {d:?}"
    );
}

#[test]
fn seed_kremlin_spokesman_denounces() {
    let c = coder();
    let ev = code(
        &c,
        "fr",
        "2021-09-29",
        "# text = C'est inacceptable, a dénoncé le porte-parole du Kremlin.
1	C'	ce	PRON	_	_	3	nsubj	_	SpaceAfter=No
2	est	être	AUX	_	_	3	cop	_	_
3	inacceptable	inacceptable	ADJ	_	_	6	ccomp	_	SpaceAfter=No
4	,	,	PUNCT	_	_	6	punct	_	_
5	a	avoir	AUX	_	_	6	aux	_	_
6	dénoncé	dénoncer	VERB	_	_	0	root	_	_
7	le	le	DET	_	_	8	det	_	_
8	porte-parole	porte-parole	NOUN	_	_	6	nsubj	_	_
9-10	du	_	_	_	_	_	_	_	_
9	de	de	ADP	_	_	11	case	_	_
10	le	le	DET	_	_	11	det	_	_
11	Kremlin	Kremlin	PROPN	_	_	8	nmod	_	SpaceAfter=No
12	.	.	PUNCT	_	_	6	punct	_	_
",
    );
    let d = coded(&ev);
    assert!(
        d.iter()
            .any(|(s, _, code)| s == "RUSGOV" && code.starts_with("11")),
        "the Kremlin spokesman denounces (11): {d:?}"
    );
}

#[test]
fn seed_tete_a_tete_between_putin_and_erdogan() {
    let c = coder();
    let ev = code(
        &c,
        "fr",
        "2021-09-29",
        "# text = Le tête à tête entre Poutine et Erdogan a toujours été la solution.
1	Le	le	DET	_	_	2	det	_	_
2	tête	tête	NOUN	_	_	12	nsubj	_	_
3	à	à	ADP	_	_	4	case	_	_
4	tête	tête	NOUN	_	_	2	nmod	_	_
5	entre	entre	ADP	_	_	6	case	_	_
6	Poutine	Poutine	PROPN	_	_	2	nmod	_	_
7	et	et	CCONJ	_	_	8	cc	_	_
8	Erdogan	Erdogan	PROPN	_	_	6	conj	_	_
9	a	avoir	AUX	_	_	12	aux	_	_
10	toujours	toujours	ADV	_	_	12	advmod	_	_
11	été	être	AUX	_	_	12	cop	_	_
12	la	le	DET	_	_	13	det	_	_
13	solution	solution	NOUN	_	_	0	root	_	SpaceAfter=No
14	.	.	PUNCT	_	_	13	punct	_	_
",
    );
    let d = dyads(&ev);
    assert!(
        d.iter().any(
            |(s, t, r)| r == "04" && ((s == "RUS" && t == "TUR") || (s == "TUR" && t == "RUS"))
        ),
        "a Putin-Erdogan tête-à-tête is a meeting: {d:?}"
    );
}

#[test]
fn seed_erdogan_support_for_ukraine() {
    let c = coder();
    let ev = code(
        &c,
        "fr",
        "2021-09-29",
        "# text = Erdogan a répété son soutien à l'Ukraine.
1	Erdogan	Erdogan	PROPN	_	_	3	nsubj	_	_
2	a	avoir	AUX	_	_	3	aux	_	_
3	répété	répéter	VERB	_	_	0	root	_	_
4	son	son	DET	_	_	5	det	_	_
5	soutien	soutien	NOUN	_	_	3	obj	_	_
6	à	à	ADP	_	_	8	case	_	_
7	l'	le	DET	_	_	8	det	_	SpaceAfter=No
8	Ukraine	Ukraine	PROPN	_	_	5	nmod	_	SpaceAfter=No
9	.	.	PUNCT	_	_	3	punct	_	_
",
    );
    assert_has(&ev, "TUR", "UKR", "05");
}

#[test]
fn seed_russian_strikes() {
    let c = coder();
    let ev = code(
        &c,
        "fr",
        "2021-09-29",
        "# text = La Russie multiplie les frappes contre les rebelles syriens.
1	La	le	DET	_	_	2	det	_	_
2	Russie	Russie	PROPN	_	_	3	nsubj	_	_
3	multiplie	multiplier	VERB	_	_	0	root	_	_
4	les	le	DET	_	_	5	det	_	_
5	frappes	frappe	NOUN	_	_	3	obj	_	_
6	contre	contre	ADP	_	_	8	case	_	_
7	les	le	DET	_	_	8	det	_	_
8	rebelles	rebelle	NOUN	_	_	5	nmod	_	_
9	syriens	syrien	ADJ	_	_	8	amod	_	SpaceAfter=No
10	.	.	PUNCT	_	_	3	punct	_	_
",
    );
    assert_has(&ev, "RUS", "SYR", "19");
}

#[test]
fn currencies_and_regions_are_not_actors() {
    let c = coder();
    let ev = code(
        &c,
        "fr",
        "2021-09-29",
        "# text = La Russie a acheté des dollars US.
1	La	le	DET	_	_	2	det	_	_
2	Russie	Russie	PROPN	_	_	4	nsubj	_	_
3	a	avoir	AUX	_	_	4	aux	_	_
4	acheté	acheter	VERB	_	_	0	root	_	_
5	des	un	DET	_	_	6	det	_	_
6	dollars	dollar	NOUN	_	_	4	obj	_	_
7	US	US	PROPN	_	_	6	amod	_	SpaceAfter=No
8	.	.	PUNCT	_	_	4	punct	_	_
",
    );
    assert!(
        dyads(&ev).iter().all(|(_, t, _)| t != "USA"),
        "US dollars are not the United States: {:?}",
        dyads(&ev)
    );
    let ev = code(
        &c,
        "en",
        "2021-09-29",
        "# text = China sent warships to Latin America.
1	China	China	PROPN	_	_	2	nsubj	_	_
2	sent	send	VERB	_	_	0	root	_	_
3	warships	warship	NOUN	_	_	2	obj	_	_
4	to	to	ADP	_	_	6	case	_	_
5	Latin	Latin	PROPN	_	_	6	compound	_	_
6	America	America	PROPN	_	_	2	obl	_	SpaceAfter=No
7	.	.	PUNCT	_	_	2	punct	_	_
",
    );
    assert!(
        dyads(&ev).iter().all(|(_, t, _)| t != "USA"),
        "Latin America is not the United States: {:?}",
        dyads(&ev)
    );
}

#[test]
fn fr_contractions_split_by_ud_still_match() {
    // UD splits "des" into "de les" and "du" into "de le"; the lexicon's
    // names carry the split spelling too.
    let c = coder();
    let ev = code(
        &c,
        "fr",
        "2022-11-03",
        "# text = Le Conseil de sécurité des Nations unies a condamné la Corée du Nord.
1	Le	le	DET	_	_	2	det	_	_
2	Conseil	conseil	NOUN	_	_	10	nsubj	_	_
3	de	de	ADP	_	_	4	case	_	_
4	sécurité	sécurité	NOUN	_	_	2	nmod	_	_
5-6	des	_	_	_	_	_	_	_	_
5	de	de	ADP	_	_	7	case	_	_
6	les	le	DET	_	_	7	det	_	_
7	Nations	nation	PROPN	_	_	2	nmod	_	_
8	unies	uni	ADJ	_	_	7	amod	_	_
9	a	avoir	AUX	_	_	10	aux	_	_
10	condamné	condamner	VERB	_	_	0	root	_	_
11	la	le	DET	_	_	12	det	_	_
12	Corée	Corée	PROPN	_	_	10	obj	_	_
13-14	du	_	_	_	_	_	_	_	_
13	de	de	ADP	_	_	15	case	_	_
14	le	le	DET	_	_	15	det	_	_
15	Nord	nord	PROPN	_	_	12	nmod	_	SpaceAfter=No
16	.	.	PUNCT	_	_	10	punct	_	_
",
    );
    assert_has(&ev, "IGOUNO", "PRK", "11");
}

/// Scores (source country, target country, root) triples: true positives,
/// coded, expected.
fn score(
    got: &[(String, String, String)],
    exp: &[(String, String, String)],
) -> (usize, usize, usize) {
    let mut got = got.to_vec();
    got.sort();
    got.dedup();
    let mut exp = exp.to_vec();
    exp.sort();
    exp.dedup();
    let tp = got.iter().filter(|g| exp.contains(g)).count();
    (tp, got.len(), exp.len())
}

/// The lexicon on sentences it was not written from: UD treebank sentences
/// (French Sequoia train and dev, English EWT dev) that name at least two
/// states or organisations, coded by hand in `lexicon/eval/ud_dyads.tsv`
/// with the gold UD parses. Scored per language on (source country, target
/// country, CAMEO root), counting only coded events with both countries.
/// The sentences were chosen by the lexicon's own actor matches, so actor
/// recall is flattered; the floors guard against regressions.
#[test]
fn hand_coded_ud_sentences() {
    let gold_path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../lexicon/eval/ud_dyads.tsv");
    let gold = std::fs::read_to_string(&gold_path).expect("lexicon/eval/ud_dyads.tsv is readable");
    let c = coder();
    let mut treebanks: std::collections::HashMap<
        String,
        Vec<sitrep_model::conllu::ConlluSentence>,
    > = std::collections::HashMap::new();
    let mut totals: std::collections::BTreeMap<String, (usize, usize, usize, usize)> =
        std::collections::BTreeMap::new();
    for line in gold
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
    {
        let cols: Vec<&str> = line.split('\t').collect();
        assert!(cols.len() >= 3, "malformed line in ud_dyads.tsv: {line:?}");
        let (lang, file, id) = (cols[0], cols[1], cols[2]);
        let exp: Vec<(String, String, String)> = cols
            .get(3)
            .copied()
            .unwrap_or("")
            .split(';')
            .filter(|e| !e.is_empty())
            .map(|e| {
                let (st, root) = e.split_once(':').expect("SRC>TGT:ROOT");
                let (s, t) = st.split_once('>').expect("SRC>TGT:ROOT");
                (s.to_string(), t.to_string(), root.to_string())
            })
            .collect();
        if !treebanks.contains_key(file) {
            let Some(p) = sitrep_model::shared_data(&format!("data/ud/{file}")) else {
                return;
            };
            let text = std::fs::read_to_string(&p).expect("treebank readable");
            treebanks.insert(
                file.to_string(),
                read_conllu(&text).expect("treebank parses"),
            );
        }
        let s = treebanks[file]
            .iter()
            .find(|s| s.comment("sent_id") == Some(id))
            .unwrap_or_else(|| panic!("sentence {id} not found in {file}"))
            .clone();
        let doc = Document {
            id: id.into(),
            text: s.text.clone(),
            language: Some(lang.into()),
            sentences: vec![s.sentence],
            ..Document::default()
        };
        let got: Vec<(String, String, String)> = c
            .process(doc)
            .events
            .iter()
            .map(|e| {
                (
                    dyad_of(e.source.code.as_deref()),
                    dyad_of(e.target.as_ref().and_then(|t| t.code.as_deref())),
                    e.cameo_root.clone(),
                )
            })
            .filter(|(s, t, _)| !s.is_empty() && !t.is_empty())
            .collect();
        let (tp, n_got, n_exp) = score(&got, &exp);
        if std::env::var_os("SITREP_SHOW").is_some() && (tp < n_got || tp < n_exp) {
            eprintln!("{id}: got {got:?} expected {exp:?}");
        }
        let e = totals.entry(lang.to_string()).or_default();
        e.0 += tp;
        e.1 += n_got;
        e.2 += n_exp;
        e.3 += 1;
    }
    for (lang, (tp, n_got, n_exp, n)) in &totals {
        let p = *tp as f64 / (*n_got).max(1) as f64;
        let r = *tp as f64 / (*n_exp).max(1) as f64;
        eprintln!(
            "{lang}: {n} hand-coded UD sentences, {tp} of {n_got} coded events correct, \
             {tp} of {n_exp} expected found: precision {p:.2}, recall {r:.2}"
        );
        assert!(*n_exp > 10, "{lang}: too few hand-coded events");
        // Measured (precision, recall) at the end of session 7: en 0.57 0.36,
        // fr 0.80 0.50.
        let (min_p, min_r) = if lang == "fr" {
            (0.65, 0.50)
        } else {
            (0.55, 0.28)
        };
        assert!(
            p >= min_p && r >= min_r,
            "{lang}: below the floor: precision {p:.2}, recall {r:.2}"
        );
    }
}

#[test]
fn host_only_when_the_guest_is_an_actor() {
    let c = coder();
    let ev = code(
        &c,
        "fr",
        "2023-01-22",
        "# text = Macron a reçu Scholz à Paris.
1	Macron	Macron	PROPN	_	_	3	nsubj	_	_
2	a	avoir	AUX	_	_	3	aux	_	_
3	reçu	recevoir	VERB	_	_	0	root	_	_
4	Scholz	Scholz	PROPN	_	_	3	obj	_	_
5	à	à	ADP	_	_	6	case	_	_
6	Paris	Paris	PROPN	_	_	3	obl:mod	_	SpaceAfter=No
7	.	.	PUNCT	_	_	3	punct	_	_
",
    );
    assert_has(&ev, "FRA", "DEU", "04");
    let ev = code(
        &c,
        "fr",
        "2023-01-22",
        "# text = La Cour a reçu la preuve.
1	La	le	DET	_	_	2	det	_	_
2	Cour	cour	NOUN	_	_	4	nsubj	_	_
3	a	avoir	AUX	_	_	4	aux	_	_
4	reçu	recevoir	VERB	_	_	0	root	_	_
5	la	le	DET	_	_	6	det	_	_
6	preuve	preuve	NOUN	_	_	4	obj	_	SpaceAfter=No
7	.	.	PUNCT	_	_	4	punct	_	_
",
    );
    assert!(
        ev.iter().all(|e| e.cameo_root != "04"),
        "receiving evidence is no visit: {:?}",
        coded(&ev)
    );
}

#[test]
fn announce_sanctions_and_lodge_a_protest() {
    let c = coder();
    let ev = code(
        &c,
        "fr",
        "2022-02-22",
        "# text = Washington a annoncé des sanctions contre Moscou.
1	Washington	Washington	PROPN	_	_	3	nsubj	_	_
2	a	avoir	AUX	_	_	3	aux	_	_
3	annoncé	annoncer	VERB	_	_	0	root	_	_
4	des	un	DET	_	_	5	det	_	_
5	sanctions	sanction	NOUN	_	_	3	obj	_	_
6	contre	contre	ADP	_	_	7	case	_	_
7	Moscou	Moscou	PROPN	_	_	5	nmod	_	SpaceAfter=No
8	.	.	PUNCT	_	_	3	punct	_	_
",
    );
    assert_has(&ev, "USA", "RUS", "16");
    let ev = code(
        &c,
        "en",
        "2022-11-18",
        "# text = Japan lodged a protest with North Korea.
1	Japan	Japan	PROPN	_	_	2	nsubj	_	_
2	lodged	lodge	VERB	_	_	0	root	_	_
3	a	a	DET	_	_	4	det	_	_
4	protest	protest	NOUN	_	_	2	obj	_	_
5	with	with	ADP	_	_	7	case	_	_
6	North	North	PROPN	_	_	7	compound	_	_
7	Korea	Korea	PROPN	_	_	2	obl	_	SpaceAfter=No
8	.	.	PUNCT	_	_	2	punct	_	_
",
    );
    assert_has(&ev, "JPN", "PRK", "11");
}

#[test]
fn send_weapons_and_call_on() {
    let c = coder();
    let ev = code(
        &c,
        "en",
        "2022-06-15",
        "# text = Germany sent air defence systems to Ukraine.
1	Germany	Germany	PROPN	_	_	2	nsubj	_	_
2	sent	send	VERB	_	_	0	root	_	_
3	air	air	NOUN	_	_	5	compound	_	_
4	defence	defence	NOUN	_	_	5	compound	_	_
5	systems	system	NOUN	_	_	2	obj	_	_
6	to	to	ADP	_	_	7	case	_	_
7	Ukraine	Ukraine	PROPN	_	_	2	obl	_	SpaceAfter=No
8	.	.	PUNCT	_	_	2	punct	_	_
",
    );
    assert_has(&ev, "DEU", "UKR", "07");
    let ev = code(
        &c,
        "fr",
        "2023-11-01",
        "# text = L'Égypte a appelé Israël à ouvrir la frontière.
1	L'	le	DET	_	_	2	det	_	SpaceAfter=No
2	Égypte	Égypte	PROPN	_	_	4	nsubj	_	_
3	a	avoir	AUX	_	_	4	aux	_	_
4	appelé	appeler	VERB	_	_	0	root	_	_
5	Israël	Israël	PROPN	_	_	4	obj	_	_
6	à	à	ADP	_	_	7	mark	_	_
7	ouvrir	ouvrir	VERB	_	_	4	xcomp	_	_
8	la	le	DET	_	_	9	det	_	_
9	frontière	frontière	NOUN	_	_	7	obj	_	SpaceAfter=No
10	.	.	PUNCT	_	_	4	punct	_	_
",
    );
    assert_has(&ev, "EGY", "ISR", "02");
}

#[test]
fn related_article_links_are_discarded() {
    let c = coder();
    let ev = code(
        &c,
        "fr",
        "2021-09-29",
        "# text = À lire aussi : Poutine reçoit Assad à Moscou.
1	À	à	ADP	_	_	2	mark	_	_
2	lire	lire	VERB	_	_	6	advcl	_	_
3	aussi	aussi	ADV	_	_	2	advmod	_	_
4	:	:	PUNCT	_	_	2	punct	_	_
5	Poutine	Poutine	PROPN	_	_	6	nsubj	_	_
6	reçoit	recevoir	VERB	_	_	0	root	_	_
7	Assad	Assad	PROPN	_	_	6	obj	_	_
8	à	à	ADP	_	_	9	case	_	_
9	Moscou	Moscou	PROPN	_	_	6	obl:mod	_	SpaceAfter=No
10	.	.	PUNCT	_	_	6	punct	_	_
",
    );
    assert!(
        ev.is_empty(),
        "a related-article link codes nothing: {:?}",
        coded(&ev)
    );
    // The same sentence without the link furniture is an event.
    let ev = code(
        &c,
        "fr",
        "2021-09-29",
        "# text = Poutine reçoit Assad à Moscou.
1	Poutine	Poutine	PROPN	_	_	2	nsubj	_	_
2	reçoit	recevoir	VERB	_	_	0	root	_	_
3	Assad	Assad	PROPN	_	_	2	obj	_	_
4	à	à	ADP	_	_	5	case	_	_
5	Moscou	Moscou	PROPN	_	_	2	obl:mod	_	SpaceAfter=No
6	.	.	PUNCT	_	_	2	punct	_	_
",
    );
    assert_has(&ev, "RUS", "SYR", "04");
}

#[test]
fn fr_pronominal_verbs_with_particles() {
    let c = coder();
    let ev = code(
        &c,
        "fr",
        "2022-05-20",
        "# text = La Turquie s'oppose à l'adhésion de la Suède.
1	La	le	DET	_	_	2	det	_	_
2	Turquie	Turquie	PROPN	_	_	4	nsubj	_	_
3	s'	se	PRON	_	_	4	expl:pv	_	SpaceAfter=No
4	oppose	opposer	VERB	_	_	0	root	_	_
5	à	à	ADP	_	_	7	case	_	_
6	l'	le	DET	_	_	7	det	_	SpaceAfter=No
7	adhésion	adhésion	NOUN	_	_	4	obl:arg	_	_
8	de	de	ADP	_	_	10	case	_	_
9	la	le	DET	_	_	10	det	_	_
10	Suède	Suède	PROPN	_	_	7	nmod	_	SpaceAfter=No
11	.	.	PUNCT	_	_	4	punct	_	_
",
    );
    assert_has(&ev, "TUR", "SWE", "11");
    let ev = code(
        &c,
        "fr",
        "2020-10-25",
        "# text = Erdogan s'en est pris à Macron.
1	Erdogan	Erdogan	PROPN	_	_	5	nsubj	_	_
2	s'	se	PRON	_	_	5	expl:pv	_	SpaceAfter=No
3	en	en	PRON	_	_	5	expl:pv	_	_
4	est	être	AUX	_	_	5	aux	_	_
5	pris	prendre	VERB	_	_	0	root	_	_
6	à	à	ADP	_	_	7	case	_	_
7	Macron	Macron	PROPN	_	_	5	obl:arg	_	SpaceAfter=No
8	.	.	PUNCT	_	_	5	punct	_	_
",
    );
    assert_has(&ev, "TUR", "FRA", "11");
    // Without the clitics, "prendre" is no attack.
    let ev = code(
        &c,
        "fr",
        "2020-10-25",
        "# text = Erdogan a pris l'avion pour Paris.
1	Erdogan	Erdogan	PROPN	_	_	3	nsubj	_	_
2	a	avoir	AUX	_	_	3	aux	_	_
3	pris	prendre	VERB	_	_	0	root	_	_
4	l'	le	DET	_	_	5	det	_	SpaceAfter=No
5	avion	avion	NOUN	_	_	3	obj	_	_
6	pour	pour	ADP	_	_	7	case	_	_
7	Paris	Paris	PROPN	_	_	3	obl	_	SpaceAfter=No
8	.	.	PUNCT	_	_	3	punct	_	_
",
    );
    assert!(
        ev.iter().all(|e| e.cameo_root != "11"),
        "taking a plane is no criticism: {:?}",
        coded(&ev)
    );
}

#[test]
fn receiving_aid_is_coded_from_the_giver() {
    let c = coder();
    let ev = code(
        &c,
        "en",
        "2022-06-15",
        "# text = Ukraine received weapons from Germany.
1	Ukraine	Ukraine	PROPN	_	_	2	nsubj	_	_
2	received	receive	VERB	_	_	0	root	_	_
3	weapons	weapon	NOUN	_	_	2	obj	_	_
4	from	from	ADP	_	_	5	case	_	_
5	Germany	Germany	PROPN	_	_	2	obl	_	SpaceAfter=No
6	.	.	PUNCT	_	_	2	punct	_	_
",
    );
    assert_has(&ev, "DEU", "UKR", "07");
    assert!(
        dyads(&ev).iter().all(|(s, _, _)| s != "UKR"),
        "the receiver is the target: {:?}",
        dyads(&ev)
    );
}
