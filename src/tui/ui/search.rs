//! The search prompt over the story: the query, then the best hits, each labelled with its
//! kind and context, the matched chars highlighted in whichever field matched (a quote's
//! words or its speaker, a name or an alias). Match positions are computed here, for the rows
//! on screen only.

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Borders, Clear, Paragraph};
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use super::{Look, select_row};
use crate::library::Library;
use crate::search::{Candidate, Index, Kind, Matcher, Target};
use crate::tui::app::Prompt;
use crate::tui::keymap::{Action, Keymap, Mode};
use crate::tui::layout::Panes;
use crate::tui::theme::Theme;

/// Draws the story-wide `prompt` over the frame where `panes` put it, its hits from
/// `library`.
pub fn draw(frame: &mut Frame, panes: &Panes, prompt: &Prompt, library: &Library, look: Look) {
    let area = panes.prompt();
    let theme = look.theme;
    let more = if prompt.searching() { "…" } else { "" };
    let count = match prompt.answered() {
        Some(_) if prompt.total() > prompt.hits.len() => {
            format!(" {} of {}{more} ", prompt.hits.len(), prompt.total())
        }
        Some(_) => format!(" {}{more} ", prompt.total()),
        None => " … ".to_string(),
    };
    let block = Block::default()
        .borders(Borders::ALL)
        .border_type(BorderType::Rounded)
        .border_style(theme.focus_border)
        .title(title(library))
        .title(Line::from(Span::styled(count, theme.dim)).right_aligned())
        .title_bottom(
            Line::from(format!(
                " enter go · ctrl-j/k move ·{} esc back ",
                switch_hint(look.keymap, "in the article")
            ))
            .right_aligned(),
        );
    let inner = crate::tui::layout::inner(area);
    frame.render_widget(Clear, area);
    frame.render_widget(block, area);
    if inner.height == 0 {
        return;
    }
    let width = inner.width as usize;
    let input = Line::from(vec![
        Span::styled("› ", theme.key),
        Span::raw(crate::display::truncate(&prompt.input, width.saturating_sub(3))),
    ]);
    let input_width = input.width() as u16;
    frame.render_widget(Paragraph::new(input), Rect { height: 1, ..inner });
    frame.set_cursor_position(Position::new(
        (inner.x + input_width).min(inner.right().saturating_sub(1)),
        inner.y,
    ));
    let rows = panes.prompt_rows();
    let query = prompt.answered();
    let index = prompt.index();
    let mut lines = Vec::new();
    for (i, hit) in prompt
        .hits
        .iter()
        .enumerate()
        .skip(prompt.cursor.offset)
        .take(rows.height as usize)
    {
        let Some((index, candidate)) =
            index.and_then(|i| Some((i, i.candidates.get(hit.candidate as usize)?)))
        else {
            continue;
        };
        let positions = query
            .map(|q| Matcher.positions(q, index, candidate))
            .unwrap_or_default();
        let line = row(library, theme, (index, candidate), &positions, width);
        lines.push(select_row(line, width, i == prompt.cursor.selected, true, theme));
    }
    if lines.is_empty() && query.is_some() {
        lines.push(Line::from(Span::styled("no match", theme.dim)));
    }
    frame.render_widget(Paragraph::new(lines), rows);
}

/// The key that switches the prompt's scope and where it switches to, as a hint (` ctrl-t in
/// the article ·`), or nothing when no key is bound to it.
pub(super) fn switch_hint(keymap: &Keymap, to: &str) -> String {
    keymap
        .keys_in(Mode::Prompt, Action::SwitchScope)
        .first()
        .map_or_else(String::new, |key| format!(" {key} {to} ·"))
}

/// One hit: its kind, its text with the matched chars styled, then its context with the
/// matched chars of its fields styled; `positions` are each field's matched chars.
fn row<'a>(
    library: &Library,
    theme: &Theme,
    (index, candidate): (&Index, &Candidate),
    positions: &[Vec<usize>],
    width: usize,
) -> Line<'a> {
    let label = format!("{:<8}", candidate.kind().name());
    let (context, mut marked) = context(library, (index, candidate), positions);
    // Contexts line up in one column on the right, a third of the width.
    let context_width = if context.is_empty() { 0 } else { width / 3 };
    let room = width.saturating_sub(label.width() + context_width + 3);
    let text = index.text(candidate, 0);
    let base = match candidate.kind() {
        Kind::Quote => theme.quote,
        Kind::Actor => theme.speaker,
        Kind::Article => theme.title,
        Kind::Text => theme.status,
    };
    let mut spans = vec![Span::styled(label, theme.dim)];
    let main = positions.first().map_or(&[][..], Vec::as_slice);
    let shown = highlight(text, main, room, base, base.patch(theme.matched));
    let used: usize = shown.iter().map(Span::width).sum();
    spans.extend(shown);
    spans.push(Span::raw(" ".repeat(room.saturating_sub(used))));
    if context_width > 0 {
        spans.push(Span::styled("  ", theme.dim));
        let cut = crate::display::truncate(&context, context_width);
        let kept = cut.chars().count().min(context.chars().count());
        marked.retain(|&p| p < kept);
        spans.extend(highlight(&cut, &marked, usize::MAX, theme.dim, theme.matched));
    }
    Line::from(spans)
}

/// Who and where: speaker and outlet for a quote, outlet for a sentence, outlet and date for
/// an article, role for an actor (after the aliases, when only they matched); with the char
/// positions in it that matched, from `positions` (each field's).
fn context(
    library: &Library,
    (index, candidate): (&Index, &Candidate),
    positions: &[Vec<usize>],
) -> (String, Vec<usize>) {
    let label = candidate.article().map_or("", |a| library.corpus.label(a));
    let field = |i: usize| index.text(candidate, i);
    let at = |i: usize| positions.get(i).map_or(&[][..], Vec::as_slice);
    let matched = |i: usize| !at(i).is_empty();
    let parts: Vec<(&str, &[usize])> = match candidate.target() {
        Target::Quote(_) => vec![(field(1), at(1)), (label, &[])],
        Target::Article if matched(1) => vec![(field(1), at(1)), (field(2), at(2))],
        Target::Article => vec![(label, &[]), (field(2), at(2))],
        Target::Actor(_) if matched(1) && !matched(0) => vec![(field(1), at(1)), (field(2), at(2))],
        Target::Actor(_) => vec![(field(2), at(2))],
        Target::Text(_) => vec![(label, &[])],
        Target::Line(_) => vec![],
    };
    let mut text = String::new();
    let mut marked = Vec::new();
    for (part, at) in parts.into_iter().filter(|(p, _)| !p.is_empty()) {
        if !text.is_empty() {
            text.push_str(" · ");
        }
        let start = text.chars().count();
        marked.extend(at.iter().map(|p| start + p));
        text.push_str(part);
    }
    (text, marked)
}

/// `text` cut to `width` columns as spans, the chars at `positions` (char indices) in
/// `matched`. When the first match lies beyond the width, the text is shown from a little
/// before it, after an ellipsis.
pub(super) fn highlight<'a>(
    text: &str,
    positions: &[usize],
    width: usize,
    base: Style,
    matched: Style,
) -> Vec<Span<'a>> {
    let first = positions.first().copied().unwrap_or(0);
    let before: usize = text.chars().take(first).map(|c| c.width().unwrap_or(0)).sum();
    let skip = if before.saturating_add(8) > width {
        first.saturating_sub(8)
    } else {
        0
    };
    let mut spans: Vec<Span> = Vec::new();
    let mut used = 0;
    if skip > 0 {
        spans.push(Span::styled("…", base));
        used = 1;
    }
    let mut run = String::new();
    let mut run_matched = false;
    let mut next = positions.iter().peekable();
    for (i, c) in text.chars().enumerate() {
        let is_match = next.next_if(|&&p| p == i).is_some();
        if i < skip {
            continue;
        }
        let w = c.width().unwrap_or(0);
        if used + w > width {
            break;
        }
        used += w;
        if is_match != run_matched && !run.is_empty() {
            spans.push(Span::styled(
                std::mem::take(&mut run),
                if run_matched { matched } else { base },
            ));
        }
        run_matched = is_match;
        run.push(c);
    }
    if !run.is_empty() {
        spans.push(Span::styled(run, if run_matched { matched } else { base }));
    }
    spans
}

/// The story prompt's title; while the story loads, how much of it the hits cover.
fn title(library: &Library) -> String {
    let (indexed, loaded) = (library.progress().indexed, library.len());
    if library.progress().done {
        " Search the story ".to_string()
    } else if indexed == 0 && library.progress().extracted == loaded && loaded > 0 {
        format!(
            " Search the story: indexing all {} articles ",
            crate::library::thousands(loaded)
        )
    } else {
        format!(
            " Search the story: {} of {} articles so far ",
            crate::library::thousands(indexed),
            crate::library::thousands(loaded)
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(spans: &[Span]) -> Vec<String> {
        spans.iter().map(|s| s.content.to_string()).collect()
    }

    #[test]
    fn highlights_chars_not_bytes() {
        let (base, matched) = (Style::new(), Style::new().bold());
        let spans = highlight("“Zelenskyy” said", &[1, 2, 3], 40, base, matched);
        assert_eq!(texts(&spans), ["“", "Zel", "enskyy” said"]);
        assert_eq!(spans[1].style, matched);
    }

    #[test]
    fn a_match_beyond_the_width_is_brought_into_view() {
        let text = format!("{}needle", "x".repeat(50));
        let spans = highlight(
            &text,
            &[50, 51, 52, 53, 54, 55],
            20,
            Style::new(),
            Style::new().bold(),
        );
        assert_eq!(texts(&spans), ["…", "xxxxxxxx", "needle"]);
    }
}
