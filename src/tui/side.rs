//! The side panel's content: its tabs, the order of quotes and actors, and the article's
//! metadata as labelled, wrapped lines.

use ratatui::text::{Line, Span};

use super::layout::ROWS_PER_ITEM;
use super::reader::wrap;
use super::theme::Theme;
use crate::corpus::Article;
use crate::extract::ArticleExtraction;

/// The side panel's tabs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuoteOrder {
    /// As they appear in the article.
    Reading,
    /// Grouped by speaker, speakers in order of first quote.
    BySpeaker,
}

impl QuoteOrder {
    /// How the quotes tab says which order it shows.
    pub fn label(self) -> &'static str {
        match self {
            QuoteOrder::Reading => "in reading order",
            QuoteOrder::BySpeaker => "by speaker",
        }
    }

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
                .position(|q| speaker.is_some() && q.actor() == speaker)
                .unwrap_or(usize::MAX)
        };
        rows.sort_by_key(|&i| (first(extraction.quotes[i].actor()), i));
    }
    rows
}

/// One entry of the quotes tab as drawn: a speaker's heading (grouped by speaker) or a quote.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuoteEntry {
    /// The quotes below are `speaker`'s (an actor; `None`: unattributed), `count` of them;
    /// `quote` is the first, whose speaker names the group.
    Heading {
        /// The speaker's actor index.
        speaker: Option<usize>,
        /// The group's first quote.
        quote: usize,
        /// Quotes in the group.
        count: usize,
    },
    /// A quote: `row` is its place among the tab's rows (what the selection counts), `quote`
    /// its index in the article.
    Quote {
        /// Its place among the rows.
        row: usize,
        /// Its index in the article.
        quote: usize,
    },
}

impl QuoteEntry {
    /// Lines the entry takes: a heading one, a quote [`ROWS_PER_ITEM`].
    pub fn height(self) -> usize {
        match self {
            QuoteEntry::Heading { .. } => 1,
            QuoteEntry::Quote { .. } => ROWS_PER_ITEM,
        }
    }
}

/// The quotes tab's entries for `rows` (quote indices, in `order`), each with its first
/// line: in reading order the quotes alone, grouped by speaker a heading above each group.
pub fn quote_entries(
    extraction: &ArticleExtraction,
    rows: &[usize],
    order: QuoteOrder,
) -> Vec<(usize, QuoteEntry)> {
    let speaker = |q: usize| extraction.quotes[q].actor();
    let mut entries = Vec::with_capacity(rows.len());
    let mut line = 0;
    let mut push = |entry: QuoteEntry, entries: &mut Vec<(usize, QuoteEntry)>| {
        entries.push((line, entry));
        line += entry.height();
    };
    for (row, &quote) in rows.iter().enumerate() {
        let opens_group = row == 0 || speaker(rows[row - 1]) != speaker(quote);
        if order == QuoteOrder::BySpeaker && opens_group {
            let count = rows[row..]
                .iter()
                .take_while(|&&q| speaker(q) == speaker(quote))
                .count();
            let heading = QuoteEntry::Heading {
                speaker: speaker(quote),
                quote,
                count,
            };
            push(heading, &mut entries);
        }
        push(QuoteEntry::Quote { row, quote }, &mut entries);
    }
    entries
}

/// The first line the quotes tab shows so that row `selected` shows (with its heading when it
/// opens a group) among `height` lines, moving as little as possible from `offset`, with no
/// empty lines below the last entry.
pub fn scroll_quotes(
    entries: &[(usize, QuoteEntry)],
    selected: usize,
    offset: usize,
    height: usize,
) -> usize {
    let height = height.max(1);
    let total = entries.last().map_or(0, |&(line, entry)| line + entry.height());
    let mut offset = offset.min(total.saturating_sub(height));
    let Some(at) = entries
        .iter()
        .position(|&(_, e)| matches!(e, QuoteEntry::Quote { row, .. } if row == selected))
    else {
        return offset;
    };
    let (start, entry) = entries[at];
    let top = match at.checked_sub(1).map(|i| entries[i]) {
        Some((line, QuoteEntry::Heading { .. })) => line,
        _ => start,
    };
    let end = start + entry.height();
    if top < offset {
        offset = top;
    } else if end > offset + height {
        offset = end - height;
    }
    offset
}

/// The actors of `extraction`, most quoted first, then most mentioned, as indices.
pub fn actor_rows(extraction: &ArticleExtraction) -> Vec<usize> {
    let quotes = |a: usize| extraction.quotes.iter().filter(|q| q.actor() == Some(a)).count();
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
        let speakers: Vec<Option<usize>> = rows.iter().map(|&i| e.quotes[i].actor()).collect();
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
    fn grouped_quotes_have_one_heading_a_speaker_and_scrolling_shows_it() {
        let story = Story::extract(&Corpus::bundled());
        let e = &story.articles[0];
        let rows = quote_rows(e, QuoteOrder::BySpeaker);
        let entries = quote_entries(e, &rows, QuoteOrder::BySpeaker);
        let headings: Vec<(Option<usize>, usize)> = entries
            .iter()
            .filter_map(|&(_, entry)| match entry {
                QuoteEntry::Heading { speaker, count, .. } => Some((speaker, count)),
                QuoteEntry::Quote { .. } => None,
            })
            .collect();
        let mut speakers: Vec<Option<usize>> = headings.iter().map(|h| h.0).collect();
        speakers.dedup();
        assert_eq!(speakers.len(), headings.len(), "one heading a speaker");
        assert_eq!(headings.iter().map(|h| h.1).sum::<usize>(), rows.len());
        // Lines tile: each entry starts where the one before ends.
        for w in entries.windows(2) {
            assert_eq!(w[0].0 + w[0].1.height(), w[1].0);
        }
        // Reading order has no headings.
        let reading = quote_entries(e, &rows, QuoteOrder::Reading);
        assert_eq!(reading.len(), rows.len());
        // The first quote scrolls back to its heading; the last fills the last page.
        assert_eq!(scroll_quotes(&entries, 0, 5, 10), 0);
        let total = entries.last().map(|&(l, en)| l + en.height()).unwrap();
        assert_eq!(scroll_quotes(&entries, rows.len() - 1, 0, 10), total - 10);
        assert_eq!(scroll_quotes(&entries, 0, 3, 1000), 0, "all fits: from the top");
    }

    #[test]
    fn actors_are_ordered_by_quotes_then_mentions() {
        let story = Story::extract(&Corpus::bundled());
        let e = &story.articles[0];
        let rows = actor_rows(e);
        let quotes = |a: usize| e.quotes.iter().filter(|q| q.actor() == Some(a)).count();
        assert!(rows.windows(2).all(|w| quotes(w[0]) >= quotes(w[1])));
    }
}
