//! Every kind of input a story can be read from, recognised by its content with the file's
//! extension as a hint: plain text and Markdown (`ingest`), web pages (`html`), RSS and Atom
//! feeds (`feed`), and JSON or JSON Lines of article records (`json`). One input can hold many
//! articles (a feed, an array, JSON Lines): each comes back on its own, and one that cannot be
//! read names its place and the reason without stopping the rest.

pub mod feed;
pub mod html;
pub mod json;

use super::ingest;
use super::model::Article;

/// The kinds of input parallax reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Plain text or Markdown, read by [`ingest::parse`].
    Text,
    /// A web page.
    Html,
    /// An RSS or Atom feed.
    Feed,
    /// One JSON document: an article record or an array of them.
    Json,
    /// JSON Lines: one article record a line.
    JsonLines,
}

/// File extensions read when a folder is opened, and the format each suggests.
pub const EXTENSIONS: &[(&str, Format)] = &[
    ("txt", Format::Text),
    ("md", Format::Text),
    ("html", Format::Html),
    ("htm", Format::Html),
    ("xml", Format::Feed),
    ("rss", Format::Feed),
    ("atom", Format::Feed),
    ("json", Format::Json),
    ("jsonl", Format::JsonLines),
];

/// The format an extension suggests, if it is one parallax reads.
pub fn format_of_extension(extension: &str) -> Option<Format> {
    EXTENSIONS
        .iter()
        .find(|(e, _)| e.eq_ignore_ascii_case(extension))
        .map(|(_, format)| *format)
}

/// How many bytes of the start are looked at to recognise markup.
const SNIFF: usize = 2048;

/// The format of `text`, by its content; `hint` is the format its extension suggests. Markup
/// is a feed when its root is `<rss>`, `<feed>` or `<rdf:RDF>`, else a page (in a `.txt` or
/// `.md` file only a whole page, `<html>` or a doctype). Text opening with `{` or `[` is JSON
/// when it parses as one document, JSON Lines when its first line is an object (whatever the
/// extension: a `[December 3, 2025]` dateline stays text). Anything else is read as the
/// extension says, else as plain text.
pub fn detect(text: &str, hint: Option<Format>) -> Format {
    let start = text.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{feff}');
    let mut end = start.len().min(SNIFF);
    while !start.is_char_boundary(end) {
        end -= 1;
    }
    let head = start[..end].to_ascii_lowercase();
    if head.starts_with('<') {
        let root = head
            .split('<')
            .skip(1)
            .find(|tag| !tag.starts_with('?') && !tag.starts_with('!'))
            .unwrap_or("");
        if ["rss", "feed", "rdf:rdf"].iter().any(|r| {
            root.starts_with(r) && root[r.len()..].starts_with(|c: char| c.is_whitespace() || c == '>')
        }) {
            return Format::Feed;
        }
        let page = head.starts_with("<!doctype html") || root.starts_with("html");
        if page || !matches!(hint, Some(Format::Text)) {
            return Format::Html;
        }
    }
    if start.starts_with(['{', '[']) {
        if json::is_document(start) {
            return Format::Json;
        }
        let first_line = start.lines().next().unwrap_or("");
        if first_line.starts_with('{')
            && serde_json::from_str::<serde_json::Map<String, serde_json::Value>>(first_line).is_ok()
        {
            return Format::JsonLines;
        }
    }
    hint.unwrap_or(Format::Text)
}

/// The articles `text` holds, read as its format; `hint` is the format its extension
/// suggests. Each article, or why one could not be read (its line or place, and the reason).
pub fn read(text: &str, hint: Option<Format>, file_name: &str, source: &str) -> Vec<Result<Article, String>> {
    match detect(text, hint) {
        Format::Text => vec![Ok(ingest::parse(text, file_name, source))],
        Format::Html => vec![Ok(html::read_page(text, file_name, source))],
        Format::Feed => match feed::read(text, file_name, source) {
            Ok(articles) if articles.is_empty() => vec![Err("feed has no entries".to_string())],
            Ok(articles) => articles.into_iter().map(Ok).collect(),
            Err(e) => vec![Err(e)],
        },
        Format::Json => json::read_document(text, file_name, source),
        Format::JsonLines => json::read_lines(text, file_name, source),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_decides_and_the_extension_breaks_ties() {
        let html = Some(Format::Html);
        let text = Some(Format::Text);
        assert_eq!(detect("<!DOCTYPE html><p>x</p>", text), Format::Html);
        assert_eq!(detect("  <html><body>", None), Format::Html);
        assert_eq!(detect("<p>A paragraph</p>", None), Format::Html);
        assert_eq!(detect("<b>bold</b> note", text), Format::Text);
        assert_eq!(
            detect("<?xml version=\"1.0\"?>\n<rss version=\"2.0\">", html),
            Format::Feed
        );
        assert_eq!(
            detect("<?xml version=\"1.0\"?><!-- c --><feed xmlns=\"x\">", None),
            Format::Feed
        );
        assert_eq!(detect("<feedback>no</feedback>", None), Format::Html);
        assert_eq!(detect("[{\"title\": \"A\"}]", text), Format::Json);
        assert_eq!(
            detect("{\"title\": \"A\"}\n{\"title\": \"B\"}\n", None),
            Format::JsonLines
        );
        assert_eq!(detect("[December 03, 2025]\nHeadline", text), Format::Text);
        assert_eq!(detect("[December 03, 2025]\nHeadline", None), Format::Text);
        assert_eq!(detect("Plain words.", Some(Format::Feed)), Format::Feed);
        assert_eq!(detect("Plain words.", None), Format::Text);
        assert_eq!(format_of_extension("HTM"), Some(Format::Html));
        assert_eq!(format_of_extension("png"), None);
    }

    /// Pieces of markup, feeds and JSON that random inputs are built from, so that they reach
    /// the readers' deeper paths rather than stopping at the first byte.
    const PIECES: &[&str] = &[
        "<p>",
        "</p>",
        "<div class=\"ad\">",
        "</div>",
        "<article>",
        "</article>",
        "<b>",
        "</b>",
        "<a href=x>",
        "</a>",
        "<h2>",
        "<br>",
        "<li>",
        "<figcaption>",
        "<script>",
        "</script>",
        "<meta property=\"og:title\" content=\"T\">",
        "<h1>",
        "<time datetime=\"2025-12-03\">",
        "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"author\":[1,{}]}",
        "<?xml version=\"1.0\"?>",
        "<rss version=\"2.0\">",
        "<channel>",
        "<item>",
        "</item>",
        "<title>",
        "</title>",
        "<description>",
        "<![CDATA[",
        "]]>",
        "&lt;p&gt;",
        "&amp;",
        "<feed xmlns=\"http://www.w3.org/2005/Atom\">",
        "<entry>",
        "<content type=\"html\">",
        "{\"title\": ",
        "\"text\": \"",
        "[",
        "]",
        "{",
        "}",
        "\n",
        ",",
        "\"",
        "Words here. ",
        "\u{1b}[31m",
        "\u{202e}",
        "é",
        "🇺🇦",
        "\0",
    ];

    proptest::proptest! {
        #[test]
        fn no_bytes_make_a_reader_panic(bytes in proptest::collection::vec(proptest::num::u8::ANY, 0..600)) {
            let text = String::from_utf8_lossy(&bytes);
            for hint in [None, Some(Format::Text), Some(Format::Html), Some(Format::Feed), Some(Format::Json), Some(Format::JsonLines)] {
                for article in read(&text, hint, "x", "x").into_iter().flatten() {
                    let clean = !article.title.value.contains('\u{1b}');
                    proptest::prop_assert!(clean, "{:?}", article.title.value);
                }
            }
            let _ = html::paragraphs_of(&text);
            let _ = feed::read(&text, "x", "x");
        }

        #[test]
        fn no_soup_of_markup_feeds_and_json_makes_a_reader_panic(
            picks in proptest::collection::vec(0..PIECES.len(), 0..120)
        ) {
            let text: String = picks.iter().map(|&i| PIECES[i]).collect();
            for hint in [None, Some(Format::Html), Some(Format::Feed), Some(Format::Json)] {
                for article in read(&text, hint, "x", "x").into_iter().flatten() {
                    let all = std::iter::once(article.title.value.as_str())
                        .chain(article.paragraphs.iter().map(|p| &*p.text));
                    for t in all {
                        proptest::prop_assert!(!t.contains(['\u{1b}', '\u{202e}', '\0']), "{t:?}");
                    }
                }
            }
        }
    }

    #[test]
    fn a_feed_that_cannot_be_read_says_so() {
        let read = read("Plain words.", Some(Format::Feed), "x.rss", "x.rss");
        assert!(read[0].as_ref().is_err_and(|e| e.contains("feed")));
    }
}
