//! The reader's searches: the story-wide prompt, find in the article, and the trail of hits
//! that `n` / `N` step through and the reading pane highlights.

use std::ops::Range;
use std::sync::Arc;

use ratatui::crossterm::event::KeyEvent;

use super::{App, CONTEXT_LINES, Layer};
use crate::extract::{Place, sources};
use crate::search::{Candidate, Hit, Index, Kind, Query, Results, Target};
use crate::tui::cursor::Cursor;
use crate::tui::keymap::{Action, edit};
use crate::tui::layout::Pane;
use crate::tui::reader::Anchor;
use crate::tui::view::ReaderView;

/// What a prompt searches.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// Everything in the story: articles, actors, quotes, sentences.
    Story,
    /// The sentences of one article, matched exactly (less-style find).
    Article(usize),
}

/// The search prompt while it is open.
#[derive(Debug, Clone)]
pub struct Prompt {
    /// What it searches.
    pub scope: Scope,
    /// What the user typed.
    pub input: String,
    /// The selected hit.
    pub cursor: Cursor,
    /// The hits shown: best first for the story, in reading order in an article.
    pub hits: Vec<Hit>,
    /// The results `hits` come from: complete, or the best so far of a pass still running.
    shown: Option<Arc<Results>>,
    /// Where the reader was, to go back to on Esc.
    restore: Restore,
}

/// What Esc puts back after find-in-article moved the text.
#[derive(Debug, Clone)]
struct Restore {
    scroll: Anchor,
    trail: Option<Trail>,
}

/// The hits of the last search, which `n` / `N` step through and the reading pane highlights.
#[derive(Debug, Clone)]
pub struct Trail {
    /// The query they answer.
    pub query: Query,
    /// Candidates that lead into the text (articles, quotes, sentences), in stepping order.
    pub hits: Vec<u32>,
    /// The hit last gone to.
    pub at: Option<usize>,
    /// The index the hits point into.
    pub index: Arc<Index>,
}

impl PartialEq for Trail {
    fn eq(&self, other: &Self) -> bool {
        (&self.query, &self.hits, self.at) == (&other.query, &other.hits, other.at)
            && Arc::ptr_eq(&self.index, &other.index)
    }
}

impl Prompt {
    /// The query the input asks for.
    fn query(&self) -> Query {
        match self.scope {
            Scope::Story => Query::parse(&self.input),
            Scope::Article(article) => Query::find(&self.input, article),
        }
    }

    /// The index the hits point into; `None` until the first results arrive.
    pub fn index(&self) -> Option<&Arc<Index>> {
        self.shown.as_ref().map(|r| &r.index)
    }

    /// The query the hits answer; `None` until the first results arrive.
    pub fn answered(&self) -> Option<&Query> {
        self.shown.as_ref().map(|r| &r.query)
    }

    /// How many candidates matched in all (more than `hits` holds when many do), or so far.
    pub fn total(&self) -> usize {
        self.shown.as_ref().map_or(0, |r| r.hits.len())
    }

    /// True while the hits are the best so far of a pass still running.
    pub fn searching(&self) -> bool {
        self.shown.as_ref().is_some_and(|r| !r.complete)
    }
}

impl App {
    /// Opens find-in-article over the shown article (nothing to find in without one).
    pub(super) fn open_find(&mut self) {
        match self.library.corpus.articles.is_empty() {
            true => self.warn("no article to find in"),
            false => self.open_prompt(Scope::Article(self.selected())),
        }
    }

    /// Opens the prompt over `scope`, whichever pane has focus.
    pub(super) fn open_prompt(&mut self, scope: Scope) {
        let scroll = self.view().anchor();
        self.layers.push(Layer::Prompt(Box::new(Prompt {
            scope,
            input: String::new(),
            cursor: Cursor::default(),
            hits: Vec::new(),
            shown: None,
            restore: Restore {
                scroll,
                trail: self.trail.clone(),
            },
        })));
        self.submit();
    }

    /// A key while the prompt is open (`action`, its binding in the prompt's section, if
    /// any): edit the query, move, go, or cancel.
    pub(super) fn prompt_key(&mut self, action: Option<Action>, key: KeyEvent) {
        let page = self.prompt_capacity();
        let Some(prompt) = self.prompt_mut() else {
            return;
        };
        if edit(&mut prompt.input, action, key) {
            self.submit();
            return;
        }
        let len = prompt.hits.len();
        let by = match action {
            Some(Action::Down) => 1,
            Some(Action::Up) => -1,
            Some(Action::PageDown) => page as isize,
            Some(Action::PageUp) => -(page as isize),
            Some(Action::Open) => return self.accept(),
            Some(Action::Back) => return self.cancel(),
            Some(Action::SwitchScope) => return self.switch_scope(),
            _ => return,
        };
        prompt.cursor.step(by, len, page);
    }

    /// Switches the open prompt between the story and the shown article, keeping what was
    /// typed. Leaving the article puts back the text and hits a find had moved.
    fn switch_scope(&mut self) {
        let article = (!self.library.corpus.articles.is_empty()).then(|| self.selected());
        let Some(prompt) = self.prompt_mut() else {
            return;
        };
        let scope = match (prompt.scope, article) {
            (Scope::Story, Some(article)) => Scope::Article(article),
            (Scope::Story, None) => return self.warn("no article to find in"),
            (Scope::Article(_), _) => Scope::Story,
        };
        if let Scope::Article(article) = prompt.scope {
            let restore = prompt.restore.clone();
            self.set_trail(restore.trail);
            self.select_article(article);
            self.scroll_to_anchor(restore.scroll);
        }
        if let Some(prompt) = self.prompt_mut() {
            prompt.scope = scope;
            prompt.cursor = Cursor::default();
            prompt.hits.clear();
            prompt.shown = None;
        }
        self.dirty = true;
        self.submit();
    }

    /// Sends the prompt's query to the search worker (again, when the index grew).
    pub(super) fn submit(&mut self) {
        if let Some(prompt) = self.prompt() {
            self.searcher.submit(prompt.query());
        }
    }

    /// Takes the worker's newest results into the prompt (called when the worker says it has
    /// some). Find-in-article moves to the first hit from where the find started.
    pub fn take_results(&mut self) {
        let Some(results) = self.searcher.results() else {
            return;
        };
        let Some(prompt) = super::modes::prompt_in(&mut self.layers) else {
            return;
        };
        if prompt
            .shown
            .as_ref()
            .is_some_and(|shown| Arc::ptr_eq(shown, &results))
        {
            return;
        }
        let find = matches!(prompt.scope, Scope::Article(_));
        if results.query != prompt.query() || (find && !results.complete) {
            return; // an earlier keystroke's, or a find still running: the answer is on its way
        }
        self.dirty = true;
        // The best hits so far of a running pass keep the selection; a new query starts at the top.
        if prompt.answered() != Some(&results.query) {
            prompt.cursor = Cursor::default();
        }
        prompt.shown = Some(Arc::clone(&results));
        if find {
            prompt.hits = results.hits.clone();
            prompt.hits.sort_unstable_by_key(|h| h.candidate);
        } else {
            prompt.hits = results.hits[..results.ranked].to_vec();
        }
        prompt.cursor.selected = prompt.cursor.selected.min(prompt.hits.len().saturating_sub(1));
        if find {
            let from = prompt.restore.scroll;
            self.preview_find(&results, from);
        }
    }

    /// Waits for the worker to answer the newest query, then takes its results: for tests
    /// and scripts that drive the app without an event loop.
    pub fn settle(&mut self) {
        self.searcher.wait();
        self.take_results();
    }

    /// Find-in-article as the user types: highlight the hits and show the first one at or
    /// after `from` (or the first of all, wrapping as less does).
    fn preview_find(&mut self, results: &Arc<Results>, from: Anchor) {
        let Some(prompt) = self.prompt() else {
            return;
        };
        let hits: Vec<u32> = prompt.hits.iter().map(|h| h.candidate).collect();
        let start = hits
            .iter()
            .position(|&c| self.anchor_of(&results.index, c).is_some_and(|a| a >= from))
            .or((!hits.is_empty()).then_some(0));
        self.set_trail(Some(Trail {
            query: results.query.clone(),
            hits,
            at: start,
            index: Arc::clone(&results.index),
        }));
        match start {
            Some(at) => self.go_to_hit(at),
            None => self.scroll_to_anchor(from),
        }
    }

    /// Enter in the prompt: go to the selected hit and keep the hits for `n` / `N`.
    fn accept(&mut self) {
        let Some(prompt) = self.take_prompt() else {
            return;
        };
        let Some(query) = prompt.answered().cloned() else {
            return;
        };
        if let Scope::Article(_) = prompt.scope {
            if prompt.hits.is_empty() && !query.is_empty() {
                self.warn(format!("not found: {}", prompt.input));
            }
            return; // the text already shows the hit
        }
        let (Some(chosen), Some(index)) = (prompt.hits.get(prompt.cursor.selected), prompt.index()) else {
            return;
        };
        let index = Arc::clone(index);
        let hits: Vec<u32> = prompt
            .hits
            .iter()
            .map(|h| h.candidate)
            .filter(|&c| index.candidates[c as usize].kind() != Kind::Actor)
            .collect();
        let at = hits.iter().position(|&c| c == chosen.candidate);
        let candidate = &index.candidates[chosen.candidate as usize];
        let (target, article) = (candidate.target(), candidate.article());
        self.set_trail(Some(Trail {
            query,
            hits,
            at,
            index: Arc::clone(&index),
        }));
        match (target, article, at) {
            // The actor view opens over the text the reader was at, so Esc goes back there.
            (Target::Actor(actor), Some(article), _) => self.open_actor(article, actor),
            (_, _, Some(at)) => self.go_to_hit(at),
            _ => {}
        }
    }

    /// Esc in the prompt: back to exactly where the reader was.
    fn cancel(&mut self) {
        if let Some(prompt) = self.take_prompt()
            && let Scope::Article(article) = prompt.scope
        {
            self.set_trail(prompt.restore.trail);
            self.select_article(article);
            self.scroll_to_anchor(prompt.restore.scroll);
        }
    }

    /// `n` / `N`: the next or previous hit of the last search, wrapping at the ends.
    pub(super) fn step_hit(&mut self, by: isize) {
        let Some(trail) = &self.trail else {
            self.warn("no search yet: / searches");
            return;
        };
        let len = trail.hits.len();
        if len == 0 {
            self.warn(format!("not found: {}", trail.query.raw));
            return;
        }
        let at = match trail.at {
            Some(at) => (at as isize + by).rem_euclid(len as isize) as usize,
            None => 0,
        };
        self.go_to_hit(at);
        let raw = self.trail.as_ref().map_or("", |t| t.query.raw.as_str());
        self.status = Some(super::Status {
            text: format!("hit {}/{len}: {raw}", at + 1),
            warning: false,
        });
    }

    /// Shows hit `at` of the trail: its article, scrolled to it.
    fn go_to_hit(&mut self, at: usize) {
        let Some(trail) = self.trail.as_mut() else {
            return;
        };
        let Some(&id) = trail.hits.get(at) else {
            return;
        };
        trail.at = Some(at);
        let candidate = &trail.index.candidates[id as usize];
        let (target, Some(article)) = (candidate.target(), candidate.article()) else {
            return;
        };
        self.select_article(article);
        match target {
            Target::Quote(quote) => self.go_to_quote(quote),
            Target::Text(place) => {
                self.view_mut().current_quote = None;
                self.scroll_to_place(place);
            }
            _ => {
                self.view_mut().current_quote = None;
                self.scroll_to_anchor(Anchor::default());
            }
        }
        if self.prompt().is_none() {
            self.set_focus(Pane::Reader);
        }
    }

    /// Where candidate `id` of `index` starts in the shown article's text, if it is there.
    fn anchor_of(&self, index: &Index, id: u32) -> Option<Anchor> {
        let candidate = &index.candidates[id as usize];
        let place = self.place_of(candidate)?;
        self.anchor_at(place)
    }

    /// The unit and byte range a candidate stands at in its article.
    fn place_of(&self, candidate: &Candidate) -> Option<Place> {
        let extraction = self.library.story.articles.get(candidate.article()?)?;
        match candidate.target() {
            Target::Quote(q) => extraction.quotes.get(q).map(|q| q.at),
            Target::Text(place) => Some(place),
            _ => None,
        }
    }

    /// The shown text's anchor for a place in the selected article.
    fn anchor_at(&self, place: Place) -> Option<Anchor> {
        self.anchor_in(self.view(), place)
    }

    /// `view`'s anchor for a place in its article.
    fn anchor_in(&self, view: &ReaderView, place: Place) -> Option<Anchor> {
        let article = self.library.corpus.articles.get(view.article)?;
        let source = sources(article).get(place.unit()).copied()?;
        let block = view.text()?.block_of(source)?;
        Some(Anchor {
            block,
            offset: place.range().start,
        })
    }

    /// Scrolls the reading pane so `place` shows, with a little context above it.
    pub(super) fn scroll_to_place(&mut self, place: Place) {
        if let Some(anchor) = self.anchor_at(place)
            && let Some(text) = self.view().text()
        {
            let top = text.line_of(anchor).saturating_sub(CONTEXT_LINES);
            let anchor = text.lines.get(top).map_or_else(Anchor::default, |l| l.anchor());
            self.scroll_to_anchor(anchor);
        }
    }

    fn scroll_to_anchor(&mut self, anchor: Anchor) {
        self.set_anchor(anchor);
    }

    /// Keeps `trail` as the last search's hits, and the view's highlights of them.
    fn set_trail(&mut self, trail: Option<Trail>) {
        self.trail = trail;
        self.refresh_found();
    }

    /// Works out again what the view highlights of the trail's hits: when the trail, the
    /// article or its layout changed, not on every frame.
    pub(super) fn refresh_found(&mut self) {
        for at in 0..self.views.len() {
            let found = self.found_in(&self.views[at]);
            self.views[at].found = found;
        }
    }

    /// The search highlights of `view`'s article: (block, byte range) of every matched
    /// stretch of the trail's hits in it.
    fn found_in(&self, view: &ReaderView) -> Vec<(usize, Range<usize>)> {
        let Some(trail) = &self.trail else {
            return Vec::new();
        };
        let selected = Some(view.article);
        let mut found: Vec<(usize, Range<usize>)> = Vec::new();
        for &id in &trail.hits {
            let candidate = &trail.index.candidates[id as usize];
            if candidate.article() != selected {
                continue;
            }
            let Some(place) = self.place_of(candidate) else {
                continue;
            };
            let Some(anchor) = self.anchor_in(view, place) else {
                continue;
            };
            let text = trail.index.text(candidate, 0);
            let shown = view
                .text()
                .and_then(|t| t.blocks[anchor.block].text.get(anchor.offset..));
            if !shown.is_some_and(|shown| shown.starts_with(text)) {
                continue; // the words are not printed as the candidate holds them
            }
            let positions = self.matcher.positions(&trail.query, &trail.index, candidate);
            let mut bytes = text.char_indices().map(|(b, c)| b..b + c.len_utf8());
            let mut last = 0;
            for &p in positions.first().into_iter().flatten() {
                let Some(range) = bytes.nth(p - last) else {
                    break;
                };
                last = p + 1;
                let range = anchor.offset + range.start..anchor.offset + range.end;
                match found.last_mut() {
                    Some((block, run)) if *block == anchor.block && run.end == range.start => {
                        run.end = range.end
                    }
                    _ => found.push((anchor.block, range)),
                }
            }
        }
        found.sort_by_key(|(block, range)| (*block, range.start));
        found
    }

    /// Hits the prompt's results list shows at once.
    pub fn prompt_capacity(&self) -> usize {
        self.panes().prompt_rows().height.max(1) as usize
    }
}
