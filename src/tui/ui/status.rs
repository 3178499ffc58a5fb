//! The status line: a message or key hints on the left; on the right the story's name (when a
//! story file gives one) and the position in the story.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

use super::{Look, fit};
use crate::library::Library;
use crate::search::{Kind, Query};
use crate::tui::app::{ExportPrompt, Prompt, Scope, Status, Trail};
use crate::tui::keymap::{Action, Mode};

/// What the status line shows: a message, the find being typed or key hints, and where the
/// reader is in the story.
pub struct StatusView<'a> {
    /// The story and how far it has loaded.
    pub library: &'a Library,
    /// The selected article.
    pub selected: usize,
    /// The message, if any.
    pub message: Option<&'a Status>,
    /// The open prompt, if any: a find is typed here, a story search's bad kinds named.
    pub prompt: Option<&'a Prompt>,
    /// The last search's hits: a find counts them.
    pub trail: Option<&'a Trail>,
    /// The export prompt, while the file's name is typed here.
    pub export: Option<&'a ExportPrompt>,
}

/// Draws the status line into `area`.
pub fn draw(frame: &mut Frame, area: Rect, view: &StatusView, look: Look) {
    let (library, theme) = (view.library, look.theme);
    let n = library.corpus.articles.len();
    let loading = library.progress().describe();
    let position = match (n, loading) {
        (0, None) => String::new(),
        (0, Some(loading)) => loading,
        (_, None) => format!("{}/{}", view.selected + 1, n),
        (_, Some(loading)) => format!("{loading} · {}/{}", view.selected + 1, n),
    };
    // The story's name, when a story file gives one, before the position: at most a third of
    // the line.
    let title = library.title().map(|title| {
        let room = (area.width as usize / 3).max(8);
        crate::display::truncate(title, room)
    });
    let right = match (title, position.is_empty()) {
        (None, true) => String::new(),
        (None, false) => format!(" {position} "),
        (Some(title), true) => format!(" {title} "),
        (Some(title), false) => format!(" {title} · {position} "),
    };
    let room = (area.width as usize).saturating_sub(right.width());
    if let Some(export) = view.export {
        return draw_export(frame, area, export, look);
    }
    if let Some(prompt) = view.prompt.filter(|p| matches!(p.scope, Scope::Article(_))) {
        let count = match (prompt.answered(), view.trail.and_then(|t| t.at)) {
            (None, _) => String::new(),
            (Some(_), _) if prompt.input.trim().is_empty() => String::new(),
            (Some(_), Some(at)) => format!("  {}/{}", at + 1, prompt.hits.len()),
            (Some(_), None) => "  not found".to_string(),
        };
        let text = format!("/{}", prompt.input);
        let label = library.corpus.label(view.selected);
        let scope = format!(
            "  in {label} ·{}",
            super::search::switch_hint(look.keymap, "the story")
        );
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
    let left = match (view.prompt.and_then(unknown_kinds), view.message) {
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
        (None, None) => hints(look, room),
    };
    frame.render_widget(Paragraph::new(left), area);
    frame.render_widget(
        Paragraph::new(Line::from(Span::styled(right, theme.dim)).right_aligned()),
        area,
    );
}

/// The export prompt: "export 12 quotes to: NAME", the cursor after the name, then its keys.
fn draw_export(frame: &mut Frame, area: Rect, export: &ExportPrompt, look: Look) {
    let theme = look.theme;
    let label = format!("export {} quotes to: ", export.count);
    let keys = [
        (Action::NextTab, "md/csv/json"),
        (Action::Open, "write"),
        (Action::Back, "cancel"),
    ];
    let hints: Vec<String> = keys
        .iter()
        .filter_map(|&(action, what)| {
            look.keymap
                .hint(Mode::Export, action)
                .map(|k| format!("{k} {what}"))
        })
        .collect();
    let hints = format!("  {}", hints.join(" · "));
    let room = (area.width as usize).saturating_sub(label.width());
    let line = Line::from(vec![
        Span::styled(label.clone(), theme.dim),
        fit(&export.input, room, theme.status),
        fit(&hints, room.saturating_sub(export.input.width()), theme.dim),
    ]);
    frame.render_widget(Paragraph::new(line), area);
    let x = area.x as usize + label.width() + export.input.width();
    let x = (x as u16).min(area.right().saturating_sub(1));
    frame.set_cursor_position(ratatui::layout::Position::new(x, area.y));
}

/// While the story prompt is open, what its `is:` values that name no kind are, if any:
/// "is:bogus: no such kind (quote, actor, article, text)".
fn unknown_kinds(prompt: &Prompt) -> Option<String> {
    if prompt.scope != Scope::Story {
        return None;
    }
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
fn hints(look: Look, room: usize) -> Line<'static> {
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
        let Some(key) = look.keymap.keys(action).first() else {
            continue;
        };
        let key = key.to_string();
        let width = key.width() + label.width() + 3;
        if used + width > room {
            break;
        }
        used += width;
        spans.push(Span::styled(format!(" {key}"), look.theme.key));
        spans.push(Span::styled(format!(" {label} "), look.theme.dim));
    }
    Line::from(spans)
}
