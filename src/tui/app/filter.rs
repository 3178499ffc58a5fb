//! Lists filtered as the user types: `f` on the article list, the quotes tab or the actors tab
//! narrows it to the rows that match (fzf's syntax), keeping their order.

use ratatui::crossterm::event::KeyEvent;

use super::{App, Layer};
use crate::corpus::Article;
use crate::search::Query;
use crate::tui::cursor::{Cursor, offset};
use crate::tui::keymap::{Action, Mode, edit};
use crate::tui::layout::Pane;
use crate::tui::side;

/// A list `f` can filter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum List {
    /// The article list.
    Articles,
    /// The side panel's quotes tab.
    Quotes,
    /// The side panel's actors tab.
    Actors,
}

/// A filter on one list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Filter {
    /// The list it narrows.
    pub list: List,
    /// What the user typed.
    pub input: String,
}

/// The fields an article is matched on, by the list's filter and by the article picker:
/// title, outlet, date, file name.
pub(super) fn article_fields(article: &Article) -> Vec<&str> {
    let date = article.date.as_ref().map_or("", |d| d.original.as_str());
    vec![
        article.title.value.as_str(),
        article.outlet_name(),
        date,
        article.file_name.as_str(),
    ]
}

impl App {
    /// The list shown in the focused pane, if `f` can filter it.
    fn focused_list(&self) -> Option<List> {
        match self.focus {
            Pane::List => Some(List::Articles),
            Pane::Side => self.side.list(),
            Pane::Reader => None,
        }
    }

    /// The filter on `list`, if any.
    pub fn filter(&self, list: List) -> Option<&Filter> {
        self.filters.iter().find(|f| f.list == list)
    }

    /// The filter keys are typed into, if one is being typed.
    pub fn typing_filter(&self) -> Option<&Filter> {
        match self.layers.last() {
            Some(&Layer::Filter(list)) => self.filter(list),
            _ => None,
        }
    }

    /// `f`: starts (or goes back to) typing the focused list's filter.
    pub(super) fn open_filter(&mut self) {
        let Some(list) = self.focused_list() else {
            let key = self.keymap.hint(Mode::Normal, Action::Filter).unwrap_or_default();
            self.warn(format!(
                "{key} filters a list: focus the articles, quotes or actors first"
            ));
            return;
        };
        if self.filter(list).is_none() {
            self.filters.push(Filter {
                list,
                input: String::new(),
            });
        }
        self.layers.push(Layer::Filter(list));
    }

    /// A key while a filter is typed (`action`, its binding in the filter's section, if
    /// any): edit it, move in the narrowed list, keep it (Enter) or drop it (Esc).
    pub(super) fn filter_key(&mut self, action: Option<Action>, key: KeyEvent) {
        let Some(&Layer::Filter(list)) = self.layers.last() else {
            return;
        };
        let Some(at) = self.filters.iter().position(|f| f.list == list) else {
            return;
        };
        if edit(&mut self.filters[at].input, action, key) {
            return self.refilter(list);
        }
        let page = self.page() as isize;
        match action {
            Some(Action::Open) => _ = self.layers.pop(),
            Some(Action::Back) => {
                self.layers.pop();
                self.filters.remove(at);
                self.refilter(list);
            }
            Some(Action::Down) => self.step(1),
            Some(Action::Up) => self.step(-1),
            Some(Action::PageDown) => self.step(page),
            Some(Action::PageUp) => self.step(-page),
            _ => {}
        }
    }

    /// Drops the focused list's filter; false when it had none.
    pub(super) fn clear_filter(&mut self) -> bool {
        let Some(list) = self.focused_list() else {
            return false;
        };
        let before = self.filters.len();
        self.filters.retain(|f| f.list != list);
        let cleared = self.filters.len() != before;
        if cleared {
            self.refilter(list);
        }
        cleared
    }

    /// After `list`'s filter changed: the article list's rows are worked out again (once, not
    /// per frame) and it keeps its selection if it still shows, else selects the first row; the
    /// side panel goes back to its first row.
    fn refilter(&mut self, list: List) {
        if list == List::Articles {
            self.list.rows = self.filter_articles();
            let first = self.list.rows.first().copied();
            if let Some(first) = first
                && !self.list.rows.contains(&self.selected())
            {
                self.select_article(first);
            }
        } else {
            self.side.cursor = Cursor::default();
        }
        self.relayout();
    }

    /// The article indices the article list's filter keeps (all without one).
    pub(super) fn filter_articles(&self) -> Vec<usize> {
        let all = 0..self.library.corpus.articles.len();
        let Some(filter) = self.filter(List::Articles) else {
            return all.collect();
        };
        let items = self.library.corpus.articles.iter().map(|a| article_fields(a));
        self.matcher.filter(&Query::parse(&filter.input), items)
    }

    /// The quotes tab's rows: quote indices of the selected article in the chosen order,
    /// narrowed by its filter.
    pub fn quote_rows(&self) -> Vec<usize> {
        let Some(extraction) = self.extraction() else {
            return Vec::new();
        };
        let rows = side::quote_rows(extraction, self.side.order);
        let Some(filter) = self.filter(List::Quotes) else {
            return rows;
        };
        let Some(article) = self.library.corpus.articles.get(self.selected()) else {
            return rows;
        };
        let items = rows.iter().map(|&q| {
            let quote = &extraction.quotes[q];
            let speaker = quote.speaker.as_deref().or(quote.speaker_description.as_deref());
            vec![quote.words(article), speaker.unwrap_or("")]
        });
        let kept = self.matcher.filter(&Query::parse(&filter.input), items);
        kept.into_iter().map(|i| rows[i]).collect()
    }

    /// The actors tab's rows: actor indices of the selected article, most quoted first,
    /// narrowed by its filter.
    pub fn actor_rows(&self) -> Vec<usize> {
        let Some(extraction) = self.extraction() else {
            return Vec::new();
        };
        let rows = side::actor_rows(extraction);
        let Some(filter) = self.filter(List::Actors) else {
            return rows;
        };
        let items = rows.iter().map(|&a| {
            let actor = &extraction.actors.actors[a];
            let mut texts: Vec<&str> = actor.names().collect();
            texts.insert(0, actor.name());
            texts.push(actor.role().unwrap_or(""));
            texts
        });
        let kept = self.matcher.filter(&Query::parse(&filter.input), items);
        kept.into_iter().map(|i| rows[i]).collect()
    }

    /// Moves the article list's selection by `by` rows among the rows it shows.
    pub(super) fn step_articles(&mut self, by: isize) {
        let rows = &self.list.rows;
        if rows.is_empty() {
            return;
        }
        let at = rows.iter().position(|&a| a == self.selected()).unwrap_or(0);
        let next = rows[offset(at, by, rows.len() - 1)];
        self.select_article(next);
    }

    /// Scrolls the article list so its selection shows and no row is left empty below its
    /// last article; a hidden list keeps its place.
    pub(super) fn show_selected_article(&mut self) {
        if self.panes().list.is_none() {
            return;
        }
        let rows = &self.list.rows;
        let at = rows.iter().position(|&a| a == self.selected()).unwrap_or(0);
        let mut cursor = Cursor {
            selected: at,
            offset: self.list.offset,
        };
        cursor.show(self.list_capacity(), rows.len());
        self.list.offset = cursor.offset;
    }
}
