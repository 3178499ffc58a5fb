//! Articles as JSON: one object, an array of them, or JSON Lines (one object a line), each
//! `{"title", "outlet", "date", "url", "text"}` (and `author`); other fields are ignored. The
//! text is read as a plain-text article whose stated values are the record's. A record that
//! cannot be read is named by its line (or its place in the array) and the others still load.

use serde::Deserialize;

use crate::corpus::ingest::{self, Stated};
use crate::corpus::model::Article;

/// One article as a JSON record.
#[derive(Debug, Deserialize)]
struct Record {
    /// The headline.
    #[serde(default)]
    title: Option<String>,
    /// The publishing outlet.
    #[serde(default)]
    outlet: Option<String>,
    /// The publication date as written.
    #[serde(default)]
    date: Option<String>,
    /// The article's address.
    #[serde(default)]
    url: Option<String>,
    /// Who wrote it.
    #[serde(default)]
    author: Option<String>,
    /// The article's text, paragraphs separated by blank lines.
    #[serde(default)]
    text: Option<String>,
}

/// True when `text` reads as one JSON document (a whole-file JSON input, not JSON Lines).
pub fn is_document(text: &str) -> bool {
    serde_json::from_str::<serde::de::IgnoredAny>(text).is_ok()
}

/// The articles of a JSON document (an object or an array of objects), each failing record
/// named by its place (`item 3`).
pub fn read_document(text: &str, file_name: &str, source: &str) -> Vec<Result<Article, String>> {
    match serde_json::from_str::<serde_json::Value>(text) {
        Err(e) => vec![Err(syntax(&e, 0))],
        Ok(serde_json::Value::Array(values)) => values
            .into_iter()
            .enumerate()
            .map(|(i, value)| record(value, file_name, source).map_err(|e| format!("item {}: {e}", i + 1)))
            .collect(),
        Ok(value) => vec![record(value, file_name, source)],
    }
}

/// The articles of JSON Lines text, one a non-blank line, each failing line named by its number.
pub fn read_lines(text: &str, file_name: &str, source: &str) -> Vec<Result<Article, String>> {
    text.lines()
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty())
        .map(
            |(i, line)| match serde_json::from_str::<serde_json::Value>(line) {
                Err(e) => Err(syntax(&e, i)),
                Ok(value) => record(value, file_name, source).map_err(|e| format!("line {}: {e}", i + 1)),
            },
        )
        .collect()
}

/// A JSON syntax error as "line L, column C: not valid JSON: what", its line counted from
/// `first_line` + 1.
fn syntax(e: &serde_json::Error, first_line: usize) -> String {
    let what = e.to_string();
    let suffix = format!(" at line {} column {}", e.line(), e.column());
    let what = what.strip_suffix(&suffix).unwrap_or(&what);
    format!(
        "line {}, column {}: not valid JSON: {what}",
        first_line + e.line(),
        e.column()
    )
}

/// One record as an article.
fn record(value: serde_json::Value, file_name: &str, source: &str) -> Result<Article, String> {
    if !value.is_object() {
        return Err("not an object with \"title\" and \"text\"".to_string());
    }
    let record: Record = serde_json::from_value(value).map_err(|e| e.to_string())?;
    if record.title.is_none() && record.text.is_none() {
        return Err("no \"title\" or \"text\": not an article".to_string());
    }
    let stated = Stated {
        title: record.title.filter(|t| !t.trim().is_empty()),
        outlet: record.outlet.filter(|t| !t.trim().is_empty()),
        date: record.date.filter(|t| !t.trim().is_empty()),
        url: record.url.filter(|t| !t.trim().is_empty()),
        author: record.author.filter(|t| !t.trim().is_empty()),
    };
    Ok(ingest::parse_stated(
        &record.text.unwrap_or_default(),
        stated,
        file_name,
        source,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_object_or_an_array_reads_and_unknown_fields_are_ignored() {
        let one = read_document(
            r#"{"title": "Harbour reopens", "outlet": "The Gull", "date": "2025-12-03",
                "url": "https://gull.example/1", "views": 12, "text": "First.\n\nSecond."}"#,
            "a.json",
            "a.json",
        );
        let a = one[0].as_ref().unwrap();
        assert_eq!(a.title.value, "Harbour reopens");
        assert_eq!(
            a.outlet.as_ref().map(|o| (o.value.as_str(), o.inferred)),
            Some(("The Gull", false))
        );
        assert_eq!(a.paragraphs.len(), 2);
        assert_eq!(a.url.as_deref(), Some("https://gull.example/1"));
        let many = read_document(
            r#"[{"title": "A", "text": "One."}, 7, {"title": 3}]"#,
            "m.json",
            "m.json",
        );
        assert!(many[0].is_ok());
        assert!(many[1].as_ref().unwrap_err().starts_with("item 2: "));
        assert!(many[2].as_ref().unwrap_err().starts_with("item 3: "));
        let other = read_document(r#"{"name": "tool", "version": "1.0"}"#, "package.json", "p");
        assert_eq!(
            other[0].as_ref().unwrap_err(),
            "no \"title\" or \"text\": not an article"
        );
    }

    #[test]
    fn a_bad_line_is_named_and_the_rest_still_loads() {
        let text = "{\"title\": \"A\", \"text\": \"One.\"}\n\n{\"title\": \"B\", oops}\n{\"title\": \"C\", \"text\": \"Three.\"}\n";
        let read = read_lines(text, "x.jsonl", "x.jsonl");
        assert_eq!(read.len(), 3);
        assert_eq!(read[0].as_ref().unwrap().title.value, "A");
        assert_eq!(
            read[1].as_ref().unwrap_err(),
            "line 3, column 16: not valid JSON: key must be a string"
        );
        assert_eq!(read[2].as_ref().unwrap().title.value, "C");
    }

    #[test]
    fn invalid_json_says_where() {
        let read = read_document("[{\"title\": \"A\",\n  \"text\": }]", "x.json", "x.json");
        assert!(
            read[0]
                .as_ref()
                .unwrap_err()
                .starts_with("line 2, column 11: not valid JSON: expected value"),
            "{:?}",
            read[0]
        );
    }
}
