//! What the core agrees on about single characters, kept in one place so that search keys and
//! name keys fold a letter the same way.
//!
//! Callers build on it rather than beside it: `search::fold` turns text into search keys one
//! char for one, `extract::actors::fold` turns names into lookup keys (which may grow: "ß" →
//! "ss").

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

#[cfg(test)]
mod tests {
    use super::*;

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
