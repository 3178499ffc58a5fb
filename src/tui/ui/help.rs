//! The help overlay: every action and its keys, generated from the keymap so it never goes
//! stale.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Borders, Clear, Paragraph};
use unicode_width::UnicodeWidthStr;

use crate::tui::app::App;
use crate::tui::keymap::{Action, Keymap};

/// Where the overlay goes on a screen of `screen`'s size.
pub fn area(screen: Rect) -> Rect {
    let height = (Action::ALL.len() as u16 + 2).min(screen.height.saturating_sub(1));
    let width = 72.min(screen.width);
    super::centered(screen, width, height)
}

/// Each action's keys as the overlay writes them.
fn keys(keymap: &Keymap, action: Action) -> String {
    keymap
        .keys(action)
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(" ")
}

/// Draws the overlay over the frame, scrolled by `offset` lines.
pub fn draw(frame: &mut Frame, app: &App, offset: usize) {
    let area = area(frame.area());
    let theme = &app.theme;
    let block = Block::default()
        .borders(Borders::ALL)
        .border_type(BorderType::Rounded)
        .border_style(theme.focus_border)
        .title(" Keys ")
        .title_bottom(Line::from(" esc close ").right_aligned());
    let column = Action::ALL
        .iter()
        .map(|&a| keys(&app.keymap, a).width())
        .max()
        .unwrap_or(0)
        .min(22);
    let lines: Vec<Line> = Action::ALL
        .iter()
        .skip(offset)
        .map(|&action| {
            Line::from(vec![
                Span::styled(format!(" {:>column$}  ", keys(&app.keymap, action)), theme.key),
                Span::raw(action.description()),
            ])
        })
        .collect();
    frame.render_widget(Clear, area);
    frame.render_widget(Paragraph::new(lines).block(block), area);
}
