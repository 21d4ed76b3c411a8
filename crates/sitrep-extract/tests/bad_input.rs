//! Bad input is normal input: any bytes give an article or a clear error,
//! never a panic, in bounded time and memory.

use std::io::Write;

use proptest::prelude::*;
use sitrep_extract::{ExtractError, Extractor, Input, InputFormat, MAX_INPUT};

fn run(bytes: &[u8], format: InputFormat) -> Result<sitrep_model::Document, ExtractError> {
    Extractor::new().extract(&Input {
        bytes,
        format,
        ..Input::default()
    })
}

const PARA: &str = "<p>The minister told reporters on Tuesday that the talks would resume next week in Geneva, after a pause of several months.</p>\n";

#[test]
fn markup_nested_100000_levels_deep() {
    for tag in ["div", "b", "span", "table"] {
        let mut page = String::from("<html><body>");
        for _ in 0..100_000 {
            page.push_str(&format!("<{tag}>"));
        }
        page.push_str(&PARA.repeat(5));
        // Whatever is found, nothing panics or overflows the stack; the text
        // past the depth cap is ignored, so there is no article.
        let r = run(page.as_bytes(), InputFormat::Auto);
        assert!(
            matches!(r, Ok(_) | Err(ExtractError::NotAnArticle { .. })),
            "{tag}: {r:?}"
        );
    }
    // A deeply nested article below the cap is still found.
    let mut page = String::from("<html><body>");
    page.push_str(&"<div>".repeat(150));
    page.push_str(&PARA.repeat(5));
    let doc = run(page.as_bytes(), InputFormat::Auto).expect("an article at depth 150");
    assert!(doc.text.contains("talks would resume"));
}

#[test]
fn fifty_megabyte_page_is_cut_at_the_cap() {
    let mut page = String::with_capacity(50 << 20);
    page.push_str("<html><body><article>");
    while page.len() < 50 << 20 {
        page.push_str(PARA);
    }
    assert!(page.len() > MAX_INPUT);
    let doc = run(page.as_bytes(), InputFormat::Auto).expect("an article");
    assert!(doc.text.len() <= MAX_INPUT);
    assert!(doc.blocks.len() > 1000);
}

#[test]
fn binary_files_are_refused() {
    let mut png = vec![
        0x89, b'P', b'N', b'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d,
    ];
    png.extend((0..4096u32).map(|i| (i.wrapping_mul(2654435761) >> 24) as u8));
    assert!(matches!(
        run(&png, InputFormat::Auto),
        Err(ExtractError::NotText { .. })
    ));
    assert!(matches!(
        run(&png, InputFormat::Html),
        Err(ExtractError::NotText { .. })
    ));
    assert!(matches!(
        run(b"", InputFormat::Auto),
        Err(ExtractError::Empty)
    ));
    assert!(matches!(
        run(b" \n\t ", InputFormat::Text),
        Err(ExtractError::Empty)
    ));
}

#[test]
fn truncated_gzip_is_a_clear_error() {
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    enc.write_all(PARA.repeat(200).as_bytes()).unwrap();
    let gz = enc.finish().unwrap();
    let doc = run(&gz, InputFormat::Auto).expect("a whole gzip stream is read");
    assert!(doc.text.contains("Geneva"));
    match run(&gz[..gz.len() / 3], InputFormat::Auto) {
        Err(e @ ExtractError::BadGzip { .. }) => assert!(e.to_string().contains("truncated")),
        other => panic!("expected BadGzip, got {other:?}"),
    }
}

#[test]
fn mislabelled_encodings_are_read() {
    // Declared Latin-1, written in UTF-8.
    let page = format!(
        "<html><head><meta charset=\"iso-8859-1\"></head><body><article>{}</article></body></html>",
        "<p>Le président a déclaré à la presse que les négociations reprendraient à Genève la semaine prochaine, après une pause de plusieurs mois.</p>".repeat(3)
    );
    let doc = run(page.as_bytes(), InputFormat::Auto).expect("an article");
    assert!(doc.text.contains("président a déclaré"), "{}", doc.text);
    // Declared UTF-8, written in windows-1252: decoded with replacement
    // characters, never a panic.
    let relabelled = page.replace("iso-8859-1", "utf-8");
    let (latin, _, _) = encoding_rs::WINDOWS_1252.encode(&relabelled);
    let doc = run(&latin, InputFormat::Auto).expect("an article");
    assert!(doc.text.contains("pr\u{FFFD}sident"));
    // Undeclared windows-1252 is detected.
    let undeclared = page.replace("<meta charset=\"iso-8859-1\">", "");
    let (latin, _, _) = encoding_rs::WINDOWS_1252.encode(&undeclared);
    let doc = run(&latin, InputFormat::Auto).expect("an article");
    assert!(doc.text.contains("président a déclaré"));
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, .. ProptestConfig::default() })]

    #[test]
    fn random_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..4096)) {
        let ex = Extractor::new();
        for format in [InputFormat::Auto, InputFormat::Html, InputFormat::Text] {
            if let Ok(doc) = ex.extract(&Input { bytes: &bytes, format, ..Input::default() }) {
                for b in &doc.blocks {
                    prop_assert!(doc.text.get(b.span.start as usize..b.span.end as usize).is_some());
                }
            }
        }
    }

    #[test]
    fn random_markup_never_panics(parts in proptest::collection::vec(
        prop_oneof![
            Just("<div>".to_string()), Just("</div>".to_string()), Just("<p>".to_string()),
            Just("<a href=x>".to_string()), Just("</a>".to_string()), Just("<h1>".to_string()),
            Just("<table><tr><td>".to_string()), Just("<br>".to_string()), Just("<script>".to_string()),
            Just("<li>".to_string()), Just("<!--".to_string()), Just("&amp;".to_string()),
            Just("<meta charset=latin1>".to_string()),
            Just("<script type=application/ld+json>{\"@type\":\"NewsArticle\",\"headline\":\"x\",\"articleBody\":".to_string()),
            "[a-zA-Zéà .,!?]{0,80}",
        ], 0..200)) {
        let page = parts.concat();
        let _ = Extractor::new().extract(&Input { bytes: page.as_bytes(), ..Input::default() });
    }
}
