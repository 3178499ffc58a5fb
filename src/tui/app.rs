//! The reader's state and how keys change it. No terminal here: tests drive [`App`] with key
//! events and read its fields, and the draw code borrows it for one frame.

use ratatui::crossterm::event::{Event, KeyEvent, KeyEventKind};
use ratatui::layout::{Rect, Size};

mod filter;
mod search;

pub use filter::{Filter, List};
pub use search::{Prompt, Scope, Trail};

use std::sync::Arc;

use super::cursor::{Cursor, offset};
use super::keymap::{Action, Keymap, Mode};
use super::layout::{Pane, Panes, WIDE};
use super::reader::{Anchor, ReaderText};
use super::side::{self, QuoteOrder, Tab};
use super::theme::Theme;
use crate::corpus::Corpus;
use crate::extract::{ArticleExtraction, Story};
use crate::search::{Index, Matcher, Searcher};

/// The widest the reading pane wraps text, however wide the pane: long lines are hard to read.
pub const DEFAULT_MAX_WIDTH: usize = 88;

/// Rows each article takes in the list, and each quote or actor in the side panel.
pub const ROWS_PER_ITEM: usize = 2;

/// Lines of context kept above a quote the reader jumps to.
const CONTEXT_LINES: usize = 2;

/// A message in the status line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Status {
    /// The text.
    pub text: String,
    /// True when it reports a problem.
    pub warning: bool,
}

/// The overlay listing one actor's quotes across every article of the story.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActorView {
    /// The actor's canonical name.
    pub name: String,
    /// The actor's quotes: (article, quote index in that article).
    pub quotes: Vec<(usize, usize)>,
    /// The selected quote.
    pub cursor: Cursor,
}

/// Everything the reader shows and remembers while it runs.
#[derive(Debug)]
pub struct App {
    /// The story being read.
    pub corpus: Corpus,
    /// Its quotes and actors.
    pub story: Story,
    /// Keys and their actions.
    pub keymap: Keymap,
    /// Styles.
    pub theme: Theme,
    /// The pane that takes movement keys.
    pub focus: Pane,
    /// The article shown in the reading pane, selected in the list.
    article: usize,
    /// The first row the article list shows.
    pub list_offset: usize,
    /// Lists narrowed by `f`, at most one filter a list.
    pub filters: Vec<Filter>,
    /// The article list's rows (article indices), as its filter leaves them.
    article_rows: Vec<usize>,
    /// Which articles have been opened.
    pub read: Vec<bool>,
    /// True while the reading pane is shown alone.
    pub zoom: bool,
    /// The help overlay's scroll offset, while it is open.
    pub help: Option<usize>,
    /// The actor overlay, while it is open.
    pub actor_view: Option<ActorView>,
    /// The message in the status line.
    pub status: Option<Status>,
    /// The side panel's tab.
    pub tab: Tab,
    /// The side panel's selection (quotes, actors) or scroll (article info).
    pub side: Cursor,
    /// How the quotes tab orders quotes.
    pub order: QuoteOrder,
    /// The quote highlighted in the reading pane, by index in the selected article.
    pub current_quote: Option<usize>,
    /// The widest the reading pane wraps text.
    pub max_width: usize,
    /// The search prompt, while it is open.
    pub prompt: Option<Prompt>,
    /// The last search's hits: `n` / `N` step through them, the reading pane highlights them.
    pub trail: Option<Trail>,
    /// Everything search can find in the story.
    pub index: Arc<Index>,
    /// The worker that searches `index` off the draw path.
    pub searcher: Searcher,
    /// Match positions for highlighting, computed for shown rows only.
    pub matcher: Matcher,
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
        let status = corpus.errors.first().map(|first| {
            let more = corpus.errors.len() - 1;
            Status {
                text: if more == 0 {
                    format!("not loaded: {first}")
                } else {
                    format!("not loaded: {first} (and {more} more)")
                },
                warning: true,
            }
        });
        let story = Story::extract(&corpus);
        let index = Arc::new(Index::new(&corpus, &story));
        let mut app = Self {
            corpus,
            story,
            keymap,
            theme,
            focus: Pane::List,
            article: 0,
            list_offset: 0,
            filters: Vec::new(),
            article_rows: (0..n).collect(),
            read: vec![false; n],
            zoom: false,
            help: None,
            actor_view: None,
            status,
            tab: Tab::Quotes,
            side: Cursor::default(),
            order: QuoteOrder::Reading,
            current_quote: None,
            max_width: DEFAULT_MAX_WIDTH,
            prompt: None,
            trail: None,
            searcher: Searcher::new(Arc::clone(&index)),
            index,
            matcher: Matcher,
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

    /// The article selected in the list and shown in the reading pane.
    pub fn selected(&self) -> usize {
        self.article
    }

    /// What extraction found in the selected article.
    pub fn extraction(&self) -> Option<&ArticleExtraction> {
        self.story.articles.get(self.selected())
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
        if self.prompt.is_some() {
            self.prompt_key(key);
            return;
        }
        if self.typing_filter().is_some() {
            self.filter_key(key);
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
        if self.actor_view.is_some() {
            self.apply_actor_view(action);
            return;
        }
        match action {
            Action::Quit => self.quit = true,
            Action::Help => self.help = Some(0),
            Action::Back => {
                if self.zoom {
                    self.set_zoom(false);
                } else if !self.clear_filter() {
                    self.current_quote = None;
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
            Action::Open => self.open(),
            Action::Zoom => self.set_zoom(!self.zoom),
            Action::TogglePanel => {
                self.side_choice = Some(!self.side_shown());
                self.relayout();
            }
            Action::NextTab => {
                self.tab = self.tab.next();
                self.side = Cursor::default();
            }
            Action::QuoteOrder => {
                self.order = self.order.toggled();
                self.side = Cursor::default();
            }
            Action::Search => self.open_prompt(Scope::Story),
            Action::Find => self.open_find(),
            Action::Filter => self.open_filter(),
            Action::NextMatch => self.step_hit(1),
            Action::PrevMatch => self.step_hit(-1),
            Action::DeleteChar | Action::DeleteWord | Action::ClearQuery | Action::SwitchScope => {}
        }
    }

    /// Keys while the actor overlay is open: move, jump to a quote, close.
    fn apply_actor_view(&mut self, action: Action) {
        let visible = self.actor_view_capacity();
        let Some(view) = self.actor_view.as_mut() else {
            return;
        };
        let len = view.quotes.len();
        let page = visible as isize;
        match action {
            Action::Help => self.help = Some(0),
            Action::Back | Action::Quit => self.actor_view = None,
            Action::Down => _ = view.cursor.step(1, len, visible),
            Action::Up => _ = view.cursor.step(-1, len, visible),
            Action::PageDown | Action::HalfPageDown => _ = view.cursor.step(page, len, visible),
            Action::PageUp | Action::HalfPageUp => _ = view.cursor.step(-page, len, visible),
            Action::Top => _ = view.cursor.step(isize::MIN, len, visible),
            Action::Bottom => _ = view.cursor.step(isize::MAX, len, visible),
            Action::Open => {
                if let Some(&(article, quote)) = view.quotes.get(view.cursor.selected) {
                    self.actor_view = None;
                    self.select_article(article);
                    self.go_to_quote(quote);
                    self.set_focus(Pane::Reader);
                }
            }
            _ => {}
        }
    }

    /// Enter: open the article, go to the quote, or list the actor's quotes.
    fn open(&mut self) {
        match self.focus {
            Pane::List if !self.corpus.articles.is_empty() => self.set_focus(Pane::Reader),
            Pane::Side => match self.tab {
                Tab::Quotes => {
                    if let Some(&quote) = self.quote_rows().get(self.side.selected) {
                        self.go_to_quote(quote);
                    }
                }
                Tab::Actors => {
                    if let Some(&actor) = self.actor_rows().get(self.side.selected) {
                        self.open_actor(self.selected(), actor);
                    }
                }
                Tab::Info => {}
            },
            _ => {}
        }
    }

    /// Opens the overlay of every quote, in every article, of `article`'s `actor`.
    fn open_actor(&mut self, article: usize, actor: usize) {
        let Some(extraction) = self.story.articles.get(article) else {
            return;
        };
        let entity = &extraction.actors.actors[actor].entity;
        let quotes = self
            .story
            .articles
            .iter()
            .enumerate()
            .flat_map(|(a, e)| {
                e.quotes.iter().enumerate().filter_map(move |(q, quote)| {
                    let speaker = quote.speaker_actor.map(|s| &e.actors.actors[s].entity);
                    (speaker == Some(entity)).then_some((a, q))
                })
            })
            .collect();
        self.actor_view = Some(ActorView {
            name: extraction.actors.actors[actor].name.clone(),
            quotes,
            cursor: Cursor::default(),
        });
    }

    /// Scrolls the reading pane to quote `quote` of the selected article and highlights it.
    pub fn go_to_quote(&mut self, quote: usize) {
        self.current_quote = Some(quote);
        if let Some(place) = self.extraction().and_then(|e| e.quotes.get(quote)).map(|q| q.at) {
            self.scroll_to_place(place);
        }
    }

    /// Where the panes are for the current size and state.
    pub fn panes(&self) -> Panes {
        Panes::new(self.screen(), self.zoom, self.side_shown())
    }

    /// The selected article laid out for the reading pane.
    pub fn text(&self) -> Option<&ReaderText> {
        self.text.as_ref().map(|(_, text)| text)
    }

    /// The first visible line of the reading pane.
    pub fn top_line(&self) -> usize {
        match (self.text(), self.scroll.get(self.selected())) {
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
            (r.height.saturating_sub(2) as usize / ROWS_PER_ITEM).max(1)
        })
    }

    /// Lines the side panel shows below its tab bar.
    pub fn side_height(&self) -> usize {
        self.panes()
            .side
            .map_or(1, |r| r.height.saturating_sub(3).max(1) as usize)
    }

    /// Quotes the actor overlay shows at once.
    pub fn actor_view_capacity(&self) -> usize {
        let area = super::ui::actor::area(self.screen());
        (area.height.saturating_sub(2) as usize / ROWS_PER_ITEM).max(1)
    }

    /// Lines of the help overlay.
    pub fn help_lines(&self) -> usize {
        super::ui::help::lines()
    }

    /// The whole terminal, as a rectangle.
    fn screen(&self) -> Rect {
        Rect::new(0, 0, self.size.width, self.size.height)
    }

    /// Lines the help overlay shows at once.
    pub fn help_height(&self) -> usize {
        super::ui::help::area(self.screen())
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
        let selected = self.selected();
        if pane == Pane::Reader
            && let Some(read) = self.read.get_mut(selected)
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
            Pane::Side => self.side_capacity(),
        }
    }

    /// Rows (items, or lines of the info tab) the side panel shows at once.
    fn side_capacity(&self) -> usize {
        match self.tab {
            Tab::Info => self.side_height(),
            Tab::Quotes | Tab::Actors => (self.side_height() / ROWS_PER_ITEM).max(1),
        }
    }

    /// Shows article `article` in the reading pane.
    fn select_article(&mut self, article: usize) {
        if article != self.selected() && article < self.corpus.articles.len() {
            self.article = article;
            self.side = Cursor::default();
            self.current_quote = None;
            self.relayout();
        }
    }

    /// Moves the focused pane by `by` lines or items (`isize::MIN` / `MAX`: to the ends).
    fn step(&mut self, by: isize) {
        match self.focus {
            Pane::List => self.step_articles(by),
            Pane::Reader => {
                let height = self.reader_height();
                let top = self.top_line();
                let selected = self.selected();
                if let (Some((_, text)), Some(anchor)) = (&self.text, self.scroll.get_mut(selected)) {
                    let top = offset(top, by, text.max_top(height));
                    *anchor = text.lines.get(top).map_or_else(Anchor::default, |l| l.anchor());
                }
            }
            Pane::Side => {
                let capacity = self.side_capacity();
                match self.tab {
                    Tab::Quotes => _ = self.side.step(by, self.quote_rows().len(), capacity),
                    Tab::Actors => _ = self.side.step(by, self.actor_rows().len(), capacity),
                    Tab::Info => self.side.scroll(by, self.info_lines(), capacity),
                }
            }
        }
    }

    fn info_lines(&self) -> usize {
        match (self.panes().side, self.corpus.articles.get(self.selected())) {
            (Some(area), Some(article)) => {
                side::info_lines(article, area.width.saturating_sub(2) as usize, &self.theme).len()
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
        let selected = self.selected();
        let extraction = self.story.articles.get(selected);
        self.text = self
            .corpus
            .articles
            .get(selected)
            .map(|article| match self.text.take() {
                Some((at, text)) if at == selected && text.width == width => (at, text),
                _ => (selected, ReaderText::new(article, extraction, width)),
            });
        self.show_selected_article();
    }
}
