//! Matching a query against candidates: a cheap char-mask and in-order check first, then
//! fuzzy-matcher's skim score, over both cores; ranking picks the top rows instead of sorting
//! every hit; match positions are computed only for rows that are shown.

use std::cmp::Ordering;

use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;
use rayon::prelude::*;

use super::fold::mask;
use super::index::{Candidate, Field, Index};
use super::query::{How, Query, Term};

/// Candidates one task of the parallel pass scores before it checks for cancellation.
const CHUNK: usize = 4096;

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
}

/// The order hits are listed in: best score first, ties in listing order.
pub fn by_rank(a: &Hit, b: &Hit) -> Ordering {
    b.score.cmp(&a.score).then(a.candidate.cmp(&b.candidate))
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

/// Scores candidates against queries. Keys and terms are folded already, so skim runs
/// case-sensitive and does no case work of its own.
pub struct Matcher {
    skim: SkimMatcherV2,
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
        }
    }
}

/// A query with each term's char mask worked out once.
#[derive(Debug, Clone)]
pub struct Prepared<'q> {
    query: &'q Query,
    masks: Vec<u64>,
}

impl<'q> Prepared<'q> {
    /// Prepares `query` for matching.
    pub fn new(query: &'q Query) -> Self {
        let masks = query.terms.iter().map(|t| mask(&t.text)).collect();
        Self { query, masks }
    }
}

impl Matcher {
    /// Every candidate of `index` that matches `query` (only those among `within`, when
    /// given), in listing order. Returns `None` as soon as `cancelled` says so.
    pub fn search(
        &self,
        index: &Index,
        query: &Query,
        within: Option<&[Hit]>,
        cancelled: &(dyn Fn() -> bool + Sync),
    ) -> Option<Vec<Hit>> {
        let query = Prepared::new(query);
        let score = |i: u32| {
            self.score(index, &query, &index.candidates[i as usize])
                .map(|score| Hit { candidate: i, score })
        };
        let chunks: Option<Vec<Vec<Hit>>> = match within {
            Some(hits) => hits
                .par_chunks(CHUNK)
                .map(|chunk| {
                    (!cancelled()).then(|| chunk.iter().filter_map(|h| score(h.candidate)).collect())
                })
                .collect(),
            None => {
                let n = index.candidates.len();
                (0..n.div_ceil(CHUNK))
                    .into_par_iter()
                    .map(|c| {
                        let range = c * CHUNK..((c + 1) * CHUNK).min(n);
                        (!cancelled()).then(|| range.filter_map(|i| score(i as u32)).collect())
                    })
                    .collect()
            }
        };
        Some(chunks?.concat())
    }

    /// How well `candidate` matches, or `None` when it does not.
    pub fn score(&self, index: &Index, query: &Prepared, candidate: &Candidate) -> Option<i64> {
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
        // Cheap checks for every term first (masks, then chars in order or exact matches),
        // so skim's scoring runs only on candidates that match the whole query.
        for (term, &mask) in q.terms.iter().zip(&query.masks) {
            let found = |f: &Field| match term.how {
                How::Fuzzy => in_order(f.key(), &term.text).is_some(),
                _ => exact(f.key(), term).is_some(),
            };
            let matched = (term.negated || mask & !candidate.mask == 0) && candidate.fields.iter().any(found);
            if matched == term.negated {
                return None;
            }
        }
        let mut total = 0;
        for term in q.terms.iter().filter(|t| !t.negated) {
            total += candidate
                .fields
                .iter()
                .filter_map(|f| self.term_score(f.key(), term))
                .max()?;
        }
        Some(total)
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

    fn term_score(&self, key: &str, term: &Term) -> Option<i64> {
        match term.how {
            How::Fuzzy => {
                in_order(key, &term.text)?; // skim is costly even on a miss
                self.skim.fuzzy_match(key, &term.text)
            }
            _ => exact(key, term).map(|_| EXACT_CHAR_SCORE * term.text.chars().count() as i64),
        }
    }
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

/// `Some` when the chars of `pattern` occur in `key` in order: a memchr-speed check that rules
/// out most non-matches before skim's dynamic programming runs.
fn in_order(key: &str, pattern: &str) -> Option<()> {
    let mut rest = key;
    for c in pattern.chars() {
        let at = rest.find(c)?;
        rest = &rest[at + c.len_utf8()..];
    }
    Some(())
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
            .search(index, &Query::parse(query), None, &|| false)
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
    fn a_search_within_earlier_hits_finds_what_a_full_search_does() {
        let index = lines(&["ushakov said", "ushak", "usha", "talks"]);
        let matcher = Matcher::default();
        let first = matcher
            .search(&index, &Query::parse("usha"), None, &|| false)
            .unwrap();
        let narrowed = matcher
            .search(&index, &Query::parse("ushak"), Some(&first), &|| false)
            .unwrap();
        let full = matcher
            .search(&index, &Query::parse("ushak"), None, &|| false)
            .unwrap();
        assert_eq!(narrowed, full);
    }

    #[test]
    fn a_cancelled_search_returns_nothing() {
        let index = lines(&["a"; 10]);
        assert_eq!(
            Matcher::default().search(&index, &Query::parse("a"), None, &|| true),
            None
        );
    }

    #[test]
    fn rank_sorts_only_the_top() {
        let mut hits: Vec<Hit> = (0..100)
            .map(|i| Hit {
                candidate: i,
                score: (i as i64 * 37) % 101,
            })
            .collect();
        let mut sorted = hits.clone();
        sorted.sort_by(by_rank);
        rank(&mut hits, 10);
        assert_eq!(hits[..10], sorted[..10]);
    }
}
