//! The story being read: articles loaded from files, folders or the bundled seed story.
//!
//! Loading never stops at a bad file: each failure becomes a [`LoadError`] that names the file
//! and the reason, and the other files still load.

pub mod bundled;
pub mod date;
pub mod ingest;
pub mod label;
pub mod model;
pub mod sanitize;

use std::fs;
use std::path::{Path, PathBuf};

pub use model::{Article, ArticleDate, Field, Paragraph, ParagraphKind, Section, SectionKind};

/// Files above this size are refused rather than read into memory.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// File extensions read as articles when a folder is opened.
const ARTICLE_EXTENSIONS: &[&str] = &["txt", "md"];

/// A file that could not be loaded, and why.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct LoadError {
    /// The file (or folder) that failed.
    pub path: PathBuf,
    /// What went wrong, in words for the user.
    pub reason: String,
}

impl std::fmt::Display for LoadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", display_path(&self.path), self.reason)
    }
}

/// The articles of one story, in the order they were given, and the files that failed.
#[derive(Debug, Clone, Default)]
pub struct Corpus {
    /// Articles in reading order (paths as given; a folder's files sorted by name).
    pub articles: Vec<Article>,
    /// Files that could not be read, each with its reason.
    pub errors: Vec<LoadError>,
}

impl Corpus {
    /// The seed story bundled in the binary.
    pub fn bundled() -> Self {
        let mut articles: Vec<Article> = bundled::SEEDS
            .iter()
            .map(|(name, text)| ingest::parse(text, name, &format!("bundled:{name}")))
            .collect();
        label::disambiguate(&mut articles);
        Self {
            articles,
            errors: Vec::new(),
        }
    }

    /// Loads files and folders (recursively, `.txt` and `.md`); no paths gives the bundled story.
    pub fn load(paths: &[PathBuf]) -> Self {
        if paths.is_empty() {
            return Self::bundled();
        }
        let mut corpus = Self::default();
        let mut files = Vec::new();
        for path in paths {
            collect_files(path, true, &mut files);
        }
        for file in files {
            match file.and_then(|file| load_file(&file).map_err(|reason| LoadError { path: file, reason })) {
                Ok(article) => corpus.articles.push(article),
                Err(error) => corpus.errors.push(error),
            }
        }
        label::disambiguate(&mut corpus.articles);
        corpus
    }
}

/// Adds `path` to `files` if it is a file, or the article files under it if it is a folder,
/// in order, with a [`LoadError`] in place of what cannot be listed. A file named explicitly
/// is taken whatever its extension.
fn collect_files(path: &Path, explicit: bool, files: &mut Vec<Result<PathBuf, LoadError>>) {
    let error = |e: std::io::Error| LoadError {
        path: path.to_path_buf(),
        reason: io_reason(&e),
    };
    match fs::metadata(path) {
        Err(e) => files.push(Err(error(e))),
        Ok(meta) if meta.is_dir() => match fs::read_dir(path) {
            Err(e) => files.push(Err(error(e))),
            Ok(entries) => {
                let mut children: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
                children.sort();
                for child in children {
                    collect_files(&child, false, files);
                }
            }
        },
        Ok(_) if explicit || has_article_extension(path) => files.push(Ok(path.to_path_buf())),
        Ok(_) => {}
    }
}

fn has_article_extension(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| ARTICLE_EXTENSIONS.iter().any(|a| a.eq_ignore_ascii_case(e)))
}

/// Reads one article file: refuses huge and binary files, decodes invalid UTF-8 lossily with a
/// warning.
pub fn load_file(path: &Path) -> Result<Article, String> {
    let size = fs::metadata(path).map_err(|e| io_reason(&e))?.len();
    if size > MAX_FILE_BYTES {
        return Err(format!(
            "file is {} MB, above the {} MB limit",
            size / (1024 * 1024),
            MAX_FILE_BYTES / (1024 * 1024)
        ));
    }
    let bytes = fs::read(path).map_err(|e| io_reason(&e))?;
    let file_name = path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    let (text, warning) = decode(&bytes)?;
    let mut article = ingest::parse(&text, &sanitize::sanitize(&file_name), &display_path(path));
    article.warnings.extend(warning);
    Ok(article)
}

/// A path as it may be shown: control characters in file names must not reach the terminal.
pub fn display_path(path: &Path) -> String {
    sanitize::sanitize(&path.display().to_string())
}

/// Decodes file bytes as UTF-8 (lossily, with a warning), refusing binary files.
pub fn decode(bytes: &[u8]) -> Result<(String, Option<String>), String> {
    let head = &bytes[..bytes.len().min(8192)];
    if head.contains(&0) {
        return Err("binary file (contains NUL bytes), skipped".to_string());
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok((text.to_string(), None)),
        Err(_) => Ok((
            String::from_utf8_lossy(bytes).into_owned(),
            Some("invalid UTF-8 replaced with U+FFFD".to_string()),
        )),
    }
}

fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file or folder".to_string(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        _ => e.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_story_has_the_five_seeds() {
        let corpus = Corpus::bundled();
        assert_eq!(corpus.articles.len(), 5);
        assert!(corpus.errors.is_empty());
        assert_eq!(corpus.articles[0].file_name, "000_895551ea311e5331.txt");
        assert!(corpus.articles[0].source.starts_with("bundled:"));
    }

    #[test]
    fn control_characters_in_file_names_are_removed_for_display() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("evil\u{1b}]0;pwned\u{7}.txt");
        fs::write(&path, "Title\n\nBody text.").unwrap();
        let corpus = Corpus::load(std::slice::from_ref(&path));
        let article = &corpus.articles[0];
        assert_eq!(article.file_name, "evil.txt");
        assert!(!article.source.contains('\u{1b}'));
        let error = LoadError {
            path,
            reason: "test".into(),
        };
        assert!(!error.to_string().contains('\u{1b}'));
    }

    #[test]
    fn binary_files_are_refused() {
        assert!(decode(b"abc\0def").is_err());
    }

    #[test]
    fn invalid_utf8_is_decoded_with_a_warning() {
        let (text, warning) = decode(b"caf\xe9 ok").unwrap();
        assert_eq!(text, "caf\u{fffd} ok");
        assert!(warning.is_some());
    }

    #[test]
    fn a_bom_is_dropped() {
        let (text, warning) = decode(b"\xEF\xBB\xBFTitle").unwrap();
        assert_eq!(text, "Title");
        assert!(warning.is_none());
    }

    #[test]
    fn folders_load_recursively_and_bad_files_do_not_stop_the_rest() {
        let dir = tempfile::tempdir().unwrap();
        let sub = dir.path().join("sub");
        fs::create_dir(&sub).unwrap();
        fs::write(dir.path().join("b.txt"), "Second title\n\nBody text here.").unwrap();
        fs::write(sub.join("a.md"), "First title\n\nBody text.").unwrap();
        fs::write(dir.path().join("image.png"), b"\x89PNG\0\0").unwrap();
        fs::write(dir.path().join("bin.txt"), b"x\0y").unwrap();
        let missing = dir.path().join("missing.txt");
        let corpus = Corpus::load(&[dir.path().to_path_buf(), missing.clone()]);
        let names: Vec<_> = corpus.articles.iter().map(|a| a.file_name.as_str()).collect();
        assert_eq!(names, ["b.txt", "a.md"]);
        let failed: Vec<_> = corpus.errors.iter().map(|e| e.path.clone()).collect();
        assert_eq!(failed, [dir.path().join("bin.txt"), missing]);
    }
}
