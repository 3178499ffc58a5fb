//! Words, punctuation and quotes of a unit of text, and the sentences they make, for the
//! attribution rules to read around each quote (and for search, whose text hits are sentences).
//!
//! Words are split with the char classes of [`crate::text`], as `actors::tokenize` splits them;
//! the two stay apart because they read the words for different ends. Here a quote is one token,
//! a possessive stays on its word ("Putin’s aide" is a description to resolve whole) and only
//! dotted initials keep their dot, so the sentence splitter sees "Mr" then "."; the actors'
//! tokenizer splits possessives off, keeps a title's dot on the word and marks sentence starts.

use std::ops::Range;

use super::lexicon::is_reporting_verb;
use crate::text::{self, char_at, is_initials, takes_dot};

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A word: letters and digits, with inner apostrophes, hyphens and dots ("U.S", "don’t").
    Word,
    /// One punctuation character.
    Punct(char),
    /// A whole quoted span, marks included: index into the unit's quotes.
    Quote(usize),
}

/// A token and its byte range in the unit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// What it is.
    pub kind: Kind,
    /// Byte range in the unit's text.
    pub range: Range<usize>,
}

impl Token {
    /// The token's text.
    pub fn text<'a>(&self, unit: &'a str) -> &'a str {
        &unit[self.range.clone()]
    }

    /// True for a word token.
    pub fn is_word(&self) -> bool {
        self.kind == Kind::Word
    }
}

/// Splits `text` into tokens; `quotes` (byte ranges from opening to closing mark, inclusive,
/// in order) become one token each.
pub fn tokenize(text: &str, quotes: &[Range<usize>]) -> Vec<Token> {
    let mut tokens = Vec::with_capacity(text.len() / 4);
    tokenize_into(text, quotes, &mut tokens);
    tokens
}

/// [`tokenize`] into a buffer the caller reuses from unit to unit (cleared first).
pub fn tokenize_into(text: &str, quotes: &[Range<usize>], tokens: &mut Vec<Token>) {
    tokens.clear();
    let mut next_quote = 0;
    let mut at = 0;
    while at < text.len() {
        if let Some(q) = quotes.get(next_quote)
            && at >= q.start
        {
            tokens.push(Token {
                kind: Kind::Quote(next_quote),
                range: q.clone(),
            });
            next_quote += 1;
            at = at.max(q.end);
            continue;
        }
        let b = text.as_bytes()[at];
        if b == b' ' {
            at += 1;
            continue;
        }
        let c = char_at(text, at).unwrap_or(' ');
        let len = c.len_utf8();
        if c.is_alphanumeric() {
            let end = word_end(text, at, at + len);
            tokens.push(Token {
                kind: Kind::Word,
                range: at..end,
            });
            at = end;
            continue;
        }
        if !c.is_whitespace() {
            tokens.push(Token {
                kind: Kind::Punct(c),
                range: at..at + len,
            });
        }
        at += len;
    }
}

/// Where the word starting at `start` ends, given that its first character ends at `end`:
/// the words of [`text::word_end`], possessives kept, and the last dot of "U.S.".
fn word_end(text: &str, start: usize, mut end: usize) -> usize {
    loop {
        end = text::word_end(text, end, false);
        // "U.S." keeps its last dot; "U.S.-led" goes on.
        if char_at(text, end) == Some('.') && is_initials(&text[start..end]) {
            end += 1;
            if char_at(text, end).is_some_and(|c| !c.is_whitespace()) {
                continue;
            }
        }
        return end;
    }
}

/// The sentences of a token list, as ranges of token indices: whole sentences, which
/// attribution reads a quote in and search lists as text hits (the actors' tokenizer marks
/// clause starts instead, for its own ends).
pub fn sentences(text: &str, tokens: &[Token]) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    sentences_into(text, tokens, &mut out);
    out
}

/// [`sentences`] into a buffer the caller reuses from unit to unit (cleared first).
pub fn sentences_into(text: &str, tokens: &[Token], out: &mut Vec<Range<usize>>) {
    out.clear();
    let mut start = 0;
    for (i, token) in tokens.iter().enumerate() {
        // A quote that ends a sentence inside its marks ends the outer one too, when a
        // capitalised word follows: “We won.” Then she left.
        if let Kind::Quote(_) = token.kind {
            let inner = token.text(text).trim_end_matches(['”', '"', '’', '\'', '»', '›']);
            let next_capital = tokens
                .get(i + 1)
                .is_some_and(|n| n.is_word() && n.text(text).starts_with(char::is_uppercase));
            if inner.ends_with(['.', '!', '?']) && next_capital && !tag_follows(text, tokens, i + 1) {
                out.push(start..i + 1);
                start = i + 1;
            }
            continue;
        }
        let Kind::Punct(c) = token.kind else { continue };
        if !matches!(c, '.' | '!' | '?') {
            continue;
        }
        if c == '.'
            && let Some(prev) = i.checked_sub(1).map(|p| &tokens[p])
            && prev.is_word()
        {
            let word = prev.text(text);
            if takes_dot(word) || word.contains('.') {
                continue;
            }
        }
        // The sentence ends where the next one can start: a capital, a quote, or the end.
        let starts_next = tokens.get(i + 1).is_none_or(|n| match n.kind {
            Kind::Word => n
                .text(text)
                .chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c.is_numeric()),
            Kind::Quote(_) => true,
            Kind::Punct(p) => matches!(p, '(' | '[' | '—' | '–' | '―' | '-' | '“' | '‘' | '"' | '«'),
        });
        if starts_next {
            out.push(start..i + 1);
            start = i + 1;
        }
    }
    if start < tokens.len() {
        out.push(start..tokens.len());
    }
}

/// True when the tokens from `t` tag the quote before them as speech: a capitalised name of
/// up to four words, then a reporting verb (“…day.” Rourke said.) or a comma, an appositive of
/// up to twelve tokens, a comma and a reporting verb (“Shame!” Marisol Quintanar, a retired
/// teacher, shouted). The quote then does not end the sentence that names its speaker.
fn tag_follows(text: &str, tokens: &[Token], t: usize) -> bool {
    let capital = |k: usize| {
        tokens
            .get(k)
            .is_some_and(|n| n.is_word() && n.text(text).starts_with(char::is_uppercase))
    };
    let verb = |k: usize| {
        tokens.get(k).is_some_and(|n| {
            n.is_word() && is_reporting_verb(n.text(text)) && !n.text(text).starts_with(char::is_uppercase)
        })
    };
    let mut k = t;
    while k < t + 4 && capital(k) {
        k += 1;
    }
    if k == t {
        return false;
    }
    k = past_parenthesis(tokens, k);
    if verb(k) {
        return true;
    }
    // “…!” Ruel's niece, Nora Vale, shouted: a possessor and up to three words before the comma.
    let lower = |k: usize| {
        tokens
            .get(k)
            .is_some_and(|n| n.is_word() && n.text(text).starts_with(char::is_lowercase))
    };
    if tokens[k - 1].text(text).ends_with(['s', 'S']) && tokens[k - 1].text(text).contains(['\'', '’']) {
        let mut w = k;
        while w < k + 3 && lower(w) {
            w += 1;
        }
        k = w;
    }
    if tokens.get(k).map(|n| n.kind) != Some(Kind::Punct(',')) {
        return false;
    }
    // The appositive up to its closing comma: words, a title's dot ("Del."), a one-word
    // nickname in quotes and a parenthesis ("(D-Va.)") may stand in it.
    let mut c = k + 1;
    while c < tokens.len().min(k + 16) {
        match tokens[c].kind {
            Kind::Word => c += 1,
            Kind::Quote(_) if !tokens[c].text(text).contains(' ') => c += 1,
            Kind::Punct('(') => {
                let after = past_parenthesis(tokens, c);
                if after == c {
                    return false;
                }
                c = after;
            }
            Kind::Punct('.') if tokens[c - 1].is_word() && takes_dot(tokens[c - 1].text(text)) => c += 1,
            Kind::Punct(',') => return verb(c + 1),
            _ => return false,
        }
    }
    false
}

/// The token after a short parenthesis opening at `k` ("(D-Va.)"), or `k` when none opens there.
fn past_parenthesis(tokens: &[Token], k: usize) -> usize {
    if tokens.get(k).map(|n| n.kind) != Some(Kind::Punct('(')) {
        return k;
    }
    (k + 1..tokens.len().min(k + 8))
        .find(|&c| tokens[c].kind == Kind::Punct(')'))
        .map_or(k, |c| c + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokenize(text, &[]).iter().map(|t| t.text(text)).collect()
    }

    #[test]
    fn words_keep_inner_marks() {
        assert_eq!(
            words("Trump’s U.S.-led son-in-law, don't!"),
            ["Trump’s", "U.S.-led", "son-in-law", ",", "don't", "!"]
        );
        assert_eq!(
            words("the U.S. and U.K. Foreign"),
            ["the", "U.S.", "and", "U.K.", "Foreign"]
        );
    }

    #[test]
    fn words_join_as_the_actors_tokenizer_joins_them() {
        // U+2010 is a hyphen too, and "&" joins letters ("AT&T").
        assert_eq!(words("son‐in‐law AT&T & co"), ["son‐in‐law", "AT&T", "&", "co"]);
    }

    #[test]
    fn quotes_become_one_token() {
        let text = "He said “a, b. c” then left.";
        let open = text.find('“').unwrap();
        let close = text.find('”').unwrap() + '”'.len_utf8();
        let tokens = tokenize(text, std::slice::from_ref(&(open..close)));
        let kinds: Vec<Kind> = tokens.iter().map(|t| t.kind).collect();
        assert_eq!(kinds[2], Kind::Quote(0));
        assert_eq!(tokens.len(), 6);
    }

    #[test]
    fn every_abbreviation_of_the_shared_list_keeps_its_sentence() {
        let text = "Maj. Smith and Det. Insp. Jones met Fr. Brown. They left. He said no. Then went";
        let tokens = tokenize(text, &[]);
        assert_eq!(sentences(text, &tokens).len(), 4);
    }

    #[test]
    fn sentences_skip_abbreviations_and_initials() {
        let text = "Mr. Smith met U.S. officials in Washington, D.C. on Dec. 3. He left. “Yes.” She agreed";
        let tokens = tokenize(text, &[]);
        let n = sentences(text, &tokens).len();
        assert_eq!(n, 3);
    }
}
