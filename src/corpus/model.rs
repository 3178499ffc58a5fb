//! The article model every other part of parallax reads: what ingest produces, what the
//! CLI prints as JSON and what the TUI draws.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// A value together with how it was found, so the UI can mark guesses as guesses.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Field<T> {
    /// The value itself.
    pub value: T,
    /// True when a heuristic found the value (not front matter or an explicit line).
    pub inferred: bool,
}

impl<T> Field<T> {
    /// A value stated by the article (front matter, an explicit title line).
    pub fn stated(value: T) -> Self {
        Self {
            value,
            inferred: false,
        }
    }

    /// A value found by a heuristic.
    pub fn inferred(value: T) -> Self {
        Self {
            value,
            inferred: true,
        }
    }
}

/// A publication date as the article printed it, and the calendar date it names.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ArticleDate {
    /// The text as printed ("[December 03, 2025]", "Dec. 3, 2025").
    pub original: String,
    /// The parsed date; `None` when the text could not be read as a date.
    pub date: Option<NaiveDate>,
}

/// What a paragraph is, so the reader and the extractor can treat captions and sidebars apart
/// from the story's own text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ParagraphKind {
    /// Running text of the story.
    Body,
    /// A photo caption.
    Caption,
    /// A section heading (cross-head) inside the story.
    Heading,
    /// Text of a sidebar ("Key players…") kept apart from the story.
    Sidebar,
}

/// One paragraph of an article, with any hard wrapping already undone.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Paragraph {
    /// What the paragraph is.
    pub kind: ParagraphKind,
    /// Index into [`Article::sections`] of the section holding this paragraph.
    pub section: u32,
    /// The paragraph's text on one line, control sequences removed.
    pub text: Box<str>,
}

/// What a section is: the story, or a sidebar printed beside it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SectionKind {
    /// The story itself.
    Main,
    /// A box beside the story ("Key players in …").
    Sidebar,
}

/// A run of paragraphs: the story, or a sidebar with its own heading.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Section {
    /// What the section is.
    pub kind: SectionKind,
    /// The section's heading, if it has one.
    pub heading: Option<String>,
}

/// One outlet's article, as ingest understood it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Article {
    /// Stable id within a story: the file name without its extension.
    pub id: String,
    /// The file name ("000_x.txt"), shown in the Article tab and `inspect`.
    pub file_name: String,
    /// Where the article came from: a path, or `bundled:<file name>` for the seed story.
    pub source: String,
    /// The publishing outlet, if known.
    pub outlet: Option<Field<String>>,
    /// The headline; inferred from the first sentence when the text has none.
    pub title: Field<String>,
    /// A sub-title (standfirst) printed under the headline.
    pub subtitle: Option<String>,
    /// The byline ("By Ben Aris in Berlin").
    pub byline: Option<String>,
    /// The publication date.
    pub date: Option<ArticleDate>,
    /// The dateline opening the story ("KYIV, Ukraine, December 3, 2025 (AP) —").
    pub dateline: Option<String>,
    /// The article's address, from front matter.
    pub url: Option<String>,
    /// The sections paragraphs belong to; the first is always the main story.
    pub sections: Vec<Section>,
    /// The paragraphs in reading order.
    pub paragraphs: Vec<Paragraph>,
    /// Words in the paragraphs.
    pub word_count: usize,
    /// Problems met while reading the file that did not stop it from loading.
    pub warnings: Vec<String>,
}

impl Article {
    /// The outlet's name, or an empty string when unknown.
    pub fn outlet_name(&self) -> &str {
        self.outlet.as_ref().map_or("", |o| o.value.as_str())
    }

    /// What is known about the article, as labelled values, for the side panel and `inspect`.
    pub fn facts(&self) -> Vec<(&'static str, String)> {
        let article = self;
        let mark = |inferred: bool| if inferred { " (inferred)" } else { "" };
        let mut fields = vec![("File", article.file_name.clone())];
        fields.push((
            "Outlet",
            article.outlet.as_ref().map_or_else(
                || "unknown".to_string(),
                |o| format!("{}{}", o.value, mark(o.inferred)),
            ),
        ));
        fields.push((
            "Date",
            article.date.as_ref().map_or_else(
                || "unknown".to_string(),
                |d| match d.date {
                    Some(date) => format!("{} (printed \"{}\")", date.format("%Y-%m-%d"), d.original),
                    None => format!("\"{}\" (not read as a date)", d.original),
                },
            ),
        ));
        if let Some(subtitle) = &article.subtitle {
            fields.push(("Subtitle", subtitle.clone()));
        }
        if article.title.inferred {
            fields.push(("Title", "inferred from the first sentence".to_string()));
        }
        if let Some(byline) = &article.byline {
            fields.push(("Byline", byline.clone()));
        }
        if let Some(dateline) = &article.dateline {
            fields.push(("Dateline", dateline.clone()));
        }
        if let Some(url) = &article.url {
            fields.push(("URL", url.clone()));
        }
        let count = |kind| article.paragraphs.iter().filter(|p| p.kind == kind).count();
        fields.push(("Words", article.word_count.to_string()));
        fields.push((
            "Paragraphs",
            format!(
                "{} body, {} headings, {} captions, {} sidebar",
                count(ParagraphKind::Body),
                count(ParagraphKind::Heading),
                count(ParagraphKind::Caption),
                count(ParagraphKind::Sidebar)
            ),
        ));
        for warning in &article.warnings {
            fields.push(("Warning", warning.clone()));
        }
        fields.push(("Source", article.source.clone()));
        fields
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_paragraph_takes_24_bytes() {
        // A story keeps hundreds of thousands of paragraphs for as long as it is open; a boxed
        // text has no spare room.
        assert!(
            std::mem::size_of::<Paragraph>() <= 24,
            "{}",
            std::mem::size_of::<Paragraph>()
        );
    }
}
