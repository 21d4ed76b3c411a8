//! The expression table: every English and French expression × reference
//! date in `tests/data/dates.tsv` resolves to the expected date and
//! precision.

use sitrep_resolve::dates::{evaluate_table, find_times, simple_words, Resolved, Unresolved};

#[test]
fn expression_table_resolves_exactly() {
    let tsv = include_str!("data/dates.tsv");
    let score = evaluate_table(tsv).expect("the table is well formed");
    for m in &score.misses {
        eprintln!(
            "line {}: {:?} expected {} got {}",
            m.line, m.expression, m.expected, m.got
        );
    }
    assert!(score.rows >= 100, "{} rows", score.rows);
    assert_eq!(score.correct, score.rows, "{} misses", score.misses.len());
}

fn words(s: &str) -> Vec<String> {
    simple_words(s)
}

#[test]
fn expressions_are_found_inside_sentences() {
    let owned = words("Vladimir Poutine a reçu mercredi dernier à Sotchi son homologue turc.");
    let w: Vec<&str> = owned.iter().map(String::as_str).collect();
    let r = chrono::NaiveDate::from_ymd_opt(2021, 9, 29);
    let found = find_times(&w, r, true);
    assert_eq!(found.len(), 1);
    assert_eq!(
        w[found[0].start..found[0].end].join(" "),
        "mercredi dernier"
    );
    assert_eq!(
        found[0].value.map(|v| v.iso()),
        Ok("2021-09-22".to_string())
    );
}

#[test]
fn plain_numbers_and_modal_may_are_not_dates() {
    let owned = words("He may march 300 people to the square and 2019 delegates may come.");
    let w: Vec<&str> = owned.iter().map(String::as_str).collect();
    let r = chrono::NaiveDate::from_ymd_opt(2021, 9, 29);
    assert!(find_times(&w, r, false).is_empty());
}

#[test]
fn french_sept_is_seven_not_september() {
    let owned = words("Il a purgé sa peine en sept ans, il y a sept ans.");
    let w: Vec<&str> = owned.iter().map(String::as_str).collect();
    let r = chrono::NaiveDate::from_ymd_opt(2021, 9, 29);
    let found = find_times(&w, r, true);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(w[found[0].start..found[0].end].join(" "), "il y a sept ans");
    assert_eq!(found[0].value, Ok(Resolved::Year(2014)));
    // With a day, the abbreviation is a month again.
    let owned = words("le 7 sept. 2020");
    let w: Vec<&str> = owned.iter().map(String::as_str).collect();
    assert_eq!(
        find_times(&w, r, true)[0].value.map(|v| v.iso()),
        Ok("2020-09-07".to_string())
    );
}

#[test]
fn no_reference_leaves_relative_expressions_unresolved() {
    let owned = words("hier");
    let w: Vec<&str> = owned.iter().map(String::as_str).collect();
    let found = find_times(&w, None, true);
    assert_eq!(found[0].value, Err(Unresolved::NoReference));
    let owned = words("en 2019");
    let w: Vec<&str> = owned.iter().map(String::as_str).collect();
    assert_eq!(
        find_times(&w, None, true)[0].value,
        Ok(Resolved::Year(2019))
    );
}
