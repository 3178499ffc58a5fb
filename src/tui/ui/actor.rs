//! The actor overlay: one person's or organization's quotes across every article of the
//! story, each with its outlet, or every rendering of one remark, each word by word against
//! the fullest (words it lacks struck through, words it adds bold and underlined); Enter
//! jumps to it.

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
    let inner = crate::tui::layout::inner(area);
    let width = inner.width as usize;
    let rows = layout::items(inner);
    let quote_at = |&(a, q): &(usize, usize)| library.quote(a, q);
    let remark = view.remark.as_ref();
    let fullest = remark.and_then(|r| view.quotes.get(r.fullest)).and_then(quote_at);
    let hints = super::key_hints(
        look.keymap,
        Mode::Actor,
        &[(Action::Open, "go to"), (Action::Back, "close")],
    );
    let room = width.saturating_sub(hints.width() + 1);
    let mut block = Block::default()
        .borders(Borders::ALL)
        .border_type(BorderType::Rounded)
        .border_style(theme.focus_border)
        .title_bottom(hints);
    match remark {
        Some(remark) => {
            let outlets = crate::compare::wordings::outlets(&view.quotes);
            let title = format!(
                " {} renderings in {outlets} outlets of “{}” ",
                view.quotes.len(),
                fullest.map_or("", |(_, words)| words)
            );
            block = block.title(Line::from(fit(&title, width, theme.speaker)));
            if let Some(conflict) = &remark.conflict {
                let note = format!(
                    " {} speakers differ: {} ",
                    super::CONFLICT,
                    conflict.speakers.join(" · ")
                );
                block = block.title_bottom(Line::from(fit(&note, room, theme.warning)));
            }
        }
        None => {
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
            block = block.title(Line::from(title));
        }
    }
    let mut lines = Vec::new();
    for (i, place) in view.quotes.iter().enumerate().skip(view.cursor.offset).take(rows) {
        let Some((quote, words)) = quote_at(place) else {
            continue;
        };
        let outlet = library.corpus.label(place.0);
        let mut source = match &quote.speaker {
            Some(name) => format!("{outlet} · {name}"),
            None => outlet.to_string(),
        };
        if view.remark.is_some() && quote.headline {
            source.push_str(" · headline");
        }
        if view.remark.as_ref().is_some_and(|r| r.fullest == i) {
            source.push_str(" · fullest");
        }
        let selected = i == view.cursor.selected;
        lines.push(select_row(
            Line::from(fit(&source, width, theme.dim)),
            width,
            selected,
            true,
            theme,
        ));
        let text = match fullest.filter(|_| view.remark.is_some()) {
            Some((_, fullest)) => Line::from(wording(fullest, words, width, look)),
            None => Line::from(fit(&format!("  “{words}”"), width, theme.quote)),
        };
        lines.push(select_row(text, width, selected, true, theme));
    }
    if view.quotes.is_empty() {
        lines.push(Line::from(Span::styled("no quotes in any article", theme.dim)));
    }
    frame.render_widget(Clear, area);
    frame.render_widget(Paragraph::new(lines).block(block), area);
}

/// One rendering's words against the fullest's, in quote marks, cut to `width` columns:
/// words the rendering lacks struck through, words it adds bold and underlined.
fn wording<'a>(fullest: &str, words: &str, width: usize, look: Look) -> Vec<Span<'a>> {
    use crate::compare::align::{Op, diff};
    let theme = look.theme;
    let mut spans = vec![Span::styled("  “", theme.quote)];
    let mut before: Option<(Op, bool)> = None;
    for change in diff(fullest, words) {
        let style = match change.op {
            Op::Equal => theme.quote,
            Op::Delete => theme.deleted,
            Op::Insert => theme.inserted,
        };
        // A word dropped right before one added: a space keeps them two words.
        let spaced = change.text.starts_with(char::is_whitespace);
        if before == Some((Op::Delete, false)) && change.op == Op::Insert && !spaced {
            spans.push(Span::raw(" "));
        }
        before = Some((change.op, change.text.ends_with(char::is_whitespace)));
        spans.push(Span::styled(change.text, style));
    }
    spans.push(Span::styled("”", theme.quote));
    // Cut to the width, span by span.
    let mut room = width;
    let mut out = Vec::with_capacity(spans.len());
    for span in spans {
        if room == 0 {
            break;
        }
        let w = span.width();
        if w <= room {
            room -= w;
            out.push(span);
        } else {
            out.push(fit(&span.content, room, span.style));
            room = 0;
        }
    }
    out
}
