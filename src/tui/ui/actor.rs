//! The actor overlay: one person's or organization's quotes across every article of the
//! story, each with its outlet; Enter jumps to it.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Borders, Clear, Paragraph};

use super::{Look, fit, select_row};
use crate::library::Library;
use crate::search::{Matcher, Query};
use crate::tui::app::ActorView;
use crate::tui::keymap::{Action, Mode};
use crate::tui::layout;

/// Draws the overlay for `view` into `area`, its quotes from `library`; `query` is the search
/// that led here, if any, whose match in the name is highlighted.
pub fn draw(
    frame: &mut Frame,
    area: Rect,
    view: &ActorView,
    library: &Library,
    query: Option<&Query>,
    look: Look,
) {
    let theme = look.theme;
    let positions = query
        .map(|q| Matcher.text_positions(q, &view.name))
        .unwrap_or_default();
    let mut title = vec![Span::styled(" ", theme.speaker)];
    title.extend(super::search::highlight(
        &view.name,
        &positions,
        usize::MAX,
        theme.speaker,
        theme.speaker.patch(theme.matched),
    ));
    title.push(Span::styled(
        format!(" · {} quotes ", view.quotes.len()),
        theme.speaker,
    ));
    let block = Block::default()
        .borders(Borders::ALL)
        .border_type(BorderType::Rounded)
        .border_style(theme.focus_border)
        .title(Line::from(title))
        .title_bottom(super::key_hints(
            look.keymap,
            Mode::Actor,
            &[(Action::Open, "go to"), (Action::Back, "close")],
        ));
    let inner = crate::tui::layout::inner(area);
    let width = inner.width as usize;
    let rows = layout::items(inner);
    let mut lines = Vec::new();
    for (i, &(a, q)) in view.quotes.iter().enumerate().skip(view.cursor.offset).take(rows) {
        let quote = &library.story.articles[a].quotes[q];
        let outlet = library.corpus.label(a);
        let source = match &quote.speaker {
            Some(name) => format!("{outlet} · {name}"),
            None => outlet.to_string(),
        };
        let selected = i == view.cursor.selected;
        lines.push(select_row(
            Line::from(fit(&source, width, theme.dim)),
            width,
            selected,
            true,
            theme,
        ));
        let text = Line::from(fit(&format!("  “{}”", quote.text), width, theme.quote));
        lines.push(select_row(text, width, selected, true, theme));
    }
    if view.quotes.is_empty() {
        lines.push(Line::from(Span::styled("no quotes in any article", theme.dim)));
    }
    frame.render_widget(Clear, area);
    frame.render_widget(Paragraph::new(lines).block(block), area);
}
