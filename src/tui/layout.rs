//! Where each pane goes for a terminal size: three panes when wide; when narrow, the list or
//! the side panel beside the reading pane, taking turns; the reading pane alone when zoomed.

use ratatui::layout::{Constraint, Layout, Rect};

/// Terminals at least this wide show the side panel by default.
pub const WIDE: u16 = 100;

/// The three panes, in their left-to-right order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pane {
    /// The article list.
    List,
    /// The reading pane.
    Reader,
    /// The side panel.
    Side,
}

/// The rectangles of the visible panes and the status line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Panes {
    /// The article list, when shown.
    pub list: Option<Rect>,
    /// The reading pane, always shown.
    pub reader: Rect,
    /// The side panel, when shown.
    pub side: Option<Rect>,
    /// The status line at the bottom.
    pub status: Rect,
}

impl Panes {
    /// Splits `area` for the given state: `side` says whether the side panel is wanted.
    pub fn new(area: Rect, zoom: bool, side: bool) -> Self {
        let [main, status] = Layout::vertical([Constraint::Min(1), Constraint::Length(1)]).areas(area);
        if zoom {
            return Self {
                list: None,
                reader: main,
                side: None,
                status,
            };
        }
        let w = main.width;
        if w >= WIDE {
            let list_w = (w * 28 / 100).clamp(24, 40);
            let side_w = (w * 28 / 100).clamp(28, 44);
            if side {
                let [list, reader, side] = Layout::horizontal([
                    Constraint::Length(list_w),
                    Constraint::Min(20),
                    Constraint::Length(side_w),
                ])
                .areas(main);
                Self {
                    list: Some(list),
                    reader,
                    side: Some(side),
                    status,
                }
            } else {
                let [list, reader] =
                    Layout::horizontal([Constraint::Length(list_w), Constraint::Min(20)]).areas(main);
                Self {
                    list: Some(list),
                    reader,
                    side: None,
                    status,
                }
            }
        } else if side {
            // Narrow: the side panel takes the list's place, beside the text it describes.
            let side_w = (w * 45 / 100).clamp(10, 36);
            let [reader, side] =
                Layout::horizontal([Constraint::Min(10), Constraint::Length(side_w)]).areas(main);
            Self {
                list: None,
                reader,
                side: Some(side),
                status,
            }
        } else {
            let list_w = (w * 34 / 100).clamp(10, 30);
            let [list, reader] =
                Layout::horizontal([Constraint::Length(list_w), Constraint::Min(10)]).areas(main);
            Self {
                list: Some(list),
                reader,
                side: None,
                status,
            }
        }
    }

    /// The visible panes, left to right.
    pub fn visible(&self) -> Vec<Pane> {
        let mut panes = Vec::with_capacity(3);
        if self.list.is_some() {
            panes.push(Pane::List);
        }
        panes.push(Pane::Reader);
        if self.side.is_some() {
            panes.push(Pane::Side);
        }
        panes
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wide_terminals_show_three_panes() {
        let p = Panes::new(Rect::new(0, 0, 140, 40), false, true);
        assert_eq!(p.visible(), [Pane::List, Pane::Reader, Pane::Side]);
        let (l, r, s) = (p.list.unwrap(), p.reader, p.side.unwrap());
        assert_eq!(l.width + r.width + s.width, 140);
        assert_eq!(p.status, Rect::new(0, 39, 140, 1));
    }

    #[test]
    fn narrow_terminals_toggle_the_side_panel_in_place_of_the_list() {
        let p = Panes::new(Rect::new(0, 0, 80, 24), false, false);
        assert_eq!(p.visible(), [Pane::List, Pane::Reader]);
        let p = Panes::new(Rect::new(0, 0, 80, 24), false, true);
        assert_eq!(p.visible(), [Pane::Reader, Pane::Side]);
        assert!(p.reader.width >= 40);
    }

    #[test]
    fn zoom_shows_the_reader_alone() {
        let p = Panes::new(Rect::new(0, 0, 140, 40), true, true);
        assert_eq!(p.visible(), [Pane::Reader]);
        assert_eq!(p.reader, Rect::new(0, 0, 140, 39));
    }

    #[test]
    fn tiny_terminals_do_not_panic() {
        for (w, h) in [(0, 0), (1, 1), (5, 2), (12, 3)] {
            for zoom in [false, true] {
                for side in [false, true] {
                    let _ = Panes::new(Rect::new(0, 0, w, h), zoom, side);
                }
            }
        }
    }
}
