//! The resolve stage on documents built from hand-written CoNLL-U with gold
//! parses (`tests/data/*.conllu`) and hand-made events: places from the
//! syntax, anaphoric regions, inferred places, metonymic capitals, and dates
//! from the governing expression or the publication date.

use sitrep_model::conllu::read_conllu;
use sitrep_model::{
    Actor, DatePrecision, DateSource, Document, Event, EventDateSource, Mention, MentionKind,
    PlacePrecision, PublicationDate, QuadClass, SentenceRef, Span,
};
use sitrep_resolve::Resolver;

/// A document from CoNLL-U: sentence texts joined by spaces, spans shifted.
fn document(conllu: &str, language: &str, published: Option<&str>) -> Document {
    let mut doc = Document {
        id: "test".into(),
        language: Some(language.into()),
        published: published.map(|d| PublicationDate {
            date: d.into(),
            source: DateSource::Input,
        }),
        ..Document::default()
    };
    for s in read_conllu(conllu).expect("valid CoNLL-U") {
        if !doc.text.is_empty() {
            doc.text.push(' ');
        }
        let off = doc.text.len() as u32;
        doc.text.push_str(&s.text);
        let mut sent = s.sentence;
        for t in &mut sent.tokens {
            t.span = Span {
                start: t.span.start + off,
                end: t.span.end + off,
            };
        }
        sent.span = Span {
            start: sent.span.start + off,
            end: sent.span.end + off,
        };
        doc.sentences.push(sent);
    }
    doc
}

fn event(doc: &Document, sentence: u32, trigger: u32) -> Event {
    Event {
        id: format!("e{sentence}"),
        doc_id: doc.id.clone(),
        sentence: SentenceRef {
            index: sentence,
            text: String::new(),
        },
        language: doc.language.clone().unwrap_or_default(),
        date: None,
        date_precision: None,
        date_source: None,
        source: Actor::default(),
        target: None,
        cameo: "190".into(),
        cameo_root: "19".into(),
        quad_class: QuadClass::MaterialConflict,
        goldstein: -10.0,
        plover: None,
        location: None,
        certainty: Default::default(),
        evidence: Default::default(),
        provenance: Default::default(),
        trigger_word: Some(trigger),
    }
}

fn actor(doc: &Document, sentence: u32, first: u32, last: u32) -> Mention {
    let s = &doc.sentences[sentence as usize];
    let span = s.tokens[first as usize]
        .span
        .cover(s.tokens[last as usize].span);
    Mention {
        sentence,
        first,
        last,
        span,
        kind: MentionKind::Actor(Actor {
            text: span.slice(&doc.text).to_string(),
            ..Actor::default()
        }),
    }
}

fn french(published: Option<&str>) -> Document {
    let mut doc = document(include_str!("data/sommet_fr.conllu"), "fr", published);
    // The coder's actor mentions: "Poutine", "son homologue turc",
    // "L'armée syrienne".
    doc.mentions.push(actor(&doc, 1, 0, 0));
    doc.mentions.push(actor(&doc, 1, 7, 9));
    doc.mentions.push(actor(&doc, 2, 0, 2));
    // Events: reçu, bombardé, démenti, eu (lieu).
    doc.events = vec![
        event(&doc, 1, 2),
        event(&doc, 2, 4),
        event(&doc, 3, 2),
        event(&doc, 4, 3),
    ];
    doc
}

#[test]
fn french_events_get_places_from_syntax_anaphora_and_article() {
    let r = Resolver::builtin().unwrap();
    let doc = r.process(french(Some("2021-09-29")));

    // "a reçu mercredi dernier à Sotchi": Sochi, a city, last Wednesday.
    let e = &doc.events[0];
    let p = e.location.as_ref().expect("a place");
    assert_eq!(p.text, "Sotchi");
    assert_eq!(p.name.as_deref(), Some("Sochi"));
    assert_eq!(p.geonames_id, Some(491422));
    assert_eq!(p.country.as_deref(), Some("RUS"));
    assert_eq!(p.precision, Some(PlacePrecision::City));
    assert!(p.lat.is_some() && p.lon.is_some());
    assert_eq!(e.date.as_deref(), Some("2021-09-22"));
    assert_eq!(e.date_precision, Some(DatePrecision::Day));
    assert_eq!(
        e.date_source,
        Some(EventDateSource::Text {
            expression: "mercredi dernier".into()
        })
    );
    assert_eq!(
        e.evidence.location.as_ref().map(|x| x.text.as_str()),
        Some("Sotchi")
    );
    assert!(e.provenance.gazetteer.is_some());

    // "a bombardé hier … dans l'enclave": the region named before (Idlib).
    let e = &doc.events[1];
    let p = e.location.as_ref().expect("a place");
    assert_eq!(p.name.as_deref(), Some("Idlib Governorate"));
    assert_eq!(p.country.as_deref(), Some("SYR"));
    assert_eq!(p.precision, Some(PlacePrecision::Region));
    assert!(p.ambiguity.as_deref().unwrap_or("").contains("Idlib"));
    assert_eq!(e.date.as_deref(), Some("2021-09-28"));

    // "Moscou a démenti": Moscow acts (no place mention); the event takes
    // the article's main place, inferred, and the publication date.
    let e = &doc.events[2];
    let p = e.location.as_ref().expect("an inferred place");
    assert_eq!(p.precision, Some(PlacePrecision::Inferred));
    assert_ne!(p.name.as_deref(), Some("Moscow"));
    assert_eq!(e.date.as_deref(), Some("2021-09-29"));
    assert_eq!(e.date_source, Some(EventDateSource::Publication));

    // "avait eu lieu en 2019 à Sotchi".
    let e = &doc.events[3];
    assert_eq!(e.date.as_deref(), Some("2019"));
    assert_eq!(e.date_precision, Some(DatePrecision::Year));
    assert_eq!(
        e.location.as_ref().and_then(|p| p.geonames_id),
        Some(491422)
    );

    // Mentions: places and times, never the actors' words.
    let places: Vec<&str> = doc
        .mentions
        .iter()
        .filter_map(|m| match &m.kind {
            MentionKind::Place(p) => Some(p.text.as_str()),
            _ => None,
        })
        .collect();
    assert_eq!(places, vec!["Idlib", "Sotchi", "Sotchi"]);
    let times: Vec<(&str, Option<&str>)> = doc
        .mentions
        .iter()
        .filter_map(|m| match &m.kind {
            MentionKind::Time(t) => Some((t.text.as_str(), t.date.as_deref())),
            _ => None,
        })
        .collect();
    assert_eq!(
        times,
        vec![
            ("mercredi dernier", Some("2021-09-22")),
            ("hier", Some("2021-09-28")),
            ("en 2019", Some("2019")),
        ]
    );
}

#[test]
fn no_publication_date_leaves_relative_dates_unknown() {
    let r = Resolver::builtin().unwrap();
    let doc = r.process(french(None));
    assert_eq!(
        doc.events[0].date, None,
        "mercredi dernier needs a reference"
    );
    assert_eq!(doc.events[1].date, None, "hier needs a reference");
    assert_eq!(
        doc.events[2].date, None,
        "no publication date: unknown, not today"
    );
    assert_eq!(doc.events[2].date_source, None);
    assert_eq!(
        doc.events[3].date.as_deref(),
        Some("2019"),
        "absolute years stand alone"
    );
    // And the resolver says so.
    let notes = sitrep_resolve::notes(&doc);
    assert!(
        notes.iter().any(|n| n.contains("no publication date")
            && n.contains("3 event(s) have no date")
            && n.contains("2 relative time expression(s)")),
        "{notes:?}"
    );
    // Places do not depend on the date.
    assert_eq!(
        doc.events[0].location.as_ref().and_then(|p| p.geonames_id),
        Some(491422)
    );
}

#[test]
fn english_places_metonymy_and_weekdays() {
    let r = Resolver::builtin().unwrap();
    let mut doc = document(
        include_str!("data/idlib_en.conllu"),
        "en",
        Some("2021-09-29"),
    );
    doc.events = vec![event(&doc, 0, 2), event(&doc, 1, 1), event(&doc, 2, 2)];
    let doc = r.process(doc);

    // "shelled … in Idlib on Tuesday".
    let e = &doc.events[0];
    let p = e.location.as_ref().unwrap();
    assert_eq!(p.name.as_deref(), Some("Idlib"));
    assert_eq!(p.geonames_id, Some(169389));
    assert_eq!(p.precision, Some(PlacePrecision::City));
    assert_eq!(e.date.as_deref(), Some("2021-09-28"));

    // "Washington said": a government acting, not a place.
    assert!(!doc.mentions.iter().any(|m| matches!(&m.kind,
        MentionKind::Place(p) if p.text == "Washington")));
    let e = &doc.events[1];
    assert_eq!(
        e.location.as_ref().and_then(|p| p.precision),
        Some(PlacePrecision::Inferred)
    );

    // "the Gaza Strip" is one region; "Russian" is no place.
    let places: Vec<(&str, Option<&str>)> = doc
        .mentions
        .iter()
        .filter_map(|m| match &m.kind {
            MentionKind::Place(p) => Some((p.text.as_str(), p.country.as_deref())),
            _ => None,
        })
        .collect();
    assert_eq!(
        places,
        vec![
            ("Idlib", Some("SYR")),
            ("Gaza Strip", Some("PSE")),
            ("Aleppo", Some("SYR"))
        ]
    );
}

#[test]
fn unparsed_or_out_of_range_input_never_panics() {
    let r = Resolver::builtin().unwrap();
    let mut doc = document(
        include_str!("data/idlib_en.conllu"),
        "en",
        Some("not a date"),
    );
    // Heads pointing nowhere, an event in a sentence that does not exist,
    // a trigger past the sentence's end.
    for t in &mut doc.sentences[0].tokens {
        t.head = 99;
    }
    doc.events = vec![event(&doc, 0, 500), event(&doc, 42, 0), event(&doc, 1, 1)];
    doc.mentions.push(Mention {
        sentence: 0,
        first: 3,
        last: 900,
        span: Span::default(),
        kind: MentionKind::Actor(Actor::default()),
    });
    let doc = r.process(doc);
    assert_eq!(doc.events.len(), 3);
    assert!(
        doc.events.iter().all(|e| e.date.is_none()),
        "an unreadable publication date is no date"
    );
}

/// A small deterministic generator (64-bit LCG), so the test is repeatable.
struct Lcg(u64);
impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
    fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[(self.next() as usize) % xs.len()]
    }
}

#[test]
fn arbitrary_words_and_trees_never_panic() {
    let forms = [
        "à",
        "in",
        "Sotchi",
        "Paris",
        "le",
        "5",
        "31",
        "février",
        "mars",
        "May",
        "il",
        "y",
        "a",
        "un",
        "an",
        "et",
        "demi",
        "dans",
        "999",
        "semaines",
        "ago",
        "days",
        "l'",
        "enclave",
        "ce",
        "mercredi",
        "dernier",
        "last",
        "Tuesday",
        "2019",
        "9999-99-99",
        "29/02/2021",
        "1er",
        "Washington",
        "said",
        ",",
        ".",
        "",
        "\u{0}",
        "𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
        "Bosnie-Herzégovine",
        "New",
        "York",
        "Times",
        "bande",
        "de",
        "Gaza",
        "in",
        "two",
        "weeks",
        "earlier",
        "this",
        "month",
        "aujourd'hui",
        "ﬁn",
        "İstanbul",
        "ΣΊΣΥΦΟΣ",
    ];
    let upos = [
        "PROPN", "NOUN", "VERB", "ADP", "DET", "PUNCT", "NUM", "ADJ", "X", "",
    ];
    let deprels = [
        "root",
        "obl",
        "obl:mod",
        "nmod",
        "case",
        "nsubj",
        "advmod",
        "ccomp",
        "conj",
        "flat",
        "compound",
        "",
        "weird:rel",
    ];
    let r = Resolver::builtin().unwrap();
    let mut g = Lcg(42);
    for round in 0..300 {
        let mut doc = Document {
            id: format!("fuzz{round}"),
            language: Some(if round % 2 == 0 { "fr" } else { "en" }.into()),
            published: Some(PublicationDate {
                date: g
                    .pick(&["2021-09-29", "0001-01-01", "9999-12-31", "2021-02-30", "x"])
                    .into(),
                source: DateSource::Input,
            }),
            ..Document::default()
        };
        for si in 0..(1 + g.next() % 3) {
            let n = 1 + (g.next() % 12) as usize;
            let mut sent = sitrep_model::Sentence::default();
            let start = doc.text.len();
            for _ in 0..n {
                let form = g.pick(&forms);
                let a = doc.text.len();
                doc.text.push_str(form);
                let b = doc.text.len();
                doc.text.push(' ');
                // Heads: mostly valid, sometimes cyclic or out of range.
                let head = match g.next() % 10 {
                    0 => 0,
                    1 => 1000,
                    _ => (g.next() % (n as u64 + 1)) as u32,
                };
                sent.tokens.push(sitrep_model::Token {
                    form: form.into(),
                    lemma: form.to_lowercase(),
                    upos: g.pick(&upos).into(),
                    head,
                    deprel: g.pick(&deprels).into(),
                    span: Span::new(a, b),
                    ..Default::default()
                });
            }
            sent.span = Span::new(start, doc.text.len());
            doc.sentences.push(sent);
            doc.events
                .push(event(&doc, si as u32, (g.next() % 15) as u32));
        }
        let first = (g.next() % 20) as u32;
        doc.mentions.push(Mention {
            sentence: (g.next() % 4) as u32,
            first,
            last: first + (g.next() % 5) as u32,
            span: Span::default(),
            kind: MentionKind::Actor(Actor::default()),
        });
        let out = r.process(doc);
        for e in &out.events {
            if let Some(d) = &e.date {
                assert!(d.len() == 4 || d.len() == 7 || d.len() == 10, "{d}");
            }
        }
    }
}
