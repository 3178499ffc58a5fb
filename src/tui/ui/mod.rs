//! Drawing: each pane is a view borrowed from [`App`] for one frame. Nothing here changes
//! state; [`App`] has already laid everything out.

pub mod actor;
pub mod help;
mod list;
mod reader;
mod side;
mod status;

use ratatui::Frame;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Borders};
use unicode_width::UnicodeWidthStr;

use super::app::App;
use super::layout::Pane;

/// Draws the whole screen.
pub fn draw(frame: &mut Frame, app: &App) {
    let panes = app.panes();
    if let Some(area) = panes.list {
        list::draw(frame, app, area);
    }
    reader::draw(frame, app, panes.reader);
    if let Some(area) = panes.side {
        side::draw(frame, app, area);
    }
    status::draw(frame, app, panes.status);
    if let Some(view) = &app.actor_view {
        actor::draw(frame, app, view);
    }
    if let Some(offset) = app.help {
        help::draw(frame, app, offset);
    }
}

/// The bordered block around a pane, styled by whether it has focus.
fn pane_block<'a>(app: &App, pane: Pane, title: impl Into<Line<'a>>) -> Block<'a> {
    let focused = app.focus == pane && app.help.is_none() && app.actor_view.is_none();
    Block::default()
        .borders(Borders::ALL)
        .border_type(if focused {
            BorderType::Thick
        } else {
            BorderType::Plain
        })
        .border_style(if focused {
            app.theme.focus_border
        } else {
            app.theme.border
        })
        .title(title)
}

/// `text` cut to `width` columns, with an ellipsis when cut.
fn truncate(text: &str, width: usize) -> String {
    if text.width() <= width {
        return text.to_string();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if used + w + 1 > width {
            break;
        }
        out.push(c);
        used += w;
    }
    if width > 0 {
        out.push('…');
    }
    out
}

/// A row as wide as `width`, styled as selected when `selected` (reversed when the pane has
/// focus), so a selection reads as a bar.
fn select_row<'a>(mut line: Line<'a>, width: usize, selected: bool, focused: bool, app: &App) -> Line<'a> {
    if selected {
        let style = if focused {
            app.theme.selected
        } else {
            app.theme.selected_unfocused
        };
        line = line.patch_style(style);
        line.spans.push(Span::styled(
            " ".repeat(width.saturating_sub(line.width())),
            style,
        ));
    }
    line
}

/// A span with `text` cut to `width` columns.
fn fit<'a>(text: &str, width: usize, style: ratatui::style::Style) -> Span<'a> {
    Span::styled(truncate(text, width), style)
}

#[cfg(test)]
mod tests {
    use super::truncate;

    #[test]
    fn truncate_keeps_short_text_and_marks_cuts() {
        assert_eq!(truncate("short", 10), "short");
        assert_eq!(truncate("a longer title", 8), "a longe…");
        assert_eq!(truncate("Micheál Martin", 5), "Mich…");
        assert_eq!(truncate("abc", 0), "");
    }
}
