//! Loading a story off the caller's thread: files are listed, read and ingested, then
//! extracted, in batches spread over every core (rayon), and each step is sent as an
//! [`Event`] as soon as it is done, so a reader can show the first articles while the rest
//! are still being read. Batches keep the story's order: article `i` of the events is
//! article `i` of the story.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::mpsc::{Sender, channel};

use rayon::prelude::*;

use crate::corpus::{self, Article, Corpus, LoadError, bundled, ingest};
use crate::extract::{ArticleExtraction, Links, Story, extract_article};
use crate::search::Index;

use super::{ArticleId, Library};

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
/// progressive), `Indexing` (after an `Indexed`), `Linked` (unless only reading), then `Done`;
/// a `Lend` before each `Indexed`, before `Linked` and before `Done` with an index.
///
/// The loader keeps no extraction: each batch goes to the receiver, which lends the story back
/// when the loader needs to read it (to index it, to link it), and applies the links itself,
/// so a story is held once.
#[derive(Debug, Clone)]
pub enum Event {
    /// The files were listed: how many will be read, and the story's title if a story file
    /// gave one.
    Listed(usize, Option<String>),
    /// The next articles in story order with their ids, what could not be read, and how many
    /// of the files listed this step read (a feed or JSON file holds many articles).
    Read(Vec<Loaded>, Vec<LoadError>, usize),
    /// The extractions of the next articles in story order, actors linked within each article
    /// only.
    Extracted(Vec<ArticleExtraction>),
    /// Asks for the story extracted so far, to be sent back on this channel; the loader reads it
    /// and lets go of it before it sends anything else.
    Lend(Sender<Arc<Story>>),
    /// A search index over the first `articles` articles (a progressive load).
    Indexed { index: Arc<Index>, articles: usize },
    /// Every article is extracted; linking and the full index come next: the partial index is
    /// to be let go meanwhile, or linking's work and the full index, each beside it, would be
    /// the load's peak of memory (a progressive load that sent a partial one).
    Indexing,
    /// Actors linked across articles and remarks grouped, to be applied to the story.
    Linked(Links),
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
    /// Build and send partial search indexes as articles are extracted, for a reader that
    /// searches them while the rest loads.
    pub progressive: bool,
    /// How far to go.
    pub until: Stage,
    /// Keep every place each actor is named, which the reader highlights; a command prints
    /// counts only, and the lists are the largest part of an actor table.
    pub mentions: bool,
    /// Keep each article's paragraphs once it is extracted. A command that prints only what
    /// extraction found (quotes, actors) lets go of all but those its quotes stand in as each
    /// article is extracted, right after it is read: the text is the largest part of a story.
    pub text: bool,
}

impl Plan {
    /// Everything, sent as it is made: the reader's load.
    pub const READER: Plan = Plan {
        progressive: true,
        until: Stage::Index,
        mentions: true,
        text: true,
    };

    /// Up to `until`, sent once done.
    pub const fn whole(until: Stage) -> Plan {
        Plan {
            progressive: false,
            until,
            mentions: true,
            text: true,
        }
    }

    /// A command's load: up to `until`, sent once done, without the places actors are named.
    pub const fn command(until: Stage) -> Plan {
        Plan {
            mentions: false,
            ..Plan::whole(until)
        }
    }

    /// The load of a command that prints only what extraction found: extracted and linked,
    /// each article's paragraphs let go once extracted but those its quotes are read from, no
    /// places actors are named.
    pub const FINDINGS: Plan = Plan {
        text: false,
        ..Plan::command(Stage::Extract)
    };

    /// Whether each article is extracted as soon as it is read, on the core that read it:
    /// when its text is not kept, only what is kept of it leaves that core.
    fn extracts_on_read(self) -> bool {
        !self.text && self.until >= Stage::Extract
    }
}

/// What a load reads: the bundled story, or the files listing the paths given found (listed
/// once: the reader lists them before its first screen, to refuse paths that hold nothing).
#[derive(Debug)]
pub enum Input {
    /// The seed story compiled into the binary.
    Bundled,
    /// What [`corpus::list_files`] found.
    Listed(corpus::Listing),
}

impl Input {
    /// What `paths` name, listed; the bundled story when there are none.
    pub fn of(paths: &[PathBuf]) -> Self {
        if paths.is_empty() {
            Input::Bundled
        } else {
            Input::Listed(corpus::list_files(paths))
        }
    }
}

/// Loads `input`, sending each step to `send`; stops early when `send` returns false (nobody
/// listens any more).
pub fn run(input: Input, plan: Plan, send: &mut dyn FnMut(Event) -> bool) {
    let (files, title): (Vec<Source>, _) = match input {
        Input::Bundled => {
            let seeds = bundled::SEEDS.iter();
            (
                seeds.map(|&(name, text)| Source::Bundled(name, text)).collect(),
                None,
            )
        }
        Input::Listed(listing) => (
            listing.files.into_iter().map(Source::File).collect(),
            listing.title,
        ),
    };
    if !send(Event::Listed(files.len(), title)) {
        return;
    }
    let mut articles: Vec<Arc<Article>> = Vec::with_capacity(files.len());
    let fused = plan.extracts_on_read();
    let mut batch = FIRST_READ;
    let mut rest = &files[..];
    while !rest.is_empty() {
        let (now, later) = rest.split_at(batch.min(rest.len()));
        rest = later;
        batch = (batch * 2).min(MAX_READ);
        // Each article's id is worked out on the core that read it: hashing every text on
        // this thread alone kept the other cores waiting.
        let read: Vec<Vec<Result<Arrival, LoadError>>> = now
            .par_iter()
            .map(|source| {
                let read = source.read().into_iter();
                read.map(|r| r.map(|article| Arrival::of(article, plan)))
                    .collect()
            })
            .collect();
        let (mut ok, mut failed, mut done) = (Vec::new(), Vec::new(), Vec::new());
        for result in read.into_iter().flatten() {
            match result {
                Ok(read) => {
                    ok.push(read.loaded);
                    done.extend(read.extraction);
                }
                Err(error) => failed.push(error),
            }
        }
        articles.extend(ok.iter().map(|(_, a)| Arc::clone(a)));
        if !send(Event::Read(ok, failed, now.len())) {
            return;
        }
        if fused && !send(Event::Extracted(done)) {
            return;
        }
    }
    if plan.until == Stage::Read {
        send(Event::Done { index: None });
        return;
    }
    let (mut extracted, mut partial) = (0, false);
    let mut next_index = FIRST_INDEX;
    let unextracted = if fused { &[][..] } else { &articles[..] };
    for batch in unextracted.chunks(EXTRACT) {
        let done: Vec<ArticleExtraction> = batch.par_iter().map(|a| extract(a, plan)).collect();
        extracted += done.len();
        if !send(Event::Extracted(done)) {
            return;
        }
        let progressive = plan.progressive && plan.until == Stage::Index;
        if progressive && extracted < articles.len() && extracted >= next_index {
            partial = true;
            next_index = extracted * INDEX_GROWTH;
            let Some(index) = index(&articles[..extracted], send) else {
                return;
            };
            if !send(Event::Indexed {
                index,
                articles: extracted,
            }) {
                return;
            }
        }
    }
    if partial && !send(Event::Indexing) {
        return;
    }
    let Some(story) = borrow(send) else {
        return;
    };
    let links = Links::of(&articles, &story.articles);
    drop(story);
    if !send(Event::Linked(links)) {
        return;
    }
    let index = if plan.until == Stage::Index {
        let Some(index) = index(&articles, send) else {
            return;
        };
        Some(index)
    } else {
        None
    };
    send(Event::Done { index });
}

/// Loads `paths` and keeps every event but the lends, which a library of its own answers: a
/// load to replay step by step into a receiver, as tests of what it makes of each step do.
pub fn record(paths: &[PathBuf], plan: Plan) -> Vec<Event> {
    let (mut library, mut events) = (Library::default(), Vec::new());
    run(Input::of(paths), plan, &mut |event| {
        if !matches!(event, Event::Lend(_)) {
            events.push(event.clone());
        }
        library.apply(event);
        true
    });
    events
}

/// The story extracted so far, lent by whoever receives the events; `None` when nobody
/// answers.
fn borrow(send: &mut dyn FnMut(Event) -> bool) -> Option<Arc<Story>> {
    let (lend, lent) = channel();
    if !send(Event::Lend(lend)) {
        return None;
    }
    lent.recv().ok()
}

/// A search index over `articles` and their extractions (borrowed), actors linked across
/// articles once linked, within each article before.
fn index(articles: &[Arc<Article>], send: &mut dyn FnMut(Event) -> bool) -> Option<Arc<Index>> {
    let story = borrow(send)?;
    let corpus = Corpus::of_shared(articles.to_vec());
    Some(Arc::new(Index::new(&corpus, &story)))
}

/// An article just read, with its id, and extracted when its text is not kept.
struct Arrival {
    loaded: Loaded,
    extraction: Option<ArticleExtraction>,
}

impl Arrival {
    /// `article` as `plan` keeps it: extracted first and with only its quoted paragraphs when
    /// it is extracted on reading, else without spare room.
    fn of(article: Article, plan: Plan) -> Self {
        let id = ArticleId::of(&article);
        if plan.extracts_on_read() {
            let extraction = extract(&article, plan);
            let kept = quoted_only(article, &extraction);
            return Self {
                loaded: (id, Arc::new(kept)),
                extraction: Some(extraction),
            };
        }
        Self {
            loaded: (id, Arc::new(compact(article))),
            extraction: None,
        }
    }
}

/// `article`'s extraction, with what `plan` keeps of it.
fn extract(article: &Article, plan: Plan) -> ArticleExtraction {
    let mut extraction = extract_article(article);
    if !plan.mentions {
        extraction.actors.mentions = Vec::new();
    }
    extraction
}

/// `article` without the room its list of paragraphs reserved while they were read (their texts
/// are exact already): a story keeps every article for as long as it is open.
fn compact(mut article: Article) -> Article {
    article.paragraphs.shrink_to_fit();
    article
}

/// `article` with text kept only in the paragraphs `found`'s quotes stand in (their words are
/// read there), and no paragraph after the last of them: a command that prints only what was
/// found reads nothing else.
fn quoted_only(mut article: Article, found: &ArticleExtraction) -> Article {
    let mut quoted = vec![false; article.paragraphs.len()];
    for p in found.quotes.iter().filter_map(|q| q.paragraph) {
        if let Some(mark) = quoted.get_mut(p as usize) {
            *mark = true;
        }
    }
    article
        .paragraphs
        .truncate(quoted.iter().rposition(|&q| q).map_or(0, |last| last + 1));
    article.paragraphs.shrink_to_fit();
    for (paragraph, quoted) in article.paragraphs.iter_mut().zip(quoted) {
        if !quoted {
            paragraph.text = Box::default();
        }
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

    /// Every event of a load with a library answering it, and the library.
    fn load(paths: &[PathBuf], plan: Plan) -> (Vec<Event>, Library) {
        let (mut library, mut out) = (Library::default(), Vec::new());
        run(Input::of(paths), plan, &mut |event| {
            out.push(event.clone());
            library.apply(event);
            true
        });
        (out, library)
    }

    fn events(paths: &[PathBuf], plan: Plan) -> Vec<Event> {
        load(paths, plan).0
    }

    #[test]
    fn a_progressive_load_sends_every_article_in_order_then_links_them_in_place() {
        let dir = tempfile::tempdir().unwrap();
        for i in 0..300 {
            let text = format!(
                "Harbour news {i}\n\n\"We are open,\" said Anna Kowalski, the harbour master, on day {i}."
            );
            std::fs::write(dir.path().join(format!("{i:03}.txt")), text).unwrap();
        }
        std::fs::write(dir.path().join("bad.txt"), b"\0\0binary").unwrap();
        let (events, library) = load(&[dir.path().to_path_buf()], Plan::READER);
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
        let [
            ..,
            Event::Indexing,
            Event::Lend(_),
            Event::Linked(_),
            Event::Lend(_),
            Event::Done { index },
        ] = &events[..]
        else {
            panic!("no partial index let go, then Linked, the story lent, then Done last");
        };
        let story = &library.story;
        assert_eq!(story.articles.len(), 300);
        assert_eq!(
            Arc::strong_count(story),
            1,
            "the loader gives the lent story back: the library holds the only copy"
        );
        let entities: std::collections::HashSet<&str> = story
            .articles
            .iter()
            .flat_map(|a| a.actors.actors.iter().map(|actor| actor.entity()))
            .collect();
        assert_eq!(
            entities.len(),
            1,
            "one harbour master across articles: {entities:?}"
        );
        assert!(index.as_ref().is_some_and(|i| !i.candidates.is_empty()));
    }

    #[test]
    fn the_partial_index_is_let_go_before_linking_and_the_full_index() {
        let dir = tempfile::tempdir().unwrap();
        for i in 0..FIRST_INDEX + 1 {
            let text = format!("Harbour news {i}\n\nThe harbour reopened on day {i}.");
            std::fs::write(dir.path().join(format!("{i:03}.txt")), text).unwrap();
        }
        let mut library = Library::default();
        let mut held = Vec::new();
        run(
            Input::of(&[dir.path().to_path_buf()]),
            Plan::READER,
            &mut |event| {
                let extracted = library.progress().extracted == FIRST_INDEX + 1;
                if extracted && matches!(event, Event::Lend(_)) {
                    // The loader is about to link, then to index: what does the library hold?
                    held.push((library.index.candidates.len(), library.progress().indexed));
                }
                library.apply(event);
                true
            },
        );
        assert_eq!(
            held,
            [(0, 0); 2],
            "no partial index beside linking or the full one"
        );
        let index = &library.index;
        assert!(index.candidates.len() >= 2 * (FIRST_INDEX + 1), "the full one");
        assert_eq!(library.progress().indexed, FIRST_INDEX + 1);
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
            &*paragraphs[0].text,
            "The harbour reopened on Monday, said the master."
        );
        assert_eq!(paragraphs.capacity(), paragraphs.len());
    }

    #[test]
    fn a_command_keeps_no_list_of_where_actors_are_named_and_the_reader_does() {
        let mentions = |plan: Plan| -> usize {
            let (_, library) = load(&[], plan);
            let tables = library.story.articles.iter().map(|a| &a.actors);
            tables.map(|t| t.mentions.len()).sum()
        };
        assert_eq!(mentions(Plan::command(Stage::Extract)), 0);
        assert!(mentions(Plan::whole(Stage::Extract)) > 100);
        assert!(mentions(Plan::READER) > 100);
        let (_, library) = load(&[], Plan::command(Stage::Extract));
        let counted = library.story.articles.iter().flat_map(|a| &a.actors.actors);
        assert!(counted.map(|a| a.mentions).sum::<u32>() > 100, "counts stay");
    }

    #[test]
    fn a_command_printing_findings_lets_go_of_the_text_and_finds_the_same() {
        let findings = Library::load(&[], Plan::FINDINGS);
        let whole = Library::load(&[], Plan::command(Stage::Extract));
        let articles = &findings.corpus.articles;
        assert_eq!(articles.len(), bundled::SEEDS.len());
        let texts = |l: &Library| -> usize {
            let paragraphs = l.corpus.articles.iter().flat_map(|a| &a.paragraphs);
            paragraphs.map(|p| p.text.len()).sum()
        };
        assert!(texts(&findings) * 2 < texts(&whole), "most text let go");
        for (article, found) in articles.iter().zip(&findings.story.articles) {
            for (p, paragraph) in article.paragraphs.iter().enumerate() {
                let quoted = found.quotes.iter().any(|q| q.paragraph == Some(p as u32));
                assert_eq!(
                    !paragraph.text.is_empty(),
                    quoted,
                    "¶{p} of {}",
                    article.file_name
                );
            }
        }
        assert!(
            articles.iter().all(|a| !a.title.value.is_empty()),
            "what is printed stays"
        );
        assert_eq!(findings.corpus.labels, whole.corpus.labels);
        assert_eq!(
            findings.story.quote_records(&findings.corpus.articles),
            whole.story.quote_records(&whole.corpus.articles)
        );
        assert_eq!(findings.story.actor_records(), whole.story.actor_records());
        let ids = |l: &Library| (0..l.len()).map(|i| l.id(i)).collect::<Vec<_>>();
        assert_eq!(ids(&findings), ids(&whole), "ids from the text as read");
    }

    #[test]
    fn a_whole_load_sends_no_partial_index_and_goes_no_further_than_asked() {
        let (extract, library) = load(&[], Plan::whole(Stage::Extract));
        assert!(extract.iter().all(|e| !matches!(e, Event::Indexed { .. })));
        let [.., Event::Linked(_), Event::Done { index }] = &extract[..] else {
            panic!("no Linked then Done last");
        };
        assert_eq!(library.story.articles.len(), bundled::SEEDS.len());
        assert!(index.is_none());
        let read = events(&[], Plan::whole(Stage::Read));
        assert!(matches!(read.last(), Some(Event::Done { index: None })));
        assert!(
            read.iter()
                .all(|e| !matches!(e, Event::Extracted(_) | Event::Lend(_) | Event::Linked(_))),
            "nothing extracted, nothing linked"
        );
    }

    #[test]
    fn a_load_nobody_lends_to_stops_instead_of_waiting() {
        let mut sent = Vec::new();
        run(Input::Bundled, Plan::whole(Stage::Extract), &mut |event| {
            sent.push(matches!(event, Event::Lend(_)));
            true // the lend is dropped unanswered
        });
        assert_eq!(sent.last(), Some(&true), "nothing after the unanswered lend");
    }

    #[test]
    fn a_recorded_load_replays_into_a_library_without_lends() {
        let events = record(&[], Plan::READER);
        assert!(events.iter().all(|e| !matches!(e, Event::Lend(_))));
        let mut library = Library::default();
        for event in events {
            library.apply(event);
        }
        let linked = Library::bundled();
        assert_eq!(
            library.story.quote_records(&library.corpus.articles),
            linked.story.quote_records(&linked.corpus.articles)
        );
        assert_eq!(library.story.actor_records(), linked.story.actor_records());
    }

    #[test]
    fn a_load_stops_when_nobody_listens() {
        let mut sent = 0;
        run(Input::Bundled, Plan::READER, &mut |_| {
            sent += 1;
            false
        });
        assert_eq!(sent, 1);
    }
}
