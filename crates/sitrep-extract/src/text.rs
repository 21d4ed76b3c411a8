//! Plain text already scraped from a page: split into lines, join bullet
//! continuations, drop the portal's furniture, find the title and the
//! section headings.
//!
//! A scraper writes one paragraph per line (or per blank-line-separated
//! group); widgets come out as bullet items whose indented continuation
//! lines belong to them. A heading is a short line with no closing
//! punctuation that is followed by a paragraph of prose.

use sitrep_model::BlockKind;

use crate::furniture::{classify, is_comment_policy, related_target, strip_bullet, Furniture};

/// The article found in a scraped text.
#[derive(Debug, Default)]
pub struct TextArticle {
    /// Blocks, title first when one was found.
    pub blocks: Vec<(BlockKind, String)>,
    /// Related-article links found and removed.
    pub related: Vec<String>,
    /// Comment footers found and removed.
    pub comments: Vec<String>,
}

/// A unit of the scraped text: one line, or a bullet item with its
/// continuation lines.
struct Unit {
    text: String,
    bullet: bool,
}

fn normalise(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for w in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

fn units(text: &str) -> Vec<Unit> {
    let mut out: Vec<Unit> = Vec::new();
    // Indentation of the open bullet item, if the last unit is one.
    let mut open_indent: Option<usize> = None;
    for raw in text.lines() {
        let indent = raw.len() - raw.trim_start().len();
        let line = raw.trim();
        if line.is_empty() {
            open_indent = None;
            continue;
        }
        let (body, bullet) = strip_bullet(line);
        if let (Some(ind), false) = (open_indent, bullet) {
            if indent > ind {
                if let Some(last) = out.last_mut() {
                    last.text.push(' ');
                    last.text.push_str(&normalise(line));
                    continue;
                }
            }
        }
        open_indent = if bullet { Some(indent) } else { None };
        out.push(Unit {
            text: normalise(if bullet { body } else { line }),
            bullet,
        });
    }
    out
}

/// True for text that reads as prose: long enough, or ending a sentence.
pub fn is_prose(text: &str) -> bool {
    let words = text.split_whitespace().count();
    let chars = text.chars().count();
    words >= 15
        || chars >= 120
        || ((words >= 5 || chars >= 25)
            && text.ends_with(['.', '!', '?', '»', '"', '”', '…', '。', '！', '？', '」']))
}

/// True for a line shaped like a heading: short, capitalised, with no
/// closing punctuation.
pub fn heading_shaped(text: &str) -> bool {
    let words = text.split_whitespace().count();
    (1..=12).contains(&words)
        && text.chars().count() <= 100
        && !text.ends_with(['.', ',', ';', ':', '!', '?', '…', '»', '"', '”'])
        && text
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_numeric())
}

/// Extracts the article from scraped text.
pub fn extract_text(text: &str) -> TextArticle {
    let mut art = TextArticle::default();
    let mut kept: Vec<Unit> = Vec::new();
    for u in units(text) {
        match classify(&u.text) {
            Furniture::Drop => continue,
            Furniture::Related => {
                art.related.push(related_target(&u.text).to_string());
                continue;
            }
            Furniture::None => {}
        }
        // A short bullet item that is not prose is a widget or menu entry.
        if u.bullet && !is_prose(&u.text) && u.text.split_whitespace().count() < 8 {
            continue;
        }
        kept.push(u);
    }
    // Comment-policy footers at the end.
    while let Some(last) = kept.last() {
        if is_comment_policy(&last.text) {
            let u = kept.pop().map(|u| u.text).unwrap_or_default();
            art.comments.push(u);
        } else {
            break;
        }
    }
    art.comments.reverse();
    // Title: the first unit, when it is heading-shaped and not prose.
    let mut start = 0;
    if let Some(first) = kept.first() {
        let words = first.text.split_whitespace().count();
        if !first.bullet
            && words <= 30
            && !first.text.ends_with(['.', ';', ':', ','])
            && kept.len() > 1
        {
            art.blocks.push((BlockKind::Title, first.text.clone()));
            start = 1;
        }
    }
    for i in start..kept.len() {
        let u = &kept[i];
        let next_prose = kept.get(i + 1).is_some_and(|n| is_prose(&n.text));
        let kind = if u.bullet {
            BlockKind::ListItem
        } else if heading_shaped(&u.text) && !is_prose(&u.text) && next_prose {
            BlockKind::Heading
        } else {
            BlockKind::Paragraph
        };
        art.blocks.push((kind, u.text.clone()));
    }
    art
}
