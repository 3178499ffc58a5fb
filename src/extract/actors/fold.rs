//! Lowercasing with Latin diacritics folded ("Micheál" → "micheal"), slugs for entity ids and
//! transliteration-tolerant keys ("Zelenskyy", "Zelensky" and "Zelenskiy" share one).
//!
//! Each char folds as search folds it ([`crate::text::fold_char`]), so a name's key and its
//! search key agree letter for letter. A name key differs in one way only, which search cannot
//! follow because its keys must keep the text's char positions: it may grow, spelling out
//! the letters news text writes as two ("ß" → "ss", "æ" → "ae") and Latin ligatures ("ﬁ").

use unicode_normalization::char::{decompose_compatible, is_combining_mark};

use crate::text::fold_char;

/// The letters that fold to two ASCII letters, which a one-for-one fold must leave whole.
fn spelled_out(c: char) -> Option<&'static str> {
    Some(match c {
        'ß' | 'ẞ' => "ss",
        'æ' | 'Æ' => "ae",
        'œ' | 'Œ' => "oe",
        'þ' | 'Þ' => "th",
        _ => return None,
    })
}

/// True for a letter of the Latin blocks (Latin-1, Extended-A/B, Extended Additional) or a
/// Latin ligature ("ﬁ"): the ones whose compatibility decomposition is followed. Other scripts
/// keep their marks ("й" stays "й").
fn is_latin(c: char) -> bool {
    matches!(c, '\u{00C0}'..='\u{024F}' | '\u{1E00}'..='\u{1EFF}' | '\u{FB00}'..='\u{FB06}')
}

/// Appends `text` folded for lookup: each char as [`fold_char`] folds it, Latin letters through
/// their compatibility decomposition with the marks dropped ("ﬁ" → "fi", "İ" → "i"), and the
/// letters of [`spelled_out`] as two. ASCII is copied lowercased.
pub fn push_folded(text: &str, out: &mut String) {
    if text.is_ascii() {
        let start = out.len();
        out.push_str(text);
        out[start..].make_ascii_lowercase();
        return;
    }
    for c in text.chars() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else if let Some(s) = spelled_out(c) {
            out.push_str(s);
        } else if is_latin(c) {
            decompose_compatible(c, |d| {
                if is_combining_mark(d) {
                    return;
                }
                match spelled_out(d) {
                    Some(s) => out.push_str(s),
                    None => out.push(fold_char(d)),
                }
            });
        } else {
            out.push(fold_char(c));
        }
    }
}

/// `text` lowercased with diacritics folded: the key every word list is looked up with.
pub fn folded(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    push_folded(text, &mut out);
    out
}

/// A slug for an entity id: folded, runs of other characters turned into one '-'
/// ("Micheál Martin" → "micheal-martin").
pub fn slug(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in folded(text).chars() {
        if c.is_alphanumeric() {
            out.push(c);
        } else if c != '\'' && !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    out
}

/// A spelling-tolerant key for one name word: transliteration variants of Slavic names meet
/// ("Sergei"/"Sergey", "Dmitry"/"Dmitri", "Andrii"/"Andriy"/"Andrei", "Yuri"/"Yury",
/// "Zelensky"/"Zelenskyy"/"Zelenskiy", "Aleksei"/"Alexei"). `word` must be folded already.
/// The rules: "ks" → "x"; every "y" and a final "j" → "i"; "ei" → "i"; doubled letters → one.
pub fn translit(word: &str) -> String {
    let mut s: Vec<char> = Vec::with_capacity(word.len());
    let chars: Vec<char> = word.chars().filter(|c| c.is_alphanumeric()).collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == 'k' && chars.get(i + 1) == Some(&'s') {
            s.push('x');
            i += 2;
            continue;
        }
        let c = if c == 'y' || (c == 'j' && i + 1 == chars.len()) {
            'i'
        } else {
            c
        };
        if c == 'i' && s.last() == Some(&'e') {
            s.pop();
        }
        if s.last() != Some(&c) {
            s.push(c);
        }
        i += 1;
    }
    s.into_iter().collect()
}

/// The spelling-tolerant key of a whole name: [`translit`] of each folded word, joined by ' '.
pub fn name_key(name: &str) -> String {
    folded(name)
        .split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| !w.is_empty())
        .map(translit)
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_latin_diacritics_and_apostrophes() {
        assert_eq!(folded("Micheál Martin"), "micheal martin");
        assert_eq!(folded("Ukraine’s"), "ukraine's");
        assert_eq!(folded("Straße Øresund Łódź"), "strasse oresund lodz");
        assert_eq!(
            folded("Ağa Şahin Dvořák Nguyễn Zoë"),
            "aga sahin dvorak nguyen zoe"
        );
        assert_eq!(folded("Œuvre Ærø Þór Đorđe"), "oeuvre aero thor dorde");
        assert_eq!(folded("ﬁnance"), "finance");
        // Other scripts keep their letters as printed.
        assert_eq!(folded("Зеленський"), "зеленський");
    }

    #[test]
    fn a_dotted_capital_i_folds_to_a_plain_i() {
        // "İ" lowercases to "i" and a combining dot; the key keeps no mark.
        assert_eq!(folded("İstanbul"), "istanbul");
        assert_eq!(name_key("Ekrem İmamoğlu"), name_key("Ekrem Imamoglu"));
    }

    #[test]
    fn each_char_folds_as_search_folds_it_unless_spelled_out() {
        for c in "AÉüŁøĐİйΣ日’—\u{a0}ﬁß".chars() {
            let key = folded(&c.to_string());
            if key.chars().count() == 1 {
                assert_eq!(key.chars().next(), Some(fold_char(c)), "{c}");
            } else {
                assert!(spelled_out(c).is_some() || c == 'ﬁ', "{c} → {key}");
            }
        }
    }

    #[test]
    fn slugs_are_lowercase_dashed_ascii() {
        assert_eq!(slug("Micheál Martin"), "micheal-martin");
        assert_eq!(slug("Ukraine’s general staff"), "ukraines-general-staff");
        assert_eq!(slug("  U.S. Army  "), "u-s-army");
    }

    #[test]
    fn transliteration_variants_share_a_key() {
        let same = |a: &str, b: &str| assert_eq!(name_key(a), name_key(b), "{a} / {b}");
        same("Volodymyr Zelensky", "Volodymyr Zelenskyy");
        same("Volodymyr Zelenskiy", "Volodymyr Zelenskyy");
        same("Sergei Lavrov", "Sergey Lavrov");
        same("Dmitry Peskov", "Dmitri Peskov");
        same("Andrii Yermak", "Andriy Yermak");
        same("Andrei Yermak", "Andrii Yermak");
        same("Yuri Ushakov", "Yury Ushakov");
        same("Alexei Navalny", "Aleksei Navalny");
        assert_ne!(name_key("Donald Trump"), name_key("Donald Tusk"));
        assert_ne!(name_key("Mark Rutte"), name_key("Marco Rubio"));
    }
}
