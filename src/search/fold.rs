//! Search keys: text folded for matching one char for one, so that a match's char positions in
//! the key are its char positions in the text shown.

use unicode_normalization::UnicodeNormalization;

/// Folds one char for matching: lower case, accents dropped from Latin letters, curly quotes,
/// dashes and odd spaces made ASCII. Always exactly one char out, so positions line up.
pub fn fold_char(c: char) -> char {
    if c.is_ascii() {
        return c.to_ascii_lowercase();
    }
    match c {
        '‘' | '’' | '‚' | '‛' | '′' | '‹' | '›' => '\'',
        '“' | '”' | '„' | '‟' | '″' | '«' | '»' => '"',
        '‐' | '‑' | '‒' | '–' | '—' | '―' | '−' => '-',
        '\u{a0}' | '\u{2007}' | '\u{202f}' | '\u{2009}' => ' ',
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

/// The folded form of `text`, or `None` when folding changes nothing (no copy kept then).
pub fn fold(text: &str) -> Option<String> {
    if text.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
        return None;
    }
    let folded: String = text.chars().map(fold_char).collect();
    (folded != text).then_some(folded)
}

/// The folded form of `text`, always as a new string.
pub fn folded(text: &str) -> String {
    text.chars().map(fold_char).collect()
}

/// A set of the chars in `key`, one bit per letter or digit and a few shared bits for the
/// rest: a candidate whose mask lacks a bit of a term's mask cannot match it, which rules most
/// candidates out before the matcher runs (fzf's trick).
pub fn mask(key: &str) -> u64 {
    key.chars().fold(0, |m, c| m | bit(c))
}

fn bit(c: char) -> u64 {
    let slot = match c {
        'a'..='z' => c as u32 - 'a' as u32,
        '0'..='9' => 26 + c as u32 - '0' as u32,
        ' ' => return 0,
        c if c.is_ascii() => 36 + c as u32 % 12,
        c => 48 + c as u32 % 16,
    };
    1 << slot
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_accents_quotes_and_dashes_one_char_for_one() {
        let text = "Zelenskyy’s “Plan” — Sánchez, Øresund, İstanbul";
        let key = folded(text);
        assert_eq!(key, "zelenskyy's \"plan\" - sanchez, øresund, istanbul");
        assert_eq!(key.chars().count(), text.chars().count());
    }

    #[test]
    fn plain_lowercase_ascii_needs_no_copy() {
        assert_eq!(fold("plain words, 2025"), None);
        assert_eq!(fold("Plain").as_deref(), Some("plain"));
    }

    #[test]
    fn masks_hold_the_chars_of_a_key() {
        assert_eq!(mask("ab") & !mask("a big cat"), 0);
        assert_ne!(mask("abz") & !mask("a big cat"), 0);
        assert_eq!(mask(" "), 0);
    }

    #[test]
    fn non_latin_scripts_are_lowercased_only() {
        assert_eq!(folded("Зеленський"), "зеленський");
        assert_eq!(folded("日本"), "日本");
    }
}
