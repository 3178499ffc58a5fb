//! The dateline opening a story ("KYIV, Ukraine, December 3, 2025 (AP) —", "MOSCOW, Dec 3
//! (Reuters) -", "KYIV —"): where and when it was filed, printed before the first sentence and
//! kept apart from it.

use super::text::{char_len, more_words_than};

/// How far into the paragraph the dash ending a dateline is looked for, in characters.
const WINDOW: usize = 150;

/// A dateline split from the paragraph that opened with it.
#[derive(Debug, PartialEq, Eq)]
pub(super) struct Dateline {
    /// The dateline with its dash ("KYIV, Ukraine, December 3, 2025 (AP) —").
    pub text: String,
    /// The rest of the paragraph, which may be empty when the dateline stood on its own line.
    pub rest: String,
}

/// Splits a leading dateline off `paragraph`. A dateline is the text before the first dash
/// (`—`, `–`, `--` or a spaced `-`) within 150 characters, at most 15 words with no quotation
/// marks, opening with a capital, and either ending with a parenthesised agency marker ("(AP)")
/// or opening with a place name in capitals ("KYIV", "NEW YORK").
pub(super) fn split(paragraph: &str) -> Option<Dateline> {
    let (start, end) = find_dash(paragraph)?;
    let prefix = paragraph[..start].trim_end();
    if !is_dateline(prefix) {
        return None;
    }
    Some(Dateline {
        text: format!("{prefix} {}", &paragraph[start..end]),
        rest: paragraph[end..].trim_start().to_string(),
    })
}

/// The byte range of the first dash that could end a dateline.
fn find_dash(p: &str) -> Option<(usize, usize)> {
    p.char_indices().take(WINDOW).find_map(|(i, c)| match c {
        '—' | '–' => Some((i, i + c.len_utf8())),
        '-' if p[i..].starts_with("--") => Some((i, i + 2)),
        '-' if p[..i].ends_with(' ') && (p[i + 1..].is_empty() || p[i + 1..].starts_with(' ')) => {
            Some((i, i + 1))
        }
        _ => None,
    })
}

/// True when `prefix` reads as a dateline.
fn is_dateline(prefix: &str) -> bool {
    if prefix.is_empty()
        || char_len(prefix) > 120
        || more_words_than(prefix, 15)
        || prefix.contains(['“', '”', '"'])
        || !prefix.chars().next().is_some_and(char::is_uppercase)
    {
        return false;
    }
    let agency = prefix
        .strip_suffix(')')
        .and_then(|p| p.rfind('(').map(|open| &p[open + 1..]))
        .is_some_and(|inner| !inner.trim().is_empty() && !more_words_than(inner, 3));
    let place = prefix.split([',', '(']).next().unwrap_or("").trim();
    let capitals =
        place.chars().filter(|c| c.is_alphabetic()).count() >= 3 && !place.chars().any(char::is_lowercase);
    agency || capitals
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dateline(p: &str) -> Option<(String, String)> {
        split(p).map(|d| (d.text, d.rest))
    }

    #[test]
    fn agency_datelines() {
        assert_eq!(
            dateline("KYIV, Ukraine, December 3, 2025 (AP) — Ukraine and its European allies accused Putin."),
            Some((
                "KYIV, Ukraine, December 3, 2025 (AP) —".to_string(),
                "Ukraine and its European allies accused Putin.".to_string()
            ))
        );
        assert_eq!(
            dateline("MOSCOW, Dec 3 (Reuters) - The Kremlin said on Wednesday."),
            Some((
                "MOSCOW, Dec 3 (Reuters) -".to_string(),
                "The Kremlin said on Wednesday.".to_string()
            ))
        );
        assert_eq!(
            dateline("Kyiv (AFP)—Ukraine said."),
            Some(("Kyiv (AFP) —".to_string(), "Ukraine said.".to_string()))
        );
    }

    #[test]
    fn capitalised_place_datelines() {
        assert_eq!(
            dateline("WASHINGTON -- The White House said."),
            Some(("WASHINGTON --".to_string(), "The White House said.".to_string()))
        );
        assert_eq!(
            dateline("NEW YORK, N.Y. — Markets rose."),
            Some(("NEW YORK, N.Y. —".to_string(), "Markets rose.".to_string()))
        );
        assert_eq!(
            dateline("KYIV, Ukraine (AP) —"),
            Some(("KYIV, Ukraine (AP) —".to_string(), String::new()))
        );
        assert_eq!(
            dateline("MOSCOW (Reuters) -"),
            Some(("MOSCOW (Reuters) -".to_string(), String::new()))
        );
    }

    #[test]
    fn ordinary_sentences_with_dashes_are_not_datelines() {
        assert_eq!(
            dateline("A day earlier, Putin accused the Europeans — and warned."),
            None
        );
        assert_eq!(dateline("Ukraine — which was invaded — said no."), None);
        assert_eq!(dateline("US-led talks — and more."), None);
        assert_eq!(dateline("“KYIV (AP) — quoted,” he said."), None);
        assert_eq!(dateline("EU — the bloc said."), None);
        assert_eq!(
            dateline(
                "Talks between Russia and the U.S. on ending the nearly four-year war were constructive."
            ),
            None
        );
        assert_eq!(dateline(""), None);
        assert_eq!(dateline("—"), None);
        assert_eq!(dateline(&"—".repeat(1000)), None);
    }
}
