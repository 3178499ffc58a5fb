//! What the core agrees on about characters and words, kept in one place: how a char folds
//! (search keys and name keys alike), which chars join a word ("son-in-law", "O’Brien",
//! "AT&T"), and which words keep a dot that does not end a sentence ("Gen.", "U.S.", "Dec.").
//!
//! Callers build on it rather than beside it: `search::fold` turns text into search keys one
//! char for one, `extract::actors::fold` turns names into lookup keys (which may grow: "ß" →
//! "ss"); `extract::tokens` and `extract::actors::tokenize` split words with these classes, and
//! `corpus::date` reads month names from [`MONTHS`].

use unicode_normalization::UnicodeNormalization;

/// Folds one char for matching: lower case, accents dropped from Latin letters (and the few
/// with a stroke that no decomposition removes: "ø", "ł", "đ"), curly quotes, dashes and odd
/// spaces made ASCII. Always exactly one char out, so folded positions are the text's positions.
pub fn fold_char(c: char) -> char {
    if c.is_ascii() {
        return c.to_ascii_lowercase();
    }
    match c {
        '‘' | '’' | '‚' | '‛' | '′' | '‹' | '›' => '\'',
        '“' | '”' | '„' | '‟' | '″' | '«' | '»' => '"',
        '‐' | '‑' | '‒' | '–' | '—' | '―' | '−' => '-',
        '\u{a0}' | '\u{2007}' | '\u{202f}' | '\u{2009}' => ' ',
        'Ø' | 'ø' => 'o',
        'Ł' | 'ł' => 'l',
        'Đ' | 'đ' | 'Ð' | 'ð' => 'd',
        'Ħ' | 'ħ' => 'h',
        'ı' => 'i',
        _ => {
            let mut lower = c.to_lowercase();
            let c = match (lower.next(), lower.next()) {
                (Some(l), None) => l,
                _ => c,
            };
            match c.nfd().next() {
                Some(base) if base.is_ascii_alphabetic() => base.to_ascii_lowercase(),
                _ => c,
            }
        }
    }
}

/// The char at byte `i` of `text`, if one starts there; ASCII without decoding (the common case
/// on the tokenizers' hot path).
#[inline(always)]
pub fn char_at(text: &str, i: usize) -> Option<char> {
    let b = *text.as_bytes().get(i)?;
    if b.is_ascii() {
        Some(b as char)
    } else {
        text.get(i..)?.chars().next()
    }
}

/// True for an apostrophe as news text prints it, straight or curly.
#[inline(always)]
pub fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

/// True for a hyphen inside a word: ASCII, Unicode hyphen and non-breaking hyphen.
#[inline(always)]
pub fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '‐' | '‑')
}

/// True for a char that keeps a word going when a letter or digit follows it: a hyphen
/// ("son-in-law"), an apostrophe ("O’Brien"), a dot ("Kremlin.ru", "U.S") or "&" ("AT&T").
#[inline(always)]
pub fn joins_word(c: char) -> bool {
    is_hyphen(c) || is_apostrophe(c) || c == '.' || c == '&'
}

/// True for a letter or digit at byte `i`.
#[inline(always)]
pub fn alnum_at(text: &str, i: usize) -> bool {
    char_at(text, i).is_some_and(char::is_alphanumeric)
}

/// True when a possessive "’s" / "'s" starts at byte `i` and ends the word ("Putin’s", not
/// "it’self").
#[inline(always)]
pub fn possessive_at(text: &str, i: usize) -> bool {
    match char_at(text, i) {
        Some(c) if is_apostrophe(c) => {
            let s = i + c.len_utf8();
            matches!(char_at(text, s), Some('s' | 'S')) && !alnum_at(text, s + 1)
        }
        _ => false,
    }
}

/// Where a word ends, given the byte `end` its first char ends at: letters and digits, and
/// each char of [`joins_word`] that a letter or digit follows. With `split_possessive` the word
/// stops before a possessive "’s" ([`possessive_at`]). The one word rule of both tokenizers;
/// what each does at a trailing dot is its own. Inlined into both: it runs on every word of
/// every article, twice.
#[inline(always)]
pub fn word_end(text: &str, mut end: usize, split_possessive: bool) -> usize {
    let bytes = text.as_bytes();
    loop {
        while let Some(&b) = bytes.get(end) {
            match b {
                b'0'..=b'9' | b'a'..=b'z' | b'A'..=b'Z' => end += 1,
                // Most words end at a space or a comma: no char to decode then.
                _ if b.is_ascii() && !joins_word(b as char) => return end,
                _ => break,
            }
        }
        let Some(c) = char_at(text, end) else { break };
        let next = end + c.len_utf8();
        if !c.is_alphanumeric() {
            let joined = joins_word(c) && alnum_at(text, next);
            if !joined || split_possessive && possessive_at(text, end) {
                break;
            }
        }
        end = next;
    }
    end
}

/// Month names (lowercase) and the abbreviations news style prints them with, in calendar
/// order: what a date is read by and what [`takes_dot`] knows of months.
pub const MONTHS: [(&str, &[&str]); 12] = [
    ("january", &["jan"]),
    ("february", &["feb"]),
    ("march", &["mar"]),
    ("april", &["apr"]),
    ("may", &[]),
    ("june", &["jun"]),
    ("july", &["jul"]),
    ("august", &["aug"]),
    ("september", &["sept", "sep"]),
    ("october", &["oct"]),
    ("november", &["nov"]),
    ("december", &["dec"]),
];

/// Abbreviations other than months whose dot does not end a sentence, as printed: titles,
/// company words, "No.", "vs.", "etc." (ingest, attribution and the name rules all read these).
const ABBREVIATIONS: &[&str] = &[
    "Adm", "Amb", "Brig", "Bros", "Capt", "Cmdr", "Co", "Col", "Corp", "Cpl", "Del", "Dept", "Det", "Dr",
    "Fr", "Ft", "Gen", "Gov", "Hon", "Inc", "Insp", "Jr", "Lt", "Ltd", "Maj", "Mr", "Mrs", "Ms", "Mt", "No",
    "Nos", "Pres", "Prof", "Pvt", "Rep", "Rev", "Sen", "Sgt", "Sr", "St", "Supt", "approx", "etc", "vs",
];

/// True for a known abbreviation (without its dot): one of [`ABBREVIATIONS`] in its printed
/// case or in capitals ("Gen", "GEN"; "vs"), or a capitalised month abbreviation ("Dec"). A
/// lowercase "no" or "dec" is a word, and its dot ends the sentence.
pub fn is_abbreviation(word: &str) -> bool {
    let Some(&first) = word.as_bytes().first() else {
        return false;
    };
    let listed = ABBREVIATIONS.iter().any(|a| {
        a.eq_ignore_ascii_case(word) && a.as_bytes()[0].is_ascii_uppercase() == first.is_ascii_uppercase()
    });
    listed
        || first.is_ascii_uppercase()
            && MONTHS
                .iter()
                .any(|(_, short)| short.iter().any(|s| s.eq_ignore_ascii_case(word)))
}

/// True for dotted initials without their last dot: one or two letters between dots ("U.S",
/// "D.C", "Ph.D").
pub fn is_initials(word: &str) -> bool {
    word.contains('.')
        && word
            .split('.')
            .all(|part| (1..=2).contains(&part.chars().count()))
}

/// True when a dot after `word` belongs to it rather than ending a sentence: an initial ("Q"),
/// dotted initials ("U.S") or a known abbreviation ("Gen", "Dec").
pub fn takes_dot(word: &str) -> bool {
    let mut chars = word.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        return c.is_uppercase();
    }
    is_initials(word) || is_abbreviation(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The words `word_end` finds in `text`, scanning from each letter or digit.
    fn words(text: &str, split_possessive: bool) -> Vec<&str> {
        let mut out = Vec::new();
        let mut i = 0;
        while let Some(c) = char_at(text, i) {
            if c.is_alphanumeric() {
                let end = word_end(text, i + c.len_utf8(), split_possessive);
                out.push(&text[i..end]);
                i = end;
            } else {
                i += c.len_utf8();
            }
        }
        out
    }

    #[test]
    fn words_run_through_joiners_followed_by_a_letter_or_digit() {
        let text = "O’Brien’s son‐in‐law at AT&T, Kremlin.ru, U.S. Reuters’ x-";
        assert_eq!(
            words(text, false),
            [
                "O’Brien’s",
                "son‐in‐law",
                "at",
                "AT&T",
                "Kremlin.ru",
                "U.S",
                "Reuters",
                "x"
            ]
        );
        assert_eq!(words(text, true)[0], "O’Brien");
        assert!(possessive_at(text, "O’Brien".len()));
        assert!(!possessive_at("it’self", 2));
    }

    #[test]
    fn abbreviations_keep_their_case() {
        for word in ["Gen", "GEN", "Dec", "Sept", "vs", "No", "U.S", "Q", "Ph.D"] {
            assert!(takes_dot(word), "{word}");
        }
        for word in [
            "gen",
            "dec",
            "no",
            "VS",
            "q",
            "May",
            "June",
            "Kremlin",
            "Kremlin.ru",
            "",
        ] {
            assert!(!takes_dot(word), "{word}");
        }
    }

    #[test]
    fn one_char_in_one_char_out() {
        for (c, want) in [
            ('A', 'a'),
            ('é', 'e'),
            ('Ł', 'l'),
            ('İ', 'i'),
            ('’', '\''),
            ('—', '-'),
            ('\u{a0}', ' '),
            ('й', 'й'),
            ('日', '日'),
        ] {
            assert_eq!(fold_char(c), want, "{c}");
        }
    }
}
