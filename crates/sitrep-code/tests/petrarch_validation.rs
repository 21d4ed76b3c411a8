//! The engine on PETRARCH's validation records with the dictionaries they
//! were coded with (read by path), and the scorer's strictness.

use std::collections::BTreeSet;
use std::path::Path;

use sitrep_code::validation::{environment, read_records, score};
use sitrep_code::{Coder, DictionaryFiles};
use sitrep_model::shared_data;

fn coder_for(records: &str, dir: &Path, verbs: Option<&str>) -> Coder {
    let env = environment(records);
    let files = DictionaryFiles {
        actors: env.actors.iter().map(|a| dir.join(a)).collect(),
        agents: env.agents.iter().map(|a| dir.join(a)).collect(),
        verbs: vec![dir.join(
            verbs
                .map(str::to_string)
                .or(env.verbs)
                .expect("a verb file"),
        )],
        nouns: Vec::new(),
        discards: env.discards.iter().map(|a| dir.join(a)).collect(),
        pico: Some(dir.join("PETR.Internal.Coding.Ontology.txt")),
    };
    Coder::from_files(&files).unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn unit_test_records() {
    let (Some(file), Some(dir)) = (
        shared_data("data/events/validation/PETR.UnitTest.records.ud.xml"),
        shared_data("data/events/universalpetrarch/dictionaries"),
    ) else {
        return;
    };
    let text = std::fs::read_to_string(file).expect("records readable");
    let coder = coder_for(&text, &dir, Some("PETR.Validate.verbs.2.0.txt"));
    let records = read_records(&text, &mut BTreeSet::new()).expect("records parse");
    assert_eq!(records.len(), 284);
    let s = score(&coder, &records);
    // Measured 90.1% (see docs/benchmarks.md); UniversalPetrarch gets 51.4%.
    assert!(
        s.overall.exact_percent() >= 90.0,
        "exact {:.1}%",
        s.overall.exact_percent()
    );
    // Every passive-voice record codes exactly.
    assert_eq!(
        s.by_category["PASSIVE"].exact,
        s.by_category["PASSIVE"].records
    );
}

#[test]
fn gsr_records() {
    let (Some(file), Some(dir)) = (
        shared_data("data/events/validation/PETR2_GSR_validation.ud.xml"),
        shared_data("data/events/universalpetrarch/dictionaries"),
    ) else {
        return;
    };
    let text = std::fs::read_to_string(file).expect("records readable");
    let coder = coder_for(&text, &dir, None);
    let records = read_records(&text, &mut BTreeSet::new()).expect("records parse");
    assert_eq!(records.len(), 78);
    let s = score(&coder, &records);
    // Measured 66.7%; the target (90%) is not reached: see docs/benchmarks.md.
    // UniversalPetrarch gets 64.1% with its own pipeline.
    assert!(
        s.overall.exact_percent() >= 66.0,
        "exact {:.1}%",
        s.overall.exact_percent()
    );
    assert!(
        s.overall.precision() >= 0.65,
        "precision {:.3}",
        s.overall.precision()
    );
}

#[test]
fn an_extra_or_missing_coding_makes_a_record_inexact() {
    let Some(dir) = shared_data("data/events/universalpetrarch/dictionaries") else {
        return;
    };
    // Two records over the same parse: one expects exactly what PETRARCH
    // codes, one expects an event more, one expects nothing.
    let parse = "1\tArnor\tArnor\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n2\tcondemned\tcondemn\tVERB\tVBD\t_\t0\troot\t_\t_\n3\tGondor\tGondor\tPROPN\tNNP\t_\t2\tdobj\t_\t_\n";
    let rec = |id: &str, codings: &str| {
        format!("<Sentence date=\"19950101\" id=\"{id}\">\n{codings}\n<Text>Arnor condemned Gondor</Text>\n<Parse>\n{parse}</Parse>\n</Sentence>\n")
    };
    let xml = format!(
        "<Validation><Environment><Verbfile>PETR.Validate.verbs.2.0.txt</Verbfile><Actorfile>PETR.Validate.actors.txt</Actorfile></Environment><Sentences>\n{}{}{}</Sentences></Validation>",
        rec("A_1", "<EventCoding eventcode=\"111\" sourcecode=\"ARN\" targetcode=\"GON\" />"),
        rec("B_1", "<EventCoding eventcode=\"111\" sourcecode=\"ARN\" targetcode=\"GON\" />\n<EventCoding eventcode=\"111\" sourcecode=\"GON\" targetcode=\"ARN\" />"),
        rec("C_1", "<EventCoding noevents=\"True\" />"),
    );
    let coder = coder_for(&xml, &dir, None);
    let records = read_records(&xml, &mut BTreeSet::new()).expect("records parse");
    assert_eq!(records.len(), 3);
    assert!(records[2].expected.is_empty());
    let s = score(&coder, &records);
    assert_eq!(s.by_category["A"].exact, 1);
    assert_eq!(s.by_category["B"].exact, 0);
    assert_eq!(s.by_category["C"].exact, 0);
    assert_eq!(s.overall.true_positives, 2);
    assert_eq!(s.overall.produced, 3);
    assert_eq!(s.overall.expected, 3);
}
