//! Drawing: [`draw`] lays the frame out, then hands each widget only what it draws (a reader
//! view, the list's state, the side panel's, an overlay's) for one frame; no widget sees the
//! whole [`App`]. Nothing here changes state but the layout.

mod actor;
mod compare;
pub mod help;
mod list;
mod notice;
mod reader;
mod search;
mod side;
mod status;
mod story;

use ratatui::Frame;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Borders};

use super::app::{App, Filter, Layer, List, Scope};
use super::keymap::{Action, Keymap, Mode};
use super::layout::Pane;
use super::side::Tab;
use super::theme::Theme;

/// The mark before an article not opened yet.
const UNREAD: &str = "●";
/// The mark before a starred article's outlet.
const STAR: &str = "★";
/// The mark after an outlet guessed from the text.
const INFERRED: &str = "?";
/// The note on a quote whose headline speaker the body does not confirm.
const BODY_SPEAKER: &str = "⚠ body:";
/// The mark on the quote the reading pane highlights.
const CURRENT: &str = "▶";
/// After a quote's count of outlets: they give its remark to different speakers.
const CONFLICT: &str = "⚠";

/// Draws the whole screen, laid out first for the frame's own area (it can be smaller than
/// the last resize said); keys are then handled on the panes drawn.
pub fn draw(frame: &mut Frame, app: &mut App) {
    app.layout(frame.area());
    let app = &*app;
    let panes = app.panes();
    let look = Look {
        theme: &app.theme,
        keymap: &app.keymap,
    };
    let overlay = app.layers().iter().any(Layer::covers);
    let focused = |pane: Pane| app.focus == pane && !overlay;
    let typing = app.typing_filter().map(|f| f.list);
    if let Some(area) = panes.list {
        let view = list::ListView {
            library: &app.library,
            list: &app.list,
            selected: app.selected(),
            filter: app.filter(List::Articles),
            typing: typing == Some(List::Articles),
            focused: focused(Pane::List),
        };
        list::draw(frame, area, &view, look);
    }
    // Each view in its own rectangle; the outer ones name the panes hidden beside them.
    let (views, current) = app.views();
    for (i, view) in views.iter().enumerate() {
        let border = reader::Border {
            focused: focused(Pane::Reader) && i == current,
            list_hidden: i == 0 && !app.zoom && panes.list.is_none(),
            side_hidden: (i + 1 == views.len() && !app.zoom && panes.side.is_none()).then_some(app.side.tab),
        };
        reader::draw(frame, view, &app.library, border, look);
    }
    if let (Some(area), Some(inside)) = (panes.side, panes.side_inner()) {
        let list = app.side.list();
        let view = side::SideView {
            article: app.library.corpus.articles.get(app.selected()).map(|a| &**a),
            extraction: app.extraction(),
            panel: &app.side,
            quotes: &match app.side.tab {
                Tab::Quotes => app.quote_entries(),
                _ => Vec::new(),
            },
            actors: &match app.side.tab {
                Tab::Actors => app.actor_rows(),
                _ => Vec::new(),
            },
            remarks: &match app.side.tab {
                Tab::Quotes => app.remark_marks(),
                _ => Vec::new(),
            },
            current_quote: app.view().current_quote,
            filter: list.and_then(|list| app.filter(list)),
            typing: list.is_some() && typing == list,
            focused: focused(Pane::Side),
        };
        side::draw(frame, area, inside, &view, look);
    }
    let line = status::StatusView {
        library: &app.library,
        selected: app.selected(),
        message: app.status.as_ref(),
        prompt: app.prompt(),
        trail: app.trail.as_ref(),
        export: app.export_prompt(),
    };
    status::draw(frame, panes.status, &line, look);
    // The overlays, bottom first: each layer that covers the panes draws itself.
    for layer in app.layers() {
        match layer {
            Layer::Actor(view) => {
                let query = app.trail.as_ref().map(|t| &t.query);
                actor::draw(frame, panes.actor(), view, &app.library, query, look);
            }
            Layer::Prompt(prompt) if prompt.scope == Scope::Story => {
                search::draw(frame, &panes, prompt, &app.library, look);
            }
            Layer::Pick(picker) => compare::draw_picker(frame, &panes, picker, &app.library, look),
            Layer::Compare(view) => compare::draw(frame, &panes, view, &app.library, look),
            Layer::Story(view) => story::draw(frame, &panes, view, look),
            Layer::Help(offset) => help::draw(frame, panes.help(help::lines()), *offset, look),
            Layer::Notice(problems) => notice::draw(frame, problems, look),
            Layer::Prompt(_) | Layer::Filter(_) | Layer::Export(_) => {}
        }
    }
}

/// What every widget draws with: the styles, and the keymap its key hints come from.
#[derive(Clone, Copy)]
pub struct Look<'a> {
    /// The styles.
    pub theme: &'a Theme,
    /// The keys, for hints that follow remapping.
    pub keymap: &'a Keymap,
}

/// The bordered block around a pane, styled by whether it has focus.
fn pane_block<'a>(theme: &Theme, focused: bool, title: impl Into<Line<'a>>) -> Block<'a> {
    Block::default()
        .borders(Borders::ALL)
        .border_type(if focused {
            BorderType::Thick
        } else {
            BorderType::Plain
        })
        .border_style(if focused { theme.focus_border } else { theme.border })
        .title(title)
}

/// `block` with a list's `filter`, if any, on its bottom border: "/ query", and a cursor
/// mark while it is `typing`.
fn filter_line<'a>(theme: &Theme, filter: Option<&Filter>, typing: bool, block: Block<'a>) -> Block<'a> {
    match filter {
        Some(filter) => {
            let cursor = if typing { "▏" } else { "" };
            let style = if typing { theme.key } else { theme.dim };
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
fn key_hints(keymap: &Keymap, mode: Mode, hints: &[(Action, &str)]) -> Line<'static> {
    let parts: Vec<String> = hints
        .iter()
        .filter_map(|&(action, what)| keymap.hint(mode, action).map(|key| format!("{key} {what}")))
        .collect();
    if parts.is_empty() {
        return Line::default();
    }
    Line::from(format!(" {} ", parts.join(" · "))).right_aligned()
}

/// A row as wide as `width`, styled as selected when `selected` (reversed when the pane has
/// focus), so a selection reads as a bar.
fn select_row<'a>(
    mut line: Line<'a>,
    width: usize,
    selected: bool,
    focused: bool,
    theme: &Theme,
) -> Line<'a> {
    if selected {
        let style = if focused {
            theme.selected
        } else {
            theme.selected_unfocused
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
