//! Text at the extremes extraction must survive: one paragraph of 10 MB, 100,000 quotation
//! marks in a row, quotes nested thousands deep, marks that never close. Each is read and
//! extracted whole, without a panic, and every quote found lies inside its text on char
//! boundaries. Nothing here is timed: what keeps these fast is that every step is linear.

use parallax::corpus::Article;
use parallax::corpus::ingest::parse;
use parallax::extract::{ArticleExtraction, extract_article, units};

/// Reads `text` as an article and extracts it, checking every quote's place.
fn extract(text: &str) -> (Article, ArticleExtraction) {
    let article = parse(text, "extreme.txt", "test");
    let extraction = extract_article(&article);
    let units = units(&article);
    let chars: Vec<usize> = units.iter().map(|u| u.text.chars().count()).collect();
    for quote in &extraction.quotes {
        let at = &quote.at;
        let unit = units[at.unit].text;
        assert!(at.start <= at.end && at.end <= unit.len(), "{at:?}");
        assert!(
            unit.is_char_boundary(at.start) && unit.is_char_boundary(at.end),
            "{at:?}"
        );
        assert_eq!(&unit[at.start..at.end], quote.text);
        assert!(quote.start <= quote.end && quote.end <= chars[at.unit]);
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
    assert!(extraction.quotes.iter().all(|q| q.text == "We will stay"));
}

#[test]
fn a_hundred_thousand_quotation_marks_in_a_row_give_no_quote() {
    for mark in ["\"", "“", "”", "'", "‘", "’", "«", "»", "“”", "”“", "\"'"] {
        let marks = mark.repeat(100_000 / mark.chars().count());
        let (article, extraction) = extract(&format!("Marks\n\n{marks}\n\nThe end, she said.\n"));
        // A line of marks alone may be read as a rule and dropped; the text after it stays.
        let last = article.paragraphs.last().map(|p| p.text.as_str());
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
            extraction.quotes.iter().any(|q| q.text == "Fine"),
            "the paragraph after still reads: {:?}",
            &extraction.quotes[extraction.quotes.len().saturating_sub(3)..]
        );
    }
}
