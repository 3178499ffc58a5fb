//! Article ids that stay the same across runs, file moves and renames: worked out from what
//! the article is (its canonical URL when it has one, else its title and text), never from
//! where it was found.

use std::fmt;

use serde::{Deserialize, Serialize};
use xxhash_rust::xxh3::Xxh3;

use crate::corpus::Article;

/// An article's identity: 64 bits of XXH3 (a fixed, published hash, so ids written by one
/// version are read by the next), shown as 16 hex digits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(into = "String", try_from = "String")]
pub struct ArticleId(u64);

impl ArticleId {
    /// The id of `article`: from its URL when it has one (the same story fetched twice is one
    /// article), else from its title and paragraphs (line breaks and spacing aside).
    pub fn of(article: &Article) -> Self {
        let mut hash = Xxh3::new();
        match article.url.as_deref().map(canonical_url) {
            Some(url) if !url.is_empty() => {
                hash.update(b"url\0");
                hash.update(url.as_bytes());
            }
            _ => {
                hash.update(b"text\0");
                for text in std::iter::once(article.title.value.as_str())
                    .chain(article.paragraphs.iter().map(|p| &*p.text))
                {
                    for word in text.split_whitespace() {
                        hash.update(word.as_bytes());
                        hash.update(b" ");
                    }
                    hash.update(b"\n");
                }
            }
        }
        Self(hash.digest())
    }
}

/// `url` without what does not change the page: the scheme's and host's case, a fragment, a
/// trailing slash.
fn canonical_url(url: &str) -> String {
    let url = url.trim();
    let url = url.split('#').next().unwrap_or(url);
    let url = url.strip_suffix('/').unwrap_or(url);
    match url.find("://") {
        Some(at) => {
            let rest = &url[at + 3..];
            let host_end = rest.find('/').unwrap_or(rest.len());
            format!(
                "{}://{}{}",
                url[..at].to_ascii_lowercase(),
                rest[..host_end].to_ascii_lowercase(),
                &rest[host_end..]
            )
        }
        None => url.to_string(),
    }
}

impl fmt::Display for ArticleId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:016x}", self.0)
    }
}

impl From<ArticleId> for String {
    fn from(id: ArticleId) -> Self {
        id.to_string()
    }
}

impl TryFrom<String> for ArticleId {
    type Error = String;

    fn try_from(text: String) -> Result<Self, Self::Error> {
        match u64::from_str_radix(&text, 16) {
            Ok(bits) if text.len() == 16 => Ok(Self(bits)),
            _ => Err(format!("not an article id: {text:?}")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::ingest;

    fn id(text: &str, file: &str) -> ArticleId {
        ArticleId::of(&ingest::parse(text, file, file))
    }

    #[test]
    fn the_same_text_has_the_same_id_wherever_it_lies() {
        let text = "Harbour reopens\n\nThe harbour reopened on Monday.";
        assert_eq!(id(text, "a.txt"), id(text, "moved/b.txt"));
        // Wrapped differently, it is the same article.
        let wrapped = "Harbour reopens\n\nThe harbour\nreopened on Monday.";
        assert_eq!(id(text, "a.txt"), id(wrapped, "a.txt"));
        assert_ne!(
            id(text, "a.txt"),
            id("Harbour reopens\n\nThe harbour closed.", "a.txt")
        );
    }

    #[test]
    fn a_url_names_the_article_whatever_its_text() {
        let a = "---\nurl: https://News.example/story/1/#top\n---\nHarbour reopens\n\nText one.";
        let b = "---\nurl: https://news.example/story/1\n---\nHarbour reopens again\n\nText two.";
        assert_eq!(id(a, "a.txt"), id(b, "b.txt"));
    }

    #[test]
    fn ids_are_stable_across_versions_and_round_trip_as_hex() {
        // A fixed value: XXH3 is a published hash, so this must never change.
        let fixed = id("Harbour reopens\n\nThe harbour reopened on Monday.", "a.txt");
        assert_eq!(fixed.to_string(), "ac43433b0a4e252a");
        let json = serde_json::to_string(&fixed).unwrap();
        assert_eq!(serde_json::from_str::<ArticleId>(&json).unwrap(), fixed);
        assert!(serde_json::from_str::<ArticleId>("\"xyz\"").is_err());
    }
}
