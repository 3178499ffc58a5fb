//! The side panel: a tab bar, then the article's quotes, its actors, or its metadata.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::{fit, pane_block, select_row};
use crate::tui::app::{App, List, ROWS_PER_ITEM};
use crate::tui::layout::Pane;
use crate::tui::side::{Tab, info_lines};

/// Draws the side panel into `area`.
pub fn draw(frame: &mut Frame, app: &App, area: Rect) {
    let list = match app.tab {
        Tab::Quotes => Some(List::Quotes),
        Tab::Actors => Some(List::Actors),
        Tab::Info => None,
    };
    let mut block = pane_block(app, Pane::Side, "");
    if let Some(list) = list {
        block = super::filter_line(app, list, block);
    }
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let [bar, body] = Layout::vertical([Constraint::Length(1), Constraint::Min(0)]).areas(inner);
    let theme = &app.theme;
    let mut tabs = Vec::new();
    for tab in Tab::ALL {
        let style = if tab == app.tab { theme.tab } else { theme.dim };
        tabs.push(Span::styled(format!(" {} ", tab.title()), style));
    }
    frame.render_widget(Paragraph::new(Line::from(tabs)), bar);
    let (Some(article), Some(extraction)) = (app.corpus.articles.get(app.selected()), app.extraction())
    else {
        return;
    };
    let width = body.width as usize;
    let focused = app.focus == Pane::Side;
    let rows = body.height as usize / ROWS_PER_ITEM;
    let mut lines = Vec::new();
    match app.tab {
        Tab::Quotes => {
            for (i, &q) in app
                .quote_rows()
                .iter()
                .enumerate()
                .skip(app.side.offset)
                .take(rows)
            {
                let quote = &extraction.quotes[q];
                let speaker = match (&quote.speaker, &quote.speaker_description) {
                    (Some(name), _) => fit(name, width, theme.speaker),
                    (None, Some(description)) => fit(&format!("({description})"), width, theme.dim),
                    (None, None) => fit("(unattributed)", width, theme.dim),
                };
                let marker = if app.current_quote == Some(q) {
                    format!("{} ", super::CURRENT)
                } else {
                    String::new()
                };
                let mut first = Line::from(vec![Span::raw(marker), speaker]);
                if let Some(body) = &quote.body_speaker {
                    // The headline gives the words to someone the body does not.
                    let note = format!(" {} {body}", super::BODY_SPEAKER);
                    let room = width.saturating_sub(first.width());
                    first.spans.push(fit(&note, room, theme.warning));
                }
                let text = fit(&format!("  “{}”", quote.text), width, theme.quote);
                let selected = i == app.side.selected;
                lines.push(select_row(first, width, selected, focused, app));
                lines.push(select_row(Line::from(text), width, selected, focused, app));
            }
            if extraction.quotes.is_empty() {
                lines.push(Line::from(Span::styled("no quotes", theme.dim)));
            }
        }
        Tab::Actors => {
            for (i, &a) in app
                .actor_rows()
                .iter()
                .enumerate()
                .skip(app.side.offset)
                .take(rows)
            {
                let actor = &extraction.actors.actors[a];
                let quotes = extraction
                    .quotes
                    .iter()
                    .filter(|q| q.speaker_actor == Some(a))
                    .count();
                let kind = match actor.kind {
                    crate::extract::actors::ActorKind::Person => "person",
                    crate::extract::actors::ActorKind::Organization => "org",
                };
                let counts = format!(" {}m {}q", actor.mentions, quotes);
                let name_width = width.saturating_sub(counts.chars().count());
                let style = if quotes > 0 { theme.speaker } else { theme.status };
                let first = Line::from(vec![
                    fit(&actor.name, name_width, style),
                    Span::styled(counts, theme.dim),
                ]);
                let role = actor
                    .role
                    .as_deref()
                    .map_or_else(|| kind.to_string(), |r| format!("{kind} · {r}"));
                let second = Line::from(fit(&format!("  {role}"), width, theme.dim));
                let selected = i == app.side.selected;
                lines.push(select_row(first, width, selected, focused, app));
                lines.push(select_row(second, width, selected, focused, app));
            }
            if extraction.actors.actors.is_empty() {
                lines.push(Line::from(Span::styled("no actors", theme.dim)));
            }
        }
        Tab::Info => {
            lines = info_lines(article, width, theme)
                .into_iter()
                .skip(app.side.offset)
                .take(body.height as usize)
                .collect();
        }
    }
    frame.render_widget(Paragraph::new(lines), body);
}
