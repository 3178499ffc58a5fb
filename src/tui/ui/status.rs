//! The status line: a message or key hints on the left, the position in the story on the right.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

use super::fit;
use crate::tui::app::App;
use crate::tui::keymap::Action;

/// Draws the status line into `area`.
pub fn draw(frame: &mut Frame, app: &App, area: Rect) {
    let theme = &app.theme;
    let n = app.corpus.articles.len();
    let right = if n == 0 {
        String::new()
    } else {
        format!(" {}/{} ", app.selected() + 1, n)
    };
    let room = (area.width as usize).saturating_sub(right.width());
    let left = match &app.status {
        Some(status) => Line::from(fit(
            &status.text,
            room,
            if status.warning {
                theme.warning
            } else {
                theme.status
            },
        )),
        None => hints(app, room),
    };
    frame.render_widget(Paragraph::new(left), area);
    frame.render_widget(
        Paragraph::new(Line::from(Span::styled(right, theme.dim)).right_aligned()),
        area,
    );
}

/// "? help  q quit  tab focus  enter open  z zoom", from the keymap, as many as fit.
fn hints(app: &App, room: usize) -> Line<'static> {
    let mut spans = Vec::new();
    let mut used = 0;
    for (action, label) in [
        (Action::Help, "help"),
        (Action::Quit, "quit"),
        (Action::FocusNext, "focus"),
        (Action::Open, "open"),
        (Action::Zoom, "zoom"),
        (Action::TogglePanel, "panel"),
    ] {
        let Some(key) = app.keymap.keys(action).first() else {
            continue;
        };
        let key = key.to_string();
        let width = key.width() + label.width() + 3;
        if used + width > room {
            break;
        }
        used += width;
        spans.push(Span::styled(format!(" {key}"), app.theme.key));
        spans.push(Span::styled(format!(" {label} "), app.theme.dim));
    }
    Line::from(spans)
}
