//! Text at the extremes extraction must survive: one paragraph of 10 MB, 100,000 quotation
//! marks in a row, quotes nested thousands deep, marks that never close; and any text at all,
//! as proptest makes it. Each is read and extracted whole, without a panic, and every quote
//! found lies inside its text on char boundaries. Nothing here is timed: what keeps these
//! fast is that every step is linear.
//!
//! Wrapping: an article and the same article with each paragraph hard-wrapped at 70 columns
//! (lines broken at spaces, blank lines between paragraphs) agree: they give the same quotes
//! in the same order, each with the same words (runs of white space read as one space), the
//! same paragraph and the same speaker. The articles open with a paragraph that wraps to three
//! lines, so the wrapping can be seen: a lone paragraph of two lines reads the same as two
//! paragraphs of one line each, and ingest reads those as written.

use parallax::corpus::Article;
use parallax::corpus::ingest::parse;
use parallax::extract::quotes::find_quotes;
use parallax::extract::{ArticleExtraction, Unit, extract_article, units};
use proptest::prelude::*;

/// Reads `text` as an article and extracts it, checking every quote's place.
fn extract(text: &str) -> (Article, ArticleExtraction) {
    let article = parse(text, "extreme.txt", "test");
    let extraction = extract_article(&article);
    let units = units(&article);
    let chars: Vec<usize> = units.iter().map(|u| u.text.chars().count()).collect();
    for quote in &extraction.quotes {
        let (unit, range) = (quote.at.unit(), quote.at.range());
        let text = units[unit].text;
        assert!(range.start <= range.end && range.end <= text.len(), "{range:?}");
        assert!(
            text.is_char_boundary(range.start) && text.is_char_boundary(range.end),
            "{range:?}"
        );
        assert_eq!(quote.words(&article), &text[range]);
        assert!(quote.start <= quote.end && quote.end as usize <= chars[unit]);
    }
    (article, extraction)
}

#[test]
fn a_single_paragraph_of_10_mb_is_read_and_its_quotes_found() {
    let sentence = "“We will stay,” said Anna Berg, a spokeswoman, as the talks went on. ";
    let paragraph = sentence.repeat(10 * 1024 * 1024 / sentence.len());
    let (article, extraction) = extract(&format!("A long day\n\n{paragraph}\n"));
    assert_eq!(article.paragraphs.len(), 1);
    assert!(article.paragraphs[0].text.len() >= 10 * 1024 * 1024 - sentence.len());
    let expected = 10 * 1024 * 1024 / sentence.len();
    assert_eq!(extraction.quotes.len(), expected);
    assert!(
        extraction
            .quotes
            .iter()
            .all(|q| q.words(&article) == "We will stay")
    );
}

#[test]
fn a_hundred_thousand_quotation_marks_in_a_row_give_no_quote() {
    for mark in ["\"", "“", "”", "'", "‘", "’", "«", "»", "“”", "”“", "\"'"] {
        let marks = mark.repeat(100_000 / mark.chars().count());
        let (article, extraction) = extract(&format!("Marks\n\n{marks}\n\nThe end, she said.\n"));
        // A line of marks alone may be read as a rule and dropped; the text after it stays.
        let last = article.paragraphs.last().map(|p| p.text.as_ref());
        assert_eq!(last, Some("The end, she said."), "{mark}");
        // Marks alone hold no words, so no quote.
        assert!(extraction.quotes.is_empty(), "{mark}: {:?}", extraction.quotes[0]);
    }
}

#[test]
fn quotes_nested_thousands_deep_or_never_closed_are_read() {
    let depth = 20_000;
    let nested = format!("He said {}{}", "“a ‘b ".repeat(depth), "c’ d” ".repeat(depth));
    let straight = format!("{}x{}", "\"a 'b ".repeat(depth), " c' d\"".repeat(depth));
    let unclosed = "“x said “y ‘z ".repeat(depth);
    let unopened = "x” said y’ z” ".repeat(depth);
    let interleaved = "“a ‘b” c’ ".repeat(depth);
    for text in [nested, straight, unclosed, unopened, interleaved] {
        let (article, extraction) = extract(&format!("Nested\n\n{text}\n\n“Fine,” Anna Berg said.\n"));
        assert_eq!(article.paragraphs.len(), 2);
        assert!(
            extraction.quotes.iter().any(|q| q.words(&article) == "Fine"),
            "the paragraph after still reads: {:?}",
            &extraction.quotes[extraction.quotes.len().saturating_sub(3)..]
        );
    }
}

/// Text of every kind extraction meets: words, capitals, marks of every style, spaces and line
/// breaks, accents and wide characters, controls.
fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![
        "[\"“”‘’'«»„‹› a-zA-Z.,:;!?\\-\n]{0,300}",
        "(“|”|\"|'|‘|’| |said|Anna Berg|\\.|,|\n|\n\n|é|日本|\u{1b}\\[31m|\u{202e}|\r){0,120}",
        any::<String>(),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn any_text_is_read_and_extracted_with_quotes_inside_it(text in any_text()) {
        extract(&text);
    }

    #[test]
    fn any_units_give_spans_inside_them_on_char_boundaries(text in any_text()) {
        let units: Vec<Unit> = text
            .split('\n')
            .enumerate()
            .map(|(i, line)| Unit { text: line, headline: i == 0 })
            .collect();
        for span in find_quotes(&units) {
            let unit = units[span.unit].text;
            prop_assert!(span.open <= span.start && span.start <= span.end, "{:?}", span);
            prop_assert!(span.end <= span.close.unwrap_or(unit.len()), "{:?}", span);
            prop_assert!(span.close.is_none_or(|c| c < unit.len()), "{:?}", span);
            for at in [span.open, span.start, span.end] {
                prop_assert!(unit.is_char_boundary(at), "{} in {:?}", at, unit);
            }
            prop_assert!(span.close.is_none_or(|c| unit.is_char_boundary(c)));
        }
    }

    #[test]
    fn an_article_and_its_hard_wrapped_copy_agree_on_quotes(mut paragraphs in article()) {
        paragraphs.insert(0, LEAD.to_string());
        let flowing = format!("Harbour talks resume\n\n{}\n", paragraphs.join("\n\n"));
        let wrapped: Vec<String> = paragraphs.iter().map(|p| wrap(p, 70)).collect();
        let wrapped = format!("Harbour talks resume\n\n{}\n", wrapped.join("\n\n"));
        let (a, one) = extract(&flowing);
        let (b, other) = extract(&wrapped);
        prop_assert_eq!(a.paragraphs.len(), b.paragraphs.len(), "{}", wrapped);
        prop_assert_eq!(agreed(&a, &one), agreed(&b, &other), "{}", wrapped);
    }
}

/// What two extractions must share to agree: each quote's paragraph, words and speaker.
fn agreed(article: &Article, extraction: &ArticleExtraction) -> Vec<(Option<u32>, String, Option<String>)> {
    extraction
        .quotes
        .iter()
        .map(|q| {
            let words = q.words(article).split_whitespace().collect::<Vec<_>>().join(" ");
            (q.paragraph, words, q.speaker.as_deref().map(str::to_string))
        })
        .collect()
}

/// `text` broken into lines of at most `width` columns at spaces (a longer word on its own).
fn wrap(text: &str, width: usize) -> String {
    let mut lines: Vec<String> = Vec::new();
    for word in text.split(' ') {
        match lines.last_mut() {
            Some(line) if line.chars().count() + 1 + word.chars().count() <= width => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_string()),
        }
    }
    lines.join("\n")
}

/// News paragraphs: plain sentences and quotes in the ways reporters attribute them.
fn article() -> impl Strategy<Value = Vec<String>> {
    prop::collection::vec(
        prop::collection::vec(sentence(), 1..6).prop_map(|s| s.join(" ")),
        1..6,
    )
}

/// A first paragraph of three lines at 70 columns.
const LEAD: &str = "The harbour reopened on Tuesday after a storm that had closed it for a \
    week, and crews worked through the night to clear the channels before the first ships came in.";

const NAMES: &[&str] = &["Anna Berg", "Mark Olsen", "Lena Holm", "Yuri Ushakov"];

const WORDS: &[&str] = &[
    "the",
    "port",
    "talks",
    "will",
    "resume",
    "after",
    "storm",
    "ships",
    "trade",
    "return",
    "we",
    "are",
    "ready",
    "to",
    "open",
    "again",
    "on",
    "Tuesday",
    "officials",
    "expect",
    "more",
    "cargo",
    "this",
    "week",
    "and",
    "harbour",
    "crews",
    "worked",
    "through",
    "night",
];

fn words(range: std::ops::Range<usize>) -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(WORDS), range).prop_map(|w| {
        let text = w.join(" ");
        let mut chars = text.chars();
        chars
            .next()
            .map(|c| c.to_uppercase().chain(chars).collect())
            .unwrap_or_default()
    })
}

fn sentence() -> impl Strategy<Value = String> {
    let name = prop::sample::select(NAMES);
    (0..5usize, words(3..12), words(2..8), name).prop_map(|(kind, a, b, name)| match kind {
        0 => format!("{a}."),
        1 => format!("“{a},” said {name}."),
        2 => format!("{name} said: “{a}.”"),
        3 => format!("“{a},” {name} told reporters. “{b}.”"),
        _ => format!("\"{a},\" said {name}."),
    })
}
