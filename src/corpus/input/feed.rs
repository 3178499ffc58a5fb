//! RSS and Atom feeds (parsed by `feed-rs`): each entry an article, with its title, date, link,
//! authors and the fullest text the feed carries (`content:encoded` or `content`, else the
//! summary). Markup in the text goes through the page reader's paragraph code; the feed's own
//! title stands as the outlet.

use feed_rs::model::{Entry, Text};

use super::html;
use crate::corpus::ingest::{self, Stated};
use crate::corpus::model::Article;

/// The articles of a feed, one an entry, in the feed's order; why the text is no feed
/// otherwise.
pub fn read(text: &str, file_name: &str, source: &str) -> Result<Vec<Article>, String> {
    let feed = feed_rs::parser::parse(text.as_bytes()).map_err(|e| format!("not a readable feed: {e}"))?;
    let outlet = feed.title.as_ref().map(plain).filter(|t| !t.is_empty());
    Ok(feed
        .entries
        .into_iter()
        .map(|entry| article(entry, outlet.clone(), file_name, source))
        .collect())
}

/// One entry as an article.
fn article(entry: Entry, outlet: Option<String>, file_name: &str, source: &str) -> Article {
    let authors: Vec<String> = entry
        .authors
        .iter()
        .filter_map(|p| p.name.as_deref().or(p.email.as_deref()))
        .map(str::trim)
        .filter(|n| !n.is_empty())
        .map(str::to_string)
        .collect();
    let url = entry
        .links
        .iter()
        .find(|l| l.rel.as_deref().is_none_or(|r| r == "alternate"))
        .or(entry.links.first())
        .map(|l| l.href.clone());
    let stated = Stated {
        title: entry.title.as_ref().map(plain).filter(|t| !t.is_empty()),
        outlet,
        date: entry.published.or(entry.updated).map(|d| d.to_rfc3339()),
        url,
        author: (!authors.is_empty()).then(|| authors.join(" and ")),
    };
    let body = entry
        .content
        .and_then(|c| c.body)
        .filter(|b| !b.trim().is_empty())
        .or_else(|| entry.summary.map(|s| s.content));
    let body = body.unwrap_or_default();
    if body.contains('<') {
        ingest::from_paragraphs(html::paragraphs_of(&body), stated, file_name, source)
    } else {
        ingest::parse_stated(&body, stated, file_name, source)
    }
}

/// A feed text's words, markup removed.
fn plain(text: &Text) -> String {
    html::plain_text(&text.content)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::model::ParagraphKind;

    const RSS: &str = r#"<?xml version="1.0"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Harbour Gazette</title><link>https://gazette.example</link>
<item><title>Harbour reopens</title><link>https://gazette.example/1</link>
<pubDate>Wed, 03 Dec 2025 09:00:00 GMT</pubDate><author>desk@gazette.example (Ina Moss)</author>
<description>Short summary only.</description>
<content:encoded><![CDATA[<p>The harbour reopened on Monday.</p><h2>Next</h2><p>Work starts in spring.</p>]]></content:encoded></item>
<item><title>Second &amp; last</title><description>A plain summary.</description></item>
</channel></rss>"#;

    #[test]
    fn each_rss_item_is_an_article_with_its_full_content() {
        let articles = read(RSS, "feed.xml", "feed.xml").unwrap();
        assert_eq!(articles.len(), 2);
        let a = &articles[0];
        assert_eq!(a.title.value, "Harbour reopens");
        assert_eq!(a.outlet_name(), "Harbour Gazette");
        assert_eq!(a.url.as_deref(), Some("https://gazette.example/1"));
        assert_eq!(
            a.date.as_ref().and_then(|d| d.date),
            chrono::NaiveDate::from_ymd_opt(2025, 12, 3)
        );
        let kinds: Vec<_> = a.paragraphs.iter().map(|p| p.kind).collect();
        assert_eq!(
            kinds,
            [ParagraphKind::Body, ParagraphKind::Heading, ParagraphKind::Body]
        );
        assert_eq!(articles[1].title.value, "Second & last");
        assert_eq!(&*articles[1].paragraphs[0].text, "A plain summary.");
    }

    #[test]
    fn atom_entries_read_too_and_garbage_is_refused() {
        let atom = r#"<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Coast Post</title><id>urn:x</id><updated>2025-12-01T00:00:00Z</updated>
<entry><title type="html">Ferry &lt;em&gt;strike&lt;/em&gt; ends</title><id>urn:1</id>
<updated>2025-12-01T10:00:00Z</updated><author><name>Bo Ek</name></author>
<link href="https://coast.example/ferry"/>
<content type="html">&lt;p&gt;Crews went back to work.&lt;/p&gt;</content></entry></feed>"#;
        let articles = read(atom, "coast.atom", "coast.atom").unwrap();
        assert_eq!(articles.len(), 1);
        assert_eq!(articles[0].title.value, "Ferry strike ends");
        assert_eq!(articles[0].byline.as_deref(), Some("By Bo Ek"));
        assert_eq!(&*articles[0].paragraphs[0].text, "Crews went back to work.");
        assert!(read("not xml at all", "x.rss", "x.rss").is_err());
    }
}
