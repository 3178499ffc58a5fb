//! Small tests on lines and paragraphs that several ingest rules share: sentence ends, headline
//! shapes, bullets, abbreviations, joining wrapped lines.

use crate::text::takes_dot;

/// Closing quotes and brackets that may follow the punctuation ending a sentence.
pub(super) const CLOSERS: &[char] = &['"', '\'', '”', '’', '»', '›', ')', ']'];

/// Opening quotes and brackets that may come before a line's first word.
pub(super) const OPENERS: &[char] = &['"', '\'', '“', '‘', '«', '‹', '(', '['];

/// Marks that open a bulleted list item.
const BULLETS: &[char] = &['•', '◦', '▪', '▫', '●', '○', '‣', '⁃', '∙'];

/// True when `s` starts with `prefix`, ignoring ASCII case (no allocation, for per-line tests).
pub(super) fn starts_with_ignore_case(s: &str, prefix: &str) -> bool {
    s.get(..prefix.len())
        .is_some_and(|head| head.eq_ignore_ascii_case(prefix))
}

/// True when `s` ends with `suffix`, ignoring ASCII case.
pub(super) fn ends_with_ignore_case(s: &str, suffix: &str) -> bool {
    s.len()
        .checked_sub(suffix.len())
        .and_then(|start| s.get(start..))
        .is_some_and(|tail| tail.eq_ignore_ascii_case(suffix))
}

/// True when `s` contains `needle`, ignoring ASCII case.
pub(super) fn contains_ignore_case(s: &str, needle: &str) -> bool {
    needle.is_empty()
        || s.as_bytes()
            .windows(needle.len())
            .any(|w| w.eq_ignore_ascii_case(needle.as_bytes()))
}

/// Characters in `s`.
pub(super) fn char_len(s: &str) -> usize {
    s.chars().count()
}

/// True when `s` has more than `n` whitespace-separated words; stops counting early.
pub(super) fn more_words_than(s: &str, n: usize) -> bool {
    s.split_whitespace().nth(n).is_some()
}

/// True when `s` ends a sentence: past closing quotes and brackets, its last character is
/// `.`, `!`, `?` or `…`.
pub(super) fn ends_sentence(s: &str) -> bool {
    s.trim_end()
        .trim_end_matches(CLOSERS)
        .ends_with(['.', '!', '?', '…'])
}

/// True when a line can close a paragraph: it ends a sentence, and not with an abbreviation's
/// dot ("… on Wednesday, Dec." goes on with "3, 2025").
pub(super) fn ends_sentence_surely(s: &str) -> bool {
    ends_sentence(s) && !ends_with_abbreviation(s)
}

/// True when `s` begins with a lowercase letter, as a line continuing a sentence does.
pub(super) fn starts_lowercase(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_lowercase)
}

/// Characters in the first word of `s`.
pub(super) fn first_word_len(s: &str) -> usize {
    s.split_whitespace().next().map_or(0, char_len)
}

/// True when the line opens with a bullet mark ("• item", "- item", "* item").
pub(super) fn is_bullet(s: &str) -> bool {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) if BULLETS.contains(&c) => true,
        Some('-' | '*') => chars.next().is_some_and(char::is_whitespace),
        _ => false,
    }
}

/// True when `word` (without its final dot) is an abbreviation: it has a dot inside ("U.S"), is
/// one capital letter (an initial) or is a common title or month abbreviation: the words
/// [`takes_dot`] knows, which extraction's sentences read too.
pub(super) fn is_abbreviation(word: &str) -> bool {
    let word = word.trim_start_matches(OPENERS);
    word.contains('.') || takes_dot(word)
}

/// True when the last word of `s` ends in a dot that marks an abbreviation ("talks with U.S.").
pub(super) fn ends_with_abbreviation(s: &str) -> bool {
    let word = s
        .trim_end()
        .trim_end_matches(CLOSERS)
        .rsplit(char::is_whitespace)
        .next()
        .unwrap_or("");
    word.strip_suffix('.').is_some_and(is_abbreviation)
}

/// True when `s` is shaped like a headline or cross-head: at most `max_chars` characters and
/// `max_words` words, opening with a capital, digit or quote, with letters in it, and not ending
/// like a sentence or a clause (`.` `,` `;` `:` or a dash). Headlines may end in `?`, `!` or a
/// quote ("Putin's aide calls talks 'very useful'").
pub(super) fn is_short_unpunctuated(s: &str, max_chars: usize, max_words: usize) -> bool {
    if s.len() > max_chars * 4 || char_len(s) > max_chars || more_words_than(s, max_words) {
        return false;
    }
    let opens_well = s
        .trim_start_matches(OPENERS)
        .chars()
        .next()
        .is_some_and(|c| c.is_alphanumeric() && !c.is_lowercase());
    if !opens_well || !s.chars().any(char::is_alphabetic) {
        return false;
    }
    match s.trim_end_matches(CLOSERS).chars().last() {
        Some('.') => ends_with_abbreviation(s),
        Some(',' | ';' | ':' | '-' | '–' | '—' | '/' | '|') | None => false,
        Some(_) => true,
    }
}

/// True when `s` could be a headline: short (≤ 150 characters, ≤ 25 words) and unpunctuated.
pub(super) fn is_headline(s: &str) -> bool {
    is_short_unpunctuated(s, 150, 25)
}

/// True when `s` could be a cross-head inside the story: short (≤ 120 characters, ≤ 15 words),
/// unpunctuated (not even an abbreviation's dot at the end), with no `;` and not wholly in
/// brackets (as a credit like "(Reporting by Jane Doe; Editing by John Roe)" is).
pub(super) fn is_heading(s: &str) -> bool {
    let bracketed = s.starts_with('(') && s.ends_with(')');
    let dotted = s.trim_end_matches(CLOSERS).ends_with('.');
    is_short_unpunctuated(s, 120, 15) && !dotted && !bracketed && !s.contains(';')
}

/// `s` lowercased with its whitespace collapsed and trailing punctuation dropped, to compare two
/// printings of the same line.
pub(super) fn normalized(s: &str) -> String {
    let words: Vec<String> = s.split_whitespace().map(str::to_lowercase).collect();
    words
        .join(" ")
        .trim_end_matches(|c: char| c.is_ascii_punctuation())
        .to_string()
}

/// True when two short lines print the same words (a headline repeated under itself).
pub(super) fn same_text(a: &str, b: &str) -> bool {
    a.len().abs_diff(b.len()) <= 16 && a.len() <= 1200 && normalized(a) == normalized(b)
}

/// Appends the hard-wrapped line `next` to `paragraph`. Lines join with one space, except after a
/// hyphen that follows a word character ("four-" + "year"): then the hyphen is kept and no space
/// is added, because plain-text wrappers only break lines at spaces and at existing hyphens.
pub(super) fn join_line(paragraph: &mut String, next: &str) {
    let hyphen_break = paragraph
        .strip_suffix('-')
        .and_then(|head| head.chars().last())
        .is_some_and(|c| !c.is_whitespace() && c != '-');
    if !hyphen_break && !paragraph.is_empty() {
        paragraph.push(' ');
    }
    paragraph.push_str(next);
}

/// The longest inferred title, in characters; a longer first sentence is cut at a word.
const MAX_INFERRED_TITLE: usize = 250;

/// How far into a paragraph the first sentence's end is looked for, in characters.
const SENTENCE_SEARCH: usize = 2000;

/// The first sentence of `text`, to stand in for a missing headline: it ends at `.`, `!`, `?` or
/// `…` (past closing quotes) followed by a space and a capital, digit or quote, unless the dot ends
/// an abbreviation ("U.S. President"). A final plain dot is dropped, as headlines carry none; a
/// sentence longer than 250 characters is cut at a word and ends with "…".
pub(super) fn first_sentence(text: &str) -> String {
    let text = text.trim();
    let mut end = None;
    for (i, c) in text.char_indices().take(SENTENCE_SEARCH) {
        if !matches!(c, '.' | '!' | '?' | '…') {
            continue;
        }
        let mut j = i + c.len_utf8();
        while let Some(q) = text[j..].chars().next().filter(|q| CLOSERS.contains(q)) {
            j += q.len_utf8();
        }
        let mut after = text[j..].chars();
        let spaced = after.next().is_some_and(char::is_whitespace);
        let opens = after
            .take(8)
            .find(|c| !c.is_whitespace())
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || OPENERS.contains(&c));
        let word = text[..i].rsplit(char::is_whitespace).next().unwrap_or("");
        if spaced && opens && !(c == '.' && is_abbreviation(word)) {
            end = Some(j);
            break;
        }
    }
    let mut sentence = text[..end.unwrap_or(text.len())].trim_end();
    if sentence.ends_with('.') && !sentence.ends_with("..") && !ends_with_abbreviation(sentence) {
        sentence = &sentence[..sentence.len() - 1];
    }
    truncate_words(sentence, MAX_INFERRED_TITLE)
}

/// `s` cut to at most `max` characters at a word boundary, with "…" added when cut.
fn truncate_words(s: &str, max: usize) -> String {
    match s.char_indices().nth(max) {
        None => s.to_string(),
        Some((cut, _)) => {
            let head = &s[..cut];
            let head = head
                .rfind(char::is_whitespace)
                .map_or(head, |space| &head[..space]);
            format!("{}…", head.trim_end())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_insensitive_tests() {
        assert!(starts_with_ignore_case("READ MORE: x", "read more:"));
        assert!(!starts_with_ignore_case("Rë", "re"));
        assert!(!starts_with_ignore_case("R", "re"));
        assert!(ends_with_ignore_case("x/AFP", "/afp"));
        assert!(!ends_with_ignore_case("ë", "xx"));
        assert!(!ends_with_ignore_case("aë", "b"));
        assert!(contains_ignore_case(
            "All Rights Reserved.",
            "all rights reserved"
        ));
        assert!(!contains_ignore_case("All rights", "all rights reserved"));
    }

    #[test]
    fn sentence_ends_look_past_closing_quotes() {
        assert!(ends_sentence("that’s for sure.”"));
        assert!(ends_sentence("he said."));
        assert!(ends_sentence("Really?"));
        assert!(!ends_sentence("continue,” the"));
        assert!(!ends_sentence("sees “no"));
        assert!(!ends_sentence("rather useful, constructive,"));
        assert!(!ends_sentence(""));
    }

    #[test]
    fn bullets() {
        assert!(is_bullet("• Allowing Russia"));
        assert!(is_bullet("- item"));
        assert!(is_bullet("* item"));
        assert!(!is_bullet("-- a concern"));
        assert!(!is_bullet("-5 degrees"));
        assert!(!is_bullet("Plain"));
    }

    #[test]
    fn abbreviations() {
        assert!(ends_with_abbreviation("talks with the U.S."));
        assert!(ends_with_abbreviation("led by Gen."));
        assert!(ends_with_abbreviation("John Q."));
        assert!(!ends_with_abbreviation("the talks."));
        assert!(!ends_with_abbreviation("the talks"));
    }

    #[test]
    fn headline_shapes() {
        assert!(is_headline(
            "Putin Hails 'Very Useful' US Talks But Warns 'Lot of Work' Ahead on Ukraine Peace"
        ));
        assert!(is_headline(
            "Putin's aide calls US-Russia Ukraine peace talks 'very useful'"
        ));
        assert!(is_headline("European war? Bring it on"));
        assert!(is_headline("Is peace closer?"));
        assert!(is_headline("Talks with the U.S."));
        assert!(!is_headline(
            "Both sides agreed not to disclose the substance of the talks."
        ));
        assert!(!is_headline("The diplomatic push follows, proposed:"));
        assert!(!is_headline("lowercase start"));
        assert!(!is_headline("1234 5678"));
        assert!(!is_headline(&"Word ".repeat(30)));
        assert!(!is_headline("“Productive.”"));
        assert!(is_heading("Zelenskyy under pressure"));
        assert!(!is_heading("(Reporting by Jane Doe; Editing by John Roe)"));
        assert!(!is_heading("Reporters met in Kyiv, Ukraine, on Wednesday, Dec."));
        assert!(!is_heading("Reporting by Jane Doe; editing by John Roe"));
        assert!(!is_heading("KYIV, Ukraine (AP) —"));
    }

    #[test]
    fn same_text_ignores_case_spacing_and_final_punctuation() {
        assert!(same_text("Key talks  end", "key talks end."));
        assert!(!same_text("Key talks end", "Key talks began"));
    }

    #[test]
    fn joining_wrapped_lines() {
        let mut p = "the".to_string();
        join_line(&mut p, "U.S.-led");
        assert_eq!(p, "the U.S.-led");
        let mut p = "the four-".to_string();
        join_line(&mut p, "year war");
        assert_eq!(p, "the four-year war");
        let mut p = "US-".to_string();
        join_line(&mut p, "Russia talks");
        assert_eq!(p, "US-Russia talks");
        let mut p = "Europe --".to_string();
        join_line(&mut p, "a concern");
        assert_eq!(p, "Europe -- a concern");
        let mut p = "a dash -".to_string();
        join_line(&mut p, "then");
        assert_eq!(p, "a dash - then");
    }

    #[test]
    fn first_sentence_skips_abbreviations() {
        assert_eq!(
            first_sentence("Putin met U.S. President Donald Trump’s envoy. Both sides agreed."),
            "Putin met U.S. President Donald Trump’s envoy"
        );
        assert_eq!(
            first_sentence("Talks were “useful.” Then more."),
            "Talks were “useful.”"
        );
        assert_eq!(first_sentence("Where now? Nobody knows."), "Where now?");
        assert_eq!(first_sentence("No end mark here"), "No end mark here");
        assert_eq!(first_sentence("Gen. Smith spoke. Then."), "Gen. Smith spoke");
        // The abbreviations extraction knows keep the sentence going here too.
        assert_eq!(
            first_sentence("Det. Insp. Jones met Supt. Brown and Fr. Gray. Then."),
            "Det. Insp. Jones met Supt. Brown and Fr. Gray"
        );
        assert_eq!(
            first_sentence("It was 5 p.m. and late."),
            "It was 5 p.m. and late"
        );
        assert_eq!(first_sentence(""), "");
    }

    #[test]
    fn long_first_sentences_are_cut_at_a_word() {
        let long = "word ".repeat(100);
        let title = first_sentence(&long);
        assert!(title.ends_with("word…"));
        assert!(char_len(&title) <= MAX_INFERRED_TITLE + 1);
        let unspaced = "x".repeat(1000);
        assert_eq!(char_len(&first_sentence(&unspaced)), MAX_INFERRED_TITLE + 1);
    }
}
