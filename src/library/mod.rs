//! The story as parallax keeps it: its articles, what extraction and search derived from them,
//! and what the reader did with each (read, starred, where they stopped). No terminal code:
//! the CLI and the reader both work from a [`Library`], filled by [`load`] on other threads.

mod id;
pub mod load;
pub mod state;

use std::path::PathBuf;
use std::sync::Arc;

use serde::{Deserialize, Serialize};

pub use id::ArticleId;
pub use load::{Event, Plan, Stage};
pub use state::{Memory, StoryKey, StoryState};

use crate::corpus::Corpus;
use crate::extract::{ArticleExtraction, Quote, Story};
use crate::search::Index;

/// A place in an article's text that survives a new wrap width, a resize and a restart: a
/// paragraph and a char offset into it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Position {
    /// Index into the article's paragraphs.
    pub paragraph: usize,
    /// Chars into that paragraph.
    pub offset: usize,
}

/// What the reader did with one article.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ArticleState {
    /// Opened at least once, or marked read.
    pub read: bool,
    /// Marked to come back to.
    pub starred: bool,
    /// Where reading stopped, if it went past the top.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub position: Option<Position>,
    /// When it was last opened in the reading pane.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub opened: Option<chrono::DateTime<chrono::Utc>>,
}

/// How far a load has come.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Progress {
    /// Files to read, once listed.
    pub listed: Option<usize>,
    /// Files read (a file may hold many articles, or fail).
    pub read: usize,
    /// Articles read so far.
    pub articles: usize,
    /// Articles extracted, from the first on.
    pub extracted: usize,
    /// Articles the search index covers, from the first on.
    pub indexed: usize,
    /// True once everything is extracted, linked and indexed.
    pub done: bool,
}

/// The word a load's status line opens with at each step (see [`Progress::describe`]): what
/// a test or a bench reading the screen waits to see gone.
pub const STEPS: [&str; 3] = ["reading", "extracting", "indexing"];

impl Progress {
    /// What the load is doing, for a status line ("extracting 3,512 / 10,000"); `None` once
    /// done.
    pub fn describe(&self) -> Option<String> {
        if self.done {
            return None;
        }
        let total = self.listed?;
        let [reading, extracting, indexing] = STEPS;
        Some(if self.read < total {
            format!("{reading} {} / {}", thousands(self.read), thousands(total))
        } else if self.extracted < self.articles {
            format!(
                "{extracting} {} / {}",
                thousands(self.extracted),
                thousands(self.articles)
            )
        } else {
            format!("{indexing} {} articles", thousands(self.articles))
        })
    }
}

/// `n` with a comma between groups of three digits, as English text writes counts.
pub fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// A story's articles, their derived data and their state, by index in story order and by
/// [`ArticleId`].
#[derive(Debug, Default)]
pub struct Library {
    /// The articles, their labels and the files that failed.
    pub corpus: Corpus,
    /// The extractions of the first `progress.extracted` articles; actors linked across
    /// articles once the load sent [`Event::Linked`]. The only copy: lent to the loader while
    /// it links or indexes it ([`Event::Lend`]).
    pub story: Arc<Story>,
    /// The search index over the first `progress.indexed` articles.
    pub index: Arc<Index>,
    /// Each article's id, by index.
    ids: Vec<ArticleId>,
    /// What the reader did with each article (by id: copies of one article share it) and
    /// with each story, as the state file keeps it.
    memory: Memory,
    /// How far loading has come.
    progress: Progress,
    /// The story's name, when a story file gave one.
    title: Option<String>,
}

impl Library {
    /// Loads `paths` (the bundled story when empty) on every core and returns when all is
    /// done: the CLI's way in.
    pub fn load(paths: &[PathBuf], plan: Plan) -> Self {
        let mut library = Self::default();
        load::run(load::Input::of(paths), plan, &mut |event| {
            library.apply(event);
            true
        });
        library
    }

    /// The bundled story, loaded whole.
    pub fn bundled() -> Self {
        Self::load(&[], Plan::whole(Stage::Index))
    }

    /// A story already read into memory, extracted and indexed on every core.
    pub fn of(corpus: Corpus) -> Self {
        let story = Arc::new(Story::extract(&corpus));
        let index = Arc::new(Index::new(&corpus, &story));
        let n = corpus.articles.len();
        Self {
            ids: corpus.articles.iter().map(|a| ArticleId::of(a)).collect(),
            corpus,
            story,
            index,
            memory: Memory::default(),
            progress: Progress {
                listed: Some(n),
                read: n,
                articles: n,
                extracted: n,
                indexed: n,
                done: true,
            },
            title: None,
        }
    }

    /// Starts loading `input` on another thread; each event goes to `send` as it comes, for
    /// [`Library::apply`] on the receiving side, until `send` returns false.
    pub fn spawn(
        input: load::Input,
        plan: Plan,
        mut send: impl FnMut(Event) -> bool + Send + 'static,
    ) -> std::io::Result<std::thread::JoinHandle<()>> {
        std::thread::Builder::new()
            .name("load".into())
            .spawn(move || load::run(input, plan, &mut send))
    }

    /// Takes in one step of a load.
    pub fn apply(&mut self, event: Event) {
        let progress = &mut self.progress;
        match event {
            Event::Listed(files, title) => {
                progress.listed = Some(files);
                self.title = title;
            }
            Event::Read(articles, errors, files) => {
                progress.read += files;
                progress.articles += articles.len();
                let (ids, articles): (Vec<_>, Vec<_>) = articles.into_iter().unzip();
                self.ids.extend(ids);
                self.corpus.extend(articles);
                self.corpus.errors.extend(errors);
            }
            Event::Extracted(extractions) => {
                progress.extracted += extractions.len();
                // The loader holds the story only while it is lent, so this never copies it.
                Arc::make_mut(&mut self.story).articles.extend(extractions);
            }
            Event::Lend(lend) => {
                // Nobody waiting for it (a load replayed) is no error.
                _ = lend.send(Arc::clone(&self.story));
            }
            Event::Indexed { index, articles } => {
                progress.indexed = articles;
                self.index = index;
            }
            Event::Indexing => {
                progress.indexed = 0;
                self.index = Arc::default();
            }
            Event::Linked(links) => {
                links.apply(&mut Arc::make_mut(&mut self.story).articles);
            }
            Event::Done { index } => {
                if let Some(index) = index {
                    progress.indexed = progress.extracted;
                    self.index = index;
                }
                progress.done = true;
            }
        }
    }

    /// The story's name, when a story file gave one.
    pub fn title(&self) -> Option<&str> {
        self.title.as_deref()
    }

    /// How far loading has come.
    pub fn progress(&self) -> Progress {
        self.progress
    }

    /// How many articles are loaded.
    pub fn len(&self) -> usize {
        self.corpus.articles.len()
    }

    /// True before the first article is read.
    pub fn is_empty(&self) -> bool {
        self.corpus.articles.is_empty()
    }

    /// Article `i`'s id.
    pub fn id(&self, i: usize) -> Option<ArticleId> {
        self.ids.get(i).copied()
    }

    /// The index of the article with id `id`, if it is loaded.
    pub fn find(&self, id: ArticleId) -> Option<usize> {
        self.ids.iter().position(|&other| other == id)
    }

    /// Article `i`'s extraction, once it is extracted.
    pub fn extraction(&self, i: usize) -> Option<&ArticleExtraction> {
        self.story.articles.get(i)
    }

    /// Quote `q` of article `a`, with its words, once the article is extracted.
    pub fn quote(&self, a: usize, q: usize) -> Option<(&Quote, &str)> {
        let quote = self.story.articles.get(a)?.quotes.get(q)?;
        Some((quote, quote.words(self.corpus.articles.get(a)?)))
    }

    /// What the reader did with article `i` (nothing yet, by default).
    pub fn state(&self, i: usize) -> ArticleState {
        self.id(i)
            .and_then(|id| self.memory.articles.get(&id).copied())
            .unwrap_or_default()
    }

    /// Changes what is kept of article `i`; nothing for an index past the end. An article
    /// back to the default state is forgotten, so the memory holds only what was done.
    pub fn update(&mut self, i: usize, change: impl FnOnce(&mut ArticleState)) {
        if let Some(id) = self.id(i) {
            let state = self.memory.articles.entry(id).or_default();
            change(state);
            if *state == ArticleState::default() {
                self.memory.articles.remove(&id);
            }
        }
    }

    /// Everything remembered: every article's state (this story's and others') and every
    /// story's.
    pub fn memory(&self) -> &Memory {
        &self.memory
    }

    /// Takes in what was remembered from earlier runs, replacing what is kept now.
    pub fn remember(&mut self, memory: Memory) {
        self.memory = memory;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FULL: Plan = Plan::whole(Stage::Index);

    #[test]
    fn the_bundled_story_loads_whole() {
        let library = Library::load(&[], FULL);
        let progress = library.progress();
        assert!(progress.done);
        assert_eq!(library.len(), 5);
        assert_eq!(progress.extracted, 5);
        assert_eq!(progress.indexed, 5);
        assert_eq!(library.story.articles.len(), 5);
        assert!(!library.index.candidates.is_empty());
        assert_eq!(library.corpus.labels.len(), 5);
        let ids: std::collections::HashSet<_> = (0..5).filter_map(|i| library.id(i)).collect();
        assert_eq!(ids.len(), 5);
    }

    #[test]
    fn progress_says_what_the_load_is_doing() {
        let mut progress = Progress::default();
        assert_eq!(progress.describe(), None, "nothing listed yet");
        progress.listed = Some(10_000);
        progress.read = 512;
        assert_eq!(progress.describe().as_deref(), Some("reading 512 / 10,000"));
        progress.read = 10_000;
        progress.articles = 10_000;
        progress.extracted = 3_512;
        assert_eq!(progress.describe().as_deref(), Some("extracting 3,512 / 10,000"));
        progress.extracted = 10_000;
        assert_eq!(progress.describe().as_deref(), Some("indexing 10,000 articles"));
        progress.done = true;
        assert_eq!(progress.describe(), None);
        assert_eq!(thousands(1_234_567), "1,234,567");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(0), "0");
    }

    #[test]
    fn extraction_counts_articles_when_a_file_holds_many() {
        let dir = tempfile::tempdir().unwrap();
        let feed = dir.path().join("many.jsonl");
        let line = |t: &str| format!("{{\"title\": \"{t}\", \"text\": \"Words of {t}.\"}}\n");
        std::fs::write(&feed, [line("A"), line("B"), line("C")].concat()).unwrap();
        let mut library = Library::default();
        let mut events = Vec::new();
        load::run(load::Input::of(&[feed]), Plan::whole(Stage::Read), &mut |e| {
            events.push(e);
            true
        });
        for event in events.into_iter().filter(|e| !matches!(e, Event::Done { .. })) {
            library.apply(event);
        }
        assert_eq!(library.len(), 3);
        assert_eq!(library.progress().describe().as_deref(), Some("extracting 0 / 3"));
    }

    #[test]
    fn state_follows_the_article_not_its_index() {
        let dir = tempfile::tempdir().unwrap();
        let text = "Harbour reopens\n\nThe harbour reopened on Monday.";
        std::fs::write(dir.path().join("a.txt"), text).unwrap();
        std::fs::write(dir.path().join("b.txt"), "Other news\n\nSomething else.").unwrap();
        std::fs::create_dir(dir.path().join("copy")).unwrap();
        std::fs::write(dir.path().join("copy/z.txt"), text).unwrap();
        let mut library = Library::load(&[dir.path().to_path_buf()], FULL);
        assert_eq!(library.len(), 3);
        library.update(0, |s| {
            s.read = true;
            s.position = Some(Position {
                paragraph: 0,
                offset: 4,
            });
        });
        assert!(library.state(0).read);
        assert!(!library.state(1).read);
        assert_eq!(
            library.state(2),
            library.state(0),
            "the same article in two files"
        );
        assert_eq!(library.find(library.id(1).unwrap()), Some(1));
        library.update(99, |s| s.read = true); // past the end: nothing
        library.update(1, |s| s.starred = true);
        assert!(library.memory().articles.contains_key(&library.id(1).unwrap()));
        library.update(1, |s| s.starred = false);
        assert!(
            !library.memory().articles.contains_key(&library.id(1).unwrap()),
            "an article back to nothing done is forgotten"
        );
    }
}
