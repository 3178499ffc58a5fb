//! The notice overlay: problems the user should read before going on (a bad keymap), one
//! entry each and wrapped, until dismissed.

use ratatui::Frame;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Borders, Clear, Paragraph, Wrap};

use super::Look;
use crate::tui::app::Notice;
use crate::tui::keymap::{Action, Mode};

/// Draws `notice` over the frame, from its first shown problem.
pub fn draw(frame: &mut Frame, notice: &Notice, look: Look) {
    let screen = frame.area();
    let area = crate::tui::layout::centered(
        screen,
        100.min(screen.width),
        (notice.problems.len() as u16 * 2 + 4).min(screen.height.saturating_sub(2)),
    );
    let theme = look.theme;
    let count = match notice.problems.len() {
        1 => "1 problem".to_string(),
        n => format!("{n} problems"),
    };
    let block = Block::default()
        .borders(Borders::ALL)
        .border_type(BorderType::Rounded)
        .border_style(theme.warning)
        .title(format!("{}· {count} ", notice.title))
        .title_bottom(super::key_hints(
            look.keymap,
            Mode::Notice,
            &[(Action::Back, "close")],
        ));
    let lines: Vec<Line> = notice
        .problems
        .iter()
        .skip(notice.offset)
        .map(|p| Line::from(Span::styled(format!("• {p}"), theme.warning)))
        .collect();
    frame.render_widget(Clear, area);
    frame.render_widget(
        Paragraph::new(lines).wrap(Wrap { trim: false }).block(block),
        area,
    );
}
