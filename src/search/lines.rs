//! `parallax search --filter`: lines of text searched where they lie in the input, as `fzf
//! --filter` does. No index is built: each line's char mask is worked out on the fly (for an
//! ASCII line straight from its bytes, which fold to the same mask), and only a line that
//! passes it is folded (into a buffer each task reuses) and scored, on every core. Hits and their order are
//! those of the same lines searched through an [`Index`].

use rayon::prelude::*;

use super::engine::{Hit, Prepared, by_rank, rank};
use super::fold::{folded_mask, mask};
use super::{Matcher, Query};

/// Bytes of input one task scans: large enough to keep the pool's overhead small, small
/// enough to share the work evenly between cores.
const SPAN: usize = 1 << 20;

/// The lines of `text` that match `query`, best first (ties in input order), at most
/// `limit`: as (index of the line, the line, its score).
pub fn filter<'t>(matcher: &Matcher, query: &Query, text: &'t str, limit: Option<usize>) -> Vec<Line<'t>> {
    let prepared = Prepared::new(query);
    let term_masks: u64 = query
        .terms
        .iter()
        .filter(|t| !t.negated)
        .fold(0, |m, t| m | mask(&t.text));
    let mut found: Vec<(usize, &str, i64)> = spans(text)
        .into_par_iter()
        .flat_map_iter(|(start, span)| {
            let prepared = &prepared;
            let mut scratch = String::new();
            lines_of(span, start)
                .filter(move |(_, line)| term_masks & !folded_mask(line) == 0)
                .filter_map(move |(offset, line)| {
                    let score = matcher.score_texts(prepared, &[line], &mut scratch)?;
                    Some((offset, line, score))
                })
        })
        .collect();
    // Ties go by input order: byte offsets order lines as their numbers do.
    let mut hits: Vec<Hit> = found
        .iter()
        .enumerate()
        .map(|(i, &(_, _, score))| Hit {
            candidate: i as u32,
            score,
            last: 0,
        })
        .collect();
    let top = limit.unwrap_or(usize::MAX).min(hits.len());
    rank(&mut hits, top);
    hits.truncate(top);
    debug_assert!(hits.windows(2).all(|w| by_rank(&w[0], &w[1]).is_le()));
    let numbers = line_numbers(text, found.iter().map(|f| f.0));
    hits.into_iter()
        .map(|hit| {
            let (_, text, score) = std::mem::take(&mut found[hit.candidate as usize]);
            Line {
                number: numbers[hit.candidate as usize],
                text,
                score,
            }
        })
        .collect()
}

/// A line `--filter` found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line<'t> {
    /// Its index in the input, from 0.
    pub number: usize,
    /// The line, without its line break.
    pub text: &'t str,
    /// How well it matched.
    pub score: i64,
}

/// `text` cut into spans of about [`SPAN`] bytes that end at line breaks, each with its byte
/// offset.
fn spans(text: &str) -> Vec<(usize, &str)> {
    let mut spans = Vec::new();
    let mut start = 0;
    while start < text.len() {
        let mut end = (start + SPAN).min(text.len());
        end = match memchr::memchr(b'\n', &text.as_bytes()[end..]) {
            Some(at) if end < text.len() => end + at + 1,
            _ => text.len(),
        };
        spans.push((start, &text[start..end]));
        start = end;
    }
    spans
}

/// The lines of `span` (which starts at byte `start` of the input), each with its byte offset,
/// without their line breaks.
fn lines_of(span: &str, start: usize) -> impl Iterator<Item = (usize, &str)> {
    let bytes = span.as_bytes();
    let ends = memchr::memchr_iter(b'\n', bytes)
        .chain((!span.ends_with('\n') && !span.is_empty()).then_some(span.len()));
    ends.scan(0, move |from, end| {
        let line = &span[*from..end];
        let offset = start + *from;
        *from = end + 1;
        Some((offset, line.strip_suffix('\r').unwrap_or(line)))
    })
}

/// The line number of each of `offsets` (line starts, in order), counting breaks once.
fn line_numbers(text: &str, offsets: impl Iterator<Item = usize>) -> Vec<usize> {
    let bytes = text.as_bytes();
    let (mut at, mut line) = (0, 0);
    offsets
        .map(|offset| {
            line += memchr::memchr_iter(b'\n', &bytes[at..offset]).count();
            at = offset;
            line
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::Index;

    /// The same lines through an index, as the reader's search would rank them.
    fn indexed(text: &str, query: &str) -> Vec<(usize, i64)> {
        let query = Query::parse(query);
        let matcher = Matcher;
        let index = Index::from_lines(text.lines().map(str::to_string));
        let mut hits = matcher
            .search(&index, &query, None, &|| false, &mut |_| {})
            .unwrap();
        let n = hits.len();
        rank(&mut hits, n);
        hits.iter().map(|h| (h.candidate as usize, h.score)).collect()
    }

    fn streamed(text: &str, query: &str) -> Vec<(usize, i64)> {
        filter(&Matcher, &Query::parse(query), text, None)
            .into_iter()
            .map(|l| (l.number, l.score))
            .collect()
    }

    #[test]
    fn finds_and_ranks_what_an_index_of_the_lines_does() {
        let words = [
            "Ushakov",
            "said",
            "the",
            "talks",
            "Café",
            "ÉTÉ",
            "compromise",
            "Kremlin",
        ];
        // Enough lines for a greedy pass, mixed ASCII and not, CRLF and LF.
        let text: String = (0..5_000)
            .map(|i| {
                let line: Vec<&str> = (0..1 + i % 7)
                    .map(|k| words[(i * 7 + k * 3) % words.len()])
                    .collect();
                format!("{}{}", line.join(" "), if i % 5 == 0 { "\r\n" } else { "\n" })
            })
            .collect();
        for query in [
            "ushak",
            "cafe",
            "ete 'talks",
            "kremlin !said",
            "^the",
            "compromise$",
            "zzz",
            "",
        ] {
            assert_eq!(streamed(&text, query), indexed(&text, query), "{query:?}");
        }
    }

    #[test]
    fn line_numbers_count_every_break_and_the_last_line_needs_none() {
        let text = "alpha\n\nbeta\r\ngamma alpha";
        let found = filter(&Matcher, &Query::parse("alpha"), text, None);
        let numbers: Vec<usize> = found.iter().map(|l| l.number).collect();
        assert_eq!(numbers, [0, 3]);
        assert_eq!(found[1].text, "gamma alpha");
        assert_eq!(
            filter(&Matcher, &Query::parse("beta"), text, None)[0].text,
            "beta"
        );
    }

    #[test]
    fn spans_end_at_line_breaks() {
        let text = "x".repeat(SPAN + 10) + "\nshort\n" + &"y".repeat(SPAN);
        let spans = spans(&text);
        assert_eq!(spans.len(), 2);
        assert!(spans[0].1.ends_with('\n'));
        assert_eq!(spans.iter().map(|s| s.1.len()).sum::<usize>(), text.len());
        assert_eq!(spans[1].0, spans[0].1.len());
    }
}
