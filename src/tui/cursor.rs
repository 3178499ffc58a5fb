//! A selection in a list taller than its pane: the selected row and the first visible one.

/// The selected row of a list and the first row shown.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Cursor {
    /// The selected row.
    pub selected: usize,
    /// The first visible row.
    pub offset: usize,
}

impl Cursor {
    /// Moves the selection by `by` rows (`isize::MIN` / `MAX`: to the ends) within `len`
    /// rows, keeping it among the `visible` rows shown. Returns true if it moved.
    pub fn step(&mut self, by: isize, len: usize, visible: usize) -> bool {
        let before = self.selected;
        self.selected = offset(self.selected, by, len.saturating_sub(1));
        self.show(visible, len);
        before != self.selected
    }

    /// Scrolls so the selection is among the `visible` rows shown of `len`, with no empty
    /// rows below the last one: a list that fits shows from its first row.
    pub fn show(&mut self, visible: usize, len: usize) {
        let visible = visible.max(1);
        self.offset = self.offset.min(len.saturating_sub(visible));
        if self.selected < self.offset {
            self.offset = self.selected;
        } else if self.selected >= self.offset + visible {
            self.offset = self.selected + 1 - visible;
        }
    }

    /// Scrolls by `by` rows without a selection (a text panel), within `len` rows.
    pub fn scroll(&mut self, by: isize, len: usize, visible: usize) {
        self.offset = offset(self.offset, by, len.saturating_sub(visible.max(1)));
    }
}

/// `at` moved by `by`, kept within `0..=max`.
pub fn offset(at: usize, by: isize, max: usize) -> usize {
    if by >= 0 {
        at.saturating_add(by as usize).min(max)
    } else {
        at.saturating_sub(by.unsigned_abs()).min(max)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_stay_in_range_and_keep_the_selection_visible() {
        let mut c = Cursor::default();
        assert!(c.step(3, 10, 4));
        assert_eq!((c.selected, c.offset), (3, 0));
        c.step(1, 10, 4);
        assert_eq!((c.selected, c.offset), (4, 1));
        c.step(isize::MAX, 10, 4);
        assert_eq!((c.selected, c.offset), (9, 6));
        assert!(!c.step(1, 10, 4));
        c.step(isize::MIN, 10, 4);
        assert_eq!((c.selected, c.offset), (0, 0));
        assert!(!c.step(-1, 10, 4));
        assert!(!c.step(1, 0, 4), "an empty list has nothing to select");
    }

    #[test]
    fn a_taller_pane_scrolls_back_so_no_row_is_left_empty() {
        let mut c = Cursor {
            selected: 2,
            offset: 2,
        };
        c.show(18, 5);
        assert_eq!((c.selected, c.offset), (2, 0), "all five fit");
        let mut c = Cursor {
            selected: 9,
            offset: 9,
        };
        c.show(4, 10);
        assert_eq!(c.offset, 6, "the last page is full");
    }

    #[test]
    fn scrolling_stops_at_the_last_page() {
        let mut c = Cursor::default();
        c.scroll(100, 10, 4);
        assert_eq!(c.offset, 6);
        c.scroll(-2, 10, 4);
        assert_eq!(c.offset, 4);
        c.scroll(5, 3, 4);
        assert_eq!(c.offset, 0);
    }
}
