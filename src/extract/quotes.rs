//! Quoted spans: which quotation marks pair up, in every style news text uses.
//!
//! Curly marks say their direction; straight marks (`"` and `'`) get theirs from the
//! characters around them, and a `’` or `'` between letters is an apostrophe, not a mark.
//! Double marks are read first; single marks are quotes only outside double-quoted spans
//! (inside, they are nested quotes and part of the outer one). A quote that runs over a
//! paragraph break gives one span per paragraph; a mark with no partner is recovered to the
//! span the writer meant within its own paragraph, never more.

use super::Unit;

/// One quoted span in a unit of text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuoteSpan {
    /// Index of the unit (headline or paragraph) holding the span.
    pub unit: usize,
    /// Byte offset of the opening mark, or of the first quoted character when the opening
    /// mark is missing.
    pub open: usize,
    /// Byte offset of the closing mark; `None` when the quote has none (it runs on into the
    /// next paragraph, or was recovered): then it ends with its words (see [`QuoteSpan::extent`]).
    pub close: Option<usize>,
    /// Byte range of the quoted words, without marks, surrounding spaces or a trailing comma.
    pub start: usize,
    /// End of the byte range.
    pub end: usize,
    /// True when the span continues a quote from the previous paragraph.
    pub continues: bool,
    /// True when the quote goes on in the next paragraph.
    pub continued: bool,
    /// True when a mark had no partner and the span was recovered.
    pub recovered: bool,
}

impl QuoteSpan {
    /// The bytes the quote takes in its unit, marks included: from the opening mark to past
    /// the closing one, or to the end of the words when it has no closing mark.
    pub fn extent(&self, text: &str) -> std::ops::Range<usize> {
        let end = self.close.map_or(self.end, |c| {
            c + text[c..].chars().next().map_or(0, char::len_utf8)
        });
        self.open..end
    }

    /// The quoted words.
    pub fn text<'a>(&self, units: &[Unit<'a>]) -> &'a str {
        &units[self.unit].text[self.start..self.end]
    }
}

/// Which way a mark faces.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Dir {
    Open,
    Close,
    /// A straight mark whose context does not say (`a"b`, ` " `).
    Either,
}

/// A quotation mark found in text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Mark {
    at: usize,
    len: usize,
    dir: Dir,
    /// Straight marks pair with either style; curly ones say their own.
    straight: bool,
}

/// Finds the quoted spans of an article's units, in reading order.
pub fn find_quotes(units: &[Unit]) -> Vec<QuoteSpan> {
    let mut spans = Vec::new();
    let mut carried = false;
    for (i, unit) in units.iter().enumerate() {
        let next_opens = units.get(i + 1).is_some_and(|next| opens_with_mark(next.text));
        let doubles = pair_doubles(i, unit.text, carried, next_opens && !unit.headline);
        carried = doubles.last().is_some_and(|s| s.continued);
        let singles = pair_singles(i, unit.text, &doubles);
        // British style: a double quote inside a curly single one is a quote within the quote
        // (‘We were told it would be “simpler”. It was not,’ she said).
        let outer: Vec<std::ops::Range<usize>> = singles
            .iter()
            .filter(|s| unit.text[s.open..].starts_with('‘') && s.close.is_some())
            .map(|s| s.extent(unit.text))
            .collect();
        let mut all: Vec<QuoteSpan> = doubles
            .into_iter()
            .filter(|d| {
                let d = d.extent(unit.text);
                !outer.iter().any(|o| o.start < d.start && d.end < o.end)
            })
            .chain(singles)
            .filter(|s| has_words(s, unit.text))
            .collect();
        all.sort_by_key(|s| s.open);
        spans.extend(all);
    }
    spans
}

/// True when `text` begins, after spaces, with an opening double mark.
fn opens_with_mark(text: &str) -> bool {
    let text = text.trim_start();
    text.starts_with(['“', '„', '«', '"'])
}

fn has_words(span: &QuoteSpan, text: &str) -> bool {
    text[span.start..span.end].chars().any(char::is_alphanumeric)
}

/// Characters after which a mark opens a quote.
fn opens_after(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '(' | '[' | '{' | '—' | '–' | '―' | '-' | '/' | ':' | '“' | '‘' | '«' | '„'
        )
}

/// Characters before which a mark closes a quote.
fn closes_before(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            ',' | '.'
                | ';'
                | ':'
                | '!'
                | '?'
                | ')'
                | ']'
                | '}'
                | '—'
                | '–'
                | '―'
                | '-'
                | '…'
                | '”'
                | '’'
                | '»'
        )
}

/// The direction a straight or ambiguous mark takes from its neighbours.
fn context_dir(prev: Option<char>, next: Option<char>) -> Dir {
    let open = prev.is_none_or(opens_after) && next.is_some_and(|c| !c.is_whitespace());
    let close = prev.is_some_and(|c| !c.is_whitespace()) && next.is_none_or(closes_before);
    match (open, close) {
        (true, false) => Dir::Open,
        (false, true) => Dir::Close,
        _ => Dir::Either,
    }
}

/// The double quotation marks of `text`, two apostrophes typed for one (`''…''`, as some
/// archives print them) among them.
fn double_marks(text: &str) -> Vec<Mark> {
    marks_of(text, |c| matches!(c, '“' | '„' | '«' | '”' | '»' | '"' | '\''))
        .filter_map(|(at, c, prev, next)| {
            if c == '"' && feet_and_inches(text, at) {
                return None;
            }
            let (len, next) = if c == '\'' {
                // Only the first of two apostrophes, not a third.
                if next != Some('\'') || prev == Some('\'') || text[at + 2..].starts_with('\'') {
                    return None;
                }
                (2, text[at + 2..].chars().next())
            } else {
                (c.len_utf8(), next)
            };
            Some(Mark {
                at,
                len,
                dir: match c {
                    '“' | '„' | '«' => Dir::Open,
                    '”' | '»' => Dir::Close,
                    // A markup attribute's value opens after `=`, a space or none after it.
                    _ if prev == Some('=') => Dir::Open,
                    _ => context_dir(prev, next),
                },
                straight: matches!(c, '"' | '\''),
            })
        })
        .collect()
}

/// True for the `"` at `at` closing a height in feet and inches (`6'3"`): digits, a `'`,
/// digits before it.
fn feet_and_inches(text: &str, at: usize) -> bool {
    let before = text[..at].trim_end_matches(|c: char| c.is_ascii_digit());
    before.len() < at
        && before
            .strip_suffix(['\'', '′'])
            .is_some_and(|b| b.ends_with(|c: char| c.is_ascii_digit()))
}

/// The characters of `text` that `wanted` picks, with their byte offset and neighbours. Every
/// quotation mark is `"`, `'`, or starts with byte 0xE2 (“ ” ‘ ’ „ ‹ ›) or 0xC2 (« ») in
/// UTF-8, so only those bytes, found with `memchr`, are decoded.
fn marks_of<'a>(
    text: &'a str,
    wanted: impl Fn(char) -> bool + 'a,
) -> impl Iterator<Item = (usize, char, Option<char>, Option<char>)> + 'a {
    let bytes = text.as_bytes();
    let mut at: Vec<usize> = memchr::memchr3_iter(b'"', b'\'', 0xE2, bytes).collect();
    if memchr::memchr(0xC2, bytes).is_some() {
        at.extend(memchr::memchr_iter(0xC2, bytes));
        at.sort_unstable();
    }
    at.into_iter().filter_map(move |at| {
        let c = text[at..].chars().next()?;
        if !wanted(c) {
            return None;
        }
        let prev = text[..at].chars().next_back();
        let next = text[at + c.len_utf8()..].chars().next();
        Some((at, c, prev, next))
    })
}

/// Pairs the double marks of unit `unit`. `carried`: the unit continues a quote left open in
/// the previous one. `continues`: the next unit opens with a mark, so an unclosed quote here
/// runs on into it.
fn pair_doubles(unit: usize, text: &str, carried: bool, continues: bool) -> Vec<QuoteSpan> {
    let marks = double_marks(text);
    let mut spans = Vec::new();
    // Open marks of the current quote: the outer one first, nested ones after.
    let mut stack: Vec<Mark> = Vec::new();
    // Where text not yet inside any quote starts, for recovering a lone closing mark.
    let mut free_from = 0;
    for mark in marks {
        let dir = match mark.dir {
            Dir::Either if stack.is_empty() => Dir::Open,
            Dir::Either => Dir::Close,
            dir => dir,
        };
        match dir {
            Dir::Open if !stack.is_empty() && after_sentence(text, mark.at) => {
                // A quote left open reopened after a sentence end: two paragraphs merged into
                // one line (`… the board agreed. "We will …`). The first quote ends with its
                // sentence, and the new mark starts the next quote rather than a nested one.
                let outer = stack[0];
                stack.clear();
                let mut span = span_between(unit, text, outer.at, Some(outer.len), mark.at, None);
                span.recovered = true;
                spans.push(span);
                free_from = mark.at;
                stack.push(mark);
            }
            Dir::Open => stack.push(mark),
            Dir::Close => {
                let Some(&top) = stack.last() else {
                    // A closing mark with no opening one: the quote began where the free text
                    // did (the paragraph's start, or the end of the previous quote).
                    let mut span = span_between(unit, text, free_from, None, mark.at, Some(mark.at));
                    span.recovered = true;
                    spans.push(span);
                    free_from = mark.at + mark.len;
                    continue;
                };
                if stack.len() > 1 && top.straight == mark.straight {
                    // Closes a nested quote, which stays part of the outer one.
                    stack.pop();
                    continue;
                }
                let outer = stack[0];
                stack.clear();
                spans.push(span_between(
                    unit,
                    text,
                    outer.at,
                    Some(outer.len),
                    mark.at,
                    Some(mark.at),
                ));
                free_from = mark.at + mark.len;
            }
            Dir::Either => unreachable!("resolved above"),
        }
    }
    if carried && let Some(first) = spans.first_mut() {
        first.continues = text[..first.open].trim().is_empty();
    }
    if let Some(&outer) = stack.first() {
        if continues {
            let mut span = span_between(unit, text, outer.at, Some(outer.len), text.len(), None);
            span.continued = true;
            spans.push(span);
        } else {
            // An opening mark with no partner: the quote ends with its paragraph, unless an
            // attribution (", he said") shows where the writer meant it to stop.
            let end = attribution_cut(text, outer.at + outer.len).unwrap_or(text.len());
            let mut span = span_between(unit, text, outer.at, Some(outer.len), end, None);
            span.recovered = true;
            spans.push(span);
        }
    }
    spans
}

/// True when the mark at `at` follows a space after the end of a sentence (`… agreed. "We`).
fn after_sentence(text: &str, at: usize) -> bool {
    let before = &text[..at];
    before.ends_with(char::is_whitespace) && before.trim_end().ends_with(['.', '!', '?', '…'])
}

/// Builds a span from an opening position (`open_len` is `None` when the opening mark is
/// missing) to `end`, trimming spaces and a trailing comma from the quoted words.
fn span_between(
    unit: usize,
    text: &str,
    open: usize,
    open_len: Option<usize>,
    end: usize,
    close: Option<usize>,
) -> QuoteSpan {
    let inner_start = open + open_len.unwrap_or(0);
    let inner = &text[inner_start..end];
    let lead = inner.len() - inner.trim_start().len();
    let trimmed = inner.trim().trim_end_matches([',', ' ']).trim_end();
    let start = inner_start + lead;
    QuoteSpan {
        unit,
        open: if open_len.is_some() { open } else { start },
        close,
        start,
        end: start + trimmed.len(),
        continues: false,
        continued: false,
        recovered: false,
    }
}

/// Where an unclosed quote was meant to end: before a ", he said"-style attribution that
/// follows the opening mark in the same paragraph.
fn attribution_cut(text: &str, from: usize) -> Option<usize> {
    let rest = &text[from..];
    let mut search = 0;
    while let Some(comma) = rest[search..].find(',') {
        let at = search + comma;
        let after: Vec<&str> = rest[at + 1..].split_whitespace().take(4).collect();
        if after
            .iter()
            .take(3)
            .enumerate()
            .any(|(i, w)| i > 0 && super::lexicon::is_reporting_verb(w.trim_end_matches(['.', ','])))
        {
            return Some(from + at);
        }
        search = at + 1;
    }
    None
}

/// Pairs single quotation marks outside the double-quoted `doubles`, in linear time.
fn pair_singles(unit: usize, text: &str, doubles: &[QuoteSpan]) -> Vec<QuoteSpan> {
    // Byte ranges covered by double quotes, in order.
    let covered: Vec<(usize, usize)> = doubles.iter().map(|s| (s.open, s.extent(text).end)).collect();
    let mut in_double = covered.iter().peekable();
    let mut opens = Vec::new();
    let mut closes = Vec::new();
    for (at, c, before, next) in marks_of(text, |c| matches!(c, '‘' | '’' | '\'' | '‹' | '›')) {
        while in_double.next_if(|&&(_, end)| end < at).is_some() {}
        if in_double
            .peek()
            .is_some_and(|&&(start, end)| start <= at && at <= end)
        {
            continue;
        }
        if before.is_some_and(char::is_alphanumeric) && next.is_some_and(char::is_alphanumeric) {
            continue; // don't, Putin's
        }
        if before == Some('\'') || next == Some('\'') {
            continue; // half of a doubled apostrophe: a double mark
        }
        let dir = match c {
            '‹' => Dir::Open,
            '›' => Dir::Close,
            _ => context_dir(before, next),
        };
        match dir {
            // ‘90s and '90s are years, not quotes.
            Dir::Open if c != '’' && !next.is_some_and(|n| n.is_ascii_digit()) => opens.push(at),
            Dir::Close if c != '‘' => {
                // "Reuters' report": maybe a plural possessive, weaker than a mark before punctuation.
                let weak = before == Some('s') && next.is_some_and(char::is_whitespace);
                closes.push((at, weak));
            }
            _ => {}
        }
    }
    let mut spans = Vec::new();
    let mut ci = 0;
    for (oi, &open) in opens.iter().enumerate() {
        while closes.get(ci).is_some_and(|&(c, _)| c < open) {
            ci += 1;
        }
        // Prefer a strong close before the next opening mark, then any close before it, then
        // the first close at all.
        let limit = opens.get(oi + 1).copied().unwrap_or(usize::MAX);
        let mut chosen = None;
        for &(c, weak) in closes[ci.min(closes.len())..]
            .iter()
            .take_while(|(c, _)| *c < limit)
        {
            if !weak {
                chosen = Some(c);
                break;
            }
            chosen.get_or_insert(c);
        }
        let Some(close) = chosen.or_else(|| closes.get(ci).map(|&(c, _)| c)) else {
            break;
        };
        let open_len = text[open..].chars().next().map_or(1, char::len_utf8);
        spans.push(span_between(unit, text, open, Some(open_len), close, Some(close)));
        while closes.get(ci).is_some_and(|&(c, _)| c <= close) {
            ci += 1;
        }
    }
    // An opening mark inside an earlier span is text of that span.
    spans.dedup_by(|later, earlier| later.open < earlier.close.unwrap_or(earlier.end));
    spans
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::extract::testing::body;

    fn quotes(texts: &[&'static str]) -> Vec<String> {
        let units = body(texts);
        find_quotes(&units)
            .iter()
            .map(|s| s.text(&units).to_string())
            .collect()
    }

    #[test]
    fn curly_double_quotes() {
        assert_eq!(
            quotes(&["“We will win,” she said. “It is certain.”"]),
            ["We will win", "It is certain."]
        );
    }

    #[test]
    fn two_apostrophes_typed_for_a_double_mark() {
        assert_eq!(
            quotes(&["''We will win,'' she said, ''and it's certain.'' The 'old guard' stayed."]),
            ["We will win", "and it's certain.", "old guard"]
        );
    }

    #[test]
    fn straight_double_quotes_take_direction_from_context() {
        assert_eq!(
            quotes(&["\"We will win,\" she said. \"It is certain.\""]),
            ["We will win", "It is certain."]
        );
        assert_eq!(quotes(&["He called it \"useful\" and left."]), ["useful"]);
    }

    #[test]
    fn mixed_straight_open_and_curly_close() {
        assert_eq!(
            quotes(&["\"There is a lot of dialogue. Our people are dying,” he said."]),
            ["There is a lot of dialogue. Our people are dying"]
        );
        assert_eq!(
            quotes(&["“Our people are dying every day,\" Zelenskyy said."]),
            ["Our people are dying every day"]
        );
    }

    #[test]
    fn partial_and_one_word_quotes() {
        assert_eq!(
            quotes(&[
                "Ushakov called it “rather useful, constructive,” but not “specific wording.” He posted: “Productive.”"
            ]),
            ["rather useful, constructive", "specific wording.", "Productive."]
        );
    }

    #[test]
    fn single_quotes_are_quotes_but_apostrophes_are_not() {
        assert_eq!(
            quotes(&[
                "Putin's aide calls the talks 'very useful', he said. He noted, 'Some proposals look acceptable.'"
            ]),
            ["very useful", "Some proposals look acceptable."]
        );
        assert_eq!(
            quotes(&["Don’t blame Trump’s team for the ’90s or the '90s, said Reuters' report."]),
            Vec::<String>::new()
        );
        assert_eq!(
            quotes(&["She called it ‘a disaster’ for the allies’ plans."]),
            ["a disaster"]
        );
    }

    #[test]
    fn a_plural_possessive_inside_a_single_quote_does_not_end_it() {
        assert_eq!(
            quotes(&["He said 'the allies' plans are dead.' Then he left."]),
            ["the allies' plans are dead."]
        );
    }

    #[test]
    fn nested_quotes_are_part_of_the_outer_one() {
        assert_eq!(
            quotes(&["“He told me ‘never’ twice,” she said."]),
            ["He told me ‘never’ twice"]
        );
        assert_eq!(
            quotes(&["“He told me \"never\" twice,” she said."]),
            ["He told me \"never\" twice"]
        );
    }

    #[test]
    fn sloppy_nested_straight_quotes_close_at_the_curly_mark() {
        let text = "\"The change is not on the battlefield. Contacts, who had \"day and night\", \"are terminated - really terminated,” he told media. \"Germany did not receive a warning.”";
        assert_eq!(
            quotes(&[text]),
            [
                "The change is not on the battlefield. Contacts, who had \"day and night\", \"are terminated - really terminated",
                "Germany did not receive a warning."
            ]
        );
    }

    #[test]
    fn a_height_in_feet_and_inches_is_no_quote() {
        assert_eq!(
            quotes(&["The letter says he is 6'3\" tall. \"He is fit,\" it says."]),
            ["He is fit"]
        );
    }

    #[test]
    fn a_markup_attribute_value_opens_after_its_equals_sign() {
        // A value that opens with a space would otherwise close a quote that never opened.
        assert_eq!(
            quotes(&["<post author=\" Ana Ruiz\" note=\"cited.\">The vote is “close,” she said.</post>"]),
            ["Ana Ruiz", "cited.", "close"]
        );
    }

    #[test]
    fn a_double_quote_inside_a_curly_single_one_is_part_of_it() {
        assert_eq!(
            quotes(&["‘We were told it would be “simpler and faster”. It was neither,’ Dame Ann said."]),
            ["We were told it would be “simpler and faster”. It was neither"]
        );
    }

    #[test]
    fn guillemets() {
        assert_eq!(quotes(&["Il a dit «nous gagnerons» hier."]), ["nous gagnerons"]);
    }

    #[test]
    fn a_quote_broken_by_an_attribution_is_two_quotes() {
        let units = body(&["“A is true,” he said. “B is too.”"]);
        let spans = find_quotes(&units);
        assert_eq!(spans.len(), 2);
        assert!(spans.iter().all(|s| !s.recovered));
    }

    #[test]
    fn a_quote_over_a_paragraph_break_is_one_span_per_paragraph() {
        let units = body(&[
            "“First part of the remark.",
            "“Second part,” she said.",
            "Other text.",
        ]);
        let spans = find_quotes(&units);
        let texts: Vec<&str> = spans.iter().map(|s| s.text(&units)).collect();
        assert_eq!(texts, ["First part of the remark.", "Second part"]);
        assert!(spans[0].continued && spans[0].close.is_none());
        assert!(!spans[1].continued);
    }

    #[test]
    fn a_quote_reopened_after_a_sentence_end_is_one_quote_per_former_paragraph() {
        // Two paragraphs merged into one line: the first quote was left open at the break,
        // and the next opens with a new mark after the sentence end.
        let merged = "The trail reopens in May. \"Crews cleared the rockfall first. \"The bridge \
                      comes next,\" the ranger said. Hikers cheered. \"It is about time,\" one said.";
        assert_eq!(
            quotes(&[merged]),
            [
                "Crews cleared the rockfall first.",
                "The bridge comes next",
                "It is about time"
            ]
        );
        let curly = "Rain is due. “We moved the stalls indoors! “Nobody wants wet bread,” a baker said.";
        assert_eq!(
            quotes(&[curly]),
            ["We moved the stalls indoors!", "Nobody wants wet bread"]
        );
        // A mark after a comma or a colon inside a quote still nests.
        assert_eq!(
            quotes(&["\"He told us, \"wait here,\" and left,\" she said."]),
            ["He told us, \"wait here,\" and left"]
        );
    }

    #[test]
    fn a_lone_closing_mark_recovers_the_span_from_the_paragraph_start() {
        let units = body(&[
            "Intro paragraph.",
            "We're no closer to peace, but no further either,\" Ushakov told journalists.",
        ]);
        let spans = find_quotes(&units);
        assert_eq!(spans.len(), 1);
        assert_eq!(
            spans[0].text(&units),
            "We're no closer to peace, but no further either"
        );
        assert!(spans[0].recovered);
    }

    #[test]
    fn a_lone_opening_mark_never_swallows_the_next_paragraphs() {
        let units = body(&[
            "He said “this never closes and goes on.",
            "Next paragraph is plain text.",
            "So is this.",
        ]);
        let spans = find_quotes(&units);
        assert_eq!(spans.len(), 1);
        assert_eq!(spans[0].unit, 0);
        assert_eq!(spans[0].text(&units), "this never closes and goes on.");
        assert!(spans[0].recovered);
    }

    #[test]
    fn a_lone_opening_mark_stops_before_an_attribution() {
        assert_eq!(
            quotes(&["“We will win this war, she said on Monday."]),
            ["We will win this war"]
        );
    }

    #[test]
    fn pathological_inputs_do_not_panic_or_hang() {
        let many = "\"".repeat(100_000);
        let mixed = "“‘\"'«»’”".repeat(10_000);
        let leaked: &'static str = Box::leak(format!("{many}{mixed}").into_boxed_str());
        let units = body(&[leaked, "'", "’", "“", "”", "", " \" "]);
        for span in find_quotes(&units) {
            let text = units[span.unit].text;
            assert!(span.start <= span.end && span.end <= text.len());
            assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
        }
    }

    #[test]
    fn spans_without_words_are_dropped() {
        assert_eq!(
            quotes(&["Marks “” and “ … ” hold nothing."]),
            Vec::<String>::new()
        );
    }
}
