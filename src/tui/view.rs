//! One article on screen as a value: which article, its text wrapped to the pane, where it is
//! scrolled to, the quote and the search hits it highlights, and the rectangle it is drawn in.
//! The app holds one or more; the reading pane draws one, borrowing nothing else of the app.

use std::ops::Range;

use ratatui::layout::Rect;

use super::layout;
use super::reader::{Anchor, ReaderText};
use crate::corpus::Article;
use crate::extract::ArticleExtraction;

/// One article as a reading pane shows it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ReaderView {
    /// The article shown, by index in the library.
    pub article: usize,
    /// The article laid out at the pane's width; `None` before it is, or with no article.
    text: Option<ReaderText>,
    /// The top line of text.
    anchor: Anchor,
    /// The quote highlighted, by index in the article.
    pub current_quote: Option<usize>,
    /// What the last search matched in the article: (block, byte range), sorted.
    pub found: Vec<(usize, Range<usize>)>,
    /// Where the view is drawn, border included; worked out once per frame.
    pub area: Rect,
}

impl ReaderView {
    /// A view of `article`, scrolled to its top.
    pub fn new(article: usize) -> Self {
        Self {
            article,
            ..Self::default()
        }
    }

    /// The article laid out for the pane.
    pub fn text(&self) -> Option<&ReaderText> {
        self.text.as_ref()
    }

    /// The top line, as a place that survives re-wrapping.
    pub fn anchor(&self) -> Anchor {
        self.anchor
    }

    /// Inside the view's border, where the text and its margins go.
    pub fn inner(&self) -> Rect {
        layout::inner(self.area)
    }

    /// Lines of text the view shows at once.
    pub fn height(&self) -> usize {
        self.inner().height as usize
    }

    /// Columns the text wraps to: the inside less a margin each side, at most `max_width`.
    pub fn columns(&self, max_width: usize) -> usize {
        (self.inner().width.saturating_sub(2) as usize).clamp(1, max_width.max(1))
    }

    /// Where the text goes inside: a margin of one column each side, and the text centred
    /// when the pane is wider than the width it was wrapped to.
    pub fn body(&self) -> Rect {
        let inner = self.inner();
        let width = self.text.as_ref().map_or(0, |t| t.width);
        let width = u16::try_from(width).unwrap_or(u16::MAX);
        let spare = inner.width.saturating_sub(width.saturating_add(2)) / 2;
        Rect {
            x: inner.x + 1 + spare,
            width: inner.width.saturating_sub(1 + spare).min(width),
            ..inner
        }
    }

    /// The first line shown: the anchor's, or the last full page's when the text ends sooner.
    pub fn top_line(&self) -> usize {
        match &self.text {
            Some(text) => text.line_of(self.anchor).min(text.max_top(self.height())),
            None => 0,
        }
    }

    /// Makes `anchor` the top line.
    pub fn scroll_to(&mut self, anchor: Anchor) {
        self.anchor = anchor;
    }

    /// Shows `article` from `anchor`, with no quote highlighted; its text is laid out by the
    /// next [`ReaderView::wrap`].
    pub fn show(&mut self, article: usize) {
        self.article = article;
        self.text = None;
        self.anchor = Anchor::default();
        self.current_quote = None;
    }

    /// Drops the laid-out text, to lay it out again (its quotes and speakers arrived).
    pub fn forget_text(&mut self) {
        self.text = None;
    }

    /// Lays `article` (the view's, with what extraction found in it) out at `width` columns,
    /// unless it already is; `None` clears the text.
    pub fn wrap(&mut self, article: Option<&Article>, extraction: Option<&ArticleExtraction>, width: usize) {
        self.text = article.map(|article| match self.text.take() {
            Some(text) if text.width == width => text,
            _ => ReaderText::new(article, extraction, width),
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::library::Library;

    #[test]
    fn a_view_wraps_to_its_area_and_shows_a_full_last_page() {
        let library = Library::bundled();
        let mut view = ReaderView::new(1);
        view.area = Rect::new(0, 0, 40, 12);
        assert_eq!(view.height(), 10);
        assert_eq!((view.columns(88), view.columns(20)), (36, 20));
        let article = library.corpus.articles.get(1).map(|a| &**a);
        view.wrap(article, library.extraction(1), view.columns(88));
        let text = view.text().expect("laid out");
        assert_eq!(text.width, 36);
        assert_eq!(view.body(), Rect::new(2, 1, 36, 10), "a margin each side");
        let (last, max_top) = (text.lines[text.lines.len() - 1].anchor(), text.max_top(10));
        view.scroll_to(last);
        assert_eq!(
            view.top_line(),
            max_top,
            "the last line shows at the bottom of a full page"
        );
        view.current_quote = Some(0);
        view.show(2);
        assert_eq!(
            (view.text(), view.top_line(), view.current_quote),
            (None, 0, None)
        );
        view.wrap(
            library.corpus.articles.get(2).map(|a| &**a),
            library.extraction(2),
            36,
        );
        assert_eq!(
            view.text().map(|t| &t.blocks[0].text),
            Some(&library.corpus.articles[2].title.value)
        );
    }
}
