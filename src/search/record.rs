//! A hit as `parallax search --json` prints it: what it is, where, and which chars matched.

use serde::Serialize;

use super::engine::{Hit, Matcher};
use super::index::{Index, Kind, Target};
use super::query::Query;
use crate::corpus::Corpus;

/// One ranked hit, for scripts.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Record {
    /// Article, actor, quote or text.
    pub kind: Kind,
    /// The match score: higher is better.
    pub score: i64,
    /// The article's file name (none for `--filter` lines).
    pub article: Option<String>,
    /// The article's short label, as the reader names it (none for `--filter` lines).
    pub label: Option<String>,
    /// The article's outlet, if known.
    pub outlet: Option<String>,
    /// The paragraph, for a quote or a sentence of the body.
    pub paragraph: Option<usize>,
    /// The main text: a title, a name, a quote's words, a sentence or a line.
    pub text: String,
    /// A quote's speaker (or how the article describes them).
    pub speaker: Option<String>,
    /// Char positions of `text` that matched.
    pub indices: Vec<usize>,
}

impl Record {
    /// A line `parallax search --filter` found, with its score: no index is built for it.
    pub fn line(matcher: &Matcher, query: &Query, text: &str, score: i64) -> Self {
        Self {
            kind: Kind::Text,
            score,
            article: None,
            label: None,
            outlet: None,
            paragraph: None,
            text: text.to_string(),
            speaker: None,
            indices: matcher.text_positions(query, text),
        }
    }

    /// Describes `hit` of `query`; `corpus` is the story `index` was built from, if any.
    pub fn new(index: &Index, corpus: Option<&Corpus>, matcher: &Matcher, query: &Query, hit: Hit) -> Self {
        let candidate = &index.candidates[hit.candidate as usize];
        let article = candidate
            .article()
            .and_then(|a| corpus.and_then(|c| c.articles.get(a)));
        let field = |i: usize| index.texts(candidate).nth(i).map(str::to_string);
        Self {
            kind: candidate.kind(),
            score: hit.score,
            article: article.map(|a| a.file_name.clone()),
            label: candidate
                .article()
                .and_then(|a| corpus.and_then(|c| c.labels.get(a)))
                .cloned(),
            outlet: article.and_then(|a| a.outlet.as_ref()).map(|o| o.value.clone()),
            paragraph: index.paragraph(candidate),
            text: field(0).unwrap_or_default(),
            speaker: matches!(candidate.target(), Target::Quote(_))
                .then(|| field(1))
                .flatten()
                .filter(|s| !s.is_empty()),
            indices: matcher
                .positions(query, index, candidate)
                .into_iter()
                .next()
                .unwrap_or_default(),
        }
    }
}
