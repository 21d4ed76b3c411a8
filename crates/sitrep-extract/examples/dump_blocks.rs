//! Prints the text blocks the HTML walk finds in a page (gzip accepted),
//! with their kind, link density and owner element: a tool for looking at
//! why a page's container was or was not chosen.
//!
//! `cargo run --release -p sitrep-extract --example dump_blocks -- PAGE.html[.gz]`

use std::process::ExitCode;

fn main() -> ExitCode {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: dump_blocks PAGE.html[.gz]");
        return ExitCode::FAILURE;
    };
    let bytes = match std::fs::read(&path) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("cannot read {path}: {e}");
            return ExitCode::FAILURE;
        }
    };
    let bytes = if sitrep_extract::decode::is_gzip(&bytes) {
        match sitrep_extract::decode::gunzip(&bytes, sitrep_extract::MAX_INPUT) {
            Ok(b) => b,
            Err(e) => {
                eprintln!("{path}: {e}");
                return ExitCode::FAILURE;
            }
        }
    } else {
        bytes
    };
    let (text, enc) = sitrep_extract::decode::decode(&bytes, None, true);
    println!("encoding: {enc}");
    let page = scraper::Html::parse_document(&text);
    let raw = sitrep_extract::html::blocks(&page);
    let content = sitrep_extract::html::content(&page, &raw);
    if let Ok(ix) = std::env::var("DUMP_BLOCK") {
        if let Some(b) = ix.parse::<usize>().ok().and_then(|i| raw.get(i)) {
            let mut a = page.tree.get(b.owner);
            while let Some(p) = a {
                if let Some(e) = p.value().as_element() {
                    eprintln!(
                        "  {} .{} #{} hint={}",
                        e.name(),
                        e.attr("class").unwrap_or(""),
                        e.attr("id").unwrap_or(""),
                        sitrep_extract::html::hint(e)
                    );
                }
                a = p.parent();
            }
        }
    }
    if let Some(c) = content.container.and_then(|c| page.tree.get(c)) {
        if let Some(e) = c.value().as_element() {
            println!(
                "container: {}.{}#{}  comments from block {}",
                e.name(),
                e.attr("class").unwrap_or(""),
                e.attr("id").unwrap_or(""),
                content.comments_from
            );
        }
    }
    let kept: std::collections::HashSet<usize> = content
        .blocks
        .iter()
        .filter_map(|k| {
            raw.iter()
                .position(|b| b.owner == k.owner && b.text == k.text)
        })
        .collect();
    for (i, b) in raw.iter().enumerate() {
        let el = page.tree.get(b.owner).and_then(|n| n.value().as_element());
        let desc = el.map_or(String::new(), |e| {
            format!(
                "{}.{}#{}",
                e.name(),
                e.attr("class").unwrap_or(""),
                e.attr("id").unwrap_or("")
            )
        });
        let t: String = b.text.chars().take(90).collect();
        println!(
            "{i} {} {:?} ld={:.2} {} | {}",
            if kept.contains(&i) { "+" } else { " " },
            b.kind,
            b.link_density(),
            desc.chars().take(50).collect::<String>(),
            t
        );
    }
    ExitCode::SUCCESS
}
