//! The story being read: articles loaded from files, folders or the bundled seed story.
//!
//! Loading never stops at a bad file: each failure becomes a [`LoadError`] that names the file
//! and the reason, and the other files still load.

pub mod bundled;
pub mod date;
pub mod ingest;
pub mod input;
pub mod label;
pub mod model;
pub mod sanitize;
pub mod story;

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::Arc;

pub use model::{Article, ArticleDate, Field, Paragraph, ParagraphKind, Section, SectionKind};

/// Files above this size are refused rather than read into memory, unless [`MAX_FILE_ENV`]
/// sets another limit.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// The environment variable that sets the largest file read, in megabytes (MiB).
pub const MAX_FILE_ENV: &str = "PARALLAX_MAX_FILE_MB";

/// The largest file read: [`MAX_FILE_ENV`] megabytes when it is set, else [`MAX_FILE_BYTES`].
fn max_file_bytes() -> Result<u64, String> {
    limit_of(std::env::var_os(MAX_FILE_ENV).as_deref())
}

/// The limit a value of [`MAX_FILE_ENV`] sets, or why it sets none: a whole number of
/// megabytes above 0.
fn limit_of(value: Option<&std::ffi::OsStr>) -> Result<u64, String> {
    let Some(value) = value else {
        return Ok(MAX_FILE_BYTES);
    };
    value
        .to_str()
        .and_then(|v| v.trim().parse::<u64>().ok())
        .filter(|&mb| mb > 0)
        .map(|mb| mb.saturating_mul(MB))
        .ok_or_else(|| {
            format!(
                "{MAX_FILE_ENV}={} is not a whole number of megabytes above 0",
                sanitize::sanitize(&value.to_string_lossy())
            )
        })
}

/// A megabyte as the limits count it.
const MB: u64 = 1024 * 1024;

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
        write!(
            f,
            "{}: {}",
            display_path(&self.path),
            sanitize::sanitize(&self.reason)
        )
    }
}

/// The articles of one story, in the order they were given, and the files that failed.
#[derive(Debug, Clone, Default)]
pub struct Corpus {
    /// Articles in reading order (paths as given; a folder's files sorted by name), shared
    /// with whatever works on them off the reader's thread.
    pub articles: Vec<Arc<Article>>,
    /// Each article's short name in this story (see [`label`]), by index.
    pub labels: Vec<String>,
    /// Files that could not be read, each with its reason.
    pub errors: Vec<LoadError>,
}

impl Corpus {
    /// The seed story bundled in the binary.
    pub fn bundled() -> Self {
        Self::of(
            bundled::SEEDS
                .iter()
                .map(|(name, text)| ingest::parse(text, name, &format!("bundled:{name}")))
                .collect(),
        )
    }

    /// A story of `articles`, labelled.
    pub fn of(articles: Vec<Article>) -> Self {
        Self::of_shared(articles.into_iter().map(Arc::new).collect())
    }

    /// A story of articles shared with others, labelled.
    pub fn of_shared(articles: Vec<Arc<Article>>) -> Self {
        let mut corpus = Self::default();
        corpus.extend(articles);
        corpus
    }

    /// Adds articles at the end and works the labels out again.
    pub fn extend(&mut self, articles: impl IntoIterator<Item = Arc<Article>>) {
        self.articles.extend(articles);
        self.labels = label::labels(&self.articles);
    }

    /// Article `i`'s label, or an empty string past the end.
    pub fn label(&self, i: usize) -> &str {
        self.labels.get(i).map_or("", String::as_str)
    }

    /// Loads files, folders (recursively, the extensions of [`input::EXTENSIONS`]), story
    /// files and `-` (standard input); no paths gives the bundled story. Each file and folder
    /// is read once, however many links lead to it.
    pub fn load(paths: &[PathBuf]) -> Self {
        if paths.is_empty() {
            return Self::bundled();
        }
        let mut corpus = Self::default();
        let mut articles = Vec::new();
        for file in list_files(paths).files {
            let loaded = match file {
                Ok(file) => load_file(&file),
                Err(error) => vec![Err(error)],
            };
            for result in loaded {
                match result {
                    Ok(article) => articles.push(Arc::new(article)),
                    Err(error) => corpus.errors.push(error),
                }
            }
        }
        corpus.extend(articles);
        corpus
    }
}

/// The article files `paths` name, in reading order (a folder's files sorted by name, each
/// file and folder once, a story file's articles in its order, `-` for standard input once),
/// with a [`LoadError`] in place of what cannot be listed or read.
pub fn list_files(paths: &[PathBuf]) -> Listing {
    let mut walk = Walk::default();
    for path in paths {
        walk.collect(path, 0, true);
    }
    Listing {
        files: walk.files,
        title: walk.title,
    }
}

/// What paths name: the files to read and the story's name.
#[derive(Debug, Default)]
pub struct Listing {
    /// Files to read in order, with a [`LoadError`] in place of what cannot be listed or read.
    pub files: Vec<Result<PathBuf, LoadError>>,
    /// The title of the first story file that gives one, sanitised, on one line.
    pub title: Option<String>,
}

/// Folders this many levels below a path given are not read: real stories are a few levels
/// deep, and the walk must end whatever the folder holds.
const MAX_DEPTH: usize = 32;

/// The reason a FIFO, a device or a socket is not read: opening or reading it could wait
/// forever or never end.
const NOT_REGULAR: &str = "not a regular file (a pipe, device or socket), skipped";

/// What a folder walk has found so far.
#[derive(Default)]
struct Walk {
    /// Files to load, in order, with a [`LoadError`] in place of what cannot be listed.
    files: Vec<Result<PathBuf, LoadError>>,
    /// Every file and folder met, by identity, so links to them are followed once.
    seen: std::collections::HashSet<FileId>,
    /// True once `-` (standard input) is listed: it can be read only once.
    stdin: bool,
    /// The title of the first story file met that gives one.
    title: Option<String>,
}

impl Walk {
    /// Adds `path` if it is an article file, or the article files under it if it is a folder
    /// (sorted by name), or the articles a story file lists. A file named explicitly is taken
    /// whatever its extension; what is not a regular file is named with [`NOT_REGULAR`] if it
    /// would have been taken.
    fn collect(&mut self, path: &Path, depth: usize, explicit: bool) {
        if explicit && is_stdin(path) {
            if !std::mem::replace(&mut self.stdin, true) {
                self.files.push(Ok(path.to_path_buf()));
            }
            return;
        }
        let fail = |reason: String| {
            Err(LoadError {
                path: path.to_path_buf(),
                reason,
            })
        };
        let wanted = explicit || has_article_extension(path);
        let meta = match fs::metadata(path) {
            Ok(meta) => meta,
            // A broken link named like an article is worth a word; other names are not.
            Err(e) if wanted => return self.files.push(fail(io_reason(&e))),
            Err(_) => return,
        };
        if !meta.is_dir() && !wanted {
            return;
        }
        if file_id(path, &meta).is_some_and(|id| !self.seen.insert(id)) {
            return; // met before, through another link
        }
        if meta.is_file() && explicit && story::is_story_file(path) {
            return self.story(path, depth);
        }
        if meta.is_file() {
            return self.files.push(Ok(path.to_path_buf()));
        }
        if !meta.is_dir() {
            return self.files.push(fail(NOT_REGULAR.to_string()));
        }
        if depth >= MAX_DEPTH {
            return self
                .files
                .push(fail(format!("folder {MAX_DEPTH} levels deep, not read")));
        }
        match fs::read_dir(path) {
            Err(e) => self.files.push(fail(io_reason(&e))),
            Ok(entries) => {
                // By name, as paths in one folder sort.
                let mut children: Vec<(std::ffi::OsString, fs::DirEntry)> = entries
                    .filter_map(Result::ok)
                    .map(|e| (e.file_name(), e))
                    .collect();
                children.sort_by(|a, b| a.0.cmp(&b.0));
                for (_, child) in children {
                    if !self.listed_file(&child, &meta) {
                        self.collect(&child.path(), depth + 1, false);
                    }
                }
            }
        }
    }
}

impl Walk {
    /// Takes `entry` of the folder `folder` describes if it is a regular file, by what listing
    /// the folder said of it, without asking for its metadata: a folder of 100,000 articles
    /// spent most of its listing there. False for anything else (a folder, a link, a pipe),
    /// which [`Walk::collect`] looks at in full.
    #[cfg(unix)]
    fn listed_file(&mut self, entry: &fs::DirEntry, folder: &fs::Metadata) -> bool {
        use std::os::unix::fs::{DirEntryExt, MetadataExt};
        if !entry.file_type().is_ok_and(|t| t.is_file()) {
            return false;
        }
        let path = entry.path();
        // A file is on its folder's device; met before, through a link, it is not taken again.
        if has_article_extension(&path) && self.seen.insert((folder.dev(), entry.ino())) {
            self.files.push(Ok(path));
        }
        true
    }

    /// Where listing a folder says nothing of a file's identity, every entry is looked at in
    /// full.
    #[cfg(not(unix))]
    fn listed_file(&mut self, _entry: &fs::DirEntry, _folder: &fs::Metadata) -> bool {
        false
    }

    /// Adds the articles the story file at `path` lists, in its order; a list that cannot be
    /// read, or an entry naming nothing, is a [`LoadError`] naming the story file and the line.
    fn story(&mut self, path: &Path, depth: usize) {
        let fail = |reason: String| LoadError {
            path: path.to_path_buf(),
            reason,
        };
        let story = match read_text(path).and_then(|text| story::parse(&text)) {
            Ok(story) => story,
            Err(reason) => return self.files.push(Err(fail(reason))),
        };
        if self.title.is_none() {
            self.title = story
                .title
                .map(|t| {
                    sanitize::sanitize(&t)
                        .split_whitespace()
                        .collect::<Vec<_>>()
                        .join(" ")
                })
                .filter(|t| !t.is_empty());
        }
        for entry in &story.articles {
            match story::expand(path, entry) {
                Ok(found) => {
                    for file in found {
                        self.collect(&file, depth + 1, true);
                    }
                }
                Err(reason) => self.files.push(Err(fail(reason))),
            }
        }
    }
}

/// What tells two paths to the same file or folder apart from two different ones.
#[cfg(unix)]
type FileId = (u64, u64);

/// The device and inode of a file or folder.
#[cfg(unix)]
fn file_id(_path: &Path, meta: &fs::Metadata) -> Option<FileId> {
    use std::os::unix::fs::MetadataExt;
    Some((meta.dev(), meta.ino()))
}

/// What tells two paths to the same file or folder apart from two different ones.
#[cfg(not(unix))]
type FileId = PathBuf;

/// The path with every link resolved.
#[cfg(not(unix))]
fn file_id(path: &Path, _meta: &fs::Metadata) -> Option<FileId> {
    fs::canonicalize(path).ok()
}

/// The format `path`'s extension suggests, if it is one parallax reads.
fn extension_format(path: &Path) -> Option<input::Format> {
    path.extension()
        .and_then(|e| e.to_str())
        .and_then(input::format_of_extension)
}

fn has_article_extension(path: &Path) -> bool {
    extension_format(path).is_some()
}

/// The path that stands for standard input.
const STDIN: &str = "-";

/// True for `-`, standard input.
fn is_stdin(path: &Path) -> bool {
    path.as_os_str() == STDIN
}

/// Reads one input, a file or standard input (`-`), into the articles it holds (a feed, a
/// JSON array or JSON Lines hold many), its format recognised by its content (see
/// [`input::detect`]). Refuses what is not a regular file, huge and binary input, and decodes
/// invalid UTF-8 lossily with a warning. Each article, or a [`LoadError`] naming the input and
/// why it (or one of its records) could not be read.
pub fn load_file(path: &Path) -> Vec<Result<Article, LoadError>> {
    let fail = |reason: String| LoadError {
        path: path.to_path_buf(),
        reason,
    };
    let (text, warning) = match read_text_warning(path) {
        Ok(read) => read,
        Err(reason) => return vec![Err(fail(reason))],
    };
    let file_name = if is_stdin(path) {
        "stdin".to_string()
    } else {
        path.file_name().map_or_else(
            || path.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        )
    };
    input::read(
        &text,
        extension_format(path),
        &sanitize::sanitize(&file_name),
        &display_path(path),
    )
    .into_iter()
    .map(|read| {
        read.map(|mut article| {
            article.warnings.extend(warning.clone());
            article
        })
        .map_err(fail)
    })
    .collect()
}

/// The text of a file or of standard input (`-`), decoded, with a warning if it was not valid
/// UTF-8.
fn read_text_warning(path: &Path) -> Result<(String, Option<String>), String> {
    let limit = max_file_bytes()?;
    let bytes = if is_stdin(path) {
        read_capped(std::io::stdin().lock(), limit)?
    } else {
        read_capped(open_regular(path, limit)?, limit)?
    };
    decode(&bytes)
}

/// The text of a file (a story file), decoded.
fn read_text(path: &Path) -> Result<String, String> {
    read_text_warning(path).map(|(text, _)| text)
}

/// Opens `path` for reading if it is a regular file. The open itself does not wait (a FIFO
/// put in the file's place would otherwise block it until a writer comes), and the type is
/// checked on the file opened, not on the name; a file above `limit` bytes is refused unread.
fn open_regular(path: &Path, limit: u64) -> Result<fs::File, String> {
    let mut options = fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NONBLOCK);
    }
    let file = options.open(path).map_err(|e| io_reason(&e))?;
    let meta = file.metadata().map_err(|e| io_reason(&e))?;
    if !meta.is_file() {
        return Err(NOT_REGULAR.to_string());
    }
    if meta.len() > limit {
        return Err(too_large(limit));
    }
    Ok(file)
}

/// Reads all of `reader` unless it holds more than `limit` bytes: the size a file reports is
/// not trusted (it can grow, or be 0 for what never ends).
fn read_capped(reader: impl Read, limit: u64) -> Result<Vec<u8>, String> {
    let mut bytes = Vec::new();
    reader
        .take(limit.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(|e| io_reason(&e))?;
    if bytes.len() as u64 > limit {
        return Err(too_large(limit));
    }
    Ok(bytes)
}

/// Why a file above `limit` bytes is refused.
fn too_large(limit: u64) -> String {
    format!(
        "file is above the {} MB limit ({MAX_FILE_ENV} sets it), skipped",
        limit / MB
    )
}

/// A path as it may be shown: control characters in file names must not reach the terminal;
/// `-` is standard input.
pub fn display_path(path: &Path) -> String {
    if is_stdin(path) {
        return "standard input".to_string();
    }
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
            reason: "line 2: \"\u{1b}[2J.txt\": no such file".into(),
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

    #[test]
    fn reading_stops_past_the_limit_whatever_the_size_said() {
        let endless = std::io::repeat(b'a');
        assert!(read_capped(endless, 1000).unwrap_err().contains("limit"));
        assert_eq!(read_capped(&b"0123456789"[..], 10).unwrap().len(), 10);
        assert!(read_capped(&b"0123456789!"[..], 10).is_err());
    }

    #[test]
    fn the_size_limit_is_set_in_megabytes_by_its_variable() {
        use std::ffi::OsStr;
        assert_eq!(limit_of(None), Ok(MAX_FILE_BYTES));
        assert_eq!(limit_of(Some(OsStr::new("2"))), Ok(2 * MB));
        assert_eq!(limit_of(Some(OsStr::new(" 300 "))), Ok(300 * MB));
        for bad in ["", "0", "-1", "1.5", "lots"] {
            let error = limit_of(Some(OsStr::new(bad))).unwrap_err();
            assert!(error.starts_with(MAX_FILE_ENV), "{bad:?}: {error}");
        }
        assert!(too_large(2 * MB).contains("2 MB limit"));
        assert!(too_large(2 * MB).contains(MAX_FILE_ENV));
    }

    #[test]
    fn folders_nested_too_deep_are_named_not_walked() {
        let dir = tempfile::tempdir().unwrap();
        let mut deep = dir.path().to_path_buf();
        for level in 0..MAX_DEPTH {
            deep.push(format!("d{level}"));
        }
        fs::create_dir_all(&deep).unwrap();
        fs::write(deep.join("lost.txt"), "Title\n\nBody text.").unwrap();
        fs::write(dir.path().join("d0/kept.txt"), "Title\n\nBody text.").unwrap();
        let corpus = Corpus::load(&[dir.path().to_path_buf()]);
        let names: Vec<_> = corpus.articles.iter().map(|a| a.file_name.as_str()).collect();
        assert_eq!(names, ["kept.txt"]);
        assert_eq!(corpus.errors.len(), 1);
        assert_eq!(corpus.errors[0].path, deep);
        assert!(corpus.errors[0].reason.contains("levels deep"));
    }

    #[test]
    fn a_file_given_twice_or_linked_loads_once() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("a.txt");
        fs::write(&file, "Title\n\nBody text.").unwrap();
        let corpus = Corpus::load(&[file.clone(), dir.path().to_path_buf(), file]);
        assert_eq!(corpus.articles.len(), 1);
        assert!(corpus.errors.is_empty());
    }

    #[cfg(unix)]
    #[test]
    fn a_broken_link_is_named_only_if_it_looks_like_an_article() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("a.txt"), "Title\n\nBody text.").unwrap();
        std::os::unix::fs::symlink("missing", dir.path().join("notes")).unwrap();
        std::os::unix::fs::symlink("missing.txt", dir.path().join("gone.txt")).unwrap();
        let corpus = Corpus::load(&[dir.path().to_path_buf()]);
        assert_eq!(corpus.articles.len(), 1);
        let failed: Vec<_> = corpus.errors.iter().map(|e| e.path.clone()).collect();
        assert_eq!(failed, [dir.path().join("gone.txt")]);
    }

    #[cfg(unix)]
    #[test]
    fn a_folder_s_files_are_listed_by_name_each_once_however_they_are_reached() {
        let dir = tempfile::tempdir().unwrap();
        for name in ["b.txt", "a.md", "c.txt", "notes.bin"] {
            fs::write(dir.path().join(name), "Title\n\nBody text.").unwrap();
        }
        // A hard link and a symbolic link to a.md, met in the folder's listing and followed.
        fs::hard_link(dir.path().join("a.md"), dir.path().join("d.txt")).unwrap();
        std::os::unix::fs::symlink("a.md", dir.path().join("e.txt")).unwrap();
        let listed = list_files(&[dir.path().to_path_buf()]).files;
        let names: Vec<String> = listed
            .iter()
            .map(|f| {
                f.as_ref()
                    .unwrap()
                    .file_name()
                    .unwrap()
                    .to_string_lossy()
                    .into_owned()
            })
            .collect();
        assert_eq!(names, ["a.md", "b.txt", "c.txt"]);
    }
}
