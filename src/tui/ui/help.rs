//! The help overlay: every action and its keys, generated from the keymap so it never goes
//! stale.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Borders, Clear, Paragraph};
use unicode_width::UnicodeWidthStr;

use crate::tui::app::App;
use crate::tui::keymap::{Action, Keymap, Mode};

/// Where the overlay goes on a screen of `screen`'s size.
pub fn area(screen: Rect) -> Rect {
    let height = (lines() as u16 + 2).min(screen.height.saturating_sub(1));
    let width = 78.min(screen.width);
    super::centered(screen, width, height)
}

/// Lines of the overlay: one per action, then a heading (after a blank) and one line per
/// prompt action.
pub fn lines() -> usize {
    Action::ALL.len() + 2 + Action::PROMPT.len()
}

/// Each action's keys in `mode` as the overlay writes them.
fn keys(keymap: &Keymap, mode: Mode, action: Action) -> String {
    keymap
        .keys_in(mode, action)
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
        .title_bottom(super::key_hints(app, Mode::Normal, &[(Action::Back, "close")]));
    let entries: Vec<(String, &str)> = Action::ALL
        .iter()
        .map(|&a| (keys(&app.keymap, Mode::Normal, a), a.description()))
        .chain([
            (String::new(), ""),
            ("search prompt".to_string(), "(other keys type into the query)"),
        ])
        .chain(
            Action::PROMPT
                .iter()
                .map(|&a| (keys(&app.keymap, Mode::Prompt, a), a.prompt_description())),
        )
        .collect();
    let column = entries.iter().map(|(k, _)| k.width()).max().unwrap_or(0).min(26);
    let lines: Vec<Line> = entries
        .iter()
        .skip(offset)
        .map(|(keys, description)| {
            Line::from(vec![
                Span::styled(format!(" {keys:>column$}  "), theme.key),
                Span::raw(*description),
            ])
        })
        .collect();
    frame.render_widget(Clear, area);
    frame.render_widget(Paragraph::new(lines).block(block), area);
}
