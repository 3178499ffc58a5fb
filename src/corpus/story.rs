//! Story files: a story kept as one thing, a TOML file with a title and the articles it holds,
//! paths or globs relative to the story file:
//!
//! ```toml
//! title = "Harbour reopens"
//! articles = ["gull.html", "feeds/*.xml", "notes/"]
//! ```
//!
//! A story file is read wherever a path goes (`parallax open story.toml`, `parallax inspect
//! story.toml`). What cannot be read names the story file and the line.

use std::ops::Range;
use std::path::{Path, PathBuf};

use serde::Deserialize;

/// The extension of story files.
const EXTENSION: &str = "toml";

/// A story file's contents.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Story {
    /// The story's name.
    pub title: Option<String>,
    /// Paths and globs of its articles, each with where it stands in the file.
    #[serde(default)]
    pub articles: Vec<Entry>,
}

/// One entry of a story's article list.
#[derive(Debug, Deserialize)]
#[serde(transparent)]
pub struct Entry(toml::Spanned<String>);

impl Entry {
    /// The path or glob as written.
    pub fn pattern(&self) -> &str {
        self.0.get_ref()
    }
}

/// True for a file read as a story file (a `.toml` given as a path).
pub fn is_story_file(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case(EXTENSION))
}

/// Reads a story file's text; an error says which line is wrong and why.
pub fn parse(text: &str) -> Result<Story, String> {
    let mut story: Story = toml::from_str(text).map_err(|e| {
        let message = e.message().trim().to_string();
        match e.span() {
            Some(span) => format!("line {}: {message}", line_of(text, &span)),
            None => message,
        }
    })?;
    for entry in &mut story.articles {
        let line = line_of(text, &entry.0.span());
        entry.0 = toml::Spanned::new(line..line, entry.0.get_ref().clone());
    }
    Ok(story)
}

/// The line (from 1) where `span` starts in `text`.
fn line_of(text: &str, span: &Range<usize>) -> usize {
    let start = span.start.min(text.len());
    text.as_bytes()[..start].iter().filter(|&&b| b == b'\n').count() + 1
}

/// True when a story entry is a glob rather than a path.
fn is_glob(pattern: &str) -> bool {
    pattern.contains(['*', '?', '['])
}

/// The files and folders an entry of the story file at `story` names, relative to the story
/// file's folder: a glob's matches in order, or the one path. A glob matching nothing, a bad
/// glob or a path naming nothing is an error naming the entry's line.
pub fn expand(story: &Path, entry: &Entry) -> Result<Vec<PathBuf>, String> {
    let line = entry.0.span().start;
    let pattern = entry.pattern();
    let fail = |reason: &str| format!("line {line}: {pattern:?}: {reason}");
    let base = story.parent().unwrap_or(Path::new(""));
    if !is_glob(pattern) {
        let path = base.join(pattern);
        return if std::fs::symlink_metadata(&path).is_ok() {
            Ok(vec![path])
        } else {
            Err(fail("no such file or folder"))
        };
    }
    let base = glob::Pattern::escape(&base.to_string_lossy());
    let full = if Path::new(pattern).is_absolute() || base.is_empty() {
        pattern.to_string()
    } else {
        format!("{base}/{pattern}")
    };
    let matches = glob::glob(&full).map_err(|e| fail(&format!("not a glob: {}", e.msg)))?;
    let found: Vec<PathBuf> = matches.filter_map(Result::ok).collect();
    if found.is_empty() {
        return Err(fail("matches no file"));
    }
    Ok(found)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_story_lists_paths_and_globs_relative_to_itself() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("pages")).unwrap();
        for name in ["b.html", "a.html", "c.txt"] {
            std::fs::write(dir.path().join("pages").join(name), "x").unwrap();
        }
        std::fs::write(dir.path().join("one.md"), "x").unwrap();
        let file = dir.path().join("story.toml");
        let story =
            parse("title = \"Harbour\"\narticles = [\n  \"one.md\",\n  \"pages/*.html\",\n]\n").unwrap();
        assert_eq!(story.title.as_deref(), Some("Harbour"));
        let found: Vec<PathBuf> = story
            .articles
            .iter()
            .flat_map(|e| expand(&file, e).unwrap())
            .collect();
        assert_eq!(
            found,
            [
                dir.path().join("one.md"),
                dir.path().join("pages/a.html"),
                dir.path().join("pages/b.html"),
            ]
        );
    }

    #[test]
    fn errors_name_the_line() {
        let e = parse("title = \"x\"\narticles = [\"a\",\n 3]\n").unwrap_err();
        assert!(e.starts_with("line 3: "), "{e}");
        let e = parse("title = \"x\"\narticle = []\n").unwrap_err();
        assert!(e.starts_with("line 2: ") && e.contains("article"), "{e}");
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("story.toml");
        let story = parse("articles = [\n\"gone.txt\",\n\"*.nothing\"]").unwrap();
        let errors: Vec<String> = story
            .articles
            .iter()
            .map(|e| expand(&file, e).unwrap_err())
            .collect();
        assert_eq!(
            errors,
            [
                "line 2: \"gone.txt\": no such file or folder",
                "line 3: \"*.nothing\": matches no file"
            ]
        );
    }
}
