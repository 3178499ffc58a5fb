//! Drawing: each pane is a view borrowed from [`App`] for one frame. Nothing here changes
//! state; [`App`] has already laid everything out.

mod actor;
pub mod help;
mod list;
mod notice;
mod reader;
mod search;
mod side;
mod status;

use ratatui::Frame;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Borders};

use super::app::{App, List, Scope};
use super::keymap::{Action, Mode};
use super::layout::Pane;

/// The mark before an article not opened yet.
const UNREAD: &str = "●";
/// The mark after an outlet guessed from the text.
const INFERRED: &str = "?";
/// The note on a quote whose headline speaker the body does not confirm.
const BODY_SPEAKER: &str = "⚠ body:";
/// The mark on the quote the reading pane highlights.
const CURRENT: &str = "▶";

/// Draws the whole screen, laid out first for the frame's own area (it can be smaller than
/// the last resize said); keys are then handled on the panes drawn.
pub fn draw(frame: &mut Frame, app: &mut App) {
    app.layout(frame.area());
    let app = &*app;
    let panes = app.panes();
    if let Some(area) = panes.list {
        list::draw(frame, app, area);
    }
    reader::draw(frame, app, &panes);
    if let (Some(area), Some(inside)) = (panes.side, panes.side_inner()) {
        side::draw(frame, app, area, inside);
    }
    status::draw(frame, app, panes.status);
    if let Some(view) = &app.actor_view {
        actor::draw(frame, app, view);
    }
    if let Some(prompt) = app.prompt.as_ref().filter(|p| p.scope == Scope::Story) {
        search::draw(frame, app, prompt);
    }
    if let Some(offset) = app.help {
        help::draw(frame, app, offset);
    }
    if let Some(problems) = &app.notice {
        notice::draw(frame, app, problems);
    }
}

/// The bordered block around a pane, styled by whether it has focus.
fn pane_block<'a>(app: &App, pane: Pane, title: impl Into<Line<'a>>) -> Block<'a> {
    let overlay = app.help.is_some()
        || app.notice.is_some()
        || app.actor_view.is_some()
        || app.prompt.as_ref().is_some_and(|p| p.scope == Scope::Story);
    let focused = app.focus == pane && !overlay;
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

/// `block` with `list`'s filter, if any, on its bottom border: "/ query", and a cursor mark
/// while it is typed.
fn filter_line<'a>(app: &App, list: List, block: Block<'a>) -> Block<'a> {
    match app.filter(list) {
        Some(filter) => {
            let cursor = if filter.typing { "▏" } else { "" };
            let style = if filter.typing {
                app.theme.key
            } else {
                app.theme.dim
            };
            block.title_bottom(Line::from(Span::styled(
                format!(" / {}{cursor} ", filter.input),
                style,
            )))
        }
        None => block,
    }
}

/// Key hints for a border, from the keymap so they follow remapped keys: " enter go · esc
/// close ", each action's first key in `mode` and what it does; an action left with no key
/// is left out.
pub(super) fn key_hints(app: &App, mode: Mode, hints: &[(Action, &str)]) -> Line<'static> {
    let parts: Vec<String> = hints
        .iter()
        .filter_map(|&(action, what)| app.keymap.hint(mode, action).map(|key| format!("{key} {what}")))
        .collect();
    if parts.is_empty() {
        return Line::default();
    }
    Line::from(format!(" {} ", parts.join(" · "))).right_aligned()
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
    Span::styled(crate::display::truncate(text, width), style)
}
