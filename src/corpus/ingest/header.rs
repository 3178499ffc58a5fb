//! The lines above the story: the headline (on one line, wrapped over two, or printed twice), a
//! sub-title under it, a byline ("By Ben Aris in Berlin December 3, 2025") and a date line
//! ("[December 03, 2025]").
//!
//! Only the first few lines are read. A headline is a short line with no sentence punctuation
//! (see `is_headline`) that is not one line of a hard-wrapped paragraph; a long line ending in a
//! full stop is body text, and then the article has no headline line at all. Photo captions met
//! among these lines are left in place for the body.

use chrono::NaiveDate;

use super::boilerplate::Line;
use super::caption::is_caption;
use super::dateline;
use super::outlet;
use super::paragraphs::wrap_width;
use super::text::{
    CLOSERS, char_len, ends_sentence, ends_with_abbreviation, first_word_len, is_bullet, is_headline,
    join_line, more_words_than, same_text, starts_lowercase,
};
use crate::corpus::date::find_date_span;

/// How many lines of text at the top are read for the header.
const HEADER_LINES: usize = 8;

/// The longest sub-title, in characters.
const MAX_SUBTITLE: usize = 300;

/// Words that may stand beside the date on a date line ("Updated Wednesday, December 3, 2025
/// 10:30 GMT"), lowercase.
const DATE_LINE_WORDS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "mon",
    "tue",
    "tues",
    "wed",
    "thu",
    "thur",
    "thurs",
    "fri",
    "sat",
    "sun",
    "updated",
    "update",
    "published",
    "posted",
    "last",
    "modified",
    "first",
    "on",
    "at",
    "date",
    "dated",
    "am",
    "pm",
    "a",
    "m",
    "p",
    "h",
    "gmt",
    "utc",
    "et",
    "est",
    "edt",
    "ct",
    "cst",
    "cdt",
    "pt",
    "pst",
    "pdt",
    "cet",
    "cest",
    "bst",
    "eet",
    "eest",
    "msk",
    "ist",
    "jst",
];

/// Words that cannot end a headline, so a line ending in one continues on the next line.
const LINKING_WORDS: &[&str] = &[
    "a", "an", "the", "of", "to", "in", "on", "at", "and", "or", "but", "for", "with", "from", "by", "as",
];

/// What the header lines said, and which lines they were.
#[derive(Debug, Default, PartialEq, Eq)]
pub(super) struct Header {
    /// The headline, joined when wrapped over two lines.
    pub title: Option<String>,
    /// The sub-title printed under the headline.
    pub subtitle: Option<String>,
    /// The byline, with any date cut out ("By Ben Aris in Berlin").
    pub byline: Option<String>,
    /// The date as printed (a whole date line, or the date inside the byline) and its day.
    pub date: Option<(String, NaiveDate)>,
    /// An outlet printed on a line of its own under the headline ("Fox News").
    pub outlet: Option<String>,
    /// Indices of the lines read as header, which the body leaves out.
    pub removed: Vec<usize>,
}

/// Reads the header from the top of `lines`. `stated_title` is a headline given by front matter:
/// then a line repeating it is dropped and no other headline line is looked for. Once a line of
/// the story is met, the rest of the window is only searched for bylines and date lines, which
/// some pages print under the first paragraph.
pub(super) fn read(lines: &[Line], stated_title: Option<&str>) -> Header {
    let mut h = Header::default();
    let mut seen = 0;
    let mut in_story = false;
    let mut i = 0;
    while i < lines.len() && seen < HEADER_LINES {
        let Line::Text(line) = lines[i] else {
            i += 1;
            continue;
        };
        seen += 1;
        let title = h.title.as_deref().or(stated_title);
        if h.byline.is_none() && is_byline(line) {
            let (byline, date) = split_byline(line);
            h.byline = Some(byline);
            h.date = h.date.or(date);
            h.removed.push(i);
        } else if let Some(date) = date_line(line) {
            h.date = h.date.or(Some(date));
            h.removed.push(i);
        } else if in_story || is_caption(line) {
            // Story text and captions stay in the body.
        } else if title.is_some_and(|t| same_text(t, line)) {
            h.removed.push(i);
        } else if title.is_none() && seen <= 3 {
            match title_at(lines, i) {
                Some((title, used)) => {
                    h.removed.extend(i..i + used);
                    i += used;
                    seen += used - 1;
                    if is_subtitle(lines, i, &title) {
                        h.subtitle = text_at(lines, i).map(str::to_string);
                        h.removed.push(i);
                        i += 1;
                    }
                    h.title = Some(title);
                    continue;
                }
                None => in_story = true,
            }
        } else if let Some(outlet) = (h.outlet.is_none() && h.title.is_some() && seen <= 5)
            .then(|| outlet::from_line(line))
            .flatten()
        {
            h.outlet = Some(outlet);
            h.removed.push(i);
        } else if h.byline.is_none() && is_author_line(line) && beside_date_line(lines, i) {
            h.byline = Some(line.to_string());
            h.removed.push(i);
        } else {
            in_story = true;
        }
        i += 1;
    }
    h
}

/// True when `line` is shaped like a list of authors' names without "By" ("Pjotr Sauer and Dan
/// Sabbagh"): two to eight capitalised words (or linking words), no digits, no sentence end.
fn is_author_line(line: &str) -> bool {
    const LINKS: &[&str] = &[
        "and", "&", "de", "van", "von", "der", "da", "di", "la", "le", "al", "bin",
    ];
    let name_word = |w: &str| {
        let w = w.trim_end_matches(',');
        LINKS.contains(&w)
            || (w.chars().next().is_some_and(char::is_uppercase) && !w.chars().any(|c| c.is_ascii_digit()))
    };
    more_words_than(line, 1)
        && !more_words_than(line, 8)
        && char_len(line) <= 80
        && !ends_sentence(line)
        && line.split_whitespace().all(name_word)
}

/// True when the nearest line of text before or after line `i` is a date line: an author line
/// without "By" is printed beside the date.
fn beside_date_line(lines: &[Line], i: usize) -> bool {
    let after = lines[i + 1..].iter().take(2).find_map(|l| match l {
        Line::Text(t) => Some(*t),
        Line::Blank => None,
    });
    let before = lines[..i].iter().rev().take(2).find_map(|l| match l {
        Line::Text(t) => Some(*t),
        Line::Blank => None,
    });
    after.into_iter().chain(before).any(|t| date_line(t).is_some())
}

/// The text of line `i`, or None when it is blank or past the end.
fn text_at<'a>(lines: &[Line<'a>], i: usize) -> Option<&'a str> {
    match lines.get(i) {
        Some(Line::Text(t)) => Some(t),
        _ => None,
    }
}

/// True when `line` is a byline or a date line: a line that closes a headline above it.
fn closes_headline(line: &str) -> bool {
    is_byline(line) || date_line(line).is_some()
}

/// True when line `i` is a headline that ends in a period, as some archives print them ("Obama
/// Says Museum Will Tell of 'Suffering and Delight.'"): the file's first line, a headline but
/// for its final period, set apart by a blank line or a byline or date line, with the story
/// after it.
fn period_headline(lines: &[Line], i: usize) -> bool {
    let Some(first) = text_at(lines, i) else {
        return false;
    };
    let body = first.trim_end_matches(CLOSERS);
    let Some(unpunctuated) = body.strip_suffix('.') else {
        return false;
    };
    let first_line = lines[..i].iter().all(|l| matches!(l, Line::Blank));
    let apart = text_at(lines, i + 1).is_none_or(closes_headline);
    let story = lines[i + 1..].iter().any(|l| matches!(l, Line::Text(_)));
    first_line && apart && story && is_headline(unpunctuated)
}

/// The headline starting at line `i` and how many lines it takes (one, or two when wrapped).
fn title_at(lines: &[Line], i: usize) -> Option<(String, usize)> {
    let first = text_at(lines, i)?;
    if !is_headline(first) && !period_headline(lines, i) {
        return None;
    }
    let Some(second) = text_at(lines, i + 1) else {
        return Some((first.to_string(), 1));
    };
    if continues(first, second) {
        // Wrapped over two lines only if a blank line, byline or date line closes it: otherwise
        // these are the first lines of a wrapped paragraph.
        let mut joined = first.to_string();
        join_line(&mut joined, second);
        let closed = text_at(lines, i + 2).is_none_or(closes_headline);
        return (closed && is_headline(&joined)).then_some((joined, 2));
    }
    if closes_headline(second) || is_caption(second) || same_text(first, second) {
        return Some((first.to_string(), 1));
    }
    // The first line of a hard-wrapped paragraph: the next line's first word would not have
    // fitted after it.
    let block: Vec<&str> = lines[i..]
        .iter()
        .take(200)
        .map_while(|l| match l {
            Line::Text(t) => Some(*t),
            Line::Blank => None,
        })
        .collect();
    if wrap_width(&block).is_some_and(|w| char_len(first) + 1 + first_word_len(second) > w) {
        return None;
    }
    Some((first.to_string(), 1))
}

/// True when `next` carries on the line `first`: it starts lowercase, or `first` ends with a
/// comma, a hyphen or a word no headline ends with ("of", "the").
fn continues(first: &str, next: &str) -> bool {
    let last_word = first
        .rsplit(char::is_whitespace)
        .next()
        .unwrap_or("")
        .to_lowercase();
    starts_lowercase(next) || first.ends_with([',', '-']) || LINKING_WORDS.contains(&last_word.as_str())
}

/// True when line `i`, right under the headline `title`, is a sub-title: not a byline, date,
/// caption, bullet or dateline, at most 300 characters, not carried on by the next line, and
/// either unpunctuated or followed by a blank line, byline or date line (a short sentence
/// directly under the headline and before the story's first blank line is a standfirst).
fn is_subtitle(lines: &[Line], i: usize, title: &str) -> bool {
    let Some(line) = text_at(lines, i) else {
        return false;
    };
    if closes_headline(line)
        || is_caption(line)
        || is_bullet(line)
        || same_text(title, line)
        || starts_lowercase(line)
        || char_len(line) > MAX_SUBTITLE
        || dateline::split(line).is_some()
    {
        return false;
    }
    let after = text_at(lines, i + 1);
    if after.is_some_and(starts_lowercase) {
        return false;
    }
    // A full sentence is a standfirst only when short: a longer one is the story's lead
    // paragraph printed without a blank line under the headline.
    !ends_sentence(line)
        || after.is_none_or(closes_headline) && line.split_whitespace().count() <= MAX_STANDFIRST_WORDS
}

/// The most words a punctuated sub-title (standfirst) has; news leads run 25 to 45 words.
const MAX_STANDFIRST_WORDS: usize = 22;

/// True when `line` is a byline: "By" and a capitalised name (a second word, if any, capitalised
/// too or a linking word, so "By Tuesday, the army…" is not one), at most 25 words, not ending a
/// sentence.
pub(super) fn is_byline(line: &str) -> bool {
    let Some(rest) = ["By ", "BY ", "by "].iter().find_map(|p| line.strip_prefix(p)) else {
        return false;
    };
    let mut words = rest.split_whitespace();
    let capital = |w: &str| {
        w.chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
    };
    let name = words.next().is_some_and(capital);
    let second = words.next().is_none_or(|w| {
        capital(w) || ["and", "in", "for", "of", "de", "van", "von", "|", "-", "—"].contains(&w)
    });
    name && second
        && char_len(line) <= 200
        && !more_words_than(line, 25)
        && (!ends_sentence(line) || ends_with_abbreviation(line))
}

/// Cuts the date out of a byline: "By Ben Aris in Berlin December 3, 2025" → ("By Ben Aris in
/// Berlin", the date as printed and its day). Separators and date words left around the cut
/// ("on", "Updated", a weekday, a time) go too.
fn split_byline(line: &str) -> (String, Option<(String, NaiveDate)>) {
    let Some((span, date)) = find_date_span(line) else {
        return (line.to_string(), None);
    };
    let mut byline = trim_date_words(&line[..span.start]).to_string();
    let after = line[span.end..].trim_matches(is_separator);
    if !only_date_words(after) {
        byline = format!("{byline}, {after}");
    }
    (byline, Some((line[span].to_string(), date)))
}

/// True for characters that separate a byline's parts.
fn is_separator(c: char) -> bool {
    c.is_whitespace() || matches!(c, ',' | '|' | '-' | '–' | '—' | '·' | '•' | '/')
}

/// `s` without trailing separators and date words.
fn trim_date_words(s: &str) -> &str {
    let mut s = s.trim_end_matches(is_separator);
    while let Some(space) = s.rfind(char::is_whitespace) {
        if !DATE_LINE_WORDS.contains(&s[space..].trim().to_lowercase().as_str()) {
            break;
        }
        s = s[..space].trim_end_matches(is_separator);
    }
    s
}

/// True when every word of `s` is a number or a date word.
fn only_date_words(s: &str) -> bool {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .all(|w| {
            w.chars().all(|c| c.is_ascii_digit()) || DATE_LINE_WORDS.contains(&w.to_lowercase().as_str())
        })
}

/// If `line` is a date line (a date with nothing but brackets, punctuation, weekdays, times and
/// words like "Updated" around it), the line as printed and its day.
fn date_line(line: &str) -> Option<(String, NaiveDate)> {
    if line.len() > 400 || char_len(line) > 100 {
        return None;
    }
    let (span, date) = find_date_span(line)?;
    (only_date_words(&line[..span.start]) && only_date_words(&line[span.end..]))
        .then(|| (line.to_string(), date))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::ingest::boilerplate::clean;

    fn header(text: &str) -> Header {
        read(&clean(text).lines, None)
    }

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn single_line_title() {
        let h = header("Talks end without a deal\n\nThe talks ended on Tuesday.");
        assert_eq!(h.title.as_deref(), Some("Talks end without a deal"));
        assert_eq!(h.subtitle, None);
        assert_eq!(h.removed, [0]);
    }

    #[test]
    fn title_directly_over_one_a_line_body() {
        let h = header("Talks end without a deal\nThe talks ended on Tuesday.\nBoth sides left.");
        assert_eq!(h.title.as_deref(), Some("Talks end without a deal"));
        assert_eq!(h.subtitle, None);
    }

    #[test]
    fn title_wrapped_over_two_lines_before_a_date_line() {
        let h = header(
            "US-Russia talks on Ukraine were 'constructive' but work remains, Putin\nadviser says\n[December 03, 2025]\nTalks between Russia and the U.S. went on.",
        );
        assert_eq!(
            h.title.as_deref(),
            Some("US-Russia talks on Ukraine were 'constructive' but work remains, Putin adviser says")
        );
        assert_eq!(
            h.date,
            Some(("[December 03, 2025]".to_string(), day(2025, 12, 3)))
        );
        assert_eq!(h.removed, [0, 1, 2]);
    }

    #[test]
    fn title_ending_on_a_linking_word_continues() {
        let h = header("Putin says talks with the\nUS were useful\n\nBody.");
        assert_eq!(
            h.title.as_deref(),
            Some("Putin says talks with the US were useful")
        );
    }

    #[test]
    fn repeated_title_is_dropped() {
        let h = header("Key talks end inconclusive\n\nKey talks end inconclusive\nBy Jane Doe\n\nBody text.");
        assert_eq!(h.title.as_deref(), Some("Key talks end inconclusive"));
        assert_eq!(h.byline.as_deref(), Some("By Jane Doe"));
        assert_eq!(h.removed, [0, 2, 3]);
    }

    #[test]
    fn subtitle_under_the_title() {
        let h = header(
            "Putin Hails 'Very Useful' US Talks\nPutin's aide calls US-Russia Ukraine peace talks 'very useful'\n\nA senior Kremlin adviser spoke.",
        );
        assert_eq!(h.title.as_deref(), Some("Putin Hails 'Very Useful' US Talks"));
        assert_eq!(
            h.subtitle.as_deref(),
            Some("Putin's aide calls US-Russia Ukraine peace talks 'very useful'")
        );
        let h = header("Talks fail\nA short standfirst sentence.\n\nBody.");
        assert_eq!(h.subtitle.as_deref(), Some("A short standfirst sentence."));
        // A lead paragraph right under the headline is not a sub-title.
        let lead = "Manchester City kept their title hopes alive with a 2-1 win over Manchester United at \
                    the Etihad Stadium on Sunday, Erling Haaland scoring the winner in the 89th minute.";
        let h = header(&format!("City beat United\n{lead}\n\nMore text."));
        assert_eq!(h.subtitle, None);
    }

    #[test]
    fn caption_under_the_title_stays_and_byline_with_date_is_read() {
        let h = header(
            "Key talks end\n\nKey talks end\nPutin met with US delegates in Moscow. / Kremlin.ru\nBy Ben Aris in Berlin December 3, 2025\n\nBody text.",
        );
        assert_eq!(h.title.as_deref(), Some("Key talks end"));
        assert_eq!(h.subtitle, None);
        assert_eq!(h.byline.as_deref(), Some("By Ben Aris in Berlin"));
        assert_eq!(h.date, Some(("December 3, 2025".to_string(), day(2025, 12, 3))));
        assert_eq!(h.removed, [0, 2, 4]);
    }

    #[test]
    fn no_title_when_the_text_opens_with_a_paragraph() {
        let h = header(
            "Talks between the United States and Russia were constructive, a senior adviser said Wednesday.\nMore text.",
        );
        assert_eq!(h, Header::default());
        let h = header(
            "KYIV, Ukraine, December 3, 2025 (AP) — Ukraine and its allies accused Putin of feigning interest.",
        );
        assert_eq!(h, Header::default());
    }

    #[test]
    fn no_title_from_the_first_lines_of_a_wrapped_paragraph() {
        let text = "\
Talks between the United States and Russia on ending the nearly
four-year war in Ukraine were constructive but substantial work remains,
a senior adviser to President Vladimir Putin said on Wednesday night.";
        assert_eq!(header(text).title, None);
        let text = "\
Talks between the United States and Russia were useful, said Vladimir
Putin’s top foreign policy adviser Yuri Ushakov on Wednesday evening.
Both sides agreed not to disclose the substance of the talks, he told
reporters.";
        assert_eq!(
            header(text).title,
            None,
            "first line ends where the width forced a break"
        );
    }

    #[test]
    fn byline_and_date_line_before_the_body() {
        let h =
            header("By JANE DOE and JOHN ROE\nUpdated Wednesday, Dec. 3, 2025 10:30 GMT\n\nThe talks ended.");
        assert_eq!(h.byline.as_deref(), Some("By JANE DOE and JOHN ROE"));
        assert_eq!(
            h.date,
            Some((
                "Updated Wednesday, Dec. 3, 2025 10:30 GMT".to_string(),
                day(2025, 12, 3)
            ))
        );
        assert_eq!(h.title, None);
    }

    #[test]
    fn an_outlet_line_under_the_date_is_the_outlet_not_a_byline() {
        let h =
            header("Harbour to reopen in spring\nMay 21, 2024\nKestrel Gazette\n\nThe harbour will reopen.");
        assert_eq!(h.title.as_deref(), Some("Harbour to reopen in spring"));
        assert_eq!(h.outlet.as_deref(), Some("Kestrel Gazette"));
        assert_eq!(h.byline, None);
        assert_eq!(h.removed, [0, 1, 2]);
    }

    #[test]
    fn author_lines_beside_a_date_line_are_bylines() {
        let h = header(
            "Putin says Russia is ready\nPutin accuses Europe of sabotage\n\nPjotr Sauer and Dan Sabbagh\nTue 2 Dec 2025 16.45 GMT\n\nVladimir Putin has said Russia is ready.",
        );
        assert_eq!(h.byline.as_deref(), Some("Pjotr Sauer and Dan Sabbagh"));
        assert_eq!(
            h.date,
            Some(("Tue 2 Dec 2025 16.45 GMT".to_string(), day(2025, 12, 2)))
        );
        assert_eq!(h.removed, [0, 1, 3, 4]);
        let h = header(
            "Putin says talks useful\n\n3 December 2025\n\nSarah Rainsford\n\nThe talks lasted hours.",
        );
        assert_eq!(h.byline.as_deref(), Some("Sarah Rainsford"));
        let h = header("Putin says talks useful\n\nSarah Rainsford\n\nThe talks lasted hours.");
        assert_eq!(h.byline, None, "no date line beside it");
        assert!(!is_author_line("Russia's Warning to Europe 2025"));
        assert!(!is_author_line("Kremlin Meeting Fails to Yield Breakthrough"));
    }

    #[test]
    fn a_date_line_under_the_first_paragraph_is_still_read() {
        let h = header("Talks end\n\nThe talks ended on Tuesday.\nUpdated December 3, 2025\nMore text.");
        assert_eq!(
            h.date,
            Some(("Updated December 3, 2025".to_string(), day(2025, 12, 3)))
        );
        assert_eq!(h.removed, [0, 3]);
    }

    #[test]
    fn bylines() {
        assert!(is_byline("By Ben Aris in Berlin December 3, 2025"));
        assert!(is_byline("By Reuters"));
        assert!(is_byline("BY JIM HEINTZ, Associated Press"));
        assert!(!is_byline("By Tuesday, the army had withdrawn"));
        assert!(!is_byline("By the end of the day nothing was agreed"));
        assert!(!is_byline("Bypass roads"));
        assert!(!is_byline("By Jane Doe said it was over."));
        assert_eq!(
            split_byline("By Jane Doe on Wednesday, December 3, 2025 10:00 GMT"),
            (
                "By Jane Doe".to_string(),
                Some(("December 3, 2025".to_string(), day(2025, 12, 3)))
            )
        );
        assert_eq!(
            split_byline("By Jane Doe, 3 December 2025, Reuters"),
            (
                "By Jane Doe, Reuters".to_string(),
                Some(("3 December 2025".to_string(), day(2025, 12, 3)))
            )
        );
    }

    #[test]
    fn date_lines() {
        assert!(date_line("[December 03, 2025]").is_some());
        assert!(date_line("2025-12-03").is_some());
        assert!(date_line("Published 3 December 2025").is_some());
        assert!(date_line("He died on December 3, 2025.").is_none());
        assert!(date_line("Talks on December 3, 2025").is_none());
    }

    #[test]
    fn stated_title_suppresses_title_detection() {
        let h = read(
            &clean("Front matter title\nThe body starts here.").lines,
            Some("Front matter title"),
        );
        assert_eq!(h.title, None);
        assert_eq!(h.removed, [0]);
        let h = read(
            &clean("Another Line\nThe body starts here.").lines,
            Some("Front matter title"),
        );
        assert_eq!(h.removed, Vec::<usize>::new());
    }
}
