//! The article list: title, date, outlet, quote count, read state and star, two rows an
//! article.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

use super::{Look, fit, pane_block, select_row};
use crate::library::Library;
use crate::tui::app::{ArticleList, Filter};
use crate::tui::layout;

/// What the article list draws: the library's articles, as the list's state has them.
pub struct ListView<'a> {
    /// The articles and what the reader did with them.
    pub library: &'a Library,
    /// The rows listed and the first shown.
    pub list: &'a ArticleList,
    /// The selected article.
    pub selected: usize,
    /// The list's filter, if any.
    pub filter: Option<&'a Filter>,
    /// True while the filter is typed.
    pub typing: bool,
    /// True when the list has focus.
    pub focused: bool,
}

/// Draws the article list into `area`.
pub fn draw(frame: &mut Frame, area: Rect, view: &ListView, look: Look) {
    let (library, rows, theme) = (view.library, &view.list.rows, look.theme);
    let title = match rows.len() {
        n if n == library.corpus.articles.len() => format!(" Articles {n} "),
        n => format!(" Articles {n}/{} ", library.corpus.articles.len()),
    };
    let block = super::filter_line(
        theme,
        view.filter,
        view.typing,
        pane_block(theme, view.focused, title),
    );
    let inner = layout::inner(area);
    frame.render_widget(block, area);
    let width = inner.width as usize;
    let focused = view.focused;
    let mut lines = Vec::new();
    let shown = layout::items(inner);
    for &i in rows.iter().skip(view.list.offset).take(shown) {
        let article = &library.corpus.articles[i];
        let unread = !library.state(i).read;
        let marker = if unread {
            Span::styled(format!("{} ", super::UNREAD), theme.unread)
        } else {
            Span::raw("  ")
        };
        let title = Line::from(vec![
            marker,
            fit(&article.title.value, width.saturating_sub(2), theme.status),
        ]);
        // The title is the row above: the outlet is what this row adds.
        let outlet = match &article.outlet {
            Some(o) if o.inferred => format!("{}{}", o.value, super::INFERRED),
            Some(o) => o.value.clone(),
            None => "outlet unknown".to_string(),
        };
        let quotes = library.story.articles.get(i).map_or(0, |e| e.quotes.len());
        let count = format!(" {quotes}q");
        let meta_width = width.saturating_sub(count.width());
        // The date first, fixed width, so dates line up; dropped before the outlet is cut.
        let date = article
            .date
            .as_ref()
            .and_then(|d| d.date)
            .map(|d| format!("{} ", d.format("%Y-%m-%d")))
            .filter(|date| 2 + date.width() + outlet.width() <= meta_width)
            .unwrap_or_default();
        // Below the read mark, in the same column: the star.
        let star = match library.state(i).starred {
            true => Span::styled(format!("{} ", super::STAR), theme.unread),
            false => Span::raw("  "),
        };
        let meta = fit(
            &format!("{date}{outlet}"),
            meta_width.saturating_sub(2),
            theme.dim,
        );
        let pad = " ".repeat(meta_width.saturating_sub(2 + meta.width()));
        let meta = Line::from(vec![star, meta, Span::raw(pad), Span::styled(count, theme.dim)]);
        let selected = i == view.selected;
        lines.push(select_row(title, width, selected, focused, theme));
        lines.push(select_row(meta, width, selected, focused, theme));
    }
    if library.corpus.articles.is_empty() {
        lines.push(Line::from(Span::styled("no articles", theme.dim)));
    } else if rows.is_empty() {
        lines.push(Line::from(Span::styled("no match", theme.dim)));
    }
    frame.render_widget(Paragraph::new(lines), inner);
}
