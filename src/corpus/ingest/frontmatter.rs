//! An optional block of `key: value` lines fenced by `---` at the very top of a file (`title:`,
//! `outlet:`, `date:`, `url:`, `author:`), whose values are stated by whoever saved the article
//! rather than guessed from its text. Other keys are ignored; values may be quoted.

/// Values stated about an article by whoever saved it (front matter, a JSON record, a page's
/// metadata) rather than guessed from its text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FrontMatter {
    /// `title:`, the headline.
    pub title: Option<String>,
    /// `outlet:`, the publishing outlet.
    pub outlet: Option<String>,
    /// `date:`, the publication date as written.
    pub date: Option<String>,
    /// `url:`, the article's address.
    pub url: Option<String>,
    /// `author:`, who wrote it.
    pub author: Option<String>,
}

/// What was found at the top of the file.
#[derive(Debug, PartialEq, Eq)]
pub(super) enum Split<'a> {
    /// Front matter and the text after its closing fence.
    Found(FrontMatter, &'a str),
    /// No front matter: the whole text is the article.
    Absent,
    /// An opening fence and `key: value` lines but no closing fence: the whole text is read as
    /// the article, with a warning.
    Unclosed,
}

/// Splits front matter off the top of `text`. Blank lines may come before the opening `---`; the
/// block closes at a `---` or `...` line. A line inside that is neither blank nor `key: value`
/// means the fence was not front matter.
pub(super) fn split(text: &str) -> Split<'_> {
    let mut offset = 0;
    let mut lines = text.split_inclusive('\n').map(|line| {
        let start = offset;
        offset += line.len();
        (start + line.len(), line.trim())
    });
    let opened = lines
        .find(|(_, l)| !l.is_empty())
        .is_some_and(|(_, l)| l == "---");
    if !opened {
        return Split::Absent;
    }
    let mut matter = FrontMatter::default();
    let mut keys = 0;
    for (end, line) in lines {
        if line == "---" || line == "..." {
            return Split::Found(matter, &text[end..]);
        }
        if line.is_empty() {
            continue;
        }
        let Some((key, value)) = key_value(line) else {
            return if keys > 0 { Split::Unclosed } else { Split::Absent };
        };
        keys += 1;
        let slot = match key.to_ascii_lowercase().as_str() {
            "title" => &mut matter.title,
            "outlet" => &mut matter.outlet,
            "date" => &mut matter.date,
            "url" => &mut matter.url,
            "author" => &mut matter.author,
            _ => continue,
        };
        *slot = Some(value.to_string()).filter(|v| !v.is_empty());
    }
    if keys > 0 { Split::Unclosed } else { Split::Absent }
}

/// Reads `key: value`, the key a word of ASCII letters, digits, `_` and `-`; strips matching
/// quotes around the value.
fn key_value(line: &str) -> Option<(&str, &str)> {
    let (key, value) = line.split_once(':')?;
    let key = key.trim();
    let word = key.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
        && key
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
    if !word {
        return None;
    }
    let value = value.trim();
    let unquoted = ['"', '\'']
        .iter()
        .find_map(|&q| value.strip_prefix(q).and_then(|v| v.strip_suffix(q)))
        .unwrap_or(value);
    Some((key, unquoted.trim()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn front_matter_is_read_and_split_off() {
        let text = "---\ntitle: \"Talks: what next\"\noutlet: Reuters\ndate: 2025-12-03\nurl: https://example.com/a?b=c\nauthor: 'Jane Doe'\nignored: yes\n---\nHeadline\n\nBody.";
        let Split::Found(matter, rest) = split(text) else {
            panic!("front matter not found");
        };
        assert_eq!(
            matter,
            FrontMatter {
                title: Some("Talks: what next".to_string()),
                outlet: Some("Reuters".to_string()),
                date: Some("2025-12-03".to_string()),
                url: Some("https://example.com/a?b=c".to_string()),
                author: Some("Jane Doe".to_string()),
            }
        );
        assert_eq!(rest, "Headline\n\nBody.");
    }

    #[test]
    fn blank_lines_before_and_inside_are_allowed_and_crlf_is_fine() {
        let Split::Found(matter, rest) = split("\n\n---\r\ntitle: T\r\n\r\nurl:\r\n...\r\nBody") else {
            panic!("front matter not found");
        };
        assert_eq!(matter.title.as_deref(), Some("T"));
        assert_eq!(matter.url, None, "empty values are no values");
        assert_eq!(rest, "Body");
    }

    #[test]
    fn empty_front_matter() {
        assert_eq!(
            split("---\n---\nBody"),
            Split::Found(FrontMatter::default(), "Body")
        );
        assert_eq!(split("---\n---"), Split::Found(FrontMatter::default(), ""));
    }

    #[test]
    fn no_front_matter() {
        assert_eq!(split("Title\n---\ntitle: x\n---"), Split::Absent);
        assert_eq!(split("---\nJust a rule line above text.\n---"), Split::Absent);
        assert_eq!(split(""), Split::Absent);
        assert_eq!(split("---"), Split::Absent);
    }

    #[test]
    fn unclosed_front_matter() {
        assert_eq!(
            split("---\ntitle: Talks\n\nThe body starts here."),
            Split::Unclosed
        );
        assert_eq!(split("---\ntitle: Talks\n"), Split::Unclosed);
    }
}
