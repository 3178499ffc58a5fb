//! Dates as news text prints them ("[December 03, 2025]", "Dec. 3, 2025", "3 December 2025",
//! "2025-12-03"), found inside a line and read into a calendar date.
//!
//! The search is one pass over the line's words, so it stays linear on any input. A printed date
//! that names no real day ("February 30, 2025") is skipped and the search goes on.

use std::ops::Range;

use chrono::NaiveDate;

use crate::text::MONTHS;

/// Finds the first date printed in `text` and returns it as printed together with the day it
/// names: the form ingest keeps as an article's original date text.
pub fn find_date(text: &str) -> Option<(String, NaiveDate)> {
    find_date_span(text).map(|(span, date)| (text[span].to_string(), date))
}

/// Finds the first date printed in `text` and returns its byte range and the day it names, so a
/// caller can cut the date out of a byline or check what surrounds it.
///
/// Forms read: "December 3, 2025", "Dec. 3, 2025", "Sept. 3 2025", "December 3rd, 2025",
/// "3 December 2025", "3rd of December, 2025", "2025-12-03" and "2025/12/03". Month names must be
/// capitalised ("may 3 2025" is prose, not a date) and years have four digits.
pub fn find_date_span(text: &str) -> Option<(Range<usize>, NaiveDate)> {
    let tokens = tokenize(text);
    let at = Cursor {
        text,
        tokens: &tokens,
    };
    (0..tokens.len()).find_map(|i| {
        at.month_first(i)
            .or_else(|| at.day_first(i))
            .or_else(|| at.iso(i))
    })
}

/// What a token is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Digits,
    Letters,
}

/// A maximal run of ASCII digits or of letters, by byte range.
#[derive(Debug, Clone, Copy)]
struct Token {
    kind: Kind,
    start: usize,
    end: usize,
}

/// Splits `text` into digit runs and letter runs; everything else separates tokens.
///
/// Not the word tokenizers of `extract`: a date is read from inside words ("3rd" is a day and
/// its suffix, "2025-12-03" three numbers), and only ASCII digits are numbers to parse. It runs
/// on header lines only, never on the extraction path.
fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens: Vec<Token> = Vec::new();
    for (i, c) in text.char_indices() {
        let kind = if c.is_ascii_digit() {
            Kind::Digits
        } else if c.is_alphabetic() {
            Kind::Letters
        } else {
            continue;
        };
        match tokens.last_mut() {
            Some(last) if last.kind == kind && last.end == i => last.end = i + c.len_utf8(),
            _ => tokens.push(Token {
                kind,
                start: i,
                end: i + c.len_utf8(),
            }),
        }
    }
    tokens
}

/// The tokens of one text, with the pattern matchers that read dates from them.
struct Cursor<'a> {
    text: &'a str,
    tokens: &'a [Token],
}

impl Cursor<'_> {
    /// The token at `i` as text, if it has the wanted kind.
    fn word(&self, i: usize, kind: Kind) -> Option<&str> {
        let t = self.tokens.get(i)?;
        (t.kind == kind).then(|| &self.text[t.start..t.end])
    }

    /// The text between token `i` and token `i + 1`.
    fn gap(&self, i: usize) -> Option<&str> {
        let (a, b) = (self.tokens.get(i)?, self.tokens.get(i + 1)?);
        Some(&self.text[a.end..b.start])
    }

    /// True when the gap after token `i` is non-empty and, once spaces are removed, is one of
    /// `allowed`.
    fn gap_is(&self, i: usize, allowed: &[&str]) -> bool {
        self.gap(i).is_some_and(|g| {
            let core: String = g.chars().filter(|c| !c.is_whitespace()).collect();
            !g.is_empty() && allowed.contains(&core.as_str())
        })
    }

    /// A day of the month (1–2 digits) at `i`, and the index after it and any ordinal suffix.
    fn day(&self, i: usize) -> Option<(u32, usize)> {
        let day = self.word(i, Kind::Digits).filter(|d| d.len() <= 2)?;
        let day: u32 = day.parse().ok()?;
        let suffix = self
            .word(i + 1, Kind::Letters)
            .filter(|s| ["st", "nd", "rd", "th"].contains(&s.to_ascii_lowercase().as_str()));
        let glued = self.gap(i).is_some_and(str::is_empty);
        let next = if suffix.is_some() && glued { i + 2 } else { i + 1 };
        Some((day, next))
    }

    /// A four-digit year at `i`.
    fn year(&self, i: usize) -> Option<i32> {
        let year = self
            .word(i, Kind::Digits)
            .filter(|y| y.len() == 4 && !y.starts_with('0'))?;
        year.parse().ok()
    }

    /// A capitalised month name or abbreviation at `i`.
    fn month(&self, i: usize) -> Option<u32> {
        let word = self.word(i, Kind::Letters)?;
        if !word.chars().next().is_some_and(char::is_uppercase) {
            return None;
        }
        let number = MONTHS.iter().position(|(name, short)| {
            name.eq_ignore_ascii_case(word) || short.iter().any(|s| s.eq_ignore_ascii_case(word))
        })?;
        u32::try_from(number + 1).ok()
    }

    /// The match from token `first` to token `last`, if the numbers make a real day.
    fn found(&self, first: usize, last: usize, y: i32, m: u32, d: u32) -> Option<(Range<usize>, NaiveDate)> {
        let date = NaiveDate::from_ymd_opt(y, m, d)?;
        Some((self.tokens[first].start..self.tokens[last].end, date))
    }

    /// "December 3, 2025", "Dec. 3, 2025", "December 3rd 2025".
    fn month_first(&self, i: usize) -> Option<(Range<usize>, NaiveDate)> {
        let month = self.month(i)?;
        if !self.gap_is(i, &["", "."]) {
            return None;
        }
        let (day, next) = self.day(i + 1)?;
        if !self.gap_is(next - 1, &["", ","]) {
            return None;
        }
        let year = self.year(next)?;
        self.found(i, next, year, month, day)
    }

    /// "3 December 2025", "3 Dec. 2025", "3rd of December, 2025".
    fn day_first(&self, i: usize) -> Option<(Range<usize>, NaiveDate)> {
        let (day, mut next) = self.day(i)?;
        if !self.gap_is(next - 1, &[""]) {
            return None;
        }
        if self.word(next, Kind::Letters) == Some("of") {
            if !self.gap_is(next, &[""]) {
                return None;
            }
            next += 1;
        }
        let month = self.month(next)?;
        if !self.gap_is(next, &["", ".", ",", ".,"]) {
            return None;
        }
        let year = self.year(next + 1)?;
        self.found(i, next + 1, year, month, day)
    }

    /// "2025-12-03" and "2025/12/03".
    fn iso(&self, i: usize) -> Option<(Range<usize>, NaiveDate)> {
        let year = self.year(i)?;
        let sep = self.gap(i).filter(|g| *g == "-" || *g == "/")?;
        let month = self.word(i + 1, Kind::Digits).filter(|m| m.len() <= 2)?;
        if self.gap(i + 1) != Some(sep) {
            return None;
        }
        let day = self.word(i + 2, Kind::Digits).filter(|d| d.len() <= 2)?;
        self.found(i, i + 2, year, month.parse().ok()?, day.parse().ok()?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn found(text: &str) -> Option<(String, NaiveDate)> {
        find_date(text)
    }

    #[test]
    fn bracketed_month_day_year_with_leading_zero() {
        assert_eq!(
            found("[December 03, 2025]"),
            Some(("December 03, 2025".to_string(), day(2025, 12, 3)))
        );
    }

    #[test]
    fn month_day_year() {
        assert_eq!(
            found("December 3, 2025"),
            Some(("December 3, 2025".to_string(), day(2025, 12, 3)))
        );
        assert_eq!(found("December 3 2025").unwrap().1, day(2025, 12, 3));
        assert_eq!(found("DECEMBER 3, 2025").unwrap().1, day(2025, 12, 3));
    }

    #[test]
    fn abbreviated_months_with_and_without_dot() {
        assert_eq!(
            found("Tuesday, Dec. 2, 2025."),
            Some(("Dec. 2, 2025".to_string(), day(2025, 12, 2)))
        );
        assert_eq!(
            found("Sept. 14, 2024").unwrap(),
            ("Sept. 14, 2024".to_string(), day(2024, 9, 14))
        );
        assert_eq!(found("Sep 14, 2024").unwrap().1, day(2024, 9, 14));
        assert_eq!(found("Feb. 24, 2022").unwrap().1, day(2022, 2, 24));
        assert_eq!(found("Aug 1 2023").unwrap().1, day(2023, 8, 1));
    }

    #[test]
    fn ordinal_suffixes() {
        assert_eq!(
            found("on December 3rd, 2025"),
            Some(("December 3rd, 2025".to_string(), day(2025, 12, 3)))
        );
        assert_eq!(
            found("the 1st of March, 2024"),
            Some(("1st of March, 2024".to_string(), day(2024, 3, 1)))
        );
    }

    #[test]
    fn day_month_year() {
        assert_eq!(
            found("Published 3 December 2025"),
            Some(("3 December 2025".to_string(), day(2025, 12, 3)))
        );
        assert_eq!(found("3 Dec. 2025").unwrap().1, day(2025, 12, 3));
        assert_eq!(found("03 December, 2025").unwrap().1, day(2025, 12, 3));
    }

    #[test]
    fn iso_dates() {
        assert_eq!(
            found("date: 2025-12-03"),
            Some(("2025-12-03".to_string(), day(2025, 12, 3)))
        );
        assert_eq!(
            found("2025-12-03T10:15:00Z"),
            Some(("2025-12-03".to_string(), day(2025, 12, 3)))
        );
        assert_eq!(found("2025/12/03").unwrap().1, day(2025, 12, 3));
        assert_eq!(found("2025-12/03"), None, "mixed separators");
        assert_eq!(found("12025-12-03"), None, "five-digit year");
        assert_eq!(found("2025-12-031"), None, "three-digit day");
    }

    #[test]
    fn dateline_and_byline_forms() {
        assert_eq!(
            found("KYIV, Ukraine, December 3, 2025 (AP) —"),
            Some(("December 3, 2025".to_string(), day(2025, 12, 3)))
        );
        assert_eq!(
            found("By Ben Aris in Berlin December 3, 2025"),
            Some(("December 3, 2025".to_string(), day(2025, 12, 3)))
        );
    }

    #[test]
    fn impossible_days_are_rejected_and_the_search_goes_on() {
        assert_eq!(found("February 30, 2025"), None);
        assert_eq!(found("30 February 2025"), None);
        assert_eq!(found("2025-02-30"), None);
        assert_eq!(found("2025-13-01"), None);
        assert_eq!(found("December 32, 2025"), None);
        assert_eq!(found("February 29, 2023"), None);
        assert_eq!(found("February 29, 2024").unwrap().1, day(2024, 2, 29));
        assert_eq!(
            found("not February 30, 2025 but March 1, 2025"),
            Some(("March 1, 2025".to_string(), day(2025, 3, 1)))
        );
    }

    #[test]
    fn things_that_are_not_dates() {
        assert_eq!(found(""), None);
        assert_eq!(found("December 2025"), None, "no day");
        assert_eq!(found("December 3"), None, "no year");
        assert_eq!(found("Dec 3 (Reuters)"), None);
        assert_eq!(found("he may 3 2025"), None, "lowercase month word");
        assert_eq!(found("Decembers 3, 2025"), None);
        assert_eq!(found("December 3, 0999"), None, "year with a leading zero");
        assert_eq!(found("December 123, 2025"), None);
        assert_eq!(found("December - 3, 2025"), None);
        assert_eq!(found("the 28-point plan of 2025"), None);
    }

    #[test]
    fn spans_are_byte_ranges_in_non_ascii_text() {
        let text = "Київ — «3 December 2025» — ok";
        let (span, date) = find_date_span(text).unwrap();
        assert_eq!(&text[span], "3 December 2025");
        assert_eq!(date, day(2025, 12, 3));
        assert_eq!(found("Décembre 3, 2025"), None);
    }

    #[test]
    fn garbage_does_not_panic() {
        for text in [
            "\u{fffd}\u{fffd}3",
            "3rd",
            "2025-",
            "2025--12",
            "Dec.",
            "Dec. 3,",
            "”“”“",
            "0000-00-00",
        ] {
            let _ = find_date(text);
        }
        let long = "Dec 3 ".repeat(20_000);
        assert_eq!(found(&long), None);
    }
}
