//! The reading pane's text laid out for one width: the article as blocks (title, meta lines,
//! paragraphs) wrapped into lines, and the anchors that keep the same top line of text when
//! the width changes.

use textwrap::WordSeparator;
use textwrap::core::Word;
use textwrap::wrap_algorithms::wrap_first_fit;

use std::ops::Range;

use crate::corpus::{Article, ParagraphKind, SectionKind};
use crate::extract::{ArticleExtraction, Source};
use crate::library::Position;

/// What a block of the reading pane shows, which decides its style.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockKind {
    /// The headline.
    Title,
    /// The sub-title under the headline.
    Subtitle,
    /// Byline, date and outlet.
    Meta,
    /// The dateline opening the story.
    Dateline,
    /// A paragraph of the story.
    Body,
    /// A cross-head inside the story.
    Heading,
    /// A photo caption.
    Caption,
    /// The heading of a sidebar.
    SidebarHeading,
    /// Text of a sidebar.
    Sidebar,
}

/// One unwrapped block of the reading pane.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    /// What the block shows.
    pub kind: BlockKind,
    /// Its text on one line.
    pub text: String,
    /// The part of the article it shows from offset 0, if extraction reads it.
    pub source: Option<Source>,
}

/// What a highlighted stretch of the reading pane is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MarkKind {
    /// The words of a quote: index into the article's quotes.
    Quote(usize),
    /// The name of someone quoted in the article.
    Speaker,
}

/// A highlighted byte range of a block.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mark {
    /// Byte range in the block's text.
    pub range: Range<usize>,
    /// What it is.
    pub kind: MarkKind,
}

/// A place in the text that survives re-wrapping: a block and a byte offset into it. A blank
/// line after a block is anchored at the block's end.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord)]
pub struct Anchor {
    /// Index into [`ReaderText::blocks`].
    pub block: usize,
    /// Byte offset into the block's text.
    pub offset: usize,
}

/// One screen line of the reading pane: a slice of a block, or a blank separator.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Line {
    /// Index into [`ReaderText::blocks`].
    pub block: usize,
    /// Byte range of the block's text shown on this line (empty for a blank line).
    pub start: usize,
    /// End of the byte range.
    pub end: usize,
}

impl Line {
    /// Where this line starts, as an anchor.
    pub fn anchor(&self) -> Anchor {
        Anchor {
            block: self.block,
            offset: self.start,
        }
    }

    /// True for the blank line between blocks.
    pub fn is_blank(&self) -> bool {
        self.start == self.end
    }
}

/// An article's blocks wrapped to one width.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReaderText {
    /// The article's blocks in reading order.
    pub blocks: Vec<Block>,
    /// The wrapped lines.
    pub lines: Vec<Line>,
    /// The width the lines were wrapped to.
    pub width: usize,
    /// Each block's highlights, sorted by start.
    pub marks: Vec<Vec<Mark>>,
}

impl ReaderText {
    /// Lays `article` out at `width` columns, with the quotes and speakers `extraction` found.
    pub fn new(article: &Article, extraction: Option<&ArticleExtraction>, width: usize) -> Self {
        let blocks = blocks(article);
        let marks = extraction.map_or_else(|| vec![Vec::new(); blocks.len()], |e| marks(article, e, &blocks));
        let width = width.max(1);
        let mut lines = Vec::new();
        for (i, block) in blocks.iter().enumerate() {
            if i > 0 && needs_gap(blocks[i - 1].kind, block.kind) {
                let end = blocks[i - 1].text.len();
                lines.push(Line {
                    block: i - 1,
                    start: end,
                    end,
                });
            }
            for (start, end) in wrap(&block.text, width) {
                lines.push(Line { block: i, start, end });
            }
        }
        Self {
            blocks,
            lines,
            width,
            marks,
        }
    }

    /// The block showing `source`.
    pub fn block_of(&self, source: Source) -> Option<usize> {
        self.blocks.iter().position(|b| b.source == Some(source))
    }

    /// The text of a line.
    pub fn text(&self, line: &Line) -> &str {
        &self.blocks[line.block].text[line.start..line.end]
    }

    /// The index of the line holding `anchor`.
    pub fn line_of(&self, anchor: Anchor) -> usize {
        self.lines
            .partition_point(|l| l.anchor() <= anchor)
            .saturating_sub(1)
    }

    /// Where `anchor` stands in the article, kept by the library across widths and runs;
    /// `None` above the first paragraph (the headline and what goes with it).
    pub fn position(&self, anchor: Anchor) -> Option<Position> {
        let block = self.blocks.get(anchor.block)?;
        let Some(Source::Paragraph(paragraph)) = block.source else {
            return None;
        };
        let offset = block.text.get(..anchor.offset).map_or(0, |t| t.chars().count());
        Some(Position { paragraph, offset })
    }

    /// The anchor of `position` in this text (the top when it is `None` or not here).
    pub fn anchor_at(&self, position: Option<Position>) -> Anchor {
        let Some(position) = position else {
            return Anchor::default();
        };
        let Some(block) = self.block_of(Source::Paragraph(position.paragraph)) else {
            return Anchor::default();
        };
        let text = &self.blocks[block].text;
        let offset = text
            .char_indices()
            .nth(position.offset)
            .map_or(text.len(), |(at, _)| at);
        Anchor { block, offset }
    }

    /// The highest top line that still fills a pane of `height` lines.
    pub fn max_top(&self, height: usize) -> usize {
        self.lines.len().saturating_sub(height.max(1))
    }
}

/// A blank line separates blocks, except inside the title group.
fn needs_gap(prev: BlockKind, next: BlockKind) -> bool {
    use BlockKind::*;
    !matches!(
        (prev, next),
        (Title, Subtitle) | (Title | Subtitle, Meta) | (Meta, Dateline) | (Title | Subtitle, Dateline)
    )
}

/// The blocks the reading pane shows for an article.
pub fn blocks(article: &Article) -> Vec<Block> {
    let header = |kind, text: &str, source| Block {
        kind,
        text: text.to_string(),
        source,
    };
    let mut blocks = vec![header(
        BlockKind::Title,
        &article.title.value,
        Some(Source::Title),
    )];
    if let Some(subtitle) = &article.subtitle {
        blocks.push(header(BlockKind::Subtitle, subtitle, Some(Source::Subtitle)));
    }
    // The meta line starts with the byline, so the byline's offsets hold in it.
    let meta = meta_line(article);
    if !meta.is_empty() {
        let source = article.byline.is_some().then_some(Source::Byline);
        blocks.push(header(BlockKind::Meta, &meta, source));
    }
    if let Some(dateline) = &article.dateline {
        blocks.push(header(BlockKind::Dateline, dateline, Some(Source::Dateline)));
    }
    let mut section = 0;
    for (i, paragraph) in article.paragraphs.iter().enumerate() {
        if paragraph.section != section {
            section = paragraph.section;
            if let Some(s) = article.sections.get(section as usize)
                && s.kind == SectionKind::Sidebar
                && let Some(heading) = &s.heading
            {
                blocks.push(header(BlockKind::SidebarHeading, heading, None));
            }
        }
        let kind = match paragraph.kind {
            ParagraphKind::Body => BlockKind::Body,
            ParagraphKind::Heading => BlockKind::Heading,
            ParagraphKind::Caption => BlockKind::Caption,
            ParagraphKind::Sidebar => BlockKind::Sidebar,
        };
        blocks.push(header(kind, &paragraph.text, Some(Source::Paragraph(i))));
    }
    blocks
}

/// The highlights of each block: every quote, and every mention of someone quoted.
fn marks(article: &Article, extraction: &ArticleExtraction, blocks: &[Block]) -> Vec<Vec<Mark>> {
    let sources = crate::extract::sources(article);
    let block_of = |unit: usize| {
        let source = sources.get(unit)?;
        blocks.iter().position(|b| b.source.as_ref() == Some(source))
    };
    let mut marks = vec![Vec::new(); blocks.len()];
    for (i, quote) in extraction.quotes.iter().enumerate() {
        if let Some(b) = block_of(quote.at.unit()) {
            marks[b].push(Mark {
                range: quote.at.range(),
                kind: MarkKind::Quote(i),
            });
        }
    }
    let speakers: Vec<usize> = extraction.quotes.iter().filter_map(|q| q.actor()).collect();
    for mention in extraction
        .actors
        .mentions
        .iter()
        .filter(|m| speakers.contains(&m.actor()))
    {
        if let Some(b) = block_of(mention.unit()) {
            // A name inside a quote stays part of the quote.
            let inside = marks[b]
                .iter()
                .any(|m| m.range.start <= mention.start() && mention.end() <= m.range.end);
            if !inside {
                marks[b].push(Mark {
                    range: mention.start()..mention.end(),
                    kind: MarkKind::Speaker,
                });
            }
        }
    }
    for block in &mut marks {
        block.sort_by_key(|m| m.range.start);
    }
    marks
}

/// "By X · date · outlet", with guesses marked.
fn meta_line(article: &Article) -> String {
    let mut parts = Vec::new();
    if let Some(byline) = &article.byline {
        parts.push(byline.clone());
    }
    if let Some(date) = &article.date {
        parts.push(match date.date {
            Some(d) => d.format("%-d %B %Y").to_string(),
            None => date.original.clone(),
        });
    }
    if let Some(outlet) = &article.outlet {
        parts.push(if outlet.inferred {
            format!("{} (inferred)", outlet.value)
        } else {
            outlet.value.clone()
        });
    }
    if article.title.inferred {
        parts.push("title inferred from the first sentence".to_string());
    }
    parts.join(" · ")
}

/// Wraps `text` to `width` columns, returning each line's byte range in `text` (trailing
/// spaces excluded). Words wider than the line are broken.
pub fn wrap(text: &str, width: usize) -> Vec<(usize, usize)> {
    let words: Vec<Word> = WordSeparator::AsciiSpace.find_words(text).collect();
    let words = textwrap::core::break_words(words, width);
    // Byte offset of each word: words and their trailing spaces tile the text.
    let mut offsets = Vec::with_capacity(words.len());
    let mut at = text.len() - text.trim_start_matches(' ').len();
    for word in &words {
        offsets.push(at);
        at += word.word.len() + word.whitespace.len();
    }
    let mut ranges = Vec::new();
    let mut first = 0;
    for line in wrap_first_fit(&words, &[width as f64]) {
        if line.is_empty() {
            continue;
        }
        let last = first + line.len() - 1;
        ranges.push((offsets[first], offsets[last] + words[last].word.len()));
        first = last + 1;
    }
    if ranges.is_empty() {
        ranges.push((0, 0));
    }
    ranges
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::ingest::parse;

    fn article(text: &str) -> Article {
        parse(text, "t.txt", "t.txt")
    }

    #[test]
    fn wrap_covers_the_text_and_respects_the_width() {
        let text = "Talks between Russia and the U.S. on ending the nearly four-year war in Ukraine were constructive.";
        for width in [1, 5, 10, 20, 40, 200] {
            let lines = wrap(text, width);
            let joined: Vec<&str> = lines.iter().map(|&(s, e)| &text[s..e]).collect();
            assert_eq!(
                joined.concat().replace(' ', ""),
                text.replace(' ', ""),
                "width {width}"
            );
            for part in joined {
                assert!(
                    unicode_width::UnicodeWidthStr::width(part) <= width,
                    "{part:?} > {width}"
                );
            }
        }
    }

    #[test]
    fn wrap_handles_multibyte_text() {
        let text = "Zelenskyy’s “finalized” plan — Micheál Martin said «да» ok";
        for width in 1..30 {
            for (s, e) in wrap(text, width) {
                assert!(text.is_char_boundary(s) && text.is_char_boundary(e));
            }
        }
    }

    #[test]
    fn wrap_of_empty_text_is_one_empty_line() {
        assert_eq!(wrap("", 10), vec![(0, 0)]);
    }

    #[test]
    fn anchors_keep_the_top_line_across_widths() {
        let a = article(
            "Title here\n\nFirst paragraph with a good number of words in it to wrap.\n\nSecond paragraph, also long enough to wrap over several lines at small widths.",
        );
        let wide = ReaderText::new(&a, None, 60);
        let narrow = ReaderText::new(&a, None, 12);
        // The line that starts the second paragraph stays the top line after a resize.
        let para = wide
            .blocks
            .iter()
            .position(|b| b.text.starts_with("Second"))
            .unwrap();
        let top = wide
            .lines
            .iter()
            .position(|l| l.block == para && !l.is_blank())
            .unwrap();
        let anchor = wide.lines[top].anchor();
        let again = narrow.line_of(anchor);
        assert_eq!(narrow.lines[again].block, para);
        assert_eq!(narrow.lines[again].start, 0);
        assert!(!narrow.lines[again].is_blank());
        // A blank separator line is an anchor of its own, so scrolling never sticks on it.
        let blank = narrow.lines.iter().position(|l| l.is_blank()).unwrap();
        assert_eq!(narrow.line_of(narrow.lines[blank].anchor()), blank);
    }

    #[test]
    fn every_line_round_trips_through_its_anchor() {
        let a =
            article("Title\n\nOne two three four five six seven eight nine ten.\n\nEleven twelve thirteen.");
        for width in [4, 9, 30] {
            let text = ReaderText::new(&a, None, width);
            for (i, line) in text.lines.iter().enumerate() {
                assert_eq!(text.line_of(line.anchor()), i, "width {width}, line {i}");
            }
        }
    }
}
