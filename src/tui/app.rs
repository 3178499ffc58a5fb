//! The reader's state and how keys change it: the library, the views of its articles on
//! screen, the list's and the side panel's state, and a stack of modes whose top one takes
//! the keys. No terminal here: tests drive [`App`] with key events and read its state; the
//! draw code lays it out for a frame and lends each widget its part.

use ratatui::crossterm::event::{Event, KeyEvent, KeyEventKind};
use ratatui::layout::{Position, Rect, Size};

mod compare;
mod filter;
mod memory;
mod modes;
mod mouse;
mod search;
mod settings;
mod share;
pub mod story;

use compare::Wake;
pub use compare::{CompareView, Picker};
pub use filter::{Filter, List};
pub use memory::Persist;
pub use modes::Layer;
pub use search::{Prompt, Scope, Trail};
pub use share::{Effect, ExportPrompt};

use std::collections::HashMap;
use std::sync::Arc;

use super::config::LayoutSizes;
use super::cursor::{Cursor, offset};
use super::keymap::{Action, Keymap, Mode};
use super::layout::{self, Pane, Panes, WIDE};
use super::reader::Anchor;
use super::side::{self, QuoteOrder, Tab};
use super::theme::Theme;
use super::view::ReaderView;
use crate::compare::wordings::{self, Conflict, Place};
use crate::corpus::LoadError;
use crate::extract::{ArticleExtraction, Quote};
use crate::library::{Event as LoadEvent, Library};
use crate::search::{Matcher, Searcher};

/// The widest the reading pane wraps text, however wide the pane: long lines are hard to read.
pub const DEFAULT_MAX_WIDTH: usize = 88;

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

/// Problems shown over the screen until dismissed, one entry each.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    /// What they are about, as the overlay's title.
    pub title: String,
    /// One problem an entry.
    pub problems: Vec<String>,
    /// The first problem shown.
    pub offset: usize,
}

/// The overlay listing quotes across every article of the story: one actor's, or every
/// rendering of one remark.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActorView {
    /// The actor's canonical name, or the remark's fullest words.
    pub name: String,
    /// The quotes: (article, quote index in that article).
    pub quotes: Vec<(usize, usize)>,
    /// The selected quote.
    pub cursor: Cursor,
    /// For a remark's renderings: which is the fullest and who they give it to.
    pub remark: Option<Remark>,
}

/// What the overlay knows of a remark whose renderings it lists.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Remark {
    /// The fullest rendering, an index into the overlay's quotes: the others are shown word
    /// by word against it.
    pub fullest: usize,
    /// The speakers, when the renderings disagree on who said it.
    pub conflict: Option<Conflict>,
}

/// The article list's state: which articles it lists, and the first row it shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArticleList {
    /// Article indices, as the list's filter leaves them (worked out when it changes).
    pub rows: Vec<usize>,
    /// The first row shown.
    pub offset: usize,
}

/// The side panel's state.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SidePanel {
    /// The tab shown.
    pub tab: Tab,
    /// How the quotes tab orders quotes.
    pub order: QuoteOrder,
    /// The selection (quotes, actors) or scroll (article info); its offset counts lines in
    /// the quotes tab, where speakers' headings take one.
    pub cursor: Cursor,
}

impl SidePanel {
    /// The list its tab shows, if `f` can filter it (quotes, actors).
    pub fn list(&self) -> Option<List> {
        match self.tab {
            Tab::Quotes => Some(List::Quotes),
            Tab::Actors => Some(List::Actors),
            Tab::Info => None,
        }
    }
}

/// Everything the reader shows and remembers while it runs.
#[derive(Debug)]
pub struct App {
    /// The story being read: articles, what was derived from them, what the reader did.
    pub library: Library,
    /// Keys and their actions.
    pub keymap: Keymap,
    /// Styles.
    pub theme: Theme,
    /// The pane that takes movement keys.
    pub focus: Pane,
    /// The articles on screen: one reading pane each (one today).
    views: Vec<ReaderView>,
    /// The view keys move and the list selects for.
    view: usize,
    /// The article list: its rows as its filter leaves them, and the first one shown.
    pub list: ArticleList,
    /// Lists narrowed by `f`, at most one filter a list.
    pub filters: Vec<Filter>,
    /// True while the reading pane is shown alone.
    pub zoom: bool,
    /// The modes over the normal one, the one that takes the keys last: prompt, filter,
    /// picker, comparison, actor view, help, notice, with their state. Normal lies under them all.
    layers: Vec<Layer>,
    /// The message in the status line.
    pub status: Option<Status>,
    /// The side panel: its tab, its order of quotes, its selection.
    pub side: SidePanel,
    /// The widest the reading pane wraps text.
    pub max_width: usize,
    /// Pane widths the config asks for.
    sizes: LayoutSizes,
    /// The last search's hits: `n` / `N` step through them, the reading pane highlights them.
    pub trail: Option<Trail>,
    /// Every remark's renderings by utterance id, worked out when the story is linked.
    remarks: HashMap<String, Vec<Place>>,
    /// What wakes the reader's loop when a comparison or the story grid is done.
    wake: Wake,
    /// The story view as it was closed, for `s` to bring back.
    kept_story: Option<Box<story::StoryView>>,
    /// The worker that searches the library's index off the draw path.
    pub searcher: Searcher,
    /// Match positions for highlighting, computed for shown rows only.
    pub matcher: Matcher,
    /// The user's choice to show or hide the side panel; `None` follows the terminal width.
    side_choice: Option<bool>,
    /// Where everything is on the screen last laid out (the last frame's, or the terminal's
    /// size before the first).
    panes: Panes,
    /// What is remembered between runs: the story's key, what is still to restore, marks to
    /// undo, when to save.
    keeping: memory::Keeping,
    /// What the loop is to do outside the app's state: copy to the clipboard, open an address.
    effects: Vec<share::Effect>,
    /// True when something changed since the last draw.
    pub dirty: bool,
    /// True once the user asked to quit.
    pub quit: bool,
}

impl App {
    /// A reader over `library` (loaded, or to be filled by [`App::take_load`]), sized for a
    /// terminal of `size`.
    pub fn new(library: Library, keymap: Keymap, theme: Theme, size: Size) -> Self {
        let n = library.len();
        let status = not_loaded(&library.corpus.errors);
        let searcher = Searcher::new(Arc::clone(&library.index));
        let remarks = wordings::renderings(&library.story);
        let mut app = Self {
            library,
            keymap,
            theme,
            focus: Pane::List,
            views: vec![ReaderView::new(0)],
            view: 0,
            list: ArticleList {
                rows: (0..n).collect(),
                offset: 0,
            },
            filters: Vec::new(),
            zoom: false,
            layers: Vec::new(),
            status,
            side: SidePanel {
                tab: Tab::Quotes,
                order: QuoteOrder::Reading,
                cursor: Cursor::default(),
            },
            max_width: DEFAULT_MAX_WIDTH,
            sizes: LayoutSizes::default(),
            trail: None,
            remarks,
            wake: Wake::default(),
            kept_story: None,
            searcher,
            matcher: Matcher,
            side_choice: None,
            panes: Panes {
                screen: Rect::from((Position::ORIGIN, size)),
                ..Panes::default()
            },
            keeping: memory::Keeping::new(),
            effects: Vec::new(),
            dirty: true,
            quit: false,
        };
        app.relayout();
        app.restore();
        app
    }

    /// The article selected in the list and shown in the reading pane.
    pub fn selected(&self) -> usize {
        self.view().article
    }

    /// The view keys move: the reading pane's article, text, scroll and highlights.
    pub fn view(&self) -> &ReaderView {
        &self.views[self.view]
    }

    /// Every view on screen, left to right, and which of them is the focused one.
    pub fn views(&self) -> (&[ReaderView], usize) {
        (&self.views, self.view)
    }

    fn view_mut(&mut self) -> &mut ReaderView {
        &mut self.views[self.view]
    }

    /// What extraction found in the selected article.
    pub fn extraction(&self) -> Option<&ArticleExtraction> {
        self.library.story.articles.get(self.selected())
    }

    /// Shows a warning in the status line.
    pub fn warn(&mut self, text: impl Into<String>) {
        self.status = Some(Status {
            text: text.into(),
            warning: true,
        });
        self.dirty = true;
    }

    /// Shows a message in the status line.
    pub fn say(&mut self, text: String) {
        self.status = Some(Status { text, warning: false });
        self.dirty = true;
    }

    /// Lists `problems` over the screen under `title` until the user dismisses them.
    pub fn report(&mut self, title: &str, problems: Vec<String>) {
        if !problems.is_empty() {
            self.layers.push(Layer::Notice(Notice {
                title: title.to_string(),
                problems,
                offset: 0,
            }));
            self.dirty = true;
        }
    }

    /// Handles one terminal event; marks the app dirty when the screen must change.
    pub fn handle_event(&mut self, event: &Event) {
        match event {
            Event::Key(key) => self.handle_key(*key),
            Event::Resize(w, h) => self.resize(Size::new(*w, *h)),
            Event::Mouse(mouse) => self.handle_mouse(*mouse),
            _ => {}
        }
    }

    /// Handles a key press: the mode on top resolves it, and that mode's handler runs it.
    pub fn handle_key(&mut self, key: KeyEvent) {
        if key.kind == KeyEventKind::Release {
            return;
        }
        let mode = self.mode();
        let action = self.keymap.resolve(mode, key);
        if !mode.types() {
            if action.is_none() {
                return; // an unbound key changes nothing
            }
            self.status = None;
        }
        self.stop_restoring();
        self.dirty = true;
        match (mode, action) {
            (Mode::Prompt, action) => self.prompt_key(action, key),
            (Mode::Filter, action) => self.filter_key(action, key),
            (Mode::Pick, action) => self.pick_key(action, key),
            (Mode::Export, action) => self.export_key(action, key),
            (_, None) => {}
            (Mode::Normal, Some(action)) => self.apply(action),
            (Mode::Compare, Some(action)) => self.compare_key(action),
            (Mode::Story, Some(action)) => self.story_key(action),
            (Mode::Actor, Some(action)) => self.actor_key(action),
            (Mode::Help, Some(action)) => self.help_key(action),
            (Mode::Notice, Some(action)) => self.notice_key(action),
        }
    }

    /// Adapts to a new terminal size, keeping the same top line of text.
    pub fn resize(&mut self, size: Size) {
        self.layout(Rect::from((Position::ORIGIN, size)));
    }

    /// Lays the screen out for a frame's `area`: called at the start of each draw (the frame
    /// can be smaller than the last resize said), so keys are handled on the panes last drawn.
    pub fn layout(&mut self, area: Rect) {
        if area != self.panes.screen {
            self.panes.screen = area;
            self.relayout();
            self.dirty = true;
        }
    }

    /// Runs an action of the normal mode.
    fn apply(&mut self, action: Action) {
        match action {
            Action::Quit => self.quit = true,
            Action::Help => self.layers.push(Layer::Help(0)),
            Action::Back => {
                if self.zoom {
                    self.set_zoom(false);
                } else if !self.clear_filter() {
                    self.view_mut().current_quote = None;
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
            Action::TogglePanel => self.choose_side(!self.side_shown()),
            // A hidden panel is shown first: a key never changes what cannot be seen.
            Action::NextTab if self.show_side() => {}
            Action::NextTab => {
                self.side.tab = self.side.tab.next();
                self.side.cursor = Cursor::default();
            }
            Action::QuoteOrder if self.show_side() || self.side.tab != Tab::Quotes => {
                self.side.tab = Tab::Quotes;
                self.side.cursor = Cursor::default();
            }
            Action::QuoteOrder => {
                self.side.order = self.side.order.toggled();
                self.side.cursor = Cursor::default();
            }
            Action::Search => self.open_prompt(Scope::Story),
            Action::Find => self.open_find(),
            Action::Filter => self.open_filter(),
            Action::NextMatch => self.step_hit(1),
            Action::PrevMatch => self.step_hit(-1),
            Action::Compare => self.open_picker(),
            Action::Renderings => self.open_renderings(),
            Action::ToggleRead => self.toggle_read(),
            Action::ToggleStar => self.toggle_star(),
            Action::UndoMark => self.undo_mark(),
            Action::Story => self.open_story(),
            Action::CopyQuote => self.copy_quote(),
            Action::CopyUrl => self.copy_url(),
            Action::OpenUrl => self.open_url(),
            Action::Export => self.open_export(),
            Action::DeleteChar
            | Action::DeleteWord
            | Action::ClearQuery
            | Action::SwitchScope
            | Action::NextDiff
            | Action::PrevDiff
            | Action::Sort
            | Action::ScrollLeft
            | Action::ScrollRight => {}
        }
    }

    /// Enter: open the article, go to the quote, or list the actor's quotes.
    fn open(&mut self) {
        match self.focus {
            Pane::List if !self.library.corpus.articles.is_empty() => self.set_focus(Pane::Reader),
            Pane::Side => match self.side.tab {
                Tab::Quotes => {
                    if let Some(&quote) = self.quote_rows().get(self.side.cursor.selected) {
                        self.go_to_quote(quote);
                    }
                }
                Tab::Actors => {
                    if let Some(&actor) = self.actor_rows().get(self.side.cursor.selected) {
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
        let Some(extraction) = self.library.story.articles.get(article) else {
            return;
        };
        let entity = extraction.actors.actors[actor].entity();
        let quotes = self
            .library
            .story
            .articles
            .iter()
            .enumerate()
            .flat_map(|(a, e)| {
                e.quotes.iter().enumerate().filter_map(move |(q, quote)| {
                    let speaker = quote.actor().map(|s| e.actors.actors[s].entity());
                    (speaker == Some(entity)).then_some((a, q))
                })
            })
            .collect();
        self.layers.push(Layer::Actor(ActorView {
            name: extraction.actors.actors[actor].name().to_string(),
            quotes,
            cursor: Cursor::default(),
            remark: None,
        }));
    }

    /// Where every rendering of the remark of quote `quote` of `article` is, itself among
    /// them (alone before the story is linked).
    pub fn renderings(&self, article: usize, quote: usize) -> Vec<Place> {
        let utterance = self
            .library
            .story
            .articles
            .get(article)
            .and_then(|e| e.quotes.get(quote))
            .and_then(|q| q.utterance.as_deref());
        match utterance.and_then(|u| self.remarks.get(u)) {
            Some(places) if places.contains(&(article, quote)) => places.clone(),
            _ => vec![(article, quote)],
        }
    }

    /// The quotes at `places`, each with its article's index, and their words.
    fn quotes_at(&self, places: &[Place]) -> (Vec<(usize, &Quote)>, Vec<&str>) {
        places
            .iter()
            .filter_map(|&(a, q)| self.library.quote(a, q).map(|(quote, words)| ((a, quote), words)))
            .unzip()
    }

    /// For each quote of the selected article: how many articles carry its remark, and
    /// whether their renderings disagree on who said it.
    pub fn remark_marks(&self) -> Vec<(usize, bool)> {
        let article = self.selected();
        let count = self.extraction().map_or(0, |e| e.quotes.len());
        (0..count)
            .map(|q| {
                let places = self.renderings(article, q);
                let conflict = wordings::conflict(&self.quotes_at(&places).0).is_some();
                (wordings::outlets(&places), conflict)
            })
            .collect()
    }

    /// `r`: every rendering of the remark of the quote selected in the quotes tab (or, with
    /// the tab not in focus, the one the reading pane highlights), word by word against the
    /// fullest.
    fn open_renderings(&mut self) {
        let Some(quote) = self.chosen_quote() else {
            let key = self
                .keymap
                .hint(Mode::Normal, Action::Renderings)
                .unwrap_or_default();
            return self.warn(format!("{key} lists a quote's renderings: select a quote first"));
        };
        let article = self.selected();
        let places = self.renderings(article, quote);
        let (quotes, texts) = self.quotes_at(&places);
        let fullest = wordings::fullest(&texts);
        let remark = Remark {
            fullest,
            conflict: wordings::conflict(&quotes),
        };
        let name = texts.get(fullest).map_or_else(String::new, |t| t.to_string());
        let mut cursor = Cursor {
            selected: places.iter().position(|&p| p == (article, quote)).unwrap_or(0),
            offset: 0,
        };
        cursor.show(self.actor_view_capacity(), places.len());
        self.layers.push(Layer::Actor(ActorView {
            name,
            quotes: places,
            cursor,
            remark: Some(remark),
        }));
    }

    /// Scrolls the reading pane to quote `quote` of the selected article and highlights it.
    pub fn go_to_quote(&mut self, quote: usize) {
        self.view_mut().current_quote = Some(quote);
        if let Some(place) = self.extraction().and_then(|e| e.quotes.get(quote)).map(|q| q.at) {
            self.scroll_to_place(place);
        }
    }

    /// Where the panes are, as last laid out.
    pub fn panes(&self) -> Panes {
        self.panes
    }

    /// Articles the list shows at once.
    pub fn list_capacity(&self) -> usize {
        self.panes.list_rows().map_or(1, |r| layout::items(r).max(1))
    }

    /// Lines the side panel shows below its tab bar.
    pub fn side_height(&self) -> usize {
        self.panes
            .side_inner()
            .map_or(1, |(_, body)| body.height.max(1) as usize)
    }

    /// Quotes the actor overlay shows at once.
    pub fn actor_view_capacity(&self) -> usize {
        layout::items(layout::inner(self.panes.actor())).max(1)
    }

    /// Lines of the help overlay.
    pub fn help_lines(&self) -> usize {
        super::ui::help::lines()
    }

    /// Lines the help overlay shows at once.
    pub fn help_height(&self) -> usize {
        layout::inner(self.panes.help(self.help_lines())).height.max(1) as usize
    }

    fn side_shown(&self) -> bool {
        self.side_choice.unwrap_or(self.panes.screen.width >= WIDE)
    }

    /// Shows or hides the side panel; a choice that matches what the width gives by default
    /// follows the width again, so going back to the list when narrow does not hide the
    /// panel once the terminal is wide.
    fn choose_side(&mut self, shown: bool) {
        self.side_choice = (shown != (self.panes.screen.width >= WIDE)).then_some(shown);
        self.relayout();
    }

    /// Shows the side panel if it is hidden (leaving zoom if need be); true if it was.
    fn show_side(&mut self) -> bool {
        if self.panes().side.is_some() {
            return false;
        }
        if self.zoom {
            self.set_zoom(false);
        }
        if self.panes().side.is_none() {
            self.choose_side(true);
        }
        true
    }

    /// Focuses `pane`, showing it first when the screen is too narrow for all three (the list
    /// and the side panel take turns beside the reading pane).
    fn reveal(&mut self, pane: Pane) {
        let panes = self.panes();
        match pane {
            Pane::List if panes.list.is_none() => self.choose_side(false),
            Pane::Side if panes.side.is_none() => self.choose_side(true),
            _ => {}
        }
        self.set_focus(pane);
    }

    /// The panes focus moves through, left to right: all three, hidden or not, unless zoomed.
    fn focus_order(&self) -> Vec<Pane> {
        if self.zoom {
            vec![Pane::Reader]
        } else {
            vec![Pane::List, Pane::Reader, Pane::Side]
        }
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
        if pane == Pane::Reader && self.selected() < self.library.len() {
            let now = chrono::DateTime::<chrono::Utc>::from(std::time::SystemTime::now());
            self.library.update(self.selected(), |state| {
                state.read = true;
                state.opened = Some(now);
            });
            self.persist(Persist::Now);
        }
    }

    fn cycle_focus(&mut self, by: isize) {
        let order = self.focus_order();
        let at = order.iter().position(|p| *p == self.focus).unwrap_or(0) as isize;
        let next = (at + by).rem_euclid(order.len() as isize) as usize;
        self.reveal(order[next]);
    }

    fn move_focus(&mut self, by: isize) {
        let order = self.focus_order();
        let at = order.iter().position(|p| *p == self.focus).unwrap_or(0) as isize;
        let next = (at + by).clamp(0, order.len() as isize - 1) as usize;
        self.reveal(order[next]);
    }

    /// Lines (or items) one page moves in the focused pane.
    fn page(&self) -> usize {
        match self.focus {
            Pane::List => self.list_capacity(),
            Pane::Reader => self.view().height().saturating_sub(1).max(1),
            Pane::Side => self.side_capacity(),
        }
    }

    /// Rows (items, or lines of the info tab) the side panel shows at once.
    fn side_capacity(&self) -> usize {
        match self.side.tab {
            Tab::Info => self.side_height(),
            Tab::Quotes | Tab::Actors => (self.side_height() / layout::ROWS_PER_ITEM).max(1),
        }
    }

    /// Shows article `article` in the reading pane.
    fn select_article(&mut self, article: usize) {
        if article != self.selected() && article < self.library.corpus.articles.len() {
            self.view_mut().show(article);
            self.side.cursor = Cursor::default();
            self.relayout();
            self.place_later();
            // Moving through the list: saved once it stops, not at every step.
            self.persist(Persist::Later);
        }
    }

    /// Moves the focused pane by `by` lines or items (`isize::MIN` / `MAX`: to the ends).
    fn step(&mut self, by: isize) {
        match self.focus {
            Pane::List => self.step_articles(by),
            Pane::Reader => {
                let view = self.view();
                if let Some(text) = view.text() {
                    let top = offset(view.top_line(), by, text.max_top(view.height()));
                    let anchor = text.lines.get(top).map_or_else(Anchor::default, |l| l.anchor());
                    self.set_anchor(anchor);
                }
            }
            Pane::Side => {
                let capacity = self.side_capacity();
                match self.side.tab {
                    Tab::Quotes => {
                        let last = self.quote_rows().len().saturating_sub(1);
                        self.side.cursor.selected = offset(self.side.cursor.selected, by, last);
                        self.scroll_side();
                    }
                    Tab::Actors => _ = self.side.cursor.step(by, self.actor_rows().len(), capacity),
                    Tab::Info => self.side.cursor.scroll(by, self.info_lines(), capacity),
                }
            }
        }
    }

    /// The quotes tab's entries as drawn (headings and quotes), each with its first line.
    pub fn quote_entries(&self) -> Vec<(usize, side::QuoteEntry)> {
        self.extraction()
            .map(|e| side::quote_entries(e, &self.quote_rows(), self.side.order))
            .unwrap_or_default()
    }

    /// Scrolls the side panel so its selection shows, with no empty rows below its last
    /// entry; the quotes tab scrolls by line (its headings take one), the actors tab by item.
    fn scroll_side(&mut self) {
        if self.panes().side.is_none() {
            return;
        }
        match self.side.tab {
            Tab::Quotes => {
                let entries = self.quote_entries();
                self.side.cursor.offset = side::scroll_quotes(
                    &entries,
                    self.side.cursor.selected,
                    self.side.cursor.offset,
                    self.side_height(),
                );
            }
            Tab::Actors => {
                let len = self.actor_rows().len();
                self.side.cursor.show(self.side_capacity(), len);
            }
            Tab::Info => self.side.cursor.scroll(0, self.info_lines(), self.side_height()),
        }
    }

    fn info_lines(&self) -> usize {
        match (
            self.panes.side_inner(),
            self.library.corpus.articles.get(self.selected()),
        ) {
            (Some((_, body)), Some(article)) => {
                side::info_lines(article, body.width as usize, &self.theme).len()
            }
            _ => 0,
        }
    }

    /// Re-derives what depends on the size and the selection: the focus (if its pane was
    /// hidden), the wrapped text, the list offset.
    fn relayout(&mut self) {
        self.panes = Panes::new(self.panes.screen, self.zoom, self.side_shown(), self.sizes);
        let visible = self.panes.visible();
        if !visible.contains(&self.focus) {
            self.focus = Pane::Reader;
        }
        let areas = self.panes.views(self.views.len());
        for (view, area) in self.views.iter_mut().zip(areas) {
            view.area = area;
            let width = view.columns(self.max_width);
            let article = self.library.corpus.articles.get(view.article).map(|a| &**a);
            view.wrap(article, self.library.story.articles.get(view.article), width);
        }
        self.refresh_found();
        self.show_selected_article();
        self.scroll_side();
        self.relayout_compare();
    }

    /// Makes `anchor` the selected article's top line, and keeps it in the library as a place
    /// in the text.
    pub(super) fn set_anchor(&mut self, anchor: Anchor) {
        self.view_mut().scroll_to(anchor);
        let position = self.view().text().and_then(|text| text.position(anchor));
        self.library
            .update(self.selected(), |state| state.position = position);
        self.persist(Persist::Later);
    }

    /// Takes in one step of the story's load: the list grows, panels fill in, search moves to
    /// the larger index (a query in the prompt is asked again), failures are named.
    pub fn take_load(&mut self, event: LoadEvent) {
        let before = (self.library.len(), self.library.corpus.errors.len());
        let extracted = self.library.progress().extracted;
        let index = Arc::clone(&self.library.index);
        let linked = matches!(event, LoadEvent::Linked(_));
        self.library.apply(event);
        if linked {
            self.remarks = wordings::renderings(&self.library.story);
            self.kept_story = None;
        }
        if self.library.len() != before.0 {
            self.list.rows = self.filter_articles();
        }
        if self.library.corpus.errors.len() != before.1 {
            self.status = not_loaded(&self.library.corpus.errors);
        }
        let selected = self.selected();
        if linked || (extracted..self.library.progress().extracted).contains(&selected) {
            self.view_mut().forget_text(); // laid out again with its quotes and speakers
        }
        if !Arc::ptr_eq(&index, &self.library.index) {
            self.searcher.set_index(Arc::clone(&self.library.index));
            self.submit();
        }
        self.relayout();
        self.restore();
        self.dirty = true;
    }
}

/// The status line naming the files that could not be loaded, if any.
fn not_loaded(errors: &[LoadError]) -> Option<Status> {
    let first = errors.first()?;
    let more = errors.len() - 1;
    Some(Status {
        text: if more == 0 {
            format!("not loaded: {first}")
        } else {
            format!("not loaded: {first} (and {more} more)")
        },
        warning: true,
    })
}
