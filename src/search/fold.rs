//! Search keys: text folded for matching one char for one, so that a match's char positions in
//! the key are its char positions in the text shown.
//!
//! The per-char fold is [`crate::text::fold_char`], the one name keys start from too; this
//! module only applies it to whole texts (never growing them, unlike a name key's "ß" → "ss")
//! and keeps the masks the prefilter reads.

use crate::text::fold_char;

/// The key an index keeps for `text`: its folded form where folding changes more than ASCII
/// case (an accent, a curly quote, a dash), else `None`, and the matcher lowers ASCII case as it
/// reads the text itself ([`lower_into`]), so most texts need no copy.
pub fn key(text: &str) -> Option<String> {
    needs_key(text).then(|| folded(text))
}

/// True when folding `text` changes more than ASCII case: when it has a key of its own.
pub fn needs_key(text: &str) -> bool {
    let mut rest = text;
    while let Some(at) = rest.bytes().position(|b| !b.is_ascii()) {
        rest = &rest[at..];
        let Some(c) = rest.chars().next() else {
            return false;
        };
        if fold_char(c) != c {
            return true;
        }
        rest = &rest[c.len_utf8()..];
    }
    false
}

/// Appends `text` to `out` with ASCII letters lowered: the key of a text [`key`] keeps none for.
pub fn lower_into(text: &str, out: &mut String) {
    let start = out.len();
    out.push_str(text);
    out[start..].make_ascii_lowercase();
}

/// The folded form of `text`, always as a new string.
pub fn folded(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    fold_into(text, &mut out);
    out
}

/// Appends the folded form of `text` to `out`.
pub fn fold_into(text: &str, out: &mut String) {
    // ASCII runs are copied whole and lowercased in place; only other chars go one by one.
    let start = out.len();
    let mut rest = text;
    while !rest.is_empty() {
        let run = rest.bytes().position(|b| !b.is_ascii()).unwrap_or(rest.len());
        out.push_str(&rest[..run]);
        rest = &rest[run..];
        if let Some(c) = rest.chars().next() {
            out.push(fold_char(c));
            rest = &rest[c.len_utf8()..];
        }
    }
    out[start..].make_ascii_lowercase();
}

/// A set of the bytes in `key`, one bit per letter or digit and a few shared bits for the
/// rest: a candidate whose mask lacks a bit of a term's mask cannot match it, which rules most
/// candidates out before the matcher runs (fzf's trick). Bytes, not chars, so it runs a byte at
/// a time; a char's bytes are in the mask of any key that holds the char.
pub fn mask(key: &str) -> u64 {
    key.bytes().fold(0, |m, b| m | BITS[b as usize])
}

/// The mask of `text`'s folded form ([`mask`] of [`folded`]), worked out without building it.
pub fn folded_mask(text: &str) -> u64 {
    if text.is_ascii() {
        // ASCII folds to lower case, and a letter's two cases share a bit.
        return mask(text);
    }
    let mut bits = 0;
    let mut utf8 = [0; 4];
    for c in text.chars() {
        bits |= match c.is_ascii() {
            true => BITS[c as usize],
            false => mask(fold_char(c).encode_utf8(&mut utf8)),
        };
    }
    bits
}

/// The mask bit of each byte.
const BITS: [u64; 256] = {
    let mut bits = [0; 256];
    let mut b = 0;
    while b < 256 {
        let slot = match b as u8 {
            b' ' => None,
            c @ b'a'..=b'z' => Some(c - b'a'),
            c @ b'A'..=b'Z' => Some(c - b'A'),
            c @ b'0'..=b'9' => Some(26 + c - b'0'),
            c if c.is_ascii() => Some(36 + c % 12),
            c => Some(48 + c % 16),
        };
        if let Some(slot) = slot {
            bits[b] = 1 << slot;
        }
        b += 1;
    }
    bits
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_folded_mask_is_the_mask_of_the_folded_text() {
        for text in ["Ushakov SAID", "Café “ÉTÉ” – Zürich", "日本 Ärger’s", ""] {
            assert_eq!(folded_mask(text), mask(&folded(text)), "{text}");
        }
    }

    #[test]
    fn folds_case_accents_quotes_and_dashes_one_char_for_one() {
        let text = "Zelenskyy’s “Plan” — Sánchez, Øresund, İstanbul";
        let key = folded(text);
        assert_eq!(key, "zelenskyy's \"plan\" - sanchez, oresund, istanbul");
        assert_eq!(key.chars().count(), text.chars().count());
    }

    #[test]
    fn letters_with_a_stroke_fold_to_their_ascii_letter() {
        // NFD leaves these whole; a reader typing "lodz" still means "Łódź".
        let text = "Łódź Øresund Đorđe Ðóra Ħal ıi";
        let key = folded(text);
        assert_eq!(key, "lodz oresund dorde dora hal ii");
        assert_eq!(key.chars().count(), text.chars().count());
    }

    #[test]
    fn a_key_is_kept_only_where_folding_changes_more_than_ascii_case() {
        for text in ["plain words, 2025", "Plain ASCII Words", "日本 зеленський", ""] {
            assert_eq!(key(text), None, "{text}");
            let mut lowered = String::from("x");
            lower_into(text, &mut lowered);
            assert_eq!(lowered[1..], folded(text), "{text}");
        }
        assert_eq!(key("Putin’s").as_deref(), Some("putin's"));
        assert_eq!(key("Sánchez").as_deref(), Some("sanchez"));
        assert_eq!(key("Зеленський").as_deref(), Some("зеленський"));
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
