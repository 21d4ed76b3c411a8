//! The reference input: a French article scraped with its portal's widgets,
//! reading-time line, related link and comment-policy footer.

use sitrep_extract::{Extractor, Input, InputFormat};
use sitrep_model::{shared_data, BlockKind};

#[test]
fn seed_yields_exactly_title_headings_and_paragraphs() {
    let Some(path) = shared_data("seed/000_434794cdf416e28e.txt") else {
        return;
    };
    let bytes = std::fs::read(&path).expect("the seed is readable");
    let doc = Extractor::new()
        .extract(&Input {
            bytes: &bytes,
            origin: Some("seed"),
            format: InputFormat::Auto,
            ..Input::default()
        })
        .expect("the seed is an article");
    let got: Vec<(BlockKind, String)> = doc
        .blocks
        .iter()
        .map(|b| (b.kind, b.span.slice(&doc.text).chars().take(40).collect()))
        .collect();
    use BlockKind::*;
    let expected: Vec<(BlockKind, &str)> = vec![
        (Title, "La situation à Idlib au centre d'un nouv"),
        (Paragraph, "Il y a un an et demi, le président russe"),
        (Paragraph, "Même s'il a parfois duré des heures, le "),
        (Paragraph, "Signe de l’importance que Recep Tayyip E"),
        (Heading, "Empêcher une escalade"),
        (Paragraph, "La priorité pour le président turc est d"),
        (Paragraph, "La Russie, qui de son côté multiplie les"),
        (Paragraph, "L’activisme turc sur le dossier ukrainie"),
        (Heading, "Officialiser l'achat de S-400 à la Russi"),
        (Paragraph, "Recep Tayyip Erdogan, qui a pris l’habit"),
        (Paragraph, "Washington a affirmé que les S-400 const"),
    ];
    let expected: Vec<(BlockKind, String)> = expected
        .into_iter()
        .map(|(k, t)| (k, t.to_string()))
        .collect();
    assert_eq!(got, expected);
    let headings: Vec<&str> = doc
        .blocks
        .iter()
        .filter(|b| b.kind == Heading)
        .map(|b| b.span.slice(&doc.text))
        .collect();
    assert_eq!(
        headings,
        [
            "Empêcher une escalade",
            "Officialiser l'achat de S-400 à la Russie"
        ]
    );
    // Whole paragraphs, ending where the scrape ends them.
    let last = doc
        .blocks
        .last()
        .map(|b| b.span.slice(&doc.text))
        .unwrap_or("");
    assert!(last.ends_with("un nouveau pied de nez à l'Otan."), "{last}");
    assert_eq!(
        doc.title.as_deref(),
        Some("La situation à Idlib au centre d'un nouveau tête à tête entre Poutine et Erdogan")
    );
    assert!(!doc.text.contains("Oops"));
    assert!(!doc.text.contains("min de lecture"));
    assert!(!doc.text.contains("Dans cet article"));
    assert!(!doc.text.contains("À lire aussi"));
    assert!(!doc.text.contains("Notre objectif"));
    assert_eq!(doc.related.len(), 1);
    assert!(doc.related[0].starts_with("Vladimir Poutine reçoit Bachar el-Assad"));
    assert_eq!(doc.comments.len(), 1);
    assert_eq!(doc.language.as_deref(), Some("fr"));
    // Blocks are separated by blank lines and cover the text.
    assert_eq!(doc.text.split("\n\n").count(), doc.blocks.len());
}
