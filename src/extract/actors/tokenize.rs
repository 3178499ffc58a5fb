//! Words and punctuation of one unit, with the facts the name rules need: possessive "’s"
//! split off, "U.S." and "Mr." kept whole, and where sentences start.
//!
//! Words are split with the char classes of [`crate::text`], as `extract::tokens` splits them
//! for attribution; the two stay apart because a name needs what attribution must not have: the
//! possessive cut off ("Putin’s" names Putin), a title's dot kept on the word ("Sen."), and
//! each word's sentence start and lookup facts found in the same pass (this runs on every word
//! of every article; `cargo bench --bench extract` measures it).

use super::words;
use crate::text::{alnum_at, char_at, is_apostrophe, is_hyphen, possessive_at, takes_dot, word_end};

/// One token: a word or one punctuation character.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tok {
    /// Byte range in the unit's text; for a word, without any possessive "’s".
    pub start: usize,
    /// End of the byte range.
    pub end: usize,
    /// The punctuation character, or `None` for a word.
    pub punct: Option<char>,
    /// A word followed by a possessive "’s" / "'s" (or a plural's lone apostrophe).
    pub possessive: bool,
    /// A word that starts a sentence (or a clause after a colon, bullet or bracket).
    pub sentence_start: bool,
    /// Only whitespace (no newline-free punctuation) separates this token from the previous one.
    pub space_before: bool,
    /// A word of lowercase ASCII letters and digits only (no hyphen, dot or apostrophe): its
    /// own lookup key.
    pub plain: bool,
}

impl Tok {
    /// True for a word token.
    pub fn is_word(&self) -> bool {
        self.punct.is_none()
    }
}

/// Splits `text` into tokens.
pub fn tokenize(text: &str) -> Vec<Tok> {
    let bytes = text.as_bytes();
    let len = |c: char| c.len_utf8();
    let mut toks: Vec<Tok> = Vec::with_capacity(text.len() / 4 + 1);
    let mut i = 0;
    let mut space = false;
    let mut sentences = Sentences::default();
    while let Some(c) = char_at(text, i) {
        if c.is_whitespace() {
            space = true;
            i += len(c);
            continue;
        }
        if c.is_alphanumeric() {
            let start = i;
            i = word_end(text, i + len(c), true);
            let mut possessive = possessive_at(text, i);
            let mut plain = bytes[start..i]
                .iter()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit());
            let mut end = i;
            if possessive {
                i += len(char_at(text, i).unwrap_or(' ')) + 1;
            } else if char_at(text, i) == Some('.') && takes_dot(&text[start..i]) {
                i += 1;
                end = i;
                plain = false;
                // "U.S.-led": the compound goes on after the dot.
                if let Some(h) = char_at(text, i).filter(|&h| is_hyphen(h))
                    && alnum_at(text, i + len(h))
                {
                    i = word_end(text, i, true);
                    end = i;
                }
            } else if let Some(q) = char_at(text, i).filter(|&q| is_apostrophe(q))
                && text[start..i].ends_with(['s', 'S'])
                && c.is_uppercase()
                && char_at(text, i + len(q)) == Some(' ')
                && char_at(text, i + len(q) + 1).is_some_and(char::is_lowercase)
            {
                possessive = true;
                i += len(q);
            }
            toks.push(Tok {
                start,
                end,
                punct: None,
                possessive,
                sentence_start: sentences.word(&text[start..end]),
                space_before: space,
                plain,
            });
            space = false;
            continue;
        }
        // A possessive set off by a space: "Putin 's accusations".
        if is_apostrophe(c)
            && space
            && char_at(text, i + len(c)) == Some('s')
            && !alnum_at(text, i + len(c) + 1)
            && let Some(prev) = toks.last_mut()
            && prev.is_word()
        {
            prev.possessive = true;
            i += len(c) + 1;
            continue;
        }
        sentences.punct(c, space);
        toks.push(Tok {
            start: i,
            end: i + len(c),
            punct: Some(c),
            possessive: false,
            sentence_start: false,
            space_before: space,
            plain: false,
        });
        space = false;
        i += len(c);
    }
    toks
}

/// Where sentences start, followed token by token.
///
/// Not `extract::tokens::sentences`, which cuts whole sentences for attribution: here a clause
/// after a colon, bullet, bracket or dash starts too, since a capital there says nothing about
/// a name either, and it is decided in the tokenizing pass rather than in a second one.
#[derive(Debug)]
struct Sentences {
    /// The next word starts a sentence or clause.
    boundary: bool,
    /// The last word ended with an abbreviation's dot ("U.S."): a capitalised common word
    /// after it starts a sentence.
    after_dot_word: bool,
}

impl Default for Sentences {
    fn default() -> Self {
        Self {
            boundary: true,
            after_dot_word: false,
        }
    }
}

impl Sentences {
    /// Reads a punctuation character (`spaced`: whitespace before it).
    fn punct(&mut self, c: char, spaced: bool) {
        match c {
            '.' | '!' | '?' | ';' | ':' | '•' | '·' | '(' | '[' | '—' | '–' | '―' | '|' | '…' => {
                self.boundary = true
            }
            '"' | '“' | '”' | '‘' | '’' | '\'' | '«' | '»' | '*' => {}
            '-' if spaced => self.boundary = true,
            _ => {
                self.boundary = false;
                self.after_dot_word = false;
            }
        }
    }

    /// Reads a word; true when it starts a sentence.
    fn word(&mut self, word: &str) -> bool {
        let start = self.boundary
            || self.after_dot_word
                && !word.starts_with(char::is_lowercase)
                && words::is_stop(&super::fold::folded(word));
        self.boundary = false;
        self.after_dot_word = word.ends_with('.');
        start
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<(String, bool, bool)> {
        tokenize(text)
            .iter()
            .filter(|t| t.is_word())
            .map(|t| (text[t.start..t.end].to_string(), t.possessive, t.sentence_start))
            .collect()
    }

    #[test]
    fn possessives_are_split_off_in_every_spelling() {
        let w = words("Trump’s plan, Putin's aide, Putin 's accusations and Reuters’ report");
        let poss: Vec<&str> = w.iter().filter(|x| x.1).map(|x| x.0.as_str()).collect();
        assert_eq!(poss, ["Trump", "Putin", "Putin", "Reuters"]);
    }

    #[test]
    fn abbreviations_initials_and_compounds_stay_whole() {
        let w = words("U.S. Sen. John Q. Public met O’Brien on the U.S.-led son-in-law deal at Kremlin.ru");
        let texts: Vec<&str> = w.iter().map(|x| x.0.as_str()).collect();
        assert_eq!(
            texts,
            [
                "U.S.",
                "Sen.",
                "John",
                "Q.",
                "Public",
                "met",
                "O’Brien",
                "on",
                "the",
                "U.S.-led",
                "son-in-law",
                "deal",
                "at",
                "Kremlin.ru"
            ]
        );
    }

    #[test]
    fn a_lowercase_word_keeps_no_abbreviation_dot() {
        // "no." ends the sentence: "Putin" starts one, so its capital says nothing.
        let w = words("He said no. Putin left on Mar. 3");
        let starts: Vec<&str> = w.iter().filter(|x| x.2).map(|x| x.0.as_str()).collect();
        assert_eq!(starts, ["He", "Putin"]);
        assert!(w.iter().any(|x| x.0 == "Mar."), "{w:?}");
    }

    #[test]
    fn sentence_starts_follow_stops_bullets_and_quotes() {
        let w = words("He left. “Both sides agreed,” she said: Asked why, • Allowing it. The U.S. The end");
        let starts: Vec<&str> = w.iter().filter(|x| x.2).map(|x| x.0.as_str()).collect();
        assert_eq!(starts, ["He", "Both", "Asked", "Allowing", "The", "The"]);
    }
}
