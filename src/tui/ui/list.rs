//! The article list: outlet, title, date and read state, two rows an article.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::{fit, pane_block};
use crate::tui::app::{App, LIST_ROWS_PER_ITEM};
use crate::tui::layout::Pane;

/// Draws the article list into `area`.
pub fn draw(frame: &mut Frame, app: &App, area: Rect) {
    let title = format!(" Articles {} ", app.corpus.articles.len());
    let block = pane_block(app, Pane::List, title);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let width = inner.width as usize;
    let theme = &app.theme;
    let mut lines = Vec::new();
    let rows = inner.height as usize / LIST_ROWS_PER_ITEM;
    for (i, article) in app
        .corpus
        .articles
        .iter()
        .enumerate()
        .skip(app.list_offset)
        .take(rows)
    {
        let unread = !app.read.get(i).copied().unwrap_or(false);
        let marker = if unread {
            Span::styled("● ", theme.unread)
        } else {
            Span::raw("  ")
        };
        let mut title = Line::from(vec![
            marker,
            fit(&article.title.value, width.saturating_sub(2), theme.status),
        ]);
        let outlet = match &article.outlet {
            Some(o) if o.inferred => format!("{}?", o.value),
            Some(o) => o.value.clone(),
            None => article.file_name.clone(),
        };
        // The date first: fixed width, so dates line up and a long outlet is what gets cut.
        let date = article
            .date
            .as_ref()
            .and_then(|d| d.date)
            .map(|d| format!("{} ", d.format("%Y-%m-%d")))
            .unwrap_or_default();
        let mut meta = Line::from(fit(&format!("  {date}{outlet}"), width, theme.dim));
        if i == app.selected {
            let style = if app.focus == Pane::List {
                theme.selected
            } else {
                theme.selected_unfocused
            };
            title = title.patch_style(style);
            meta = meta.patch_style(style);
            // Fill the row so the selection reads as a bar.
            title.spans.push(Span::styled(
                " ".repeat(width.saturating_sub(title.width())),
                style,
            ));
            meta.spans.push(Span::styled(
                " ".repeat(width.saturating_sub(meta.width())),
                style,
            ));
        }
        lines.push(title);
        lines.push(meta);
    }
    if app.corpus.articles.is_empty() {
        lines.push(Line::from(Span::styled("no articles", theme.dim)));
    }
    frame.render_widget(Paragraph::new(lines), inner);
}
