//! The story view (`s`): the whole story across outlets as three tables over one grid
//! ([`crate::compare::Grid`], what `parallax story` prints): actors × outlets (mentioned and
//! quoted, with counts), remarks × outlets (which outlet carries which remark, and which
//! carries one alone), and what only one outlet reports, a passage a row. Tab goes from table
//! to table, `o` cycles the order of the rows (by outlets, by count, by name), `h` / `l` scroll
//! the outlet columns when they do not all fit, Enter goes to the text.
//!
//! The grid is worked out on a thread of its own (the grid of 50 articles takes a tenth of a
//! second or more): the view opens at once, says it is working, and shows the tables when the
//! grid arrives. Its cells grow with actors times articles, so the view covers the first
//! [`STORY_ARTICLES`] articles of a larger story and says so. Esc keeps the view as it was,
//! and `s` brings it back so; a new load of the story drops it.

use std::sync::Arc;

use super::compare::Pending;
use super::{App, Layer, Status};
use crate::compare::Grid;
use crate::compare::grid::{Presence, Rendering};
use crate::compare::sentences::split;
use crate::corpus::Corpus;
use crate::extract::{Place, Source, Story, sources};
use crate::tui::cursor::Cursor;
use crate::tui::keymap::Action;
use crate::tui::layout::Pane;

/// The most articles the story view covers: the first ones of a larger story. The grid's
/// cells grow with actors times articles, and a reader reads a few dozen columns at most.
pub const STORY_ARTICLES: usize = 64;

/// What an empty cell of the grid shows, as `parallax story` prints it.
pub const ABSENT: &str = "-";

/// The story view's tables.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StoryTab {
    /// People and organizations × outlets.
    Actors,
    /// Remarks × outlets.
    Remarks,
    /// What one outlet alone reports, a passage a row.
    Only,
}

impl StoryTab {
    /// Every table, in the order Tab goes through them.
    pub const ALL: [StoryTab; 3] = [StoryTab::Actors, StoryTab::Remarks, StoryTab::Only];

    /// The table after this one.
    pub fn next(self) -> Self {
        Self::ALL[(self.index() + 1) % Self::ALL.len()]
    }

    /// Its place in [`StoryTab::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }

    /// Its name on the tab bar.
    pub fn title(self) -> &'static str {
        match self {
            StoryTab::Actors => "Actors",
            StoryTab::Remarks => "Remarks",
            StoryTab::Only => "Only one outlet",
        }
    }
}

/// The order of a table's rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sort {
    /// Rows in most outlets first (the grid's order); passages by outlet, in story order.
    Outlets,
    /// Actors named most, remarks rendered most, passages of the outlets with most first.
    Count,
    /// By name: an actor's, a remark's speaker, a passage's outlet.
    Name,
}

impl Sort {
    /// The order after this one.
    pub fn next(self) -> Self {
        match self {
            Sort::Outlets => Sort::Count,
            Sort::Count => Sort::Name,
            Sort::Name => Sort::Outlets,
        }
    }

    /// Its name, as the tab bar says it.
    pub fn name(self) -> &'static str {
        match self {
            Sort::Outlets => "outlets",
            Sort::Count => "count",
            Sort::Name => "name",
        }
    }
}

/// The story view's state: the grid (once worked out), the table shown, the order, each
/// table's selection, and the first outlet column shown.
#[derive(Debug, Clone)]
pub struct StoryView {
    /// The grid; `None` while it is worked out.
    pub grid: Option<Arc<Grid>>,
    /// Where the worker leaves the grid.
    pending: Pending<Grid>,
    /// Articles in the story; the grid covers the first [`STORY_ARTICLES`] of them.
    pub articles: usize,
    /// The table shown.
    pub tab: StoryTab,
    /// The order of the rows, the same in every table.
    pub sort: Sort,
    /// Each table's rows in that order, by [`StoryTab::index`]: indices into the grid's
    /// actors, remarks, and [`StoryView::passages`].
    pub rows: [Vec<usize>; 3],
    /// What only one outlet reports, a row a passage: (column, index in its `only`), in
    /// story order.
    pub passages: Vec<(usize, usize)>,
    /// Each table's selection and first row shown, by [`StoryTab::index`].
    pub cursors: [Cursor; 3],
    /// The first outlet column shown.
    pub column: usize,
}

impl StoryView {
    /// The rows of the table shown.
    pub fn shown_rows(&self) -> &[usize] {
        &self.rows[self.tab.index()]
    }

    /// The selection of the table shown.
    pub fn cursor(&self) -> Cursor {
        self.cursors[self.tab.index()]
    }

    /// The selected row of the table shown, as an index into its grid list.
    pub fn selected(&self) -> Option<usize> {
        self.shown_rows().get(self.cursor().selected).copied()
    }

    /// How many articles the grid covers.
    pub fn columns(&self) -> usize {
        self.grid.as_ref().map_or(0, |g| g.outlets.len())
    }

    /// Orders every table's rows by the sort, keeping each table's selected item selected.
    fn order(&mut self) {
        let Some(grid) = self.grid.clone() else {
            return;
        };
        for tab in StoryTab::ALL {
            let i = tab.index();
            let was = self.rows[i].get(self.cursors[i].selected).copied();
            self.rows[i] = order(&grid, &self.passages, tab, self.sort);
            self.cursors[i].selected = was
                .and_then(|item| self.rows[i].iter().position(|&r| r == item))
                .unwrap_or(0);
        }
    }

    /// Takes in the grid: its passages listed, its rows ordered.
    fn set_grid(&mut self, grid: Grid) {
        self.passages = grid
            .outlets
            .iter()
            .enumerate()
            .flat_map(|(c, o)| (0..o.only.len()).map(move |k| (c, k)))
            .collect();
        self.grid = Some(Arc::new(grid));
        self.order();
    }
}

/// A table's rows (indices into the grid's actors, remarks or `passages`) in `sort`'s order;
/// ties keep the grid's order.
pub fn order(grid: &Grid, passages: &[(usize, usize)], tab: StoryTab, sort: Sort) -> Vec<usize> {
    let fold = |s: &str| s.to_lowercase();
    match tab {
        StoryTab::Actors => {
            let mut rows: Vec<usize> = (0..grid.actors.len()).collect();
            let actors = &grid.actors;
            match sort {
                Sort::Outlets => {}
                Sort::Count => rows.sort_by_key(|&a| {
                    let (m, q) = actors[a]
                        .cells
                        .iter()
                        .fold((0, 0), |(m, q), c| (m + c.mentions, q + c.quotes));
                    std::cmp::Reverse((m, q))
                }),
                Sort::Name => rows.sort_by_cached_key(|&a| fold(&actors[a].name)),
            }
            rows
        }
        StoryTab::Remarks => {
            let mut rows: Vec<usize> = (0..grid.remarks.len()).collect();
            let remarks = &grid.remarks;
            match sort {
                Sort::Outlets => {}
                Sort::Count => rows.sort_by_key(|&r| {
                    std::cmp::Reverse(remarks[r].cells.iter().map(Vec::len).sum::<usize>())
                }),
                // A remark nobody is named for goes last.
                Sort::Name => rows.sort_by_cached_key(|&r| {
                    let speaker = remarks[r].speakers.first();
                    (
                        speaker.is_none(),
                        speaker.map(|s| fold(s)),
                        fold(&remarks[r].text),
                    )
                }),
            }
            rows
        }
        StoryTab::Only => {
            let mut rows: Vec<usize> = (0..passages.len()).collect();
            let outlets = &grid.outlets;
            match sort {
                Sort::Outlets => {}
                Sort::Count => rows.sort_by_key(|&p| std::cmp::Reverse(outlets[passages[p].0].only.len())),
                Sort::Name => rows.sort_by_cached_key(|&p| fold(&outlets[passages[p].0].label)),
            }
            rows
        }
    }
}

/// An actor's cell as the view and `parallax story` write it: mentions, and quotes after a
/// slash when quoted; [`ABSENT`] when not there.
pub fn actor_cell(cell: Presence) -> String {
    match (cell.mentions, cell.quotes) {
        (0, 0) => ABSENT.to_string(),
        (m, 0) => m.to_string(),
        (m, q) => format!("{m}/{q}"),
    }
}

/// A remark's cell: how many renderings the outlet has; [`ABSENT`] for none.
pub fn remark_cell(cell: &[Rendering]) -> String {
    match cell.len() {
        0 => ABSENT.to_string(),
        n => n.to_string(),
    }
}

/// How a table's columns share a width: the first column (name, speaker or outlet), the
/// count (outlets, or a passage's place), the outlet columns, and the text after them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Columns {
    /// The first column's width.
    pub lead: usize,
    /// The count column's width.
    pub count: usize,
    /// Each outlet column's width (0 in the table of passages).
    pub cell: usize,
    /// How many outlet columns show at once.
    pub shown: usize,
    /// The text column's width, after the outlet columns (0 in the actors' table).
    pub text: usize,
}

/// The columns of `tab` in `width` cells for a grid of `outlets` columns; one cell of space
/// stands after each column.
pub fn columns(tab: StoryTab, width: usize, outlets: usize) -> Columns {
    let n = outlets.max(1);
    match tab {
        StoryTab::Actors => {
            let (lead, count) = ((width * 3 / 10).clamp(10, 30), 3);
            let room = width.saturating_sub(lead + count + 2);
            let cell = (room / n).saturating_sub(1).clamp(5, 22);
            let shown = (room / (cell + 1)).clamp(1, n).min(outlets);
            Columns {
                lead,
                count,
                cell,
                shown,
                text: 0,
            }
        }
        StoryTab::Remarks => {
            let (lead, count, text) = ((width / 6).clamp(8, 20), 4, (width * 2 / 5).max(20));
            let room = width.saturating_sub(lead + count + 2 + text);
            let cell = (room / n).saturating_sub(1).clamp(4, 12);
            let shown = (room / (cell + 1)).clamp(1, n).min(outlets);
            Columns {
                lead,
                count,
                cell,
                shown,
                text: width.saturating_sub(lead + count + 2 + shown * (cell + 1)),
            }
        }
        StoryTab::Only => {
            let (lead, count) = ((width / 5).clamp(10, 28), 7);
            Columns {
                lead,
                count,
                cell: 0,
                shown: 0,
                text: width.saturating_sub(lead + count + 2),
            }
        }
    }
}

impl App {
    /// `s`: the story view, as it was left if it was (its grid kept), else opened afresh with
    /// its grid worked out on a thread of its own.
    pub(super) fn open_story(&mut self) {
        if !self.library.progress().done {
            let doing = self.library.progress().describe().unwrap_or_default();
            return self.warn(format!(
                "the story view opens once the story has loaded ({doing})"
            ));
        }
        if let Some(view) = self.kept_story.take() {
            self.layers.push(Layer::Story(view));
            return self.take_story();
        }
        let articles = self.library.corpus.articles.len();
        let n = articles
            .min(self.library.story.articles.len())
            .min(STORY_ARTICLES);
        let corpus = Corpus {
            articles: self.library.corpus.articles[..n].to_vec(),
            labels: self.library.corpus.labels[..n.min(self.library.corpus.labels.len())].to_vec(),
            errors: Vec::new(),
        };
        let story = Story {
            articles: self.library.story.articles[..n].to_vec(),
        };
        let work = move || Grid::new(&corpus, &story);
        let pending = match Pending::spawn("story", self.wake.clone(), work) {
            Ok(pending) => pending,
            Err(e) => return self.warn(format!("cannot work out the story: {e}")),
        };
        self.layers.push(Layer::Story(Box::new(StoryView {
            grid: None,
            pending,
            articles,
            tab: StoryTab::Actors,
            sort: Sort::Outlets,
            rows: Default::default(),
            passages: Vec::new(),
            cursors: [Cursor::default(); 3],
            column: 0,
        })));
    }

    /// The story view, while it is open.
    pub fn story_view(&self) -> Option<&StoryView> {
        self.layers.iter().rev().find_map(|layer| match layer {
            Layer::Story(view) => Some(&**view),
            _ => None,
        })
    }

    /// Takes in a grid its worker finished: the tables fill in.
    pub fn take_story(&mut self) {
        for layer in &mut self.layers {
            if let Layer::Story(view) = layer
                && view.grid.is_none()
                && let Some(grid) = view.pending.take()
            {
                view.set_grid(grid);
                self.dirty = true;
            }
        }
    }

    /// Waits for the open story view's worker, then takes its grid in: for tests and scripts
    /// that drive the app without an event loop.
    pub fn settle_story(&mut self) {
        if let Some(Layer::Story(view)) = self.layers.last()
            && view.grid.is_none()
        {
            view.pending.wait();
        }
        self.take_story();
    }

    /// Closes the story view, kept as it is for `s` to bring back.
    pub(super) fn close_story(&mut self) {
        if let Some(at) = self.layers.iter().rposition(|l| matches!(l, Layer::Story(_)))
            && let Layer::Story(view) = self.layers.remove(at)
        {
            self.kept_story = Some(view);
        }
    }

    /// Rows the story view shows at once.
    pub fn story_height(&self) -> usize {
        self.panes().story_inner().rows.height.max(1) as usize
    }

    /// Keys in the story view: move, change table or order, scroll the outlet columns, go to
    /// the text, help, back to the reader.
    pub(super) fn story_key(&mut self, action: Action) {
        let height = self.story_height();
        let width = self.panes().story_inner().rows.width as usize;
        let Some(Layer::Story(view)) = self.layers.last_mut() else {
            return;
        };
        let by = match action.step(height.saturating_sub(1)) {
            Some(by) => by,
            None => match action {
                Action::NextTab => {
                    view.tab = view.tab.next();
                    return;
                }
                Action::Sort => {
                    view.sort = view.sort.next();
                    view.order();
                    let (len, i) = (view.shown_rows().len(), view.tab.index());
                    view.cursors[i].show(height, len);
                    let text = format!("sorted by {}", view.sort.name());
                    self.status = Some(Status { text, warning: false });
                    return;
                }
                Action::ScrollLeft | Action::ScrollRight => {
                    let shown = columns(view.tab, width, view.columns()).shown;
                    let last = view.columns().saturating_sub(shown);
                    view.column = if action == Action::ScrollLeft {
                        view.column.min(last).saturating_sub(1)
                    } else {
                        (view.column + 1).min(last)
                    };
                    return;
                }
                Action::Open => return self.story_open(),
                Action::Help => return self.layers.push(Layer::Help(0)),
                Action::Back => return self.close_story(),
                _ => return,
            },
        };
        let (len, i) = (view.shown_rows().len(), view.tab.index());
        view.cursors[i].step(by, len, height);
    }

    /// Enter in the story view: an actor quoted in the story → their quotes across it (the
    /// actor view, over this one); an actor never quoted → their first mention; a remark →
    /// its first rendering, highlighted; a passage → that passage in its article.
    fn story_open(&mut self) {
        let Some(view) = self.story_view() else {
            return;
        };
        let (Some(grid), Some(row)) = (view.grid.clone(), view.selected()) else {
            return;
        };
        let story = &self.library.story.articles;
        match view.tab {
            StoryTab::Actors => {
                let actor = &grid.actors[row];
                // Each article's actor of that entity, in story order.
                let mut found = story.iter().enumerate().filter_map(|(a, e)| {
                    let i = e.actors.actors.iter().position(|x| x.entity() == actor.entity)?;
                    Some((a, i))
                });
                let quoted = actor.cells.iter().any(|c| c.quotes > 0);
                let Some((article, i)) = found.next() else {
                    return;
                };
                if quoted {
                    return self.open_actor(article, i);
                }
                let Some(mention) = story[article].actors.mentions.iter().find(|m| m.actor() == i) else {
                    return;
                };
                let place = mention.place();
                let text = format!("{}: first mention", actor.name);
                self.go_to_text(article, |app| app.scroll_to_place(place));
                self.status = Some(Status { text, warning: false });
            }
            StoryTab::Remarks => {
                let remark = &grid.remarks[row];
                let first = story.iter().enumerate().find_map(|(a, e)| {
                    let q = e
                        .quotes
                        .iter()
                        .position(|q| q.utterance.as_deref() == Some(remark.utterance.as_str()))?;
                    Some((a, q))
                });
                if let Some((article, quote)) = first {
                    self.go_to_text(article, |app| app.go_to_quote(quote));
                }
            }
            StoryTab::Only => {
                let Some(&(column, k)) = view.passages.get(row) else {
                    return;
                };
                let passage = &grid.outlets[column].only[k];
                let Some(article) = self.library.corpus.articles.get(column) else {
                    return;
                };
                let unit = sources(article)
                    .iter()
                    .position(|s| *s == Source::Paragraph(passage.paragraph));
                let start = article
                    .paragraphs
                    .get(passage.paragraph)
                    .and_then(|p| split(&p.text).get(passage.sentence).map(|r| r.start));
                let Some(place) = unit
                    .zip(start)
                    .and_then(|(unit, start)| Place::new(unit, start..start))
                else {
                    return;
                };
                let text = format!(
                    "only {} reports this (¶{}.{})",
                    grid.outlets[column].label, passage.paragraph, passage.sentence
                );
                self.go_to_text(column, |app| app.scroll_to_place(place));
                self.status = Some(Status { text, warning: false });
            }
        }
    }

    /// Closes the story view (kept for `s`), shows `article` and runs `go` on it there, with
    /// the reading pane in focus.
    fn go_to_text(&mut self, article: usize, go: impl FnOnce(&mut Self)) {
        self.close_story();
        self.select_article(article);
        go(self);
        self.set_focus(Pane::Reader);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::library::Library;

    fn grid() -> (Grid, Vec<(usize, usize)>) {
        let library = Library::bundled();
        let grid = Grid::new(&library.corpus, &library.story);
        let passages = grid
            .outlets
            .iter()
            .enumerate()
            .flat_map(|(c, o)| (0..o.only.len()).map(move |k| (c, k)))
            .collect();
        (grid, passages)
    }

    #[test]
    fn each_sort_orders_each_table() {
        let (grid, passages) = grid();
        let actors = |sort| order(&grid, &passages, StoryTab::Actors, sort);
        assert_eq!(
            actors(Sort::Outlets),
            (0..grid.actors.len()).collect::<Vec<_>>(),
            "the grid's order"
        );
        let names: Vec<String> = actors(Sort::Name)
            .iter()
            .map(|&a| grid.actors[a].name.to_lowercase())
            .collect();
        assert!(names.is_sorted(), "{names:?}");
        let mentions = |a: usize| grid.actors[a].cells.iter().map(|c| c.mentions).sum::<usize>();
        let counts: Vec<usize> = actors(Sort::Count).iter().map(|&a| mentions(a)).collect();
        assert!(counts.is_sorted_by(|a, b| a >= b), "{counts:?}");
        assert_eq!(grid.actors[actors(Sort::Count)[0]].name, "Vladimir Putin");

        let remarks = |sort| order(&grid, &passages, StoryTab::Remarks, sort);
        let renderings = |r: usize| grid.remarks[r].cells.iter().map(Vec::len).sum::<usize>();
        let counts: Vec<usize> = remarks(Sort::Count).iter().map(|&r| renderings(r)).collect();
        assert!(counts.is_sorted_by(|a, b| a >= b), "{counts:?}");
        let outlets: Vec<usize> = remarks(Sort::Outlets)
            .iter()
            .map(|&r| grid.remarks[r].outlets)
            .collect();
        assert!(outlets.is_sorted_by(|a, b| a >= b), "{outlets:?}");
        let speakers: Vec<String> = remarks(Sort::Name)
            .iter()
            .filter_map(|&r| grid.remarks[r].speakers.first().map(|s| s.to_lowercase()))
            .collect();
        assert!(speakers.is_sorted(), "{speakers:?}");

        let only = |sort| order(&grid, &passages, StoryTab::Only, sort);
        assert_eq!(only(Sort::Outlets).len(), passages.len());
        let most = only(Sort::Count)[0];
        let longest = grid.outlets.iter().map(|o| o.only.len()).max().unwrap();
        assert_eq!(grid.outlets[passages[most].0].only.len(), longest);
        let labels: Vec<String> = only(Sort::Name)
            .iter()
            .map(|&p| grid.outlets[passages[p].0].label.to_lowercase())
            .collect();
        assert!(labels.is_sorted(), "{labels:?}");
    }

    #[test]
    fn sorts_and_tables_cycle() {
        assert_eq!(Sort::Outlets.next().next().next(), Sort::Outlets);
        assert_eq!(StoryTab::Actors.next(), StoryTab::Remarks);
        assert_eq!(StoryTab::Only.next(), StoryTab::Actors);
    }

    #[test]
    fn cells_read_as_the_cli_prints_them() {
        let cell = |mentions, quotes| actor_cell(Presence { mentions, quotes });
        assert_eq!([cell(0, 0), cell(8, 0), cell(8, 10)], ["-", "8", "8/10"]);
        assert_eq!(remark_cell(&[]), "-");
    }

    #[test]
    fn columns_fit_the_width_and_scroll_when_they_do_not() {
        for tab in StoryTab::ALL {
            for width in [0, 10, 40, 78, 138, 300] {
                for outlets in [0, 1, 5, 64] {
                    let c = columns(tab, width, outlets);
                    let used = c.lead + c.count + 2 + c.shown * (c.cell + 1) + c.text;
                    assert!(c.shown <= outlets, "{tab:?} {width} {outlets}: {c:?}");
                    if width >= 78 {
                        assert!(used <= width, "{tab:?} {width} {outlets}: {c:?}");
                    }
                }
            }
        }
        // Five outlets fit at 80 columns and at 140 in both grids; sixty-four scroll.
        for tab in [StoryTab::Actors, StoryTab::Remarks] {
            assert_eq!(columns(tab, 78, 5).shown, 5, "{tab:?}");
            assert_eq!(columns(tab, 138, 5).shown, 5, "{tab:?}");
            assert!(columns(tab, 138, 64).shown < 64);
        }
        assert!(columns(StoryTab::Remarks, 78, 5).text >= 20);
    }
}
