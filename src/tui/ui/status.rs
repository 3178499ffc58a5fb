//! The status line: a message or key hints on the left, the position in the story on the right.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

use super::fit;
use crate::search::{Kind, Query};
use crate::tui::app::{App, Scope};
use crate::tui::keymap::Action;

/// Draws the status line into `area`.
pub fn draw(frame: &mut Frame, app: &App, area: Rect) {
    let theme = &app.theme;
    let n = app.library.corpus.articles.len();
    let right = if n == 0 {
        String::new()
    } else {
        format!(" {}/{} ", app.selected() + 1, n)
    };
    let room = (area.width as usize).saturating_sub(right.width());
    if let Some(prompt) = app
        .prompt
        .as_ref()
        .filter(|p| matches!(p.scope, Scope::Article(_)))
    {
        let count = match (prompt.answered(), app.trail.as_ref().and_then(|t| t.at)) {
            (None, _) => String::new(),
            (Some(_), _) if prompt.input.trim().is_empty() => String::new(),
            (Some(_), Some(at)) => format!("  {}/{}", at + 1, prompt.hits.len()),
            (Some(_), None) => "  not found".to_string(),
        };
        let text = format!("/{}", prompt.input);
        let label = app.library.corpus.label(app.selected());
        let scope = format!("  in {label} ·{}", super::search::switch_hint(app, "the story"));
        let scope = scope.trim_end_matches(" ·");
        let line = Line::from(vec![
            fit(&text, room, theme.status),
            Span::styled(count, theme.dim),
            Span::styled(scope.to_string(), theme.dim),
        ]);
        frame.render_widget(Paragraph::new(line), area);
        let x = (area.x + 1 + prompt.input.width() as u16).min(area.right().saturating_sub(1));
        frame.set_cursor_position(ratatui::layout::Position::new(x, area.y));
        return;
    }
    let left = match (unknown_kinds(app), &app.status) {
        (Some(warning), _) => Line::from(fit(&warning, room, theme.warning)),
        (None, Some(status)) => Line::from(fit(
            &status.text,
            room,
            if status.warning {
                theme.warning
            } else {
                theme.status
            },
        )),
        (None, None) => hints(app, room),
    };
    frame.render_widget(Paragraph::new(left), area);
    frame.render_widget(
        Paragraph::new(Line::from(Span::styled(right, theme.dim)).right_aligned()),
        area,
    );
}

/// While the story prompt is open, what its `is:` values that name no kind are, if any:
/// "is:bogus: no such kind (quote, actor, article, text)".
fn unknown_kinds(app: &App) -> Option<String> {
    let prompt = app.prompt.as_ref().filter(|p| p.scope == Scope::Story)?;
    let unknown = Query::parse(&prompt.input).unknown_kinds;
    if unknown.is_empty() {
        return None;
    }
    let named: Vec<String> = unknown.iter().map(|v| format!("is:{v}")).collect();
    let kinds: Vec<&str> = Kind::ALL.iter().map(|k| k.name()).collect();
    Some(format!(
        "{}: no such kind ({})",
        named.join(" "),
        kinds.join(", ")
    ))
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
        (Action::Search, "search"),
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
