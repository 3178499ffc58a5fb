//! Loading a story off the caller's thread: files are listed, read and ingested, then
//! extracted, in batches spread over every core (rayon), and each step is sent as an
//! [`Event`] as soon as it is done, so a reader can show the first articles while the rest
//! are still being read. Batches keep the story's order: article `i` of the events is
//! article `i` of the story.

use std::path::PathBuf;
use std::sync::Arc;

use rayon::prelude::*;

use crate::corpus::{self, Article, Corpus, LoadError, bundled, ingest};
use crate::extract::{ArticleExtraction, Story, extract_article};
use crate::search::Index;

use super::ArticleId;

/// Articles read in the first batch: few, so that the first screen comes at once.
const FIRST_READ: usize = 32;

/// The most articles read in one batch (batches double up to it): a reader works out every
/// label again after each batch, so batches must not be many.
const MAX_READ: usize = 2048;

/// Articles extracted in one batch: enough to keep every core busy between two events.
const EXTRACT: usize = 64;

/// A progressive load builds a search index over what is extracted each time that has grown
/// [`INDEX_GROWTH`]-fold from this many articles on, so that all the partial indexes together
/// cost a third of the full one.
const FIRST_INDEX: usize = 256;

/// How much more a partial index covers than the one before.
const INDEX_GROWTH: usize = 4;

/// What a load sends, in this order: `Listed`, `Read`s, `Extracted`s and `Indexed`s (when
/// progressive), `Linked` (unless only reading), then `Done`.
#[derive(Debug)]
pub enum Event {
    /// The files were listed: how many will be read, and the story's title if a story file
    /// gave one.
    Listed(usize, Option<String>),
    /// The next articles in story order with their ids, what could not be read, and how many
    /// of the files listed this step read (a feed or JSON file holds many articles).
    Read(Vec<Loaded>, Vec<LoadError>, usize),
    /// The extractions of the next articles in story order, actors linked within each article
    /// only (a progressive load).
    Extracted(Vec<ArticleExtraction>),
    /// A search index over the first `articles` articles (a progressive load).
    Indexed { index: Arc<Index>, articles: usize },
    /// The story with actors linked across articles and remarks grouped, sent before the
    /// search index is built over it, so that a reader can let go of its unlinked copy first:
    /// the two are never held beside the index.
    Linked(Arc<Story>),
    /// Everything asked for: the search index, when asked for.
    Done { index: Option<Arc<Index>> },
}

/// An article read, with its id.
pub type Loaded = (ArticleId, Arc<Article>);

/// How far a load goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Stage {
    /// Read and ingest the articles only.
    Read,
    /// Extract quotes and actors and link actors across articles too.
    Extract,
    /// Build the search index too.
    Index,
}

/// What a load works out and sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Plan {
    /// Send each batch's extractions and partial search indexes as they are made, for a reader
    /// that shows them while the rest loads.
    pub progressive: bool,
    /// How far to go.
    pub until: Stage,
}

impl Plan {
    /// Everything, sent as it is made: the reader's load.
    pub const READER: Plan = Plan {
        progressive: true,
        until: Stage::Index,
    };

    /// Up to `until`, sent once done: a command's load.
    pub const fn whole(until: Stage) -> Plan {
        Plan {
            progressive: false,
            until,
        }
    }
}

/// Loads `paths` (the bundled story when empty), sending each step to `send`; stops early
/// when `send` returns false (nobody listens any more).
pub fn run(paths: &[PathBuf], plan: Plan, send: &mut dyn FnMut(Event) -> bool) {
    let (files, title): (Vec<Source>, _) = if paths.is_empty() {
        let seeds = bundled::SEEDS.iter();
        (
            seeds.map(|&(name, text)| Source::Bundled(name, text)).collect(),
            None,
        )
    } else {
        let listing = corpus::list_files(paths);
        (
            listing.files.into_iter().map(Source::File).collect(),
            listing.title,
        )
    };
    if !send(Event::Listed(files.len(), title)) {
        return;
    }
    let mut articles: Vec<Arc<Article>> = Vec::with_capacity(files.len());
    let mut batch = FIRST_READ;
    let mut rest = &files[..];
    while !rest.is_empty() {
        let (now, later) = rest.split_at(batch.min(rest.len()));
        rest = later;
        batch = (batch * 2).min(MAX_READ);
        // Each article's id is worked out on the core that read it: hashing every text on
        // this thread alone kept the other cores waiting.
        let read: Vec<Vec<Result<Loaded, LoadError>>> = now
            .par_iter()
            .map(|source| {
                let read = source.read().into_iter();
                read.map(|r| r.map(|article| (ArticleId::of(&article), Arc::new(compact(article)))))
                    .collect()
            })
            .collect();
        let (mut ok, mut failed) = (Vec::new(), Vec::new());
        for result in read.into_iter().flatten() {
            match result {
                Ok(article) => ok.push(article),
                Err(error) => failed.push(error),
            }
        }
        articles.extend(ok.iter().map(|(_, a)| Arc::clone(a)));
        if !send(Event::Read(ok, failed, now.len())) {
            return;
        }
    }
    if plan.until == Stage::Read {
        send(Event::Done { index: None });
        return;
    }
    let mut extracted: Vec<ArticleExtraction> = Vec::with_capacity(articles.len());
    let mut next_index = FIRST_INDEX;
    for batch in articles.chunks(EXTRACT) {
        let done: Vec<ArticleExtraction> = batch.par_iter().map(|a| extract_article(a)).collect();
        if plan.progressive {
            let more = extracted.len() + done.len() < articles.len();
            if !send(Event::Extracted(done.clone())) {
                return;
            }
            extracted.extend(done);
            if plan.until == Stage::Index && more && extracted.len() >= next_index {
                next_index = extracted.len() * INDEX_GROWTH;
                let index = partial_index(&articles[..extracted.len()], &mut extracted);
                let covered = extracted.len();
                if !send(Event::Indexed {
                    index,
                    articles: covered,
                }) {
                    return;
                }
            }
        } else {
            extracted.extend(done);
        }
    }
    let story = Arc::new(Story::link(extracted));
    if !send(Event::Linked(Arc::clone(&story))) {
        return;
    }
    let index =
        (plan.until == Stage::Index).then(|| Arc::new(Index::new(&Corpus::of_shared(articles), &story)));
    drop(story);
    send(Event::Done { index });
}

/// A search index over `articles` and their extractions so far, actors linked only within
/// each article; the extractions are lent to it and given back.
fn partial_index(articles: &[Arc<Article>], extracted: &mut Vec<ArticleExtraction>) -> Arc<Index> {
    let corpus = Corpus::of_shared(articles.to_vec());
    let story = Story {
        articles: std::mem::take(extracted),
    };
    let index = Index::new(&corpus, &story);
    *extracted = story.articles;
    Arc::new(index)
}

/// `article` without the room its paragraphs reserved while they were read line by line: a
/// story keeps every article for as long as it is open.
fn compact(mut article: Article) -> Article {
    article.paragraphs.shrink_to_fit();
    for paragraph in &mut article.paragraphs {
        paragraph.text.shrink_to_fit();
    }
    article
}

/// Where an article comes from.
enum Source {
    /// A seed article compiled into the binary: its file name and text.
    Bundled(&'static str, &'static str),
    /// A file to read, or why it cannot be.
    File(Result<PathBuf, LoadError>),
}

impl Source {
    fn read(&self) -> Vec<Result<Article, LoadError>> {
        match self {
            Source::Bundled(name, text) => vec![Ok(ingest::parse(text, name, &format!("bundled:{name}")))],
            Source::File(Err(error)) => vec![Err(error.clone())],
            Source::File(Ok(path)) => corpus::load_file(path),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn events(paths: &[PathBuf], plan: Plan) -> Vec<Event> {
        let mut out = Vec::new();
        run(paths, plan, &mut |event| {
            out.push(event);
            true
        });
        out
    }

    #[test]
    fn a_progressive_load_sends_every_article_in_order_then_the_linked_story() {
        let dir = tempfile::tempdir().unwrap();
        for i in 0..300 {
            let text = format!(
                "Harbour news {i}\n\n\"We are open,\" said Anna Kowalski, the harbour master, on day {i}."
            );
            std::fs::write(dir.path().join(format!("{i:03}.txt")), text).unwrap();
        }
        std::fs::write(dir.path().join("bad.txt"), b"\0\0binary").unwrap();
        let events = events(&[dir.path().to_path_buf()], Plan::READER);
        assert!(matches!(events[0], Event::Listed(301, None)));
        let mut titles = Vec::new();
        let (mut failed, mut extracted, mut partial) = (0, 0, Vec::new());
        for event in &events {
            match event {
                Event::Read(ok, errors, _) => {
                    titles.extend(ok.iter().map(|(_, a)| a.title.value.clone()));
                    failed += errors.len();
                }
                Event::Extracted(batch) => {
                    assert!(extracted + batch.len() <= titles.len(), "extracted before read");
                    extracted += batch.len();
                }
                Event::Indexed { articles, .. } => partial.push(*articles),
                _ => {}
            }
        }
        assert_eq!(failed, 1);
        assert_eq!(titles.len(), 300);
        assert!(
            titles
                .iter()
                .enumerate()
                .all(|(i, t)| *t == format!("Harbour news {i}"))
        );
        assert_eq!(extracted, 300);
        assert_eq!(
            partial,
            [256],
            "an index once 256 are extracted, none once all are"
        );
        let [.., Event::Linked(story), Event::Done { index }] = &events[..] else {
            panic!("no Linked then Done last");
        };
        assert_eq!(story.articles.len(), 300);
        assert_eq!(
            Arc::strong_count(story),
            1,
            "the loader lets go of the story once the index is built"
        );
        let entities: std::collections::HashSet<&str> = story
            .articles
            .iter()
            .flat_map(|a| a.actors.actors.iter().map(|actor| actor.entity.as_str()))
            .collect();
        assert_eq!(
            entities.len(),
            1,
            "one harbour master across articles: {entities:?}"
        );
        assert!(index.as_ref().is_some_and(|i| !i.candidates.is_empty()));
    }

    #[test]
    fn articles_are_kept_without_spare_room() {
        let dir = tempfile::tempdir().unwrap();
        let lines =
            "A harbour story\n\nThe harbour\nreopened on Monday,\nsaid the master.\n\nShips came back.";
        std::fs::write(dir.path().join("a.txt"), lines).unwrap();
        let read: Vec<Arc<Article>> = events(&[dir.path().to_path_buf()], Plan::whole(Stage::Read))
            .into_iter()
            .filter_map(|e| match e {
                Event::Read(ok, ..) => Some(ok.into_iter().map(|(_, a)| a)),
                _ => None,
            })
            .flatten()
            .collect();
        let paragraphs = &read[0].paragraphs;
        assert_eq!(
            paragraphs[0].text,
            "The harbour reopened on Monday, said the master."
        );
        assert_eq!(paragraphs.capacity(), paragraphs.len());
        assert!(paragraphs.iter().all(|p| p.text.capacity() == p.text.len()));
    }

    #[test]
    fn a_whole_load_sends_no_batches_and_goes_no_further_than_asked() {
        let extract = events(&[], Plan::whole(Stage::Extract));
        assert!(
            extract
                .iter()
                .all(|e| !matches!(e, Event::Extracted(_) | Event::Indexed { .. }))
        );
        let [.., Event::Linked(story), Event::Done { index }] = &extract[..] else {
            panic!("no Linked then Done last");
        };
        assert_eq!(story.articles.len(), bundled::SEEDS.len());
        assert!(index.is_none());
        let read = events(&[], Plan::whole(Stage::Read));
        assert!(matches!(read.last(), Some(Event::Done { index: None })));
        assert!(
            read.iter().all(|e| !matches!(e, Event::Linked(_))),
            "nothing extracted, nothing linked"
        );
    }

    #[test]
    fn a_load_stops_when_nobody_listens() {
        let mut sent = 0;
        run(&[], Plan::READER, &mut |_| {
            sent += 1;
            false
        });
        assert_eq!(sent, 1);
    }
}
