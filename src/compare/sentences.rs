//! An article cut into the sentences comparison aligns: every paragraph's sentences (body,
//! sidebar and caption alike; headings are left out), each with its place and content words.

use serde::Serialize;

use crate::corpus::{Article, ParagraphKind};
use crate::extract::tokens::{self, Kind, Token};

use super::words::{Term, terms};

/// One sentence of an article.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Sentence {
    /// Index of its paragraph.
    pub paragraph: usize,
    /// Index of the sentence in its paragraph.
    pub sentence: usize,
    /// Byte range in the paragraph's text.
    #[serde(skip)]
    pub range: std::ops::Range<usize>,
    /// The sentence's text.
    pub text: String,
    /// Its content words.
    #[serde(skip)]
    pub terms: Vec<Term>,
}

/// The sentences of `article`, in reading order.
pub fn sentences(article: &Article) -> Vec<Sentence> {
    let mut out = Vec::new();
    for (p, paragraph) in article.paragraphs.iter().enumerate() {
        if paragraph.kind == ParagraphKind::Heading {
            continue;
        }
        let text = &*paragraph.text;
        for (s, range) in split(text).into_iter().enumerate() {
            let sentence = &text[range.clone()];
            out.push(Sentence {
                paragraph: p,
                sentence: s,
                range,
                text: sentence.to_string(),
                terms: terms(sentence),
            });
        }
    }
    out
}

/// The byte ranges of the sentences of one paragraph: the extractor's sentences, cut again
/// where a quote ends a sentence inside its marks and a capital follows (“… discussed.” There
/// is …), which the extractor keeps together when it has no quote spans to go by.
pub fn split(text: &str) -> Vec<std::ops::Range<usize>> {
    let toks = tokens::tokenize(text, &[]);
    let mut out = Vec::new();
    for range in tokens::sentences(text, &toks) {
        let mut start = range.start;
        for i in range.clone() {
            if i > start && i + 1 < range.end && ends_inside_quote(text, &toks, i) {
                out.push(start..i + 1);
                start = i + 1;
            }
        }
        out.push(start..range.end);
    }
    out.into_iter()
        .filter(|r| r.start < r.end)
        .map(|r| toks[r.start].range.start..toks[r.end - 1].range.end)
        .collect()
}

/// True when token `i` is a closing quote mark right after a full stop, and a capitalised word
/// follows.
fn ends_inside_quote(text: &str, toks: &[Token], i: usize) -> bool {
    let closing = matches!(toks[i].kind, Kind::Punct('”' | '"' | '’' | '\'' | '»'));
    let after_stop = matches!(toks[i - 1].kind, Kind::Punct('.' | '!' | '?'));
    let next = &toks[i + 1];
    closing && after_stop && next.is_word() && next.text(text).starts_with(char::is_uppercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<&str> {
        split(text).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn a_quote_ending_a_sentence_ends_it() {
        assert_eq!(
            texts("He said, “They need to be discussed. There is work.” He left. Then Mr. Li came."),
            [
                "He said, “They need to be discussed.",
                "There is work.”",
                "He left.",
                "Then Mr. Li came."
            ]
        );
    }

    #[test]
    fn headings_are_not_sentences() {
        let article = crate::corpus::ingest::parse(
            "Title\n\nFirst paragraph here. Second one.\n\nAnother paragraph.",
            "t.txt",
            "t.txt",
        );
        let s = sentences(&article);
        let places: Vec<(usize, usize)> = s.iter().map(|s| (s.paragraph, s.sentence)).collect();
        assert_eq!(places, [(0, 0), (0, 1), (1, 0)]);
        assert_eq!(s[1].text, "Second one.");
    }
}
