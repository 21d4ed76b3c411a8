//! Event output formats: JSON Lines (the documented event format), sitrep's
//! TSV, an aligned table, a readable "pretty" form, GDELT 2.0 event-table
//! rows and PLOVER/Phoenix-style JSON.

use std::io::Write;

use chrono::Datelike;
use serde_json::json;
use sitrep_model::{Actor, DatePrecision, Event, PlacePrecision};

/// Columns of sitrep's TSV format.
pub const TSV_HEADER: &[&str] = &[
    "id",
    "doc_id",
    "date",
    "date_precision",
    "source_code",
    "source_country",
    "source_text",
    "cameo",
    "cameo_root",
    "quad_class",
    "goldstein",
    "plover_type",
    "target_code",
    "target_country",
    "target_text",
    "location",
    "location_country",
    "lat",
    "lon",
    "certainty",
    "trigger",
    "sentence",
];

/// Tabs and line breaks would break a TSV row: they become spaces.
fn cell(s: &str) -> String {
    s.replace(['\t', '\n', '\r'], " ")
}

fn tag<T: serde::Serialize>(v: &T) -> String {
    match serde_json::to_value(v) {
        Ok(serde_json::Value::String(s)) => s,
        _ => String::new(),
    }
}

fn opt<T: ToString>(v: Option<T>) -> String {
    v.map(|x| x.to_string()).unwrap_or_default()
}

fn trigger_text(ev: &Event) -> String {
    ev.evidence
        .trigger
        .iter()
        .map(|t| t.text.as_str())
        .collect::<Vec<_>>()
        .join(" ")
}

/// One event as a line of JSON.
pub fn write_jsonl(out: &mut impl Write, ev: &Event) -> std::io::Result<()> {
    serde_json::to_writer(&mut *out, ev)?;
    out.write_all(b"\n")
}

/// The TSV header line.
pub fn write_tsv_header(out: &mut impl Write) -> std::io::Result<()> {
    writeln!(out, "{}", TSV_HEADER.join("\t"))
}

/// One event as a TSV row.
pub fn write_tsv(out: &mut impl Write, ev: &Event) -> std::io::Result<()> {
    let t = ev.target.as_ref();
    let l = ev.location.as_ref();
    let row = [
        ev.id.clone(),
        ev.doc_id.clone(),
        opt(ev.date.as_deref()),
        ev.date_precision.map(|p| tag(&p)).unwrap_or_default(),
        opt(ev.source.code.as_deref()),
        opt(ev.source.country.as_deref()),
        cell(&ev.source.text),
        ev.cameo.clone(),
        ev.cameo_root.clone(),
        u8::from(ev.quad_class).to_string(),
        ev.goldstein.to_string(),
        opt(ev.plover.as_ref().map(|p| p.event_type.as_str())),
        opt(t.and_then(|t| t.code.as_deref())),
        opt(t.and_then(|t| t.country.as_deref())),
        cell(t.map(|t| t.text.as_str()).unwrap_or("")),
        cell(
            l.map(|l| l.name.as_deref().unwrap_or(&l.text))
                .unwrap_or(""),
        ),
        opt(l.and_then(|l| l.country.as_deref())),
        opt(l.and_then(|l| l.lat)),
        opt(l.and_then(|l| l.lon)),
        tag(&ev.certainty),
        cell(&trigger_text(ev)),
        cell(&ev.sentence.text),
    ];
    writeln!(out, "{}", row.join("\t"))
}

fn actor_short(a: &Actor) -> String {
    match &a.code {
        Some(c) => format!("{c} ({})", a.text),
        None => a.text.clone(),
    }
}

fn clip(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        let mut c: String = s.chars().take(n.saturating_sub(1)).collect();
        c.push('…');
        c
    }
}

/// Column widths of the table format.
const TABLE: &[(&str, usize)] = &[
    ("date", 10),
    ("source", 28),
    ("event", 18),
    ("target", 28),
    ("place", 18),
    ("certainty", 12),
];

/// The table header.
pub fn write_table_header(out: &mut impl Write) -> std::io::Result<()> {
    let mut line = String::new();
    for (name, w) in TABLE {
        line.push_str(&format!("{name:<w$}  ", w = w));
    }
    writeln!(out, "{}", line.trim_end())?;
    let mut rule = String::new();
    for (_, w) in TABLE {
        rule.push_str(&"─".repeat(*w));
        rule.push_str("  ");
    }
    writeln!(out, "{}", rule.trim_end())
}

/// One event as a table row.
pub fn write_table(out: &mut impl Write, ev: &Event) -> std::io::Result<()> {
    let event = match &ev.plover {
        Some(p) => format!("{} {}", ev.cameo, p.event_type),
        None => ev.cameo.clone(),
    };
    let cells = [
        opt(ev.date.as_deref()),
        actor_short(&ev.source),
        event,
        ev.target
            .as_ref()
            .map(actor_short)
            .unwrap_or_else(|| "—".into()),
        ev.location
            .as_ref()
            .map(|l| l.name.clone().unwrap_or_else(|| l.text.clone()))
            .unwrap_or_else(|| "—".into()),
        tag(&ev.certainty),
    ];
    let mut line = String::new();
    for ((_, w), c) in TABLE.iter().zip(cells) {
        let c = clip(&c, *w);
        line.push_str(&format!("{c:<w$}  ", w = w));
    }
    writeln!(out, "{}", line.trim_end())
}

/// One event in a readable multi-line form.
pub fn write_pretty(out: &mut impl Write, ev: &Event) -> std::io::Result<()> {
    let date = match (&ev.date, &ev.date_source) {
        (Some(d), Some(sitrep_model::EventDateSource::Text { expression })) => {
            format!("{d} (\"{expression}\")")
        }
        (Some(d), _) => format!("{d} (publication date)"),
        (None, _) => "date unknown".into(),
    };
    let plover = ev
        .plover
        .as_ref()
        .map(|p| format!(" / PLOVER {}", p.event_type))
        .unwrap_or_default();
    writeln!(
        out,
        "● {} —[CAMEO {}{}]→ {}",
        actor_short(&ev.source),
        ev.cameo,
        plover,
        ev.target
            .as_ref()
            .map(actor_short)
            .unwrap_or_else(|| "(no target)".into())
    )?;
    let place = ev
        .location
        .as_ref()
        .map(|l| {
            let name = l.name.clone().unwrap_or_else(|| l.text.clone());
            match &l.country {
                Some(c) => format!("{name}, {c}"),
                None => name,
            }
        })
        .unwrap_or_else(|| "place unknown".into());
    writeln!(
        out,
        "  {date} · {place} · {} · trigger \"{}\"",
        tag(&ev.certainty),
        trigger_text(ev)
    )?;
    writeln!(out, "  « {} »", ev.sentence.text.trim())?;
    writeln!(out)
}

/// The GDELT 2.0 event table's columns, in GDELT's order.
pub const GDELT_COLUMNS: &[&str] = &[
    "GLOBALEVENTID",
    "SQLDATE",
    "MonthYear",
    "Year",
    "FractionDate",
    "Actor1Code",
    "Actor1Name",
    "Actor1CountryCode",
    "Actor1KnownGroupCode",
    "Actor1EthnicCode",
    "Actor1Religion1Code",
    "Actor1Religion2Code",
    "Actor1Type1Code",
    "Actor1Type2Code",
    "Actor1Type3Code",
    "Actor2Code",
    "Actor2Name",
    "Actor2CountryCode",
    "Actor2KnownGroupCode",
    "Actor2EthnicCode",
    "Actor2Religion1Code",
    "Actor2Religion2Code",
    "Actor2Type1Code",
    "Actor2Type2Code",
    "Actor2Type3Code",
    "IsRootEvent",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "NumMentions",
    "NumSources",
    "NumArticles",
    "AvgTone",
    "Actor1Geo_Type",
    "Actor1Geo_FullName",
    "Actor1Geo_CountryCode",
    "Actor1Geo_ADM1Code",
    "Actor1Geo_ADM2Code",
    "Actor1Geo_Lat",
    "Actor1Geo_Long",
    "Actor1Geo_FeatureID",
    "Actor2Geo_Type",
    "Actor2Geo_FullName",
    "Actor2Geo_CountryCode",
    "Actor2Geo_ADM1Code",
    "Actor2Geo_ADM2Code",
    "Actor2Geo_Lat",
    "Actor2Geo_Long",
    "Actor2Geo_FeatureID",
    "ActionGeo_Type",
    "ActionGeo_FullName",
    "ActionGeo_CountryCode",
    "ActionGeo_ADM1Code",
    "ActionGeo_ADM2Code",
    "ActionGeo_Lat",
    "ActionGeo_Long",
    "ActionGeo_FeatureID",
    "DATEADDED",
    "SOURCEURL",
];

/// What the store knows about an event's document, for exports.
pub struct DocInfo<'a> {
    /// The store's sequence number of the event (GLOBALEVENTID).
    pub seq: i64,
    /// The document's URL.
    pub url: Option<&'a str>,
    /// The document's publication date.
    pub published: Option<&'a str>,
    /// When the document was stored (`YYYY-MM-DDTHH:MM:SSZ`).
    pub ingested_at: &'a str,
}

fn gdelt_actor(a: Option<&Actor>) -> [String; 10] {
    let Some(a) = a else {
        return Default::default();
    };
    let name = a
        .name
        .clone()
        .unwrap_or_else(|| a.text.clone())
        .to_uppercase();
    [
        opt(a.code.as_deref()),
        cell(&name),
        opt(a
            .country
            .as_deref()
            .filter(|c| c.len() == 3 && !c.starts_with("IGO"))),
        String::new(),
        String::new(),
        String::new(),
        String::new(),
        opt(a.sector.as_deref()),
        String::new(),
        String::new(),
    ]
}

/// One event as a GDELT 2.0 event-table row (tab-separated, no header, as
/// GDELT publishes them). The date is the event's when it is known to the
/// day, else the publication date. Country codes are ISO 3166-1 alpha-3
/// (GDELT uses CAMEO country codes for actors, which are the same for
/// states, and FIPS 10-4 for places: see docs/event-format.md).
pub fn write_gdelt(out: &mut impl Write, ev: &Event, info: &DocInfo<'_>) -> std::io::Result<()> {
    let day = match (ev.date.as_deref(), ev.date_precision) {
        (Some(d), Some(DatePrecision::Day)) => Some(d),
        _ => info.published,
    }
    .and_then(|d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").ok());
    let (sqldate, monthyear, year, fraction) = match day {
        Some(d) => (
            d.format("%Y%m%d").to_string(),
            d.format("%Y%m").to_string(),
            d.year().to_string(),
            format!("{:.4}", d.year() as f64 + d.ordinal0() as f64 / 365.0),
        ),
        None => Default::default(),
    };
    let mut row: Vec<String> = vec![info.seq.to_string(), sqldate, monthyear, year, fraction];
    row.extend(gdelt_actor(Some(&ev.source)));
    row.extend(gdelt_actor(ev.target.as_ref()));
    let base = ev.cameo.get(..3).unwrap_or(&ev.cameo).to_string();
    row.extend([
        // GDELT: 1 when the event is in the lead of the article.
        if ev.sentence.index <= 1 { "1" } else { "0" }.to_string(),
        ev.cameo.clone(),
        base,
        ev.cameo_root.clone(),
        u8::from(ev.quad_class).to_string(),
        format!("{:.1}", ev.goldstein),
        "1".into(),
        "1".into(),
        "1".into(),
        String::new(),
    ]);
    // Actors' own locations are not computed: empty, with type 0 as GDELT
    // writes for "no location".
    for _ in 0..2 {
        row.extend(
            ["0".to_string()]
                .into_iter()
                .chain((0..7).map(|_| String::new())),
        );
    }
    match &ev.location {
        Some(l) => {
            let geo_type = match l.precision {
                Some(PlacePrecision::Country) => "1",
                Some(PlacePrecision::Region) => "5",
                Some(PlacePrecision::City) => "4",
                _ if l.feature_class.as_deref() == Some("P") => "4",
                _ => "5",
            };
            row.extend([
                geo_type.to_string(),
                cell(l.name.as_deref().unwrap_or(&l.text)),
                opt(l.country.as_deref()),
                match (&l.country, &l.admin1) {
                    (Some(c), Some(a)) => format!("{c}{a}"),
                    (Some(c), None) => c.clone(),
                    _ => String::new(),
                },
                String::new(),
                opt(l.lat),
                opt(l.lon),
                opt(l.geonames_id),
            ]);
        }
        None => row.extend(
            ["0".to_string()]
                .into_iter()
                .chain((0..7).map(|_| String::new())),
        ),
    }
    let added: String = info
        .ingested_at
        .chars()
        .filter(char::is_ascii_digit)
        .collect();
    row.push(added);
    row.push(cell(info.url.unwrap_or("")));
    debug_assert_eq!(row.len(), GDELT_COLUMNS.len());
    writeln!(out, "{}", row.join("\t"))
}

/// One event as PLOVER JSON, with the field names of the Open Event Data
/// Alliance's Phoenix data (`source`, `src_actor`, `src_agent`, `target`, …,
/// `geoname`, `latitude`, `longitude`) and PLOVER's `event`, `mode` and
/// `context`.
pub fn write_plover(out: &mut impl Write, ev: &Event, info: &DocInfo<'_>) -> std::io::Result<()> {
    let (year, month, day) = match ev.date.as_deref() {
        Some(d) => {
            let mut parts = d.split('-');
            (
                parts.next().map(str::to_string),
                parts.next().map(str::to_string),
                parts.next().map(str::to_string),
            )
        }
        None => (None, None, None),
    };
    let t = ev.target.as_ref();
    let l = ev.location.as_ref();
    let p = ev.plover.as_ref();
    let v = json!({
        "id": ev.id,
        "date": ev.date,
        "date_precision": ev.date_precision,
        "year": year, "month": month, "day": day,
        "event": p.map(|p| p.event_type.as_str()),
        "mode": p.and_then(|p| p.mode.as_deref()),
        "context": p.and_then(|p| p.context.as_deref()),
        "source": ev.source.code,
        "src_actor": ev.source.country,
        "src_agent": ev.source.sector,
        "src_text": ev.source.text,
        "target": t.and_then(|t| t.code.as_deref()),
        "tgt_actor": t.and_then(|t| t.country.as_deref()),
        "tgt_agent": t.and_then(|t| t.sector.as_deref()),
        "tgt_text": t.map(|t| t.text.as_str()),
        "code": ev.cameo,
        "root_code": ev.cameo_root,
        "quad_class": u8::from(ev.quad_class),
        "goldstein": ev.goldstein,
        "certainty": ev.certainty,
        "geoname": l.map(|l| l.name.as_deref().unwrap_or(&l.text)),
        "geonames_id": l.and_then(|l| l.geonames_id),
        "country_code": l.and_then(|l| l.country.as_deref()),
        "latitude": l.and_then(|l| l.lat),
        "longitude": l.and_then(|l| l.lon),
        "text": ev.sentence.text,
        "trigger": trigger_text(ev),
        "language": ev.language,
        "url": info.url,
        "story_date": info.published,
        "doc_id": ev.doc_id,
        "version": format!("sitrep {}", ev.provenance.sitrep),
    });
    serde_json::to_writer(&mut *out, &v)?;
    out.write_all(b"\n")
}
