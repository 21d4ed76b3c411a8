//! Quality floor on the Scrapinghub article-extraction benchmark (181 news
//! pages), scored as its `evaluate.py` scores. The full report, with speed,
//! is `sitrep eval extraction ../shared/data/extraction/scrapinghub`.

use std::collections::BTreeMap;

use serde_json::Value;
use sitrep_extract::score::{aggregate, shingle_matching};
use sitrep_extract::{body_text, decode, Extractor, Input, InputFormat, MAX_INPUT};
use sitrep_model::shared_data;

#[test]
fn scrapinghub_benchmark_floor() {
    let Some(dir) = shared_data("data/extraction/scrapinghub") else {
        return;
    };
    let gt: BTreeMap<String, Value> = serde_json::from_str(
        &std::fs::read_to_string(dir.join("ground-truth.json")).expect("ground truth"),
    )
    .expect("ground truth JSON");
    assert_eq!(gt.len(), 181);
    let ex = Extractor::new();
    let mut counts = Vec::new();
    for (id, v) in &gt {
        let gz = std::fs::read(dir.join("html").join(format!("{id}.html.gz"))).expect("page");
        let html = decode::gunzip(&gz, MAX_INPUT).expect("gzip");
        let url = v["url"].as_str();
        let pred = ex
            .extract(&Input {
                bytes: &html,
                url,
                format: InputFormat::Html,
                ..Input::default()
            })
            .map(|d| body_text(&d).to_string())
            .unwrap_or_default();
        counts.push(shingle_matching(
            v["articleBody"].as_str().unwrap_or(""),
            &pred,
        ));
    }
    let s = aggregate(&counts).expect("scores");
    eprintln!(
        "precision={:.4} recall={:.4} F1={:.4}",
        s.precision, s.recall, s.f1
    );
    // Floors a little under the measured figures (see docs/benchmarks.md),
    // so that a regression fails and noise does not.
    assert!(s.f1 >= 0.970, "F1 {:.4}", s.f1);
    assert!(s.precision >= 0.965, "precision {:.4}", s.precision);
}
