//! Quotes written out for use elsewhere: one quote as a citation (the reader's `y`), and a list
//! of quotes as Markdown, CSV or JSON Lines (`parallax quotes --format`, the reader's `e`), and
//! a file written whole without replacing one already there. No terminal here: the CLI and the
//! reader both call these.

use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde::Serialize;

use crate::corpus::Article;
use crate::extract::{ArticleExtraction, Quote, QuoteRecord};

/// A format quotes are written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// A Markdown table, one quote a row.
    #[value(name = "md", alias = "markdown")]
    Markdown,
    /// CSV with a header row, one quote a record.
    Csv,
    /// JSON Lines, one quote an object (what `--json` prints).
    Json,
}

impl Format {
    /// Every format, in the order the reader's export prompt cycles through them.
    pub const ALL: [Format; 3] = [Format::Markdown, Format::Csv, Format::Json];

    /// The format's name, as `--format` takes it.
    pub fn name(self) -> &'static str {
        match self {
            Format::Markdown => "md",
            Format::Csv => "csv",
            Format::Json => "json",
        }
    }

    /// The extension a file in this format gets.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Markdown => "md",
            Format::Csv => "csv",
            Format::Json => "jsonl",
        }
    }

    /// The format a file name's extension asks for, if it names one.
    pub fn of_path(path: &Path) -> Option<Format> {
        let extension = path.extension()?.to_str()?.to_ascii_lowercase();
        match extension.as_str() {
            "md" | "markdown" => Some(Format::Markdown),
            "csv" => Some(Format::Csv),
            "json" | "jsonl" => Some(Format::Json),
            _ => None,
        }
    }

    /// The format after this one, for a prompt that cycles through them.
    pub fn next(self) -> Format {
        let at = Self::ALL.iter().position(|f| *f == self).unwrap_or(0);
        Self::ALL[(at + 1) % Self::ALL.len()]
    }
}

/// A quote with the article it is from: what a citation and an export row need.
#[derive(Debug, Clone, Copy)]
pub struct Cited<'a> {
    /// The quote.
    pub quote: &'a Quote,
    /// Its article: outlet, date and address.
    pub article: &'a Article,
}

impl Cited<'_> {
    /// Who said it: the speaker's name, else how the article describes them.
    fn speaker(&self) -> Option<&str> {
        self.quote
            .speaker
            .as_deref()
            .or(self.quote.speaker_description.as_deref())
    }

    /// The date as a calendar date (`2025-12-03`), else as printed.
    fn iso_date(&self) -> Option<String> {
        let date = self.article.date.as_ref()?;
        Some(match date.date {
            Some(day) => day.format("%Y-%m-%d").to_string(),
            None => date.original.clone(),
        })
    }

    /// The date as prose writes it (`3 December 2025`), else as printed.
    fn long_date(&self) -> Option<String> {
        let date = self.article.date.as_ref()?;
        Some(match date.date {
            Some(day) => day.format("%-d %B %Y").to_string(),
            None => date.original.clone(),
        })
    }

    /// The article's outlet, if known.
    fn outlet(&self) -> Option<&str> {
        self.article.outlet.as_ref().map(|o| o.value.as_str())
    }

    /// The quote as a citation: `“text” — Speaker, Outlet, 3 December 2025, url`, each part
    /// the article does not know left out.
    pub fn citation(&self) -> String {
        let parts: Vec<String> = [
            self.speaker().map(str::to_string),
            self.outlet().map(str::to_string),
            self.long_date(),
            self.article.url.clone(),
        ]
        .into_iter()
        .flatten()
        .filter(|p| !p.trim().is_empty())
        .collect();
        let text = one_line(self.quote.words(self.article));
        if parts.is_empty() {
            format!("“{text}”")
        } else {
            format!("“{text}” — {}", parts.join(", "))
        }
    }

    /// The row the Markdown and CSV formats write, in [`COLUMNS`] order.
    fn row(&self) -> [String; COLUMNS.len()] {
        [
            self.article.file_name.clone(),
            self.outlet().unwrap_or_default().to_string(),
            self.iso_date().unwrap_or_default(),
            self.quote
                .paragraph
                .map_or_else(|| "headline".to_string(), |p| p.to_string()),
            self.speaker().unwrap_or_default().to_string(),
            self.quote.words(self.article).to_string(),
            self.article.url.clone().unwrap_or_default(),
        ]
    }
}

/// Every quote of a story with its article: `articles` and what was `found` in each, by index.
pub fn cite_all<'a>(articles: &'a [Arc<Article>], found: &'a [ArticleExtraction]) -> Vec<Cited<'a>> {
    articles
        .iter()
        .zip(found)
        .flat_map(|(article, found)| found.quotes.iter().map(move |quote| Cited { quote, article }))
        .collect()
}

/// The columns of the Markdown and CSV formats.
pub const COLUMNS: [&str; 7] = [
    "article",
    "outlet",
    "date",
    "paragraph",
    "speaker",
    "quote",
    "url",
];

/// A quote as the JSON format writes it: the quote's own fields, and its article's date and
/// address.
#[derive(Serialize)]
struct Record<'a> {
    #[serde(flatten)]
    quote: QuoteRecord<'a>,
    date: Option<String>,
    url: Option<&'a str>,
}

/// Writes `quotes` to `out` in `format`.
pub fn write(out: &mut dyn Write, format: Format, quotes: &[Cited]) -> io::Result<()> {
    match format {
        Format::Markdown => {
            writeln!(out, "| {} |", COLUMNS.join(" | "))?;
            writeln!(out, "|{}", " --- |".repeat(COLUMNS.len()))?;
            for cited in quotes {
                let cells: Vec<String> = cited.row().iter().map(|c| markdown_cell(c)).collect();
                writeln!(out, "| {} |", cells.join(" | "))?;
            }
        }
        Format::Csv => {
            let mut csv = csv::Writer::from_writer(&mut *out);
            csv.write_record(COLUMNS)?;
            for cited in quotes {
                csv.write_record(cited.row())?;
            }
            csv.flush()?;
        }
        Format::Json => {
            for cited in quotes {
                let record = Record {
                    quote: cited.quote.record(cited.article),
                    date: cited.iso_date(),
                    url: cited.article.url.as_deref(),
                };
                serde_json::to_writer(&mut *out, &record)?;
                writeln!(out)?;
            }
        }
    }
    Ok(())
}

/// `text` on one line: line breaks and runs of spaces as one space.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `text` as one Markdown table cell: on one line, its backslashes and pipes escaped.
fn markdown_cell(text: &str) -> String {
    one_line(text).replace('\\', "\\\\").replace('|', "\\|")
}

/// A file name's stem from `title`: lower case letters and digits, anything else one hyphen,
/// at most 48 characters; `story` when nothing is left.
pub fn slug(title: &str) -> String {
    let mut slug = String::new();
    for c in title.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            slug.push(c);
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
        if slug.chars().count() >= 48 {
            break;
        }
    }
    let slug = slug.trim_end_matches('-');
    if slug.is_empty() {
        "story".to_string()
    } else {
        slug.to_string()
    }
}

/// How many other names [`write_new`] tries (`x-2.md` … `x-100.md`) before it gives up.
const OTHER_NAMES: usize = 99;

/// Writes `bytes` to a new file at `path`, or, when that exists, at the first free name with
/// a number before its extension (`quotes-2.md`); never replaces a file. The bytes go to a
/// temporary file in the same folder, renamed into place once whole, so a crash leaves no
/// half-written file. Returns the path written.
pub fn write_new(path: &Path, bytes: &[u8]) -> io::Result<PathBuf> {
    let folder = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let mut temp = tempfile::NamedTempFile::new_in(folder)?;
    temp.write_all(bytes)?;
    temp.as_file().sync_all()?;
    for n in 1..=OTHER_NAMES + 1 {
        let target = numbered(path, n);
        match temp.persist_noclobber(&target) {
            Ok(_) => return Ok(target),
            Err(e) if e.error.kind() == io::ErrorKind::AlreadyExists => temp = e.file,
            Err(e) => return Err(e.error),
        }
    }
    Err(io::Error::new(
        io::ErrorKind::AlreadyExists,
        format!(
            "{} and {OTHER_NAMES} numbered names after it exist",
            path.display()
        ),
    ))
}

/// `path` itself for 1, else with `-n` before its extension.
fn numbered(path: &Path, n: usize) -> PathBuf {
    if n == 1 {
        return path.to_path_buf();
    }
    let stem = path.file_stem().unwrap_or_default().to_string_lossy();
    let name = match path.extension() {
        Some(ext) => format!("{stem}-{n}.{}", ext.to_string_lossy()),
        None => format!("{stem}-{n}"),
    };
    path.with_file_name(name)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::{ArticleDate, Field};

    fn article(url: Option<&str>, outlet: Option<&str>, date: Option<&str>) -> Article {
        let mut article = crate::corpus::ingest::parse("A headline\n\nA paragraph.", "gull.txt", "gull.txt");
        article.outlet = outlet.map(|o| Field::stated(o.to_string()));
        article.url = url.map(str::to_string);
        article.date = date.map(|d| ArticleDate {
            original: d.to_string(),
            date: chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").ok(),
        });
        article
    }

    /// A quote of `text`, added to `article` as a paragraph of its own.
    fn quote(article: &mut Article, text: &str, speaker: Option<&str>, description: Option<&str>) -> Quote {
        let paragraph = article.paragraphs.len();
        article.paragraphs.push(crate::corpus::Paragraph {
            kind: crate::corpus::ParagraphKind::Body,
            section: 0,
            text: text.into(),
        });
        let unit = crate::extract::header_units(article) + paragraph;
        Quote {
            speaker: speaker.map(Into::into),
            speaker_description: description.map(Into::into),
            paragraph: Some(paragraph as u32),
            start: 0,
            end: text.chars().count() as u32,
            entity: None,
            utterance: None,
            headline: false,
            confidence: 1.0,
            body_speaker: None,
            at: crate::extract::Place::new(unit, 0..text.len()).expect("a place"),
            speaker_actor: None,
        }
    }

    #[test]
    fn a_citation_has_every_part_the_article_knows_and_leaves_out_the_others() {
        let mut full = article(Some("https://e.com/a"), Some("Example Daily"), Some("2025-12-03"));
        let q = quote(&mut full, "We will\nreopen", Some("Ana Ruiz"), None);
        let cited = Cited {
            quote: &q,
            article: &full,
        };
        assert_eq!(
            cited.citation(),
            "“We will reopen” — Ana Ruiz, Example Daily, 3 December 2025, https://e.com/a"
        );
        let mut bare = article(None, None, None);
        let unnamed = quote(&mut bare, "Soon", None, Some("a port official"));
        let nobody = quote(&mut bare, "Soon", None, None);
        let mut unread = article(None, Some("Quay"), Some("last Tuesday"));
        let undated = quote(&mut unread, "Soon", None, None);
        let cited = Cited {
            quote: &unnamed,
            article: &bare,
        };
        assert_eq!(cited.citation(), "“Soon” — a port official");
        let cited = Cited {
            quote: &nobody,
            article: &bare,
        };
        assert_eq!(cited.citation(), "“Soon”");
        let cited = Cited {
            quote: &undated,
            article: &unread,
        };
        assert_eq!(cited.citation(), "“Soon” — Quay, last Tuesday");
    }

    #[test]
    fn markdown_cells_keep_the_table_whole() {
        let mut a = article(None, Some("A|B"), None);
        let q = quote(&mut a, "one | two \\ three\nfour", Some("X"), None);
        let mut out = Vec::new();
        write(
            &mut out,
            Format::Markdown,
            &[Cited {
                quote: &q,
                article: &a,
            }],
        )
        .unwrap();
        let text = String::from_utf8(out).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 3, "{text}");
        assert_eq!(lines[1], "| --- | --- | --- | --- | --- | --- | --- |");
        assert_eq!(
            lines[2],
            "| gull.txt | A\\|B |  | 1 | X | one \\| two \\\\ three four |  |"
        );
    }

    #[test]
    fn csv_quotes_commas_quotes_and_line_breaks() {
        let mut a = article(Some("https://e.com/a,b"), None, Some("2025-12-03"));
        let q = quote(&mut a, "say \"no\", then\nyes", None, None);
        let mut out = Vec::new();
        write(
            &mut out,
            Format::Csv,
            &[Cited {
                quote: &q,
                article: &a,
            }],
        )
        .unwrap();
        let mut reader = csv::Reader::from_reader(out.as_slice());
        assert_eq!(reader.headers().unwrap(), COLUMNS.as_slice());
        let records: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
        assert_eq!(records.len(), 1);
        assert_eq!(&records[0][5], "say \"no\", then\nyes");
        assert_eq!(&records[0][6], "https://e.com/a,b");
        assert_eq!(&records[0][2], "2025-12-03");
    }

    #[test]
    fn json_lines_carry_the_quote_and_its_articles_date_and_url() {
        let mut a = article(Some("https://e.com/a"), None, Some("2025-12-03"));
        let q = quote(&mut a, "Soon", Some("Ana Ruiz"), None);
        let mut out = Vec::new();
        write(
            &mut out,
            Format::Json,
            &[Cited {
                quote: &q,
                article: &a,
            }],
        )
        .unwrap();
        let value: serde_json::Value = serde_json::from_slice(&out).unwrap();
        assert_eq!(value["text"], "Soon");
        assert_eq!(value["speaker"], "Ana Ruiz");
        assert_eq!(value["date"], "2025-12-03");
        assert_eq!(value["url"], "https://e.com/a");
    }

    #[test]
    fn formats_are_named_by_extension_and_cycle() {
        assert_eq!(Format::of_path(Path::new("x.MD")), Some(Format::Markdown));
        assert_eq!(Format::of_path(Path::new("x.jsonl")), Some(Format::Json));
        assert_eq!(Format::of_path(Path::new("x.csv")), Some(Format::Csv));
        assert_eq!(Format::of_path(Path::new("x.txt")), None);
        assert_eq!(Format::of_path(Path::new("x")), None);
        for format in Format::ALL {
            let name = format!("q.{}", format.extension());
            assert_eq!(Format::of_path(Path::new(&name)), Some(format));
        }
        assert_eq!(Format::Json.next(), Format::Markdown);
    }

    #[test]
    fn slugs_are_short_lower_case_words_joined_by_hyphens() {
        assert_eq!(
            slug("Harbour reopens: what we know"),
            "harbour-reopens-what-we-know"
        );
        assert_eq!(slug("  ---  "), "story");
        assert_eq!(slug("Zürich’s port"), "zürich-s-port");
        assert!(slug(&"word ".repeat(40)).chars().count() <= 48);
        assert!(!slug(&"word ".repeat(40)).ends_with('-'));
    }

    #[test]
    fn a_new_file_never_replaces_one_already_there() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("q.md");
        assert_eq!(write_new(&path, b"one").unwrap(), path);
        let second = write_new(&path, b"two").unwrap();
        assert_eq!(second, dir.path().join("q-2.md"));
        assert_eq!(std::fs::read(&path).unwrap(), b"one");
        assert_eq!(std::fs::read(&second).unwrap(), b"two");
        let bare = dir.path().join("plain");
        write_new(&bare, b"a").unwrap();
        assert_eq!(write_new(&bare, b"b").unwrap(), dir.path().join("plain-2"));
        let leftovers = std::fs::read_dir(dir.path()).unwrap().count();
        assert_eq!(leftovers, 4, "no temporary file is left behind");
        let missing = dir.path().join("no/such/folder/q.md");
        assert!(write_new(&missing, b"x").is_err());
    }
}
