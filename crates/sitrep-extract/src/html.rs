//! Main-content extraction from a parsed HTML page.
//!
//! 1. One iterative walk (no recursion, depth capped at [`MAX_DEPTH`]) turns
//!    the DOM into a flat list of text blocks, each with its owning block
//!    element, its kind (heading, paragraph, list item, quote, table row) and
//!    how much of its text sits inside links. Scripts, styles, navigation,
//!    forms controls and hidden elements are skipped whole.
//! 2. Every block is scored: prose with few links is *good* text, link text
//!    and short non-prose lines are *bad* text. Each element accumulates the
//!    good and bad text below it; a block below an element whose class or id
//!    says "comments", "related", "share", "sidebar"… counts as bad for every
//!    element above that one. The container is the element with the most
//!    good-minus-bad text — the smallest element that holds the article and
//!    little else, found without any site rule.
//! 3. The container's blocks are kept, except link-heavy ones, those under
//!    boilerplate-hinted elements, portal furniture, and short non-prose
//!    lines at its edges (bylines, dates, captions).

use std::collections::HashMap;

use ego_tree::{NodeId, NodeRef};
use scraper::{Html, Node};
use sitrep_model::BlockKind;

use crate::furniture::{classify, is_comments_header, Furniture};
use crate::text::is_prose;

/// Deepest element level the walk descends to; deeper markup is ignored
/// (real pages stay far below it; adversarial ones cannot exhaust time).
pub const MAX_DEPTH: usize = 256;

/// A block of text found in the page.
#[derive(Debug, Clone)]
pub struct RawBlock {
    /// The block element that owns the text.
    pub owner: NodeId,
    /// Its role.
    pub kind: BlockKind,
    /// Heading level 1 (an `<h1>`).
    pub h1: bool,
    /// Whitespace-normalised text.
    pub text: String,
    /// Characters of text.
    pub chars: usize,
    /// Characters of text inside links.
    pub link_chars: usize,
}

impl RawBlock {
    /// Share of the text inside links.
    pub fn link_density(&self) -> f64 {
        if self.chars == 0 {
            0.0
        } else {
            self.link_chars as f64 / self.chars as f64
        }
    }
}

fn is_skipped(name: &str) -> bool {
    matches!(
        name,
        "script"
            | "style"
            | "noscript"
            | "template"
            | "svg"
            | "math"
            | "iframe"
            | "object"
            | "embed"
            | "canvas"
            | "video"
            | "audio"
            | "select"
            | "option"
            | "button"
            | "input"
            | "textarea"
            | "title"
            | "nav"
            | "aside"
            | "footer"
            | "figcaption"
            | "label"
            | "dialog"
            | "menu"
            | "img"
            | "picture"
            | "source"
            | "map"
    )
}

fn is_block(name: &str) -> bool {
    matches!(
        name,
        "p" | "div"
            | "section"
            | "article"
            | "main"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "li"
            | "ul"
            | "ol"
            | "dl"
            | "dt"
            | "dd"
            | "blockquote"
            | "pre"
            | "table"
            | "thead"
            | "tbody"
            | "tfoot"
            | "tr"
            | "figure"
            | "header"
            | "address"
            | "hr"
            | "center"
            | "fieldset"
            | "details"
            | "summary"
            | "body"
            | "html"
            | "caption"
            | "hgroup"
    )
}

fn is_hidden(el: &scraper::node::Element) -> bool {
    if el.attr("hidden").is_some() {
        return true;
    }
    if el
        .attr("aria-hidden")
        .is_some_and(|v| v.trim().eq_ignore_ascii_case("true"))
    {
        return true;
    }
    if let Some(style) = el.attr("style") {
        let s: String = style
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect::<String>()
            .to_ascii_lowercase();
        if s.contains("display:none") || s.contains("visibility:hidden") {
            return true;
        }
    }
    false
}

/// Splits a class or id list into lower-case words, at non-alphanumerics
/// and at camelCase boundaries (`RightRailContainer` → right, rail,
/// container).
fn camel_split(attr: &str) -> Vec<String> {
    let mut out = Vec::new();
    for tok in attr.split(|c: char| !c.is_ascii_alphanumeric()) {
        if tok.is_empty() || tok.len() > 60 {
            continue;
        }
        out.push(tok.to_ascii_lowercase());
        let bytes = tok.as_bytes();
        let mut start = 0;
        let mut parts = Vec::new();
        for i in 1..bytes.len() {
            if bytes[i].is_ascii_uppercase() && bytes[i - 1].is_ascii_lowercase() {
                parts.push(&tok[start..i]);
                start = i;
            }
        }
        if !parts.is_empty() {
            parts.push(&tok[start..]);
            out.extend(parts.iter().map(|p| p.to_ascii_lowercase()));
        }
    }
    out
}

/// Class/id words naming page furniture that is never article text, and
/// whose text counts *against* any container holding it.
const CROSS: &[&str] = &[
    "comment",
    "disqus",
    "sidebar",
    "widget",
    "share",
    "sharing",
    "social",
    "related",
    "recommend",
    "promo",
    "newsletter",
    "subscri",
    "signup",
    "advert",
    "sponsor",
    "cookie",
    "consent",
    "popup",
    "modal",
    "breadcrumb",
    "navbar",
    "navigation",
    "paywall",
    "trending",
    "outbrain",
    "taboola",
    "masthead",
    "pagination",
    "pager",
    "footer",
    "rail",
    "promoted",
    "recirc",
    "upsell",
    "reply",
    "replies",
    "discussion",
    "newsfeed",
    "complementary",
    "contentinfo",
    "donat",
    "teaser",
    "toolbar",
];
/// The same, matched as whole words only (they are prefixes of other words).
const CROSS_EXACT: &[&str] = &[
    "ad", "ads", "adslot", "adunit", "nav", "menu", "login", "most", "popular", "skip",
];
/// Words naming parts of an article page that are not its text (bylines,
/// captions, tags): dropped, but not counted against a container.
const DROP: &[&str] = &[
    "byline",
    "caption",
    "credit",
    "author",
    "timestamp",
    "dateline",
    "tags",
    "topics",
    "rating",
    "gallery",
    "slideshow",
    "tweet",
    "instagram",
    "embed",
    "video",
    "player",
    "footnote",
    "disclaimer",
    "correction",
    "banner",
    "bio",
    "toc",
];
/// Weak hints: non-prose blocks below them are dropped.
const WEAK: &[&str] = &[
    "meta",
    "header",
    "photo",
    "image",
    "figure",
    "media",
    "inline",
    "aside",
    "note",
    "also",
    "more",
    "next",
    "prev",
    "read",
    "community",
];
const POSITIVE: &[&str] = &[
    "article",
    "articlebody",
    "content",
    "body",
    "entry",
    "main",
    "post",
    "story",
    "text",
    "prose",
    "richtext",
    "blog",
    "storybody",
    "postbody",
    "entrycontent",
    "articletext",
    "articlecontent",
];

/// Hint: boilerplate that counts against its containers.
pub const HINT_CROSS: i8 = -3;
/// Hint: not article text, dropped.
pub const HINT_DROP: i8 = -2;
/// Hint: weakly not article text.
pub const HINT_WEAK: i8 = -1;

/// Class/id hint of an element: [`HINT_CROSS`], [`HINT_DROP`],
/// [`HINT_WEAK`], 0 for none, 1 for a content hint.
pub fn hint(el: &scraper::node::Element) -> i8 {
    let mut best = 0i8;
    let mut pos = false;
    let names = [
        el.attr("class"),
        el.attr("id"),
        el.attr("role"),
        el.attr("itemprop"),
    ]
    .into_iter()
    .flatten()
    .flat_map(str::split_whitespace);
    // A class name carrying a number ("player-2020-580", "post-1234") names
    // one item of a list, not a part of the page: it may still mark
    // boilerplate that counts against its container (ads, comments), but
    // not a part to drop.
    for name in names {
        let item = name.bytes().any(|b| b.is_ascii_digit());
        for tok in camel_split(name) {
            let t = tok.as_str();
            if POSITIVE.contains(&t) {
                pos = true;
            }
            let h = if CROSS.iter().any(|p| t.starts_with(p)) || CROSS_EXACT.contains(&t) {
                HINT_CROSS
            } else if item {
                0
            } else if DROP.contains(&t)
                || (t.len() > 5 && DROP.iter().any(|p| p.len() > 3 && t.starts_with(p)))
            {
                HINT_DROP
            } else if WEAK.contains(&t) {
                HINT_WEAK
            } else {
                0
            };
            best = best.min(h);
        }
    }
    match best {
        HINT_WEAK if pos => 1,
        0 if pos => 1,
        h => h,
    }
}

enum Step<'a> {
    Enter(NodeRef<'a, Node>, usize),
    Leave(NodeRef<'a, Node>),
}

struct Buf {
    text: String,
    chars: usize,
    link_chars: usize,
    space: bool,
}

impl Buf {
    fn push(&mut self, s: &str, in_link: bool) {
        for c in s.chars() {
            if c.is_whitespace() {
                if !self.text.is_empty() {
                    self.space = true;
                }
                continue;
            }
            if self.space {
                self.text.push(' ');
                self.chars += 1;
                if in_link {
                    self.link_chars += 1;
                }
                self.space = false;
            }
            self.text.push(c);
            self.chars += 1;
            if in_link {
                self.link_chars += 1;
            }
        }
    }
}

fn kind_of(stack: &[(NodeId, &str)]) -> (BlockKind, bool) {
    for (i, (_, name)) in stack.iter().rev().enumerate() {
        match *name {
            "h1" => return (BlockKind::Heading, true),
            "h2" | "h3" | "h4" | "h5" | "h6" => return (BlockKind::Heading, false),
            "li" | "dt" | "dd" => return (BlockKind::ListItem, false),
            "blockquote" => return (BlockKind::Quote, false),
            "tr" if i == 0 => return (BlockKind::TableRow, false),
            "pre" | "p" if i > 0 => return (BlockKind::Paragraph, false),
            _ => {}
        }
        if i >= 2 {
            break;
        }
    }
    (BlockKind::Paragraph, false)
}

/// Walks the page into text blocks, in document order.
pub fn blocks(doc: &Html) -> Vec<RawBlock> {
    let mut out = Vec::new();
    let root = doc.tree.root();
    let mut steps: Vec<Step<'_>> = vec![Step::Enter(root, 0)];
    let mut stack: Vec<(NodeId, &str)> = vec![(root.id(), "html")];
    let mut buf = Buf {
        text: String::new(),
        chars: 0,
        link_chars: 0,
        space: false,
    };
    let mut in_link = 0usize;

    let flush = |buf: &mut Buf, stack: &[(NodeId, &str)], out: &mut Vec<RawBlock>| {
        if buf.chars > 0 {
            let (kind, h1) = kind_of(stack);
            let owner = stack.last().map(|s| s.0).unwrap_or(root.id());
            out.push(RawBlock {
                owner,
                kind,
                h1,
                text: std::mem::take(&mut buf.text),
                chars: buf.chars,
                link_chars: buf.link_chars,
            });
        }
        buf.text.clear();
        buf.chars = 0;
        buf.link_chars = 0;
        buf.space = false;
    };

    while let Some(step) = steps.pop() {
        match step {
            Step::Enter(node, depth) => match node.value() {
                Node::Text(t) => buf.push(&t.text, in_link > 0),
                Node::Element(el) => {
                    let name = el.name();
                    if is_skipped(name) || is_hidden(el) || depth >= MAX_DEPTH {
                        continue;
                    }
                    if name == "br" {
                        flush(&mut buf, &stack, &mut out);
                        continue;
                    }
                    if matches!(name, "td" | "th") && buf.chars > 0 {
                        buf.text.push('\t');
                        buf.chars += 1;
                        buf.space = false;
                    }
                    let block = is_block(name);
                    if block {
                        flush(&mut buf, &stack, &mut out);
                        stack.push((node.id(), name));
                    }
                    if name == "a" {
                        in_link += 1;
                    }
                    if block || name == "a" {
                        steps.push(Step::Leave(node));
                    }
                    // Children in reverse so that they pop in order.
                    let mut child = node.last_child();
                    while let Some(c) = child {
                        steps.push(Step::Enter(c, depth + 1));
                        child = c.prev_sibling();
                    }
                }
                Node::Document | Node::Fragment => {
                    let mut child = node.last_child();
                    while let Some(c) = child {
                        steps.push(Step::Enter(c, depth + 1));
                        child = c.prev_sibling();
                    }
                }
                _ => {}
            },
            Step::Leave(node) => {
                if let Node::Element(el) = node.value() {
                    if el.name() == "a" {
                        in_link = in_link.saturating_sub(1);
                        continue;
                    }
                }
                flush(&mut buf, &stack, &mut out);
                stack.pop();
            }
        }
    }
    flush(&mut buf, &stack, &mut out);
    out
}

/// How much more prose than boilerplate a parent must add for the
/// container to grow into it.
const EXPAND_RATIO: f64 = 4.0;

/// How fast a block's prose counts less for elements further above it.
const DECAY: f64 = 0.7;

/// Good (prose) and bad (links, short lines) weight of a block.
fn weights(b: &RawBlock) -> (f64, f64) {
    let ld = b.link_density();
    let plain = (b.chars - b.link_chars) as f64;
    let prose = is_prose(&b.text);
    if prose && ld < 0.5 {
        (plain, b.link_chars as f64)
    } else if b.kind == BlockKind::Heading && ld < 0.5 {
        (0.0, b.link_chars as f64)
    } else {
        (0.0, b.link_chars as f64 + plain * 0.15)
    }
}

/// The page's main content.
#[derive(Debug, Default)]
pub struct Content {
    /// Kept blocks, in order.
    pub blocks: Vec<RawBlock>,
    /// Related links found in the container.
    pub related: Vec<String>,
    /// Good (prose) characters in the container.
    pub good: f64,
    /// Good characters on the whole page.
    pub page_good: f64,
    /// Headings that are links, in the container (a listing's teasers).
    pub link_headings: usize,
    /// The chosen container element.
    pub container: Option<NodeId>,
    /// Index of the raw block that opens the reader-comments zone.
    pub comments_from: usize,
}

fn element(doc: &Html, id: NodeId) -> Option<&scraper::node::Element> {
    doc.tree.get(id).and_then(|n| n.value().as_element())
}

/// Chooses the container and keeps its article blocks.
pub fn content(doc: &Html, raw: &[RawBlock]) -> Content {
    let mut hints: HashMap<NodeId, i8> = HashMap::new();
    let mut hint_of = |id: NodeId| -> i8 {
        *hints.entry(id).or_insert_with(|| match element(doc, id) {
            Some(el) if !matches!(el.name(), "html" | "body") => hint(el),
            _ => 0,
        })
    };
    // The reader-comments zone starts at a "Comments"-like header that
    // follows some prose; everything after it counts against a container.
    let mut seen_good = 0.0;
    let mut comments_from = raw.len();
    let h1_at = raw.iter().position(|b| b.h1 && b.chars > 3).unwrap_or(0);
    for (i, b) in raw.iter().enumerate().skip(h1_at) {
        if seen_good >= 150.0 && b.link_density() < 0.5 && is_comments_header(&b.text) {
            comments_from = i;
            break;
        }
        seen_good += weights(b).0;
    }
    // The lead: the first prose block after the first <h1>. The article
    // usually starts there, so containers holding it get a bonus.
    let mut lead_path: Vec<NodeId> = Vec::new();
    if let Some(h1) = raw.iter().position(|b| b.h1 && b.chars > 3) {
        if let Some(lead) = raw[h1 + 1..]
            .iter()
            .take(12)
            .find(|b| is_prose(&b.text) && b.link_density() < 0.4)
        {
            let mut node = doc.tree.get(lead.owner);
            while let Some(n) = node {
                if lead_path.len() > MAX_DEPTH {
                    break;
                }
                lead_path.push(n.id());
                node = n.parent();
            }
        }
    }
    // Pass 1: good text below each element, ignoring hints.
    let weighted: Vec<(f64, f64)> = raw
        .iter()
        .enumerate()
        .map(|(i, b)| {
            let (good, bad) = weights(b);
            if i >= comments_from {
                (0.0, bad + good)
            } else {
                (good, bad)
            }
        })
        .collect();
    let mut plain: HashMap<NodeId, f64> = HashMap::new();
    let mut page_good = 0.0;
    for (b, &(good, _)) in raw.iter().zip(&weighted) {
        page_good += good;
        if good == 0.0 {
            continue;
        }
        let mut node = doc.tree.get(b.owner);
        let mut level = 0;
        while let Some(n) = node {
            if level > MAX_DEPTH {
                break;
            }
            *plain.entry(n.id()).or_insert(0.0) += good;
            node = n.parent();
            level += 1;
        }
    }
    // A hint never overrules the text: an element holding half the page's
    // prose is not boilerplate, whatever its class says.
    let mut effective = |id: NodeId, total: f64| -> i8 {
        let h = hint_of(id);
        let share = if h == HINT_CROSS { 0.8 } else { 0.5 };
        if h < 0 && plain.get(&id).copied().unwrap_or(0.0) >= share * total {
            0
        } else {
            h
        }
    };
    // Pass 2: good and bad text, with boilerplate-hinted subtrees counting
    // against the elements above them.
    let mut acc: HashMap<NodeId, (f64, f64)> = HashMap::new();
    let mut full: HashMap<NodeId, f64> = HashMap::new();
    for (b, &(good, bad)) in raw.iter().zip(&weighted) {
        if good == 0.0 && bad == 0.0 {
            continue;
        }
        let mut crossed = false;
        let mut node = doc.tree.get(b.owner);
        let mut level = 0;
        while let Some(n) = node {
            if level > MAX_DEPTH {
                break;
            }
            let e = acc.entry(n.id()).or_insert((0.0, 0.0));
            // Prose counts most for the elements that hold it closely, so
            // that a page wrapper does not collect the article and the
            // teasers around it at the same price.
            let decay = if level <= 2 {
                1.0
            } else {
                DECAY.powi(level as i32 - 2)
            };
            if crossed {
                e.1 += good + bad;
            } else {
                e.0 += good * decay;
                *full.entry(n.id()).or_insert(0.0) += good;
                e.1 += bad;
            }
            if effective(n.id(), page_good) == HINT_CROSS {
                crossed = true;
            }
            node = n.parent();
            level += 1;
        }
    }
    let best = acc
        .iter()
        .filter(|(id, (g, _))| {
            *g > 0.0
                && element(doc, **id).is_some_and(|e| {
                    !matches!(
                        e.name(),
                        "p" | "h1"
                            | "h2"
                            | "h3"
                            | "h4"
                            | "h5"
                            | "h6"
                            | "li"
                            | "a"
                            | "span"
                            | "strong"
                            | "em"
                            | "b"
                            | "i"
                            | "pre"
                            | "tr"
                            | "dt"
                            | "dd"
                            | "font"
                            | "u"
                            | "small"
                    )
                })
        })
        .map(|(id, (g, b))| {
            let mut s = g - b;
            if s > 0.0 && lead_path.contains(id) {
                s *= 1.3;
            }
            match effective(*id, page_good) {
                HINT_CROSS => s *= 0.5,
                h if h < 0 => s *= 0.8,
                h if h > 0 => s += g * 0.05,
                _ => {}
            }
            (*id, s, *g)
        })
        .max_by(|a, b| a.1.total_cmp(&b.1).then_with(|| b.0.cmp(&a.0)));
    let Some((mut container, _, good)) = best else {
        return Content {
            page_good,
            ..Content::default()
        };
    };
    // An article split into sections (by figures, ads, pull quotes) is
    // joined again: move up while the parent adds much prose and little
    // boilerplate.
    for _ in 0..MAX_DEPTH {
        let Some(parent) = doc.tree.get(container).and_then(|n| n.parent()) else {
            break;
        };
        if element(doc, parent.id()).is_none() || effective(parent.id(), page_good) == HINT_CROSS {
            break;
        }
        let g0 = full.get(&container).copied().unwrap_or(0.0);
        let g1 = full.get(&parent.id()).copied().unwrap_or(0.0);
        let b0 = acc.get(&container).map_or(0.0, |e| e.1);
        let b1 = acc.get(&parent.id()).map_or(0.0, |e| e.1);
        let (extra_good, extra_bad) = (g1 - g0, b1 - b0);
        let grows = extra_good >= 0.15 * g0 && extra_good >= EXPAND_RATIO * extra_bad;
        if grows || (extra_good == 0.0 && extra_bad == 0.0) {
            container = parent.id();
        } else {
            break;
        }
    }

    // Keep the container's blocks.
    let container_good = plain.get(&container).copied().unwrap_or(0.0);
    let mut kept: Vec<RawBlock> = Vec::new();
    let mut related = Vec::new();
    let mut link_headings = 0;
    'blocks: for b in &raw[..comments_from] {
        // Inside the container, and not under a boilerplate-hinted element
        // that is itself inside the container.
        let mut node = doc.tree.get(b.owner);
        let mut inside = false;
        let mut below_neg = 0i8;
        let mut level = 0;
        while let Some(n) = node {
            if n.id() == container {
                inside = true;
                break;
            }
            if level > MAX_DEPTH {
                break;
            }
            below_neg = below_neg.min(effective(n.id(), container_good));
            node = n.parent();
            level += 1;
        }
        if !inside {
            continue;
        }
        let ld = b.link_density();
        if b.kind == BlockKind::Heading && ld > 0.8 {
            link_headings += 1;
        }
        match classify(&b.text) {
            Furniture::Drop => continue 'blocks,
            Furniture::Related => {
                related.push(crate::furniture::related_target(&b.text).to_string());
                continue 'blocks;
            }
            Furniture::None => {}
        }
        let prose = is_prose(&b.text);
        if below_neg <= HINT_DROP || (below_neg == HINT_WEAK && !prose) {
            continue;
        }
        if ld > 0.65 || (ld > 0.3 && !prose) {
            continue;
        }
        kept.push(b.clone());
    }
    // Trim short non-prose lines at the edges (bylines, dates, credits), and
    // headings with nothing after them.
    let keep_edge = |b: &RawBlock| is_prose(&b.text);
    // A short run (up to 3) of non-prose lines at either edge is furniture;
    // a longer one is content (a list of items, say).
    let lead = kept
        .iter()
        .take_while(|b| !keep_edge(b) && (b.kind != BlockKind::Heading || b.h1))
        .count();
    if lead <= 3 {
        kept.drain(..lead);
    }
    let tail = kept.iter().rev().take_while(|b| !keep_edge(b)).count();
    if tail <= 3 || tail == kept.len() {
        kept.truncate(kept.len() - tail);
    }
    Content {
        blocks: kept,
        related,
        good,
        page_good,
        link_headings,
        container: Some(container),
        comments_from,
    }
}

/// Elements that never hold others, or whose end tag the parser implies
/// (`<p>`, `<li>`…): a page may leave thousands open without nesting.
fn is_flat(name: &[u8]) -> bool {
    matches!(
        name,
        b"area"
            | b"base"
            | b"br"
            | b"col"
            | b"embed"
            | b"hr"
            | b"img"
            | b"input"
            | b"link"
            | b"meta"
            | b"param"
            | b"source"
            | b"track"
            | b"wbr"
            | b"p"
            | b"li"
            | b"dt"
            | b"dd"
            | b"td"
            | b"th"
            | b"tr"
            | b"option"
            | b"optgroup"
            | b"rb"
            | b"rt"
            | b"rp"
            | b"!doctype"
            | b"html"
            | b"head"
            | b"body"
            | b"tbody"
            | b"thead"
            | b"tfoot"
            | b"colgroup"
    )
}

/// The longest prefix of `html` whose markup nests at most `limit` levels
/// deep, by a cheap scan of start and end tags (script and style contents
/// skipped). The HTML parser's tree building is slow on pathological
/// nesting (formatting elements are re-opened at every level), so pages
/// are cut where their nesting stops being plausible: real pages stay
/// within a few hundred levels.
pub fn nesting_prefix(html: &str, limit: usize) -> &str {
    let b = html.as_bytes();
    let mut depth = 0usize;
    let mut i = 0;
    while let Some(off) = memchr_lt(&b[i..]) {
        let lt = i + off;
        i = lt + 1;
        let close = b.get(i) == Some(&b'/');
        let start = if close { i + 1 } else { i };
        let name_len = b[start..]
            .iter()
            .take(16)
            .take_while(|c| c.is_ascii_alphanumeric() || **c == b'!')
            .count();
        if name_len == 0 || !b[start].is_ascii_alphabetic() && b[start] != b'!' {
            continue;
        }
        let name: Vec<u8> = b[start..start + name_len]
            .iter()
            .map(u8::to_ascii_lowercase)
            .collect();
        if name.starts_with(b"!") && name != b"!doctype" {
            continue;
        }
        if !close && (name == b"script" || name == b"style") {
            // Skip to the end tag.
            let end_tag: &[u8] = if name == b"script" {
                b"</script"
            } else {
                b"</style"
            };
            match b[i..]
                .windows(end_tag.len())
                .position(|w| w.eq_ignore_ascii_case(end_tag))
            {
                Some(p) => i += p + end_tag.len(),
                None => return html,
            }
            continue;
        }
        if is_flat(&name) {
            continue;
        }
        let gt = b[start..]
            .iter()
            .position(|&c| c == b'>')
            .map(|p| start + p);
        let self_closing = gt.is_some_and(|g| g > 0 && b[g - 1] == b'/');
        if close {
            depth = depth.saturating_sub(1);
        } else if !self_closing {
            depth += 1;
            if depth > limit {
                let mut cut = lt;
                while !html.is_char_boundary(cut) {
                    cut -= 1;
                }
                return &html[..cut];
            }
        }
    }
    html
}

fn memchr_lt(b: &[u8]) -> Option<usize> {
    b.iter().position(|&c| c == b'<')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hint_of(html: &str) -> i8 {
        let doc = scraper::Html::parse_fragment(html);
        let sel = scraper::Selector::parse("div").expect("selector");
        let el = doc.select(&sel).next().expect("a div");
        hint(el.value())
    }

    #[test]
    fn numbered_class_names_name_items_not_page_parts() {
        assert_eq!(hint_of(r#"<div class="oddrow player-2020-580">x</div>"#), 0);
        assert_eq!(hint_of(r#"<div class="video-player">x</div>"#), HINT_DROP);
        assert_eq!(hint_of(r#"<div class="ad-300x250">x</div>"#), HINT_CROSS);
        assert_eq!(hint_of(r#"<div class="comment-4411">x</div>"#), HINT_CROSS);
    }

    #[test]
    fn nesting_prefix_cuts_only_pathological_nesting() {
        let page = "<html><body><div><p>a<p>b<br><img src=x><b>c</b></div></body></html>";
        assert_eq!(nesting_prefix(page, 3), page);
        let deep = format!("<body>{}x", "<span>".repeat(50));
        assert_eq!(nesting_prefix(&deep, 10), &deep[..6 + 6 * 10]);
        let script = format!("<script>{}</script><div>ok</div>", "<div>".repeat(50));
        assert_eq!(nesting_prefix(&script, 10), script);
        assert_eq!(nesting_prefix("<", 1), "<");
        assert_eq!(nesting_prefix("<é<", 1), "<é<");
    }
}
