//! The mouse, when the config turns it on (the terminal sends nothing otherwise): a click
//! focuses the pane under the pointer and selects the list row or side-panel row clicked; the
//! wheel scrolls the pane under the pointer, or the overlay on top, as its keys would.

use ratatui::crossterm::event::{MouseButton, MouseEvent, MouseEventKind};
use ratatui::layout::{Position, Rect};

use super::App;
use crate::tui::keymap::{Action, Mode};
use crate::tui::layout::{self, Pane};
use crate::tui::side::{QuoteEntry, Tab};

/// Lines (or items) one notch of the wheel moves.
const WHEEL_STEP: isize = 3;

impl App {
    /// Handles one mouse event.
    pub fn handle_mouse(&mut self, mouse: MouseEvent) {
        let at = Position::new(mouse.column, mouse.row);
        match mouse.kind {
            MouseEventKind::ScrollDown => self.wheel(Action::Down, at),
            MouseEventKind::ScrollUp => self.wheel(Action::Up, at),
            MouseEventKind::Down(MouseButton::Left) if self.mode() == Mode::Normal => self.click(at),
            _ => {}
        }
    }

    /// The visible pane at `at`, if any.
    fn pane_at(&self, at: Position) -> Option<Pane> {
        let panes = self.panes();
        [
            (Pane::List, panes.list),
            (Pane::Reader, Some(panes.reader)),
            (Pane::Side, panes.side),
        ]
        .into_iter()
        .find_map(|(pane, area)| area.filter(|a| a.contains(at)).map(|_| pane))
    }

    /// The wheel: over the normal screen, the pane under the pointer moves (the focus stays);
    /// over an overlay, the overlay moves as its `down` / `up` keys move it.
    fn wheel(&mut self, action: Action, at: Position) {
        let mode = self.mode();
        if mode != Mode::Normal {
            if let Some(key) = self.keymap.keys_in(mode, action).first().copied() {
                for _ in 0..WHEEL_STEP {
                    self.handle_key(key.event());
                }
            }
            return;
        }
        let Some(pane) = self.pane_at(at) else {
            return;
        };
        self.stop_restoring();
        let by = if action == Action::Down {
            WHEEL_STEP
        } else {
            -WHEEL_STEP
        };
        let focus = self.focus;
        self.focus = pane;
        self.step(by);
        self.focus = focus;
        self.dirty = true;
    }

    /// A left click on the normal screen: focuses the pane and selects the row clicked.
    fn click(&mut self, at: Position) {
        let Some(pane) = self.pane_at(at) else {
            return;
        };
        self.stop_restoring();
        self.dirty = true;
        if pane != self.focus {
            self.set_focus(pane);
        }
        match pane {
            Pane::List => {
                let Some(rows) = self.panes().list_rows() else {
                    return;
                };
                let Some(line) = line_in(rows, at) else {
                    return;
                };
                let row = self.list.offset + line / layout::ROWS_PER_ITEM;
                if row < self.list.rows.len() {
                    let at = self
                        .list
                        .rows
                        .iter()
                        .position(|&a| a == self.selected())
                        .unwrap_or(0);
                    self.step(row as isize - at as isize);
                }
            }
            Pane::Side => {
                let Some((_, body)) = self.panes().side_inner() else {
                    return;
                };
                let Some(line) = line_in(body, at) else {
                    return;
                };
                let line = self.side.cursor.offset + line;
                let row = match self.side.tab {
                    Tab::Quotes => self
                        .quote_entries()
                        .into_iter()
                        .find_map(|(first, entry)| match entry {
                            QuoteEntry::Quote { row, .. }
                                if (first..first + entry.height()).contains(&line) =>
                            {
                                Some(row)
                            }
                            _ => None,
                        }),
                    Tab::Actors => {
                        Some(line / layout::ROWS_PER_ITEM).filter(|&row| row < self.actor_rows().len())
                    }
                    Tab::Info => None,
                };
                if let Some(row) = row {
                    self.step(row as isize - self.side.cursor.selected as isize);
                }
            }
            Pane::Reader => {}
        }
    }
}

/// The line of `area` that `at` is on, from 0, when it is inside.
fn line_in(area: Rect, at: Position) -> Option<usize> {
    area.contains(at).then(|| (at.y - area.y) as usize)
}
