//! What the reader remembers of a story and its articles between runs, on the app's side:
//! marks (`m` read, `*` star) and their undo (`u`), the story's last article and view taken
//! back on start, each article's place restored once its text is laid out, and when the
//! state should be saved. The file itself is the core's (`library::state`); the loop saves.

use serde::{Deserialize, Serialize};

use super::App;
use crate::library::{ArticleId, Memory, StoryKey, StoryState};
use crate::tui::keymap::{Action, Mode};
use crate::tui::layout::Pane;
use crate::tui::side::{QuoteOrder, Tab};

/// How soon what changed should be written.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord)]
pub enum Persist {
    /// Nothing changed since the last save.
    #[default]
    Clean,
    /// A place in the text or the article shown changed: save after a pause, as scrolling or
    /// moving through the list goes on.
    Later,
    /// A mark changed or an article was opened: save now.
    Now,
}

/// A mark the user set, as undo needs it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mark {
    Read,
    Star,
}

/// The reader's side of remembering: which story this is, what is still to restore, the
/// marks to undo, and whether to save.
#[derive(Debug, Default)]
pub struct Keeping {
    /// The story's inputs, its key in the state file.
    story: StoryKey,
    /// The article the story was left on, selected when it arrives unless a key came first.
    restore: Option<ArticleId>,
    /// True while the shown article's saved place waits for its text to be laid out.
    place_pending: bool,
    /// The marks set, the last one last: the article, the mark, and its value before.
    undo: Vec<(ArticleId, Mark, bool)>,
    /// How soon to save.
    persist: Persist,
}

impl Keeping {
    /// A fresh start: the first article's place is still to be restored.
    pub(super) fn new() -> Self {
        Self {
            place_pending: true,
            ..Self::default()
        }
    }
}

/// How the story was shown: the focused pane, zoom, the side panel's tab and order, the
/// side panel shown or hidden by choice.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
struct View {
    focus: Pane,
    zoom: bool,
    tab: Tab,
    order: QuoteOrder,
    side: Option<bool>,
}

impl App {
    /// Takes in what was remembered from earlier runs for the story read from `story`: the
    /// articles' states, and the story's view at once and its last article when it is loaded
    /// (unless a key comes first).
    pub fn remember(&mut self, memory: Memory, story: StoryKey) {
        let record = memory.story(&story).cloned();
        self.library.remember(memory);
        self.keeping.story = story;
        if let Some(record) = record {
            if let Ok(view) = serde_json::from_value::<View>(record.view) {
                self.zoom = view.zoom;
                self.side.tab = view.tab;
                self.side.order = view.order;
                self.side_choice = view.side;
                self.relayout();
                // Focus is put back as it was, the article already read by then.
                if self.panes().visible().contains(&view.focus) {
                    self.focus = view.focus;
                }
            }
            self.keeping.restore = record.article;
        }
        self.restore();
        self.dirty = true;
    }

    /// Everything to save: the library's memory with this story's last article and view.
    pub fn memory(&self) -> Memory {
        let mut memory = self.library.memory().clone();
        let before = memory.story(&self.keeping.story).and_then(|s| s.article);
        let view = View {
            focus: self.focus,
            zoom: self.zoom,
            tab: self.side.tab,
            order: self.side.order,
            side: self.side_choice,
        };
        memory.set_story(StoryState {
            inputs: self.keeping.story.clone(),
            // Quit before the last article arrived: it stays the last one.
            article: self
                .keeping
                .restore
                .or_else(|| self.library.id(self.selected()))
                .or(before),
            view: serde_json::to_value(view).unwrap_or_default(),
        });
        memory
    }

    /// How soon what changed should be saved; back to clean once asked.
    pub fn take_persist(&mut self) -> Persist {
        std::mem::take(&mut self.keeping.persist)
    }

    /// Asks for a save, at least as soon as `persist`.
    pub(super) fn persist(&mut self, persist: Persist) {
        self.keeping.persist = self.keeping.persist.max(persist);
    }

    /// A key came: the last article is no longer waited for, the user has moved on.
    pub(super) fn stop_restoring(&mut self) {
        self.keeping.restore = None;
    }

    /// The shown article changed: its saved place is to be restored once laid out.
    pub(super) fn place_later(&mut self) {
        self.keeping.place_pending = true;
        self.place_shown();
    }

    /// Selects the story's last article once it is loaded, and restores the shown article's
    /// place once its text is laid out: at start, and as the story loads.
    pub(super) fn restore(&mut self) {
        if let Some(id) = self.keeping.restore
            && let Some(article) = self.library.find(id)
        {
            self.keeping.restore = None;
            self.select_article(article);
        }
        self.place_shown();
    }

    /// Scrolls the shown article to its saved place, if that is still to do and its text is
    /// laid out.
    fn place_shown(&mut self) {
        if !self.keeping.place_pending {
            return;
        }
        let position = self.library.state(self.selected()).position;
        let Some(anchor) = self.view().text().map(|text| text.anchor_at(position)) else {
            return;
        };
        self.keeping.place_pending = false;
        self.view_mut().scroll_to(anchor);
    }

    /// `m`: the shown article read, or unread again.
    pub(super) fn toggle_read(&mut self) {
        self.mark(Mark::Read);
    }

    /// `*`: the shown article starred, or not any more.
    pub(super) fn toggle_star(&mut self) {
        self.mark(Mark::Star);
    }

    fn mark(&mut self, mark: Mark) {
        let article = self.selected();
        let Some(id) = self.library.id(article) else {
            return self.warn("no article to mark");
        };
        let state = self.library.state(article);
        let before = match mark {
            Mark::Read => state.read,
            Mark::Star => state.starred,
        };
        self.set_mark(article, mark, !before);
        self.keeping.undo.push((id, mark, before));
        let undo = self
            .keymap
            .hint(Mode::Normal, Action::UndoMark)
            .map(|key| format!(" · {key} undoes"))
            .unwrap_or_default();
        let label = self.library.corpus.label(article).to_string();
        self.say(format!("{label}: {}{undo}", says(mark, !before)));
    }

    fn set_mark(&mut self, article: usize, mark: Mark, on: bool) {
        self.library.update(article, |state| match mark {
            Mark::Read => state.read = on,
            Mark::Star => state.starred = on,
        });
        self.persist(Persist::Now);
    }

    /// `u`: the last mark set back as it was.
    pub(super) fn undo_mark(&mut self) {
        let Some((id, mark, before)) = self.keeping.undo.pop() else {
            return self.say("no mark to undo".to_string());
        };
        let Some(article) = self.library.find(id) else {
            return;
        };
        self.set_mark(article, mark, before);
        let label = self.library.corpus.label(article).to_string();
        self.say(format!("undone: {label} {}", says(mark, before)));
    }
}

/// What a mark set to `on` says in the status line.
fn says(mark: Mark, on: bool) -> &'static str {
    match (mark, on) {
        (Mark::Read, true) => "read",
        (Mark::Read, false) => "unread",
        (Mark::Star, true) => "starred",
        (Mark::Star, false) => "not starred",
    }
}
