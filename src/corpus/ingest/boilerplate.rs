//! Page furniture that is no part of the story, dropped line by line before anything else reads
//! the text: separator lines ("|", "***"), bracketed page instructions ("[to top of second
//! column]"), copyright notices, interface labels ("Advertisement", "Share", "Dismiss"),
//! "Read more:" link lines, and short labels trailing after the story ("News").
//!
//! A dropped line vanishes: the lines around it are read as if it had never been printed, so a
//! page instruction in the middle of a wrapped paragraph does not split it. Lines holding only
//! whitespace (non-breaking spaces, zero-width spaces) are blank lines.

use super::outlet;
use super::text::{char_len, ends_sentence, more_words_than, starts_with_ignore_case};
use crate::corpus::date::find_date;

/// Interface labels that are never story text when they fill a line on their own (compared
/// lowercase, ignoring a final `:`, `.`, `…` or arrow).
const UI_LABELS: &[&str] = &[
    "advertisement",
    "advertisements",
    "advert",
    "ad",
    "sponsored",
    "sponsored content",
    "share",
    "share this",
    "share this article",
    "share this story",
    "share on facebook",
    "share on twitter",
    "share on x",
    "share via email",
    "tweet",
    "email",
    "print",
    "copy link",
    "link copied",
    "save",
    "save article",
    "bookmark",
    "read more",
    "continue reading",
    "show more",
    "load more",
    "see more",
    "read next",
    "related",
    "related articles",
    "related stories",
    "related content",
    "recommended",
    "most read",
    "most popular",
    "trending",
    "subscribe",
    "subscribe now",
    "sign up",
    "sign in",
    "log in",
    "register",
    "newsletter",
    "follow us",
    "dismiss",
    "close",
    "skip to content",
    "skip to main content",
    "back to top",
    "menu",
    "accept",
    "accept cookies",
    "comments",
    "view comments",
    "show comments",
    "listen",
    "listen to this article",
    "loading",
    "scroll to continue",
    "click to expand",
    "toggle caption",
    "hide caption",
    "enlarge this image",
    "image",
    "video",
    "photo",
    "cookie settings",
    "privacy policy",
];

/// Openings of lines that link to other stories ("READ MORE: Putin says …").
const LINK_PREFIXES: &[&str] = &[
    "read more:",
    "read also:",
    "also read:",
    "see also:",
    "related:",
    "watch:",
];

/// A line of the article after cleaning: a paragraph break, or text worth reading (trimmed).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Line<'a> {
    /// An empty or whitespace-only line: a paragraph break.
    Blank,
    /// A line of text, trimmed.
    Text(&'a str),
}

/// The article's lines with furniture dropped, and the outlet a copyright notice named.
#[derive(Debug)]
pub(super) struct Cleaned<'a> {
    /// The lines kept, in order.
    pub lines: Vec<Line<'a>>,
    /// The organization named by the first copyright notice that names one.
    pub copyright_outlet: Option<String>,
}

/// Splits `text` into lines and drops the furniture.
pub(super) fn clean(text: &str) -> Cleaned<'_> {
    let mut lines = Vec::new();
    let mut copyright_outlet = None;
    for raw in text.split('\n') {
        let line = raw.trim_matches(is_blank_char);
        if line.is_empty() {
            if lines.last() != Some(&Line::Blank) {
                lines.push(Line::Blank);
            }
        } else if let Some(org) = outlet::copyright_notice(line) {
            copyright_outlet = copyright_outlet.or(org);
        } else if !is_furniture(line) {
            lines.push(Line::Text(line));
        }
    }
    drop_trailing_labels(&mut lines);
    Cleaned {
        lines,
        copyright_outlet,
    }
}

/// True for characters that print nothing: whitespace (including no-break spaces) and the
/// zero-width marks.
pub(super) fn is_blank_char(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{2060}' | '\u{feff}')
}

/// True when a whole line is furniture: no letter or digit in it, a bracketed page instruction,
/// an interface label or a link to another story.
fn is_furniture(line: &str) -> bool {
    !line.chars().any(char::is_alphanumeric)
        || is_page_instruction(line)
        || is_ui_label(line)
        || is_link_line(line)
}

/// True for a line that is one bracketed note ("[to top of second column]"), unless it holds a
/// date ("[December 03, 2025]" is the article's date line).
fn is_page_instruction(line: &str) -> bool {
    let Some(inner) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) else {
        return false;
    };
    !inner.contains(['[', ']']) && find_date(inner).is_none()
}

/// True for a line that is only an interface label ("Advertisement", "Share", "Dismiss").
fn is_ui_label(line: &str) -> bool {
    if char_len(line) > 40 {
        return false;
    }
    let key = line.trim_end_matches([':', '.', '…', '>', '»', '›', '→']).trim();
    UI_LABELS.iter().any(|label| label.eq_ignore_ascii_case(key))
}

/// True for a line linking to another story ("Read more: …", "WATCH: …").
fn is_link_line(line: &str) -> bool {
    LINK_PREFIXES.iter().any(|p| starts_with_ignore_case(line, p)) && !more_words_than(line, 30)
}

/// True for a short label that may trail after the story ("News", "Top stories"): at most three
/// words and 30 characters, not ending a sentence.
fn is_trailing_label(line: &str) -> bool {
    char_len(line) <= 30 && !more_words_than(line, 3) && !ends_sentence(line)
}

/// Drops up to five short labels printed after the last paragraph, never the article's first
/// line of text.
fn drop_trailing_labels(lines: &mut Vec<Line>) {
    /// More trailing short lines than this are text, not furniture.
    const MAX_LABELS: usize = 5;
    let Some(first) = lines.iter().position(|l| matches!(l, Line::Text(_))) else {
        return;
    };
    for _ in 0..MAX_LABELS {
        match lines.iter().rposition(|l| matches!(l, Line::Text(_))) {
            Some(last) if last > first && matches!(lines[last], Line::Text(t) if is_trailing_label(t)) => {
                lines.truncate(last);
            }
            _ => break,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kept(text: &str) -> Vec<&str> {
        clean(text)
            .lines
            .into_iter()
            .filter_map(|l| match l {
                Line::Text(t) => Some(t),
                Line::Blank => None,
            })
            .collect()
    }

    #[test]
    fn separators_and_page_instructions_vanish() {
        let text = "First line of the story\n[to top of second column]\n|\n***\ncontinues here.";
        assert_eq!(kept(text), ["First line of the story", "continues here."]);
        let lines = clean(text).lines;
        assert!(
            !lines.contains(&Line::Blank),
            "dropped lines do not break paragraphs"
        );
    }

    #[test]
    fn bracketed_dates_are_kept() {
        assert_eq!(
            kept("Title\n[December 03, 2025]\nBody."),
            ["Title", "[December 03, 2025]", "Body."]
        );
    }

    #[test]
    fn whitespace_only_lines_are_blank() {
        let lines = clean("a.\n\u{a0}\n \u{200b} \nb.").lines;
        assert_eq!(
            lines,
            [Line::Text("a."), Line::Blank, Line::Text("b.")],
            "runs of blank lines are one break"
        );
    }

    #[test]
    fn interface_labels_and_link_lines_are_dropped() {
        let text =
            "Story starts.\nAdvertisement\nShare\nREAD MORE: Putin says talks useful\nRead more\nStory ends.";
        assert_eq!(kept(text), ["Story starts.", "Story ends."]);
        assert_eq!(
            kept("Sharing the burden is hard.\nShare prices rose."),
            ["Sharing the burden is hard.", "Share prices rose."]
        );
    }

    #[test]
    fn copyright_notices_are_dropped_and_name_the_outlet() {
        let cleaned =
            clean("Story.\nAll contents © copyright 2025 Associated Press. All rights reserved\n |");
        assert_eq!(cleaned.lines, [Line::Text("Story.")]);
        assert_eq!(cleaned.copyright_outlet.as_deref(), Some("Associated Press"));
        let cleaned = clean("Story.\nAll rights reserved.");
        assert_eq!(cleaned.lines, [Line::Text("Story.")]);
        assert_eq!(cleaned.copyright_outlet, None);
    }

    #[test]
    fn trailing_labels_are_dropped() {
        let text = "The story ends here.\n\n\u{a0}\n\nNews\n\nDismiss";
        assert_eq!(kept(text), ["The story ends here."]);
        assert_eq!(
            kept("Top stories today\nMore"),
            ["Top stories today"],
            "the first line stays"
        );
        assert_eq!(kept("One.\nTwo words"), ["One."]);
        assert_eq!(kept("One.\nIt ended."), ["One.", "It ended."]);
        let many = format!("Story.{}", "\nLabel".repeat(7));
        assert_eq!(kept(&many).len(), 3, "at most five trailing labels go");
    }

    #[test]
    fn degenerate_inputs() {
        assert!(clean("").lines.iter().all(|l| *l == Line::Blank));
        assert!(kept(&"\"".repeat(100_000)).is_empty());
        assert!(kept("...\n---\n!!!").is_empty());
    }
}
