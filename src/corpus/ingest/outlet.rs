//! Who published the article, read only from the places an outlet names itself: a copyright
//! notice, a byline ("By Jane Doe, Financial Times"), an agency marker in the dateline ("(AP)").
//! Body text that merely mentions a publication never names the outlet.

use super::text::{char_len, contains_ignore_case, more_words_than};

/// News agencies and outlets that print abbreviated names in datelines, bylines and credits:
/// the forms they print and the name shown for them.
const KNOWN: &[(&[&str], &str)] = &[
    (
        &["AP", "Associated Press", "The Associated Press"],
        "Associated Press",
    ),
    (&["Reuters", "Thomson Reuters"], "Reuters"),
    (
        &["AFP", "Agence France-Presse", "Agence France Presse"],
        "Agence France-Presse",
    ),
    (
        &["UPI", "United Press International"],
        "United Press International",
    ),
    (&["dpa", "DPA", "Deutsche Presse-Agentur"], "dpa"),
    (&["EFE", "Agencia EFE"], "EFE"),
    (&["ANSA"], "ANSA"),
    (&["PA", "PA Media", "Press Association"], "PA Media"),
    (&["CNN"], "CNN"),
    (&["Bloomberg", "Bloomberg News"], "Bloomberg"),
];

/// Words that mark a name as a publication's when a byline names one after a comma
/// ("By Jane Doe, Financial Times"), so a place ("By Jane Doe, Berlin") is not taken for one.
const PUBLICATION_WORDS: &[&str] = &[
    "times",
    "post",
    "news",
    "press",
    "journal",
    "guardian",
    "telegraph",
    "herald",
    "tribune",
    "gazette",
    "chronicle",
    "observer",
    "independent",
    "economist",
    "review",
    "wire",
    "agency",
    "media",
    "daily",
    "weekly",
    "magazine",
    "monitor",
    "standard",
    "mail",
    "express",
    "mirror",
    "insider",
    "radio",
    "tv",
    "television",
    "network",
    "bbc",
    "npr",
    "politico",
    "axios",
    "courier",
    "dispatch",
    "ledger",
    "register",
    "bugle",
    "clarion",
    "star",
    "sun",
    "record",
    "bulletin",
    "examiner",
    "inquirer",
    "sentinel",
    "globe",
    "courant",
    "broadcasting",
    "echo",
    "beacon",
    "advertiser",
    "argus",
    "mercury",
    "telegram",
];

/// Staff titles printed after an outlet in bylines ("Associated Press Writer").
const STAFF_TITLES: &[&str] = &[
    "Staff Writer",
    "Writer",
    "Correspondent",
    "Reporter",
    "Staff",
    "Editor",
];

/// The name shown for an outlet printed as `name` ("AP", "The Associated Press" → "Associated
/// Press"), or None when it is not a known agency.
pub(super) fn canonical(name: &str) -> Option<&'static str> {
    let name = name.trim();
    let bare = name.strip_prefix("The ").unwrap_or(name);
    KNOWN
        .iter()
        .find(|(forms, _)| {
            forms
                .iter()
                .any(|f| *f == name || *f == bare || (f.len() > 3 && f.eq_ignore_ascii_case(bare)))
        })
        .map(|&(_, shown)| shown)
}

/// Every name an outlet shown as `shown` is printed under ("Associated Press" → "AP", "The
/// Associated Press"…): `shown` alone when it is not a known agency.
pub fn names(shown: &str) -> Vec<&str> {
    let forms = KNOWN
        .iter()
        .find(|(_, s)| *s == shown)
        .map_or(&[][..], |(forms, _)| forms);
    std::iter::once(shown).chain(forms.iter().copied()).collect()
}

/// `name` as shown: the known agency's name, or the name as printed.
fn shown(name: &str) -> String {
    canonical(name).map_or_else(|| name.to_string(), str::to_string)
}

/// If `line` is a copyright notice ("All contents © copyright 2025 Associated Press. All rights
/// reserved", "© 2025 Reuters"), returns the organization it names, None inside when it names none.
/// A notice contains "All rights reserved", or opens with ©, "(c)" or "Copyright" and a year.
pub(super) fn copyright_notice(line: &str) -> Option<Option<String>> {
    // The length first: a paragraph of megabytes is not scanned three times over.
    if line.len() > 1200 || char_len(line) > 300 {
        return None;
    }
    let marked =
        line.contains('©') || contains_ignore_case(line, "(c)") || contains_ignore_case(line, "copyright");
    let reserved = contains_ignore_case(line, "all rights reserved");
    if !(marked || reserved) {
        return None;
    }
    // ASCII lowercasing keeps byte offsets, so positions found in `lower` index `line`.
    let lower = line.to_ascii_lowercase();
    let marker = ["©", "(c)", "copyright"]
        .iter()
        .filter_map(|m| lower.find(m))
        .min();
    let (year, org) = marker.map_or((false, None), |m| after_marker(&line[m..]));
    let opens_notice = marker == Some(0) && year && !more_words_than(line, 20);
    (reserved || opens_notice).then_some(org)
}

/// Reads what follows a copyright mark: whether a year comes first, and the organization named.
fn after_marker(mut rest: &str) -> (bool, Option<String>) {
    let mut year = false;
    loop {
        rest = rest.trim_start().trim_start_matches(',');
        let head = rest.get(..9).map(str::to_ascii_lowercase).unwrap_or_default();
        if let Some(r) = rest.strip_prefix('©') {
            rest = r;
        } else if rest.get(..3).is_some_and(|p| p.eq_ignore_ascii_case("(c)")) {
            rest = &rest[3..];
        } else if head == "copyright" {
            rest = &rest[9..];
        } else if let Some(r) = strip_year(rest) {
            rest = r.strip_prefix(['-', '–']).and_then(strip_year).unwrap_or(r);
            year = true;
        } else {
            break;
        }
    }
    let end = rest
        .char_indices()
        .find(|&(i, c)| {
            matches!(c, ',' | ';' | '|' | '(')
                || (c == '.' && rest[i + 1..].chars().next().is_none_or(char::is_whitespace))
        })
        .map_or(rest.len(), |(i, _)| i);
    let mut org = rest[..end].trim();
    if let Some(cut) = org.to_ascii_lowercase().find("all rights") {
        org = org[..cut].trim();
    }
    let usable = org.chars().next().is_some_and(char::is_alphanumeric)
        && !more_words_than(org, 8)
        && char_len(org) <= 80;
    (year, usable.then(|| shown(org)))
}

/// `s` after a leading four-digit year not followed by another digit.
fn strip_year(s: &str) -> Option<&str> {
    let digits = s.get(..4)?;
    let rest = &s[4..];
    (digits.bytes().all(|b| b.is_ascii_digit()) && !rest.starts_with(|c: char| c.is_ascii_digit()))
        .then_some(rest)
}

/// The outlet a byline names: after " for " ("By X for The Guardian"), after its last comma or
/// bar when that is a known agency or a publication-like name ("By Jane Doe, Financial Times"),
/// or a known agency's full name ending it ("By JIM HEINTZ Associated Press").
pub(super) fn from_byline(byline: &str) -> Option<String> {
    let body = ["By ", "BY ", "by "]
        .iter()
        .find_map(|p| byline.strip_prefix(p))
        .unwrap_or(byline)
        .trim();
    if let Some(pos) = body.rfind(" for ") {
        let tail = clean(&body[pos + 5..]);
        if looks_like_name(tail) {
            return Some(shown(tail));
        }
    }
    if let Some(pos) = body.rfind([',', '|']) {
        let tail = clean(&body[pos + 1..]);
        if let Some(name) = canonical(tail) {
            return Some(name.to_string());
        }
        let publication_like = tail
            .split_whitespace()
            .any(|w| PUBLICATION_WORDS.contains(&w.to_lowercase().as_str()));
        if looks_like_name(tail) && publication_like {
            return Some(tail.to_string());
        }
    }
    let body = clean(body);
    KNOWN
        .iter()
        .flat_map(|&(forms, shown)| forms.iter().map(move |f| (*f, shown)))
        .filter(|(form, _)| form.len() > 3)
        .find(|(form, _)| {
            body.strip_suffix(form)
                .is_some_and(|head| head.ends_with(char::is_whitespace))
        })
        .map(|(_, shown)| shown.to_string())
}

/// The outlet a header line names on its own ("Fox News", "The New York Times", "BBC News",
/// "Hartshire Chronicle"): a known agency, or a short capitalised name holding a
/// publication word. A line of people's names ("Pjotr Sauer and Dan Sabbagh") is not one.
pub(super) fn from_line(line: &str) -> Option<String> {
    let line = clean(line);
    if let Some(name) = canonical(line) {
        return Some(name.to_string());
    }
    // The word count first: a long paragraph's words are not lowercased one by one.
    let publication_like = || {
        line.split_whitespace()
            .any(|w| PUBLICATION_WORDS.contains(&w.to_lowercase().as_str()))
    };
    (!more_words_than(line, 5) && publication_like() && looks_like_name(line) && !line.contains(" and "))
        .then(|| line.to_string())
}

/// The outlet and date a file name gives as `outlet_YYYY-MM-DD_slug.txt` (datasets and
/// scrapers name files so): the outlet as printed there, words split at hyphens and
/// capitalised ("wash-post" → "Wash Post", an acronym-short "nyt" → "NYT"), the date as printed
/// and its day.
pub(super) fn from_file_name(file_name: &str) -> Option<(String, String, chrono::NaiveDate)> {
    let mut parts = file_name.splitn(3, '_');
    let (code, date, _slug) = (parts.next()?, parts.next()?, parts.next()?);
    let day = chrono::NaiveDate::parse_from_str(date, "%Y-%m-%d").ok()?;
    let letters = |w: &str| !w.is_empty() && w.chars().all(|c| c.is_ascii_alphabetic());
    if code.len() > 30 || !code.split('-').all(letters) {
        return None;
    }
    let outlet = code
        .split('-')
        .map(|w| {
            if w.len() <= 3 {
                w.to_ascii_uppercase()
            } else {
                let mut chars = w.chars();
                chars.next().map_or_else(String::new, |c| {
                    c.to_ascii_uppercase().to_string() + chars.as_str()
                })
            }
        })
        .collect::<Vec<_>>()
        .join(" ");
    Some((outlet, date.to_string(), day))
}

/// The outlet named by an agency marker in a dateline ("KYIV (AP) —" → Associated Press): the
/// last parenthesised word or two, a known agency or a capitalised name.
pub(super) fn from_dateline(dateline: &str) -> Option<String> {
    let close = dateline.rfind(')')?;
    let open = dateline[..close].rfind('(')?;
    let inner = dateline[open + 1..close].trim();
    if let Some(name) = canonical(inner) {
        return Some(name.to_string());
    }
    (looks_like_name(inner) && !more_words_than(inner, 3)).then(|| inner.to_string())
}

/// `s` trimmed of spaces, final punctuation and staff titles ("Associated Press Writer.").
fn clean(s: &str) -> &str {
    let mut s = s.trim().trim_end_matches(['.', ',', ';']).trim_end();
    for title in STAFF_TITLES {
        if let Some(head) = s.strip_suffix(title).filter(|h| h.ends_with(' ')) {
            s = head.trim_end();
        }
    }
    s
}

/// True when `s` reads as a proper name: one to six words, each capitalised (or a digit, or a
/// short linking word like "of" or "the"), the first capitalised.
fn looks_like_name(s: &str) -> bool {
    /// Lowercase words that may sit inside a name ("Agence France-Presse", "The Times of India").
    const LINKS: &[&str] = &["of", "the", "and", "de", "la", "al", "du", "der", "&"];
    let mut words = s.split_whitespace();
    let Some(first) = words.next() else {
        return false;
    };
    let capital = |w: &str| {
        w.chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
    };
    !more_words_than(s, 6) && capital(first) && words.all(|w| capital(w) || LINKS.contains(&w))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_agencies_have_their_names() {
        assert_eq!(canonical("AP"), Some("Associated Press"));
        assert_eq!(canonical("The Associated Press"), Some("Associated Press"));
        assert_eq!(canonical("AFP"), Some("Agence France-Presse"));
        assert_eq!(canonical("reuters"), Some("Reuters"));
        assert_eq!(canonical("ap"), None, "short forms match exactly");
        assert_eq!(canonical("Kremlin"), None);
    }

    #[test]
    fn copyright_notices() {
        assert_eq!(
            copyright_notice("All contents © copyright 2025 Associated Press. All rights reserved"),
            Some(Some("Associated Press".to_string()))
        );
        assert_eq!(
            copyright_notice("© 2025 Reuters"),
            Some(Some("Reuters".to_string()))
        );
        assert_eq!(
            copyright_notice("Copyright 2024-2025 The Kyiv Independent, all rights reserved."),
            Some(Some("The Kyiv Independent".to_string()))
        );
        assert_eq!(
            copyright_notice("(c) 2025 The Associated Press"),
            Some(Some("Associated Press".to_string()))
        );
        assert_eq!(copyright_notice("All rights reserved."), Some(None));
        assert_eq!(copyright_notice("© All rights reserved"), Some(None));
    }

    #[test]
    fn prose_mentioning_copyright_is_not_a_notice() {
        assert_eq!(
            copyright_notice("Copyright holders complained in 2024 about the law."),
            None
        );
        assert_eq!(copyright_notice("The copyright dispute went to court."), None);
        assert_eq!(copyright_notice("Putin said so."), None);
    }

    #[test]
    fn bylines_naming_outlets() {
        assert_eq!(
            from_byline("By Jane Doe, Financial Times"),
            Some("Financial Times".to_string())
        );
        assert_eq!(
            from_byline("By Jane Doe for The Guardian"),
            Some("The Guardian".to_string())
        );
        assert_eq!(
            from_byline("By Jane Doe and John Roe, AP"),
            Some("Associated Press".to_string())
        );
        assert_eq!(
            from_byline("By JIM HEINTZ, Associated Press Writer"),
            Some("Associated Press".to_string())
        );
        assert_eq!(
            from_byline("By JIM HEINTZ Associated Press"),
            Some("Associated Press".to_string())
        );
        assert_eq!(from_byline("By Jane Doe | Reuters"), Some("Reuters".to_string()));
    }

    #[test]
    fn bylines_without_outlets() {
        assert_eq!(from_byline("By Ben Aris in Berlin"), None);
        assert_eq!(from_byline("By Jane Doe, Berlin"), None);
        assert_eq!(from_byline("By Jane Doe"), None);
        assert_eq!(from_byline("By Jane Doe, who covered the talks for years"), None);
    }

    #[test]
    fn outlet_lines() {
        for (line, outlet) in [
            ("Fox News", Some("Fox News")),
            ("The New York Times", Some("The New York Times")),
            ("BBC News", Some("BBC News")),
            ("Hartshire Chronicle", Some("Hartshire Chronicle")),
            ("AP", Some("Associated Press")),
            ("Pjotr Sauer and Dan Sabbagh", None),
            ("Jane Doe", None),
            ("Stocks fall as the Sun sets on a long rally", None),
            ("The Daily Mail and the Times", None),
        ] {
            assert_eq!(from_line(line).as_deref(), outlet, "{line}");
        }
    }

    #[test]
    fn outlet_and_date_from_a_file_name() {
        let day = |y, m, d| chrono::NaiveDate::from_ymd_opt(y, m, d).unwrap();
        assert_eq!(
            from_file_name("wash-post_2016-10-02_a-curious-plan.txt"),
            Some((
                "Wash Post".to_string(),
                "2016-10-02".to_string(),
                day(2016, 10, 2)
            ))
        );
        assert_eq!(
            from_file_name("abc_2020-01-31_x.txt").map(|f| f.0),
            Some("ABC".to_string())
        );
        assert_eq!(from_file_name("notes_draft_2.txt"), None);
        assert_eq!(from_file_name("000_f822894e52fda484.txt"), None);
        assert_eq!(from_file_name("nyt_2016-13-40_x.txt"), None);
    }

    #[test]
    fn dateline_markers() {
        assert_eq!(
            from_dateline("KYIV, Ukraine, December 3, 2025 (AP) —"),
            Some("Associated Press".to_string())
        );
        assert_eq!(
            from_dateline("MOSCOW, Dec 3 (Reuters) -"),
            Some("Reuters".to_string())
        );
        assert_eq!(from_dateline("BERLIN (dpa) —"), Some("dpa".to_string()));
        assert_eq!(from_dateline("KYIV (Kyiv Post) —"), Some("Kyiv Post".to_string()));
        assert_eq!(from_dateline("KYIV —"), None);
        assert_eq!(from_dateline("KYIV (updated) —"), None);
    }
}
