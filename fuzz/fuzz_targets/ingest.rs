//! Any bytes, read as a file of any format: decoding, recognising, ingesting and extracting
//! must not panic, and no terminal control may survive into what is drawn or printed.
#![no_main]

use libfuzzer_sys::fuzz_target;
use parallax::corpus::input::{self, Format};
use parallax::corpus::{Article, decode};
use parallax::extract::extract_article;

/// The formats a file's extension may suggest, and none.
const HINTS: [Option<Format>; 6] = [
    None,
    Some(Format::Text),
    Some(Format::Html),
    Some(Format::Feed),
    Some(Format::Json),
    Some(Format::JsonLines),
];

/// True for a character that must never reach the terminal as it is.
fn is_control(c: char) -> bool {
    (c.is_control() && c != '\n')
        || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}' | '\u{061c}')
}

/// Every text of `article` that is drawn or printed.
fn texts(article: &Article) -> impl Iterator<Item = &str> {
    [
        Some(article.title.value.as_str()),
        article.subtitle.as_deref(),
        article.byline.as_deref(),
        article.dateline.as_deref(),
        article.outlet.as_ref().map(|o| o.value.as_str()),
    ]
    .into_iter()
    .flatten()
    .chain(article.paragraphs.iter().map(|p| p.text.as_str()))
}

fuzz_target!(|data: &[u8]| {
    let Some((&hint, bytes)) = data.split_first() else {
        return;
    };
    let hint = HINTS[usize::from(hint) % HINTS.len()];
    let Ok((text, _warning)) = decode(bytes) else {
        return;
    };
    for article in input::read(&text, hint, "fuzz.txt", "fuzz").into_iter().flatten() {
        for text in texts(&article) {
            assert!(!text.chars().any(is_control), "a control survived: {text:?}");
        }
        let extraction = extract_article(&article);
        for quote in &extraction.quotes {
            assert!(quote.start <= quote.end, "{quote:?}");
        }
    }
});
