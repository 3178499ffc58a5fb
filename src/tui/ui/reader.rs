//! The reading pane: one [`ReaderView`]'s article wrapped to the pane, with its scroll
//! position, its quotes and what the last search found in it.

use std::ops::Range;

use ratatui::Frame;
use ratatui::layout::Margin;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Scrollbar, ScrollbarOrientation, ScrollbarState};

use super::{Look, pane_block};
use crate::library::Library;
use crate::tui::reader::{BlockKind, Line as TextLine, MarkKind, ReaderText};
use crate::tui::side::Tab;
use crate::tui::theme::Theme;
use crate::tui::view::ReaderView;

/// What the reading pane's border says besides the article: focus, and the panes hidden
/// beside it on a narrow screen.
#[derive(Debug, Clone, Copy)]
pub struct Border {
    /// True when the reading pane has focus.
    pub focused: bool,
    /// True when the article list is hidden to its left.
    pub list_hidden: bool,
    /// The side panel's tab, when the panel is hidden to its right.
    pub side_hidden: Option<Tab>,
}

/// Draws `view` in its area, its article from `library`.
pub fn draw(frame: &mut Frame, view: &ReaderView, library: &Library, border: Border, look: Look) {
    let (area, theme) = (view.area, look.theme);
    let article = library.corpus.articles.get(view.article);
    let title = match article {
        Some(_) => format!(" {} ", library.corpus.label(view.article)),
        None => " Reader ".to_string(),
    };
    let mut frame_block = if border.list_hidden {
        pane_block(theme, border.focused, Span::styled(" ◂ Articles ", theme.dim)).title(title)
    } else {
        pane_block(theme, border.focused, title)
    };
    if let Some(tab) = border.side_hidden {
        let hidden = format!(" {} ▸ ", tab.title());
        frame_block = frame_block.title(Line::from(Span::styled(hidden, theme.dim)).right_aligned());
    }
    let (Some(text), true) = (view.text(), article.is_some()) else {
        frame.render_widget(frame_block, area);
        return;
    };
    let height = view.height();
    let top = view.top_line();
    let position = if text.lines.len() <= height {
        "All".to_string()
    } else if top == 0 {
        "Top".to_string()
    } else if top >= text.max_top(height) {
        "Bot".to_string()
    } else {
        format!("{}%", top * 100 / text.max_top(height))
    };
    let block = frame_block.title_bottom(Line::from(format!(" {position} ")).right_aligned());
    frame.render_widget(block, area);

    let lines: Vec<Line> = text.lines[top..]
        .iter()
        .take(height)
        .map(|line| {
            let style = match text.blocks[line.block].kind {
                BlockKind::Title => theme.title,
                BlockKind::Subtitle => theme.subtitle,
                BlockKind::Meta | BlockKind::Dateline => theme.meta,
                BlockKind::Heading => theme.heading,
                BlockKind::Caption => theme.caption,
                BlockKind::SidebarHeading => theme.sidebar_heading,
                BlockKind::Body | BlockKind::Sidebar => theme.status,
            };
            highlighted(view, text, line, style, theme)
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), view.body());

    if text.lines.len() > height {
        let mut state = ScrollbarState::new(text.max_top(height)).position(top);
        frame.render_stateful_widget(
            Scrollbar::new(ScrollbarOrientation::VerticalRight)
                .begin_symbol(None)
                .end_symbol(None),
            area.inner(Margin {
                vertical: 1,
                horizontal: 0,
            }),
            &mut state,
        );
    }
}

/// A line of text with its quotes and speakers' names styled, and what the last search found
/// in the view over them.
fn highlighted<'a>(
    view: &ReaderView,
    text: &'a ReaderText,
    line: &TextLine,
    base: ratatui::style::Style,
    theme: &Theme,
) -> Line<'a> {
    let block = &text.blocks[line.block].text;
    let marks = &text.marks[line.block];
    let found: Vec<&Range<usize>> = view
        .found
        .iter()
        .filter(|(b, r)| *b == line.block && r.start < line.end && r.end > line.start)
        .map(|(_, r)| r)
        .collect();
    // Style changes wherever a mark or a found stretch starts or ends.
    let mut cuts: Vec<usize> = marks
        .iter()
        .map(|m| &m.range)
        .chain(found.iter().copied())
        .flat_map(|r| [r.start, r.end])
        .filter(|&at| at > line.start && at < line.end)
        .chain([line.start, line.end])
        .collect();
    cuts.sort_unstable();
    cuts.dedup();
    let spans = cuts
        .windows(2)
        .map(|w| {
            let (start, end) = (w[0], w[1]);
            let inside = |r: &Range<usize>| r.start <= start && end <= r.end;
            let mut style = match marks.iter().find(|m| inside(&m.range)).map(|m| m.kind) {
                Some(MarkKind::Quote(q)) if view.current_quote == Some(q) => theme.current_quote,
                Some(MarkKind::Quote(_)) => base.patch(theme.quote),
                Some(MarkKind::Speaker) => base.patch(theme.speaker),
                None => base,
            };
            if found.iter().any(|r| inside(r)) {
                style = style.patch(theme.found);
            }
            Span::styled(&block[start..end], style)
        })
        .collect::<Vec<_>>();
    Line::from(spans)
}
