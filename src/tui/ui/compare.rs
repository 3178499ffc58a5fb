//! Two articles side by side: the picker of the second one, and the comparison itself, a
//! header counting what the versions share and what each reports alone, then the aligned rows
//! as [`crate::tui::diff`] laid them out, words only one side has struck through (left) or
//! bold and underlined (right), so the marks read without colour.

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Borders, Clear, Paragraph};

use super::{Look, fit, select_row};
use crate::library::Library;
use crate::tui::app::{CompareView, Picker};
use crate::tui::diff::{GUTTER, Mark, Piece};
use crate::tui::keymap::{Action, Mode};
use crate::tui::layout::{Panes, inner};
use crate::tui::theme::Theme;

/// The mark before the left version's lines (stacked) and its name.
const LEFT: &str = "◀";
/// The mark before the right version's lines (stacked) and its name.
const RIGHT: &str = "▶";
/// The mark of a right passage the right version tells elsewhere.
pub(super) const MOVED: &str = "↕";
/// What stands for the side that reports nothing, stacked.
const BLANK: &str = "—";

/// Draws the picker where `panes` put the prompt: what was typed, then the matching
/// articles, each by its label and title.
pub fn draw_picker(frame: &mut Frame, panes: &Panes, picker: &Picker, library: &Library, look: Look) {
    let (area, theme) = (panes.prompt(), look.theme);
    let title = format!(" Compare {} with… ", library.corpus.label(picker.left));
    let block = Block::default()
        .borders(Borders::ALL)
        .border_type(BorderType::Rounded)
        .border_style(theme.focus_border)
        .title(Span::styled(title, theme.title))
        .title_bottom(super::key_hints(
            look.keymap,
            Mode::Pick,
            &[(Action::Open, "compare"), (Action::Back, "cancel")],
        ));
    let inside = inner(area);
    frame.render_widget(Clear, area);
    frame.render_widget(block, area);
    if inside.height == 0 {
        return;
    }
    let width = inside.width as usize;
    let input = Line::from(vec![
        Span::styled("› ", theme.key),
        Span::raw(crate::display::truncate(&picker.input, width.saturating_sub(3))),
    ]);
    let input_width = input.width() as u16;
    frame.render_widget(Paragraph::new(input), Rect { height: 1, ..inside });
    frame.set_cursor_position(Position::new(
        (inside.x + input_width).min(inside.right().saturating_sub(1)),
        inside.y,
    ));
    let rows = panes.prompt_rows();
    let label_width = (width / 3).clamp(8, 32);
    let mut lines = Vec::new();
    for (i, &a) in picker
        .rows
        .iter()
        .enumerate()
        .skip(picker.cursor.offset)
        .take(rows.height as usize)
    {
        let Some(article) = library.corpus.articles.get(a) else {
            continue;
        };
        let label = format!(
            "{:<label_width$}",
            crate::display::truncate(library.corpus.label(a), label_width)
        );
        let line = Line::from(vec![
            Span::styled(label, theme.dim),
            Span::raw(" "),
            fit(
                &article.title.value,
                width.saturating_sub(label_width + 1),
                theme.title,
            ),
        ]);
        lines.push(select_row(line, width, i == picker.cursor.selected, true, theme));
    }
    if lines.is_empty() {
        lines.push(Line::from(Span::styled("no other article matches", theme.dim)));
    }
    frame.render_widget(Paragraph::new(lines), rows);
}

/// Draws the comparison over the screen above the status line.
pub fn draw(frame: &mut Frame, panes: &Panes, view: &CompareView, library: &Library, look: Look) {
    let (area, (header, body)) = (panes.compare(), panes.compare_inner());
    let theme = look.theme;
    let block = Block::default()
        .borders(Borders::ALL)
        .border_type(BorderType::Rounded)
        .border_style(theme.focus_border)
        .title(" Compare ")
        .title_bottom(super::key_hints(
            look.keymap,
            Mode::Compare,
            &[
                (Action::NextDiff, "next difference"),
                (Action::PrevDiff, "previous"),
                (Action::Back, "back"),
            ],
        ));
    frame.render_widget(Clear, area);
    frame.render_widget(block, area);
    let (left, right) = (library.corpus.label(view.left), library.corpus.label(view.right));
    let width = header.width as usize;
    let Some(comparison) = &view.comparison else {
        let waiting = vec![
            Line::from(fit("comparing…", width, theme.dim)),
            Line::from(fit(
                &format!("{LEFT} {left}   {RIGHT} {right}"),
                width,
                theme.speaker,
            )),
        ];
        frame.render_widget(Paragraph::new(waiting), header);
        return;
    };
    let s = comparison.summary;
    let full = format!(
        "passages: {} shared ({} moved) · only {LEFT} {} · only {RIGHT} {}   quotes: {} shared · only {LEFT} {} · only {RIGHT} {}",
        s.shared,
        s.moved,
        s.left_only,
        s.right_only,
        s.shared_quotes,
        s.left_only_quotes,
        s.right_only_quotes
    );
    let counts = if full.chars().count() <= width {
        full
    } else {
        format!(
            "{} shared ({} moved) · {LEFT} {} · {RIGHT} {}  quotes {} shared · {LEFT} {} · {RIGHT} {}",
            s.shared,
            s.moved,
            s.left_only,
            s.right_only,
            s.shared_quotes,
            s.left_only_quotes,
            s.right_only_quotes
        )
    };
    let text = &view.text;
    let names = if text.stacked {
        let half = width / 2;
        Line::from(vec![
            fit(&format!("{LEFT} {left}"), half, theme.speaker),
            Span::raw(" ".repeat(half.saturating_sub((left.chars().count() + 2).min(half)))),
            fit(&format!("{RIGHT} {right}"), width - half, theme.speaker),
        ])
    } else {
        let column = GUTTER + text.column;
        let left = fit(&format!("{LEFT} {left}"), column, theme.speaker);
        let pad = column.saturating_sub(left.width()) + 1;
        Line::from(vec![
            left,
            Span::raw(" ".repeat(pad)),
            fit(&format!("{RIGHT} {right}"), column, theme.speaker),
        ])
    };
    let header_lines = vec![Line::from(fit(&counts, width, theme.dim)), names];
    frame.render_widget(Paragraph::new(header_lines), header);
    let current = view.current_row();
    let lines: Vec<Line> = text
        .lines
        .iter()
        .skip(view.top)
        .take(body.height as usize)
        .map(|line| {
            let gutter = if current == Some(line.row) {
                theme.selected
            } else {
                theme.dim
            };
            if text.stacked {
                let (mark, pieces) = match (&line.left, &line.right) {
                    (Some(p), _) => (LEFT, p),
                    (None, Some(p)) => (if line.moved { MOVED } else { RIGHT }, p),
                    (None, None) => return Line::default(),
                };
                let mut spans = vec![Span::styled(mark, gutter), Span::raw(" ")];
                spans.extend(pieces_spans(pieces, theme));
                return Line::from(spans);
            }
            let mut spans = vec![Span::styled(" ", gutter), Span::raw(" ")];
            let left = line
                .left
                .as_deref()
                .map(|p| pieces_spans(p, theme))
                .unwrap_or_default();
            let used: usize = left.iter().map(Span::width).sum();
            spans.extend(left);
            spans.push(Span::raw(" ".repeat(text.column.saturating_sub(used))));
            spans.push(Span::styled("│", theme.border));
            let moved = if line.moved { MOVED } else { " " };
            spans.extend([Span::styled(moved, theme.dim), Span::raw(" ")]);
            spans.extend(
                line.right
                    .as_deref()
                    .map(|p| pieces_spans(p, theme))
                    .unwrap_or_default(),
            );
            Line::from(spans)
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), body);
}

/// The spans of one side's words on a line: words both have plain, the others marked; an
/// empty side (stacked, against the other's passage) as a dim blank mark.
fn pieces_spans<'a>(pieces: &[Piece], theme: &Theme) -> Vec<Span<'a>> {
    if pieces.is_empty() {
        return vec![Span::styled(BLANK, theme.dim)];
    }
    pieces
        .iter()
        .map(|p| {
            let style = match p.mark {
                Mark::Same => Style::default(),
                Mark::Deleted => theme.deleted,
                Mark::Inserted => theme.inserted,
            };
            Span::styled(p.text.clone(), style)
        })
        .collect()
}
