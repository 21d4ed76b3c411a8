//! Portal furniture in small inputs written for these tests, in English and
//! French, as plain text and as HTML.

use sitrep_extract::{ExtractError, Extractor, Input, InputFormat};
use sitrep_model::BlockKind;

fn extract(bytes: &[u8], format: InputFormat) -> Result<sitrep_model::Document, ExtractError> {
    Extractor::new().extract(&Input {
        bytes,
        format,
        ..Input::default()
    })
}

fn blocks(doc: &sitrep_model::Document) -> Vec<(BlockKind, &str)> {
    doc.blocks
        .iter()
        .map(|b| (b.kind, b.span.slice(&doc.text)))
        .collect()
}

const EN_TEXT: &str = "Harbour strike halts exports for a third day

5 min read
In this article:
  • Something went wrong.
    Please try again later.

Dock workers in the port city extended their strike on Wednesday, leaving dozens of container ships waiting at anchor outside the harbour.

Union leaders said talks with the port authority had broken down over pay and night-shift rules.

Read more: Port authority names new chief executive

What happens next

The labour ministry has called both sides to a meeting on Friday, a spokesperson said in a statement.

Share this article
Sign up for our daily newsletter
We use cookies to improve your experience. By continuing to browse you accept our use of cookies.
";

#[test]
fn english_scrape_keeps_the_article_only() {
    let doc = extract(EN_TEXT.as_bytes(), InputFormat::Text).expect("an article");
    assert_eq!(
        blocks(&doc),
        vec![
            (BlockKind::Title, "Harbour strike halts exports for a third day"),
            (BlockKind::Paragraph, "Dock workers in the port city extended their strike on Wednesday, leaving dozens of container ships waiting at anchor outside the harbour."),
            (BlockKind::Paragraph, "Union leaders said talks with the port authority had broken down over pay and night-shift rules."),
            (BlockKind::Heading, "What happens next"),
            (BlockKind::Paragraph, "The labour ministry has called both sides to a meeting on Friday, a spokesperson said in a statement."),
        ]
    );
    assert_eq!(
        doc.related,
        vec!["Port authority names new chief executive".to_string()]
    );
    assert_eq!(doc.language.as_deref(), Some("en"));
}

const FR_TEXT: &str = "Le Parlement adopte la réforme des retraites en première lecture

·2 min de lecture
Partager

Les députés ont adopté mardi soir, par 289 voix contre 240, le projet de loi réformant le système des retraites, après trois semaines de débats.

Lire aussi : Ce que contient le texte, article par article

Le texte doit maintenant être examiné par le Sénat, où la majorité sénatoriale a déjà annoncé des amendements.

Abonnez-vous à notre newsletter
Ce site utilise des cookies pour améliorer votre navigation. En poursuivant, vous acceptez leur utilisation.
Afin de garantir des échanges respectueux, les commentaires des utilisateurs sont modérés selon notre charte.
";

#[test]
fn french_scrape_keeps_the_article_only() {
    let doc = extract(FR_TEXT.as_bytes(), InputFormat::Auto).expect("an article");
    assert_eq!(
        blocks(&doc),
        vec![
            (BlockKind::Title, "Le Parlement adopte la réforme des retraites en première lecture"),
            (BlockKind::Paragraph, "Les députés ont adopté mardi soir, par 289 voix contre 240, le projet de loi réformant le système des retraites, après trois semaines de débats."),
            (BlockKind::Paragraph, "Le texte doit maintenant être examiné par le Sénat, où la majorité sénatoriale a déjà annoncé des amendements."),
        ]
    );
    assert_eq!(
        doc.related,
        vec!["Ce que contient le texte, article par article".to_string()]
    );
    assert_eq!(doc.comments.len(), 1);
    assert_eq!(doc.language.as_deref(), Some("fr"));
}

const FR_HTML: &str = r#"<!doctype html>
<html lang="fr"><head><meta charset="utf-8">
<title>Inondations dans le Gard : trois communes évacuées | Le Quotidien</title>
<meta property="og:site_name" content="Le Quotidien">
<meta property="article:published_time" content="2024-10-17T08:30:00+02:00">
<meta name="author" content="Claire Martin">
<link rel="canonical" href="https://quotidien.example/gard-inondations">
</head><body>
<nav><ul><li><a href="/">Accueil</a></li><li><a href="/politique">Politique</a></li><li><a href="/monde">Monde</a></li></ul></nav>
<main><article>
<h1>Inondations dans le Gard : trois communes évacuées</h1>
<div class="byline">Par <a href="/auteurs/cm">Claire Martin</a> · 3 min de lecture</div>
<div class="share-buttons"><a href="/s">Facebook</a> <a href="/s">Twitter</a> Partager</div>
<div class="article-body">
<p>Les pluies torrentielles tombées dans la nuit de mercredi à jeudi ont contraint les autorités à évacuer trois communes du Gard, a annoncé la préfecture.</p>
<figure><img src="x.jpg"><figcaption>Une rue inondée à Alès, jeudi matin.</figcaption></figure>
<p>Plus de 400 habitants ont été relogés dans des gymnases, et les écoles resteront fermées vendredi, selon le maire d'Alès.</p>
<p class="related">► À lire aussi : <a href="/meteo">Météo : l'épisode cévenol va durer</a></p>
<h2>Des routes coupées</h2>
<p>Une trentaine de routes départementales étaient coupées jeudi midi, et la circulation ferroviaire était interrompue entre Nîmes et Alès.</p>
</div>
<div class="newsletter"><p>Inscrivez-vous à notre newsletter pour recevoir l'essentiel de l'actualité chaque matin dans votre boîte mail.</p></div>
</article>
<section class="comments"><h3>Commentaires</h3><p>Enfin une information claire sur la situation, merci pour cet article très complet et bien documenté.</p></section>
</main>
<aside><h3>Les plus lus</h3><ul><li><a href="/a">Un article très lu aujourd'hui sur la politique</a></li><li><a href="/b">Un autre article très lu sur l'économie</a></li></ul></aside>
<footer><p>© 2024 Le Quotidien. Tous droits réservés.</p></footer>
</body></html>"#;

#[test]
fn french_page_keeps_body_and_metadata() {
    let doc = extract(FR_HTML.as_bytes(), InputFormat::Auto).expect("an article");
    assert_eq!(
        blocks(&doc),
        vec![
            (BlockKind::Title, "Inondations dans le Gard : trois communes évacuées"),
            (BlockKind::Paragraph, "Les pluies torrentielles tombées dans la nuit de mercredi à jeudi ont contraint les autorités à évacuer trois communes du Gard, a annoncé la préfecture."),
            (BlockKind::Paragraph, "Plus de 400 habitants ont été relogés dans des gymnases, et les écoles resteront fermées vendredi, selon le maire d'Alès."),
            (BlockKind::Heading, "Des routes coupées"),
            (BlockKind::Paragraph, "Une trentaine de routes départementales étaient coupées jeudi midi, et la circulation ferroviaire était interrompue entre Nîmes et Alès."),
        ]
    );
    assert_eq!(doc.published_date(), Some("2024-10-17"));
    assert_eq!(doc.authors, vec!["Claire Martin".to_string()]);
    assert_eq!(doc.site.as_deref(), Some("Le Quotidien"));
    assert_eq!(
        doc.canonical_url.as_deref(),
        Some("https://quotidien.example/gard-inondations")
    );
    assert_eq!(doc.language.as_deref(), Some("fr"));
    assert_eq!(
        doc.related,
        vec!["Météo : l'épisode cévenol va durer".to_string()]
    );
    assert_eq!(
        doc.id,
        sitrep_model::document_id(
            Some("https://quotidien.example/gard-inondations"),
            &doc.text
        )
    );
}

const EN_LISTING: &str = r#"<html lang="en"><head><title>World news | The Courier</title></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<main><h1>World</h1>
<div class="river">
<article><h2><a href="/a1">Floods force thousands from their homes in the south</a></h2><p><a href="/a1">Rescue teams worked through the night.</a></p></article>
<article><h2><a href="/a2">Election count enters its second day</a></h2><p><a href="/a2">Officials expect results on Friday.</a></p></article>
<article><h2><a href="/a3">Central bank holds rates steady</a></h2><p><a href="/a3">The decision was widely expected.</a></p></article>
<article><h2><a href="/a4">Ceasefire talks resume in the capital</a></h2><p><a href="/a4">Mediators said progress was slow.</a></p></article>
<article><h2><a href="/a5">Wildfire season starts early</a></h2><p><a href="/a5">Crews are on high alert.</a></p></article>
</div></main></body></html>"#;

#[test]
fn listing_page_is_not_an_article() {
    match extract(EN_LISTING.as_bytes(), InputFormat::Auto) {
        Err(ExtractError::NotAnArticle { reason }) => assert!(!reason.is_empty()),
        other => panic!("a listing page must yield NotAnArticle, got {other:?}"),
    }
}
