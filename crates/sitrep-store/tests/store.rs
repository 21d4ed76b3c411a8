//! The store keeps one copy of each document, stores events whole and finds
//! them again by every filter.

use sitrep_model::{
    Actor, Certainty, DatePrecision, DateSource, Document, Event, EventDateSource, Evidence, Place,
    Plover, Provenance, PublicationDate, QuadClass, SentenceRef,
};
use sitrep_store::{EventQuery, Inserted, Store};

fn actor(text: &str, code: &str, country: &str, sector: Option<&str>) -> Actor {
    Actor {
        text: text.into(),
        code: Some(code.into()),
        country: Some(country.into()),
        sector: sector.map(str::to_string),
        name: None,
        span: None,
    }
}

fn event(
    doc: &str,
    k: u32,
    cameo: &str,
    src: Actor,
    tgt: Option<Actor>,
    date: &str,
    place: Option<&str>,
) -> Event {
    Event {
        id: format!("{doc}-0-{k}"),
        doc_id: doc.into(),
        sentence: SentenceRef {
            index: 0,
            text: "Vladimir Poutine a reçu Recep Tayyip Erdogan à Sotchi.".into(),
        },
        language: "fr".into(),
        date: Some(date.into()),
        date_precision: Some(DatePrecision::Day),
        date_source: Some(EventDateSource::Publication),
        source: src,
        target: tgt,
        cameo: cameo.into(),
        cameo_root: cameo[..2].into(),
        quad_class: QuadClass::of_cameo(cameo).unwrap(),
        goldstein: 2.8,
        plover: Some(Plover {
            event_type: "CONSULT".into(),
            mode: None,
            context: None,
        }),
        location: place.map(|p| Place {
            text: p.into(),
            name: Some(p.into()),
            country: Some("RUS".into()),
            ..Place::default()
        }),
        certainty: Certainty::Asserted,
        evidence: Evidence::default(),
        provenance: Provenance::default(),
        trigger_word: None,
    }
}

fn document(id: &str) -> Document {
    let mut d = Document {
        id: id.into(),
        url: Some(format!("https://news.example/{id}")),
        title: Some("Sommet".into()),
        text: "Sommet\n\nVladimir Poutine a reçu Recep Tayyip Erdogan à Sotchi.".into(),
        language: Some("fr".into()),
        published: Some(PublicationDate {
            date: "2021-09-29".into(),
            source: DateSource::Input,
        }),
        ..Document::default()
    };
    d.events.push(event(
        id,
        0,
        "043",
        actor("Vladimir Poutine", "RUSGOV", "RUS", Some("GOV")),
        Some(actor("Recep Tayyip Erdogan", "TURGOV", "TUR", Some("GOV"))),
        "2021-09-29",
        Some("Sochi"),
    ));
    d.events.push(event(
        id,
        1,
        "190",
        actor("La Russie", "RUS", "RUS", None),
        Some(actor("rebelles", "SYRREB", "SYR", Some("REB"))),
        "2021-08-15",
        None,
    ));
    d
}

#[test]
fn same_document_twice_is_stored_once() {
    let mut s = Store::in_memory().unwrap();
    assert_eq!(s.insert_document(&document("a")).unwrap(), Inserted::New);
    assert_eq!(
        s.insert_document(&document("a")).unwrap(),
        Inserted::AlreadyStored
    );
    assert_eq!(s.insert_document(&document("b")).unwrap(), Inserted::New);
    let c = s.counts().unwrap();
    assert_eq!((c.documents, c.events), (2, 4));
    assert!(s.check().unwrap().is_empty());
    assert!(s.contains("a").unwrap());
    assert!(!s.contains("zz").unwrap());
}

#[test]
fn events_come_back_whole_and_filtered() {
    let mut s = Store::in_memory().unwrap();
    s.insert_document(&document("a")).unwrap();
    let all = s.events(&EventQuery::default()).unwrap();
    assert_eq!(all.len(), 2);
    assert_eq!(all[0].event, document("a").events[0]);
    assert_eq!(all[0].url.as_deref(), Some("https://news.example/a"));

    let q = |f: &dyn Fn(&mut EventQuery)| {
        let mut q = EventQuery::default();
        f(&mut q);
        s.events(&q)
            .unwrap()
            .into_iter()
            .map(|e| e.event.cameo)
            .collect::<Vec<_>>()
    };
    assert_eq!(q(&|q| q.actor = Some("TUR".into())), vec!["043"]);
    assert_eq!(q(&|q| q.actor = Some("poutine".into())), vec!["043"]);
    assert_eq!(q(&|q| q.country = Some("syr".into())), vec!["190"]);
    assert_eq!(q(&|q| q.country = Some("RUS".into())), vec!["043", "190"]);
    assert_eq!(q(&|q| q.cameo = Some("04".into())), vec!["043"]);
    assert_eq!(q(&|q| q.plover = Some("consult".into())).len(), 2);
    assert_eq!(q(&|q| q.since = Some("2021-09-01".into())), vec!["043"]);
    assert_eq!(q(&|q| q.until = Some("2021-08".into())), vec!["190"]);
    assert_eq!(q(&|q| q.place = Some("soch".into())), vec!["043"]);
    assert_eq!(q(&|q| q.text = Some("Sotchi".into())).len(), 2);
    assert_eq!(q(&|q| q.text = Some("100%".into())).len(), 0);
    assert_eq!(q(&|q| q.limit = Some(1)).len(), 1);
}

#[test]
fn reopening_a_file_keeps_data_and_schema() {
    let dir = std::env::temp_dir().join(format!("sitrep-store-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("t.db");
    let _ = std::fs::remove_file(&path);
    {
        let mut s = Store::open(&path).unwrap();
        s.insert_document(&document("a")).unwrap();
    }
    let s = Store::open(&path).unwrap();
    assert_eq!(s.schema_version().unwrap(), 1);
    assert_eq!(s.counts().unwrap().events, 2);
    drop(s);
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_newer_schema_is_refused() {
    let dir = std::env::temp_dir().join(format!("sitrep-store-new-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("t.db");
    {
        let c = rusqlite::Connection::open(&path).unwrap();
        c.execute_batch("PRAGMA user_version = 99").unwrap();
    }
    let err = Store::open(&path).err().expect("must refuse");
    assert!(err.to_string().contains("newer"), "{err}");
    std::fs::remove_dir_all(&dir).unwrap();
}
