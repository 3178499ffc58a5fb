//! The reader's state and how keys change it. No terminal here: tests drive [`App`] with key
//! events and read its fields, and the draw code borrows it for one frame.

use ratatui::crossterm::event::{Event, KeyEvent, KeyEventKind};
use ratatui::layout::{Rect, Size};

use super::keymap::{Action, Keymap, Mode};
use super::layout::{Pane, Panes, WIDE};
use super::reader::{Anchor, ReaderText};
use super::side;
use super::theme::Theme;
use crate::corpus::Corpus;

/// The widest the reading pane wraps text, however wide the pane: long lines are hard to read.
pub const DEFAULT_MAX_WIDTH: usize = 88;

/// Rows each article takes in the list.
pub const LIST_ROWS_PER_ITEM: usize = 2;

/// A message in the status line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Status {
    /// The text.
    pub text: String,
    /// True when it reports a problem.
    pub warning: bool,
}

/// Everything the reader shows and remembers while it runs.
#[derive(Debug)]
pub struct App {
    /// The story being read.
    pub corpus: Corpus,
    /// Keys and their actions.
    pub keymap: Keymap,
    /// Styles.
    pub theme: Theme,
    /// The pane that takes movement keys.
    pub focus: Pane,
    /// The article selected in the list and shown in the reading pane.
    pub selected: usize,
    /// Which articles have been opened.
    pub read: Vec<bool>,
    /// True while the reading pane is shown alone.
    pub zoom: bool,
    /// The help overlay's scroll offset, while it is open.
    pub help: Option<usize>,
    /// The message in the status line.
    pub status: Option<Status>,
    /// The first visible row of the article list.
    pub list_offset: usize,
    /// The first visible line of the side panel.
    pub side_scroll: usize,
    /// The widest the reading pane wraps text.
    pub max_width: usize,
    /// The user's choice to show or hide the side panel; `None` follows the terminal width.
    side_choice: Option<bool>,
    /// Each article's top line in the reading pane.
    scroll: Vec<Anchor>,
    /// The terminal size.
    size: Size,
    /// An article (by index) laid out at the reading pane's width.
    text: Option<(usize, ReaderText)>,
    /// True when something changed since the last draw.
    pub dirty: bool,
    /// True once the user asked to quit.
    pub quit: bool,
}

impl App {
    /// A reader over `corpus`, sized for a terminal of `size`.
    pub fn new(corpus: Corpus, keymap: Keymap, theme: Theme, size: Size) -> Self {
        let n = corpus.articles.len();
        let status = if corpus.errors.is_empty() {
            None
        } else {
            let first = &corpus.errors[0];
            let more = corpus.errors.len() - 1;
            Some(Status {
                text: if more == 0 {
                    format!("not loaded: {first}")
                } else {
                    format!("not loaded: {first} (and {more} more)")
                },
                warning: true,
            })
        };
        let mut app = Self {
            corpus,
            keymap,
            theme,
            focus: Pane::List,
            selected: 0,
            read: vec![false; n],
            zoom: false,
            help: None,
            status,
            list_offset: 0,
            side_scroll: 0,
            max_width: DEFAULT_MAX_WIDTH,
            side_choice: None,
            scroll: vec![Anchor::default(); n],
            size,
            text: None,
            dirty: true,
            quit: false,
        };
        app.relayout();
        app
    }

    /// Shows a warning in the status line.
    pub fn warn(&mut self, text: impl Into<String>) {
        self.status = Some(Status {
            text: text.into(),
            warning: true,
        });
        self.dirty = true;
    }

    /// Handles one terminal event; marks the app dirty when the screen must change.
    pub fn handle_event(&mut self, event: &Event) {
        match event {
            Event::Key(key) => self.handle_key(*key),
            Event::Resize(w, h) => self.resize(Size::new(*w, *h)),
            _ => {}
        }
    }

    /// Handles a key press.
    pub fn handle_key(&mut self, key: KeyEvent) {
        if key.kind == KeyEventKind::Release {
            return;
        }
        let Some(action) = self.keymap.resolve(Mode::Normal, key) else {
            return;
        };
        if self.status.take().is_some() {
            self.dirty = true;
        }
        self.apply(action);
    }

    /// Adapts to a new terminal size, keeping the same top line of text.
    pub fn resize(&mut self, size: Size) {
        if size != self.size {
            self.size = size;
            self.relayout();
            self.dirty = true;
        }
    }

    /// Runs an action.
    pub fn apply(&mut self, action: Action) {
        self.dirty = true;
        if let Some(offset) = self.help {
            let max = self.help_lines().saturating_sub(self.help_height());
            self.help = match action {
                Action::Help | Action::Back | Action::Quit => None,
                Action::Down => Some((offset + 1).min(max)),
                Action::Up => Some(offset.saturating_sub(1)),
                Action::PageDown | Action::HalfPageDown => Some((offset + self.help_height()).min(max)),
                Action::PageUp | Action::HalfPageUp => Some(offset.saturating_sub(self.help_height())),
                Action::Top => Some(0),
                Action::Bottom => Some(max),
                _ => Some(offset),
            };
            return;
        }
        match action {
            Action::Quit => self.quit = true,
            Action::Help => self.help = Some(0),
            Action::Back => {
                if self.zoom {
                    self.set_zoom(false);
                }
            }
            Action::Down => self.step(1),
            Action::Up => self.step(-1),
            Action::PageDown => self.step(self.page() as isize),
            Action::PageUp => self.step(-(self.page() as isize)),
            Action::HalfPageDown => self.step((self.page() / 2).max(1) as isize),
            Action::HalfPageUp => self.step(-((self.page() / 2).max(1) as isize)),
            Action::Top => self.step(isize::MIN),
            Action::Bottom => self.step(isize::MAX),
            Action::FocusNext => self.cycle_focus(1),
            Action::FocusPrev => self.cycle_focus(-1),
            Action::FocusLeft => self.move_focus(-1),
            Action::FocusRight => self.move_focus(1),
            Action::Open => {
                if self.focus == Pane::List && !self.corpus.articles.is_empty() {
                    self.set_focus(Pane::Reader);
                }
            }
            Action::Zoom => self.set_zoom(!self.zoom),
            Action::TogglePanel => {
                self.side_choice = Some(!self.side_shown());
                self.relayout();
            }
        }
    }

    /// Where the panes are for the current size and state.
    pub fn panes(&self) -> Panes {
        Panes::new(
            Rect::new(0, 0, self.size.width, self.size.height),
            self.zoom,
            self.side_shown(),
        )
    }

    /// The selected article laid out for the reading pane.
    pub fn text(&self) -> Option<&ReaderText> {
        self.text.as_ref().map(|(_, text)| text)
    }

    /// The first visible line of the reading pane.
    pub fn top_line(&self) -> usize {
        match (self.text(), self.scroll.get(self.selected)) {
            (Some(text), Some(anchor)) => text.line_of(*anchor).min(text.max_top(self.reader_height())),
            _ => 0,
        }
    }

    /// Lines of text the reading pane shows at once.
    pub fn reader_height(&self) -> usize {
        self.panes().reader.height.saturating_sub(2) as usize
    }

    /// Columns the reading pane wraps to: the pane's inner width less a margin each side,
    /// capped at [`App::max_width`].
    pub fn reader_width(&self) -> usize {
        (self.panes().reader.width.saturating_sub(4) as usize).clamp(1, self.max_width.max(1))
    }

    /// Articles the list shows at once.
    pub fn list_capacity(&self) -> usize {
        self.panes().list.map_or(1, |r| {
            (r.height.saturating_sub(2) as usize / LIST_ROWS_PER_ITEM).max(1)
        })
    }

    /// Lines of the help overlay, one per action.
    pub fn help_lines(&self) -> usize {
        Action::ALL.len()
    }

    /// Lines the help overlay shows at once.
    pub fn help_height(&self) -> usize {
        super::ui::help::area(Rect::new(0, 0, self.size.width, self.size.height))
            .height
            .saturating_sub(2)
            .max(1) as usize
    }

    fn side_shown(&self) -> bool {
        self.side_choice.unwrap_or(self.size.width >= WIDE)
    }

    fn set_zoom(&mut self, zoom: bool) {
        self.zoom = zoom;
        if zoom {
            self.focus = Pane::Reader;
        }
        self.relayout();
    }

    fn set_focus(&mut self, pane: Pane) {
        self.focus = pane;
        if pane == Pane::Reader
            && let Some(read) = self.read.get_mut(self.selected)
        {
            *read = true;
        }
    }

    fn cycle_focus(&mut self, by: isize) {
        let visible = self.panes().visible();
        let at = visible.iter().position(|p| *p == self.focus).unwrap_or(0) as isize;
        let next = (at + by).rem_euclid(visible.len() as isize) as usize;
        self.set_focus(visible[next]);
    }

    fn move_focus(&mut self, by: isize) {
        let visible = self.panes().visible();
        let at = visible.iter().position(|p| *p == self.focus).unwrap_or(0) as isize;
        let next = (at + by).clamp(0, visible.len() as isize - 1) as usize;
        self.set_focus(visible[next]);
    }

    /// Lines (or items) one page moves in the focused pane.
    fn page(&self) -> usize {
        match self.focus {
            Pane::List => self.list_capacity(),
            Pane::Reader => self.reader_height().saturating_sub(1).max(1),
            Pane::Side => self
                .panes()
                .side
                .map_or(1, |r| r.height.saturating_sub(3).max(1) as usize),
        }
    }

    /// Moves the focused pane by `by` lines or items (`isize::MIN` / `MAX`: to the ends).
    fn step(&mut self, by: isize) {
        match self.focus {
            Pane::List => {
                let n = self.corpus.articles.len();
                if n > 0 {
                    let next = offset(self.selected, by, n - 1);
                    if next != self.selected {
                        self.selected = next;
                        self.side_scroll = 0;
                        self.relayout();
                    }
                }
            }
            Pane::Reader => {
                let height = self.reader_height();
                let top = self.top_line();
                if let (Some((_, text)), Some(anchor)) = (&self.text, self.scroll.get_mut(self.selected)) {
                    let top = offset(top, by, text.max_top(height));
                    *anchor = text.lines.get(top).map_or_else(Anchor::default, |l| l.anchor());
                }
            }
            Pane::Side => {
                let max = self.side_lines().saturating_sub(self.page());
                self.side_scroll = offset(self.side_scroll, by, max);
            }
        }
    }

    fn side_lines(&self) -> usize {
        match (self.panes().side, self.corpus.articles.get(self.selected)) {
            (Some(area), Some(article)) => {
                side::lines(article, area.width.saturating_sub(2) as usize, &self.theme).len()
            }
            _ => 0,
        }
    }

    /// Re-derives what depends on the size and the selection: the focus (if its pane was
    /// hidden), the wrapped text, the list offset.
    fn relayout(&mut self) {
        let visible = self.panes().visible();
        if !visible.contains(&self.focus) {
            self.focus = Pane::Reader;
        }
        let width = self.reader_width();
        let selected = self.selected;
        self.text = self
            .corpus
            .articles
            .get(selected)
            .map(|article| match self.text.take() {
                Some((at, text)) if at == selected && text.width == width => (at, text),
                _ => (selected, ReaderText::new(article, width)),
            });
        let capacity = self.list_capacity();
        if self.selected < self.list_offset {
            self.list_offset = self.selected;
        } else if self.selected >= self.list_offset + capacity {
            self.list_offset = self.selected + 1 - capacity;
        }
    }
}

/// `at` moved by `by`, kept within `0..=max`.
fn offset(at: usize, by: isize, max: usize) -> usize {
    if by >= 0 {
        at.saturating_add(by as usize).min(max)
    } else {
        at.saturating_sub(by.unsigned_abs()).min(max)
    }
}
