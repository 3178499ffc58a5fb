//! The help overlay: every action and its keys, generated from the keymap so it never goes
//! stale.

use ratatui::Frame;
use ratatui::layout::{Constraint, Flex, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Borders, Clear, Paragraph};

use crate::tui::app::App;
use crate::tui::keymap::Action;

/// Where the overlay goes on a screen of `screen`'s size.
pub fn area(screen: Rect) -> Rect {
    let height = (Action::ALL.len() as u16 + 2).min(screen.height.saturating_sub(1));
    let width = 64.min(screen.width);
    let [row] = Layout::vertical([Constraint::Length(height)])
        .flex(Flex::Center)
        .areas(screen);
    let [area] = Layout::horizontal([Constraint::Length(width)])
        .flex(Flex::Center)
        .areas(row);
    area
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
    let lines: Vec<Line> = Action::ALL
        .iter()
        .skip(offset)
        .map(|&action| {
            let keys: Vec<String> = app.keymap.keys(action).iter().map(ToString::to_string).collect();
            Line::from(vec![
                Span::styled(format!(" {:>20}  ", keys.join(" ")), theme.key),
                Span::raw(action.description()),
            ])
        })
        .collect();
    frame.render_widget(Clear, area);
    frame.render_widget(Paragraph::new(lines).block(block), area);
}
