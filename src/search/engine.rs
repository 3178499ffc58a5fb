//! Matching a query against candidates: a cheap char-mask and in-order check first, then
//! fuzzy-matcher's skim score, over both cores; ranking picks the top rows instead of sorting
//! every hit; match positions are computed only for rows that are shown.

use std::cmp::Ordering;

use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;
use rayon::prelude::*;

use super::fold::mask;
use super::index::{Candidate, Index};
use super::query::{How, Query, Term};

/// Candidates one task of the parallel pass scores before it checks for cancellation.
const CHUNK: usize = 4096;

/// Candidates scored between two looks at whether the top hits are settled.
const BLOCK: usize = 8 * CHUNK;

/// What a gap in a greedy match costs at the least: skim's gap start and extension (−3, −1)
/// and the consecutive bonus (at least 4) the char after the gap does not get.
const GAP_LOSS: i64 = 8;

/// The score of a hit that matched but was not scored, because enough hits with the best
/// possible score came before it: it ranks after every scored hit.
pub const UNSCORED: i64 = i64::MIN;

/// What one char of a term matched exactly scores: about what skim gives a char of a
/// consecutive match, so exact and fuzzy terms add up on one scale.
const EXACT_CHAR_SCORE: i64 = 24;

/// A candidate that matches, and how well.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    /// Index into [`Index::candidates`].
    pub candidate: u32,
    /// Higher is better.
    pub score: i64,
    /// The part of `score` the query's last term gave (0 when that term is negated), so the
    /// next keystroke, if it only extends that term, rescores that term alone.
    pub last: i64,
}

/// The order hits are listed in: best score first, ties in listing order.
pub fn by_rank(a: &Hit, b: &Hit) -> Ordering {
    b.score.cmp(&a.score).then(a.candidate.cmp(&b.candidate))
}

/// The `k`-th highest of `scores` (keeping only the best `k` in it), once there are `k`.
fn kth_best(scores: &mut Vec<i64>, k: usize) -> Option<i64> {
    if k == 0 || scores.len() < k {
        return None;
    }
    scores.select_nth_unstable_by(k - 1, |a, b| b.cmp(a));
    scores.truncate(k);
    scores.iter().copied().min()
}

/// Puts the best `top` hits, sorted, at the front of `hits`; the rest stay unordered.
pub fn rank(hits: &mut [Hit], top: usize) {
    if top == 0 {
        return;
    }
    if hits.len() > top {
        hits.select_nth_unstable_by(top - 1, by_rank);
    }
    let top = top.min(hits.len());
    hits[..top].sort_unstable_by(by_rank);
}

/// Passes over more candidates than this score with skim's greedy alignment (fuzzy-matcher's
/// own `simple_match`, fzf's "v1") instead of its optimal one: a query of a letter or two
/// matches nearly everything, and the optimal alignment costs several microseconds a line.
/// Once typing narrows the hits below this, the optimal alignment ranks them.
pub const GREEDY_ABOVE: usize = 2_000;

/// Scores candidates against queries. Keys and terms are folded already, so skim runs
/// case-sensitive and does no case work of its own.
pub struct Matcher {
    /// Skim with its optimal (dynamic programming) alignment.
    skim: SkimMatcherV2,
    /// Skim with its greedy alignment, for passes over very many candidates.
    greedy: SkimMatcherV2,
}

impl std::fmt::Debug for Matcher {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Matcher")
    }
}

impl Default for Matcher {
    fn default() -> Self {
        Self {
            skim: SkimMatcherV2::default().respect_case(),
            // Any alignment matrix is over the limit: always the greedy path.
            greedy: SkimMatcherV2::default().respect_case().element_limit(1),
        }
    }
}

/// A query with each term's char mask worked out once, the alignment it scores with, and
/// the best score it can get.
#[derive(Debug, Clone)]
pub struct Prepared<'q> {
    query: &'q Query,
    masks: Vec<u64>,
    greedy: bool,
    /// Each term's best score (0 for a negated term).
    bests: Vec<i64>,
}

impl<'q> Prepared<'q> {
    /// Prepares `query` for a pass of `matcher` over `candidates` candidates.
    pub fn new(matcher: &Matcher, query: &'q Query, candidates: usize) -> Self {
        let masks = query.terms.iter().map(|t| mask(&t.text)).collect();
        let greedy = candidates > GREEDY_ABOVE;
        // A term's best score is its score against itself: every char matched, consecutive,
        // the first at a word start (the greedy path scores every match as starting one).
        let bests = query
            .terms
            .iter()
            .map(|t| match (t.negated, t.how) {
                (true, _) => 0,
                (false, How::Fuzzy) => matcher.greedy.fuzzy_match(&t.text, &t.text).unwrap_or(0),
                (false, _) => EXACT_CHAR_SCORE * t.text.chars().count() as i64,
            })
            .collect();
        Self {
            query,
            masks,
            greedy,
            bests,
        }
    }

    /// The most a candidate can score in a greedy pass: a term found as one piece can get its
    /// best; one whose chars are apart has a gap, which costs at least [`GAP_LOSS`].
    fn bound(&self, candidate: &Candidate) -> i64 {
        (0..self.query.terms.len())
            .map(|t| self.term_bound(t, candidate))
            .sum()
    }

    /// The most term `t` can add to a candidate's score in a greedy pass (0 when negated).
    fn term_bound(&self, t: usize, candidate: &Candidate) -> i64 {
        let term = &self.query.terms[t];
        let best = self.bests[t];
        if term.negated
            || term.how != How::Fuzzy
            || candidate.fields.iter().any(|f| f.key().contains(&term.text))
        {
            best
        } else {
            best - GAP_LOSS
        }
    }
}

impl Matcher {
    /// Every candidate of `index` that matches `query` (only those among `within`, when
    /// given), in listing order. Returns `None` as soon as `cancelled` says so.
    ///
    /// With `top`, only the best `top` hits need their exact score. A greedy pass keeps the
    /// score of the `top`-th best hit so far; a later candidate whose [`Prepared::bound`] is no
    /// higher cannot rank above it (ties go by listing order), so it is only checked for a
    /// match and given [`UNSCORED`]. Broad first keystrokes over a million lines stay cheap.
    ///
    /// `previous` is the query `within` answered: when the new query only types into its last
    /// term or adds one, a greedy pass checks and scores that term alone.
    ///
    /// `progress` sees the hits found so far after each block, so a caller can show them
    /// before the pass ends.
    #[allow(clippy::too_many_arguments)] // one pass's inputs; a struct would only rename them
    pub fn search(
        &self,
        index: &Index,
        query: &Query,
        within: Option<(&Query, &[Hit])>,
        top: Option<usize>,
        cancelled: &(dyn Fn() -> bool + Sync),
        progress: &mut dyn FnMut(&[Hit]),
    ) -> Option<Vec<Hit>> {
        let previous = within.map(|(query, _)| query);
        let within = within.map(|(_, hits)| hits);
        let len = within.map_or(index.candidates.len(), <[Hit]>::len);
        let query = Prepared::new(self, query, len);
        let reuse = previous
            .and_then(|p| query.query.new_last_term(p))
            .filter(|_| query.greedy);
        let top = top.filter(|_| query.greedy);
        let mut hits = Vec::new();
        let mut best_scores: Vec<i64> = Vec::new();
        let mut threshold = None;
        for block in (0..len).step_by(BLOCK) {
            let end = (block + BLOCK).min(len);
            let chunks: Option<Vec<Vec<Hit>>> = (0..(end - block).div_ceil(CHUNK))
                .into_par_iter()
                .map(|c| {
                    let range = block + c * CHUNK..(block + (c + 1) * CHUNK).min(end);
                    (!cancelled()).then(|| {
                        range
                            .filter_map(|at| match (within, reuse) {
                                (Some(hits), Some(replaces)) => {
                                    self.rescore(index, &query, &hits[at], replaces, threshold)
                                }
                                (Some(hits), None) => self.hit(index, &query, hits[at].candidate, threshold),
                                (None, _) => self.hit(index, &query, at as u32, threshold),
                            })
                            .collect()
                    })
                })
                .collect();
            let before = hits.len();
            for chunk in chunks? {
                hits.extend(chunk);
            }
            if let Some(top) = top {
                let scored = hits[before..].iter().map(|h| h.score).filter(|&s| s != UNSCORED);
                best_scores.extend(scored);
                threshold = kth_best(&mut best_scores, top);
            }
            if end < len {
                progress(&hits);
            }
        }
        Some(hits)
    }

    /// The hits of `query` over all of `index` in one pass, the best `limit` (or every hit)
    /// sorted best first: what `parallax search` prints, and what the prompt must show however
    /// the query was typed.
    pub fn ranked(&self, index: &Index, query: &Query, limit: Option<usize>) -> Vec<Hit> {
        let mut hits = self
            .search(index, query, None, limit, &|| false, &mut |_| {})
            .unwrap_or_default();
        let limit = limit.unwrap_or(usize::MAX).min(hits.len());
        rank(&mut hits, limit);
        hits.truncate(limit);
        hits
    }

    /// The items (each a few texts: a title and its outlet, a quote and its speaker…) that
    /// match `query`, by index, in their own order: a list filtered as the user types.
    pub fn filter<'t>(&self, query: &Query, items: impl IntoIterator<Item = Vec<&'t str>>) -> Vec<usize> {
        let index = Index::default();
        let prepared = Prepared::new(self, query, 0);
        items
            .into_iter()
            .enumerate()
            .filter(|(_, texts)| {
                let candidate = Candidate::list_item(texts.iter().copied());
                self.score(&index, &prepared, &candidate).is_some()
            })
            .map(|(i, _)| i)
            .collect()
    }

    /// Candidate `i` as a hit, if it matches: scored, or [`UNSCORED`] when its bound cannot
    /// beat `threshold`.
    fn hit(&self, index: &Index, query: &Prepared, i: u32, threshold: Option<i64>) -> Option<Hit> {
        let candidate = &index.candidates[i as usize];
        let (score, last) = match threshold {
            Some(floor) if query.bound(candidate) <= floor => {
                (self.matches(index, query, candidate).then_some(UNSCORED)?, 0)
            }
            _ => self.scores(index, query, candidate)?,
        };
        Some(Hit {
            candidate: i,
            score,
            last,
        })
    }

    /// `old`, a hit of the previous query, for a query whose only new term is its last (one
    /// that `replaces` the previous last term, or was added): the other terms matched and
    /// scored as before, so only the last is checked and scored.
    fn rescore(
        &self,
        index: &Index,
        query: &Prepared,
        old: &Hit,
        replaces: bool,
        threshold: Option<i64>,
    ) -> Option<Hit> {
        let candidate = &index.candidates[old.candidate as usize];
        let t = query.query.terms.len() - 1;
        let term = &query.query.terms[t];
        if query.masks[t] & !candidate.mask != 0 {
            return None;
        }
        let windows: Vec<Window> = candidate
            .fields
            .iter()
            .filter_map(|f| term_window(f.key(), term, query.greedy))
            .collect();
        if windows.is_empty() {
            return None;
        }
        let unscored = Hit {
            score: UNSCORED,
            last: 0,
            ..*old
        };
        if old.score == UNSCORED {
            if threshold.is_some_and(|floor| query.bound(candidate) <= floor) {
                return Some(unscored);
            }
            return self.hit(index, query, old.candidate, threshold);
        }
        // The other terms' scores are known: only the last term's part is bounded.
        let kept = if replaces { old.score - old.last } else { old.score };
        if threshold.is_some_and(|floor| kept + query.term_bound(t, candidate) <= floor) {
            return Some(unscored);
        }
        let last = windows
            .into_iter()
            .filter_map(|w| self.window_score(query, t, w))
            .max()?;
        Some(Hit {
            candidate: old.candidate,
            score: kept + last,
            last,
        })
    }

    /// How well `candidate` matches, or `None` when it does not.
    pub fn score(&self, index: &Index, query: &Prepared, candidate: &Candidate) -> Option<i64> {
        self.scores(index, query, candidate).map(|(total, _)| total)
    }

    /// How well `candidate` matches, and what the last term gave of that.
    fn scores(&self, index: &Index, query: &Prepared, candidate: &Candidate) -> Option<(i64, i64)> {
        self.admits(index, query, candidate)?;
        // Every term's windows first (a cheap in-order scan), so skim runs only on candidates
        // that match the whole query.
        let mut windows = Vec::with_capacity(query.query.terms.len() * candidate.fields.len());
        for (t, term) in query.query.terms.iter().enumerate().filter(|(_, t)| !t.negated) {
            let before = windows.len();
            windows.extend(
                candidate
                    .fields
                    .iter()
                    .filter_map(|f| term_window(f.key(), term, query.greedy))
                    .map(|w| (t, w)),
            );
            if windows.len() == before {
                return None;
            }
        }
        let mut best = vec![None; query.query.terms.len()];
        for (t, window) in windows {
            best[t] = best[t].max(self.window_score(query, t, window));
        }
        let last = best.last().copied().flatten().unwrap_or(0);
        Some((best.into_iter().flatten().sum(), last))
    }

    /// What term `t` scores where it matched.
    fn window_score(&self, query: &Prepared, t: usize, window: Window) -> Option<i64> {
        let term = &query.query.terms[t];
        match window {
            Window::Exact => Some(query.bests[t]),
            // A greedy match that is the term's own text scores the term's best.
            Window::Fuzzy(w) if query.greedy && w == term.text => Some(query.bests[t]),
            Window::Fuzzy(w) if query.greedy => self.greedy.fuzzy_match(w, &term.text),
            Window::Fuzzy(w) => self.skim.fuzzy_match(w, &term.text),
        }
    }

    /// True when `candidate` matches: its kind, speaker and outlet answer the qualifiers, each
    /// term's chars occur in order (or exactly) in one of its fields, no negated term does.
    /// Skim's scores exist exactly when its chars occur in order, so this decides a match
    /// without scoring it.
    fn matches(&self, index: &Index, query: &Prepared, candidate: &Candidate) -> bool {
        self.admits(index, query, candidate).is_some()
            && query.query.terms.iter().filter(|t| !t.negated).all(|term| {
                candidate
                    .fields
                    .iter()
                    .any(|f| term_window(f.key(), term, query.greedy).is_some())
            })
    }

    /// `Some` when the qualifiers admit `candidate`, every term's bytes are in its mask and no
    /// negated term occurs in it: the checks that need no scan for the terms.
    fn admits(&self, index: &Index, query: &Prepared, candidate: &Candidate) -> Option<()> {
        let q = query.query;
        if q.kinds
            .as_ref()
            .is_some_and(|kinds| !kinds.contains(&candidate.kind))
            || q.article.is_some_and(|a| candidate.article != Some(a))
        {
            return None;
        }
        if !q.by.is_empty() {
            let speaker = candidate.speaker.as_deref()?;
            if !q.by.iter().all(|v| speaker.contains(v.as_str())) {
                return None;
            }
        }
        if !q.within.is_empty() {
            let keys = index.articles.get(candidate.article?)?;
            if !q.within.iter().all(|v| keys.answers_to(v)) {
                return None;
            }
        }
        for (term, &mask) in q.terms.iter().zip(&query.masks) {
            let excluded = match term.negated {
                true => candidate.fields.iter().any(|f| exact(f.key(), term).is_some()),
                false => mask & !candidate.mask != 0,
            };
            if excluded {
                return None;
            }
        }
        Some(())
    }

    /// The char positions each of `candidate`'s fields matches `query` at, for highlighting.
    pub fn positions(&self, query: &Query, candidate: &Candidate) -> Vec<Vec<usize>> {
        candidate
            .fields
            .iter()
            .map(|field| self.key_positions(query, field.key()))
            .collect()
    }

    /// The char positions of any `text` that `query`'s terms match, for highlighting text
    /// that is not a candidate (a name in a title).
    pub fn text_positions(&self, query: &Query, text: &str) -> Vec<usize> {
        self.key_positions(query, &super::fold::folded(text))
    }

    fn key_positions(&self, query: &Query, key: &str) -> Vec<usize> {
        let mut at: Vec<usize> = query
            .terms
            .iter()
            .filter(|t| !t.negated)
            .flat_map(|term| match term.how {
                How::Fuzzy => self.skim.fuzzy_indices(key, &term.text).map(|(_, at)| at),
                How::Exact => Some(
                    key.match_indices(term.text.as_str())
                        .flat_map(|(byte, _)| chars_at(key, byte, &term.text))
                        .collect(),
                ),
                _ => exact(key, term).map(|byte| chars_at(key, byte, &term.text).collect()),
            })
            .flatten()
            .collect();
        at.sort_unstable();
        at.dedup();
        at
    }
}

/// Where a term matches a key, as far as scoring needs to know.
enum Window<'k> {
    /// An exact, prefix, suffix or whole-field term matched: it scores its fixed best.
    Exact,
    /// A fuzzy term's chars occur in order: skim scores this part of the key.
    Fuzzy(&'k str),
}

/// Where `term` matches `key`, or `None` when it does not.
fn term_window<'k>(key: &'k str, term: &Term, greedy: bool) -> Option<Window<'k>> {
    match term.how {
        How::Fuzzy => window(key, &term.text, greedy).map(Window::Fuzzy),
        _ => exact(key, term).map(|_| Window::Exact),
    }
}

/// The part of `key` that skim's score for `pattern` depends on, or `None` when the pattern's
/// chars do not occur in order. Skim's cost grows with the text it is given, so it gets only
/// this. For the optimal alignment: from the char before the first char's first occurrence
/// (whose kind sets that char's bonus) to the last occurrence of the last char, which scores
/// exactly as the whole key does. For the greedy alignment: the leftmost in-order match
/// itself (skim 0.3.7's greedy path mixes up slice and line offsets when the match does not
/// start the text it is given; starting it there scores the alignment as intended).
fn window<'k>(key: &'k str, pattern: &str, greedy: bool) -> Option<&'k str> {
    let span = in_order(key, pattern)?;
    if greedy {
        return Some(&key[span]);
    }
    let start = key[..span.start].char_indices().next_back().map_or(0, |(i, _)| i);
    let last = pattern.chars().next_back()?;
    let end = key.rfind(last).map_or(span.end, |i| i + last.len_utf8());
    Some(&key[start..end])
}

/// The char positions of `text` found at byte `byte` of `key`.
fn chars_at(key: &str, byte: usize, text: &str) -> std::ops::Range<usize> {
    let start = key[..byte].chars().count();
    start..start + text.chars().count()
}

/// The byte offset where a non-fuzzy `term` matches `key`.
fn exact(key: &str, term: &Term) -> Option<usize> {
    let text = term.text.as_str();
    match term.how {
        How::Fuzzy | How::Exact => key.find(text),
        How::Prefix => key.starts_with(text).then_some(0),
        How::Suffix => key.ends_with(text).then(|| key.len() - text.len()),
        How::Whole => (key == text).then_some(0),
    }
}

/// The byte range of the leftmost match of `pattern`'s chars in order in `key` (from its
/// first char to its last), or `None` when there is none: a memchr-speed check that rules out
/// most non-matches before skim runs.
fn in_order(key: &str, pattern: &str) -> Option<std::ops::Range<usize>> {
    let mut at = 0;
    let mut start = None;
    for c in pattern.chars() {
        let found = at + key[at..].find(c)?;
        start.get_or_insert(found);
        at = found + c.len_utf8();
    }
    Some(start.unwrap_or(0)..at)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(lines: &[&str]) -> Index {
        Index::from_lines(lines.iter().map(|l| l.to_string()))
    }

    fn found_any_order(index: &Index, query: &str) -> Vec<u32> {
        let mut found = found(index, query);
        found.sort_unstable();
        found
    }

    fn found(index: &Index, query: &str) -> Vec<u32> {
        let mut hits = Matcher::default()
            .search(index, &Query::parse(query), None, None, &|| false, &mut |_| {})
            .unwrap();
        rank(&mut hits, usize::MAX);
        hits.iter().map(|h| h.candidate).collect()
    }

    #[test]
    fn every_term_must_match_in_any_order() {
        let index = lines(&[
            "a compromise on territory was discussed",
            "territory is not for sale",
            "no compromise, he said",
        ]);
        assert_eq!(found(&index, "compromise territory"), [0]);
        assert_eq!(found(&index, "territory compromise"), [0]);
        assert_eq!(found(&index, "terr"), [1, 0]);
    }

    #[test]
    fn atoms_match_exactly_at_their_anchor_or_not_at_all() {
        let index = lines(&["peace talks", "talks on peace", "peacekeepers", "pace"]);
        assert_eq!(found_any_order(&index, "'peace"), [0, 1, 2]);
        assert_eq!(found_any_order(&index, "^peace"), [0, 2]);
        assert_eq!(found_any_order(&index, "peace$"), [1]);
        assert_eq!(found_any_order(&index, "^pace$"), [3]);
        assert_eq!(found_any_order(&index, "pce !talks"), [2, 3]);
        assert_eq!(found_any_order(&index, "!^peace"), [1, 3]);
    }

    #[test]
    fn matching_ignores_case_accents_and_curly_quotes() {
        let index = lines(&["Pedro Sánchez said “no”", "SANCHEZ"]);
        assert_eq!(found(&index, "sanchez \"no\""), [0]);
        assert_eq!(found_any_order(&index, "Sánchez"), [0, 1]);
    }

    #[test]
    fn ties_keep_listing_order_and_better_matches_rank_first() {
        let index = lines(&["xa xb", "ab", "ab"]);
        assert_eq!(found(&index, "ab"), [1, 2, 0]);
    }

    #[test]
    fn empty_query_matches_everything_in_order() {
        assert_eq!(found(&lines(&["b", "a"]), ""), [0, 1]);
    }

    #[test]
    fn positions_are_chars_not_bytes() {
        let index = lines(&["“Zelenskyy” said"]);
        let at = Matcher::default().positions(&Query::parse("zel said"), &index.candidates[0]);
        // The opening mark is one char of three bytes: Z is char 1.
        assert_eq!(at[0][..3], [1, 2, 3]);
        assert!(at[0].ends_with(&[12, 13, 14, 15]));
    }

    #[test]
    fn exact_terms_highlight_every_occurrence() {
        let index = lines(&["talks, talks and talks"]);
        let at = Matcher::default().positions(&Query::parse("'talks"), &index.candidates[0]);
        assert_eq!(at[0].len(), 15);
        assert_eq!(at[0][5..10], [7, 8, 9, 10, 11]);
    }

    #[test]
    fn typing_on_within_earlier_hits_finds_and_scores_what_a_full_search_does() {
        // Enough matching lines that every pass is greedy, where typing into the last term
        // rescores it alone; the words vary so that scores differ.
        let words = [
            "putin",
            "said",
            "constructive",
            "talks",
            "con",
            "sad",
            "pu tin",
            "the",
        ];
        let lines: Vec<String> = (0..3 * GREEDY_ABOVE)
            .map(|i| match i % 3 {
                0 => "ushakov and the talks".to_string(),
                _ => {
                    let mut line: Vec<&str> = (0..4)
                        .map(|k| words[(i * 7 + k * k * 3 + i / 5) % words.len()])
                        .collect();
                    line.extend(["putin", "said", "con"]);
                    line.rotate_left(i % 5);
                    line.join(" ")
                }
            })
            .collect();
        let index = Index::from_lines(lines);
        let matcher = Matcher::default();
        let search = |query: &Query, within: Option<(&Query, &[Hit])>| {
            matcher
                .search(&index, query, within, None, &|| false, &mut |_| {})
                .unwrap()
        };
        let session = "putin said con !x";
        let mut previous: Option<(Query, Vec<Hit>)> = None;
        for end in 1..=session.len() {
            let query = Query::parse(&session[..end]);
            let within = previous
                .as_ref()
                .filter(|(q, _)| query.refines(q))
                .map(|(q, h)| (q, h.as_slice()));
            let narrowed = search(&query, within);
            assert_eq!(narrowed, search(&query, None), "{:?}", query.raw);
            assert!(
                narrowed.len() > GREEDY_ABOVE,
                "every pass greedy: {}",
                narrowed.len()
            );
            previous = Some((query, narrowed));
        }
    }

    #[test]
    fn a_list_filter_keeps_the_list_order() {
        let items = [
            vec!["Talks in Moscow", "AP"],
            vec!["Peace talks", "Reuters"],
            vec!["Sport", "AP"],
        ];
        let filter = |q: &str| Matcher::default().filter(&Query::parse(q), items.iter().cloned());
        assert_eq!(filter("talks"), [0, 1]);
        assert_eq!(filter("ap"), [0, 2]);
        assert_eq!(filter("!sport"), [0, 1]);
        assert_eq!(filter(""), [0, 1, 2]);
    }

    #[test]
    fn skim_scores_the_window_as_it_scores_the_whole_key() {
        let lines = [
            "ushakov said the talks were useful, substantive and constructive",
            "a compromise on territory hasn't been found, ushakov told reporters",
            "usual suspects: us, them, and the usher",
            "x",
            "abcabcabc",
            "the talks—“constructive”—went on",
            "ü ünited ßtates",
        ];
        let patterns = [
            "u", "us", "ush", "ushak", "tal", "c", "abc", "ac", "on", "ü", "st", "cons", "zz",
        ];
        let matcher = Matcher::default();
        for line in lines {
            let key = super::super::fold::folded(line);
            for pattern in patterns {
                let whole = matcher.skim.fuzzy_match(&key, pattern);
                let windowed =
                    window(&key, pattern, false).and_then(|w| matcher.skim.fuzzy_match(w, pattern));
                assert_eq!(windowed, whole, "{pattern:?} in {key:?}");
                // The greedy path scores the same lines (its scores differ: see `window`).
                let greedy = window(&key, pattern, true).and_then(|w| matcher.greedy.fuzzy_match(w, pattern));
                assert_eq!(greedy.is_some(), whole.is_some(), "{pattern:?} in {key:?}");
            }
        }
    }

    #[test]
    fn no_greedy_score_beats_its_bound() {
        let matcher = Matcher::default();
        let lines = [
            "ushakov said",
            "the usher's brush",
            "u.s. officials",
            "Use us",
            "ussr",
            "s..said",
            "u-s-h",
            "constructive talks, putin said",
            "c o n s",
            "a compromise hasn't been found",
        ];
        for query in [
            "u",
            "us",
            "ush",
            "'us",
            "u s",
            "^us",
            "us$",
            "said",
            "cons putin",
            "cmp",
        ] {
            let query = Query::parse(query);
            let prepared = Prepared::new(&matcher, &query, GREEDY_ABOVE + 1);
            for line in lines {
                let candidate = Candidate::list_item([line]);
                if let Some(score) = matcher.score(&Index::default(), &prepared, &candidate) {
                    let bound = prepared.bound(&candidate);
                    assert!(score <= bound, "{:?} in {line:?}: {score} > {bound}", query.raw);
                }
            }
        }
    }

    #[test]
    fn a_search_for_the_top_rows_ranks_them_as_a_full_search_does() {
        let lines: Vec<String> = (0..GREEDY_ABOVE + 50_000)
            .map(|i| match i % 3 {
                0 => format!("line {i}: ushakov said"),
                1 => format!("line {i}: a usual thing"),
                _ => format!("line {i}: nothing here"),
            })
            .collect();
        let index = Index::from_lines(lines);
        let matcher = Matcher::default();
        let query = Query::parse("us");
        let mut full = matcher
            .search(&index, &query, None, None, &|| false, &mut |_| {})
            .unwrap();
        let mut top = matcher
            .search(&index, &query, None, Some(50), &|| false, &mut |_| {})
            .unwrap();
        assert_eq!(top.len(), full.len(), "every match is found");
        assert!(
            top.iter().any(|h| h.score == UNSCORED),
            "the pass stopped scoring"
        );
        rank(&mut full, 50);
        rank(&mut top, 50);
        assert_eq!(top[..50], full[..50]);
    }

    #[test]
    fn a_long_pass_reports_the_hits_found_so_far() {
        let index = Index::from_lines((0..3 * BLOCK).map(|i| format!("line {i}")));
        let mut seen = Vec::new();
        let hits = Matcher::default()
            .search(
                &index,
                &Query::parse("line"),
                None,
                None,
                &|| false,
                &mut |found| seen.push(found.len()),
            )
            .unwrap();
        assert_eq!(seen, [BLOCK, 2 * BLOCK], "after each block but the last");
        assert_eq!(hits.len(), 3 * BLOCK);
    }

    #[test]
    fn a_cancelled_search_returns_nothing() {
        let index = lines(&["a"; 10]);
        assert_eq!(
            Matcher::default().search(&index, &Query::parse("a"), None, None, &|| true, &mut |_| {}),
            None
        );
    }

    #[test]
    fn rank_sorts_only_the_top() {
        let mut hits: Vec<Hit> = (0..100)
            .map(|i| Hit {
                candidate: i,
                score: (i as i64 * 37) % 101,
                last: 0,
            })
            .collect();
        let mut sorted = hits.clone();
        sorted.sort_by(by_rank);
        rank(&mut hits, 10);
        assert_eq!(hits[..10], sorted[..10]);
    }
}
