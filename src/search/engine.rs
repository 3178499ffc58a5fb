//! Matching a query against candidates, over both cores: a cheap char-mask check first, then
//! each term looked for as one piece, ranked by where it stands (a whole word, the start of a
//! word, inside a word), or, for a fuzzy term, as its letters in order within two neighbouring
//! words, which ranks below any piece (scored as fzf's v1 scores an alignment). Ranking picks the top
//! rows instead of sorting every hit; match positions are computed only for rows shown.

use std::cmp::Ordering;
use std::ops::Range;

use rayon::prelude::*;

use super::fold::{fold_into, folded_mask, mask};
use super::index::{Candidate, Index, Kind};
use super::query::{How, Query, Term};

/// Candidates one task of the parallel pass scores before it checks for cancellation.
const CHUNK: usize = 4096;

/// Candidates scored between two reports of the hits found so far.
const BLOCK: usize = 8 * CHUNK;

/// What a term scores for each rank of where it matched as one piece: a whole word scores
/// three of these, the start of a word two, the inside of a word one, and within a rank a
/// shorter field scores more (fzf's length tiebreak). Letters found apart score less than one
/// (see [`spread_score`]), so a piece always ranks above scattered letters.
const TIER: i64 = 1 << 16;

/// The most words a fuzzy term's letters may spread over: an abbreviation (`vput` for Vladimir
/// Putin) still matches, letters picked from across a long sentence do not (fzf's shape).
const SPREAD_WORDS: usize = 2;

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

/// Scores candidates against queries. Keys and terms are folded already, so matching is
/// plain char comparison. It holds no state: a score depends only on the query and the
/// candidate, never on what was scored before (skim's cached matrix broke that).
#[derive(Debug, Clone, Copy, Default)]
pub struct Matcher;

/// A query with each term's char mask worked out once.
#[derive(Debug, Clone)]
pub struct Prepared<'q> {
    query: &'q Query,
    masks: Vec<u64>,
}

impl<'q> Prepared<'q> {
    /// Prepares `query` for a pass.
    pub fn new(query: &'q Query) -> Self {
        let masks = query.terms.iter().map(|t| mask(&t.text)).collect();
        Self { query, masks }
    }
}

impl Matcher {
    /// Every candidate of `index` that matches `query` (only those among `within`, when
    /// given), in listing order. Returns `None` as soon as `cancelled` says so.
    ///
    /// A hit's score never depends on the pass (how many candidates, which were looked at
    /// first), so typed and pasted queries agree.
    ///
    /// `previous` is the query `within` answered: when the new query only types into its last
    /// term or adds one, only that term is checked and scored.
    ///
    /// `progress` sees the hits found so far after each block, so a caller can show them
    /// before the pass ends.
    pub fn search(
        &self,
        index: &Index,
        query: &Query,
        within: Option<(&Query, &[Hit])>,
        cancelled: &(dyn Fn() -> bool + Sync),
        progress: &mut dyn FnMut(&[Hit]),
    ) -> Option<Vec<Hit>> {
        let previous = within.map(|(query, _)| query);
        let within = within.map(|(_, hits)| hits);
        let len = within.map_or(index.candidates.len(), <[Hit]>::len);
        let query = Prepared::new(query);
        let reuse = previous.and_then(|p| query.query.new_last_term(p));
        let mut hits = Vec::new();
        for block in (0..len).step_by(BLOCK) {
            let end = (block + BLOCK).min(len);
            let chunks: Option<Vec<Vec<Hit>>> = (0..(end - block).div_ceil(CHUNK))
                .into_par_iter()
                .map(|c| {
                    let range = block + c * CHUNK..(block + (c + 1) * CHUNK).min(end);
                    (!cancelled()).then(|| {
                        let mut scratch = String::new();
                        range
                            .filter_map(|at| match (within, reuse) {
                                (Some(hits), Some(replaces)) => {
                                    self.rescore(&query, &hits[at], index, replaces, &mut scratch)
                                }
                                (Some(hits), None) => {
                                    self.hit(index, &query, hits[at].candidate, &mut scratch)
                                }
                                (None, _) => self.hit(index, &query, at as u32, &mut scratch),
                            })
                            .collect()
                    })
                })
                .collect();
            for chunk in chunks? {
                hits.extend(chunk);
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
            .search(index, query, None, &|| false, &mut |_| {})
            .unwrap_or_default();
        let limit = limit.unwrap_or(usize::MAX).min(hits.len());
        rank(&mut hits, limit);
        hits.truncate(limit);
        hits
    }

    /// The items (each a few texts: a title and its outlet, a quote and its speaker…) that
    /// match `query`, by index, in their own order: a list filtered as the user types.
    pub fn filter<'t>(&self, query: &Query, items: impl IntoIterator<Item = Vec<&'t str>>) -> Vec<usize> {
        let prepared = Prepared::new(query);
        let mut scratch = String::new();
        items
            .into_iter()
            .enumerate()
            .filter(|(_, texts)| self.score_texts(&prepared, texts, &mut scratch).is_some())
            .map(|(i, _)| i)
            .collect()
    }

    /// How well texts that are no candidate of an index match (an item of a list, a line of
    /// input), as a candidate of kind text of those texts would, or `None` when they do not;
    /// `scratch` holds their folded forms meanwhile.
    pub fn score_texts(&self, query: &Prepared, texts: &[&str], scratch: &mut String) -> Option<i64> {
        let mask = texts.iter().fold(0, |m, text| m | folded_mask(text));
        self.qualifies(&Index::default(), query, Kind::Text, None, None, mask)?;
        scratch.clear();
        if let [text] = texts {
            // One text (a line of input): no list of keys to build.
            fold_into(text, scratch);
            return self
                .keys_scores(query, &[scratch.as_str()])
                .map(|(total, _)| total);
        }
        let mut ends = Vec::with_capacity(texts.len());
        for text in texts {
            fold_into(text, scratch);
            ends.push(scratch.len());
        }
        let keys: Vec<&str> = ends
            .iter()
            .scan(0, |start, &end| {
                Some(&scratch[std::mem::replace(start, end)..end])
            })
            .collect();
        self.keys_scores(query, &keys).map(|(total, _)| total)
    }

    /// Candidate `i` as a hit, if it matches.
    fn hit(&self, index: &Index, query: &Prepared, i: u32, scratch: &mut String) -> Option<Hit> {
        let (score, last) = self.scores(index, query, &index.candidates[i as usize], scratch)?;
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
        query: &Prepared,
        old: &Hit,
        index: &Index,
        replaces: bool,
        scratch: &mut String,
    ) -> Option<Hit> {
        let candidate = &index.candidates[old.candidate as usize];
        let t = query.query.terms.len() - 1;
        if query.masks[t] & !candidate.mask != 0 {
            return None;
        }
        let keys = index.keys(candidate, scratch);
        let last = self.term_score(&query.query.terms[t], keys.as_slice())?;
        let kept = if replaces { old.score - old.last } else { old.score };
        Some(Hit {
            candidate: old.candidate,
            score: kept + last,
            last,
        })
    }

    /// How well `candidate` of `index` matches, and what the last term gave of that; `scratch`
    /// holds its keys meanwhile where they are not stored.
    fn scores(
        &self,
        index: &Index,
        query: &Prepared,
        candidate: &Candidate,
        scratch: &mut String,
    ) -> Option<(i64, i64)> {
        let speaker = index.speaker(candidate);
        self.qualifies(
            index,
            query,
            candidate.kind(),
            candidate.article(),
            speaker,
            candidate.mask,
        )?;
        self.keys_scores(query, index.keys(candidate, scratch).as_slice())
    }

    /// How well texts whose keys are `keys` match the query's terms, and what the last term
    /// gave of that: `None` when a term finds none of them or a negated term finds one.
    fn keys_scores(&self, query: &Prepared, keys: &[&str]) -> Option<(i64, i64)> {
        let terms = &query.query.terms;
        let mut negated = terms.iter().filter(|t| t.negated);
        if negated.any(|t| keys.iter().any(|k| find(k, t).is_some())) {
            return None;
        }
        let mut total = 0;
        let mut last = 0;
        for term in terms.iter().filter(|t| !t.negated) {
            last = self.term_score(term, keys)?;
            total += last;
        }
        let last = if terms.last().is_some_and(|t| !t.negated) {
            last
        } else {
            0
        };
        Some((total, last))
    }

    /// What `term` (not negated) scores in the key where it matches best.
    fn term_score(&self, term: &Term, keys: &[&str]) -> Option<i64> {
        keys.iter()
            .filter_map(|&key| {
                Some(match find(key, term)? {
                    Found::Piece { tier, .. } => piece_score(tier, key),
                    Found::Spread(at) => spread_score(key, &aligned(key, at, &term.text)),
                })
            })
            .max()
    }

    /// `Some` when the qualifiers admit a candidate of this kind, article, speaker (a quote's,
    /// folded) and char mask, and every term's bytes are in its mask: the checks that need no
    /// scan of its texts.
    fn qualifies(
        &self,
        index: &Index,
        query: &Prepared,
        kind: Kind,
        article: Option<usize>,
        speaker: Option<&str>,
        mask: u64,
    ) -> Option<()> {
        let q = query.query;
        if q.kinds.as_ref().is_some_and(|kinds| !kinds.contains(&kind))
            || q.article.is_some_and(|a| article != Some(a))
        {
            return None;
        }
        if !q.by.is_empty() {
            let speaker = speaker?;
            if !q.by.iter().all(|v| speaker.contains(v.as_str())) {
                return None;
            }
        }
        if !q.within.is_empty() {
            let keys = index.articles.get(article?)?;
            if !q.within.iter().all(|v| keys.answers_to(v)) {
                return None;
            }
        }
        let mut wanted = q.terms.iter().zip(&query.masks).filter(|(t, _)| !t.negated);
        if wanted.any(|(_, &m)| m & !mask != 0) {
            return None;
        }
        Some(())
    }

    /// The char positions each text of `candidate` (of `index`) matches `query` at, for
    /// highlighting.
    pub fn positions(&self, query: &Query, index: &Index, candidate: &Candidate) -> Vec<Vec<usize>> {
        let mut scratch = String::new();
        let keys = index.keys(candidate, &mut scratch);
        keys.as_slice()
            .iter()
            .map(|key| self.key_positions(query, key))
            .collect()
    }

    /// The char positions of any `text` that `query`'s terms match, for highlighting text
    /// that is not a candidate (a name in a title).
    pub fn text_positions(&self, query: &Query, text: &str) -> Vec<usize> {
        self.key_positions(query, &super::fold::folded(text))
    }

    /// Where each term matches `key`, as it was scored: a piece (every occurrence of an exact
    /// term), or a fuzzy term's letters where they were aligned.
    fn key_positions(&self, query: &Query, key: &str) -> Vec<usize> {
        let mut at: Vec<usize> = Vec::new();
        for term in query.terms.iter().filter(|t| !t.negated) {
            let text = term.text.as_str();
            match (term.how, find(key, term)) {
                (_, None) => {}
                (How::Exact, Some(_)) => {
                    for (byte, _) in key.match_indices(text) {
                        at.extend(chars_at(key, byte, text));
                    }
                }
                (_, Some(Found::Piece { start, .. })) => at.extend(chars_at(key, start, text)),
                (_, Some(Found::Spread(range))) => {
                    let mut chars = key.char_indices().enumerate();
                    for byte in aligned(key, range, text) {
                        at.extend(chars.find(|(_, (b, _))| *b == byte).map(|(i, _)| i));
                    }
                }
            }
        }
        at.sort_unstable();
        at.dedup();
        at
    }
}

/// Where a term matched a key.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Found {
    /// As one piece, starting at this byte; `tier` is 3 for a whole word, 2 for the start of
    /// a word, 1 for the inside of one.
    Piece { tier: i64, start: usize },
    /// A fuzzy term's letters, in order, within this byte range of at most two words.
    Spread(Range<usize>),
}

/// Where `term` matches `key` best: its best-placed piece (for a fuzzy or exact term, any
/// occurrence; for an anchored one, at its anchor), or else, for a fuzzy term, the first
/// stretch of at most [`SPREAD_WORDS`] words that holds its letters in order.
fn find(key: &str, term: &Term) -> Option<Found> {
    let text = term.text.as_str();
    let piece = |start: usize| Found::Piece {
        tier: tier(key, start..start + text.len()),
        start,
    };
    match term.how {
        How::Fuzzy | How::Exact => {
            let mut best: Option<Found> = None;
            let mut from = 0;
            while let Some(at) = memchr::memmem::find(&key.as_bytes()[from..], text.as_bytes()) {
                let found = piece(from + at);
                let better = match (&best, &found) {
                    (Some(Found::Piece { tier: old, .. }), Found::Piece { tier: new, .. }) => new > old,
                    _ => true,
                };
                if better {
                    best = Some(found);
                }
                if matches!(best, Some(Found::Piece { tier: 3, .. })) {
                    break;
                }
                from += at + key[from + at..].chars().next().map_or(1, char::len_utf8);
            }
            best.or_else(|| (term.how == How::Fuzzy).then(|| spread(key, text)).flatten())
        }
        How::Prefix => key.starts_with(text).then(|| piece(0)),
        How::Suffix => key.ends_with(text).then(|| piece(key.len() - text.len())),
        How::Whole => (key == text).then(|| piece(0)),
    }
}

/// What a piece of rank `tier` in `key` scores: the rank, then the shorter key first.
fn piece_score(tier: i64, key: &str) -> i64 {
    tier * TIER + (TIER - 1 - key.len().min(TIER as usize - 1) as i64)
}

/// How a piece at `range` of `key` stands: 3 a whole word, 2 the start of a word, 1 inside.
fn tier(key: &str, range: Range<usize>) -> i64 {
    let apart = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric());
    match (
        apart(key[..range.start].chars().next_back()),
        apart(key[range.end..].chars().next()),
    ) {
        (true, true) => 3,
        (true, false) => 2,
        _ => 1,
    }
}

/// The first stretch of `key` within [`SPREAD_WORDS`] neighbouring words that holds
/// `pattern`'s chars in order: from the earliest end of such a match back to the latest start
/// that still holds them all. One pass over the key, keeping for each prefix of the pattern the
/// latest place a match of it can start (and that place's word).
fn spread(key: &str, pattern: &str) -> Option<Found> {
    // memchr-fast: most keys that fail, fail here, and most that hold the letters close
    // together are settled here (the leftmost match ends earliest of all).
    let first = in_order(key, pattern)?;
    if words(&key[first.clone()]) <= SPREAD_WORDS {
        let begin = first.start + last_start(&key[first.clone()], pattern)?;
        return Some(Found::Spread(begin..first.end));
    }
    // Every match starts at or after the leftmost one.
    let (skipped, key) = (first.start, &key[first.start..]);
    let len = pattern.chars().count();
    let last = pattern.chars().next_back()?;
    let mut stack = [None; 16];
    let mut heap = Vec::new();
    // latest[j]: (word, byte) of the latest start of a match of the pattern's first j chars.
    let latest: &mut [Option<(usize, usize)>] = if len < stack.len() {
        &mut stack[..len]
    } else {
        heap.resize(len, None);
        &mut heap
    };
    let mut word = 0;
    let mut space = false;
    for (i, c) in key.char_indices() {
        if c.is_ascii_whitespace() {
            space = true;
            continue;
        }
        if space {
            word += 1;
            space = false;
        }
        if c == last {
            let start = if len == 1 {
                Some((word, i))
            } else {
                latest[len - 1]
            };
            if let Some((_, byte)) = start.filter(|(from, _)| word - from < SPREAD_WORDS) {
                let end = i + c.len_utf8();
                let begin = byte + last_start(&key[byte..end], pattern)?;
                return Some(Found::Spread(skipped + begin..skipped + end));
            }
        }
        // Longest prefixes first, so one char extends a prefix only once.
        for (k, p) in pattern.chars().rev().skip(1).enumerate() {
            let j = len - 2 - k;
            if p != c {
                continue;
            }
            let start = if j == 0 { Some((word, i)) } else { latest[j] };
            if start.is_some_and(|(_, s)| latest[j + 1].is_none_or(|(_, l)| s > l)) {
                latest[j + 1] = start;
            }
        }
    }
    None
}

/// How many words `text` touches: one more than its runs of spaces between words.
fn words(text: &str) -> usize {
    let gaps = text
        .as_bytes()
        .windows(2)
        .filter(|w| w[0].is_ascii_whitespace() && !w[1].is_ascii_whitespace())
        .count();
    1 + gaps
}

/// The latest byte where `pattern`'s chars start in order within `key`.
fn last_start(key: &str, pattern: &str) -> Option<usize> {
    let mut end = key.len();
    for c in pattern.chars().rev() {
        end = key[..end].rfind(c)?;
    }
    Some(end)
}

/// The bytes where `pattern`'s chars stand in `range`, a shortest stretch holding them: the
/// first char at its start, each next one as early as it comes.
fn aligned(key: &str, range: Range<usize>, pattern: &str) -> Vec<usize> {
    let mut at = range.start;
    let mut bytes = Vec::with_capacity(pattern.len());
    for c in pattern.chars() {
        let Some(found) = key[at..range.end].find(c) else {
            break;
        };
        bytes.push(at + found);
        at += found + c.len_utf8();
    }
    bytes
}

/// What letters found apart at `bytes` of `key` score, fzf's v1 shape below a tier: each char
/// 16, 8 more at the start of a word, 4 more right after the previous one, and a gap costs 3
/// to open and 1 a char after that.
fn spread_score(key: &str, bytes: &[usize]) -> i64 {
    let mut score = 0;
    let mut previous: Option<usize> = None;
    for &byte in bytes {
        score += 16;
        if key[..byte]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric())
        {
            score += 8;
        }
        if let Some(end) = previous {
            let gap = key[end..byte].chars().count() as i64;
            score += if gap == 0 { 4 } else { -3 - (gap - 1) };
        }
        previous = key[byte..].chars().next().map(|c| byte + c.len_utf8());
    }
    score.clamp(1, TIER - 1)
}

/// The char positions of `text` found at byte `byte` of `key`.
fn chars_at(key: &str, byte: usize, text: &str) -> Range<usize> {
    let start = key[..byte].chars().count();
    start..start + text.chars().count()
}

/// The byte range of the leftmost match of `pattern`'s chars in order in `key` (from its
/// first char to its last), or `None` when there is none.
fn in_order(key: &str, pattern: &str) -> Option<Range<usize>> {
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
        let mut hits = Matcher
            .search(index, &Query::parse(query), None, &|| false, &mut |_| {})
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
        let at = Matcher.positions(&Query::parse("zel said"), &index, &index.candidates[0]);
        // The opening mark is one char of three bytes: Z is char 1.
        assert_eq!(at[0][..3], [1, 2, 3]);
        assert!(at[0].ends_with(&[12, 13, 14, 15]));
    }

    #[test]
    fn exact_terms_highlight_every_occurrence() {
        let index = lines(&["talks, talks and talks"]);
        let at = Matcher.positions(&Query::parse("'talks"), &index, &index.candidates[0]);
        assert_eq!(at[0].len(), 15);
        assert_eq!(at[0][5..10], [7, 8, 9, 10, 11]);
    }

    #[test]
    fn typing_on_within_earlier_hits_finds_and_scores_what_a_full_search_does() {
        // Typing into the last term rescores it alone; the words vary so that scores differ.
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
        let lines: Vec<String> = (0..6_000)
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
        let matcher = Matcher;
        let search = |query: &Query, within: Option<(&Query, &[Hit])>| {
            matcher
                .search(&index, query, within, &|| false, &mut |_| {})
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
            previous = Some((query, narrowed));
        }
    }

    #[test]
    fn a_whole_word_ranks_above_a_word_start_above_a_part_above_scattered_letters() {
        let index = lines(&[
            "under such harsh skies a kettle boils", // u-s-h-a-k over five words
            "the usher hacked it",                   // over two neighbouring words
            "the ushakovs met",                      // the start of a word
            "yuri ushakov said",                     // a whole word
            "bushakov",                              // inside a word
        ]);
        assert_eq!(found(&index, "ushakov"), [3, 2, 4]);
        assert_eq!(found(&index, "ushak"), [2, 3, 4, 1], "ties keep listing order");
        // The same holds for an exact term.
        assert_eq!(found(&index, "'ushakov"), [3, 2, 4]);
    }

    #[test]
    fn a_fuzzy_term_matches_within_two_neighbouring_words_only() {
        let index = lines(&["vladimir putin", "vladimir the great putin", "v-putin"]);
        assert_eq!(found_any_order(&index, "vput"), [0, 2]);
        assert_eq!(found(&index, "vlpu"), [0]);
    }

    #[test]
    fn letters_apart_score_more_at_word_starts_and_close_together() {
        let score = |key: &str, pattern: &str| match spread(key, pattern) {
            Some(Found::Spread(range)) => spread_score(key, &aligned(key, range, pattern)),
            other => panic!("{pattern:?} in {key:?}: {other:?}"),
        };
        assert!(score("vice president", "vp") > score("envoy pledged", "vp"));
        assert!(score("v-putin", "vp") > score("vladimir putin", "vp"));
        assert!(score("us hawks", "ushk") < TIER);
    }

    #[test]
    fn a_list_filter_keeps_the_list_order() {
        let items = [
            vec!["Talks in Moscow", "AP"],
            vec!["Peace talks", "Reuters"],
            vec!["Sport", "AP"],
        ];
        let filter = |q: &str| Matcher.filter(&Query::parse(q), items.iter().cloned());
        assert_eq!(filter("talks"), [0, 1]);
        assert_eq!(filter("ap"), [0, 2]);
        assert_eq!(filter("!sport"), [0, 1]);
        assert_eq!(filter(""), [0, 1, 2]);
    }

    #[test]
    fn a_spread_is_found_whenever_some_stretch_of_two_words_holds_the_letters() {
        let keys = [
            "ushakov said the talks were useful",
            "under such harsh skies a kettle boils",
            "the usher hacked it",
            "u s h a k",
            "us  ha k",
            "abcabc abc",
            "the talks—“constructive”—went on",
        ];
        let patterns = ["ushak", "usk", "abc", "cab", "tk", "tco", "hak", "sh", "a"];
        for key in keys {
            let key = super::super::fold::folded(key);
            // Every char boundary pair: does a stretch of at most two words hold the pattern?
            let bounds: Vec<usize> = key.char_indices().map(|(i, _)| i).chain([key.len()]).collect();
            for pattern in patterns {
                let brute = bounds.iter().any(|&s| {
                    bounds.iter().filter(|&&e| e > s).any(|&e| {
                        words(&key[s..e]) <= SPREAD_WORDS && in_order(&key[s..e], pattern).is_some()
                    })
                });
                let found = spread(&key, pattern);
                assert_eq!(found.is_some(), brute, "{pattern:?} in {key:?}");
                if let Some(Found::Spread(range)) = found {
                    assert!(in_order(&key[range.clone()], pattern).is_some());
                    assert!(words(&key[range]) <= SPREAD_WORDS);
                }
            }
        }
    }

    #[test]
    fn a_long_pass_reports_the_hits_found_so_far() {
        let index = Index::from_lines((0..3 * BLOCK).map(|i| format!("line {i}")));
        let mut seen = Vec::new();
        let hits = Matcher
            .search(&index, &Query::parse("line"), None, &|| false, &mut |found| {
                seen.push(found.len())
            })
            .unwrap();
        assert_eq!(seen, [BLOCK, 2 * BLOCK], "after each block but the last");
        assert_eq!(hits.len(), 3 * BLOCK);
    }

    #[test]
    fn a_cancelled_search_returns_nothing() {
        let index = lines(&["a"; 10]);
        assert_eq!(
            Matcher.search(&index, &Query::parse("a"), None, &|| true, &mut |_| {}),
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
