//! Where each pane goes for a terminal size: three panes when wide; when narrow, the list or
//! the side panel beside the reading pane, taking turns; the reading pane alone when zoomed.
//! Worked out once per frame from the frame's area; key handling and drawing both read each
//! pane's inside from here, so their sizes cannot disagree.

use ratatui::layout::{Constraint, Flex, Layout, Margin, Rect};

use super::config::LayoutSizes;

/// Terminals at least this wide show the side panel by default.
pub const WIDE: u16 = 100;

/// Rows each article takes in the list, each quote or actor in the side panel and each quote
/// in the actor view.
pub const ROWS_PER_ITEM: usize = 2;

/// Lines of the comparison's header: the counts, then the two versions' names.
pub const COMPARE_HEADER: u16 = 2;

/// Lines at the foot of the story view that show its selected row in full.
pub const STORY_DETAIL: u16 = 4;

/// The three panes, in their left-to-right order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Pane {
    /// The article list.
    List,
    /// The reading pane.
    Reader,
    /// The side panel.
    Side,
}

/// The rectangles of the visible panes and the status line.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Panes {
    /// The whole screen they split.
    pub screen: Rect,
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
    /// Splits `area` for the given state: `side` says whether the side panel is wanted;
    /// `sizes` are the widths a config asks for, each kept narrow enough to leave the reading
    /// pane its least width.
    pub fn new(area: Rect, zoom: bool, side: bool, sizes: LayoutSizes) -> Self {
        let [main, status] = Layout::vertical([Constraint::Min(1), Constraint::Length(1)]).areas(area);
        if zoom {
            return Self {
                screen: area,
                list: None,
                reader: main,
                side: None,
                status,
            };
        }
        let w = main.width;
        if w >= WIDE {
            let side_w = sizes.side_width.unwrap_or((w * 28 / 100).clamp(28, 44));
            let side_w = side_w.min(w.saturating_sub(20) / 2);
            let list_w = sizes.list_width.unwrap_or((w * 28 / 100).clamp(24, 40));
            let list_w = list_w.min(w.saturating_sub(20 + if side { side_w } else { 0 }));
            if side {
                let [list, reader, side] = Layout::horizontal([
                    Constraint::Length(list_w),
                    Constraint::Min(20),
                    Constraint::Length(side_w),
                ])
                .areas(main);
                Self {
                    screen: area,
                    list: Some(list),
                    reader,
                    side: Some(side),
                    status,
                }
            } else {
                let [list, reader] =
                    Layout::horizontal([Constraint::Length(list_w), Constraint::Min(20)]).areas(main);
                Self {
                    screen: area,
                    list: Some(list),
                    reader,
                    side: None,
                    status,
                }
            }
        } else if side {
            // Narrow: the side panel takes the list's place, beside the text it describes.
            let side_w = sizes.side_width.unwrap_or((w * 45 / 100).clamp(10, 36));
            let side_w = side_w.min(w.saturating_sub(10));
            let [reader, side] =
                Layout::horizontal([Constraint::Min(10), Constraint::Length(side_w)]).areas(main);
            Self {
                screen: area,
                list: None,
                reader,
                side: Some(side),
                status,
            }
        } else {
            let list_w = sizes.list_width.unwrap_or((w * 34 / 100).clamp(10, 30));
            let list_w = list_w.min(w.saturating_sub(10));
            let [list, reader] =
                Layout::horizontal([Constraint::Length(list_w), Constraint::Min(10)]).areas(main);
            Self {
                screen: area,
                list: Some(list),
                reader,
                side: None,
                status,
            }
        }
    }

    /// The reading pane split among `n` views side by side, left to right, together as wide
    /// as it.
    pub fn views(&self, n: usize) -> Vec<Rect> {
        let n = n.min(u32::MAX as usize) as u32;
        Layout::horizontal((0..n).map(|_| Constraint::Ratio(1, n)))
            .split(self.reader)
            .to_vec()
    }

    /// Inside the article list's border, where its rows go.
    pub fn list_rows(&self) -> Option<Rect> {
        self.list.map(inner)
    }

    /// The side panel's tab bar and, below it, its body, inside its border.
    pub fn side_inner(&self) -> Option<(Rect, Rect)> {
        self.side.map(|side| {
            let [bar, body] =
                Layout::vertical([Constraint::Length(1), Constraint::Min(0)]).areas(inner(side));
            (bar, body)
        })
    }

    /// The help overlay, `lines` tall at most.
    pub fn help(&self, lines: usize) -> Rect {
        let screen = self.screen;
        let height = (lines.min(u16::MAX as usize - 2) as u16 + 2).min(screen.height.saturating_sub(1));
        centered(screen, 78.min(screen.width), height)
    }

    /// The actor overlay.
    pub fn actor(&self) -> Rect {
        let screen = self.screen;
        let height = screen.height.saturating_sub(4).max(3).min(screen.height);
        let width = (screen.width * 4 / 5).clamp(20.min(screen.width), 100.min(screen.width));
        centered(screen, width, height)
    }

    /// The search prompt over the story.
    pub fn prompt(&self) -> Rect {
        let screen = self.screen;
        let height = screen.height.saturating_sub(4).clamp(5.min(screen.height), 30);
        let width = (screen.width * 9 / 10).clamp(20.min(screen.width), 120.min(screen.width));
        centered(screen, width, height)
    }

    /// The prompt's hits, below its input line and a blank one.
    pub fn prompt_rows(&self) -> Rect {
        let inside = inner(self.prompt());
        Rect {
            y: inside.y.saturating_add(2),
            height: inside.height.saturating_sub(2),
            ..inside
        }
    }

    /// The comparison of two articles: the whole screen above the status line.
    pub fn compare(&self) -> Rect {
        let screen = self.screen;
        Rect {
            height: screen.height.saturating_sub(1),
            ..screen
        }
    }

    /// The comparison's header (counts, then the two versions' names) and, below it, its
    /// rows, inside its border.
    pub fn compare_inner(&self) -> (Rect, Rect) {
        let [header, body] = Layout::vertical([Constraint::Length(COMPARE_HEADER), Constraint::Min(0)])
            .areas(inner(self.compare()));
        (header, body)
    }

    /// The story view: the whole screen above the status line.
    pub fn story(&self) -> Rect {
        self.compare()
    }

    /// Inside the story view's border, top to bottom: its tab bar, the header of its columns,
    /// its rows, and the selected row in full.
    pub fn story_inner(&self) -> StoryAreas {
        let [tabs, header, rows, detail] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Length(1),
            Constraint::Min(0),
            Constraint::Length(STORY_DETAIL),
        ])
        .areas(inner(self.story()));
        StoryAreas {
            tabs,
            header,
            rows,
            detail,
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

/// The parts of the story view, inside its border.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StoryAreas {
    /// The tabs (actors, remarks, only one outlet) and the sort.
    pub tabs: Rect,
    /// The names of the columns.
    pub header: Rect,
    /// One row a line.
    pub rows: Rect,
    /// The selected row in full.
    pub detail: Rect,
}

/// How many items of [`ROWS_PER_ITEM`] rows `area` shows at once.
pub fn items(area: Rect) -> usize {
    area.height as usize / ROWS_PER_ITEM
}

/// Inside a bordered block: one cell in from each side.
pub fn inner(area: Rect) -> Rect {
    area.inner(Margin {
        horizontal: 1,
        vertical: 1,
    })
}

/// A `width` × `height` rectangle in the middle of `screen`, for overlays.
pub fn centered(screen: Rect, width: u16, height: u16) -> Rect {
    let [row] = Layout::vertical([Constraint::Length(height.min(screen.height))])
        .flex(Flex::Center)
        .areas(screen);
    let [area] = Layout::horizontal([Constraint::Length(width.min(screen.width))])
        .flex(Flex::Center)
        .areas(row);
    area
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wide_terminals_show_three_panes() {
        let p = Panes::new(Rect::new(0, 0, 140, 40), false, true, LayoutSizes::default());
        assert_eq!(p.visible(), [Pane::List, Pane::Reader, Pane::Side]);
        let (l, r, s) = (p.list.unwrap(), p.reader, p.side.unwrap());
        assert_eq!(l.width + r.width + s.width, 140);
        assert_eq!(p.status, Rect::new(0, 39, 140, 1));
    }

    #[test]
    fn narrow_terminals_toggle_the_side_panel_in_place_of_the_list() {
        let p = Panes::new(Rect::new(0, 0, 80, 24), false, false, LayoutSizes::default());
        assert_eq!(p.visible(), [Pane::List, Pane::Reader]);
        let p = Panes::new(Rect::new(0, 0, 80, 24), false, true, LayoutSizes::default());
        assert_eq!(p.visible(), [Pane::Reader, Pane::Side]);
        assert!(p.reader.width >= 40);
    }

    #[test]
    fn zoom_shows_the_reader_alone() {
        let p = Panes::new(Rect::new(0, 0, 140, 40), true, true, LayoutSizes::default());
        assert_eq!(p.visible(), [Pane::Reader]);
        assert_eq!(p.reader, Rect::new(0, 0, 140, 39));
    }

    #[test]
    fn the_insides_of_the_panes_are_within_their_borders() {
        let p = Panes::new(Rect::new(0, 0, 140, 40), false, true, LayoutSizes::default());
        let (list, side) = (p.list.unwrap(), p.side.unwrap());
        assert_eq!(
            p.list_rows(),
            Some(Rect::new(list.x + 1, 1, list.width - 2, list.height - 2))
        );
        let (bar, body) = p.side_inner().unwrap();
        assert_eq!((bar.y, bar.height), (1, 1));
        assert_eq!(
            (body.y, body.height, body.width),
            (2, side.height - 3, side.width - 2)
        );
        let (prompt, rows) = (p.prompt(), p.prompt_rows());
        assert_eq!((rows.y, rows.bottom()), (prompt.y + 3, prompt.bottom() - 1));
        let (header, body) = p.compare_inner();
        assert_eq!((header.y, header.height, body.y), (1, 2, 3));
        assert_eq!(
            body.bottom(),
            p.status.y - 1,
            "above the border and the status line"
        );
        let story = p.story_inner();
        assert_eq!((story.tabs.y, story.header.y, story.rows.y), (1, 2, 3));
        assert_eq!(story.detail.bottom(), p.status.y - 1);
        assert_eq!(story.rows.bottom(), story.detail.y);
        for overlay in [p.help(60), p.actor(), prompt, p.compare()] {
            assert_eq!(overlay.intersection(p.screen), overlay, "{overlay:?} on screen");
        }
        assert_eq!(p.help(10).height, 12, "a short help is as tall as its lines");
    }

    #[test]
    fn views_share_the_reading_pane_side_by_side() {
        let p = Panes::new(Rect::new(0, 0, 140, 40), false, true, LayoutSizes::default());
        assert_eq!(p.views(1), [p.reader]);
        let two = p.views(2);
        assert_eq!(two.len(), 2);
        assert_eq!(
            (two[0].x, two[0].right(), two[1].right()),
            (p.reader.x, two[1].x, p.reader.right())
        );
        assert!(two[0].width.abs_diff(two[1].width) <= 1);
        assert!(p.views(0).is_empty());
    }

    #[test]
    fn configured_widths_apply_and_leave_the_reader_room() {
        let sizes = LayoutSizes {
            list_width: Some(30),
            side_width: Some(50),
        };
        let p = Panes::new(Rect::new(0, 0, 140, 40), false, true, sizes);
        assert_eq!(p.list.unwrap().width, 30);
        assert_eq!(p.side.unwrap().width, 50);
        assert_eq!(p.reader.width, 60);
        let p = Panes::new(Rect::new(0, 0, 80, 24), false, false, sizes);
        assert_eq!(p.list.unwrap().width, 30);
        let huge = LayoutSizes {
            list_width: Some(200),
            side_width: Some(200),
        };
        for (w, side) in [(140, true), (140, false), (80, true), (80, false)] {
            let p = Panes::new(Rect::new(0, 0, w, 24), false, side, huge);
            assert!(p.reader.width >= 10, "{w} {side}: {p:?}");
        }
    }

    #[test]
    fn tiny_terminals_do_not_panic() {
        for (w, h) in [(0, 0), (1, 1), (5, 2), (12, 3)] {
            for zoom in [false, true] {
                for side in [false, true] {
                    let p = Panes::new(Rect::new(0, 0, w, h), zoom, side, LayoutSizes::default());
                    let _ = (
                        p.list_rows(),
                        p.side_inner(),
                        p.prompt_rows(),
                        p.actor(),
                        p.help(usize::MAX),
                        p.compare_inner(),
                        p.story_inner(),
                    );
                }
            }
        }
    }
}
