//! sitrep's own CAMEO → PLOVER table against the PLOVER project's
//! `CAMEO2PLOVER-2021.txt`, read by path.

use sitrep_code::plover;
use sitrep_model::shared_data;

#[test]
fn plover_table_agrees_with_the_reference_mapping() {
    let Some(path) = shared_data("data/events/plover/CAMEO2PLOVER-2021.txt") else {
        return;
    };
    let text = std::fs::read_to_string(&path).expect("the reference mapping is readable");
    let norm = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut checked = 0;
    let mut mismatches = Vec::new();
    for line in text.lines() {
        let line = line.split('#').next().unwrap_or("").trim();
        let Some((code, rest)) = line.split_once(':') else {
            continue;
        };
        // Root lines (`08:`) name a root's main type; the reference lists
        // root 08 under two types, so only full codes are compared.
        if code.len() < 3 || !code.bytes().all(|b| b.is_ascii_digit()) {
            continue;
        }
        let mut fields = rest.split(',').map(norm);
        let ty = fields.next().unwrap_or_default();
        let mode = fields.next().unwrap_or_default();
        let context = fields.collect::<Vec<_>>().join(",");
        let ours = plover(code);
        let got = ours.as_ref().map(|p| {
            (
                p.event_type.clone(),
                p.mode.clone().unwrap_or_default(),
                p.context.clone().unwrap_or_default(),
            )
        });
        checked += 1;
        if got != Some((ty.clone(), mode.clone(), norm(&context))) {
            mismatches.push(format!(
                "{code}: reference ({ty}, {mode}, {context}), ours {got:?}"
            ));
        }
    }
    assert!(
        checked > 250,
        "only {checked} codes read from {}",
        path.display()
    );
    assert!(
        mismatches.is_empty(),
        "{} mismatches:\n{}",
        mismatches.len(),
        mismatches.join("\n")
    );
}
