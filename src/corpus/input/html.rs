//! Web pages read as articles, readability-style: the page's metadata (`og:` and `article:`
//! tags, JSON-LD `NewsArticle`, `<link rel="canonical">`, `<time>`) gives the headline,
//! byline, date, outlet and address; the main content (an `articleBody`, an `<article>`, a
//! `<main>`, else the element holding the most paragraph text) gives the paragraphs, with
//! navigation, page header and footer, asides, scripts, styles, forms and ads dropped.
//!
//! The page is parsed by html5ever (through `scraper`), as a browser would, so broken markup
//! reads as a browser shows it. Every walk over the tree is iterative: no nesting depth can
//! overflow the stack.

use std::collections::HashMap;

use ego_tree::NodeId;
use ego_tree::iter::Edge;
use scraper::{ElementRef, Html, Node};

use crate::corpus::ingest::{self, Stated};
use crate::corpus::model::{Article, ParagraphKind};

/// Reads a whole web page into an article.
pub fn read_page(html: &str, file_name: &str, source: &str) -> Article {
    let document = Html::parse_document(&defused(html));
    let meta = Meta::of(&document);
    let paragraphs = main_content(&document).into_iter().flat_map(blocks).collect();
    ingest::from_paragraphs(paragraphs, meta.stated(), file_name, source)
}

/// The paragraphs of an HTML fragment (a feed entry's content), furniture dropped.
pub fn paragraphs_of(fragment: &str) -> Vec<(ParagraphKind, String)> {
    let document = Html::parse_fragment(&defused(fragment));
    blocks(document.root_element())
}

/// The text an HTML fragment shows (a feed entry's title), on one line.
pub fn plain_text(fragment: &str) -> String {
    let document = Html::parse_fragment(&defused(fragment));
    collapse(&document.root_element().text().collect::<String>())
}

/// Elements left open deeper than this are not nested further: their tags are dropped before
/// parsing (their text stays). A parser checks the open elements at each tag, so thousands
/// left open make parsing quadratic (100,000 nested `<div>`s took 73 s); real pages nest a few
/// dozen deep.
const MAX_NESTING: usize = 128;

/// Elements that never hold others (void), or that the next of their kind closes, or whose
/// end tag is optional: they add no depth a parser has to search.
const FLAT_TAGS: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track",
    "wbr", "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "rb",
    "rt", "rp", "colgroup", "caption",
];

/// Elements whose content is text, not tags, up to their end tag.
const RAW_TEXT_TAGS: &[&str] = &[
    "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript",
];

/// One tag of a page: its byte range, lowercase name, and whether it closes or closes itself.
struct Tag {
    /// Where it stands, `<` to `>`.
    range: std::ops::Range<usize>,
    /// Its name, lowercase.
    name: String,
    /// `</name>`.
    closing: bool,
    /// `<name … />`.
    self_closing: bool,
}

/// The tags of `html` in order, the content of raw-text elements (scripts, styles) skipped.
fn tags(html: &str) -> impl Iterator<Item = Tag> + '_ {
    let bytes = html.as_bytes();
    let mut at = 0;
    let mut raw: Option<String> = None;
    std::iter::from_fn(move || {
        loop {
            let start = at + memchr::memchr(b'<', bytes.get(at..)?)?;
            let closing = bytes.get(start + 1) == Some(&b'/');
            let name_start = (start + 1 + usize::from(closing)).min(bytes.len());
            let name_len = bytes[name_start..]
                .iter()
                .take_while(|b| b.is_ascii_alphanumeric())
                .count();
            at = start + 1;
            if name_len == 0 || !bytes[name_start].is_ascii_alphabetic() {
                continue;
            }
            let name = html[name_start..name_start + name_len].to_ascii_lowercase();
            if raw.as_ref().is_some_and(|r| !closing || *r != name) {
                continue;
            }
            let end = memchr::memchr(b'>', &bytes[name_start..]).map_or(bytes.len(), |i| name_start + i + 1);
            at = end;
            let self_closing = bytes[..end].ends_with(b"/>");
            raw = if closing {
                None
            } else {
                RAW_TEXT_TAGS.contains(&name.as_str()).then(|| name.clone())
            };
            return Some(Tag {
                range: start..end,
                name,
                closing,
                self_closing,
            });
        }
    })
}

/// `html` as given, or, when elements are left open deeper than [`MAX_NESTING`], without the
/// tags of those deeper elements (open and close).
fn defused(html: &str) -> std::borrow::Cow<'_, str> {
    let nests = |tag: &Tag| !tag.self_closing && !FLAT_TAGS.contains(&tag.name.as_str());
    let mut open: Vec<String> = Vec::new();
    let mut deep = false;
    for tag in tags(html).filter(nests) {
        if tag.closing {
            if let Some(at) = open.iter().rposition(|n| *n == tag.name) {
                open.truncate(at);
            }
        } else if open.len() >= MAX_NESTING {
            deep = true;
            break;
        } else {
            open.push(tag.name);
        }
    }
    if !deep {
        return std::borrow::Cow::Borrowed(html);
    }
    let (mut out, mut kept) = (String::with_capacity(html.len()), 0);
    let mut dropped: HashMap<String, usize> = HashMap::new();
    open.clear();
    for tag in tags(html).filter(nests) {
        let drop = if tag.closing {
            match dropped.get_mut(&tag.name).filter(|n| **n > 0) {
                Some(n) => {
                    *n -= 1;
                    true
                }
                None => {
                    if let Some(at) = open.iter().rposition(|n| *n == tag.name) {
                        open.truncate(at);
                    }
                    false
                }
            }
        } else if open.len() >= MAX_NESTING {
            *dropped.entry(tag.name).or_default() += 1;
            true
        } else {
            open.push(tag.name);
            false
        };
        if drop {
            out.push_str(&html[kept..tag.range.start]);
            kept = tag.range.end;
        }
    }
    out.push_str(&html[kept..]);
    std::borrow::Cow::Owned(out)
}

/// Elements whose whole subtree is never article text.
const DROPPED_TAGS: &[&str] = &[
    "head", "title", "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form",
    "iframe", "svg", "math", "button", "select", "textarea", "input", "object", "embed", "canvas", "dialog",
    "menu", "video", "audio", "img", "picture", "h1",
];

/// ARIA roles of page furniture.
const DROPPED_ROLES: &[&str] = &[
    "navigation",
    "banner",
    "contentinfo",
    "complementary",
    "search",
    "dialog",
    "alert",
    "menu",
    "menubar",
    "toolbar",
];

/// Words of a class or id (split at `-`, `_` and spaces) that mark furniture and ads.
const FURNITURE_WORDS: &[&str] = &[
    "ad",
    "ads",
    "advert",
    "adverts",
    "advertisement",
    "advertising",
    "sponsor",
    "sponsored",
    "promo",
    "promotion",
    "share",
    "sharing",
    "social",
    "related",
    "recommended",
    "newsletter",
    "subscribe",
    "subscription",
    "comment",
    "comments",
    "cookie",
    "cookies",
    "consent",
    "banner",
    "sidebar",
    "breadcrumb",
    "breadcrumbs",
    "popup",
    "modal",
    "outbrain",
    "taboola",
    "masthead",
    "navbar",
    "menu",
];

/// Words of a class or id that mark the content itself: an element carrying one is kept even
/// if a furniture word stands beside it ("article-body has-sidebar").
const CONTENT_WORDS: &[&str] = &[
    "article", "body", "content", "main", "story", "text", "post", "entry",
];

/// Elements that do not break a line: their text runs on with their neighbours'.
const INLINE_TAGS: &[&str] = &[
    "a", "abbr", "b", "bdi", "bdo", "big", "cite", "code", "data", "dfn", "em", "font", "i", "kbd", "mark",
    "q", "s", "samp", "small", "span", "strike", "strong", "sub", "sup", "time", "tt", "u", "var", "del",
    "ins", "wbr", "nobr", "acronym", "label", "br",
];

/// True when `element` and everything in it is page furniture.
fn is_dropped(element: &scraper::node::Element) -> bool {
    let name = element.name();
    if DROPPED_TAGS.contains(&name) {
        return true;
    }
    if element.attr("hidden").is_some()
        || element
            .attr("aria-hidden")
            .is_some_and(|v| v.eq_ignore_ascii_case("true"))
        || element
            .attr("role")
            .is_some_and(|r| DROPPED_ROLES.iter().any(|d| r.eq_ignore_ascii_case(d)))
    {
        return true;
    }
    if matches!(name, "html" | "body" | "article" | "main") {
        return false;
    }
    let words: Vec<String> = element
        .attr("class")
        .into_iter()
        .chain(element.id())
        .flat_map(|v| v.split(|c: char| c == '-' || c == '_' || c.is_whitespace()))
        .filter(|w| !w.is_empty())
        .map(str::to_ascii_lowercase)
        .collect();
    words.iter().any(|w| FURNITURE_WORDS.contains(&w.as_str()))
        && !words.iter().any(|w| CONTENT_WORDS.contains(&w.as_str()))
}

/// What a block's text is, by the element it is in.
#[derive(Clone, Copy, PartialEq, Eq)]
enum BlockKind {
    /// A cross-head (`h2`–`h6`).
    Heading,
    /// A figure caption.
    Caption,
    /// A list item, kept with a bullet.
    Item,
}

/// The kind an element gives the text inside it, if any.
fn block_kind(name: &str) -> Option<BlockKind> {
    match name {
        "h2" | "h3" | "h4" | "h5" | "h6" => Some(BlockKind::Heading),
        "figcaption" => Some(BlockKind::Caption),
        "li" => Some(BlockKind::Item),
        _ => None,
    }
}

/// Text gathered since the last block boundary.
#[derive(Default)]
struct Run {
    /// The text, whitespace as spaces and `<br>` as `\n`.
    text: String,
    /// How much of it is link text, in chars.
    link_chars: usize,
}

/// The paragraphs under `root` in reading order: each block element's text (a `<br><br>`
/// splits one), cross-heads and captions marked, furniture and link lists dropped.
fn blocks(root: ElementRef) -> Vec<(ParagraphKind, String)> {
    let mut out = Vec::new();
    let mut run = Run::default();
    let mut skip: Option<NodeId> = None;
    let mut kinds: Vec<(NodeId, BlockKind)> = Vec::new();
    let mut links = 0usize;
    for edge in root.traverse() {
        match edge {
            Edge::Open(node) => match node.value() {
                _ if skip.is_some() => {}
                Node::Text(text) => {
                    let before = run.text.len();
                    run.text
                        .extend(text.chars().map(|c| if c.is_whitespace() { ' ' } else { c }));
                    if links > 0 {
                        run.link_chars += run.text[before..].chars().count();
                    }
                }
                Node::Element(element) if is_dropped(element) => skip = Some(node.id()),
                Node::Element(element) => match element.name() {
                    "br" => run.text.push('\n'),
                    "a" => links += 1,
                    name if INLINE_TAGS.contains(&name) => {}
                    name => {
                        flush(&mut run, kinds.last().map(|k| k.1), &mut out);
                        if let Some(kind) = block_kind(name) {
                            kinds.push((node.id(), kind));
                        }
                    }
                },
                _ => {}
            },
            Edge::Close(node) => {
                if skip == Some(node.id()) {
                    skip = None;
                    continue;
                }
                let Some(element) = node.value().as_element() else {
                    continue;
                };
                if skip.is_some() {
                    continue;
                }
                match element.name() {
                    "a" => links = links.saturating_sub(1),
                    name if INLINE_TAGS.contains(&name) => {}
                    _ => {
                        flush(&mut run, kinds.last().map(|k| k.1), &mut out);
                        if kinds.last().is_some_and(|k| k.0 == node.id()) {
                            kinds.pop();
                        }
                    }
                }
            }
        }
    }
    flush(&mut run, kinds.last().map(|k| k.1), &mut out);
    out
}

/// Ends the current run: its text, split at blank `<br>` lines, becomes paragraphs of `kind`
/// (body text when none), unless most of it is link text (a list of links is navigation).
fn flush(run: &mut Run, kind: Option<BlockKind>, out: &mut Vec<(ParagraphKind, String)>) {
    let Run { text, link_chars } = std::mem::take(run);
    let total = text.chars().filter(|c| !c.is_whitespace()).count();
    if total == 0 || link_chars * 2 > total {
        return;
    }
    let kind_of = match kind {
        Some(BlockKind::Heading) => ParagraphKind::Heading,
        Some(BlockKind::Caption) => ParagraphKind::Caption,
        Some(BlockKind::Item) | None => ParagraphKind::Body,
    };
    let mut paragraph = String::new();
    for line in text.split('\n').chain(std::iter::once("")) {
        if line.trim().is_empty() {
            let joined = collapse(&paragraph);
            if !joined.is_empty() {
                let joined = if kind == Some(BlockKind::Item) {
                    format!("• {joined}")
                } else {
                    joined
                };
                out.push((kind_of, joined));
            }
            paragraph.clear();
        } else {
            paragraph.push(' ');
            paragraph.push_str(line);
        }
    }
}

/// `text` with every run of whitespace one space, trimmed.
fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Elements that name the main content by what they are.
fn is_content_element(element: &scraper::node::Element) -> bool {
    matches!(element.name(), "article" | "main")
        || element
            .attr("role")
            .is_some_and(|r| r.eq_ignore_ascii_case("main"))
        || element
            .attr("itemprop")
            .is_some_and(|p| p.eq_ignore_ascii_case("articleBody"))
}

/// Paragraphs shorter than this (in chars) do not count towards choosing the main content.
const MIN_SCORED_PARAGRAPH: usize = 25;

/// A paragraph standing beside the chosen element this long (in chars) is part of the story
/// too (broken markup often leaves the last paragraphs outside their container).
const SIBLING_PARAGRAPH: usize = 80;

/// The elements holding the article, in order: the content element (`articleBody`,
/// `<article>`, `<main>`) with the most paragraph text, unless an element outside any such
/// holds more than twice as much; else the element whose own paragraphs hold the most text,
/// with the siblings that hold half as much or are long paragraphs; else the whole page.
fn main_content(document: &Html) -> Vec<ElementRef<'_>> {
    let root = document.root_element();
    let mut parent_score: HashMap<NodeId, usize> = HashMap::new();
    let mut content_score: HashMap<NodeId, usize> = HashMap::new();
    let mut open: Vec<NodeId> = Vec::new();
    let mut content: Vec<NodeId> = Vec::new();
    let mut skip: Option<NodeId> = None;
    let mut paragraph: Option<(NodeId, usize)> = None;
    for edge in root.traverse() {
        match edge {
            Edge::Open(node) => match node.value() {
                _ if skip.is_some() => {}
                Node::Text(text) => {
                    if let Some((_, len)) = &mut paragraph {
                        *len += text.trim().chars().count();
                    }
                }
                Node::Element(element) if is_dropped(element) => skip = Some(node.id()),
                Node::Element(element) => {
                    open.push(node.id());
                    if is_content_element(element) {
                        content.push(node.id());
                    }
                    if element.name() == "p" && paragraph.is_none() {
                        paragraph = Some((node.id(), 0));
                    }
                }
                _ => {}
            },
            Edge::Close(node) => {
                if skip == Some(node.id()) {
                    skip = None;
                    continue;
                }
                if skip.is_some() || !node.value().is_element() {
                    continue;
                }
                if let Some((id, len)) = paragraph
                    && id == node.id()
                {
                    paragraph = None;
                    if len >= MIN_SCORED_PARAGRAPH {
                        let n = open.len();
                        if n >= 2 {
                            *parent_score.entry(open[n - 2]).or_default() += len;
                        }
                        if n >= 3 {
                            *parent_score.entry(open[n - 3]).or_default() += len / 2;
                        }
                        // The innermost few content elements: nesting them deeply must not
                        // make this quadratic.
                        for &c in content.iter().rev().take(4) {
                            *content_score.entry(c).or_default() += len;
                        }
                    }
                }
                if content.last() == Some(&node.id()) {
                    content.pop();
                }
                if open.last() == Some(&node.id()) {
                    open.pop();
                }
            }
        }
    }
    let best = |scores: &HashMap<NodeId, usize>| {
        scores
            .iter()
            .filter(|(_, s)| **s > 0)
            .max_by_key(|(id, s)| (**s, std::cmp::Reverse(**id)))
            .map(|(id, s)| (*id, *s))
    };
    let element = |id| document.tree.get(id).and_then(ElementRef::wrap);
    match (best(&content_score), best(&parent_score)) {
        (Some((c, cs)), Some((_, ps))) if cs * 2 >= ps => element(c).into_iter().collect(),
        (Some((c, _)), None) => element(c).into_iter().collect(),
        (_, Some((p, ps))) => {
            let Some(chosen) = element(p) else {
                return vec![root];
            };
            let Some(parent) = chosen.parent() else {
                return vec![chosen];
            };
            parent
                .children()
                .filter_map(ElementRef::wrap)
                .filter(|sibling| {
                    sibling.id() == p
                        || parent_score.get(&sibling.id()).is_some_and(|s| s * 2 >= ps)
                        || (sibling.value().name() == "p"
                            && text_of(*sibling).chars().count() >= SIBLING_PARAGRAPH)
                })
                .collect()
        }
        (None, None) => vec![root],
    }
}

/// What a page's markup says about the article.
#[derive(Default)]
struct Meta {
    /// `og:title`, `twitter:title`.
    og_title: Option<String>,
    /// The JSON-LD article's `headline`.
    ld_headline: Option<String>,
    /// The first `<h1>`.
    h1: Option<String>,
    /// The `<title>`.
    title: Option<String>,
    /// `og:site_name`.
    site_name: Option<String>,
    /// The JSON-LD article's `publisher.name`.
    ld_publisher: Option<String>,
    /// `<meta name="author">`.
    author: Option<String>,
    /// The JSON-LD article's authors' names.
    ld_author: Option<String>,
    /// The text of a `rel="author"` link.
    rel_author: Option<String>,
    /// `article:published_time` and the like.
    published: Option<String>,
    /// The JSON-LD article's `datePublished`.
    ld_date: Option<String>,
    /// The first `<time>`'s `datetime` (or text).
    time: Option<String>,
    /// `<link rel="canonical">`.
    canonical: Option<String>,
    /// `og:url`.
    og_url: Option<String>,
    /// The JSON-LD article's `url`.
    ld_url: Option<String>,
}

/// Keeps the first non-empty value met.
fn first(slot: &mut Option<String>, value: Option<&str>) {
    if slot.is_none() {
        *slot = value.map(collapse).filter(|v| !v.is_empty());
    }
}

impl Meta {
    /// Reads every `<meta>`, `<link>`, `<title>`, `<h1>`, `<time>`, `rel="author"` and JSON-LD
    /// script of the page.
    fn of(document: &Html) -> Self {
        let mut meta = Meta::default();
        for element in document.root_element().descendent_elements() {
            let e = element.value();
            match e.name() {
                "meta" => {
                    let key = e
                        .attr("property")
                        .or(e.attr("name"))
                        .or(e.attr("itemprop"))
                        .unwrap_or("")
                        .to_ascii_lowercase();
                    let content = e.attr("content");
                    match key.as_str() {
                        "og:title" | "twitter:title" => first(&mut meta.og_title, content),
                        "og:site_name" => first(&mut meta.site_name, content),
                        "og:url" => first(&mut meta.og_url, content),
                        "author" | "byl" | "dc.creator" | "sailthru.author" => {
                            first(&mut meta.author, content.filter(|c| !is_address(c)))
                        }
                        "article:author" => first(&mut meta.author, content.filter(|c| !is_address(c))),
                        "article:published_time"
                        | "datepublished"
                        | "date"
                        | "pubdate"
                        | "publishdate"
                        | "dc.date"
                        | "dc.date.issued"
                        | "parsely-pub-date" => first(&mut meta.published, content),
                        _ => {}
                    }
                }
                "link" => {
                    let rel = e.attr("rel").unwrap_or("");
                    if rel
                        .split_whitespace()
                        .any(|r| r.eq_ignore_ascii_case("canonical"))
                    {
                        first(&mut meta.canonical, e.attr("href"));
                    }
                }
                "title" => first(&mut meta.title, Some(&text_of(element))),
                "h1" => first(&mut meta.h1, Some(&text_of(element))),
                "time" => {
                    let text = text_of(element);
                    first(&mut meta.time, e.attr("datetime").or(Some(&text)));
                }
                "a" if e
                    .attr("rel")
                    .is_some_and(|r| r.split_whitespace().any(|r| r.eq_ignore_ascii_case("author"))) =>
                {
                    first(&mut meta.rel_author, Some(&text_of(element)));
                }
                "script"
                    if e.attr("type")
                        .is_some_and(|t| t.trim().eq_ignore_ascii_case("application/ld+json")) =>
                {
                    if let Ok(value) = serde_json::from_str::<serde_json::Value>(&text_of_raw(element)) {
                        meta.read_json_ld(&value);
                    }
                }
                _ => {}
            }
        }
        meta
    }

    /// Takes the headline, authors, date, publisher and address of the first article object in
    /// a JSON-LD block (at its top, in an array or in an `@graph`).
    fn read_json_ld(&mut self, value: &serde_json::Value) {
        let Some(article) = json_ld_article(value) else {
            return;
        };
        let text = |key: &str| article.get(key).and_then(|v| v.as_str());
        first(&mut self.ld_headline, text("headline").or(text("name")));
        first(&mut self.ld_date, text("datePublished").or(text("dateCreated")));
        first(&mut self.ld_url, text("url"));
        if let Some(page) = article.get("mainEntityOfPage") {
            first(
                &mut self.ld_url,
                page.as_str().or_else(|| page.get("@id").and_then(|v| v.as_str())),
            );
        }
        first(&mut self.ld_publisher, article.get("publisher").and_then(name_of));
        if let Some(authors) = article.get("author") {
            let names: Vec<&str> = match authors {
                serde_json::Value::Array(list) => list.iter().filter_map(name_of).collect(),
                one => name_of(one).into_iter().collect(),
            };
            first(&mut self.ld_author, Some(&names.join(" and ")));
        }
    }

    /// The values as stated about the article: the headline, byline, date, outlet and address,
    /// each from the most trusted source the page has.
    fn stated(self) -> Stated {
        let outlet = self.site_name.or(self.ld_publisher);
        let title = self
            .ld_headline
            .or(self.og_title)
            .or(self.h1)
            .or(self.title)
            .map(|t| strip_site_suffix(&t, outlet.as_deref()));
        Stated {
            title,
            outlet,
            date: self.published.or(self.ld_date).or(self.time),
            url: self.canonical.or(self.og_url).or(self.ld_url),
            author: self.ld_author.or(self.author).or(self.rel_author),
        }
    }
}

/// The first object of type `…Article` (or a `BlogPosting`) in a JSON-LD value.
fn json_ld_article(value: &serde_json::Value) -> Option<&serde_json::Map<String, serde_json::Value>> {
    let is_article = |t: &serde_json::Value| match t {
        serde_json::Value::String(s) => s.ends_with("Article") || s.ends_with("Posting"),
        serde_json::Value::Array(list) => list
            .iter()
            .filter_map(|t| t.as_str())
            .any(|s| s.ends_with("Article") || s.ends_with("Posting")),
        _ => false,
    };
    match value {
        serde_json::Value::Object(object) => {
            if object.get("@type").is_some_and(is_article) {
                Some(object)
            } else {
                object.get("@graph").and_then(json_ld_article)
            }
        }
        serde_json::Value::Array(list) => list.iter().find_map(json_ld_article),
        _ => None,
    }
}

/// A JSON-LD person's or organization's name: a string, or an object's `name`.
fn name_of(value: &serde_json::Value) -> Option<&str> {
    value
        .as_str()
        .or_else(|| value.get("name").and_then(|n| n.as_str()))
        .filter(|n| !is_address(n))
}

/// True for a web address given where a name was expected (`article:author` often is one).
fn is_address(value: &str) -> bool {
    let value = value.trim_start();
    value.starts_with("http://") || value.starts_with("https://")
}

/// The text of an element on one line.
fn text_of(element: ElementRef) -> String {
    collapse(&text_of_raw(element))
}

/// The text of an element as written.
fn text_of_raw(element: ElementRef) -> String {
    element.text().collect()
}

/// `title` without a trailing " | Outlet", " - Outlet" or " — Outlet" naming the site.
fn strip_site_suffix(title: &str, outlet: Option<&str>) -> String {
    let Some(outlet) = outlet.filter(|o| !o.is_empty()) else {
        return title.to_string();
    };
    for separator in [" | ", " - ", " — ", " – ", " · "] {
        if let Some((head, tail)) = title.rsplit_once(separator)
            && tail.trim().eq_ignore_ascii_case(outlet.trim())
            && !head.trim().is_empty()
        {
            return head.trim().to_string();
        }
    }
    title.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::model::ParagraphKind::{Body, Caption, Heading};

    fn page(html: &str) -> Article {
        read_page(html, "page.html", "page.html")
    }

    fn texts(article: &Article) -> Vec<(ParagraphKind, &str)> {
        article.paragraphs.iter().map(|p| (p.kind, &*p.text)).collect()
    }

    #[test]
    fn metadata_gives_headline_byline_date_outlet_and_address() {
        let a = page(
            r#"<html><head><title>Harbour reopens | The Gull</title>
            <meta property="og:site_name" content="The Gull">
            <meta property="article:published_time" content="2025-12-03T08:15:00Z">
            <meta name="author" content="Mara Voss">
            <link rel="canonical" href="https://gull.example/harbour">
            </head><body><article><p>The harbour reopened on Monday after a long winter.</p></article></body></html>"#,
        );
        assert_eq!(a.title.value, "Harbour reopens");
        assert!(!a.title.inferred);
        assert_eq!(a.outlet_name(), "The Gull");
        assert_eq!(a.byline.as_deref(), Some("By Mara Voss"));
        let date = a.date.as_ref().unwrap();
        assert_eq!(date.date, chrono::NaiveDate::from_ymd_opt(2025, 12, 3));
        assert_eq!(a.url.as_deref(), Some("https://gull.example/harbour"));
    }

    #[test]
    fn json_ld_news_article_is_read_from_a_graph() {
        let a = page(
            r#"<script type="application/ld+json">{"@graph": [{"@type": "WebSite"},
            {"@type": ["NewsArticle"], "headline": "Ferry strike ends", "datePublished": "2025-11-30",
             "author": [{"name": "Ann Li"}, {"name": "Bo Ek"}], "publisher": {"name": "Coast Post"},
             "mainEntityOfPage": {"@id": "https://coast.example/ferry"}}]}</script>
             <p>Ferry crews went back to work on Sunday, the union said in a statement.</p>"#,
        );
        assert_eq!(a.title.value, "Ferry strike ends");
        assert_eq!(a.outlet_name(), "Coast Post");
        assert_eq!(a.byline.as_deref(), Some("By Ann Li and Bo Ek"));
        assert_eq!(a.date.as_ref().unwrap().original, "2025-11-30");
        assert_eq!(a.url.as_deref(), Some("https://coast.example/ferry"));
    }

    #[test]
    fn furniture_is_dropped_and_headings_and_captions_kept() {
        let a = page(
            r#"<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
            <header><p>Site header text that is not the story at all.</p></header>
            <article><h1>Harbour reopens</h1>
            <p>The harbour reopened on Monday, officials said.</p>
            <div class="ad-slot"><p>Buy one boat, get a second boat free today.</p></div>
            <figure><img src="x.jpg"><figcaption>Boats at the quay on Monday.</figcaption></figure>
            <h2>What comes next</h2>
            <p>Work on the <a href="/pier">north pier</a> starts in spring.<br><br>Then the south.</p>
            <script>var tracking = "not text";</script><style>p { color: red }</style>
            <form><p>Sign up for our newsletter to get more news.</p></form>
            <ul class="links"><li><a href="/a">Another story</a></li></ul>
            </article><aside><p>Most read stories of the week in one list.</p></aside>
            <footer><p>Copyright footer words go here always.</p></footer></body>"#,
        );
        assert_eq!(
            texts(&a),
            [
                (Body, "The harbour reopened on Monday, officials said."),
                (Caption, "Boats at the quay on Monday."),
                (Heading, "What comes next"),
                (Body, "Work on the north pier starts in spring."),
                (Body, "Then the south."),
            ]
        );
        assert_eq!(a.title.value, "Harbour reopens");
    }

    #[test]
    fn without_markers_the_element_with_most_paragraph_text_is_the_content() {
        let a = page(
            r#"<body><div id="top"><p>A short teaser line for another piece here.</p></div>
            <div id="x"><p>First paragraph of the real story, long enough to count.</p>
            <p>Second paragraph of the real story, also long enough to count.</p></div></body>"#,
        );
        assert_eq!(a.paragraphs.len(), 2);
        assert!(a.paragraphs[0].text.starts_with("First paragraph"));
    }

    #[test]
    fn deep_nesting_and_broken_markup_read_without_overflowing() {
        let deep = format!("{}<p>Deep text in the story here.</p>", "<div>".repeat(100_000));
        let a = page(&deep);
        assert_eq!(texts(&a), [(Body, "Deep text in the story here.")]);
        let broken = page("<p>Unclosed <b>bold <i>text</p><p>Next one</div></span>");
        assert_eq!(broken.paragraphs.len(), 2);
    }

    #[test]
    fn elements_nested_past_the_limit_lose_their_tags_not_their_text() {
        let deep = format!(
            "<p>{}Deep words.{}</p><script>\"<div>\"</script><p>After.</p>",
            "<div><br/>".repeat(50_000),
            "</div>".repeat(50_000)
        );
        let kept = defused(&deep);
        assert_eq!(kept.matches("<div><br/>").count(), MAX_NESTING);
        assert_eq!(kept.matches("</div>").count(), MAX_NESTING);
        assert_eq!(texts(&page(&deep)), [(Body, "Deep words."), (Body, "After.")]);
        let fine = "<div><p>One<p>Two<ul><li>a<li>b</ul><svg><path/></svg></div> < 3";
        assert_eq!(defused(fine), fine, "ordinary markup is left alone");
        let paragraphs = format!("<div>{}</div>", "<p>Unclosed paragraph. ".repeat(1000));
        assert_eq!(defused(&paragraphs), paragraphs, "a <p> closes the one before");
    }

    #[test]
    fn fragments_keep_paragraphs_and_plain_text_flattens() {
        assert_eq!(
            paragraphs_of("<p>One.</p><p>Two &amp; three.</p>"),
            [(Body, "One.".to_string()), (Body, "Two & three.".to_string())]
        );
        assert_eq!(plain_text("A <em>big</em>\n day"), "A big day");
    }
}
