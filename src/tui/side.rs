//! The side panel's content: its tabs, the order of quotes and actors, and the article's
//! metadata as labelled, wrapped lines.

use ratatui::text::{Line, Span};

use super::reader::wrap;
use super::theme::Theme;
use crate::corpus::Article;
use crate::extract::ArticleExtraction;

/// The side panel's tabs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tab {
    /// Who said what.
    Quotes,
    /// Who acts in the story.
    Actors,
    /// The article's metadata.
    Info,
}

impl Tab {
    /// Every tab, in the order the tab bar shows them.
    pub const ALL: [Tab; 3] = [Tab::Quotes, Tab::Actors, Tab::Info];

    /// The tab after this one, wrapping around.
    pub fn next(self) -> Self {
        match self {
            Tab::Quotes => Tab::Actors,
            Tab::Actors => Tab::Info,
            Tab::Info => Tab::Quotes,
        }
    }

    /// The tab's title.
    pub fn title(self) -> &'static str {
        match self {
            Tab::Quotes => "Quotes",
            Tab::Actors => "Actors",
            Tab::Info => "Article",
        }
    }
}

/// How the quotes tab orders quotes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuoteOrder {
    /// As they appear in the article.
    Reading,
    /// Grouped by speaker, speakers in order of first quote.
    BySpeaker,
}

impl QuoteOrder {
    /// The other order.
    pub fn toggled(self) -> Self {
        match self {
            QuoteOrder::Reading => QuoteOrder::BySpeaker,
            QuoteOrder::BySpeaker => QuoteOrder::Reading,
        }
    }
}

/// The quotes of `extraction` in `order`, as indices into its quotes.
pub fn quote_rows(extraction: &ArticleExtraction, order: QuoteOrder) -> Vec<usize> {
    let mut rows: Vec<usize> = (0..extraction.quotes.len()).collect();
    if order == QuoteOrder::BySpeaker {
        // Speakers in order of their first quote; unattributed quotes last.
        let first = |speaker: Option<usize>| {
            extraction
                .quotes
                .iter()
                .position(|q| speaker.is_some() && q.speaker_actor == speaker)
                .unwrap_or(usize::MAX)
        };
        rows.sort_by_key(|&i| (first(extraction.quotes[i].speaker_actor), i));
    }
    rows
}

/// The actors of `extraction`, most quoted first, then most mentioned, as indices.
pub fn actor_rows(extraction: &ArticleExtraction) -> Vec<usize> {
    let quotes = |a: usize| {
        extraction
            .quotes
            .iter()
            .filter(|q| q.speaker_actor == Some(a))
            .count()
    };
    let mut rows: Vec<usize> = (0..extraction.actors.actors.len()).collect();
    rows.sort_by_key(|&a| {
        (
            std::cmp::Reverse(quotes(a)),
            std::cmp::Reverse(extraction.actors.actors[a].mentions),
            a,
        )
    });
    rows
}

/// The info tab's lines for `article`, wrapped to `width` columns.
pub fn info_lines(article: &Article, width: usize, theme: &Theme) -> Vec<Line<'static>> {
    let mut out = Vec::new();
    for (label, value) in article.facts() {
        out.push(Line::from(Span::styled(label, theme.dim)));
        let indent = 2;
        for (start, end) in wrap(&value, width.saturating_sub(indent).max(1)) {
            out.push(Line::from(format!(
                "{}{}",
                " ".repeat(indent),
                &value[start..end]
            )));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::Corpus;
    use crate::extract::Story;

    #[test]
    fn tabs_cycle() {
        assert_eq!(Tab::Quotes.next().next().next(), Tab::Quotes);
    }

    #[test]
    fn quotes_group_by_speaker_and_keep_reading_order_within_a_speaker() {
        let story = Story::extract(&Corpus::bundled());
        let e = &story.articles[0];
        let rows = quote_rows(e, QuoteOrder::BySpeaker);
        assert_eq!(rows.len(), e.quotes.len());
        let speakers: Vec<Option<usize>> = rows.iter().map(|&i| e.quotes[i].speaker_actor).collect();
        // Each speaker's quotes stand together.
        for (i, s) in speakers.iter().enumerate() {
            if let Some(j) = speakers[..i].iter().rposition(|x| x == s) {
                assert!(speakers[j..i].iter().all(|x| x == s), "{speakers:?}");
            }
        }
        assert_eq!(
            quote_rows(e, QuoteOrder::Reading),
            (0..e.quotes.len()).collect::<Vec<_>>()
        );
    }

    #[test]
    fn actors_are_ordered_by_quotes_then_mentions() {
        let story = Story::extract(&Corpus::bundled());
        let e = &story.articles[0];
        let rows = actor_rows(e);
        let quotes = |a: usize| e.quotes.iter().filter(|q| q.speaker_actor == Some(a)).count();
        assert!(rows.windows(2).all(|w| quotes(w[0]) >= quotes(w[1])));
    }
}
