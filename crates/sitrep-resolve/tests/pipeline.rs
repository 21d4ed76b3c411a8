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
