//! Drives the real `sitrep` binary end to end: code, ingest (twice), query,
//! export, and every kind of bad input.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use sitrep_store::Store;

fn sitrep() -> Command {
    Command::new(env!("CARGO_BIN_EXE_sitrep"))
}

fn examples() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples")
}

fn run(args: &[&str]) -> Output {
    sitrep()
        .args(args)
        .output()
        .expect("the sitrep binary runs")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn json_lines(o: &Output) -> Vec<serde_json::Value> {
    stdout(o)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not JSON ({e}): {l}")))
        .collect()
}

#[test]
fn code_prints_documented_event_records() {
    let o = run(&[
        "code",
        examples().join("en/missile-launch.txt").to_str().unwrap(),
        "--date",
        "2022-11-18",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let events = json_lines(&o);
    assert!(!events.is_empty(), "no events coded from the example");
    for ev in &events {
        for key in [
            "id",
            "doc_id",
            "sentence",
            "language",
            "date",
            "date_precision",
            "date_source",
            "source",
            "target",
            "cameo",
            "cameo_root",
            "quad_class",
            "goldstein",
            "plover",
            "location",
            "certainty",
            "evidence",
            "provenance",
        ] {
            assert!(ev.get(key).is_some(), "event lacks {key}: {ev}");
        }
        assert_eq!(ev["language"], "en");
        let cameo = ev["cameo"].as_str().unwrap();
        assert!(cameo.starts_with(ev["cameo_root"].as_str().unwrap()));
        assert!(ev["source"]["text"].as_str().is_some());
        assert!(!ev["evidence"]["trigger"].as_array().unwrap().is_empty());
    }
    // North Korea's launch is condemned: a DISAPPROVE (11x) event with a
    // North Korean target.
    assert!(
        events
            .iter()
            .any(|e| e["cameo_root"] == "11" && e["target"]["country"].as_str() == Some("PRK")),
        "{}",
        stdout(&o)
    );
}

#[test]
fn code_formats_tsv_and_pretty() {
    let path = examples().join("en/missile-launch.txt");
    let o = run(&[
        "code",
        path.to_str().unwrap(),
        "--date",
        "2022-11-18",
        "--format",
        "tsv",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    let mut lines = out.lines();
    let header = lines.next().expect("a header");
    let n = header.split('\t').count();
    assert!(header.starts_with("id\tdoc_id\tdate"));
    for l in lines {
        assert_eq!(l.split('\t').count(), n, "{l}");
    }
    let o = run(&[
        "code",
        path.to_str().unwrap(),
        "--format",
        "pretty",
        "--date",
        "2022-11-18",
    ]);
    assert!(o.status.success());
    assert!(stdout(&o).contains("CAMEO"));
}

fn db_in(dir: &Path) -> String {
    dir.join("t.db").to_str().unwrap().to_string()
}

fn summary_line(o: &Output) -> String {
    stderr(o)
        .lines()
        .find(|l| l.starts_with("ingested "))
        .unwrap_or_else(|| panic!("no summary: {}", stderr(o)))
        .to_string()
}

#[test]
fn ingest_twice_query_and_export() {
    let dir = tempfile::tempdir().unwrap();
    let db = db_in(dir.path());
    let ex = examples();
    let o = run(&[
        "ingest",
        ex.to_str().unwrap(),
        "--db",
        &db,
        "-q",
        "--date",
        "2022-03-29",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let first = summary_line(&o);
    assert!(first.contains("6 documents"), "{first}");
    assert!(first.contains("6 new"), "{first}");
    let counts = Store::open(&db).unwrap().counts().unwrap();
    assert_eq!(counts.documents, 6);
    assert!(counts.events > 0);

    // Again: nothing changes.
    let o = run(&[
        "ingest",
        ex.to_str().unwrap(),
        "--db",
        &db,
        "-q",
        "--date",
        "2022-03-29",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let second = summary_line(&o);
    assert!(second.contains("0 new, 6 already stored"), "{second}");
    let store = Store::open(&db).unwrap();
    assert_eq!(store.counts().unwrap(), counts);
    assert!(store.check().unwrap().is_empty());

    // Query by country, as JSON Lines.
    let o = run(&[
        "events",
        "--db",
        &db,
        "--country",
        "UKR",
        "--format",
        "jsonl",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let found = json_lines(&o);
    assert!(!found.is_empty());
    for e in &found {
        assert!(
            e["source"]["country"] == "UKR" || e["target"]["country"] == "UKR",
            "{e}"
        );
    }
    let o = run(&["events", "--db", &db, "--format", "table"]);
    assert!(o.status.success());
    assert!(stdout(&o).starts_with("date"));

    // GDELT: 61 columns on every row.
    let o = run(&["export", "--db", &db, "--format", "gdelt"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let rows = stdout(&o);
    assert_eq!(rows.lines().count() as u64, counts.events);
    for row in rows.lines() {
        let cols: Vec<&str> = row.split('\t').collect();
        assert_eq!(cols.len(), 61, "{row}");
        assert!(cols[0].parse::<u64>().is_ok());
        assert!(!cols[26].is_empty(), "EventCode");
        assert!(["1", "2", "3", "4"].contains(&cols[29]), "QuadClass {row}");
    }
    // PLOVER JSON.
    let o = run(&["export", "--db", &db, "--format", "plover"]);
    assert!(o.status.success());
    let recs = json_lines(&o);
    assert_eq!(recs.len() as u64, counts.events);
    for r in &recs {
        for key in [
            "id",
            "date",
            "event",
            "mode",
            "context",
            "source",
            "src_actor",
            "target",
            "code",
            "root_code",
            "text",
        ] {
            assert!(r.get(key).is_some(), "PLOVER record lacks {key}: {r}");
        }
    }
    assert!(recs.iter().any(|r| r["event"].is_string()));
    // jsonl export is the stored records.
    let o = run(&["export", "--db", &db, "--format", "jsonl", "--limit", "1"]);
    assert_eq!(json_lines(&o).len(), 1);
}

#[test]
fn bad_inputs_are_reported_and_the_rest_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let inputs = dir.path().join("in");
    std::fs::create_dir(&inputs).unwrap();
    std::fs::write(inputs.join("empty.txt"), "   \n\n").unwrap();
    std::fs::write(
        inputs.join("latin1.txt"),
        b"Caf\xe9 cr\xe8me \xff\xfe broken",
    )
    .unwrap();
    std::fs::write(
        inputs.join("binary.html"),
        [0u8, 159, 146, 150, 0, 0, 1, 2, 3],
    )
    .unwrap();
    std::fs::write(inputs.join("bad.jsonl"), "{\"url\":\"x\"}\nnot json\n").unwrap();
    std::fs::write(inputs.join("truncated.html.gz"), [0x1f, 0x8b, 8, 0, 0, 0]).unwrap();
    std::fs::copy(
        examples().join("en/missile-launch.txt"),
        inputs.join("good.txt"),
    )
    .unwrap();
    let db = db_in(dir.path());
    let o = run(&["ingest", inputs.to_str().unwrap(), "--db", &db, "-q"]);
    assert!(
        !o.status.success(),
        "failures must make the exit status non-zero"
    );
    let err = stderr(&o);
    for name in [
        "empty.txt",
        "binary.html",
        "bad.jsonl:1",
        "bad.jsonl:2",
        "truncated.html.gz",
    ] {
        assert!(
            err.lines()
                .any(|l| l.starts_with("sitrep: ") && l.contains(name)),
            "no one-line error naming {name}:\n{err}"
        );
    }
    let summary = summary_line(&o);
    assert!(summary.contains("failed"), "{summary}");
    // The good document (and the Latin-1 one, which is readable text) went in.
    let store = Store::open(&db).unwrap();
    assert!(store.counts().unwrap().documents >= 1);

    // Missing file, unreachable URL, bad date and bad language: clear errors.
    let o = run(&["code", "/nonexistent/article.html"]);
    assert!(!o.status.success());
    assert!(
        stderr(&o).contains("/nonexistent/article.html"),
        "{}",
        stderr(&o)
    );
    let o = run(&["code", "http://127.0.0.1:9/article"]);
    assert!(!o.status.success());
    assert!(stderr(&o).contains("cannot fetch"), "{}", stderr(&o));
    let o = run(&["code", "-", "--date", "2021-02-30"]);
    assert!(!o.status.success());
    assert!(stderr(&o).contains("YYYY-MM-DD"), "{}", stderr(&o));
    let o = run(&[
        "events",
        "--db",
        dir.path().join("missing.db").to_str().unwrap(),
    ]);
    assert!(!o.status.success());
    assert!(stderr(&o).contains("sitrep ingest"), "{}", stderr(&o));
}

#[test]
fn stdin_is_read() {
    let text = std::fs::read(examples().join("en/missile-launch.txt")).unwrap();
    let o = run_with_stdin(
        &["code", "-", "--date", "2022-11-18", "--lang", "en"],
        &text,
    );
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(!json_lines(&o).is_empty());
}

/// Text whose language cannot be told, or that sitrep does not read, is
/// said so, with what to do; the same text with --lang is coded.
#[test]
fn an_unread_language_is_reported() {
    let short = b"Paul Biya met Yoweri Museveni on Friday.";
    let o = run_with_stdin(&["code", "-", "--date", "2012-01-01"], short);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(json_lines(&o).is_empty());
    assert!(
        stderr(&o).contains("could not be told") && stderr(&o).contains("--lang en"),
        "{}",
        stderr(&o)
    );
    let o = run_with_stdin(
        &["code", "-", "--date", "2012-01-01", "--lang", "en"],
        short,
    );
    assert!(!json_lines(&o).is_empty(), "{}", stderr(&o));
    let german = "Der Bundeskanzler traf am Montag den französischen Präsidenten in Berlin zu Gesprächen über die Lage.";
    let o = run_with_stdin(&["code", "-", "--date", "2012-01-01"], german.as_bytes());
    assert!(stderr(&o).contains("\"de\""), "{}", stderr(&o));
}

/// What is expected to happen, and what it is for, has not happened; nor
/// has what someone failed to do.
#[test]
fn an_expected_act_and_its_purpose_are_hypothetical() {
    let events = code_text(
        "en",
        "2017-08-04",
        "Indonesia is expected to sign a contract within weeks to buy 11 fighter jets from Russia, an official said.",
    );
    let coded: Vec<(&str, &str)> = events
        .iter()
        .map(|e| {
            (
                e["cameo"].as_str().unwrap_or(""),
                e["certainty"].as_str().unwrap_or(""),
            )
        })
        .collect();
    assert_eq!(coded, [("057", "hypothetical"), ("062", "hypothetical")]);

    // What someone failed to do, said by a noun, did not happen; "the bloc"
    // is the organisation named before it.
    let events = code_text(
        "en",
        "2023-11-23",
        "Armenia's prime minister skipped the summit of the Collective Security Treaty Organization, angry at the bloc's failure to support Armenia.",
    );
    let coded: Vec<(&str, &str, &str)> = events
        .iter()
        .map(|e| {
            (
                e["source"]["code"].as_str().unwrap_or(""),
                e["cameo"].as_str().unwrap_or(""),
                e["certainty"].as_str().unwrap_or(""),
            )
        })
        .collect();
    assert_eq!(coded, [("IGOCASCST", "051", "negated")]);
}

/// A reader that stops early (`sitrep … | head`) ends the command quietly:
/// no panic, no error, success.
#[test]
fn a_closed_pipe_ends_the_command_quietly() {
    let data =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/data/holdout14-events-en.jsonl");
    let mut child = sitrep()
        .args(["eval", "events", data.to_str().unwrap(), "--show-errors"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the sitrep binary runs");
    // Close the reading end before the models are loaded and anything is
    // written.
    drop(child.stdout.take());
    let o = child.wait_with_output().expect("sitrep ends");
    assert!(o.status.success(), "{:?}: {}", o.status, stderr(&o));
    assert!(!stderr(&o).contains("panicked"), "{}", stderr(&o));
    assert!(!stderr(&o).contains("Broken pipe"), "{}", stderr(&o));
}

/// A place named three times and chosen among several candidates is noted
/// once.
#[test]
fn an_ambiguous_place_is_noted_once() {
    let text = b"Turkish troops reinforced their bases in Idlib on Monday. Russian jets struck rebel positions near Idlib on Tuesday, and Turkey condemned the strikes in Idlib.";
    let o = run_with_stdin(&["code", "-", "--date", "2021-09-29", "--lang", "en"], text);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(
        stderr(&o).matches("\"Idlib\" is ambiguous").count(),
        1,
        "{}",
        stderr(&o)
    );
}

/// A title and the name in apposition to it are one person even when no
/// date places the name's term (an undated text).
#[test]
fn a_title_and_its_name_are_one_person_without_a_date() {
    let text = "Le président russe Vladimir Poutine et son homologue turc Recep Tayyip Erdogan se sont retrouvés à Moscou.";
    let o = run_with_stdin(&["code", "-", "--lang", "fr"], text.as_bytes());
    let ev = json_lines(&o);
    assert!(
        ev.iter()
            .any(|e| e["source"]["country"] == "RUS" && e["target"]["country"] == "TUR"),
        "{ev:#?}"
    );
    assert!(
        !ev.iter()
            .any(|e| e["source"]["country"] == e["target"]["country"]),
        "{ev:#?}"
    );
}

/// Runs the binary with `input` on its standard input.
fn run_with_stdin(args: &[&str], input: &[u8]) -> Output {
    let mut child = sitrep()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the sitrep binary runs");
    std::io::Write::write_all(child.stdin.as_mut().expect("stdin is piped"), input)
        .expect("stdin takes the text");
    drop(child.stdin.take());
    child.wait_with_output().expect("sitrep finishes")
}

/// `sitrep code` on one text from standard input: its event records.
fn code_text(lang: &str, date: &str, text: &str) -> Vec<serde_json::Value> {
    let o = run_with_stdin(
        &["code", "--lang", lang, "--date", date, "-"],
        text.as_bytes(),
    );
    assert!(o.status.success(), "{}", stderr(&o));
    json_lines(&o)
}

/// `sitrep code --untargeted` on one text: its event records, those with
/// no target too.
fn code_text_untargeted(lang: &str, date: &str, text: &str) -> Vec<serde_json::Value> {
    let o = run_with_stdin(
        &["code", "--lang", lang, "--date", date, "--untargeted", "-"],
        text.as_bytes(),
    );
    assert!(o.status.success(), "{}", stderr(&o));
    json_lines(&o)
}

/// CAMEO events are dyadic: an act with no named other party is aimed
/// where it happens, and one with neither is left out unless asked for.
#[test]
fn an_act_with_no_target_is_aimed_where_it_happens_or_left_out() {
    let has = |ev: &[serde_json::Value], s: &str, t: &str, root: &str| {
        ev.iter().any(|e| {
            e["source"]["country"] == s && e["target"]["country"] == t && e["cameo_root"] == root
        })
    };
    let ev = code_text(
        "en",
        "2024-05-07",
        "Philippine police arrested an opposition senator in Manila on Tuesday.",
    );
    assert!(has(&ev, "PHL", "PHL", "17"), "{ev:#?}");
    // At home, a place stands for the target only of what is done to
    // someone there (release, protest, repression, violence): drills in
    // one's own province name no other party.
    let text = "China staged military drills in Fujian province on Monday.";
    assert!(code_text("en", "2024-05-07", text).is_empty());
    // (And the user is told what was left out, and how to keep it.)
    let o = run_with_stdin(
        &["code", "--lang", "en", "--date", "2024-05-07", "-"],
        text.as_bytes(),
    );
    assert!(
        stderr(&o).contains("1 event(s) with no target") && stderr(&o).contains("--untargeted"),
        "{}",
        stderr(&o)
    );
    let ev = code_text_untargeted("en", "2024-05-07", text);
    assert!(
        ev.len() == 1 && ev[0]["target"].is_null() && ev[0]["cameo_root"] == "15",
        "{ev:#?}"
    );
    // A country's territory named by its adjective is a place.
    let ev = code_text(
        "en",
        "2019-05-26",
        "Turkish warplanes bombed Kurdish militants on Iraqi soil on Sunday.",
    );
    assert!(has(&ev, "TUR", "IRQ", "19"), "{ev:#?}");
    assert!(
        ev.iter().all(|e| e["location"]["country"] == "IRQ"),
        "{ev:#?}"
    );
    let ev = code_text(
        "fr",
        "2019-05-26",
        "Les forces turques ont frappé des combattants kurdes en territoire irakien dimanche.",
    );
    assert!(has(&ev, "TUR", "IRQ", "19"), "{ev:#?}");
    // Who announces an act is no target of the act's doer.
    let ev = code_text(
        "fr",
        "2019-05-30",
        "L'armée tchadienne a tué une centaine de rebelles dans le nord du pays, a annoncé samedi le ministre nigérien de la Défense.",
    );
    assert!(
        ev.iter()
            .all(|e| e["cameo_root"] != "01" && e["target"]["country"] != "NER"),
        "{ev:#?}"
    );
    let text = "The United States, Germany and Britain condemned the attack.";
    let ev = code_text("en", "2024-01-01", text);
    assert!(ev.is_empty(), "{ev:#?}");
    let ev = code_text_untargeted("en", "2024-01-01", text);
    assert!(
        ev.len() == 3 && ev.iter().all(|e| e["target"].is_null()),
        "{ev:#?}"
    );
}

/// Force or coercion promised on a condition is a threat (CAMEO 13),
/// made now; the same promise with no condition stays an intention.
#[test]
fn a_conditional_promise_of_force_or_sanctions_is_a_threat() {
    let one = |lang: &str, text: &str| {
        let ev = code_text(lang, "2021-10-23", text);
        assert_eq!(ev.len(), 1, "{text}: {ev:#?}");
        let e = &ev[0];
        (
            format!(
                "{}>{} {}",
                e["source"]["country"].as_str().unwrap_or("-"),
                e["target"]["country"].as_str().unwrap_or("-"),
                e["cameo"].as_str().unwrap_or("-")
            ),
            e["certainty"].as_str().unwrap_or("-").to_string(),
        )
    };
    assert_eq!(
        one(
            "en",
            "China said it would impose sanctions on Lithuania unless Vilnius reversed its decision on Taiwan's office."
        ),
        ("CHN>LTU 1312".to_string(), "asserted".to_string())
    );
    assert_eq!(
        one(
            "fr",
            "Le Premier ministre pakistanais a déclaré que le Pakistan frapperait l'Inde si New Delhi attaquait."
        ),
        ("PAK>IND 138".to_string(), "asserted".to_string())
    );
    let (dyad, certainty) = one(
        "en",
        "China said it would impose sanctions on Lithuania over its decision on Taiwan's office.",
    );
    assert!(dyad.starts_with("CHN>LTU 16"), "{dyad}");
    assert_eq!(certainty, "intended");
}

/// A `kill -9` in the middle of an ingest loses nothing committed and leaves
/// a valid database; running the ingest again finishes the job.
#[test]
fn killed_ingest_leaves_a_valid_store_and_resumes() {
    let dir = tempfile::tempdir().unwrap();
    let jsonl = dir.path().join("many.jsonl");
    let base = std::fs::read_to_string(examples().join("en/missile-launch.txt")).unwrap();
    let total = 3000u64;
    let mut lines = String::new();
    for i in 0..total {
        let rec = serde_json::json!({
            "url": format!("https://wire.example/item/{i}"),
            "date": "2022-11-18",
            "text": format!("{base}\n\nItem {i}."),
        });
        lines.push_str(&rec.to_string());
        lines.push('\n');
    }
    std::fs::write(&jsonl, lines).unwrap();
    let db = db_in(dir.path());
    let mut child = sitrep()
        .args(["ingest", jsonl.to_str().unwrap(), "--db", &db, "-q"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // Wait until some documents are committed, then kill -9.
    let deadline = Instant::now() + Duration::from_secs(120);
    let mut seen = 0;
    while Instant::now() < deadline {
        if let Ok(store) = Store::open(&db) {
            seen = store.counts().map(|c| c.documents).unwrap_or(0);
            if seen >= 20 {
                break;
            }
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    child.kill().unwrap();
    let status = child.wait().unwrap();
    assert!(
        seen >= 20,
        "the ingest committed nothing within two minutes"
    );
    assert!(
        !status.success(),
        "the ingest finished before it could be killed; raise the document count"
    );
    let store = Store::open(&db).unwrap();
    assert!(store.check().unwrap().is_empty(), "{:?}", store.check());
    let after_kill = store.counts().unwrap();
    assert!(after_kill.documents >= seen && after_kill.documents < total);
    drop(store);

    let o = run(&["ingest", jsonl.to_str().unwrap(), "--db", &db, "-q"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let store = Store::open(&db).unwrap();
    assert_eq!(store.counts().unwrap().documents, total);
    assert!(store.check().unwrap().is_empty());
}

/// The whole pipeline, on the hand-coded sentence sets of both languages,
/// holds the issue's goal: precision >= 0.75 and recall >= 0.60 on
/// (source country, target country, CAMEO root), for each file.
/// `sitrep eval events` on files of `tests/data`: (score line, precision,
/// recall) per file.
fn event_scores(files: &[&str]) -> Vec<(String, f64, f64)> {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/data");
    let paths: Vec<String> = files
        .iter()
        .map(|f| data.join(f).to_string_lossy().into_owned())
        .collect();
    let mut args = vec!["eval", "events"];
    args.extend(paths.iter().map(String::as_str));
    let o = run(&args);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    let scores: Vec<(String, f64, f64)> = out
        .lines()
        .filter(|l| l.contains(" correct: precision "))
        .map(|line| {
            let num = |key: &str| -> f64 {
                let at = line
                    .find(key)
                    .unwrap_or_else(|| panic!("no {key} in {line}"))
                    + key.len();
                line[at..]
                    .split(|c: char| c == ',' || c.is_whitespace())
                    .next()
                    .and_then(|x| x.parse().ok())
                    .unwrap_or_else(|| panic!("no number after {key} in {line}"))
            };
            (line.to_string(), num("precision "), num("recall "))
        })
        .collect();
    assert_eq!(
        scores.len(),
        files.len(),
        "one score line per file expected:\n{out}"
    );
    scores
}

#[test]
fn hand_coded_sentences_meet_the_event_goal() {
    for (line, p, r) in event_scores(&[
        "events-en.jsonl",
        "events-fr.jsonl",
        "holdout-events-en.jsonl",
        "holdout-events-fr.jsonl",
    ]) {
        assert!(p >= 0.75 && r >= 0.60, "below the goal: {line}");
    }
}

/// The harder wire sentences of holdout2 to holdout25 and wire1 to wire37,
/// all tuned on or scored by now (holdout26, wire38 and wire39, the next
/// unseen sets, are scored by hand at the start and end of a session, not
/// here): these floors, the precision / recall measured at the end of
/// session 22 (2026-12-08; the figures are in `docs/benchmarks.md`)
/// rounded down to two decimals, catch a regression.
#[test]
fn wire_sentences_hold_their_scores() {
    let scores = event_scores(&[
        "holdout2-events-en.jsonl",
        "holdout2-events-fr.jsonl",
        "holdout3-events-en.jsonl",
        "holdout3-events-fr.jsonl",
        "holdout4-events-en.jsonl",
        "holdout4-events-fr.jsonl",
        "holdout5-events-en.jsonl",
        "holdout5-events-fr.jsonl",
        "holdout6-events-en.jsonl",
        "holdout6-events-fr.jsonl",
        "holdout7-events-en.jsonl",
        "holdout7-events-fr.jsonl",
        "holdout8-events-en.jsonl",
        "holdout8-events-fr.jsonl",
        "holdout9-events-en.jsonl",
        "holdout9-events-fr.jsonl",
        "holdout10-events-en.jsonl",
        "holdout10-events-fr.jsonl",
        "holdout11-events-en.jsonl",
        "holdout11-events-fr.jsonl",
        "holdout12-events-en.jsonl",
        "holdout12-events-fr.jsonl",
        "holdout13-events-en.jsonl",
        "holdout13-events-fr.jsonl",
        "holdout14-events-en.jsonl",
        "holdout14-events-fr.jsonl",
        "holdout15-events-en.jsonl",
        "holdout15-events-fr.jsonl",
        "holdout16-events-en.jsonl",
        "holdout16-events-fr.jsonl",
        "holdout17-events-en.jsonl",
        "holdout17-events-fr.jsonl",
        "holdout18-events-en.jsonl",
        "holdout18-events-fr.jsonl",
        "holdout19-events-en.jsonl",
        "holdout19-events-fr.jsonl",
        "holdout20-events-en.jsonl",
        "holdout20-events-fr.jsonl",
        "holdout21-events-en.jsonl",
        "holdout21-events-fr.jsonl",
        "holdout22-events-en.jsonl",
        "holdout22-events-fr.jsonl",
        "holdout23-events-en.jsonl",
        "holdout23-events-fr.jsonl",
        "holdout24-events-en.jsonl",
        "holdout24-events-fr.jsonl",
        "holdout25-events-en.jsonl",
        "holdout25-events-fr.jsonl",
        "wire1-events-en.jsonl",
        "wire1-events-fr.jsonl",
        "wire2-events-en.jsonl",
        "wire2-events-fr.jsonl",
        "wire3-events-en.jsonl",
        "wire3-events-fr.jsonl",
        "wire4-events-en.jsonl",
        "wire4-events-fr.jsonl",
        "wire5-events-en.jsonl",
        "wire5-events-fr.jsonl",
        "wire6-events-en.jsonl",
        "wire6-events-fr.jsonl",
        "wire7-events-en.jsonl",
        "wire7-events-fr.jsonl",
        "wire8-events-en.jsonl",
        "wire8-events-fr.jsonl",
        "wire9-events-en.jsonl",
        "wire9-events-fr.jsonl",
        "wire10-events-en.jsonl",
        "wire10-events-fr.jsonl",
        "wire11-events-en.jsonl",
        "wire11-events-fr.jsonl",
        "wire12-events-en.jsonl",
        "wire12-events-fr.jsonl",
        "wire13-events-en.jsonl",
        "wire13-events-fr.jsonl",
        "wire14-events-en.jsonl",
        "wire14-events-fr.jsonl",
        "wire15-events-en.jsonl",
        "wire15-events-fr.jsonl",
        "wire16-events-en.jsonl",
        "wire16-events-fr.jsonl",
        "wire17-events-en.jsonl",
        "wire17-events-fr.jsonl",
        "wire18-events-en.jsonl",
        "wire18-events-fr.jsonl",
        "wire19-events-en.jsonl",
        "wire19-events-fr.jsonl",
        "wire20-events-en.jsonl",
        "wire20-events-fr.jsonl",
        "wire21-events-en.jsonl",
        "wire21-events-fr.jsonl",
        "wire22-events-en.jsonl",
        "wire22-events-fr.jsonl",
        "wire23-events-en.jsonl",
        "wire23-events-fr.jsonl",
        "wire24-events-en.jsonl",
        "wire24-events-fr.jsonl",
        "wire25-events-en.jsonl",
        "wire25-events-fr.jsonl",
        "wire26-events-en.jsonl",
        "wire26-events-fr.jsonl",
        "wire27-events-en.jsonl",
        "wire27-events-fr.jsonl",
        "wire28-events-en.jsonl",
        "wire28-events-fr.jsonl",
        "wire29-events-en.jsonl",
        "wire29-events-fr.jsonl",
        "wire30-events-en.jsonl",
        "wire30-events-fr.jsonl",
        "wire31-events-en.jsonl",
        "wire31-events-fr.jsonl",
        "wire32-events-en.jsonl",
        "wire32-events-fr.jsonl",
        "wire33-events-en.jsonl",
        "wire33-events-fr.jsonl",
        "wire34-events-en.jsonl",
        "wire34-events-fr.jsonl",
        "wire35-events-en.jsonl",
        "wire35-events-fr.jsonl",
        "wire36-events-en.jsonl",
        "wire36-events-fr.jsonl",
        "wire37-events-en.jsonl",
        "wire37-events-fr.jsonl",
    ]);
    let floors = [
        (0.97, 0.90),
        (0.88, 0.85),
        (0.98, 0.89),
        (0.94, 0.90),
        (0.93, 0.88),
        (0.93, 0.88),
        (0.90, 0.85),
        (0.93, 0.86),
        (0.85, 0.73),
        (0.95, 0.85),
        (0.88, 0.74),
        (0.90, 0.81),
        (0.93, 0.74),
        (0.90, 0.84),
        (0.83, 0.71),
        (0.91, 0.81),
        (0.89, 0.72),
        (0.73, 0.66),
        (0.88, 0.83),
        (0.83, 0.72),
        (0.80, 0.73),
        (0.80, 0.77),
        (0.95, 0.71),
        (0.84, 0.81),
        (0.82, 0.72),
        (0.87, 0.69),
        (0.82, 0.65),
        (0.86, 0.69),
        (0.79, 0.66),
        (0.80, 0.64),
        (0.69, 0.64),
        (0.72, 0.57),
        (0.81, 0.75),
        (0.76, 0.77),
        (0.72, 0.71),
        (0.73, 0.52),
        (0.80, 0.66),
        (0.81, 0.65),
        (0.78, 0.74),
        (0.76, 0.79),
        (0.85, 0.61),
        (0.71, 0.58),
        (0.70, 0.53),
        (0.71, 0.65),
        (0.81, 0.66),
        (0.68, 0.56),
        (0.77, 0.55),
        (0.82, 0.71),
        (0.78, 0.63),
        (0.84, 0.61),
        (0.85, 0.77),
        (0.72, 0.64),
        (0.82, 0.72),
        (0.76, 0.68),
        (0.87, 0.73),
        (0.80, 0.73),
        (0.80, 0.64),
        (0.79, 0.59),
        (0.77, 0.68),
        (0.72, 0.64),
        (0.75, 0.73),
        (0.86, 0.69),
        (0.75, 0.70),
        (0.72, 0.54),
        (0.81, 0.68),
        (0.74, 0.61),
        (0.70, 0.60),
        (0.78, 0.68),
        (0.72, 0.58),
        (0.67, 0.59),
        (0.70, 0.57),
        (0.72, 0.55),
        (0.67, 0.59),
        (0.73, 0.65),
        (0.85, 0.78),
        (0.83, 0.72),
        (0.69, 0.61),
        (0.82, 0.72),
        (0.71, 0.66),
        (0.77, 0.67),
        (0.82, 0.76),
        (0.87, 0.78),
        (0.82, 0.71),
        (0.87, 0.73),
        (0.81, 0.67),
        (0.90, 0.59),
        (0.72, 0.64),
        (0.77, 0.69),
        (0.71, 0.55),
        (0.78, 0.69),
        (0.64, 0.52),
        (0.74, 0.64),
        (0.71, 0.68),
        (0.80, 0.77),
        (0.76, 0.69),
        (0.78, 0.48),
        (0.77, 0.60),
        (0.85, 0.81),
        (0.80, 0.62),
        (0.82, 0.73),
        (0.78, 0.72),
        (0.77, 0.66),
        (0.64, 0.41),
        (0.61, 0.48),
        (0.71, 0.65),
        (0.71, 0.61),
        (0.81, 0.60),
        (0.72, 0.54),
        (0.70, 0.53),
        (0.65, 0.54),
        (0.77, 0.68),
        (0.78, 0.77),
        (0.91, 0.65),
        (0.71, 0.57),
        (0.65, 0.59),
        (0.78, 0.62),
        (0.84, 0.67),
        (0.75, 0.60),
        (0.79, 0.68),
        (0.88, 0.72),
        (0.83, 0.70),
        (0.75, 0.68),
    ];
    assert_eq!(scores.len(), floors.len());
    for ((line, p, r), (fp, fr)) in scores.into_iter().zip(floors) {
        assert!(p >= fp && r >= fr, "below {fp} / {fr}: {line}");
    }
}

/// An attacked place stands for its country when the text names no target
/// actor, and only then.
#[test]
fn an_attacked_place_gives_the_target_country() {
    let code = |text: &str| code_text("en", "2022-03-16", text);
    let ev = code("Russian forces shelled the city of Kharkiv overnight.");
    assert!(
        ev.iter().any(|e| e["source"]["country"] == "RUS"
            && e["target"]["country"] == "UKR"
            && e["cameo_root"] == "19"),
        "{ev:#?}"
    );
    // So does a place visited.
    let ev = code("Barack Obama visited Aleppo on Friday.");
    assert!(
        ev.iter().any(|e| e["source"]["country"] == "USA"
            && e["target"]["country"] == "SYR"
            && e["cameo_root"] == "04"),
        "{ev:#?}"
    );
    // And a place aid is sent to.
    let ev = code("Algeria sent rescue teams to Derna on Tuesday.");
    assert!(
        ev.iter().any(|e| e["source"]["country"] == "DZA"
            && e["target"]["country"] == "LBY"
            && e["cameo_root"] == "07"),
        "{ev:#?}"
    );
    // A named target actor is kept; a meeting place is not a target.
    let ev = code("Turkish President Erdogan met Vladimir Putin in Sochi.");
    assert!(
        ev.iter()
            .all(|e| e["target"]["country"] != "RUS" || e["target"]["text"] != "Sochi"),
        "{ev:#?}"
    );
}

/// "X and Y met in Moscow": the meeting is between the two, both ways, and
/// the capital is where it happened, not a target; an actor named against
/// whom something is done stays a target.
#[test]
fn a_compound_subject_meets_among_itself_at_the_place_named() {
    let code = |lang: &str, text: &str| code_text(lang, "2021-09-29", text);
    for (lang, text) in [
        (
            "en",
            "Vladimir Putin and Recep Tayyip Erdogan met in Moscow to ease tensions in Syria.",
        ),
        (
            "fr",
            "Le président russe Vladimir Poutine et son homologue turc Recep Tayyip Erdogan se sont rencontrés à Moscou.",
        ),
    ] {
        let ev = code(lang, text);
        for (a, b) in [("RUS", "TUR"), ("TUR", "RUS")] {
            assert!(
                ev.iter().any(|e| e["source"]["country"] == a
                    && e["target"]["country"] == b
                    && e["cameo_root"] == "04"
                    && e["location"]["name"] == "Moscow"),
                "{lang}: no {a}→{b} meeting in Moscow: {ev:#?}"
            );
        }
    }
}

/// Whom an event is done to when the verb does not name it: a reaction
/// to an act targets the act's doer ("une décision que Nétanyahou a
/// dénoncée"); verbs joined by "and" share their object ("fired on and
/// seized"); an object pronoun is the actor named before it ("accusing it
/// of"); and verbs joined by "and" share a compound subject, so a later
/// agreement is among its members.
#[test]
fn targets_the_verb_does_not_name() {
    let code = |lang: &str, text: &str| code_text(lang, "2024-01-01", text);
    let has = |ev: &[serde_json::Value], s: &str, t: &str, root: &str| {
        ev.iter().any(|e| {
            e["source"]["country"] == s && e["target"]["country"] == t && e["cameo_root"] == root
        })
    };
    let ev = code(
        "fr",
        "Emmanuel Macron a annoncé jeudi que la France reconnaîtrait l'État de Palestine, une décision que Benyamin Nétanyahou a dénoncée.",
    );
    assert!(has(&ev, "ISR", "FRA", "11"), "{ev:#?}");
    let ev = code(
        "en",
        "Russian vessels fired on and seized three Ukrainian navy ships off Crimea on Sunday.",
    );
    assert!(has(&ev, "RUS", "UKR", "19"), "{ev:#?}");
    let ev = code(
        "en",
        "Saudi Arabia and Egypt severed diplomatic ties with Qatar on Monday, accusing it of supporting terrorism.",
    );
    assert!(
        has(&ev, "SAU", "QAT", "11") && has(&ev, "EGY", "QAT", "11"),
        "{ev:#?}"
    );
    // A retaliation is against the one who acted before.
    let ev = code(
        "en",
        "Israel struck Iranian air defences on Saturday, and Iran retaliated hours later.",
    );
    assert!(has(&ev, "IRN", "ISR", "19"), "{ev:#?}");
    // A relative "qui" is the actor just before it.
    let ev = code(
        "fr",
        "Téhéran a libéré le Français Louis Arnaud, a annoncé jeudi Emmanuel Macron, qui a remercié le sultanat d'Oman pour sa médiation.",
    );
    assert!(has(&ev, "FRA", "OMN", "05"), "{ev:#?}");
    // One's own troops are what is withdrawn; the country they leave is
    // the target.
    let ev = code(
        "fr",
        "Emmanuel Macron a annoncé jeudi le retrait des troupes françaises du Mali.",
    );
    assert!(has(&ev, "FRA", "MLI", "08"), "{ev:#?}");
    // Talks between two are both ways; several who condemn do not
    // condemn each other.
    let ev = code(
        "en",
        "Talks between Russian Foreign Minister Sergei Lavrov and his Ukrainian counterpart Dmytro Kuleba ended without progress.",
    );
    assert!(
        has(&ev, "RUS", "UKR", "04") && has(&ev, "UKR", "RUS", "04"),
        "{ev:#?}"
    );
    // Drills that armed forces of several states hold are joint (062),
    // the plural noun read as a verb too.
    let ev = code(
        "en",
        "Egyptian and Russian troops began their first joint anti-terrorism exercises near Alexandria on Saturday.",
    );
    assert!(
        has(&ev, "EGY", "RUS", "06") && has(&ev, "RUS", "EGY", "06"),
        "{ev:#?}"
    );
    let ev = code(
        "fr",
        "Les armées égyptienne et russe ont entamé samedi près d’Alexandrie leurs premiers exercices antiterroristes.",
    );
    assert!(
        has(&ev, "EGY", "RUS", "06") && has(&ev, "RUS", "EGY", "06"),
        "{ev:#?}"
    );
    // "after" before a clause whose subject the parser hung on a noun.
    let ev = code(
        "en",
        "Germany recalled its ambassador from Tehran after Iran executed a German-Iranian dissident.",
    );
    assert!(
        has(&ev, "DEU", "IRN", "16") && ev.iter().any(|e| e["source"]["country"] == "IRN"),
        "{ev:#?}"
    );
    // A state protests through its diplomats: a formal complaint (114);
    // the one who summons an envoy to protest is the one protesting.
    let ev = code(
        "en",
        "Vietnam protested to China over the deployment of an oil rig.",
    );
    assert!(
        has(&ev, "VNM", "CHN", "11") && !has(&ev, "VNM", "CHN", "14"),
        "{ev:#?}"
    );
    let ev = code(
        "en",
        "Indonesia summoned China's charge d'affaires on Monday to protest.",
    );
    assert!(
        has(&ev, "IDN", "CHN", "11") && ev.iter().all(|e| e["source"]["country"] == "IDN"),
        "{ev:#?}"
    );
    // Expelling an organisation's officials expels its mission (16).
    let ev = code(
        "en",
        "Ethiopia expelled seven senior United Nations officials on Thursday.",
    );
    assert!(has(&ev, "ETH", "IGOUNO", "16"), "{ev:#?}");
    // "as"/"while" before a clause whose subject the parser hung on a
    // noun: that subject does the clause's act.
    let ev = code(
        "en",
        "Russia massed troops near the border as NATO began exercises in Poland.",
    );
    assert!(
        ev.iter()
            .any(|e| e["source"]["code"] == "IGOWSTNAT" && e["cameo_root"] == "15")
            && !ev
                .iter()
                .any(|e| e["source"]["country"] == "RUS" && e["target"]["country"] == "POL"),
        "{ev:#?}"
    );
    // Calling a decision bitter disapproves of its author; a participle of
    // saying after a reported clause is the speaker's.
    let ev = code(
        "en",
        "A Turkish court jailed a German journalist on Monday, a decision that German Chancellor Angela Merkel called bitter and disappointing.",
    );
    assert!(has(&ev, "DEU", "TUR", "11"), "{ev:#?}");
    let ev = code(
        "en",
        "Iran demanded that Britain release the tanker, calling the seizure unlawful.",
    );
    assert!(
        has(&ev, "IRN", "GBR", "11") && !has(&ev, "GBR", "IRN", "11"),
        "{ev:#?}"
    );
    // Forces leaving another country withdraw (08); anyone else leaving
    // is no event.
    let ev = code("en", "The last Syrian troops left Lebanon on Tuesday.");
    assert!(has(&ev, "SYR", "LBN", "08"), "{ev:#?}");
    let ev = code("en", "President Biden left Japan on Sunday.");
    assert!(ev.is_empty(), "{ev:#?}");
    // What is exchanged goes both ways.
    let ev = code("en", "India and Pakistan traded fire across the border.");
    assert!(
        has(&ev, "IND", "PAK", "19") && has(&ev, "PAK", "IND", "19"),
        "{ev:#?}"
    );
    let ev = code("en", "Russia and Ukraine traded accusations on Monday.");
    assert!(
        has(&ev, "RUS", "UKR", "11") && has(&ev, "UKR", "RUS", "11"),
        "{ev:#?}"
    );
    // The Soviet Union is an actor only while it existed.
    let ev = code_text(
        "en",
        "2022-09-17",
        "Putin is due to attend a summit of former Soviet states in Bishkek on Friday.",
    );
    assert!(
        ev.iter().all(|e| e["target"]["country"] != "SUN"),
        "{ev:#?}"
    );
    // A name the parser cut into two subjects is one name; the pope is
    // the Holy See.
    let ev = code(
        "en",
        "Pope John Paul II urged Cuba on Wednesday to open up.",
    );
    assert!(has(&ev, "VAT", "CUB", "02"), "{ev:#?}");
    // Saying another state is to blame is accusing it.
    let ev = code(
        "en",
        "Washington said Moscow was responsible for the cyberattack.",
    );
    assert!(has(&ev, "USA", "RUS", "11"), "{ev:#?}");
    let ev = code(
        "en",
        "Washington said Moscow was not responsible for the cyberattack.",
    );
    assert!(!has(&ev, "USA", "RUS", "11"), "{ev:#?}");
    // A reply in kind is the same act done back.
    let ev = code(
        "en",
        "Britain expelled two Russian diplomats, and Moscow reciprocated on Monday.",
    );
    assert!(
        has(&ev, "GBR", "RUS", "16") && has(&ev, "RUS", "GBR", "16"),
        "{ev:#?}"
    );
    let ev = code(
        "fr",
        "La Pologne a expulsé trois diplomates russes, et Moscou a riposté lundi.",
    );
    assert!(
        has(&ev, "RUS", "POL", "16") && !ev.iter().any(|e| e["cameo_root"] == "19"),
        "{ev:#?}"
    );
    // People expelled by the thousand, the passive's subject counted:
    // a mass expulsion (203).
    let ev = code(
        "fr",
        "Plus de 20 000 Haïtiens ont été expulsés par la République dominicaine en octobre.",
    );
    assert!(
        ev.iter()
            .any(|e| e["cameo"] == "203" && e["source"]["country"] == "DOM"),
        "{ev:#?}"
    );
    // Several who promise together promise to someone else.
    let ev = code(
        "en",
        "Saudi Arabia and the United Arab Emirates promised a combined 8 billion dollars to Egypt's interim government.",
    );
    assert!(
        has(&ev, "SAU", "EGY", "03")
            && has(&ev, "ARE", "EGY", "03")
            && !has(&ev, "SAU", "ARE", "03"),
        "{ev:#?}"
    );
    let ev = code_text_untargeted(
        "en",
        "2024-01-01",
        "The United States, Germany and Britain condemned the attack.",
    );
    assert!(
        ev.iter().all(|e| e["target"].is_null()) && ev.len() == 3,
        "{ev:#?}"
    );
    let ev = code(
        "en",
        "Donald Trump and Kim Jong Un shook hands in Singapore and later signed a joint statement.",
    );
    assert!(
        has(&ev, "USA", "PRK", "05") || has(&ev, "USA", "PRK", "06"),
        "{ev:#?}"
    );
}

/// A sentence to code (language, date, text) and the events it must give,
/// in order: (source country, CAMEO code, target country).
/// The (source country, CAMEO code, target country) of each event coded
/// from `text`.
fn country_codes(lang: &str, date: &str, text: &str) -> Vec<(String, String, String)> {
    code_text(lang, date, text)
        .iter()
        .map(|e| {
            let c = |v: &serde_json::Value| v.as_str().unwrap_or("").to_string();
            (
                c(&e["source"]["country"]),
                c(&e["cameo"]),
                c(&e["target"]["country"]),
            )
        })
        .collect()
}

type Case<'a> = (&'a str, &'a str, &'a str, &'a [(&'a str, &'a str, &'a str)]);

/// Codes each case's sentence and checks that its events are exactly the
/// expected (source country, CAMEO code, target country) triples, in order.
fn assert_cases<'a>(cases: impl IntoIterator<Item = &'a Case<'a>>) {
    for (lang, date, text, want) in cases {
        let got = country_codes(lang, date, text);
        let want: Vec<(String, String, String)> = want
            .iter()
            .map(|(s, c, t)| (s.to_string(), c.to_string(), t.to_string()))
            .collect();
        assert_eq!(got, want, "{text}");
    }
}

/// Who acts at home and who helps abroad: police or soldiers of no named
/// country are those of the place where they arrest or fire on crowds;
/// forces sent at a state's request, or to help it, protect it (074);
/// sanctions under other names; fighting that is ended, or that is only
/// words between two leaders, is no battle; regret for a country's distant
/// past is a statement to its victims.
#[test]
fn force_at_home_help_abroad_and_words_not_blows() {
    let expect: &[Case] = &[
        (
            "en",
            "2022-12-08",
            "Police detained Pedro Castillo in Lima on Wednesday.",
            &[("PER", "173", "PER")],
        ),
        (
            "en",
            "2015-07-10",
            "Protesters ransacked the Thai consulate in Istanbul on Thursday.",
            &[("TUR", "145", "THA")],
        ),
        (
            "en",
            "2023-04-05",
            "The Taliban barred Afghan women from working for the United Nations, and the world body condemned the decision.",
            &[("AFG", "172", "IGOUNO"), ("IGOUNO", "111", "AFG")],
        ),
        (
            "en",
            "2020-03-22",
            "A Chinese military plane carrying medical supplies landed in Belgrade on Saturday.",
            &[("CHN", "073", "SRB")],
        ),
        (
            "fr",
            "2009-11-29",
            "Le Rwanda et la France ont annoncé dimanche le rétablissement de leurs relations diplomatiques.",
            &[("RWA", "050", "FRA"), ("FRA", "050", "RWA")],
        ),
        (
            "en",
            "2012-12-28",
            "Vladimir Putin signed a law on Friday banning Americans from adopting Russian children.",
            &[("RUS", "172", "USA")],
        ),
        (
            "en",
            "2023-02-22",
            "Vladimir Putin suspended Russia's participation in the New START treaty on Tuesday.",
            &[],
        ),
        (
            "en",
            "2016-10-08",
            "Russia moved missiles into Kaliningrad, a deployment that neighbouring Lithuania and Poland denounced as a threat to the security of the region.",
            &[("RUS", "154", "LTU"), ("LTU", "111", "RUS"), ("POL", "111", "RUS")],
        ),
        (
            "en",
            "2018-07-17",
            "Donald Trump and Vladimir Putin held more than two hours of talks in Helsinki on Monday.",
            &[("USA", "040", "RUS"), ("RUS", "040", "USA")],
        ),
        (
            "en",
            "2024-04-06",
            "Ecuadorean police arrested former vice-president Jorge Glas inside the Mexican embassy in Quito.",
            &[("ECU", "173", "ECU")],
        ),
        (
            "en",
            "2023-05-09",
            "Paramilitary Rangers arrested former Pakistani prime minister Imran Khan at the Islamabad High Court on Tuesday in a corruption case.",
            &[("PAK", "173", "PAK")],
        ),
        (
            "en",
            "2002-04-12",
            "Soldiers took President Hugo Chavez into custody on Friday.",
            &[("VEN", "173", "VEN")],
        ),
        (
            "fr",
            "2023-03-21",
            "Le président russe Vladimir Poutine a accueilli lundi au Kremlin le dirigeant chinois Xi Jinping pour des pourparlers sur la guerre en Ukraine.",
            &[("RUS", "043", "CHN")],
        ),
        (
            "en",
            "2023-03-21",
            "Russian President Vladimir Putin hosted Chinese leader Xi Jinping at the Kremlin on Monday for talks on the war in Ukraine.",
            &[("RUS", "043", "CHN")],
        ),
        (
            "en",
            "2024-05-10",
            "Azerbaijan and Armenia exchanged prisoners of war on Wednesday under a deal brokered by the European Union.",
            &[("AZE", "0841", "ARM"), ("ARM", "0841", "AZE")],
        ),
        (
            "en",
            "2024-05-10",
            "North Korea fired several ballistic missiles into the Sea of Japan on Thursday.",
            &[],
        ),
        (
            "fr",
            "2024-05-10",
            "La Corée du Nord a tiré jeudi plusieurs missiles balistiques en mer du Japon.",
            &[],
        ),
        (
            "en",
            "2010-05-24",
            "President Lee Myung-bak accused North Korea of sinking the warship.",
            &[("KOR", "112", "PRK")],
        ),
        (
            "en",
            "2018-04-27",
            "Moon Jae-in met Kim Jong Un in Panmunjom on Friday.",
            &[("KOR", "040", "PRK")],
        ),
        (
            "fr",
            "2006-10-15",
            "Le ministre iranien des Affaires étrangères a déclaré que son pays rejetait la résolution de l'AIEA.",
            &[("IRN", "127", "IGOUNO")],
        ),
        (
            "en",
            "2024-01-22",
            "The Iran-backed Houthis attacked a ship.",
            &[],
        ),
        (
            "en",
            "2014-08-22",
            "Ukraine's security chief called the move a direct invasion by Moscow.",
            &[("UKR", "111", "RUS")],
        ),
        (
            "en",
            "2022-03-01",
            "Biden called for an end to the invasion of Ukraine.",
            &[("USA", "020", "UKR")],
        ),
        (
            "en",
            "2013-05-20",
            "Turkish jets shot down a Syrian helicopter near the border on Monday, and President Bashar Assad, speaking in Damascus, called the incident a criminal act.",
            &[("TUR", "190", "SYR"), ("SYR", "111", "TUR")],
        ),
        (
            "en",
            "2024-03-02",
            "Guyana accused Venezuela of massing troops near the border during an exercise in Bolivar state, a charge Caracas dismissed as baseless.",
            &[("GUY", "112", "VEN"), ("VEN", "110", "GUY")],
        ),
        (
            "en",
            "2013-04-09",
            "Serbia said on Monday it would recall its ambassador from the joint commission it runs with Croatia and close the border, accusing Zagreb of provocations.",
            &[("SRB", "161", "HRV"), ("SRB", "160", "HRV"), ("SRB", "112", "HRV")],
        ),
        (
            "en",
            "2022-05-03",
            "Mali's junta revoked on Monday an agreement allowing French troops to operate on its territory, accusing Paris of repeated violations of its airspace.",
            &[("MLI", "160", "FRA"), ("MLI", "112", "FRA")],
        ),
        (
            "en",
            "2022-08-26",
            "French President Emmanuel Macron, on a visit to Algiers, said France wanted to build a new partnership with Algeria.",
            &[("FRA", "042", "DZA")],
        ),
        (
            "en",
            "2023-08-16",
            "Washington announced a new $325 million military aid package for Kyiv.",
            &[("USA", "072", "UKR")],
        ),
        (
            "en",
            "2022-01-20",
            "New Zealand and Australia flew military aircraft loaded with drinking water and emergency supplies into Tonga on Thursday.",
            &[("NZL", "073", "TON"), ("AUS", "073", "TON")],
        ),
        (
            "fr",
            "2022-10-01",
            "La Russie a opposé vendredi son veto à une résolution du Conseil de sécurité condamnant l'annexion de quatre régions ukrainiennes.",
            &[("RUS", "129", "IGOUNO")],
        ),
        (
            "fr",
            "2024-05-10",
            "Deux soldats indiens ont été tués dimanche par des tirs pakistanais le long de la ligne de contrôle, a annoncé l'armée indienne.",
            &[("PAK", "190", "IND")],
        ),
        (
            "fr",
            "2024-05-10",
            "Le président kényan William Ruto a reçu lundi à Nairobi son homologue somalien Hassan Cheikh Mohamoud.",
            &[("KEN", "043", "SOM")],
        ),
        (
            "en",
            "2023-09-10",
            "The Nigerien junta, which seized power in July, ordered French troops to leave the country by the end of the year.",
            &[("NER", "166", "FRA")],
        ),
        (
            "en",
            "2023-12-06",
            "Venezuelan President Nicolas Maduro, speaking on state television, accused Guyana of provoking a conflict over the Essequibo region.",
            &[("VEN", "112", "GUY")],
        ),
        (
            "en",
            "2023-03-10",
            "China warned the United States on Thursday against sending warships through the Taiwan Strait.",
            &[("CHN", "130", "USA")],
        ),
        (
            "fr",
            "2022-12-27",
            "Les talibans ont interdit aux femmes afghanes de travailler pour les Nations unies, a dénoncé l'ONU.",
            &[("AFG", "172", "AFG"), ("IGOUNO", "111", "AFG")],
        ),
        (
            "fr",
            "2023-03-10",
            "L'Arabie saoudite et l'Iran ont convenu vendredi de rétablir leurs relations diplomatiques après des pourparlers à Pékin.",
            &[("IRN", "036", "SAU"), ("SAU", "036", "IRN")],
        ),
        // (Force on fishermen is coercion, 171, since session 21.)
        (
            "fr",
            "2024-05-10",
            "Le Vietnam a protesté vendredi auprès de la Chine après que des garde-côtes chinois ont tiré au canon à eau sur des pêcheurs vietnamiens.",
            &[("VNM", "114", "CHN"), ("CHN", "171", "VNM")],
        ),
        (
            "en",
            "2024-10-02",
            "Iranian forces fired missiles at Israel on Tuesday night, and Israel vowed to retaliate.",
            &[("IRN", "190", "ISR"), ("ISR", "138", "IRN")],
        ),
        (
            "fr",
            "2024-10-02",
            "L'Iran a tiré des missiles sur Israël mardi soir, et l'État hébreu a promis de riposter.",
            &[("IRN", "193", "ISR"), ("ISR", "138", "IRN")],
        ),
        (
            "en",
            "2019-11-20",
            "Russia handed back the three navy vessels it seized off Crimea last year.",
            &[("RUS", "084", "UKR"), ("RUS", "171", "UKR")],
        ),
        (
            "en",
            "2022-03-13",
            "Iran's Revolutionary Guards fired ballistic missiles at Erbil in what they called a strike on an Israeli spy headquarters.",
            &[("IRN", "195", "IRQ")],
        ),
        (
            "fr",
            "2023-04-08",
            "L’armée chinoise a lancé samedi trois jours de manœuvres autour de Taïwan, au lendemain du retour de la présidente Tsai Ing-wen d’un voyage aux États-Unis au cours duquel elle a rencontré le président de la Chambre des représentants, Kevin McCarthy.",
            &[("CHN", "150", "TWN")],
        ),
        (
            "en",
            "2021-11-25",
            "Australia began deploying police and troops to Solomon Islands on Thursday at the request of Prime Minister Manasseh Sogavare.",
            &[("AUS", "074", "SLB")],
        ),
        (
            "en",
            "2020-09-01",
            "Lithuania imposed a travel ban on Belarusian President Alexander Lukashenko.",
            &[("LTU", "163", "BLR")],
        ),
        (
            "fr",
            "2013-12-27",
            "Pékin a vivement protesté jeudi contre la visite de Shinzo Abe au sanctuaire Yasukuni.",
            &[("CHN", "114", "JPN")],
        ),
        (
            "fr",
            "2009-02-20",
            "Le Parlement kirghiz a voté jeudi la dénonciation de l'accord avec les États-Unis.",
            &[("KGZ", "160", "USA")],
        ),
        (
            "fr",
            "2023-11-01",
            "Le Pakistan a commencé mercredi à expulser les Afghans en situation irrégulière.",
            &[("PAK", "203", "AFG")],
        ),
        (
            "en",
            "2021-10-26",
            "The United States paused $700 million in emergency economic aid to Sudan on Monday.",
            &[("USA", "162", "SDN")],
        ),
        (
            "en",
            "2022-08-02",
            "A U.S. drone strike killed al Qaeda leader Ayman al-Zawahiri in Kabul at the weekend.",
            &[("USA", "186", "AFG")],
        ),
        (
            "fr",
            "2009-09-29",
            "Les forces de sécurité guinéennes ont ouvert le feu lundi sur des opposants rassemblés à Conakry, faisant au moins 157 morts.",
            &[("GIN", "202", "GIN")],
        ),
        (
            "en",
            "2015-02-05",
            "Boko Haram fighters killed scores of civilians in the northern Cameroonian town of Fotokol on Wednesday.",
            &[("NGA", "180", "CMR")],
        ),
        (
            "fr",
            "2021-07-10",
            "Le Rwanda a déployé un millier de soldats au Mozambique afin d'aider les autorités de Maputo à combattre les insurgés.",
            &[("RWA", "074", "MOZ")],
        ),
        (
            "en",
            "2000-12-13",
            "Ethiopian Prime Minister Meles Zenawi and Eritrean President Isaias Afwerki signed a peace agreement in Algiers on Tuesday formally ending a two-year border war.",
            &[("ETH", "057", "ERI"), ("ERI", "057", "ETH")],
        ),
        (
            "en",
            "2014-11-11",
            "Albanian Prime Minister Edi Rama held talks with his Serbian counterpart Aleksandar Vucic in Belgrade on Monday, but the two men clashed openly over Kosovo at their joint news conference.",
            &[("ALB", "040", "SRB"), ("ALB", "111", "SRB"), ("SRB", "111", "ALB")],
        ),
        (
            "en",
            "2003-01-30",
            "Thailand sent military aircraft to evacuate its citizens from Phnom Penh on Thursday.",
            &[],
        ),
    ];
    // A leader who acknowledges or regrets what their own country did
    // long ago speaks to the victims' country (015, 018); the past act is
    // history. A recent act admitted is still the act.
    let history: &[Case] = &[
        (
            "en",
            "2021-05-28",
            "Germany formally acknowledged on Friday that its colonial troops had committed genocide against the Herero and Nama peoples in present-day Namibia.",
            &[("DEU", "015", "NAM")],
        ),
        (
            "fr",
            "2020-06-30",
            "Le roi Philippe de Belgique a exprimé mardi ses « plus profonds regrets » pour les blessures infligées au Congo pendant la colonisation.",
            &[("BEL", "018", "COD")],
        ),
        (
            "en",
            "2020-01-11",
            "Iran admitted on Saturday that its military had unintentionally shot down a Ukrainian airliner near Tehran.",
            &[("IRN", "190", "UKR")],
        ),
    ];
    // Drills of several states' forces are joint (062), even when one of
    // them is said to organise them, and whatever the parser made of
    // "joint exercises".
    let drills: &[Case] = &[
        (
            "en",
            "2018-09-11",
            "Russian and Chinese troops began joint exercises in Siberia on Tuesday.",
            &[("RUS", "062", "CHN"), ("CHN", "062", "RUS")],
        ),
        (
            "fr",
            "2018-09-11",
            "Les armées russe et chinoise ont entamé mardi les manœuvres Vostok-2018, les plus importantes organisées par Moscou depuis la fin de la guerre froide.",
            &[("RUS", "062", "CHN"), ("CHN", "062", "RUS")],
        ),
    ];
    // Telling an envoy what his state must do demands it (100); the
    // euro zone is the EU, and approving a loan provides it (070).
    let demands: &[Case] = &[
        (
            "en",
            "2008-12-01",
            "India summoned Pakistan's High Commissioner on Monday and told him that Islamabad must take strong action against the attackers.",
            &[("IND", "114", "PAK"), ("IND", "100", "PAK")],
        ),
        (
            "en",
            "2013-03-25",
            "Euro zone finance ministers approved a 10 billion euro rescue loan for Cyprus on Monday.",
            &[("IGOEUR", "070", "CYP")],
        ),
    ];
    // Read after holdout14's end score: a junta named by its sector is the
    // one named before it; ramming is coercion (170); a name after "N’"
    // stays whole; a lifted embargo is lifted (085) and a subjectless
    // passive is done by its agent; approved force is a threat (138).
    let later: &[Case] = &[
        (
            "en",
            "2010-11-14",
            "Myanmar's military government freed Aung San Suu Kyi from house arrest on Saturday, and U.S. President Barack Obama urged the junta to free all other political prisoners.",
            &[("MMR", "084", "MMR"), ("USA", "020", "MMR")],
        ),
        (
            "en",
            "2014-05-07",
            "Chinese ships rammed Vietnamese vessels near a Chinese oil rig in the South China Sea on Wednesday.",
            &[("CHN", "170", "VNM")],
        ),
        (
            "fr",
            "2008-05-11",
            "Le Soudan a rompu dimanche ses relations diplomatiques avec le Tchad, accusant N’Djamena d’avoir soutenu l’attaque des rebelles.",
            &[("SDN", "161", "TCD"), ("SDN", "112", "TCD")],
        ),
        (
            "fr",
            "2016-05-23",
            "Barack Obama a annoncé lundi à Hanoï la levée de l’embargo américain sur les ventes d’armes, après avoir été reçu au palais présidentiel par son homologue Tran Dai Quang.",
            &[("USA", "085", "VNM"), ("VNM", "043", "USA")],
        ),
        (
            "en",
            "2014-03-01",
            "Russia's upper house of parliament unanimously approved President Vladimir Putin's request on Saturday to use the armed forces in Ukraine.",
            &[("RUS", "138", "UKR")],
        ),
        // Denying an accusation rejects it, aimed at the accuser (111).
        (
            "fr",
            "2019-03-05",
            "Le ministre rwandais des Affaires étrangères a accusé mardi l’Ouganda de soutenir des rebelles hostiles à Kigali, et Kampala a démenti.",
            &[("RWA", "112", "UGA"), ("UGA", "111", "RWA")],
        ),
        (
            "fr",
            "2019-03-05",
            "Les Philippines ont accusé dimanche les garde-côtes chinois d’avoir percuté un navire philippin, ce que Pékin a démenti.",
            &[("PHL", "112", "CHN"), ("CHN", "111", "PHL")],
        ),
    ];
    // What is promised on a condition that is not coercion did not happen.
    let ev = code_text(
        "fr",
        "2019-04-28",
        "L'Iran serait prêt à négocier avec les États-Unis si Washington levait ses sanctions, a déclaré dimanche le président Hassan Rohani.",
    );
    assert!(
        !ev.is_empty() && ev.iter().all(|e| e["certainty"] == "hypothetical"),
        "{ev:#?}"
    );
    assert_cases(
        expect
            .iter()
            .chain(history)
            .chain(drills)
            .chain(demands)
            .chain(later),
    );
}

/// Wire-copy constructions the parser reads badly or that name their
/// actors indirectly: conjugated French forms with invented lemmas, object
/// relatives, definite descriptions of states, titles in apposition,
/// national bodies named like international ones, compound modifiers, a
/// past tense read as a participle, patients of nominal acts, and what is
/// not an event (a speech act's content, a hedge).
#[test]
fn wire_constructions_find_their_actors() {
    let code = |lang: &str, text: &str| code_text(lang, "2024-01-01", text);
    let has = |ev: &[serde_json::Value], s: &str, t: &str, root: &str| {
        ev.iter().any(|e| {
            e["source"]["country"] == s && e["target"]["country"] == t && e["cameo_root"] == root
        })
    };
    let cases = [
        ("fr", "Le Maroc a rompu ses relations diplomatiques avec l'Iran.", "MAR", "IRN", "16"),
        // Expressing regret is a statement; an epithet is a verdict; what
        // "dont" says is someone's is theirs.
        ("fr", "Le roi Philippe a exprimé ses « plus profonds regrets » au Congo pour les violences de la colonisation.", "BEL", "COD", "01"),
        ("fr", "Nicolás Maduro a traité mercredi le président panaméen Ricardo Martinelli de « laquais » des États-Unis.", "VEN", "PAN", "11"),
        ("fr", "Gustavo Petro a rompu les relations avec Israël, dont il a qualifié le gouvernement de « génocidaire ».", "COL", "ISR", "11"),
        ("en", "Maduro called Panama's president a lackey of the United States.", "VEN", "PAN", "11"),
        // "They" is every conjunct of the subject.
        ("en", "The Netherlands and Australia said they held Russia responsible for the downing of flight MH17.", "AUS", "RUS", "11"),
        // A threat is aimed at the object of the act threatened.
        ("en", "Israel warned that it would strike the leadership of Yemen's Houthi movement.", "ISR", "YEM", "13"),
        // An event with no other party takes the actor of another country
        // named under its trigger.
        ("fr", "L’Algérie et l’Égypte ont dépêché des équipes de secours et des avions chargés d’aide humanitaire dans l’est de la Libye.", "DZA", "LBY", "07"),
        // After a comma, "qui" stands for the actors just before it, not
        // for where the parser hung the clause.
        ("fr", "L’Ukraine a porté plainte lundi devant l’Organisation mondiale du commerce contre la Pologne, la Hongrie et la Slovaquie, qui ont imposé leurs propres embargos sur les céréales ukrainiennes après l’expiration vendredi des restrictions décidées par Bruxelles.", "HUN", "UKR", "16"),
        // Saying that someone failed, violated or was involved blames them.
        ("en", "The United States ordered 15 Cuban diplomats to leave the country on Tuesday, with Secretary of State Rex Tillerson saying Havana had failed to protect American embassy staff from mysterious attacks.", "USA", "CUB", "11"),
        // Revoking an accord or halting trade reduces relations.
        ("fr", "Le Niger a révoqué samedi l’accord militaire avec les États-Unis.", "NER", "USA", "16"),
        ("en", "South Korea halted almost all trade with North Korea on Monday.", "KOR", "PRK", "16"),
        // A protest's "anti-" adjective names whom it is against.
        ("en", "Thousands of Pakistanis staged anti-American protests in Karachi on Friday.", "PAK", "USA", "14"),
        ("fr", "Des milliers d’ouvriers vietnamiens ont incendié des usines étrangères lors de manifestations antichinoises.", "VNM", "CHN", "14"),
        // One's own people kept from an act: the act's other party is the
        // target.
        ("en", "Russian President Vladimir Putin has temporarily banned Russian airlines from flying to Georgia from July 8.", "RUS", "GEO", "16"),
        // Killing by the hundred is mass killing.
        ("en", "The Eritrean soldiers killed hundreds of civilians in Ethiopia, Amnesty said.", "ERI", "ETH", "20"),
        ("en", "Kenya recalled its envoy from Somalia, which it accuses of meddling in its elections.", "KEN", "SOM", "11"),
        ("en", "Qatar recalled its ambassador from Bahrain, accusing the kingdom of violating its airspace.", "QAT", "BHR", "11"),
        ("fr", "Le président français Emmanuel Macron a été reçu mardi à Rome par son homologue Sergio Mattarella.", "ITA", "FRA", "04"),
        ("en", "Armenian and Azerbaijani troops clashed on the border on Tuesday, the defence ministry said.", "AZE", "ARM", "19"),
        ("en", "Belarusian security forces detained opposition activist Maria Kolesnikova in Minsk on Monday.", "BLR", "BLR", "17"),
        ("fr", "La Moldavie a annoncé l'expulsion de trois diplomates russes.", "MDA", "RUS", "16"),
        // A ban on another country's goods is a sanction; a state's
        // boycott of another's event is a protest (143, as the blind
        // sets code it five times out of six); dismissing an offer rejects
        // it.
        ("en", "India banned dozens of Chinese smartphone apps on Monday.", "IND", "CHN", "16"),
        ("fr", "Le Maroc a boycotté jeudi le sommet organisé par l'Algérie.", "MAR", "DZA", "14"),
        ("en", "North Korea dismissed South Korea's offer of economic aid on Friday.", "PRK", "KOR", "12"),
        // A compound subject that acts together acts upon itself, not on
        // whoever is named deeper in the clause.
        ("en", "Sudan and Israel agreed to normalise relations, President Donald Trump announced on Friday.", "SDN", "ISR", "03"),
        // "a charge X denied", "une décision qu'a condamnée X": the
        // reaction is aimed at who acted.
        ("en", "Kosovo accused Serbia of backing the gunmen, a charge Belgrade denied.", "SRB", "KSV", "11"),
        ("fr", "Le Mali a expulsé l'ambassadeur de France, une décision qu'a aussitôt condamnée Paris.", "FRA", "MLI", "11"),
        // An army's mass execution of people of no country is done to its own.
        ("fr", "L'armée burkinabè a exécuté au moins 200 villageois dans le nord du pays.", "BFA", "BFA", "20"),
        // A bare "after" clause keeps its subject.
        ("en", "China suspended talks with Japan after a Japanese court extended the detention of a Chinese captain.", "JPN", "CHN", "17"),
        // Capturing people is detaining them.
        ("fr", "Des militaires guinéens ont capturé dimanche le président Alpha Condé à Conakry.", "GIN", "GIN", "17"),
        // A name's word read as a verb is the name's.
        ("fr", "Le Liban a appelé samedi l'Arabie saoudite à expliquer sa position.", "LBN", "SAU", "02"),
        // Reciprocals, both ways.
        ("en", "Armenia and Azerbaijan accused each other of violating the ceasefire.", "AZE", "ARM", "11"),
        ("fr", "L'Arménie et l'Azerbaïdjan s'accusent mutuellement d'avoir violé la trêve.", "AZE", "ARM", "11"),
        // A country's adjective read as a verb is the noun's adjective.
        ("fr", "Les forces thaïlandaise et cambodgienne se sont affrontées jeudi près du temple.", "KHM", "THA", "19"),
        ("fr", "Les armées arménienne et azerbaïdjanaise se sont affrontées mardi.", "AZE", "ARM", "19"),
        // Force used abroad takes the country of the place it is put at.
        ("fr", "Ankara a renforcé ces dernières semaines ses bases militaires à Idlib.", "TUR", "SYR", "15"),
        // A transnational group struck is coded to where it is struck.
        ("fr", "L'aviation française a largué dimanche une vingtaine de bombes sur Raqqa, le fief du groupe État islamique en Syrie.", "FRA", "SYR", "19"),
        // A warning that names no one answers who acted before.
        ("fr", "Les États-Unis ont bombardé trois sites nucléaires iraniens, et le chef de la diplomatie iranienne a averti que son pays se réservait le droit de riposter.", "IRN", "USA", "13"),
        // A delivery that was bought is trade; denying permission refuses.
        ("en", "Russia delivered the first S-400 missiles to Turkey on Friday under a contract worth 2.5 billion dollars.", "RUS", "TUR", "06"),
        ("en", "Bolivia said France denied the presidential plane permission to land.", "FRA", "BOL", "12"),
        // A title before a name the lists lack says whose the person is.
        ("en", "U.S. envoy Richard Grenell met Nicolas Maduro in Caracas on Friday.", "USA", "VEN", "04"),
        // "the two neighbours" after a visit: the guest and the host.
        ("fr", "Xi Jinping est arrivé mardi à Hanoï pour une visite au Vietnam, et les deux voisins ont signé des accords.", "VNM", "CHN", "05"),
        ("fr", "L'Arabie saoudite a expulsé l'ambassadeur du Liban, reprochant à Beyrouth ses propos sur la guerre au Yémen.", "SAU", "LBN", "11"),
        // A crowd using force protests violently (145); a crowd of no
        // country acts for the state where it is; a protest aimed at no
        // one is against the protesters' own government.
        ("en", "Hundreds of Serbian protesters set fire to the U.S. embassy in Belgrade.", "SRB", "USA", "14"),
        ("fr", "Des manifestants ont incendié le consulat de Turquie à Athènes.", "GRC", "TUR", "14"),
        ("fr", "Des milliers de Serbes ont manifesté samedi dans plusieurs villes du pays.", "SRB", "SRB", "14"),
        // The owner of a thing struck is the target.
        ("fr", "Le chef du Hamas a été blessé après que des avions israéliens eurent bombardé sa maison.", "ISR", "PSE", "19"),
        // Troops deployed to support a government: military protection.
        ("fr", "Le Tchad a déployé des soldats au Mali pour soutenir le gouvernement de Bamako.", "TCD", "MLI", "07"),
        // Ordering diplomats to leave is an expulsion.
        ("en", "Kenya ordered three Somali diplomats to leave the country within 48 hours.", "KEN", "SOM", "16"),
        // Two parties of one state agreeing, where they signed.
        ("en", "The army and the rebels signed a peace agreement in Juba on Monday.", "SSD", "SSD", "05"),
        // A reduction of relations naming no one: where an earlier one
        // was aimed, else at whoever acted before.
        ("fr", "Le Pérou a rompu ses relations avec le Venezuela, tandis que le Chili rappelait son ambassadeur.", "CHL", "VEN", "16"),
        ("en", "Germany recognised Kosovo on Monday, and Serbia recalled its ambassador.", "SRB", "DEU", "16"),
        // Forces that travel with a purpose protect; a leader visits.
        ("en", "Kenyan police officers arrived in Haiti on Tuesday to lead a multinational mission.", "KEN", "HTI", "07"),
        ("en", "Putin arrived in Beijing on Tuesday.", "RUS", "CHN", "04"),
        // A statement that calls something illegal criticises its doer,
        // in either order.
        ("en", "Turkey said the Greek decision was illegal.", "TUR", "GRC", "11"),
        ("fr", "Ces frappes israéliennes sont illégales, a déclaré mardi le ministre iranien des Affaires étrangères.", "IRN", "ISR", "11"),
        // Calling something a farce is criticism.
        ("fr", "L'Allemagne a qualifié de « farce » le procès de l'opposant russe.", "DEU", "RUS", "11"),
        // An ultimatum to leave is an expulsion, the purpose infinitive
        // under the verb or its object.
        ("en", "Ghana gave the Ivorian ambassador 72 hours to leave the country on Monday.", "GHA", "CIV", "16"),
        ("fr", "Le Tchad a donné vendredi 72 heures à l’ambassadeur du Cameroun pour quitter le territoire.", "TCD", "CMR", "16"),
        // An object pronoun points back past a phrase of no country.
        ("fr", "Le Gabon a convoqué l'ambassadeur de Guinée, lui reprochant d'avoir ignoré une lettre du ministre.", "GAB", "GIN", "11"),
        // Rejecting an accusation, named by the relative's antecedent,
        // is 11 (also with "aussitôt" tagged as a participle).
        ("en", "Iran accused Bahrain of spying, a charge that Bahrain's foreign ministry rejected on Monday.", "BHR", "IRN", "11"),
        ("fr", "Le Niger a accusé le Bénin d'ingérence, des propos que Cotonou a aussitôt rejetés.", "BEN", "NER", "11"),
        // Recalling one's ambassador: the other country beside him.
        ("fr", "Le Sénégal a annoncé mardi le rappel de son ambassadeur à Bamako.", "SEN", "MLI", "16"),
        ("en", "Chile announced the recall of its ambassador to Caracas on Monday.", "CHL", "VEN", "16"),
        // « Dénoncer un accord » ends it.
        ("fr", "Le gouvernement malien a dénoncé l'accord de défense avec la France.", "MLI", "FRA", "16"),
        // A « que » clause read as a relative on the object, and a
        // participle that takes no inverted subject.
        ("fr", "Le président kényan a averti samedi la Somalie que le Kenya pourrait fermer la frontière, accusant Mogadiscio de soutenir les shebab.", "KEN", "SOM", "11"),
        // Police firing on protesters is repression, within the state.
        ("en", "Police in Dhaka fired tear gas at thousands of protesters on Sunday.", "BGD", "BGD", "17"),
        ("fr", "La police togolaise a tiré à balles réelles sur des manifestants à Lomé.", "TGO", "TGO", "17"),
        ("en", "Georgian police detained the opposition leader in Tbilisi on Thursday.", "GEO", "GEO", "17"),
        ("en", "Vietnamese coast guard vessels fired water cannon at Chinese fishing boats near the Paracel Islands.", "VNM", "CHN", "17"),
        // Recognising is done by each member of a compound subject to
        // its object, not among them.
        ("en", "Britain, Canada and Australia formally recognised a Palestinian state on Sunday.", "CAN", "PSE", "05"),
        // A protest at an embassy is aimed at the country it represents;
        // a crowd counted twice over is still a crowd.
        ("en", "Thousands of Indonesians protested outside the French embassy in Jakarta on Monday.", "IDN", "FRA", "14"),
        ("en", "Tens of thousands of people protested in Belgrade on Saturday.", "SRB", "SRB", "14"),
        ("fr", "Des dizaines de milliers de personnes ont manifesté samedi à Belgrade.", "SRB", "SRB", "14"),
        // A hostile act on a body or thing owned by a pronoun is aimed
        // at the other party named before it; blocking an accession is
        // a rejection.
        ("en", "Donald Trump hosted South African President Cyril Ramaphosa on Wednesday and accused his government of failing to protect farmers.", "USA", "ZAF", "11"),
        ("fr", "Le Mexique a extradé jeudi 29 narcotrafiquants afin d'apaiser Donald Trump, qui menace de taxer lourdement ses exportations.", "USA", "MEX", "13"),
        ("en", "Hungary blocked Ukraine's accession to the EU.", "HUN", "UKR", "12"),
        // Expelling people by the thousand is a mass expulsion.
        ("en", "Pakistan deported tens of thousands of Afghans last year.", "PAK", "AFG", "20"),
        ("fr", "L'Iran a expulsé plus d'un demi-million d'Afghans en deux semaines.", "IRN", "AFG", "20"),
        // A verb joined to a reported clause's subjunctive but in the
        // main verb's tense is joined to the main verb.
        ("fr", "Pékin a exigé jeudi que la Première ministre japonaise retire ses propos, et a convoqué l’ambassadeur du Japon.", "CHN", "JPN", "11"),
        // What is reacted to is its author's.
        ("fr", "Israël a rejeté mardi le plan de reconstruction de la bande de Gaza présenté par l’Égypte.", "ISR", "EGY", "12"),
        // A capital where force is used is where, when another phrase
        // names whom.
        ("fr", "Israël a frappé mardi à Doha des dirigeants du Hamas réunis pour examiner une proposition américaine.", "ISR", "PSE", "19"),
        // Staging drills is a show of force; joint ones are cooperation.
        ("en", "China staged live-fire drills around Taiwan on Tuesday.", "CHN", "TWN", "15"),
        ("en", "China conducted joint drills with Russia in the Sea of Japan.", "CHN", "RUS", "06"),
        ("fr", "La Chine a mené des manœuvres conjointes avec la Russie.", "CHN", "RUS", "06"),
        // A noun has no object: the verb read as its modifier is the
        // clause's verb.
        ("en", "Pakistani aircraft bombed targets in Afghanistan's Khost and Paktika provinces early on Monday, killing eight women and children.", "PAK", "AFG", "19"),
        // Self-governing territories are actors of their own.
        ("en", "New Zealand has paused development funding to the Cook Islands over agreements signed with China.", "NZL", "COK", "16"),
        // A past verb joined to a verbless reported clause is the
        // speaker's.
        ("en", "Danish Prime Minister Mette Frederiksen said on Sunday that Greenland was not for sale and rejected Donald Trump's offer.", "DNK", "USA", "12"),
        // An armed group's attack on people is unconventional violence
        // (and the town struck gives their country); its rockets are
        // still force.
        ("en", "Al Shabaab gunmen killed 147 people at a university in Garissa on Thursday.", "SOM", "KEN", "18"),
        ("en", "Hamas militants fired thousands of rockets at Israel.", "PSE", "ISR", "19"),
        ("en", "Somalia's al Shabaab militants stormed a hotel and office complex in Nairobi on Tuesday, setting off explosions and shooting guests in an attack that killed at least 14 people.", "SOM", "KEN", "18"),
        // Police dispersing "them": the people named before, of any
        // country.
        ("en", "Thousands of Georgians rallied in Tbilisi against the government's decision to suspend talks with the European Union, and riot police dispersed them with water cannon.", "GEO", "GEO", "17"),
        ("en", "Iran released ten U.S. Navy sailors on Wednesday, a day after Revolutionary Guards detained them in the Gulf.", "IRN", "USA", "17"),
        // A visit reacted to is the guest's, not the host's.
        ("fr", "Viktor Orban a été reçu vendredi au Kremlin par Vladimir Poutine, une visite que les dirigeants européens ont aussitôt critiquée.", "IGOEUR", "HUN", "11"),
        // "The group": the armed group last named; a hyphenated
        // participle describes; a threat of one's own strike is aimed at
        // whoever the condition names.
        ("en", "Netanyahu said his cabinet had agreed to a ceasefire with Hezbollah in Lebanon, but warned that Israel would strike forcefully if the Iran-backed group violated the truce.", "ISR", "LBN", "13"),
        // "Countries, including X": the countries named.
        ("en", "Venezuela ordered diplomats from seven Latin American countries, including Argentina, Chile and Peru, to leave on Monday.", "VEN", "CHL", "16"),
        // "Persona non grata", however the parser reads the Latin.
        ("fr", "Le gouvernement péruvien a déclaré mardi l’ambassadeur du Mexique à Lima « persona non grata », reprochant à Mexico d’avoir accordé l’asile à la famille de l’ancien président.", "PER", "MEX", "16"),
        ("fr", "Le gouvernement péruvien a déclaré mardi l’ambassadeur du Mexique à Lima « persona non grata », reprochant à Mexico d’avoir accordé l’asile à la famille de l’ancien président.", "PER", "MEX", "11"),
        ("en", "Peru declared the Mexican ambassador persona non grata on Tuesday, accusing Mexico of meddling.", "PER", "MEX", "16"),
        // A phrase joined by ", and" to a noun before a verb with no
        // subject is that verb's subject.
        ("en", "Myanmar's military detained State Counsellor Aung San Suu Kyi and other senior civilian leaders in pre-dawn raids on Monday, and U.S. Secretary of State Antony Blinken condemned the arrests hours later.", "USA", "MMR", "11"),
        ("en", "Myanmar's military detained State Counsellor Aung San Suu Kyi and other senior civilian leaders in pre-dawn raids on Monday, and U.S. Secretary of State Antony Blinken condemned the arrests hours later.", "MMR", "MMR", "17"),
        // What is blocked is its owner's, whom the pronoun names.
        ("en", "Turkish President Recep Tayyip Erdogan accused Sweden and Finland on Monday of harbouring Kurdish militants and threatened to block their bids to join NATO.", "TUR", "SWE", "13"),
        ("fr", "Le Venezuela a rappelé son ambassadeur, après que le Brésil eut bloqué son entrée dans les BRICS.", "BRA", "VEN", "12"),
        // A reduced relative on an apposed noun ("a strike Moscow
        // condemned"), whatever the tagger made of the name.
        ("en", "The United States fired 59 Tomahawk cruise missiles at a Syrian air base early on Friday in retaliation for a chemical attack that Washington blamed on President Bashar al-Assad's forces, a strike Moscow condemned as an act of aggression.", "RUS", "USA", "11"),
        // Condemning what was done to one's own people abroad.
        ("fr", "Le Quai d’Orsay a condamné jeudi l’arrestation « sans fondement » de deux ressortissants français en Iran.", "FRA", "IRN", "11"),
        ("fr", "Le Quai d’Orsay a condamné jeudi l’arrestation « sans fondement » de deux ressortissants français en Iran, où le ministère du Renseignement les accuse d’avoir cherché à semer le chaos dans le pays.", "FRA", "IRN", "11"),
        // A participle after a comma hung on an infinitive of the object
        // is said of the clause's subject.
        ("en", "Venezuelan President Nicolas Maduro broke off diplomatic relations with Colombia on Saturday and gave its diplomats 24 hours to leave, accusing President Ivan Duque of lending his country's territory for an aggression against Venezuela.", "VEN", "COL", "11"),
        // An "against" phrase names whom, even deep in the object.
        ("en", "Australia filed a complaint at the World Trade Organization against China.", "AUS", "CHN", "11"),
        ("fr", "L'Iran a lancé des centaines de drones et de missiles contre Israël.", "IRN", "ISR", "19"),
        // Putting one's forces on alert is a show of force, aimed at
        // whom the act joined to it names.
        ("fr", "Athènes a dénoncé lundi l’envoi par Ankara d’un navire de recherche escorté de frégates, et a placé ses forces armées en état d’alerte.", "GRC", "TUR", "15"),
        // Killing a named person is an assassination (186).
        ("en", "Israel killed Hamas leader Ismail Haniyeh in Tehran.", "ISR", "PSE", "18"),
        // Returning looted treasures yields property (0842).
        ("en", "France returned the looted treasures to Benin.", "FRA", "BEN", "08"),
        ("fr", "La France a restitué 26 œuvres pillées au Bénin.", "FRA", "BEN", "08"),
        // A passive's "par" phrase hung on one of its obliques is its agent.
        ("fr", "Vladimir Poutine a été accueilli mardi avec les honneurs militaires à Oulan-Bator par son homologue mongol Oukhnaa Khurelsukh.", "MNG", "RUS", "04"),
        // Fighters of no named country fought by a state's forces are
        // that state's own.
        ("fr", "Les forces gouvernementales syriennes affrontaient depuis dimanche des combattants druzes dans la province de Soueïda.", "SYR", "SYR", "19"),
        // "Became the first country to recognise": the subject's act.
        ("fr", "La Russie est devenue jeudi le premier pays à reconnaître officiellement le gouvernement des talibans en Afghanistan.", "RUS", "AFG", "05"),
        ("en", "Russia became the first country to recognise the Taliban government in Afghanistan.", "RUS", "AFG", "05"),
        // Relations of one's own cut with someone are cut with them.
        ("fr", "Gustavo Petro a annoncé mercredi la rupture des relations diplomatiques de la Colombie avec Israël.", "COL", "ISR", "16"),
        // « plus de 50 drones contre X »: the noun counted is the object.
        ("fr", "Les rebelles houthis ont lancé dans la nuit plus de 50 drones contre Israël.", "YEM", "ISR", "19"),
        // Conjoined "with" parties, and a reaction whose phrase names no
        // country aims at the doer.
        ("en", "Serbia and Kosovo signed agreements with the European Union and the United States in Brussels on Friday.", "KSV", "USA", "05"),
        ("en", "Tanzania and Uganda signed a pipeline deal on Monday, a plan the UN climate agency criticised as contrary to the Paris Agreement.", "IGOUNO", "UGA", "11"),
        // A title with the name hung on it (or on its "de" phrase).
        ("fr", "Le ministre Sergueï Lavrov a rencontré jeudi le président turc.", "RUS", "TUR", "04"),
        ("fr", "Le ministre des Affaires étrangères Sergueï Lavrov a critiqué jeudi la Turquie.", "RUS", "TUR", "11"),
        // An opening participle clause with its agent is said of the
        // main clause's subject.
        ("fr", "Reçu mardi à l'Élysée par Emmanuel Macron, le président kényan William Ruto a plaidé pour un cessez-le-feu.", "FRA", "KEN", "04"),
        // Two relatives on one noun: both react to its doer.
        ("fr", "Le Maroc a rappelé son ambassadeur à Alger, une décision que Tunis a regrettée et que Madrid a jugée « irresponsable ».", "ESP", "MAR", "11"),
        // Describing an act as an attack criticises its doer; naming
        // one's own target is no criticism, and the target is what is
        // named.
        ("en", "Azerbaijan shot down an Armenian drone on Monday, an action that Yerevan described as an unprovoked attack.", "ARM", "AZE", "11"),
        ("en", "India struck what it called militant camps in Myanmar on Sunday.", "IND", "MMR", "19"),
        // A national body named like the UN's, with its country hung on a
        // word of the name.
        ("fr", "Le Conseil de sécurité et de défense du Niger a annoncé lundi la rupture des relations diplomatiques avec l'Ukraine.", "NER", "UKR", "16"),
        // A mutual act with no subject is between the members of its
        // "between" phrase, also with the preposition on its first word.
        ("en", "Fighting between Israeli troops and Hezbollah fighters spread to several border villages on Monday.", "LBN", "ISR", "19"),
        ("en", "Heavy fighting erupted between Kyrgyz and Tajik forces on the border on Thursday.", "TJK", "KGZ", "19"),
        // A reduction of relations naming no one is aimed at whom its
        // participle accuses.
        ("fr", "La Norvège a fermé mardi sa frontière, accusant Moscou d’y envoyer des migrants.", "NOR", "RUS", "16"),
        // In news of the two Koreas, the South and the North are states;
        // returning fire answers who fired.
        ("en", "North Korean troops fired shells across the border on Friday, and the South's army returned fire.", "KOR", "PRK", "19"),
        ("en", "Pyongyang said it would scrap its military agreement with the South.", "PRK", "KOR", "16"),
    ];
    for (lang, text, s, t, root) in cases {
        let ev = code(lang, text);
        assert!(has(&ev, s, t, root), "{s}>{t} {root} in {text}: {ev:#?}");
    }
    // What only dates the news, or an act aimed at no one that the
    // clause is not about, is no event.
    let background = [
        ("fr", "Le Kenya a rompu ses relations avec la Somalie lundi, quelques jours après la visite du président somalien en Érythrée.", "04"),
        ("en", "Kenya broke off relations with Somalia on Monday, days after a visit by Somali President Hassan Sheikh Mohamud to Eritrea.", "04"),
        ("en", "Britain and the European Union struck a trade deal on Thursday, averting the threat of tariffs.", "13"),
        ("en", "India struck what it called militant camps in Myanmar on Sunday.", "11"),
    ];
    for (lang, text, root) in background {
        let ev = code(lang, text);
        assert!(
            !ev.iter().any(|e| e["cameo_root"] == root),
            "no {root} event in {text}: {ev:#?}"
        );
    }
    // A visit is between two states: the host's capital does not host its
    // own country.
    let ev = code(
        "en",
        "Kenyan President William Ruto praised Uganda during a state visit to Kampala.",
    );
    assert!(has(&ev, "KEN", "UGA", "04"), "{ev:#?}");
    assert!(
        !ev.iter()
            .any(|e| e["cameo_root"] == "04" && e["source"]["country"] == e["target"]["country"]),
        "{ev:#?}"
    );
    // A state called by what it is, as the subject of its own clause
    // (this once recursed without end).
    let ev = code_text_untargeted(
        "fr",
        "2024-01-01",
        "L'Algérie a rompu ses relations avec le Maroc. Son voisin a dénoncé cette décision.",
    );
    assert!(
        ev.iter().any(|e| e["source"]["country"] == "MAR"),
        "{ev:#?}"
    );
    // A national security council is the state's, not the UN's.
    let ev = code(
        "en",
        "Iran's Supreme National Security Council condemned the strike by Israel.",
    );
    assert!(has(&ev, "IRN", "ISR", "11"), "{ev:#?}");
    // What an accusation is about is not an event of its own.
    let ev = code(
        "en",
        "Russia accused Ukraine of shelling the city of Donetsk.",
    );
    assert!(has(&ev, "RUS", "UKR", "11"), "{ev:#?}");
    assert!(!ev.iter().any(|e| e["cameo_root"] == "19"), "{ev:#?}");
    // An expected visit is a hypothesis.
    let ev = code(
        "en",
        "Chinese President Xi Jinping is expected to visit Moscow next week.",
    );
    assert!(
        ev.iter().all(|e| e["certainty"] == "hypothetical"),
        "{ev:#?}"
    );
    // So is a scheduled one, whatever the parser made of the infinitive.
    for text in [
        "Chinese President Xi Jinping is set to visit Moscow next week.",
        "Chinese Foreign Minister Wang Yi is due to begin a tour of Pacific island nations on Thursday, including Kiribati and Samoa.",
    ] {
        let ev = code("en", text);
        assert!(
            !ev.is_empty() && ev.iter().all(|e| e["certainty"] == "hypothetical"),
            "{ev:#?}"
        );
    }
}

/// Who reacts to what, and against whom force abroad is used (session 10).
#[test]
fn reactions_and_force_abroad_find_their_targets() {
    let code = |lang: &str, date: &str, text: &str| code_text(lang, date, text);
    let has = |ev: &[serde_json::Value], s: &str, t: &str, root: &str| {
        ev.iter().any(|e| {
            e["source"]["country"] == s && e["target"]["country"] == t && e["cameo_root"] == root
        })
    };
    // Force used on one's own compatriots on another state's soil is
    // aimed at that state.
    let ev = code(
        "en",
        "2008-03-02",
        "Colombian troops raided a FARC rebel camp inside Ecuador.",
    );
    assert!(has(&ev, "COL", "ECU", "19"), "{ev:#?}");
    assert!(!has(&ev, "COL", "COL", "19"), "{ev:#?}");
    // So is a withdrawal of one's own troops from a place abroad.
    let ev = code(
        "en",
        "2022-11-09",
        "Russia withdrew its troops from Kherson on Wednesday.",
    );
    assert!(has(&ev, "RUS", "UKR", "08"), "{ev:#?}");
    // Warplanes flying into another state's zone show force; aid flown
    // in stays aid.
    let ev = code(
        "en",
        "2021-10-04",
        "Chinese bombers flew into Taiwan's air defence identification zone on Monday.",
    );
    assert!(has(&ev, "CHN", "TWN", "15"), "{ev:#?}");
    assert!(!ev.iter().any(|e| e["cameo_root"] == "04"), "{ev:#?}");
    let ev = code(
        "en",
        "2010-01-18",
        "U.S. military helicopters flew aid into Haiti on Monday.",
    );
    assert!(has(&ev, "USA", "HTI", "07"), "{ev:#?}");
    // A subject "backed by" something keeps its verb after the agent.
    let ev = code("en", "2011-10-16", "Kenyan troops backed by armoured vehicles and helicopter gunships crossed into southern Somalia on Sunday to pursue al Shabaab militants, Kenyan officials said.");
    assert!(has(&ev, "KEN", "SOM", "19"), "{ev:#?}");
    // What is said inside what is said is no event: the bombing is what
    // the apology demanded is for, the refusal how the accused did it.
    let ev = code("en", "1999-05-09", "Thousands of Chinese demonstrators pelted the U.S. embassy in Beijing with stones, as the government demanded that NATO apologise for bombing China's embassy in Belgrade.");
    assert!(!ev.iter().any(|e| e["cameo_root"] == "19"), "{ev:#?}");
    let ev = code("en", "2013-07-04", "Bolivia accused France, Portugal, Italy and Spain on Wednesday of putting President Evo Morales's life at risk by denying his plane permission to cross their airspace.");
    assert!(has(&ev, "BOL", "FRA", "11"), "{ev:#?}");
    assert!(!ev.iter().any(|e| e["cameo_root"] == "12"), "{ev:#?}");
    // A second act joined to a first by the same doer is aimed where the
    // first is.
    let ev = code("en", "2023-09-25", "France will bring its ambassador home from Niger in the coming hours and withdraw its troops by the end of the year, President Emmanuel Macron said on Sunday.");
    assert!(has(&ev, "FRA", "NER", "08"), "{ev:#?}");
    // A list split by the parser is still a list, and co-authors of a
    // proposal are not each other's partners.
    for (lang, text) in [
        ("fr", "Téhéran a rejeté samedi les propositions de la France, de l’Allemagne et de la Grande-Bretagne."),
        ("en", "Tehran rejected on Saturday the proposals of France, Germany and Britain."),
    ] {
        let ev = code(lang, "2005-08-06", text);
        for t in ["FRA", "DEU", "GBR"] {
            assert!(has(&ev, "IRN", t, "12"), "{t}: {ev:#?}");
        }
        assert!(!has(&ev, "FRA", "DEU", "03") && !has(&ev, "DEU", "FRA", "03"), "{ev:#?}");
    }
    // Emergency rule, a suspended parliament and round-ups of lawyers are
    // imposed at home.
    let ev = code("en", "2007-11-04", "Pakistani police rounded up hundreds of lawyers on Sunday, a day after President Pervez Musharraf suspended the constitution and imposed emergency rule.");
    assert!(has(&ev, "PAK", "PAK", "17"), "{ev:#?}");
    assert!(!ev.iter().any(|e| e["cameo_root"] == "16"), "{ev:#?}");
    let ev = code(
        "fr",
        "2021-07-26",
        "Le président tunisien Kaïs Saïed a suspendu le Parlement dimanche.",
    );
    assert!(has(&ev, "TUN", "TUN", "17"), "{ev:#?}");
    // Troops who travel for joint exercises hold them with the host; an
    // adjective naming a sector ("militaires") is no doer.
    let ev = code(
        "fr",
        "2024-07-08",
        "Des soldats chinois sont arrivés en Biélorussie pour des exercices militaires conjoints.",
    );
    assert!(has(&ev, "CHN", "BLR", "06"), "{ev:#?}");
    // Two countries' adjectives on one noun: a compound subject.
    let ev = code(
        "en",
        "2008-06-11",
        "Djiboutian and Eritrean troops fought along their disputed border on Tuesday.",
    );
    assert!(
        has(&ev, "DJI", "ERI", "19") && has(&ev, "ERI", "DJI", "19"),
        "{ev:#?}"
    );
    // What an act is condemned "as" is not its target.
    let ev = code("en", "2024-10-26", "Israel struck military sites in Iran on Saturday, an attack that Saudi Arabia condemned as a violation of Iranian sovereignty.");
    assert!(has(&ev, "SAU", "ISR", "11"), "{ev:#?}");
    assert!(!has(&ev, "SAU", "IRN", "11"), "{ev:#?}");
    // A participle with its agent, conjoined to a clause, reacts to that
    // clause's subject; the agent is not the target of what it condemns.
    let ev = code("fr", "1995-09-06", "La France a procédé mardi à un essai nucléaire souterrain sous l’atoll de Mururoa, aussitôt condamné par l’Australie et la Nouvelle-Zélande, qui ont dénoncé le mépris de Paris.");
    assert!(has(&ev, "AUS", "FRA", "11"), "{ev:#?}");
    assert!(!has(&ev, "FRA", "AUS", "11"), "{ev:#?}");
    let ev = code(
        "fr",
        "2010-07-22",
        "La Chine a effectué un tir de missile, aussitôt condamné par le Japon.",
    );
    assert!(has(&ev, "JPN", "CHN", "11"), "{ev:#?}");
    assert!(
        !ev.iter()
            .any(|e| e["source"]["country"] == "CHN" && e["target"]["country"] == "JPN"),
        "{ev:#?}"
    );
}

/// "would" in reported speech is the future of the past (intended); on
/// its own it is a hypothesis.
#[test]
fn reported_would_is_intended() {
    let certainty = |text: &str| {
        code_text("en", "2018-05-08", text)
            .iter()
            .find(|e| e["cameo_root"] == "16")
            .map(|e| e["certainty"].as_str().unwrap_or("").to_string())
    };
    assert_eq!(
        certainty("President Donald Trump announced on Tuesday that Washington would reimpose sanctions on Tehran."),
        Some("intended".to_string())
    );
    assert_eq!(
        certainty("Washington would impose sanctions on Tehran if talks failed."),
        Some("hypothetical".to_string())
    );
    // What there is no sign of is denied.
    assert_eq!(
        code_text(
            "en",
            "2022-02-17",
            "Western officials said on Thursday they had seen no sign that Russian forces were pulling back from Ukraine's borders."
        )
        .iter()
        .find(|e| e["cameo_root"] == "08")
        .map(|e| e["certainty"].as_str().unwrap_or("").to_string()),
        Some("negated".to_string())
    );
    // Force one suffers by oneself is no attack; seizing a town is.
    let force = |text: &str| {
        code_text("fr", "2024-10-20", text)
            .iter()
            .filter(|e| matches!(e["cameo_root"].as_str(), Some("18" | "19" | "20")))
            .count()
    };
    assert_eq!(
        force("Le président brésilien ne se rendra pas au sommet des BRICS à Kazan, après s’être blessé à la tête lors d’une chute à son domicile, a annoncé dimanche la présidence."),
        0
    );
    assert_eq!(
        force("Les troupes russes se sont emparées de la ville ukrainienne de Kherson."),
        1
    );
    // What is scheduled or owed has not happened.
    let visit = |lang: &str, text: &str| {
        code_text(lang, "2018-05-08", text)
            .iter()
            .find(|e| e["cameo_root"] == "04")
            .map(|e| e["certainty"].as_str().unwrap_or("").to_string())
    };
    assert_eq!(
        visit(
            "en",
            "Chinese Premier Li Qiang is due to visit Australia on Saturday."
        ),
        Some("hypothetical".to_string())
    );
    assert_eq!(
        visit(
            "fr",
            "Emmanuel Macron doit effectuer la semaine prochaine une visite d'État au Maroc."
        ),
        Some("hypothetical".to_string())
    );
    assert_eq!(
        visit(
            "en",
            "Chinese Premier Li Qiang visited Australia on Saturday."
        ),
        Some("asserted".to_string())
    );
    // What someone failed or refused to do did not happen.
    let protect = code_text(
        "en",
        "2017-10-03",
        "Tillerson said Havana had failed to protect American embassy staff from the attacks.",
    );
    assert!(
        protect
            .iter()
            .filter(|e| e["cameo_root"] == "07")
            .all(|e| e["certainty"] == "negated"),
        "{protect:#?}"
    );
}

/// The other party found under the trigger is not taken from a clause
/// joined to it: Russia's strikes are not on Turkey because Russia then
/// reproaches Turkey.
#[test]
fn a_targetless_event_does_not_take_a_joined_clause_actor() {
    let ev = code_text(
        "fr",
        "2021-09-29",
        "La Russie, qui de son côté multiplie les frappes dans la région, reproche à la Turquie de ne pas assurer le départ des groupes d’opposition implantés à Idlib.",
    );
    assert!(
        ev.iter()
            .any(|e| e["cameo_root"] == "11" && e["target"]["country"] == "TUR"),
        "{ev:#?}"
    );
    assert!(
        !ev.iter()
            .any(|e| e["cameo_root"] == "19" && e["target"]["country"] == "TUR"),
        "{ev:#?}"
    );
}

/// Forces entering another country use force; others entering a place do
/// nothing codable.
#[test]
fn forces_entering_a_country() {
    let force = |lang: &str, text: &str| {
        code_text(lang, "2017-01-20", text)
            .iter()
            .filter(|e| e["cameo_root"] == "19")
            .map(|e| {
                format!(
                    "{}>{}",
                    e["source"]["country"].as_str().unwrap_or("-"),
                    e["target"]["country"].as_str().unwrap_or("-")
                )
            })
            .collect::<Vec<_>>()
    };
    assert_eq!(
        force("en", "Senegalese troops entered Gambia on Thursday."),
        ["SEN>GMB"]
    );
    assert_eq!(
        force("en", "Kenyan troops crossed into Somalia on Sunday."),
        ["KEN>SOM"]
    );
    assert_eq!(
        force(
            "fr",
            "Des troupes sénégalaises sont entrées jeudi soir en Gambie."
        ),
        ["SEN>GMB"]
    );
    assert!(force("en", "Thousands of refugees crossed into Greece on Monday.").is_empty());
    assert!(force(
        "en",
        "Gambian troops entered the capital Banjul on Thursday."
    )
    .is_empty());
    // Pledging aid together is aid for the third party, not among the
    // donors.
    let aid = code_text(
        "fr",
        "2019-04-21",
        "L’Arabie saoudite et les Émirats arabes unis ont promis dimanche une aide de 3 milliards de dollars au Soudan.",
    );
    assert!(
        aid.iter()
            .filter(|e| e["cameo_root"] == "03")
            .all(|e| e["target"]["country"] == "SDN"),
        "{aid:#?}"
    );
}

/// Sentences of this project's own on the constructions of blind wire sets
/// that the coder first missed (session 14): lists whose members the
/// parser scattered, an opening participle clause with its agent, a
/// particle after a long object, a person extradited to a state, an object
/// relative clause with "whom", a claimed attack, a retaliation done by
/// way of another act, a commission that acts for whoever named it, what a
/// resolution says, forces leaving a country, a crowd no actor names, a
/// fight among two countries' troops "with tanks", a clause on "hours
/// after", where someone was born, and a coup.
#[test]
fn lists_agents_claims_and_coups() {
    let expect: &[Case] = &[
        (
            "fr",
            "2018-04-14",
            "Les États-Unis, la France et le Royaume-Uni ont frappé samedi des sites militaires syriens.",
            &[("USA", "190", "SYR"), ("FRA", "190", "SYR"), ("GBR", "190", "SYR")],
        ),
        (
            "fr",
            "2017-06-05",
            "L'Arabie saoudite, les Émirats arabes unis, Bahreïn et l'Égypte ont rompu lundi leurs relations diplomatiques avec le Qatar.",
            &[("SAU", "161", "QAT"), ("ARE", "161", "QAT"), ("BHR", "161", "QAT"), ("EGY", "161", "QAT")],
        ),
        (
            "fr",
            "2016-07-16",
            "Le gouvernement turc a réclamé samedi aux États-Unis l'extradition du prédicateur Fethullah Gülen, qu'il accuse d'avoir fomenté le putsch.",
            &[("TUR", "100", "USA")],
        ),
        (
            "fr",
            "2021-09-17",
            "La France a rappelé vendredi ses ambassadeurs aux États-Unis et en Australie, une décision sans précédent après l'annulation par Canberra d'un contrat.",
            &[("FRA", "161", "USA"), ("FRA", "161", "AUS")],
        ),
        (
            "fr",
            "2023-07-27",
            "Des militaires nigériens ont annoncé avoir renversé le président Mohamed Bazoum.",
            &[("NER", "170", "NER")],
        ),
        (
            "en",
            "2021-02-01",
            "Myanmar's army ousted the government of Aung San Suu Kyi on Monday.",
            &[("MMR", "170", "MMR")],
        ),
        (
            "fr",
            "2010-10-06",
            "Reçu mardi à Astana par Noursoultan Nazarbaïev, Nicolas Sarkozy a signé avec son homologue kazakh des accords sur l'uranium.",
            &[("KAZ", "043", "FRA"), ("FRA", "057", "KAZ")],
        ),
        (
            "en",
            "2017-05-20",
            "Received in Riyadh by King Salman, Donald Trump signed arms deals with Saudi Arabia.",
            &[("SAU", "043", "USA"), ("USA", "057", "SAU")],
        ),
        (
            "en",
            "2008-08-14",
            "Nigeria formally handed the Bakassi peninsula over to Cameroon on Thursday.",
            &[("NGA", "0842", "CMR")],
        ),
        (
            "en",
            "2014-08-07",
            "Russia banned imports of food from the European Union, the United States, Canada and Norway on Thursday.",
            &[("RUS", "163", "IGOEUR"), ("RUS", "163", "USA"), ("RUS", "163", "CAN"), ("RUS", "163", "NOR")],
        ),
        (
            "fr",
            "2021-02-05",
            "La Russie a expulsé vendredi des diplomates suédois, polonais et allemands.",
            &[("RUS", "161", "SWE"), ("RUS", "161", "POL"), ("RUS", "161", "DEU")],
        ),
        (
            "en",
            "2001-10-08",
            "U.S. and British forces struck Taliban targets across Afghanistan on Sunday.",
            &[("USA", "190", "AFG"), ("GBR", "190", "AFG")],
        ),
        (
            "en",
            "2018-12-05",
            "The United Arab Emirates extradited British businessman Christian Michel to India on Tuesday.",
            &[("ARE", "063", "IND")],
        ),
        (
            "en",
            "2017-06-20",
            "Trump condemned North Korea after the death of Otto Warmbier, the American student whom Pyongyang released last week.",
            &[("USA", "111", "PRK"), ("PRK", "084", "USA")],
        ),
        (
            "en",
            "2024-12-18",
            "Ukraine's SBU security service claimed responsibility for a bomb that killed Lieutenant General Igor Kirillov, head of Russia's chemical protection troops.",
            &[("UKR", "183", "RUS")],
        ),
        (
            "fr",
            "2009-11-03",
            "Canberra et Wellington ont riposté en expulsant les représentants fidjiens.",
            &[("AUS", "161", "FJI"), ("NZL", "161", "FJI")],
        ),
        (
            "en",
            "2004-10-08",
            "Kofi Annan named a commission on Thursday to investigate reports of genocide in Sudan's Darfur region.",
            &[("IGOUNO", "090", "SDN")],
        ),
        (
            "en",
            "2006-08-11",
            "The U.N. Security Council adopted a resolution on Friday calling on Israel and Hezbollah to end the hostilities.",
            &[("IGOUNO", "020", "ISR"), ("IGOUNO", "020", "LBN")],
        ),
        (
            "fr",
            "2011-12-18",
            "Les derniers soldats américains ont quitté l'Irak dimanche.",
            &[("USA", "0874", "IRQ")],
        ),
        (
            "fr",
            "2008-03-14",
            "La police chinoise a tiré des gaz lacrymogènes vendredi à Lhassa contre des centaines de Tibétains.",
            &[("CHN", "175", "CHN")],
        ),
        (
            "en",
            "2021-04-30",
            "Kyrgyz and Tajik troops fought with tanks and mortars along their disputed border on Friday.",
            &[("KGZ", "190", "TJK"), ("TJK", "190", "KGZ")],
        ),
        (
            "en",
            "2010-03-09",
            "Joe Biden condemned Israel's approval of new homes in East Jerusalem on Tuesday, hours after he had held talks with Benjamin Netanyahu.",
            &[("USA", "111", "ISR"), ("USA", "040", "ISR")],
        ),
        (
            "en",
            "2019-03-15",
            "Scott Morrison offered his condolences to New Zealand after an Australian-born gunman killed 50 people in Christchurch.",
            &[("AUS", "018", "NZL")],
        ),
        (
            "en",
            "2017-06-06",
            "Pakistan beat India by 180 runs in the final of the Champions Trophy at The Oval on Sunday.",
            &[],
        ),
    ];
    assert_cases(expect);
}

/// Feelings, subjects and names the parser misplaced (session 15): the
/// subject of a feeling ("was appalled by", "said it was shocked")
/// disapproves; a subject after an apposition or a name set off by commas;
/// expelled intelligence officers; an infinitive after an aside; a frozen
/// tie before an offensive named later; "U.S.-led" forces; conjoined
/// complement clauses; forces loyal to a leader; state-owned companies; an
/// envoy recalled from an organisation; an opening present participle; a
/// conjunct on a surname; a gerund read as a compound; aid by plane; a
/// pardon; a lifted veto; a promised response; days given to leave; a
/// compound tense after a list; a verb inside "Arabie saoudite"; a
/// country adjective tagged as a verb; a participle after a relative
/// clause. My own sentences about public events.
#[test]
fn feelings_names_and_misplaced_subjects() {
    let expect: &[Case] = &[
        // ("a eu lieu": the participle "eu" is not the EU.)
        (
            "fr",
            "2021-08-26",
            "La France a condamné l'attaque qui a eu lieu jeudi à Kaboul.",
            &[("FRA", "111", "AFG")],
        ),
        (
            "en",
            "2022-10-04",
            "North Korea fired a ballistic missile over Japan on Tuesday, and Japan said it was shocked.",
            &[("PRK", "150", "JPN"), ("JPN", "111", "PRK")],
        ),
        (
            "en",
            "2022-03-16",
            "Germany was appalled by the Russian attack on the theatre in Mariupol.",
            &[("DEU", "111", "RUS")],
        ),
        (
            "en",
            "2020-08-05",
            "Israeli jets struck a building in Beirut on Friday, and Lebanon, a small neighbour, condemned the attack.",
            &[("ISR", "190", "LBN"), ("LBN", "111", "ISR")],
        ),
        (
            "en",
            "2018-03-26",
            "The Netherlands expelled two Russian intelligence officers on Monday.",
            &[("NLD", "161", "RUS")],
        ),
        (
            "en",
            "2018-03-30",
            "Russia ordered ten Dutch diplomats, including the deputy ambassador, to leave the country.",
            &[("RUS", "166", "NLD")],
        ),
        (
            "en",
            "2009-01-16",
            "Qatar froze its ties with Israel on Friday over the offensive in Gaza.",
            &[("QAT", "161", "ISR")],
        ),
        (
            "en",
            "2016-10-17",
            "U.S.-led forces attacked Mosul on Monday.",
            &[("USA", "190", "IRQ")],
        ),
        (
            "fr",
            "2008-02-19",
            "L'Union européenne a exigé mardi que la Serbie coopère avec le tribunal et que la Bosnie adopte la réforme de sa police.",
            &[("IGOEUR", "100", "SRB"), ("IGOEUR", "100", "BIH")],
        ),
        (
            "en",
            "2004-11-06",
            "Troops loyal to President Laurent Gbagbo attacked the French base on Saturday.",
            &[("CIV", "190", "FRA")],
        ),
        (
            "en",
            "2009-01-01",
            "Gazprom cut off gas supplies to Ukraine on Thursday.",
            &[("RUS", "163", "UKR")],
        ),
        (
            "fr",
            "2014-04-01",
            "La Russie a rappelé mardi son représentant militaire auprès de l'Otan.",
            &[("RUS", "161", "IGOWST")],
        ),
        (
            "fr",
            "2023-01-20",
            "S'exprimant vendredi à Paris, Volodymyr Zelensky a exhorté l'Allemagne à livrer des chars.",
            &[("UKR", "0232", "DEU")],
        ),
        (
            "en",
            "1994-10-26",
            "Israeli Prime Minister Yitzhak Rabin and King Hussein of Jordan signed a peace treaty on Wednesday.",
            &[("ISR", "057", "JOR"), ("JOR", "057", "ISR")],
        ),
        (
            "en",
            "2023-01-05",
            "Emmanuel Macron spent the day in Algiers on Thursday, holding talks with President Abdelmadjid Tebboune.",
            &[("FRA", "040", "DZA")],
        ),
        (
            "en",
            "2021-07-09",
            "Japan flew 300,000 vaccine doses to Vietnam on Friday.",
            &[("JPN", "070", "VNM")],
        ),
        (
            "en",
            "2009-08-05",
            "North Korea pardoned two jailed American journalists on Tuesday.",
            &[("PRK", "0841", "USA")],
        ),
        (
            "en",
            "2024-01-23",
            "Turkey lifted its veto on Sweden joining NATO on Tuesday.",
            &[("TUR", "080", "SWE")],
        ),
        (
            "en",
            "2023-10-07",
            "Hamas fired rockets at Tel Aviv on Saturday, and Israel vowed that the response would be severe.",
            &[("PSE", "190", "ISR"), ("ISR", "130", "PSE")],
        ),
        (
            "en",
            "2013-02-15",
            "Peru gave Mexico's ambassador three days to leave the country on Friday.",
            &[("PER", "166", "MEX")],
        ),
        (
            "fr",
            "2022-08-31",
            "Moscou a suspendu mercredi ses livraisons de gaz à la Pologne, et le Premier ministre polonais Mateusz Morawiecki a dénoncé un chantage.",
            &[("RUS", "160", "POL"), ("POL", "111", "RUS")],
        ),
        (
            "fr",
            "2017-11-09",
            "Le Liban a demandé jeudi à l'Arabie saoudite de libérer son Premier ministre.",
            &[("LBN", "020", "SAU")],
        ),
        (
            "fr",
            "2006-07-25",
            "Quatre observateurs de l'ONU ont été tués mardi par une frappe aérienne israélienne sur leur poste.",
            &[("ISR", "190", "IGOUNO")],
        ),
        (
            "fr",
            "2015-09-30",
            "La Russie a mené ses premières frappes en Syrie, une opération que Washington a aussitôt critiquée, accusant Moscou de viser l'opposition.",
            &[("RUS", "195", "SYR"), ("USA", "111", "RUS"), ("USA", "112", "RUS")],
        ),
    ];
    assert_cases(expect);
}

/// Crowds, aid teams, hosts and deals: a crowd that storms its own state's
/// buildings protests against its government (a capital's airport, a
/// building in "the Kyrgyz capital", supporters named by their leader);
/// those who arrive to treat or rescue bring aid; a host's reception is
/// the meeting, told once; two states agreeing agree with each other, not
/// with the host who received them; leaders who talk "with" someone did
/// not meet each other; a fight against a fire is no fight.
#[test]
fn crowds_aid_teams_hosts_and_partners() {
    let expect: &[Case] = &[
        (
            "en",
            "2008-11-26",
            "Anti-government protesters stormed Bangkok's main airport on Wednesday.",
            &[("THA", "145", "THA")],
        ),
        (
            "en",
            "2021-01-07",
            "Supporters of Donald Trump stormed the U.S. Capitol on Wednesday.",
            &[("USA", "145", "USA")],
        ),
        (
            "en",
            "2005-03-25",
            "Protesters stormed the state television headquarters in the Kyrgyz capital on Thursday.",
            &[("KGZ", "145", "KGZ")],
        ),
        (
            "en",
            "2005-10-14",
            "Cuban doctors arrived in Pakistan on Friday to treat the injured.",
            &[("CUB", "073", "PAK")],
        ),
        (
            "en",
            "2023-02-08",
            "A Spanish rescue team landed in southern Turkey on Wednesday to help pull survivors from the rubble.",
            &[("ESP", "073", "TUR")],
        ),
        (
            "fr",
            "2015-05-12",
            "François Hollande, premier président français à se rendre à Cuba, a été reçu lundi à La Havane par Raúl Castro.",
            &[("CUB", "043", "FRA")],
        ),
        (
            "fr",
            "2022-07-07",
            "Félix Tshisekedi et Paul Kagame, reçus mercredi à Luanda par le président angolais, sont convenus d'une feuille de route.",
            &[
                ("AGO", "043", "COD"),
                ("AGO", "043", "RWA"),
                ("COD", "030", "RWA"),
                ("RWA", "030", "COD"),
            ],
        ),
        (
            "en",
            "2011-09-15",
            "Nicolas Sarkozy and David Cameron held talks in Tripoli on Thursday with the head of the National Transitional Council.",
            &[("FRA", "040", "LBY"), ("GBR", "040", "LBY")],
        ),
        (
            "fr",
            "2011-09-15",
            "Nicolas Sarkozy et David Cameron se sont entretenus jeudi à Tripoli avec le président du Conseil national de transition.",
            &[("FRA", "040", "LBY"), ("GBR", "040", "LBY")],
        ),
        (
            "en",
            "2010-12-04",
            "Greek and Cypriot planes joined the battle on Friday against a huge forest fire in northern Israel.",
            &[],
        ),
    ];
    assert_cases(expect);
}

/// Who is who in a misparsed sentence, and what kind of act it is: a name
/// cut off its "Secretary of State" title is still the title's holder; a
/// bare surname repeats the titled name before it; "accusing them" is
/// said of the main verb's object; a journey of several leaders is each
/// one's visit to the place, not a meeting among them; a French "prince
/// héritier" is a title, not an infinitive; a few people deported to a
/// state are handed over (063), a foreigner expelled is sent away (166);
/// a place with a person's name glued to it stays a place; greeting a
/// guest is hosting him; ordering sanctions imposes them; a passive
/// participle on the object is no act of that object.
#[test]
fn titles_namesakes_journeys_and_deportations() {
    let expect: &[Case] = &[
        (
            "en",
            "2019-06-20",
            "Talks between Secretary of State Mike Pompeo and Iranian Foreign Minister Javad Zarif were cancelled, and Zarif accused Washington of lying.",
            &[("USA", "040", "IRN"), ("IRN", "040", "USA"), ("IRN", "112", "USA")],
        ),
        (
            "fr",
            "2021-09-20",
            "La Hongrie a expulsé lundi deux diplomates ukrainiens, les accusant d'ingérence dans ses élections avec l'aide de la Roumanie.",
            &[("HUN", "161", "UKR"), ("HUN", "112", "UKR")],
        ),
        (
            "en",
            "2016-01-21",
            "Angela Merkel and Francois Hollande flew to Athens on Thursday.",
            &[("DEU", "042", "GRC"), ("FRA", "042", "GRC")],
        ),
        (
            "fr",
            "1997-12-09",
            "Le prince héritier saoudien Abdallah a été reçu par le président Mohammad Khatami.",
            &[("IRN", "043", "SAU")],
        ),
        (
            "en",
            "2004-01-28",
            "Thailand deported 12 Cambodian activists to Phnom Penh on Wednesday.",
            &[("THA", "063", "KHM")],
        ),
        (
            "en",
            "2010-03-17",
            "Iraq expelled a Turkish businessman on Wednesday.",
            &[("IRQ", "166", "TUR")],
        ),
        (
            "fr",
            "2012-11-14",
            "Un drone israélien a tué mercredi à Gaza Ahmed Jaabari, le chef de la branche armée du Hamas.",
            &[("ISR", "186", "PSE")],
        ),
        (
            "en",
            "2014-06-15",
            "Nepal's prime minister greeted Narendra Modi at Kathmandu airport on Sunday.",
            &[("NPL", "043", "IND")],
        ),
        (
            "en",
            "2021-02-10",
            "Joe Biden ordered sanctions on Wednesday against the generals who led the coup in Myanmar.",
            &[("USA", "163", "MMR")],
        ),
        (
            "en",
            "2023-05-26",
            "Belgium released in exchange two Iranians jailed over a bomb plot in Paris.",
            &[("BEL", "084", "IRN")],
        ),
    ];
    assert_cases(expect);
}

/// Killings, captures and cooperation stopped: a strike that kills a named
/// leader is an assassination, also when the killing is a participle on
/// the strike or the name is no actor (and a given name that is some
/// leader's alias does not make the victim that leader); people captured
/// are detained; "called the executions cruel" is a criticism; stopping a
/// delivery, cutting exports or no longer allowing sales reduces
/// relations, as does excluding a state from a body; telling an
/// ambassador to leave expels him; a missile fired over a state is a show
/// of force; and a participle aimed at another country than its clause is
/// an act of its own.
#[test]
fn assassinations_captures_and_stopped_cooperation() {
    let expect: &[Case] = &[
        (
            "en",
            "2004-04-17",
            "An Israeli helicopter fired two missiles at a car in Gaza City on Saturday, killing Hamas leader Abdel Aziz al-Rantisi.",
            &[("ISR", "186", "PSE")],
        ),
        (
            "en",
            "2006-06-08",
            "U.S. aircraft dropped two bombs on a house near Baquba on Wednesday, killing Abu Musab al-Zarqawi.",
            &[("USA", "186", "IRQ")],
        ),
        (
            "en",
            "2011-09-30",
            "A U.S. drone killed Anwar al-Awlaki in Yemen on Friday.",
            &[("USA", "186", "YEM")],
        ),
        (
            "fr",
            "2024-08-01",
            "L’armée israélienne a affirmé jeudi avoir tué Mohammed Deif, le chef de la branche armée du Hamas, à Khan Younès.",
            &[("ISR", "186", "PSE")],
        ),
        (
            "en",
            "2009-04-10",
            "Somali pirates captured six French sailors off the coast of Yemen on Friday.",
            &[("SOM", "173", "FRA")],
        ),
        (
            "en",
            "2015-04-29",
            "Indonesia executed two Australians, and Prime Minister Tony Abbott called the executions cruel.",
            &[("IDN", "182", "AUS"), ("AUS", "111", "IDN")],
        ),
        (
            "en",
            "2009-01-01",
            "Gazprom stopped delivering gas to Ukraine on Thursday.",
            &[("RUS", "162", "UKR")],
        ),
        (
            "en",
            "2018-10-22",
            "Germany will no longer allow arms sales to Saudi Arabia, Angela Merkel said on Monday.",
            &[("DEU", "160", "SAU")],
        ),
        (
            "fr",
            "2012-01-22",
            "L’Iran a cessé de vendre du pétrole aux compagnies britanniques, a annoncé dimanche le ministère du Pétrole.",
            &[("IRN", "160", "GBR")],
        ),
        (
            "en",
            "2023-03-26",
            "Honduras established diplomatic relations with China on Sunday, breaking with Taiwan.",
            &[("HND", "050", "CHN"), ("HND", "161", "TWN")],
        ),
        (
            "fr",
            "2023-03-26",
            "Le Honduras a établi dimanche des relations diplomatiques avec la Chine, rompant avec Taïwan.",
            &[("HND", "050", "CHN"), ("HND", "161", "TWN")],
        ),
        (
            "en",
            "2004-04-01",
            "Argentina cut its natural gas exports to Chile on Thursday.",
            &[("ARG", "163", "CHL")],
        ),
        (
            "fr",
            "2009-01-05",
            "Gazprom a coupé lundi ses livraisons de gaz à l’Ukraine.",
            &[("RUS", "163", "UKR")],
        ),
        (
            "fr",
            "2021-09-06",
            "L'Union africaine a exclu lundi la Guinée de ses travaux.",
            &[("IGOAFR", "160", "GIN")],
        ),
        (
            "en",
            "2021-06-28",
            "Belarus told the Polish ambassador to leave the country.",
            &[("BLR", "166", "POL")],
        ),
        (
            "en",
            "2017-08-29",
            "North Korea fired a ballistic missile over Japan on Tuesday.",
            &[("PRK", "150", "JPN")],
        ),
        (
            "fr",
            "2017-08-29",
            "La Corée du Nord a tiré mardi un missile balistique au-dessus du Japon.",
            &[("PRK", "150", "JPN")],
        ),
    ];
    assert_cases(expect);
}

/// Arrivals that bring aid: a state's planes or ships carrying relief, or
/// its rescue or medical team, arriving in another state bring
/// humanitarian aid (07), not a visit; troops crossing into a state at its
/// government's request assist it (07), they do not invade it; a day
/// between the verb and its preposition does not hide the arrival
/// (« sont arrivés mardi au Mozambique »); and a meeting or aid within one
/// country is no event between states.
#[test]
fn arrivals_that_bring_aid() {
    let expect: &[Case] = &[
        (
            "en",
            "2015-04-27",
            "Indian air force planes carrying tents, food and medicine reached Nepal on Monday.",
            &[("IND", "073", "NPL")],
        ),
        (
            "en",
            "2023-02-08",
            "A Spanish rescue team arrived in Turkey's Hatay province on Wednesday.",
            &[("ESP", "073", "TUR")],
        ),
        (
            "en",
            "1998-09-22",
            "Botswana troops crossed into Lesotho on Tuesday at the request of its prime minister.",
            &[("BWA", "074", "LSO")],
        ),
        (
            "fr",
            "2023-09-10",
            "Une équipe de sauveteurs espagnols est arrivée dimanche à Marrakech.",
            &[("ESP", "073", "MAR")],
        ),
        (
            "fr",
            "2020-03-22",
            "Un avion militaire chinois chargé de masques et de respirateurs a atterri samedi en Serbie.",
            &[("CHN", "073", "SRB")],
        ),
        (
            "fr",
            "2023-03-01",
            "Les premiers soldats rwandais sont arrivés mardi au Mozambique, à la demande du gouvernement de Maputo.",
            &[("RWA", "074", "MOZ")],
        ),
        (
            "en",
            "2024-09-08",
            "The opposition leader arrived in Madrid on Sunday aboard a Spanish air force plane.",
            &[],
        ),
    ];
    assert_cases(expect);
}

/// Handovers and joint drills: a person extradited or handed over goes to
/// the state that receives him, not to his own; territory handed to a
/// state is returned to it; and two states beginning their exercises
/// together cooperate militarily, each with the other.
#[test]
fn handovers_and_joint_drills() {
    let expect: &[Case] = &[
        (
            "en",
            "2005-01-01",
            "Spain extradited former Argentine navy officer Adolfo Scilingo to Italy on Saturday.",
            &[("ESP", "063", "ITA")],
        ),
        (
            "en",
            "2003-08-14",
            "Thailand handed Riduan Isamuddin to U.S. agents on Thursday.",
            &[("THA", "063", "USA")],
        ),
        (
            "en",
            "1994-03-01",
            "South Africa handed the port enclave of Walvis Bay to Namibia on Monday.",
            &[("ZAF", "0842", "NAM")],
        ),
        (
            "en",
            "2016-03-07",
            "South Korea and the United States began their annual military exercises on Monday.",
            &[("KOR", "062", "USA"), ("USA", "062", "KOR")],
        ),
    ];
    assert_cases(expect);
}

/// Words that join several states ("franco-iranien", "anglo-américaines",
/// "israélo-palestiniennes", "US-British"): each state is named; of a
/// joint target, the source's own state is not the one acted on; two
/// states joined in one word are not each other's target unless the act
/// is mutual; a court of no named country acting on a dual national may be
/// either state's; and a joint act named as the object of one of its
/// parties' verbs is that verb's object, not an act of the other's.
#[test]
fn words_that_join_several_states() {
    let expect: &[Case] = &[
        (
            "fr",
            "2010-09-02",
            "Les négociations israélo-palestiniennes ont repris jeudi à Washington.",
            &[("ISR", "046", "PSE"), ("PSE", "046", "ISR")],
        ),
        (
            "fr",
            "2020-03-21",
            "L'Iran a libéré samedi la chercheuse franco-iranienne Fariba Adelkhah.",
            &[("IRN", "084", "FRA")],
        ),
        (
            "fr",
            "1998-12-17",
            "Moscou a dénoncé jeudi les frappes anglo-américaines sur l'Irak.",
            &[
                ("GBR", "195", "IRQ"),
                ("USA", "195", "IRQ"),
                ("RUS", "111", "GBR"),
                ("RUS", "111", "USA"),
            ],
        ),
        (
            "en",
            "1998-12-17",
            "Moscow denounced the US-British strikes on Iraq on Thursday.",
            &[("RUS", "111", "USA"), ("RUS", "111", "GBR")],
        ),
        (
            "fr",
            "2016-10-03",
            "Moscou a suspendu lundi l'accord russo-américain sur le plutonium.",
            &[("RUS", "160", "USA")],
        ),
        (
            "fr",
            "2020-05-20",
            "Un tribunal a condamné mercredi le chercheur franco-iranien à cinq ans de prison.",
            &[],
        ),
    ];
    assert_cases(expect);
}

/// Force used on fishing boats or fishermen is coercion (171), not
/// combat; people captured are seized (173), while towns captured are
/// taken ground (192).
#[test]
fn fishing_boats_fired_on_and_people_captured() {
    let expect: &[Case] = &[
        (
            "en",
            "2016-03-14",
            "Peruvian navy ships fired on a Chinese trawler off the coast on Tuesday.",
            &[("PER", "171", "CHN")],
        ),
        (
            "fr",
            "2016-03-14",
            "Des garde-côtes indonésiens ont tiré mardi sur des chalutiers chinois.",
            &[("IDN", "171", "CHN")],
        ),
        (
            "fr",
            "2006-03-14",
            "L'armée israélienne s'est emparée mardi du dirigeant du FPLP Ahmed Saadat.",
            &[("ISR", "173", "PSE")],
        ),
        (
            "en",
            "2024-02-18",
            "Russian forces captured the Ukrainian town of Avdiivka on Saturday.",
            &[("RUS", "192", "UKR")],
        ),
    ];
    assert_cases(expect);
}

/// Leaving an organisation reduces relations with it (160); withdrawing
/// from a country is a withdrawal (0874).
#[test]
fn states_leaving_organisations() {
    let expect: &[Case] = &[
        ("en", "2019-01-01", "Qatar quit OPEC on Monday.", &[("QAT", "160", "IGOBUS")]),
        (
            "fr",
            "1994-06-13",
            "La Corée du Nord s'est retirée lundi de l'Agence internationale de l'énergie atomique.",
            &[("PRK", "160", "IGOUNO")],
        ),
        (
            "fr",
            "2023-11-16",
            "Le Nicaragua a annoncé jeudi son retrait de l'Unesco.",
            &[("NIC", "160", "IGOUNO")],
        ),
        (
            "en",
            "2021-08-31",
            "The United States pulled out of Afghanistan on Monday.",
            &[("USA", "0874", "AFG")],
        ),
    ];
    assert_cases(expect);
}

/// A person delivered to a state is judicial cooperation (063), not aid;
/// goods delivered stay aid.
#[test]
fn people_delivered_to_a_state() {
    let expect: &[Case] = &[
        (
            "fr",
            "2008-05-10",
            "Le Soudan a livré samedi à la France le terroriste présumé Ali Haroun.",
            &[("SDN", "063", "FRA")],
        ),
        (
            "fr",
            "2008-05-10",
            "La Russie a livré samedi à l'Iran un premier chargement de combustible.",
            &[("RUS", "070", "IRN")],
        ),
    ];
    assert_cases(expect);
}

/// People handed or transferred to a state with no pattern for what is
/// handed are judicial cooperation (063), aimed at the state that receives
/// them; a thing handed over with no one to receive it is no event.
#[test]
fn people_handed_over_with_no_pattern() {
    let expect: &[Case] = &[
        (
            "fr",
            "2019-01-15",
            "Le Brésil a remis lundi au Portugal Joaquim Ferreira, recherché pour escroquerie.",
            &[("BRA", "063", "PRT")],
        ),
        (
            "en",
            "2019-01-15",
            "Brazil on Monday handed Joaquim Ferreira over to Portugal.",
            &[("BRA", "063", "PRT")],
        ),
        (
            "fr",
            "2019-01-15",
            "Le Brésil a remis lundi son rapport annuel.",
            &[],
        ),
    ];
    assert_cases(expect);
}

/// Drills of several states together are military cooperation among
/// them, however the parser hangs the drills on the verb's words, and the
/// sea they are held in is no party; drills of one state are a show of
/// force.
#[test]
fn drills_held_together() {
    let expect: &[Case] = &[
        (
            "fr",
            "2022-05-20",
            "Les marines grecque et égyptienne ont entamé vendredi au large de Crète leur exercice annuel Medusa.",
            &[("GRC", "062", "EGY"), ("EGY", "062", "GRC")],
        ),
        (
            "fr",
            "2022-05-20",
            "La Grèce et l'Égypte ont entamé vendredi en mer Méditerranée des manœuvres navales conjointes.",
            &[("GRC", "062", "EGY"), ("EGY", "062", "GRC")],
        ),
        (
            "fr",
            "2022-05-20",
            "Des milliers de soldats grecs et égyptiens participent depuis lundi aux manœuvres Medusa.",
            &[("GRC", "062", "EGY"), ("EGY", "062", "GRC")],
        ),
        (
            "en",
            "2022-05-20",
            "Greek and Egyptian troops are taking part in the Medusa exercises.",
            &[("GRC", "062", "EGY"), ("EGY", "062", "GRC")],
        ),
        (
            "fr",
            "2022-05-20",
            "La Russie a entamé lundi des manœuvres près de la frontière ukrainienne.",
            &[("RUS", "150", "UKR")],
        ),
    ];
    assert_cases(expect);
}

/// A court or police of no named country are those of the place named on
/// their own noun ("un tribunal de Grodno"), before the country of the one
/// they act on.
#[test]
fn a_court_of_a_named_city() {
    let expect: &[Case] = &[(
        "fr",
        "2023-02-08",
        "Un tribunal de Grodno a condamné mercredi le journaliste polonais Andrzej Poczobut à huit ans de prison.",
        &[("BLR", "173", "POL")],
    )];
    assert_cases(expect);
}

/// A detention that describes someone, with how long it has lasted or
/// that it goes on ("détenu depuis deux ans", "toujours emprisonnés"), is
/// background: only the release is reported.
#[test]
fn detention_that_describes_someone() {
    let expect: &[Case] = &[(
        "fr",
        "2025-03-20",
        "L'Iran a libéré jeudi le Français Olivier Grondeau, détenu depuis plus de deux ans, et Paris a appelé Téhéran à relâcher les autres Français, toujours emprisonnés.",
        &[("IRN", "084", "FRA"), ("FRA", "020", "IRN")],
    )];
    assert_cases(expect);
}

/// The killing of a leader of an armed group of no state is aimed at the
/// state where it happened.
#[test]
fn a_stateless_leader_killed_where_it_happened() {
    let expect: &[Case] = &[(
        "fr",
        "2021-03-04",
        "Des soldats français ont tué jeudi dans l'est du Niger l’émir d’Al-Qaïda au Maghreb islamique, Yahia Djouadi.",
        &[("FRA", "186", "NER")],
    )];
    assert_cases(expect);
}

/// Shows of force at sea and in the air: missiles fired into the sea near
/// a state (or coming down in its waters) are a show of force towards it,
/// not an attack; a ship or aircraft passing within a few yards of
/// another state's, locking its radar on it, aiming a laser at it,
/// overflying it or dropping decoys in its path shows force; a navy named
/// by its ship's prefix ("the USS …") is its state's; and the one who
/// calls such an encounter unsafe criticises whoever made it, also in a
/// relative clause on the reporting verb's subject.
#[test]
fn shows_of_force_at_sea_and_in_the_air() {
    let expect: &[Case] = &[
        (
            "en",
            "2022-10-04",
            "North Korea fired three ballistic missiles into waters near Japan's Oki islands on Tuesday.",
            &[("PRK", "150", "JPN")],
        ),
        (
            "en",
            "2022-08-04",
            "China fired four missiles on Thursday, one of which landed in waters off Japan's Yonaguni island.",
            &[("CHN", "150", "JPN")],
        ),
        (
            "fr",
            "2023-04-13",
            "La Corée du Nord a tiré jeudi un missile balistique qui est retombé dans la zone économique exclusive japonaise.",
            &[("PRK", "150", "JPN")],
        ),
        (
            "en",
            "2023-05-30",
            "A Russian fighter jet came within 20 feet of a U.S. Navy surveillance plane over the Black Sea on Friday.",
            &[("RUS", "150", "USA")],
        ),
        (
            "en",
            "2013-02-05",
            "A Chinese warship locked its fire-control radar on an Australian frigate in the South China Sea.",
            &[("CHN", "150", "AUS")],
        ),
        (
            "en",
            "2023-02-13",
            "A Chinese coast guard vessel aimed a laser at a Philippine supply boat on Monday.",
            &[("CHN", "150", "PHL")],
        ),
        (
            "fr",
            "2021-06-23",
            "Un navire de guerre russe s'est approché mercredi à moins de cent mètres d'une frégate britannique.",
            &[("RUS", "150", "GBR")],
        ),
        (
            "fr",
            "2024-06-05",
            "Deux chasseurs russes ont survolé à basse altitude une frégate néerlandaise en mer Noire.",
            &[("RUS", "150", "NLD")],
        ),
        (
            "fr",
            "2024-05-04",
            "Un avion de chasse chinois a largué des leurres devant un appareil de patrouille canadien.",
            &[("CHN", "150", "CAN")],
        ),
        (
            "en",
            "2016-04-13",
            "Russian jets buzzed a U.S. destroyer in the Baltic on Tuesday, and the Pentagon called the passes unprofessional.",
            &[("RUS", "150", "USA"), ("USA", "111", "RUS")],
        ),
        (
            "fr",
            "2021-06-23",
            "Un destroyer russe s'est approché samedi d'un navire britannique, a indiqué la marine britannique, qui a dénoncé une manœuvre dangereuse.",
            &[("RUS", "150", "GBR"), ("GBR", "111", "RUS")],
        ),
        (
            "fr",
            "2023-08-06",
            "Des navires chinois ont tiré au canon à eau sur un bateau philippin, a indiqué l'armée philippine, qui a dénoncé un acte dangereux.",
            &[("CHN", "194", "PHL"), ("PHL", "111", "CHN")],
        ),
    ];
    assert_cases(expect);
}

/// What is not an act of its own, and who acts: a state named as the
/// other party of its own leader's act is a misread clause (the real
/// target is found elsewhere); the purpose or the reason of an act is its
/// motive; the terms of a deal are not yet acts; killing a named leader is
/// an assassination and a suicide bomber's killing a bombing; taking a city
/// is occupying it; expelling inspectors or recalling an ambassador reduces
/// relations; and a French perfect with "avoir", or a name after a fronted
/// participle clause, has an active subject.
#[test]
fn motives_terms_and_misread_subjects() {
    let expect: &[Case] = &[
        (
            "en",
            "2008-09-14",
            "Hugo Chavez threatened on Sunday to cut off Venezuelan oil sales to the United States.",
            &[("VEN", "130", "USA")],
        ),
        (
            "fr",
            "1993-01-13",
            "Des avions américains ont bombardé mardi des sites de missiles dans le sud de l’Irak pour punir Bagdad.",
            &[("USA", "195", "IRQ")],
        ),
        (
            "en",
            "1998-12-17",
            "The United States punished Baghdad on Thursday for blocking U.N. inspections.",
            &[("USA", "170", "IRQ")],
        ),
        (
            "en",
            "1992-02-17",
            "Israeli helicopters killed Hezbollah's secretary-general, Sheikh Abbas Musawi, in southern Lebanon on Sunday.",
            &[("ISR", "186", "LBN")],
        ),
        (
            "en",
            "1996-02-25",
            "A Hamas suicide bomber killed 25 people on a bus in Jerusalem on Sunday.",
            &[("PSE", "1831", "ISR")],
        ),
        (
            "fr",
            "1994-07-04",
            "Les rebelles du Front patriotique rwandais ont pris lundi le contrôle de Kigali.",
            &[("RWA", "192", "RWA")],
        ),
        (
            "en",
            "1998-11-12",
            "Iraq expelled six U.N. arms inspectors on Thursday.",
            &[("IRQ", "1662", "IGOUNO")],
        ),
        (
            "fr",
            "2002-04-22",
            "Le Venezuela a annoncé lundi le retrait de son ambassadeur à Bogota.",
            &[("VEN", "161", "COL")],
        ),
        (
            "fr",
            "2019-04-16",
            "Washington a imposé mardi des sanctions à la Turquie, une décision que la diplomatie turque a condamnée.",
            &[("USA", "163", "TUR"), ("TUR", "111", "USA")],
        ),
        (
            "fr",
            "2022-06-21",
            "Reçu mardi à Dakar par Macky Sall, Emmanuel Macron a salué le partenariat entre les deux pays.",
            &[("SEN", "043", "FRA"), ("FRA", "051", "SEN")],
        ),
        (
            "en",
            "2015-07-09",
            "Pope Francis, welcomed by Evo Morales, asked forgiveness on Thursday.",
            &[("BOL", "043", "VAT")],
        ),
    ];
    assert_cases(expect);
    // The terms of a deal: signed (asserted), the lifting only provided for.
    let ev = code_text(
        "en",
        "2018-06-17",
        "Greece and Macedonia signed an accord at Lake Prespa on Sunday under which Athens will lift its veto on Macedonia's entry into NATO.",
    );
    let lift: Vec<_> = ev
        .iter()
        .filter(|e| e["evidence"]["trigger"][0]["text"] == "lift")
        .collect();
    assert!(
        lift.len() == 1 && lift[0]["certainty"] == "hypothetical",
        "{ev:#?}"
    );
    assert!(
        ev.iter()
            .filter(|e| e["cameo"] == "057" && e["certainty"] == "asserted")
            .count()
            == 2,
        "{ev:#?}"
    );
}
