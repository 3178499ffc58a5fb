//! The story view: a tab bar (actors, remarks, only one outlet, and the order of the rows), the
//! names of the columns, one row a line (a name or a speaker, how many outlets, then a column an
//! outlet, scrolled sideways when they do not all fit), and the selected row in full at the
//! foot, outlets named whole. Outlets are numbered from 1 in story order, as `parallax story`
//! numbers them, so two cut to the same first words stay apart. While the grid is worked out
//! it says so.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Borders, Clear, Paragraph};
use unicode_width::UnicodeWidthStr;

use super::{CONFLICT, Look, fit, select_row};
use crate::compare::Grid;
use crate::library::thousands;
use crate::tui::app::story::{Columns, StoryTab, StoryView, actor_cell, columns, remark_cell};
use crate::tui::keymap::{Action, Mode};
use crate::tui::layout::Panes;
use crate::tui::theme::Theme;

/// Before the first outlet column shown when columns are scrolled past on its left.
const MORE_LEFT: &str = "◂";
/// After the last outlet column shown when more follow on its right.
const MORE_RIGHT: &str = "▸";

/// Draws the story view over the screen above the status line.
pub fn draw(frame: &mut Frame, panes: &Panes, view: &StoryView, look: Look) {
    let (area, parts) = (panes.story(), panes.story_inner());
    let theme = look.theme;
    let columns_total = view.columns();
    let title = match &view.grid {
        Some(_) if columns_total < view.articles => format!(
            " Story: the first {columns_total} of {} articles ",
            thousands(view.articles)
        ),
        _ => format!(" Story across {} articles ", thousands(view.articles)),
    };
    let block = Block::default()
        .borders(Borders::ALL)
        .border_type(BorderType::Rounded)
        .border_style(theme.focus_border)
        .title(Span::styled(title, theme.title))
        .title_bottom(super::key_hints(
            look.keymap,
            Mode::Story,
            &[
                (Action::NextTab, "table"),
                (Action::Sort, "sort"),
                (Action::Open, "go to"),
                (Action::Back, "back"),
            ],
        ));
    frame.render_widget(Clear, area);
    frame.render_widget(block, area);
    let Some(grid) = &view.grid else {
        let working = Line::from(fit("working…", parts.rows.width as usize, theme.dim));
        frame.render_widget(Paragraph::new(working), parts.rows);
        return;
    };
    draw_tabs(frame, parts.tabs, view, grid, theme);
    let width = parts.rows.width as usize;
    let n = grid.outlets.len();
    let cols = columns(view.tab, width, n);
    let first = view.column.min(n - cols.shown);
    let rows = view.shown_rows();
    let mut cursor = view.cursor();
    cursor.show(parts.rows.height as usize, rows.len());
    let table = Table {
        grid,
        view,
        cols,
        first,
        theme,
    };
    frame.render_widget(Paragraph::new(table.header()), parts.header);
    let lines: Vec<Line> = rows
        .iter()
        .enumerate()
        .skip(cursor.offset)
        .take(parts.rows.height as usize)
        .map(|(i, &row)| select_row(table.row(row), width, i == cursor.selected, true, theme))
        .collect();
    let lines = if lines.is_empty() {
        vec![Line::from(fit(empty(view.tab), width, theme.dim))]
    } else {
        lines
    };
    frame.render_widget(Paragraph::new(lines), parts.rows);
    let rule = Block::default().borders(Borders::TOP).border_style(theme.border);
    let inside = rule.inner(parts.detail);
    frame.render_widget(rule, parts.detail);
    if let Some(row) = rows.get(cursor.selected) {
        frame.render_widget(Paragraph::new(table.detail(*row, inside)), inside);
    }
}

/// What an empty table says.
fn empty(tab: StoryTab) -> &'static str {
    match tab {
        StoryTab::Actors => "no person or organization in the story",
        StoryTab::Remarks => "no quoted remark in the story",
        StoryTab::Only => "no outlet reports anything the others do not",
    }
}

/// The tab bar: each table with its count of rows, the one shown marked; the order on the
/// right when it fits.
fn draw_tabs(frame: &mut Frame, area: Rect, view: &StoryView, grid: &Grid, theme: &Theme) {
    let counts = [grid.actors.len(), grid.remarks.len(), view.passages.len()];
    let mut spans = Vec::new();
    for tab in StoryTab::ALL {
        if tab.index() > 0 {
            spans.push(Span::styled(" │ ", theme.border));
        }
        let style = if tab == view.tab { theme.tab } else { theme.dim };
        spans.push(Span::styled(
            format!("{} {}", tab.title(), counts[tab.index()]),
            style,
        ));
    }
    let tabs = Line::from(spans);
    let sort = format!("sorted by {}", view.sort.name());
    let width = area.width as usize;
    let room = width.saturating_sub(tabs.width());
    frame.render_widget(Paragraph::new(tabs), area);
    if room > sort.width() {
        let line = Line::from(Span::styled(sort, theme.dim)).right_aligned();
        frame.render_widget(Paragraph::new(line), area);
    }
}

/// One frame's table: the grid, the columns' widths and the first outlet column shown.
struct Table<'a> {
    grid: &'a Grid,
    view: &'a StoryView,
    cols: Columns,
    first: usize,
    theme: &'a Theme,
}

impl Table<'_> {
    /// The outlet columns shown, by column.
    fn shown(&self) -> std::ops::Range<usize> {
        self.first..self.first + self.cols.shown
    }

    /// The first columns of a line (lead and count), then the outlet cells given, each
    /// padded to its width, with the scroll marks beside them.
    fn line<'s>(&self, lead: Span<'s>, count: Span<'s>, cells: Vec<Span<'s>>, marks: bool) -> Vec<Span<'s>> {
        let c = self.cols;
        let mut spans = vec![pad(lead, c.lead), Span::raw(" "), pad_left(count, c.count)];
        let n = self.grid.outlets.len();
        let (left, right) = (marks && self.first > 0, marks && self.first + c.shown < n);
        let cells_shown = !cells.is_empty();
        for (k, cell) in cells.into_iter().enumerate() {
            let sep = if k == 0 && left { MORE_LEFT } else { " " };
            spans.push(Span::styled(sep, self.theme.dim));
            spans.push(pad(cell, c.cell));
        }
        if cells_shown {
            spans.push(Span::styled(if right { MORE_RIGHT } else { " " }, self.theme.dim));
        } else {
            spans.push(Span::raw(" "));
        }
        spans
    }

    /// The names of the columns.
    fn header(&self) -> Line<'static> {
        let theme = self.theme;
        let cell = |c: usize| fit(&outlet(self.grid, c), self.cols.cell, theme.key);
        let head = |text: &str, width: usize| fit(text, width, theme.key);
        let spans = match self.view.tab {
            StoryTab::Actors => self.line(
                head("ACTOR", self.cols.lead),
                head("OUT", self.cols.count),
                self.shown().map(cell).collect(),
                true,
            ),
            StoryTab::Remarks => {
                let mut spans = self.line(
                    head("SPEAKER", self.cols.lead),
                    head("OUT", self.cols.count),
                    self.shown().map(cell).collect(),
                    true,
                );
                spans.push(head("REMARK (fullest wording)", self.cols.text));
                spans
            }
            StoryTab::Only => {
                let mut spans = self.line(
                    head("OUTLET", self.cols.lead),
                    head("WHERE", self.cols.count),
                    Vec::new(),
                    false,
                );
                spans.push(head("WHAT ONLY IT REPORTS", self.cols.text));
                spans
            }
        };
        Line::from(spans)
    }

    /// Row `row` of the table shown (an index into the grid's actors, remarks, or the view's
    /// passages).
    fn row(&self, row: usize) -> Line<'static> {
        let theme = self.theme;
        let c = self.cols;
        let spans = match self.view.tab {
            StoryTab::Actors => {
                let actor = &self.grid.actors[row];
                let cells = self
                    .shown()
                    .map(|col| {
                        let cell = actor.cells[col];
                        let style = match (cell.mentions + cell.quotes, cell.quotes) {
                            (0, _) => theme.dim,
                            (_, 0) => Style::default(),
                            _ => theme.speaker,
                        };
                        Span::styled(actor_cell(cell), style)
                    })
                    .collect();
                let count = Span::raw(actor.outlets.to_string());
                self.line(fit(&actor.name, c.lead, Style::default()), count, cells, false)
            }
            StoryTab::Remarks => {
                let remark = &self.grid.remarks[row];
                let cells = self
                    .shown()
                    .map(|col| {
                        let cell = &remark.cells[col];
                        let style = if remark.alone == Some(col) {
                            theme.inserted
                        } else if cell.is_empty() {
                            theme.dim
                        } else {
                            theme.speaker
                        };
                        Span::styled(remark_cell(cell), style)
                    })
                    .collect();
                let count = match remark.alone {
                    Some(_) => Span::styled("only", theme.inserted),
                    None => Span::raw(remark.outlets.to_string()),
                };
                let mut spans = self.line(speaker(remark, c.lead, theme), count, cells, false);
                spans.push(fit(&format!("“{}”", remark.text), c.text, theme.quote));
                spans
            }
            StoryTab::Only => {
                let Some(&(column, k)) = self.view.passages.get(row) else {
                    return Line::default();
                };
                let passage = &self.grid.outlets[column].only[k];
                let place = format!("¶{}.{}", passage.paragraph, passage.sentence);
                let lead = fit(&outlet(self.grid, column), c.lead, theme.speaker);
                let mut spans = self.line(lead, Span::styled(place, theme.dim), Vec::new(), false);
                spans.push(fit(&passage.text, c.text, Style::default()));
                spans
            }
        };
        Line::from(spans)
    }

    /// The selected row in full, in `area`: the whole name or text, and each outlet named
    /// whole with its cell.
    fn detail(&self, row: usize, area: Rect) -> Vec<Line<'static>> {
        let theme = self.theme;
        let (width, height) = (area.width as usize, area.height as usize);
        let label = |c: usize| outlet(self.grid, c);
        let n = self.grid.outlets.len();
        match self.view.tab {
            StoryTab::Actors => {
                let actor = &self.grid.actors[row];
                let quoted = actor.cells.iter().filter(|c| c.quotes > 0).count();
                let kind = format!("{:?}", actor.kind).to_lowercase();
                let summary = format!(
                    "{} · {kind} · named in {} of {n} outlets, quoted in {quoted}",
                    actor.name, actor.outlets
                );
                let cells: Vec<String> = (0..n)
                    .filter(|&c| actor.cells[c].mentions + actor.cells[c].quotes > 0)
                    .map(|c| format!("{} {}", label(c), actor_cell(actor.cells[c])))
                    .collect();
                let mut lines = vec![Line::from(fit(&summary, width, theme.speaker))];
                lines.extend(wrapped(
                    &cells.join(" · "),
                    width,
                    height.saturating_sub(1),
                    theme.dim,
                ));
                lines
            }
            StoryTab::Remarks => {
                let remark = &self.grid.remarks[row];
                let speakers = match remark.speakers.len() {
                    0 => "speaker unknown".to_string(),
                    1 => remark.speakers[0].clone(),
                    _ => format!("{CONFLICT} speakers differ: {}", remark.speakers.join(" · ")),
                };
                let outlets = match remark.alone {
                    Some(c) => format!("only in {}", label(c)),
                    None => {
                        let carrying: Vec<String> = (0..n)
                            .filter(|&c| !remark.cells[c].is_empty())
                            .map(|c| format!("{} ({})", label(c), remark.cells[c].len()))
                            .collect();
                        format!("in {} outlets: {}", remark.outlets, carrying.join(" · "))
                    }
                };
                let text = format!("“{}”", remark.text);
                let mut lines = wrapped(&text, width, height.saturating_sub(1), theme.quote);
                let style = if remark.speakers.len() > 1 {
                    theme.warning
                } else {
                    theme.speaker
                };
                let room = height.saturating_sub(lines.len());
                lines.extend(wrapped(&format!("{speakers} · {outlets}"), width, room, style));
                lines
            }
            StoryTab::Only => {
                let Some(&(column, k)) = self.view.passages.get(row) else {
                    return Vec::new();
                };
                let passage = &self.grid.outlets[column].only[k];
                let sentences = match passage.sentences {
                    1 => "1 sentence".to_string(),
                    s => format!("{s} sentences"),
                };
                let head = format!(
                    "only {} reports this · ¶{}.{} · {sentences}",
                    label(column),
                    passage.paragraph,
                    passage.sentence
                );
                let mut lines = vec![Line::from(fit(&head, width, theme.speaker))];
                lines.extend(wrapped(
                    &passage.text,
                    width,
                    height.saturating_sub(1),
                    Style::default(),
                ));
                lines
            }
        }
    }
}

/// Column `c`'s outlet as the view names it: its number, then its label.
fn outlet(grid: &Grid, c: usize) -> String {
    format!("{} {}", c + 1, grid.outlets[c].label)
}

/// A remark's speaker cell: the speaker most renderings name, after a conflict mark when they
/// disagree; `?` when none is named.
fn speaker(remark: &crate::compare::grid::Remark, width: usize, theme: &Theme) -> Span<'static> {
    match remark.speakers.as_slice() {
        [] => fit("?", width, theme.dim),
        [one] => fit(one, width, theme.speaker),
        [first, ..] => fit(&format!("{CONFLICT} {first}"), width, theme.warning),
    }
}

/// `span` padded with blanks to `width` columns on its right.
fn pad(span: Span<'_>, width: usize) -> Span<'_> {
    let span = fit(&span.content, width, span.style);
    let blank = width.saturating_sub(span.width());
    Span::styled(format!("{}{}", span.content, " ".repeat(blank)), span.style)
}

/// `span` padded with blanks to `width` columns on its left: counts line up on the right.
fn pad_left(span: Span<'_>, width: usize) -> Span<'_> {
    let span = fit(&span.content, width, span.style);
    let blank = width.saturating_sub(span.width());
    Span::styled(format!("{}{}", " ".repeat(blank), span.content), span.style)
}

/// `text` wrapped to `width` columns in at most `lines` lines, the last cut with `…` when
/// more is left.
fn wrapped(text: &str, width: usize, lines: usize, style: Style) -> Vec<Line<'static>> {
    if width == 0 || lines == 0 {
        return Vec::new();
    }
    let all = textwrap::wrap(text, width);
    let more = all.len() > lines;
    all.iter()
        .take(lines)
        .enumerate()
        .map(|(i, line)| {
            let line = if more && i + 1 == lines {
                crate::display::truncate(&format!("{line} …"), width)
            } else {
                line.to_string()
            };
            Line::from(Span::styled(line, style))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrapping_keeps_to_the_lines_given_and_marks_what_is_left() {
        let lines = wrapped("one two three four five six", 9, 2, Style::default());
        assert_eq!(lines.len(), 2);
        assert!(lines[1].to_string().ends_with('…'), "{lines:?}");
        assert!(lines.iter().all(|l| l.width() <= 9), "{lines:?}");
        assert!(wrapped("text", 0, 2, Style::default()).is_empty());
        assert_eq!(wrapped("a b", 9, 2, Style::default()).len(), 1);
    }

    #[test]
    fn padding_fills_the_column_and_cuts_what_is_wider() {
        assert_eq!(pad(Span::raw("ab"), 4).content, "ab  ");
        assert_eq!(pad_left(Span::raw("7"), 3).content, "  7");
        assert_eq!(pad(Span::raw("abcdef"), 4).width(), 4);
        assert_eq!(pad(Span::raw("-"), 0).width(), 0);
    }
}
