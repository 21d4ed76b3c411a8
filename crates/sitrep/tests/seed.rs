//! The reference article (`../shared/seed/`), through the whole pipeline with
//! the built-in models and lexicons, yields the events an analyst records,
//! with the right actors, types, places and dates, and nothing from the
//! portal's boilerplate.

use std::process::Command;

use serde_json::Value;

fn coded_seed() -> Option<Vec<Value>> {
    let seed = sitrep_model::shared_data("seed/000_434794cdf416e28e.txt")?;
    let o = Command::new(env!("CARGO_BIN_EXE_sitrep"))
        .args(["code", seed.to_str()?, "--date", "2021-09-29"])
        .output()
        .expect("sitrep runs");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    Some(
        String::from_utf8_lossy(&o.stdout)
            .lines()
            .map(|l| serde_json::from_str(l).expect("JSON"))
            .collect(),
    )
}

fn country(actor: &Value) -> &str {
    actor["country"].as_str().unwrap_or("")
}

fn root(e: &Value) -> &str {
    e["cameo_root"].as_str().unwrap_or("")
}

fn place_country(e: &Value) -> &str {
    e["location"]["country"].as_str().unwrap_or("")
}

fn place_name(e: &Value) -> String {
    e["location"]["name"].as_str().unwrap_or("").to_lowercase()
}

fn between(e: &Value, a: &str, b: &str) -> bool {
    let (s, t) = (country(&e["source"]), country(&e["target"]));
    (s == a && t == b) || (s == b && t == a)
}

#[test]
fn the_seed_yields_what_an_analyst_records() {
    let Some(events) = coded_seed() else { return };
    let summary: Vec<String> = events
        .iter()
        .map(|e| {
            format!(
                "{} {}→{} {} @{} [{}] {}",
                e["date"],
                e["source"]["code"],
                e["target"]["code"],
                e["cameo"],
                place_name(e),
                e["certainty"],
                e["sentence"]["text"]
                    .as_str()
                    .unwrap_or("")
                    .chars()
                    .take(60)
                    .collect::<String>()
            )
        })
        .collect();
    let dump = summary.join("\n");
    let mut missing = Vec::new();
    let mut expect = |what: &str, ok: bool| {
        if !ok {
            missing.push(what.to_string());
        }
    };
    // What the analyst records and sitrep finds today. Not yet found, and
    // tracked in the event-coding issue: the target (Ukraine) of Erdogan's
    // support.
    expect(
        "a Russia–Turkey summit (04) in Sochi on 2021-09-29",
        events.iter().any(|e| {
            root(e) == "04"
                && between(e, "RUS", "TUR")
                && e["date"] == "2021-09-29"
                && place_name(e).contains("sochi")
        }),
    );
    expect(
        "their earlier meeting (04) in Moscow a year and a half before (2020)",
        events.iter().any(|e| {
            root(e) == "04"
                && between(e, "RUS", "TUR")
                && e["date"].as_str().is_some_and(|d| d.starts_with("2020"))
                && place_name(e).contains("moscow")
        }),
    );
    expect(
        "Turkey asks Russia for a one-to-one meeting",
        events.iter().any(|e| {
            ["02", "03", "04"].contains(&root(e))
                && country(&e["source"]) == "TUR"
                && country(&e["target"]) == "RUS"
                && e["sentence"]["text"]
                    .as_str()
                    .is_some_and(|s| s.contains("demandé"))
        }),
    );
    expect(
        "Turkey reinforces its bases in Idlib (15)",
        events.iter().any(|e| {
            root(e) == "15" && country(&e["source"]) == "TUR" && place_country(e) == "SYR"
        }),
    );
    expect(
        "Russian strikes in the region (18/19)",
        events
            .iter()
            .any(|e| ["18", "19"].contains(&root(e)) && country(&e["source"]) == "RUS"),
    );
    // The strikes are in Idlib, not on Turkey (the reproach to Turkey is
    // another verb of the same sentence).
    expect(
        "no Russian strike on Turkey",
        !events.iter().any(|e| {
            ["18", "19"].contains(&root(e))
                && country(&e["source"]) == "RUS"
                && country(&e["target"]) == "TUR"
        }),
    );
    // The French model tags "invalides" as a verb and hangs it on a later
    // verb as its auxiliary; the coder repairs that misparse.
    expect(
        "Ankara judges the Russian elections in Crimea invalid (11)",
        events.iter().any(|e| {
            root(e) == "11"
                && country(&e["source"]) == "TUR"
                && country(&e["target"]) == "RUS"
                && e["sentence"]["text"]
                    .as_str()
                    .is_some_and(|s| s.contains("invalides"))
        }),
    );
    expect(
        "Turkey wants to buy S-400s from Russia (intended)",
        events.iter().any(|e| {
            ["03", "06"].contains(&root(e))
                && country(&e["source"]) == "TUR"
                && country(&e["target"]) == "RUS"
                && e["certainty"] == "intended"
        }),
    );
    expect(
        "the Kremlin denounces terrorist activities (11), its subject after the verb",
        events.iter().any(|e| {
            root(e) == "11"
                && e["source"]["code"] == "RUSGOV"
                && e["sentence"]["text"]
                    .as_str()
                    .is_some_and(|s| s.contains("dénoncé"))
        }),
    );
    expect(
        "the Kremlin reproaches Turkey (11)",
        events.iter().any(|e| {
            root(e) == "11"
                && country(&e["source"]) == "RUS"
                && country(&e["target"]) == "TUR"
                && e["sentence"]["text"]
                    .as_str()
                    .is_some_and(|s| s.contains("reproche"))
        }),
    );
    expect(
        "Erdogan's support (05)",
        events.iter().any(|e| {
            root(e) == "05"
                && country(&e["source"]) == "TUR"
                && e["sentence"]["text"]
                    .as_str()
                    .is_some_and(|s| s.contains("soutien"))
        }),
    );
    for e in &events {
        let s = e["sentence"]["text"].as_str().unwrap_or("");
        for furniture in [
            "Oops",
            "min de lecture",
            "Dans cet article",
            "commentaires",
            "À lire aussi",
            "Bachar el-Assad",
        ] {
            assert!(!s.contains(furniture), "event from boilerplate: {s}");
        }
    }
    assert!(
        missing.is_empty(),
        "missing from the seed's events: {missing:#?}\ncoded:\n{dump}"
    );
}
