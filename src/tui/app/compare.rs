//! Two articles side by side: `c` opens a picker for the second one (typed as a filter is, its
//! rows matched by the same matcher), then the comparison: one scroll for both versions, `]` /
//! `[` from difference to difference, Esc back to the reader exactly as it was (the comparison
//! is a layer over it and changes nothing under it).
//!
//! The comparison is worked out on a thread of its own, so however long two articles take to
//! align the reader keeps answering keys (two articles of the bundled story take a few
//! milliseconds; the README gives the figure): the layer opens at once, says it is comparing,
//! and shows the rows when they arrive (the loop is woken for them).

use std::sync::{Arc, Condvar, Mutex, MutexGuard};

use ratatui::crossterm::event::KeyEvent;

use super::{App, Layer, Status};
use crate::compare::{Comparison, Version, compare};
use crate::search::Query;
use crate::tui::cursor::{Cursor, offset};
use crate::tui::diff::DiffText;
use crate::tui::keymap::{Action, edit};

/// The picker of the article to compare the shown one with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Picker {
    /// The article compared: the left version.
    pub left: usize,
    /// What the user typed.
    pub input: String,
    /// The articles the input matches, in the list's order, the left one left out.
    pub rows: Vec<usize>,
    /// The selected row.
    pub cursor: Cursor,
}

/// Work done off the reader's thread (a comparison, the story grid): empty until it is done.
pub(super) struct Pending<T>(Arc<(Mutex<Option<T>>, Condvar)>);

impl<T> Clone for Pending<T> {
    fn clone(&self) -> Self {
        Self(Arc::clone(&self.0))
    }
}

impl<T> Default for Pending<T> {
    fn default() -> Self {
        Self(Arc::default())
    }
}

impl<T> std::fmt::Debug for Pending<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("Pending").field(&self.lock().is_some()).finish()
    }
}

impl<T> Pending<T> {
    fn lock(&self) -> MutexGuard<'_, Option<T>> {
        self.0.0.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Stores the finished work and wakes whoever waits for it.
    pub(super) fn put(&self, done: T) {
        *self.lock() = Some(done);
        self.0.1.notify_all();
    }

    /// The finished work, once (`None` until it is done).
    pub(super) fn take(&self) -> Option<T> {
        self.lock().take()
    }

    /// Works `work` out on a thread of its own named `name`, then calls `wake` (the reader's
    /// loop then takes the result in): the comparison's and the story grid's workers.
    pub(super) fn spawn(
        name: &str,
        wake: Wake,
        work: impl FnOnce() -> T + Send + 'static,
    ) -> std::io::Result<Self>
    where
        T: Send + 'static,
    {
        let pending = Self::default();
        let done = pending.clone();
        std::thread::Builder::new().name(name.into()).spawn(move || {
            done.put(work());
            if let Some(wake) = wake.0 {
                wake();
            }
        })?;
        Ok(pending)
    }

    /// Blocks until the work is done (or was taken).
    pub(super) fn wait(&self) {
        let guard = self.lock();
        drop(self.0.1.wait_while(guard, |c| c.is_none()));
    }
}

/// What a worker calls when its work is done, to wake the reader's loop.
#[derive(Clone, Default)]
pub struct Wake(pub(super) Option<Arc<dyn Fn() + Send + Sync>>);

impl std::fmt::Debug for Wake {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("Wake").field(&self.0.is_some()).finish()
    }
}

/// Two articles side by side.
#[derive(Debug, Clone)]
pub struct CompareView {
    /// The left version's article.
    pub left: usize,
    /// The right version's article.
    pub right: usize,
    /// Their rows and counts; `None` while they are worked out.
    pub comparison: Option<Comparison>,
    /// Where the worker leaves the comparison.
    pending: Pending<Comparison>,
    /// The rows laid out for the screen.
    pub text: DiffText,
    /// The first line shown, on both sides at once.
    pub top: usize,
    /// The difference last gone to (an index into the text's differences); `None` once the
    /// text is scrolled by hand.
    pub at: Option<usize>,
}

impl CompareView {
    /// The row of the difference last gone to, if any.
    pub fn current_row(&self) -> Option<usize> {
        self.at.and_then(|at| self.text.differences.get(at).copied())
    }
}

impl App {
    /// `c`: asks which article to compare the shown one with.
    pub(super) fn open_picker(&mut self) {
        if self.library.corpus.articles.len() < 2 {
            return self.warn("comparing needs two articles");
        }
        let left = self.selected();
        let rows = self.pick_rows(left, "");
        self.layers.push(Layer::Pick(Picker {
            left,
            input: String::new(),
            rows,
            cursor: Cursor::default(),
        }));
    }

    /// The articles `input` matches, as the article list's filter matches them, `left` left
    /// out.
    fn pick_rows(&self, left: usize, input: &str) -> Vec<usize> {
        let items = self
            .library
            .corpus
            .articles
            .iter()
            .map(|a| super::filter::article_fields(a));
        let kept = self.matcher.filter(&Query::parse(input), items);
        kept.into_iter().filter(|&a| a != left).collect()
    }

    /// The picker, while it is open.
    pub fn picker(&self) -> Option<&Picker> {
        self.layers.iter().rev().find_map(|layer| match layer {
            Layer::Pick(picker) => Some(picker),
            _ => None,
        })
    }

    /// The comparison, while it is open.
    pub fn comparison(&self) -> Option<&CompareView> {
        self.layers.iter().rev().find_map(|layer| match layer {
            Layer::Compare(view) => Some(&**view),
            _ => None,
        })
    }

    /// A key in the picker (`action`, its binding in [pick], if any): type, move, compare
    /// with the selected article, or cancel.
    pub(super) fn pick_key(&mut self, action: Option<Action>, key: KeyEvent) {
        let page = self.prompt_capacity();
        let Some(Layer::Pick(picker)) = self.layers.last_mut() else {
            return;
        };
        if edit(&mut picker.input, action, key) {
            let (left, input) = (picker.left, picker.input.clone());
            let rows = self.pick_rows(left, &input);
            if let Some(Layer::Pick(picker)) = self.layers.last_mut() {
                picker.rows = rows;
                picker.cursor = Cursor::default();
            }
            return;
        }
        let len = picker.rows.len();
        let by = match action.and_then(|a| a.step(page)) {
            Some(by) => by,
            None => match action {
                Some(Action::Open) => {
                    let (left, right) = (picker.left, picker.rows.get(picker.cursor.selected).copied());
                    if let Some(right) = right {
                        self.layers.pop();
                        self.open_compare(left, right);
                    }
                    return;
                }
                Some(Action::Back) => {
                    self.layers.pop();
                    return;
                }
                _ => return,
            },
        };
        picker.cursor.step(by, len, page);
    }

    /// Sets what a comparison's or the story grid's worker calls when it is done: the
    /// reader's loop then calls [`App::take_comparison`] and [`App::take_story`].
    pub fn set_wake(&mut self, wake: Arc<dyn Fn() + Send + Sync>) {
        self.wake = Wake(Some(wake));
    }

    /// Opens the comparison of articles `left` and `right`, worked out on a thread of its own
    /// (a warning when either is not extracted yet).
    pub fn open_compare(&mut self, left: usize, right: usize) {
        let (corpus, story) = (&self.library.corpus, &self.library.story);
        let version = |a: usize| {
            Some((
                Arc::clone(corpus.articles.get(a)?),
                story.articles.get(a)?.quotes.clone(),
            ))
        };
        let (Some(l), Some(r)) = (version(left), version(right)) else {
            return self.warn("not read yet: compare again once the story has loaded");
        };
        let work = move || {
            let (left, right) = (
                Version {
                    article: &l.0,
                    quotes: &l.1,
                },
                Version {
                    article: &r.0,
                    quotes: &r.1,
                },
            );
            compare(left, right)
        };
        let pending = match Pending::spawn("compare", self.wake.clone(), work) {
            Ok(pending) => pending,
            Err(e) => return self.warn(format!("cannot compare: {e}")),
        };
        self.layers.push(Layer::Compare(Box::new(CompareView {
            left,
            right,
            comparison: None,
            pending,
            text: DiffText::default(),
            top: 0,
            at: None,
        })));
    }

    /// Takes in a comparison its worker finished: its rows are laid out for the screen.
    pub fn take_comparison(&mut self) {
        let width = self.panes().compare_inner().1.width as usize;
        for layer in &mut self.layers {
            if let Layer::Compare(view) = layer
                && view.comparison.is_none()
                && let Some(comparison) = view.pending.take()
            {
                view.text = DiffText::new(&comparison.rows, width);
                view.comparison = Some(comparison);
                self.dirty = true;
            }
        }
    }

    /// Waits for the open comparison's worker, then takes its rows in: for tests and scripts
    /// that drive the app without an event loop.
    pub fn settle_comparison(&mut self) {
        if let Some(Layer::Compare(view)) = self.layers.last()
            && view.comparison.is_none()
        {
            view.pending.wait();
        }
        self.take_comparison();
    }

    /// Lines of rows the comparison shows at once.
    pub fn compare_height(&self) -> usize {
        self.panes().compare_inner().1.height.max(1) as usize
    }

    /// Keys in the comparison: scroll both sides, go from difference to difference, help,
    /// back to the reader.
    pub(super) fn compare_key(&mut self, action: Action) {
        let height = self.compare_height();
        let by = match action.step(height.saturating_sub(1)) {
            Some(by) => by,
            None => match action {
                Action::NextDiff => return self.step_difference(1),
                Action::PrevDiff => return self.step_difference(-1),
                Action::Help => return self.layers.push(Layer::Help(0)),
                Action::Back => {
                    self.layers.pop();
                    return;
                }
                _ => return,
            },
        };
        if let Some(Layer::Compare(view)) = self.layers.last_mut() {
            view.top = offset(view.top, by, view.text.max_top(height));
            view.at = None;
        }
    }

    /// `]` / `[`: the next or previous difference, from the last one gone to or from the top
    /// line; the status line counts where it is.
    fn step_difference(&mut self, by: isize) {
        let height = self.compare_height();
        let Some(Layer::Compare(view)) = self.layers.last_mut() else {
            return;
        };
        if view.comparison.is_none() {
            return self.warn("still comparing");
        }
        let text = &view.text;
        let len = text.differences.len();
        let next = match view.at {
            Some(at) => at.checked_add_signed(by).filter(|&n| n < len),
            None if by > 0 => text.differences.iter().position(|&r| text.line_of(r) > view.top),
            None => text.differences.iter().rposition(|&r| text.line_of(r) < view.top),
        };
        let message = match next {
            Some(next) => {
                view.at = Some(next);
                view.top = text.line_of(text.differences[next]).min(text.max_top(height));
                format!("difference {}/{len}", next + 1)
            }
            None if len == 0 => "no differences".to_string(),
            None if by > 0 => format!("no difference below (of {len})"),
            None => format!("no difference above (of {len})"),
        };
        self.status = Some(Status {
            text: message,
            warning: false,
        });
    }

    /// Lays open comparisons out again for the screen's width, keeping the top row.
    pub(super) fn relayout_compare(&mut self) {
        let width = self.panes().compare_inner().1.width as usize;
        for layer in &mut self.layers {
            if let Layer::Compare(view) = layer
                && let Some(comparison) = &view.comparison
                && view.text.width != width
            {
                let row = view.text.row_at(view.top);
                view.text = DiffText::new(&comparison.rows, width);
                view.top = view.text.line_of(row);
            }
        }
    }
}
