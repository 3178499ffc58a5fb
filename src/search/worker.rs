//! Search off the draw path: a thread that runs the newest query, abandons a pass as soon as a
//! newer query arrives, narrows within the previous hits when the user typed on, and tells
//! the app when results are ready.

use std::collections::VecDeque;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Condvar, Mutex, PoisonError};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use super::engine::{Hit, Matcher, rank};
use super::index::Index;
use super::query::Query;

/// How many hits are ranked (sorted) for display; the rest are kept, unordered, so that the
/// next keystroke can narrow within them.
pub const RANKED: usize = 1000;

/// How often a long pass shows the best hits found so far: about a frame.
const FRAME: Duration = Duration::from_millis(16);

/// The answer to one query.
#[derive(Debug, Clone)]
pub struct Results {
    /// The request this answers (see [`Searcher::submit`]).
    pub generation: u64,
    /// The query.
    pub query: Query,
    /// Every hit; the first `ranked` are sorted best first.
    pub hits: Vec<Hit>,
    /// How many hits at the front are in rank order.
    pub ranked: usize,
    /// False for the best hits found so far while the pass goes on (only those are held).
    pub complete: bool,
    /// The index the hits point into (a story still loading gets a larger one later).
    pub index: Arc<Index>,
}

/// A function the worker calls when new results are ready (to wake the event loop).
pub type Notify = Box<dyn Fn() + Send>;

/// The last few complete results, newest first: a new query narrows the smallest one it
/// refines, so deleting a letter or retyping a negated term does not rescan everything.
#[derive(Debug, Default, Clone)]
pub struct Recent {
    entries: VecDeque<Arc<Results>>,
}

impl Recent {
    /// How many results are kept.
    const KEPT: usize = 6;
    /// Results with more hits than this are kept only while newest (memory at a million lines).
    const MAX_OLD_HITS: usize = 250_000;

    /// Keeps `results` as the newest.
    pub fn push(&mut self, results: Arc<Results>) {
        self.entries.push_front(results);
        let mut kept = 0;
        self.entries.retain(|r| {
            kept += 1;
            kept == 1 || (kept <= Self::KEPT && r.hits.len() <= Self::MAX_OLD_HITS)
        });
    }

    /// The newest results.
    pub fn newest(&self) -> Option<&Arc<Results>> {
        self.entries.front()
    }

    /// The kept results with the fewest hits that `query` refines: what to search within.
    pub fn narrowest(&self, query: &Query) -> Option<&Arc<Results>> {
        self.entries
            .iter()
            .filter(|r| query.refines(&r.query))
            .min_by_key(|r| r.hits.len())
    }
}

struct State {
    /// What is searched: replaced as a loading story grows.
    index: Arc<Index>,
    request: Option<(u64, Query)>,
    /// The last complete results: what the next keystrokes narrow.
    recent: Recent,
    /// The newest results to show: complete, or the best so far of a pass still running.
    shown: Option<Arc<Results>>,
    notify: Option<Notify>,
    stop: bool,
}

struct Shared {
    state: Mutex<State>,
    /// Signalled when a request arrives or the worker must stop.
    requested: Condvar,
    /// Signalled when results are stored.
    answered: Condvar,
    /// The newest request's generation: a running pass for an older one gives up.
    latest: AtomicU64,
}

/// The handle the app keeps: submit queries, read the latest results.
pub struct Searcher {
    shared: Arc<Shared>,
    thread: Option<JoinHandle<()>>,
}

impl std::fmt::Debug for Searcher {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Searcher")
            .field("latest", &self.shared.latest.load(Ordering::Relaxed))
            .finish()
    }
}

impl Searcher {
    /// Starts a worker over `index`.
    pub fn new(index: Arc<Index>) -> Self {
        let shared = Arc::new(Shared {
            state: Mutex::new(State {
                index,
                request: None,
                recent: Recent::default(),
                shown: None,
                notify: None,
                stop: false,
            }),
            requested: Condvar::new(),
            answered: Condvar::new(),
            latest: AtomicU64::new(0),
        });
        let worker = Arc::clone(&shared);
        let thread = std::thread::Builder::new()
            .name("search".into())
            .spawn(move || work(&worker))
            .ok();
        Self { shared, thread }
    }

    /// Searches `index` from the next request on (earlier results keep pointing into theirs).
    pub fn set_index(&self, index: Arc<Index>) {
        let mut state = self.lock();
        state.index = index;
        state.recent = Recent::default(); // hits of another index narrow nothing here
    }

    /// Sets what the worker calls when results are ready.
    pub fn set_notify(&self, notify: Notify) {
        self.lock().notify = Some(notify);
    }

    /// Asks for `query`'s hits; returns the request's generation. A pass still running for an
    /// earlier request is abandoned.
    pub fn submit(&self, query: Query) -> u64 {
        let generation = self.shared.latest.fetch_add(1, Ordering::SeqCst) + 1;
        self.lock().request = Some((generation, query));
        self.shared.requested.notify_one();
        generation
    }

    /// The newest results to show, if any: complete, or the best so far of a running pass.
    pub fn results(&self) -> Option<Arc<Results>> {
        self.lock().shown.clone()
    }

    /// Waits until the newest request is answered in full and returns its results (for tests
    /// and benchmarks, which have nothing else to do meanwhile).
    pub fn wait(&self) -> Option<Arc<Results>> {
        let latest = self.shared.latest.load(Ordering::SeqCst);
        let mut state = self.lock();
        while state.recent.newest().is_none_or(|r| r.generation < latest) && self.thread.is_some() {
            state = self
                .shared
                .answered
                .wait(state)
                .unwrap_or_else(PoisonError::into_inner);
        }
        state.recent.newest().cloned()
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, State> {
        self.shared.state.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

impl Drop for Searcher {
    fn drop(&mut self) {
        self.lock().stop = true;
        self.shared.requested.notify_one();
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// The worker's loop: take the newest request, search, store, notify.
fn work(shared: &Shared) {
    let matcher = Matcher;
    loop {
        let (generation, query, previous, index) = {
            let mut state = shared.state.lock().unwrap_or_else(PoisonError::into_inner);
            loop {
                if state.stop {
                    return;
                }
                if let Some((generation, query)) = state.request.take() {
                    let previous = state.recent.narrowest(&query).cloned();
                    break (generation, query, previous, Arc::clone(&state.index));
                }
                state = shared
                    .requested
                    .wait(state)
                    .unwrap_or_else(PoisonError::into_inner);
            }
        };
        let within = previous.as_ref().map(|p| (&p.query, p.hits.as_slice()));
        let cancelled = || shared.latest.load(Ordering::Relaxed) != generation;
        let mut shown_at = Instant::now();
        let mut progress = |found: &[Hit]| {
            if shown_at.elapsed() < FRAME {
                return;
            }
            let mut best = found.to_vec();
            rank(&mut best, RANKED);
            best.truncate(RANKED);
            publish(shared, Results::new(generation, &query, best, false, &index));
            shown_at = Instant::now();
        };
        let Some(hits) = matcher.search(&index, &query, within, &cancelled, &mut progress) else {
            continue;
        };
        publish(shared, Results::new(generation, &query, hits, true, &index));
    }
}

impl Results {
    /// The answer to request `generation` for `query`: `hits` into `index`, with the best
    /// [`RANKED`] ranked.
    pub fn new(
        generation: u64,
        query: &Query,
        mut hits: Vec<Hit>,
        complete: bool,
        index: &Arc<Index>,
    ) -> Arc<Self> {
        rank(&mut hits, RANKED);
        Arc::new(Self {
            generation,
            query: query.clone(),
            ranked: hits.len().min(RANKED),
            hits,
            complete,
            index: Arc::clone(index),
        })
    }
}

/// Makes `results` the ones shown (and, when complete, the ones the next keystroke narrows),
/// then wakes whoever waits.
fn publish(shared: &Shared, results: Arc<Results>) {
    let mut state = shared.state.lock().unwrap_or_else(PoisonError::into_inner);
    if results.complete {
        state.recent.push(Arc::clone(&results));
    }
    state.shown = Some(results);
    shared.answered.notify_all();
    if let Some(notify) = &state.notify {
        notify();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn searcher(lines: &[&str]) -> Searcher {
        Searcher::new(Arc::new(Index::from_lines(lines.iter().map(|l| l.to_string()))))
    }

    #[test]
    fn answers_the_newest_query() {
        let searcher = searcher(&["ushakov said", "witkoff said", "talks"]);
        searcher.submit(Query::parse("wit"));
        let generation = searcher.submit(Query::parse("said"));
        let results = searcher.wait().unwrap();
        assert_eq!(results.generation, generation);
        assert_eq!(results.query.raw, "said");
        assert_eq!(results.hits.len(), 2);
    }

    #[test]
    fn typing_on_narrows_and_deleting_widens_again() {
        let searcher = searcher(&["ushakov", "usha", "talks"]);
        for (query, expected) in [("u", 2), ("usha", 2), ("ushak", 1), ("usha", 2), ("", 3)] {
            searcher.submit(Query::parse(query));
            assert_eq!(searcher.wait().unwrap().hits.len(), expected, "{query:?}");
        }
    }

    #[test]
    fn a_new_query_narrows_the_smallest_recent_results_it_refines() {
        let mut recent = Recent::default();
        let hits = |n: u32| {
            (0..n)
                .map(|candidate| Hit {
                    candidate,
                    score: 0,
                    last: 0,
                })
                .collect()
        };
        for (raw, n) in [("k", 50), ("kremlin ", 10), ("kremlin !u", 8), ("kremlin !uk", 9)] {
            recent.push(Results::new(
                0,
                &Query::parse(raw),
                hits(n),
                true,
                &Arc::default(),
            ));
        }
        // `!ukr` does not narrow `!uk`, but it narrows "kremlin ".
        let within = recent.narrowest(&Query::parse("kremlin !ukr")).unwrap();
        assert_eq!(within.query.raw, "kremlin ");
        assert_eq!(
            recent.narrowest(&Query::parse("x")).map(|r| r.query.raw.clone()),
            None
        );
        assert_eq!(recent.newest().unwrap().query.raw, "kremlin !uk");
    }

    #[test]
    fn a_new_index_is_searched_from_the_next_request_and_results_say_which() {
        let searcher = searcher(&["talks", "ushakov"]);
        searcher.submit(Query::parse("ushakov"));
        let first = searcher.wait().unwrap();
        assert_eq!(first.hits.len(), 1);
        let grown = Arc::new(Index::from_lines(
            ["ushakov said", "talks", "ushakov"].map(String::from),
        ));
        searcher.set_index(Arc::clone(&grown));
        searcher.submit(Query::parse("ushakov"));
        let second = searcher.wait().unwrap();
        assert_eq!(second.hits.len(), 2, "searched afresh, not within the old hits");
        assert!(Arc::ptr_eq(&second.index, &grown));
        assert!(!Arc::ptr_eq(&first.index, &grown));
    }

    #[test]
    fn notifies_when_results_are_ready() {
        let (tx, rx) = std::sync::mpsc::channel();
        let searcher = searcher(&["a"]);
        searcher.set_notify(Box::new(move || _ = tx.send(())));
        searcher.submit(Query::parse("a"));
        assert_eq!(rx.recv(), Ok(()));
    }
}
