//! The published PETRARCH / Phoenix dictionaries read as they are.

use sitrep_lexicon::{read_actors, read_agents, read_discards, read_verbs};
use sitrep_model::shared_data;

#[test]
fn reads_every_universalpetrarch_dictionary() {
    let Some(dir) = shared_data("data/events/universalpetrarch/dictionaries") else {
        return;
    };
    let mut w = Vec::new();
    for f in [
        "Phoenix.Countries.actors.txt",
        "Phoenix.International.actors.txt",
        "Phoenix.MilNonState.actors.txt",
        "PETR.Validate.actors.txt",
    ] {
        let a = read_actors(&dir.join(f), &mut w).unwrap_or_else(|e| panic!("{e}"));
        assert!(a.entries.len() > 40, "{f}: {}", a.entries.len());
    }
    let obama = read_actors(&dir.join("Phoenix.Countries.actors.txt"), &mut w).unwrap();
    let e = obama
        .entries
        .iter()
        .find(|e| e.names[0].display() == "BARACK_OBAMA")
        .expect("Obama is in the Phoenix country file");
    assert_eq!(e.code_on(Some(20100101)), Some("USAGOV"));
    assert_eq!(e.code_on(Some(19900101)), Some("USAELI"));
    for f in ["Phoenix.agents.txt", "PETR.Validate.agents.txt"] {
        let a = read_agents(&dir.join(f), &mut w).unwrap_or_else(|e| panic!("{e}"));
        assert!(a.entries.len() > 100, "{f}");
    }
    for f in [
        "CAMEO.2.0.txt",
        "PETR.Validate.verbs.2.0.txt",
        "PETR.Validate.verbs.txt",
    ] {
        let v = read_verbs(&dir.join(f), &mut w).unwrap_or_else(|e| panic!("{e}"));
        assert!(v.blocks.len() > 40, "{f}");
        assert!(!v.synsets.is_empty(), "{f}");
    }
    for f in ["Phoenix.discards.txt", "PETR.Validate.discards.txt"] {
        let d = read_discards(&dir.join(f), &mut w).unwrap_or_else(|e| panic!("{e}"));
        assert!(!d.sentence.is_empty() && !d.story.is_empty(), "{f}");
    }
    for x in &w {
        eprintln!("warning: {x}");
    }
}
