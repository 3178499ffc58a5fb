//! What parallax remembers between runs, and the file it keeps it in: each article's marks
//! (read, starred), place in the text and last opening, by [`ArticleId`]; each story's last
//! article and view, by its inputs. No terminal code.
//!
//! The file is `state.json` in the state folder: JSON, so a person can read and edit it. It is
//! replaced whole and atomically (a temporary file in the same folder, written, synced, then
//! renamed over it), so a crash mid-write leaves the old file or the new one, never half of
//! one. A file that cannot be parsed is set aside as `state.json.corrupt` and parallax starts
//! afresh; a folder that cannot be written leaves the reader working, only unsaved. Writing
//! happens on a thread of its own ([`Saver`]), never on the reader's.

use std::collections::BTreeMap;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::thread::JoinHandle;

use serde::{Deserialize, Serialize};

use super::{ArticleId, ArticleState};

/// The state file's name in the state folder.
pub const FILE_NAME: &str = "state.json";

/// What a file that cannot be parsed is renamed to, next to it (an older one is replaced).
pub const CORRUPT_NAME: &str = "state.json.corrupt";

/// The file format's version, written into the file for a later version to read it by.
const VERSION: u32 = 1;

/// Stories remembered at most; the least recently read ones are forgotten first.
const MAX_STORIES: usize = 200;

/// Everything parallax remembers, as the state file holds it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Memory {
    /// The file format's version.
    pub version: u32,
    /// Each article's state, by id; only articles something was done with.
    pub articles: BTreeMap<ArticleId, ArticleState>,
    /// Each story's state, the most recently read first.
    pub stories: Vec<StoryState>,
}

impl Default for Memory {
    fn default() -> Self {
        Self {
            version: VERSION,
            articles: BTreeMap::new(),
            stories: Vec::new(),
        }
    }
}

impl Memory {
    /// What is remembered of the story read from `inputs`.
    pub fn story(&self, inputs: &StoryKey) -> Option<&StoryState> {
        self.stories.iter().find(|s| &s.inputs == inputs)
    }

    /// Keeps `story` as its inputs' state, first in the list (the most recently read).
    pub fn set_story(&mut self, story: StoryState) {
        self.stories.retain(|s| s.inputs != story.inputs);
        self.stories.insert(0, story);
        self.stories.truncate(MAX_STORIES);
    }
}

/// A story as the user opened it: the canonical paths of the files and folders given, sorted
/// and without repeats; none for the bundled story. Opening the same files again, from any
/// folder and in any order, finds the same story; moving them makes a new one (each
/// article's state follows the article, by its id, wherever it lies).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct StoryKey(Vec<String>);

impl StoryKey {
    /// The story of `inputs` as given on the command line.
    pub fn of(inputs: &[PathBuf]) -> Self {
        let mut paths: Vec<String> = inputs
            .iter()
            .map(|p| {
                let full = std::fs::canonicalize(p)
                    .or_else(|_| std::path::absolute(p))
                    .unwrap_or_else(|_| p.clone());
                full.to_string_lossy().into_owned()
            })
            .collect();
        paths.sort();
        paths.dedup();
        Self(paths)
    }
}

/// What the reader did with one story.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct StoryState {
    /// The story's inputs.
    pub inputs: StoryKey,
    /// The article shown last.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub article: Option<ArticleId>,
    /// How the reader showed it (panes, tabs), as the reader writes it: the core keeps it
    /// without reading it.
    #[serde(skip_serializing_if = "serde_json::Value::is_null")]
    pub view: serde_json::Value,
}

/// The state file and what was read from it when it was opened.
#[derive(Debug)]
pub struct Remembered {
    /// What the file held (nothing, when it was missing, unreadable or corrupt).
    pub memory: Memory,
    /// Where to save; `None` when state cannot be saved (the folder cannot be written).
    pub file: Option<StateFile>,
    /// What went wrong, for the user: a corrupt file set aside, a folder not writable.
    pub warnings: Vec<String>,
}

/// The state file, in a folder that can be written.
#[derive(Debug, Clone)]
pub struct StateFile {
    path: PathBuf,
}

impl StateFile {
    /// Reads the state file in `dir`, creating `dir` if need be. Never fails: a missing file
    /// is an empty memory; a corrupt one is set aside (renamed to [`CORRUPT_NAME`]) with a
    /// warning; a folder that cannot be written gives no file to save to, with a warning.
    pub fn open(dir: &Path) -> Remembered {
        let path = dir.join(FILE_NAME);
        let mut warnings = Vec::new();
        let unsaved = |warnings: Vec<String>, memory: Memory| Remembered {
            memory,
            file: None,
            warnings,
        };
        if let Err(e) = std::fs::create_dir_all(dir) {
            warnings.push(not_saved(dir, &e));
            return unsaved(warnings, Memory::default());
        }
        let memory = match std::fs::read(&path) {
            Ok(bytes) => match serde_json::from_slice::<Memory>(&bytes) {
                Ok(memory) => memory,
                Err(e) => {
                    let aside = dir.join(CORRUPT_NAME);
                    if let Err(rename) = std::fs::rename(&path, &aside) {
                        warnings.push(format!(
                            "state will not be saved: {} is unreadable ({e}) and could not be set aside ({rename})",
                            path.display()
                        ));
                        return unsaved(warnings, Memory::default());
                    }
                    warnings.push(format!(
                        "state reset: {} was unreadable ({e}), set aside as {CORRUPT_NAME}",
                        path.display()
                    ));
                    Memory::default()
                }
            },
            Err(e) if e.kind() == io::ErrorKind::NotFound => Memory::default(),
            Err(e) => {
                // Unreadable but perhaps fine: never overwrite what could not be read.
                warnings.push(format!(
                    "state will not be saved: {} not read ({e})",
                    path.display()
                ));
                return unsaved(warnings, Memory::default());
            }
        };
        if let Err(e) = tempfile::NamedTempFile::new_in(dir) {
            warnings.push(not_saved(dir, &e));
            return unsaved(warnings, memory);
        }
        Remembered {
            memory,
            file: Some(Self { path }),
            warnings,
        }
    }

    /// Where the file is.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Replaces the file with `memory`, atomically: written whole to a temporary file in the
    /// same folder, synced to disk, renamed over the old one, and the folder synced.
    pub fn save(&self, memory: &Memory) -> io::Result<()> {
        let dir = self.path.parent().unwrap_or(Path::new("."));
        let mut temp = tempfile::NamedTempFile::new_in(dir)?;
        let mut json = serde_json::to_vec_pretty(memory)?;
        json.push(b'\n');
        temp.write_all(&json)?;
        temp.as_file().sync_all()?;
        temp.persist(&self.path).map_err(|e| e.error)?;
        #[cfg(unix)]
        std::fs::File::open(dir)?.sync_all()?;
        Ok(())
    }
}

/// The warning for a state folder that cannot be written.
fn not_saved(dir: &Path, e: &io::Error) -> String {
    format!(
        "state will not be saved: {} cannot be written ({e})",
        dir.display()
    )
}

/// Saves memories on a thread of its own, so a slow disk never holds the reader up: each
/// [`Saver::save`] hands over a copy, and the thread writes the newest one it has.
#[derive(Debug)]
pub struct Saver {
    tx: Option<mpsc::Sender<Memory>>,
    thread: Option<JoinHandle<()>>,
}

impl Saver {
    /// Starts the thread writing to `file`; the first failure to write goes to `failed`
    /// (later ones are not repeated; each save still tries).
    pub fn spawn(file: StateFile, failed: impl Fn(String) + Send + 'static) -> io::Result<Self> {
        let (tx, rx) = mpsc::channel::<Memory>();
        let thread = std::thread::Builder::new().name("state".into()).spawn(move || {
            let mut reported = false;
            while let Ok(mut memory) = rx.recv() {
                while let Ok(newer) = rx.try_recv() {
                    memory = newer;
                }
                if let Err(e) = file.save(&memory)
                    && !std::mem::replace(&mut reported, true)
                {
                    failed(format!("{}: not saved: {e}", file.path().display()));
                }
            }
        })?;
        Ok(Self {
            tx: Some(tx),
            thread: Some(thread),
        })
    }

    /// Hands `memory` to the thread to write.
    pub fn save(&self, memory: Memory) {
        if let Some(tx) = &self.tx {
            _ = tx.send(memory);
        }
    }

    /// Waits until everything handed over is written, and ends the thread.
    pub fn finish(mut self) {
        self.tx = None;
        if let Some(thread) = self.thread.take() {
            _ = thread.join();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::library::Position;

    fn id(hex: &str) -> ArticleId {
        ArticleId::try_from(hex.to_string()).unwrap()
    }

    fn sample() -> Memory {
        let mut memory = Memory::default();
        memory.articles.insert(
            id("00000000000000aa"),
            ArticleState {
                read: true,
                starred: true,
                position: Some(Position {
                    paragraph: 3,
                    offset: 17,
                }),
                opened: Some(chrono::DateTime::UNIX_EPOCH),
            },
        );
        memory.set_story(StoryState {
            inputs: StoryKey(vec!["/stories/harbour".into()]),
            article: Some(id("00000000000000aa")),
            view: serde_json::json!({"zoom": true}),
        });
        memory
    }

    #[test]
    fn a_memory_saved_is_read_back_the_same() {
        let dir = tempfile::tempdir().unwrap();
        let state = dir.path().join("state");
        let first = StateFile::open(&state);
        assert_eq!(first.memory, Memory::default(), "nothing yet");
        assert!(first.warnings.is_empty());
        let file = first.file.expect("a writable folder");
        file.save(&sample()).unwrap();
        let again = StateFile::open(&state);
        assert_eq!(again.memory, sample());
        assert!(again.warnings.is_empty());
        let text = std::fs::read_to_string(state.join(FILE_NAME)).unwrap();
        assert!(text.contains("\"00000000000000aa\""), "ids as hex keys: {text}");
        assert!(text.contains("\"starred\": true"), "readable JSON: {text}");
        // No temporary file is left behind.
        let names: Vec<_> = std::fs::read_dir(&state)
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, vec![std::ffi::OsString::from(FILE_NAME)]);
    }

    #[test]
    fn a_corrupt_or_truncated_file_is_set_aside_with_a_warning() {
        let full = serde_json::to_vec(&sample()).unwrap();
        for bytes in [
            b"\x00\xff garbage \x89PNG".to_vec(),
            full[..full.len() / 2].to_vec(),
            Vec::new(),
        ] {
            let dir = tempfile::tempdir().unwrap();
            std::fs::write(dir.path().join(FILE_NAME), &bytes).unwrap();
            let opened = StateFile::open(dir.path());
            assert_eq!(opened.memory, Memory::default());
            assert_eq!(opened.warnings.len(), 1, "{:?}", opened.warnings);
            assert!(opened.warnings[0].contains("set aside"), "{:?}", opened.warnings);
            assert_eq!(std::fs::read(dir.path().join(CORRUPT_NAME)).unwrap(), bytes);
            assert!(!dir.path().join(FILE_NAME).exists());
            // Saving works again and the next start reads it.
            opened.file.expect("still writable").save(&sample()).unwrap();
            assert_eq!(StateFile::open(dir.path()).memory, sample());
        }
    }

    #[test]
    fn a_folder_that_cannot_be_written_reads_on_without_saving() {
        let dir = tempfile::tempdir().unwrap();
        // A file where the folder should be: no folder can be made there, as root or not.
        let blocker = dir.path().join("home");
        std::fs::write(&blocker, "a file").unwrap();
        let opened = StateFile::open(&blocker.join("state"));
        assert!(opened.file.is_none());
        assert_eq!(opened.memory, Memory::default());
        assert_eq!(opened.warnings.len(), 1);
        assert!(
            opened.warnings[0].contains("state will not be saved"),
            "{:?}",
            opened.warnings
        );
    }

    #[test]
    fn a_file_that_cannot_be_read_is_never_overwritten() {
        let dir = tempfile::tempdir().unwrap();
        // A folder by the file's name: reading it fails, and it is no corrupt file to move.
        std::fs::create_dir(dir.path().join(FILE_NAME)).unwrap();
        let opened = StateFile::open(dir.path());
        assert!(opened.file.is_none());
        assert!(opened.warnings[0].contains("not read"), "{:?}", opened.warnings);
        assert!(dir.path().join(FILE_NAME).is_dir());
    }

    #[test]
    fn a_save_replaces_the_file_whole_and_a_crash_before_the_rename_leaves_the_old_one() {
        let dir = tempfile::tempdir().unwrap();
        let file = StateFile::open(dir.path()).file.unwrap();
        file.save(&sample()).unwrap();
        // A crash mid-write leaves only a temporary file beside the state file: its name is
        // never the state file's, and the next start reads the last whole save.
        let mut torn = tempfile::NamedTempFile::new_in(dir.path()).unwrap();
        torn.write_all(b"{\"articles\": {\"00").unwrap();
        let (_, kept) = torn.keep().unwrap();
        assert_ne!(kept.file_name().unwrap(), FILE_NAME);
        assert_eq!(StateFile::open(dir.path()).memory, sample());
        let mut smaller = sample();
        smaller.articles.clear();
        file.save(&smaller).unwrap();
        assert_eq!(StateFile::open(dir.path()).memory, smaller);
    }

    #[test]
    fn the_saver_writes_the_newest_memory_off_the_callers_thread() {
        let dir = tempfile::tempdir().unwrap();
        let file = StateFile::open(dir.path()).file.unwrap();
        let saver = Saver::spawn(file, |e| panic!("{e}")).unwrap();
        saver.save(Memory::default());
        saver.save(sample());
        saver.finish();
        assert_eq!(StateFile::open(dir.path()).memory, sample());
    }

    #[test]
    fn the_saver_reports_the_first_failure_once() {
        let dir = tempfile::tempdir().unwrap();
        let state = dir.path().join("state");
        let file = StateFile::open(&state).file.unwrap();
        std::fs::remove_dir(&state).unwrap(); // the folder is gone: every save fails
        let failures = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
        let seen = std::sync::Arc::clone(&failures);
        let saver = Saver::spawn(file, move |e| seen.lock().unwrap().push(e)).unwrap();
        saver.save(sample());
        saver.finish();
        let failures = failures.lock().unwrap();
        assert_eq!(failures.len(), 1, "{failures:?}");
        assert!(failures[0].contains("not saved"), "{failures:?}");
    }

    #[test]
    fn stories_are_found_by_their_inputs_in_any_order_newest_first() {
        let dir = tempfile::tempdir().unwrap();
        let (a, b) = (dir.path().join("a.txt"), dir.path().join("b"));
        std::fs::write(&a, "x").unwrap();
        std::fs::create_dir(&b).unwrap();
        let key = StoryKey::of(&[b.clone(), a.clone(), b.join("../a.txt")]);
        assert_eq!(key, StoryKey::of(&[a.clone(), b.clone()]));
        assert_eq!(key.0.len(), 2, "{key:?}");
        assert_eq!(StoryKey::of(&[]), StoryKey::default(), "the bundled story");
        let mut memory = Memory::default();
        let story = |key: &StoryKey, hex| StoryState {
            inputs: key.clone(),
            article: Some(id(hex)),
            view: serde_json::Value::Null,
        };
        memory.set_story(story(&key, "0000000000000001"));
        memory.set_story(story(&StoryKey::default(), "0000000000000002"));
        memory.set_story(story(&key, "0000000000000003"));
        assert_eq!(memory.stories.len(), 2);
        assert_eq!(memory.stories[0].inputs, key, "the last one read comes first");
        assert_eq!(memory.story(&key).unwrap().article, Some(id("0000000000000003")));
        for n in 0..MAX_STORIES + 5 {
            memory.set_story(StoryState {
                inputs: StoryKey(vec![n.to_string()]),
                ..StoryState::default()
            });
        }
        assert_eq!(memory.stories.len(), MAX_STORIES);
        assert!(memory.story(&key).is_none(), "the oldest is forgotten");
    }

    #[test]
    fn a_file_from_a_later_version_with_more_fields_still_reads() {
        let dir = tempfile::tempdir().unwrap();
        let text =
            r#"{"version": 2, "themes": [], "articles": {"00000000000000aa": {"read": true, "colour": 1}}}"#;
        std::fs::write(dir.path().join(FILE_NAME), text).unwrap();
        let opened = StateFile::open(dir.path());
        assert!(opened.warnings.is_empty(), "{:?}", opened.warnings);
        assert!(opened.memory.articles[&id("00000000000000aa")].read);
    }
}
