//! A backend that sends fewer bytes over a slow link: ratatui sends only the cells that
//! changed, and moves the cursor over every unchanged run between them, even one space
//! between two words (`ESC[12;40H`, 7 bytes or more, where the space itself is 1). This
//! wrapper keeps a copy of what the terminal shows and, for a short run of unchanged plain
//! cells drawn in the style already set, writes the cells again instead of moving over them.

use std::io;

use ratatui::backend::{Backend, ClearType, WindowSize};
use ratatui::buffer::{Buffer, Cell};
use ratatui::layout::{Position, Rect, Size};
use unicode_width::UnicodeWidthStr;

/// The longest run of unchanged cells written again instead of moved over: a cursor move
/// takes at least 6 bytes.
const MAX_GAP: u16 = 5;

/// A backend that fills short gaps between changed cells from a copy of the screen.
#[derive(Debug)]
pub struct Thrifty<B> {
    inner: B,
    /// What the terminal shows, as far as this backend drew it.
    shown: Buffer,
}

impl<B: Backend> Thrifty<B> {
    /// Wraps `inner`, whose screen is taken to be blank (as ratatui takes it).
    pub fn new(inner: B) -> Self {
        let area = inner
            .size()
            .map_or(Rect::default(), |size| Rect::from((Position::ORIGIN, size)));
        Self {
            inner,
            shown: Buffer::empty(area),
        }
    }

    /// Forgets what was drawn: the screen is blank, `size` large.
    fn blank(&mut self) {
        let area = self
            .inner
            .size()
            .map_or(self.shown.area, |size| Rect::from((Position::ORIGIN, size)));
        self.shown = Buffer::empty(area);
    }
}

/// The changed cells `changed` (in the order ratatui sends them: row by row, left to right),
/// with each short run of unchanged cells between two changed cells of one row added back
/// from `shown` when writing it needs no change of style and no wide character is involved.
pub fn fill_gaps(shown: &Buffer, changed: &[(u16, u16, Cell)]) -> Vec<(u16, u16, Cell)> {
    let mut out: Vec<(u16, u16, Cell)> = Vec::with_capacity(changed.len());
    for (x, y, cell) in changed {
        if let Some((px, py, prev)) = out.last()
            && py == y
            && prev.symbol().width() == 1
            && px + 1 < *x
            && x - px - 1 <= MAX_GAP
        {
            let gap: Option<Vec<Cell>> = (px + 1..*x)
                .map(|gx| {
                    let kept = shown.cell(Position::new(gx, *y))?;
                    let plain = kept.symbol().len() == 1 && kept.symbol().width() == 1;
                    (plain && same_style(kept, prev)).then(|| kept.clone())
                })
                .collect();
            if let Some(gap) = gap {
                let from = px + 1;
                out.extend((from..).zip(gap).map(|(gx, kept)| (gx, *y, kept)));
            }
        }
        out.push((*x, *y, cell.clone()));
    }
    out
}

/// True when writing `b` right after `a` needs no escape sequence for its style.
fn same_style(a: &Cell, b: &Cell) -> bool {
    a.fg == b.fg && a.bg == b.bg && a.modifier == b.modifier && a.underline_color == b.underline_color
}

impl<B: Backend> Backend for Thrifty<B> {
    type Error = B::Error;

    fn draw<'a, I>(&mut self, content: I) -> Result<(), Self::Error>
    where
        I: Iterator<Item = (u16, u16, &'a Cell)>,
    {
        let changed: Vec<(u16, u16, Cell)> = content.map(|(x, y, c)| (x, y, c.clone())).collect();
        let cells = fill_gaps(&self.shown, &changed);
        for (x, y, cell) in &cells {
            if let Some(shown) = self.shown.cell_mut(Position::new(*x, *y)) {
                *shown = cell.clone();
            }
            // The cells a wide character covers are never written again as they were.
            for covered in 1..cell.symbol().width() as u16 {
                if let Some(shown) = self.shown.cell_mut(Position::new(x.saturating_add(covered), *y)) {
                    shown.reset();
                    shown.set_symbol(""); // never plain: not written again
                }
            }
        }
        self.inner.draw(cells.iter().map(|(x, y, c)| (*x, *y, c)))
    }

    fn append_lines(&mut self, n: u16) -> Result<(), Self::Error> {
        self.blank(); // lines move: what was where is no longer known
        self.inner.append_lines(n)
    }

    fn hide_cursor(&mut self) -> Result<(), Self::Error> {
        self.inner.hide_cursor()
    }

    fn show_cursor(&mut self) -> Result<(), Self::Error> {
        self.inner.show_cursor()
    }

    fn get_cursor_position(&mut self) -> Result<Position, Self::Error> {
        self.inner.get_cursor_position()
    }

    fn set_cursor_position<P: Into<Position>>(&mut self, position: P) -> Result<(), Self::Error> {
        self.inner.set_cursor_position(position)
    }

    fn clear(&mut self) -> Result<(), Self::Error> {
        self.blank();
        self.inner.clear()
    }

    fn clear_region(&mut self, clear_type: ClearType) -> Result<(), Self::Error> {
        // Only a whole clear is known exactly; after a partial one, the copy is wrong only
        // where gaps would be filled with what was there, so it is blanked all the same
        // (ratatui then draws every non-blank cell anew).
        self.blank();
        self.inner.clear_region(clear_type)
    }

    fn size(&self) -> Result<Size, Self::Error> {
        self.inner.size()
    }

    fn window_size(&mut self) -> Result<WindowSize, Self::Error> {
        self.inner.window_size()
    }

    fn flush(&mut self) -> Result<(), Self::Error> {
        self.inner.flush()
    }
}

/// Bytes written outside drawing (the clipboard's escape sequence) go straight through.
impl<B: io::Write> io::Write for Thrifty<B> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.inner.write(buf)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::style::{Color, Style};

    fn screen(rows: &[&str]) -> Buffer {
        Buffer::with_lines(rows.iter().copied())
    }

    fn cell(symbol: &str) -> Cell {
        let mut cell = Cell::default();
        cell.set_symbol(symbol);
        cell
    }

    fn xs(cells: &[(u16, u16, Cell)]) -> Vec<(u16, u16, String)> {
        cells
            .iter()
            .map(|(x, y, c)| (*x, *y, c.symbol().to_string()))
            .collect()
    }

    #[test]
    fn a_short_gap_of_plain_cells_is_written_again() {
        let shown = screen(&["ab cd     ", "          "]);
        let changed = [(0, 0, cell("x")), (3, 0, cell("y"))];
        assert_eq!(
            xs(&fill_gaps(&shown, &changed)),
            [
                (0, 0, "x".into()),
                (1, 0, "b".into()),
                (2, 0, " ".into()),
                (3, 0, "y".into())
            ]
        );
    }

    #[test]
    fn long_gaps_other_rows_other_styles_and_wide_chars_are_moved_over() {
        let shown = screen(&["abcdefghij", "          "]);
        // Six cells apart: a move is cheaper.
        let far = [(0, 0, cell("x")), (7, 0, cell("y"))];
        assert_eq!(fill_gaps(&shown, &far).len(), 2);
        // Another row.
        let rows = [(9, 0, cell("x")), (0, 1, cell("y"))];
        assert_eq!(fill_gaps(&shown, &rows).len(), 2);
        // A gap in another style than the pen's.
        let mut styled = shown.clone();
        styled.set_style(Rect::new(1, 0, 1, 1), Style::new().fg(Color::Red));
        let changed = [(0, 0, cell("x")), (2, 0, cell("y"))];
        assert_eq!(fill_gaps(&styled, &changed).len(), 2);
        assert_eq!(
            fill_gaps(&shown, &changed).len(),
            3,
            "the same gap unstyled is filled"
        );
        // A wide char before the gap, or in it.
        let wide = [(0, 0, cell("コ")), (3, 0, cell("y"))];
        assert_eq!(fill_gaps(&shown, &wide).len(), 2);
        let mut holds_wide = screen(&["aコ  ", "     "]);
        holds_wide.content[2].set_symbol("");
        let changed = [(0, 0, cell("x")), (4, 0, cell("y"))];
        assert_eq!(fill_gaps(&holds_wide, &changed).len(), 2);
    }

    #[test]
    fn drawing_through_it_leaves_the_screen_as_drawing_without_it() {
        use ratatui::backend::TestBackend;
        use ratatui::text::{Line, Span};
        use ratatui::widgets::Paragraph;
        let mut plain = ratatui::Terminal::new(TestBackend::new(12, 2)).unwrap();
        let mut thrifty = ratatui::Terminal::new(Thrifty::new(TestBackend::new(12, 2))).unwrap();
        let red = Style::new().fg(Color::Red);
        let frames: [Vec<Span>; 6] = [
            vec![Span::raw("one two three")],
            vec![Span::raw("one tw0 thre3")],
            vec![Span::raw("a b "), Span::styled("c d", red), Span::raw(" e f g")],
            vec![Span::raw("a x "), Span::styled("c y", red), Span::raw(" e z g")],
            vec![Span::raw("コ b コ d")],
            vec![Span::raw("ab c de f")],
        ];
        for spans in frames {
            let text = format!("{spans:?}");
            let paragraph = Paragraph::new(Line::from(spans));
            plain
                .draw(|f| f.render_widget(paragraph.clone(), f.area()))
                .unwrap();
            thrifty
                .draw(|f| f.render_widget(paragraph.clone(), f.area()))
                .unwrap();
            assert_eq!(
                thrifty.backend().inner.buffer(),
                plain.backend().buffer(),
                "{text}"
            );
        }
    }

    #[test]
    fn the_cells_a_wide_character_covers_are_not_taken_for_plain_ones() {
        use ratatui::backend::TestBackend;
        use ratatui::widgets::Paragraph;
        let mut terminal = ratatui::Terminal::new(Thrifty::new(TestBackend::new(8, 1))).unwrap();
        terminal
            .draw(|f| f.render_widget(Paragraph::new("abcdef"), f.area()))
            .unwrap();
        terminal
            .draw(|f| f.render_widget(Paragraph::new("aコdef"), f.area()))
            .unwrap();
        let shown = &terminal.backend().shown;
        assert_eq!(shown.cell(Position::new(2, 0)).unwrap().symbol(), "", "{shown:?}");
        // x=2 is under the wide character: changing x=1 and x=3 must not write it again.
        let changed = [(1, 0, cell("x")), (3, 0, cell("y"))];
        assert_eq!(fill_gaps(shown, &changed).len(), 2);
    }
}
