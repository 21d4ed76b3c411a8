//! Page metadata: JSON-LD first, then OpenGraph and meta tags, then the
//! markup (`<title>`, `<time>`, `rel=author`), then the URL.
//!
//! JSON-LD is preferred because it is what publishers write for search
//! engines and it is typed (`headline`, `datePublished`, `author.name`);
//! the other sources fill what it leaves out.

use std::sync::LazyLock;

use regex::Regex;
use scraper::{Html, Node};
use serde_json::Value;
use sitrep_model::{DateSource, PublicationDate};

/// Metadata read from a page.
#[derive(Debug, Default, Clone)]
pub struct Meta {
    /// Title (JSON-LD headline, og:title, `<title>`).
    pub title: Option<String>,
    /// Authors.
    pub authors: Vec<String>,
    /// Publication date.
    pub published: Option<PublicationDate>,
    /// Modification date (`YYYY-MM-DD`).
    pub modified: Option<String>,
    /// Site name.
    pub site: Option<String>,
    /// Canonical address.
    pub canonical: Option<String>,
    /// Summary.
    pub description: Option<String>,
    /// `<html lang>` as an ISO 639-1 code.
    pub html_lang: Option<String>,
    /// JSON-LD `articleBody`, when the page gives one.
    pub article_body: Option<String>,
    /// The page declares itself an article (JSON-LD type or og:type).
    pub is_article: bool,
    /// The page declares itself a listing (JSON-LD `ItemList`,
    /// `CollectionPage`, og:type website with no article type).
    pub is_listing: bool,
}

const ARTICLE_TYPES: &[&str] = &[
    "Article",
    "NewsArticle",
    "ReportageNewsArticle",
    "AnalysisNewsArticle",
    "OpinionNewsArticle",
    "BackgroundNewsArticle",
    "ReviewNewsArticle",
    "BlogPosting",
    "LiveBlogPosting",
    "SocialMediaPosting",
    "TechArticle",
    "ScholarlyArticle",
    "Report",
    "WebPage",
];

fn clean(s: &str) -> Option<String> {
    let mut out = String::with_capacity(s.len().min(4096));
    for w in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
        if out.len() > 4000 {
            break;
        }
    }
    (!out.is_empty()).then_some(out)
}

static ISO_DATE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"((?:19|20)\d\d)-?([01]\d)-?([0-3]\d)").expect("static regex"));
static URL_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"/((?:19|20)\d\d)[/_-]([01]?\d)[/_-]([0-3]?\d)(?:/|[_-]|$)|/((?:19|20)\d\d)([01]\d)([0-3]\d)/")
        .expect("static regex")
});
static TEXT_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)\b([0-3]?\d)(?:er)?\s+(janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre|january|february|march|april|may|june|july|august|september|october|november|december)\s+((?:19|20)\d\d)\b",
        r"|\b(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?\s+([0-3]?\d),?\s+((?:19|20)\d\d)\b"
    ))
    .expect("static regex")
});

fn month_number(name: &str) -> Option<u32> {
    let n = name.to_lowercase();
    let m = match n.as_str() {
        "janvier" | "january" | "jan" => 1,
        "février" | "fevrier" | "february" | "feb" => 2,
        "mars" | "march" | "mar" => 3,
        "avril" | "april" | "apr" => 4,
        "mai" | "may" => 5,
        "juin" | "june" | "jun" => 6,
        "juillet" | "july" | "jul" => 7,
        "août" | "aout" | "august" | "aug" => 8,
        "septembre" | "september" | "sep" | "sept" => 9,
        "octobre" | "october" | "oct" => 10,
        "novembre" | "november" | "nov" => 11,
        "décembre" | "decembre" | "december" | "dec" => 12,
        _ => return None,
    };
    Some(m)
}

fn ymd(y: &str, m: &str, d: &str) -> Option<String> {
    let y: u32 = y.parse().ok()?;
    let m: u32 = m.parse().ok()?;
    let d: u32 = d.parse().ok()?;
    valid(y, m, d)
}

fn valid(y: u32, m: u32, d: u32) -> Option<String> {
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (y.is_multiple_of(4) && !y.is_multiple_of(100)) || y.is_multiple_of(400) => 29,
        2 => 28,
        _ => return None,
    };
    ((1900..=2100).contains(&y) && (1..=days).contains(&d)).then(|| format!("{y:04}-{m:02}-{d:02}"))
}

/// The calendar date at the start of an ISO 8601 date-time.
pub fn iso_date(s: &str) -> Option<String> {
    let c = ISO_DATE.captures(s.trim())?;
    ymd(&c[1], &c[2], &c[3])
}

/// A date in the path of a URL (`/2021/09/29/`, `/20210929/`).
pub fn url_date(url: &str) -> Option<String> {
    let c = URL_DATE.captures(url)?;
    if let (Some(y), Some(m), Some(d)) = (c.get(1), c.get(2), c.get(3)) {
        return ymd(y.as_str(), m.as_str(), d.as_str());
    }
    ymd(c.get(4)?.as_str(), c.get(5)?.as_str(), c.get(6)?.as_str())
}

/// The first date written out in words in `text` ("29 septembre 2021",
/// "Sept. 29, 2021").
pub fn text_date(text: &str) -> Option<String> {
    let c = TEXT_DATE.captures(text)?;
    if let (Some(d), Some(m), Some(y)) = (c.get(1), c.get(2), c.get(3)) {
        return valid(
            y.as_str().parse().ok()?,
            month_number(m.as_str())?,
            d.as_str().parse().ok()?,
        );
    }
    let (m, d, y) = (c.get(4)?, c.get(5)?, c.get(6)?);
    valid(
        y.as_str().parse().ok()?,
        month_number(m.as_str())?,
        d.as_str().parse().ok()?,
    )
}

fn types_of(v: &Value) -> Vec<&str> {
    match v.get("@type") {
        Some(Value::String(s)) => vec![s.as_str()],
        Some(Value::Array(a)) => a.iter().filter_map(Value::as_str).collect(),
        _ => Vec::new(),
    }
}

fn names(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::String(s) => {
            if let Some(s) = clean(s) {
                if !s.starts_with("http") {
                    out.push(s);
                }
            }
        }
        Value::Array(a) => a.iter().take(20).for_each(|x| names(x, out)),
        Value::Object(o) => {
            if let Some(n) = o.get("name") {
                names(n, out);
            }
        }
        _ => {}
    }
}

/// Collects JSON-LD objects (flattening `@graph` and arrays), at most 200.
fn flatten<'v>(v: &'v Value, out: &mut Vec<&'v Value>) {
    let mut stack = vec![v];
    while let Some(v) = stack.pop() {
        if out.len() >= 200 {
            break;
        }
        match v {
            Value::Array(a) => stack.extend(a.iter().rev()),
            Value::Object(o) => {
                if let Some(g) = o.get("@graph") {
                    stack.push(g);
                }
                out.push(v);
            }
            _ => {}
        }
    }
}

fn str_field(v: &Value, key: &str) -> Option<String> {
    match v.get(key)? {
        Value::String(s) => clean(s),
        Value::Array(a) => a.iter().find_map(Value::as_str).and_then(clean),
        Value::Object(o) => o.get("name").and_then(Value::as_str).and_then(clean),
        _ => None,
    }
}

/// Reads the metadata of a parsed page.
pub fn read(doc: &Html, url: Option<&str>) -> Meta {
    let mut m = Meta::default();
    let mut metas: Vec<(String, String)> = Vec::new();
    let mut jsonld: Vec<Value> = Vec::new();
    let mut title_tag: Option<String> = None;
    let mut time_tag: Option<String> = None;
    let mut rel_author: Vec<String> = Vec::new();
    let mut link_canonical: Option<String> = None;

    for node in doc.tree.nodes() {
        let Node::Element(el) = node.value() else {
            continue;
        };
        match el.name() {
            "html" => {
                if let Some(l) = el.attr("lang").or_else(|| el.attr("xml:lang")) {
                    let code: String = l
                        .trim()
                        .chars()
                        .take_while(|c| c.is_ascii_alphabetic())
                        .collect();
                    if code.len() == 2 {
                        m.html_lang = Some(code.to_ascii_lowercase());
                    }
                }
            }
            "meta" => {
                let key = el
                    .attr("property")
                    .or_else(|| el.attr("name"))
                    .or_else(|| el.attr("itemprop"));
                if let (Some(k), Some(c)) = (key, el.attr("content")) {
                    if metas.len() < 500 {
                        metas.push((k.trim().to_ascii_lowercase(), c.to_string()));
                    }
                }
            }
            "title" if title_tag.is_none() => {
                let t: String = node
                    .children()
                    .filter_map(|c| c.value().as_text().map(|t| t.to_string()))
                    .collect();
                title_tag = clean(&t);
            }
            "link"
                if link_canonical.is_none()
                    && el.attr("rel").is_some_and(|r| {
                        r.split_whitespace()
                            .any(|r| r.eq_ignore_ascii_case("canonical"))
                    }) =>
            {
                link_canonical = el.attr("href").and_then(clean);
            }
            "script"
                if jsonld.len() < 20
                    && el
                        .attr("type")
                        .is_some_and(|t| t.trim().eq_ignore_ascii_case("application/ld+json")) =>
            {
                let raw: String = node
                    .children()
                    .filter_map(|c| c.value().as_text().map(|t| t.to_string()))
                    .collect();
                if let Ok(v) = serde_json::from_str::<Value>(raw.trim()) {
                    jsonld.push(v);
                }
            }
            "time" if time_tag.is_none() => {
                time_tag = el.attr("datetime").and_then(iso_date);
            }
            "a" | "link"
                if rel_author.len() < 5
                    && el
                        .attr("rel")
                        .is_some_and(|r| r.eq_ignore_ascii_case("author")) =>
            {
                let t: String = node
                    .descendants()
                    .filter_map(|c| c.value().as_text().map(|t| t.to_string()))
                    .take(20)
                    .collect();
                if let Some(t) = clean(&t) {
                    if t.len() < 80 {
                        rel_author.push(t);
                    }
                }
            }
            _ => {}
        }
    }

    let meta = |keys: &[&str]| -> Option<String> {
        keys.iter().find_map(|k| {
            metas
                .iter()
                .find(|(mk, c)| mk == k && !c.trim().is_empty())
                .and_then(|(_, c)| clean(c))
        })
    };

    // JSON-LD: the first article-typed object.
    let mut objs = Vec::new();
    for v in &jsonld {
        flatten(v, &mut objs);
    }
    let article = objs
        .iter()
        .filter(|o| {
            types_of(o)
                .iter()
                .any(|t| ARTICLE_TYPES.contains(t) && *t != "WebPage")
        })
        .max_by_key(|o| {
            o.get("articleBody")
                .and_then(Value::as_str)
                .map_or(0, str::len)
        })
        .or_else(|| objs.iter().find(|o| types_of(o).contains(&"WebPage")));
    m.is_listing = objs.iter().any(|o| {
        types_of(o)
            .iter()
            .any(|t| matches!(*t, "ItemList" | "CollectionPage" | "SearchResultsPage"))
    });
    if let Some(a) = article {
        let is_webpage = types_of(a).contains(&"WebPage");
        m.is_article = !is_webpage;
        m.title = str_field(a, "headline").or_else(|| {
            if is_webpage {
                None
            } else {
                str_field(a, "name")
            }
        });
        if let Some(d) = a
            .get("datePublished")
            .and_then(Value::as_str)
            .and_then(iso_date)
        {
            m.published = Some(PublicationDate {
                date: d,
                source: DateSource::Metadata,
            });
        }
        m.modified = a
            .get("dateModified")
            .and_then(Value::as_str)
            .and_then(iso_date);
        if let Some(au) = a.get("author").or_else(|| a.get("creator")) {
            names(au, &mut m.authors);
        }
        m.site = a
            .get("publisher")
            .and_then(|p| str_field(&serde_json::json!({ "p": p }), "p"));
        m.description = str_field(a, "description");
        m.article_body = a
            .get("articleBody")
            .and_then(Value::as_str)
            .map(str::to_string)
            .filter(|s| !s.trim().is_empty());
        if m.canonical.is_none() {
            m.canonical = a
                .get("mainEntityOfPage")
                .and_then(|p| p.as_str().or_else(|| p.get("@id").and_then(Value::as_str)))
                .filter(|u| u.starts_with("http"))
                .and_then(clean);
        }
    }
    if let Some(t) = meta(&["og:type"]) {
        if t.eq_ignore_ascii_case("article") {
            m.is_article = true;
        }
    }

    // Meta tags fill the gaps.
    if m.title.is_none() {
        m.title = meta(&["og:title", "twitter:title", "title", "dc.title"]).or(title_tag);
    }
    if m.published.is_none() {
        let d = meta(&[
            "article:published_time",
            "og:published_time",
            "datepublished",
            "pubdate",
            "publishdate",
            "publish-date",
            "date",
            "dc.date",
            "dc.date.issued",
            "dcterms.created",
            "sailthru.date",
            "parsely-pub-date",
            "article.published",
        ])
        .and_then(|d| iso_date(&d))
        .map(|d| (d, DateSource::Metadata))
        .or_else(|| time_tag.map(|d| (d, DateSource::Metadata)))
        .or_else(|| url.and_then(url_date).map(|d| (d, DateSource::Url)));
        m.published = d.map(|(date, source)| PublicationDate { date, source });
    }
    if m.modified.is_none() {
        m.modified = meta(&[
            "article:modified_time",
            "og:updated_time",
            "datemodified",
            "dcterms.modified",
            "last-modified",
        ])
        .and_then(|d| iso_date(&d));
    }
    if m.authors.is_empty() {
        if let Some(a) = meta(&[
            "author",
            "article:author",
            "dc.creator",
            "sailthru.author",
            "parsely-author",
            "byl",
        ]) {
            if !a.starts_with("http") {
                let a = a
                    .strip_prefix("By ")
                    .or_else(|| a.strip_prefix("by "))
                    .unwrap_or(&a)
                    .to_string();
                m.authors.push(a);
            }
        }
    }
    if m.authors.is_empty() {
        m.authors = rel_author;
    }
    let mut seen = std::collections::HashSet::new();
    m.authors.retain(|a| seen.insert(a.to_lowercase()));
    m.authors.truncate(10);
    if m.site.is_none() {
        m.site = meta(&["og:site_name", "application-name", "twitter:site"]);
    }
    if m.description.is_none() {
        m.description = meta(&["description", "og:description", "twitter:description"]);
    }
    m.canonical = link_canonical
        .or_else(|| meta(&["og:url"]))
        .or(m.canonical.take())
        .filter(|u| u.starts_with("http"));
    m
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_from_every_source() {
        assert_eq!(
            iso_date("2021-09-29T08:00:00+02:00").as_deref(),
            Some("2021-09-29")
        );
        assert_eq!(iso_date("2021-02-30"), None);
        assert_eq!(
            url_date("https://x.fr/2021/09/29/idlib").as_deref(),
            Some("2021-09-29")
        );
        assert_eq!(
            url_date("https://x.com/news/20191105/a.html").as_deref(),
            Some("2019-11-05")
        );
        assert_eq!(
            text_date("Publié le 29 septembre 2021 à 10h").as_deref(),
            Some("2021-09-29")
        );
        assert_eq!(
            text_date("Posted Sept. 9, 2019").as_deref(),
            Some("2019-09-09")
        );
    }

    #[test]
    fn json_ld_wins_over_meta() {
        let page = r#"<html lang="fr-FR"><head><title>T | Site</title>
        <meta property="og:title" content="OG title">
        <meta property="article:published_time" content="2020-01-01">
        <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
          {"@type":"NewsArticle","headline":"Le titre","datePublished":"2021-09-29T10:00:00Z",
           "author":[{"@type":"Person","name":"Anne Andlauer"}],"publisher":{"@type":"Organization","name":"RFI"},
           "articleBody":"Corps de l'article."}]}</script>
        <link rel="canonical" href="https://example.fr/a"></head><body></body></html>"#;
        let doc = Html::parse_document(page);
        let m = read(&doc, None);
        assert_eq!(m.title.as_deref(), Some("Le titre"));
        assert_eq!(
            m.published.as_ref().map(|p| p.date.as_str()),
            Some("2021-09-29")
        );
        assert_eq!(m.authors, vec!["Anne Andlauer".to_string()]);
        assert_eq!(m.site.as_deref(), Some("RFI"));
        assert_eq!(m.canonical.as_deref(), Some("https://example.fr/a"));
        assert_eq!(m.html_lang.as_deref(), Some("fr"));
        assert!(m.is_article);
        assert_eq!(m.article_body.as_deref(), Some("Corps de l'article."));
    }
}
