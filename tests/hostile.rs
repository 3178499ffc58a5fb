//! Folders built to hang or flood a reader: a FIFO named like an article, a `.txt` link to a
//! device that never ends, links that lead back to their own folder; and broken files: invalid
//! UTF-8, binary, empty, too large, unreadable. `parallax inspect` must finish on each, load
//! what is readable once, and name what it skipped and why.
//!
//! Each run has a deadline only so that a hang fails the test instead of stalling the suite;
//! no test measures speed.
#![cfg(unix)]

use std::ffi::CString;
use std::fs;
use std::io::Read;
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::symlink;
use std::path::Path;
use std::process::{Command, Stdio};
use std::thread;
use std::time::{Duration, Instant};

use serde_json::Value;

const BIN: &str = env!("CARGO_BIN_EXE_parallax");

/// Far more than loading a few small files takes, even on a busy machine.
const DEADLINE: Duration = Duration::from_secs(20);

/// What `parallax inspect --json DIR` printed, with its exit status.
struct Run {
    success: bool,
    articles: Vec<Value>,
    stderr: String,
}

/// Runs `parallax inspect --json dir` and kills it if it passes the deadline (the test then
/// fails with what it had printed).
fn inspect(dir: &Path) -> Run {
    run(dir, &["inspect", "--json"], &[])
}

/// Runs `parallax ARGS dir` (JSON Lines out) with `env` set, as [`inspect`] does.
fn run(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Run {
    let mut child = Command::new(BIN)
        .args(args)
        .arg(dir)
        .envs(env.iter().copied())
        .env("PARALLAX_HOME", dir.join(".home"))
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("cannot start parallax");
    // Drained on threads, so a full pipe cannot stall the child either.
    let drain = |mut pipe: Box<dyn Read + Send>| {
        thread::spawn(move || {
            let mut bytes = Vec::new();
            let _ = pipe.read_to_end(&mut bytes);
            String::from_utf8_lossy(&bytes).into_owned()
        })
    };
    let out = drain(Box::new(child.stdout.take().unwrap()));
    let err = drain(Box::new(child.stderr.take().unwrap()));
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("cannot poll parallax") {
            break status;
        }
        if start.elapsed() > DEADLINE {
            let _ = child.kill();
            let _ = child.wait();
            panic!(
                "parallax inspect hung on {}; stderr so far: {}",
                dir.display(),
                err.join().unwrap()
            );
        }
        thread::sleep(Duration::from_millis(20));
    };
    let stdout = out.join().unwrap();
    Run {
        success: status.success(),
        articles: stdout
            .lines()
            .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not JSON ({e}): {l}")))
            .collect(),
        stderr: err.join().unwrap(),
    }
}

fn file_names(run: &Run) -> Vec<&str> {
    run.articles
        .iter()
        .map(|a| a["file_name"].as_str().unwrap())
        .collect()
}

/// A story folder with two good articles.
fn story() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join("a.txt"),
        "Ministers meet in Geneva\n\nThe ministers met in Geneva on Tuesday.\n",
    )
    .unwrap();
    fs::write(
        dir.path().join("b.md"),
        "Talks end without a deal\n\nThe talks ended on Wednesday without a deal.\n",
    )
    .unwrap();
    dir
}

fn mkfifo(path: &Path) {
    let name = CString::new(path.as_os_str().as_bytes()).unwrap();
    // SAFETY: `name` is a valid NUL-terminated path that outlives the call.
    let rc = unsafe { libc::mkfifo(name.as_ptr(), 0o644) };
    assert_eq!(rc, 0, "mkfifo failed: {}", std::io::Error::last_os_error());
}

#[test]
fn a_fifo_named_like_an_article_is_skipped_with_a_message() {
    let dir = story();
    mkfifo(&dir.path().join("x.txt"));
    let run = inspect(dir.path());
    assert_eq!(file_names(&run), ["a.txt", "b.md"]);
    assert!(
        run.stderr.contains("x.txt") && run.stderr.contains("not a regular file"),
        "the FIFO is named with the reason: {}",
        run.stderr
    );
    assert!(!run.success, "a skipped file makes the exit status a failure");
}

#[test]
fn a_link_to_an_endless_device_is_skipped_with_a_message() {
    let dir = story();
    symlink("/dev/zero", dir.path().join("x.txt")).unwrap();
    let run = inspect(dir.path());
    assert_eq!(file_names(&run), ["a.txt", "b.md"]);
    assert!(
        run.stderr.contains("x.txt") && run.stderr.contains("not a regular file"),
        "the device link is named with the reason: {}",
        run.stderr
    );
}

#[test]
fn a_fifo_given_by_name_is_refused_not_waited_on() {
    let dir = story();
    let fifo = dir.path().join("pipe");
    mkfifo(&fifo);
    let run = inspect(&fifo);
    assert!(run.articles.is_empty());
    assert!(run.stderr.contains("not a regular file"), "{}", run.stderr);
    assert!(!run.success);
}

#[test]
fn links_back_to_the_folder_are_followed_once() {
    let dir = story();
    symlink(".", dir.path().join("x")).unwrap();
    symlink(".", dir.path().join("y")).unwrap();
    let sub = dir.path().join("sub");
    fs::create_dir(&sub).unwrap();
    fs::write(
        sub.join("c.txt"),
        "Envoys return home\n\nThe envoys returned home on Thursday.\n",
    )
    .unwrap();
    symlink("..", sub.join("up")).unwrap();
    let run = inspect(dir.path());
    assert_eq!(
        file_names(&run),
        ["a.txt", "b.md", "c.txt"],
        "every article once; stderr: {}",
        run.stderr
    );
    assert!(run.success, "a loop is not an error: {}", run.stderr);
}

/// The article `inspect --json` printed for `file`.
fn article<'a>(run: &'a Run, file: &str) -> &'a Value {
    run.articles
        .iter()
        .find(|a| a["file_name"] == file)
        .unwrap_or_else(|| panic!("{file} loaded; stderr: {}", run.stderr))
}

/// The stderr line that names `file`.
fn reason<'a>(run: &'a Run, file: &str) -> &'a str {
    run.stderr
        .lines()
        .find(|l| l.contains(file))
        .unwrap_or_else(|| panic!("{file} is named on stderr: {}", run.stderr))
}

#[test]
fn broken_files_are_each_named_and_the_rest_of_the_story_loads() {
    let dir = story();
    let path = |name: &str| dir.path().join(name);
    fs::write(
        path("latin1.txt"),
        b"Port news\n\nThe caf\xe9 reopened, \xff\xfe officials said.\n",
    )
    .unwrap();
    fs::write(path("image.txt"), b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0").unwrap();
    fs::write(path("empty.txt"), b"").unwrap();
    // Above a 1 MB limit, set for this run so the file stays small.
    fs::write(path("large.txt"), "Words and more words.\n".repeat(60_000)).unwrap();
    let run = run(
        dir.path(),
        &["inspect", "--json"],
        &[("PARALLAX_MAX_FILE_MB", "1")],
    );
    assert_eq!(
        file_names(&run),
        ["a.txt", "b.md", "empty.txt", "latin1.txt"],
        "{}",
        run.stderr
    );
    let latin1 = article(&run, "latin1.txt");
    assert_eq!(latin1["warnings"][0], "invalid UTF-8 replaced with U+FFFD");
    assert!(
        latin1["paragraphs"][0]["text"]
            .as_str()
            .unwrap()
            .contains("caf\u{fffd} reopened")
    );
    assert_eq!(article(&run, "empty.txt")["warnings"][0], "empty file");
    assert!(
        reason(&run, "image.txt").contains("binary file"),
        "{}",
        run.stderr
    );
    let large = reason(&run, "large.txt");
    assert!(
        large.contains("above the 1 MB limit") && large.contains("PARALLAX_MAX_FILE_MB"),
        "{large}"
    );
    assert!(!run.success, "skipped files make the exit status a failure");
}

#[test]
fn a_200_mb_file_is_refused_by_its_size_without_being_read() {
    let dir = story();
    // Sparse: 200 MB long, nothing written, so the test stays fast and small on disk.
    let huge = fs::File::create(dir.path().join("huge.txt")).unwrap();
    huge.set_len(200 * 1024 * 1024).unwrap();
    let run = inspect(dir.path());
    assert_eq!(file_names(&run), ["a.txt", "b.md"]);
    assert!(
        reason(&run, "huge.txt").contains("above the 64 MB limit"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_size_limit_that_is_not_a_number_is_named() {
    let dir = story();
    let run = run(
        dir.path(),
        &["inspect", "--json"],
        &[("PARALLAX_MAX_FILE_MB", "lots")],
    );
    assert!(run.articles.is_empty());
    assert!(
        run.stderr
            .contains("PARALLAX_MAX_FILE_MB=lots is not a whole number of megabytes"),
        "{}",
        run.stderr
    );
}

/// True when this process may read files whatever their permissions say (root).
fn reads_anything() -> bool {
    // SAFETY: geteuid has no preconditions and cannot fail.
    unsafe { libc::geteuid() == 0 }
}

#[test]
fn a_file_without_read_permission_is_named_and_the_rest_loads() {
    use std::os::unix::fs::PermissionsExt;
    let dir = story();
    let locked = dir.path().join("locked.txt");
    fs::write(&locked, "Locked out\n\nThe door was locked.\n").unwrap();
    fs::set_permissions(&locked, fs::Permissions::from_mode(0o000)).unwrap();
    let run = inspect(dir.path());
    if reads_anything() {
        // As root the permission does not deny the read: the file loads like any other.
        assert_eq!(
            file_names(&run),
            ["a.txt", "b.md", "locked.txt"],
            "{}",
            run.stderr
        );
    } else {
        assert_eq!(file_names(&run), ["a.txt", "b.md"]);
        assert!(
            reason(&run, "locked.txt").contains("permission denied"),
            "{}",
            run.stderr
        );
    }
}

#[test]
fn a_file_that_vanishes_or_turns_into_a_folder_after_listing_is_named() {
    let dir = story();
    let gone = dir.path().join("gone.txt");
    let folder = dir.path().join("folder.txt");
    fs::write(&gone, "Gone\n\nIt was here.\n").unwrap();
    fs::write(&folder, "Folder\n\nIt was a file.\n").unwrap();
    let listing = parallax::corpus::list_files(&[dir.path().to_path_buf()]);
    let listed: Vec<_> = listing.files.into_iter().map(Result::unwrap).collect();
    assert_eq!(listed.len(), 4);
    // Between the listing and the read, as when another program edits the folder.
    fs::remove_file(&gone).unwrap();
    fs::remove_file(&folder).unwrap();
    fs::create_dir(&folder).unwrap();
    let mut loaded = Vec::new();
    let mut failed = Vec::new();
    for path in &listed {
        for read in parallax::corpus::load_file(path) {
            match read {
                Ok(article) => loaded.push(article.file_name),
                Err(e) => failed.push(e.to_string()),
            }
        }
    }
    assert_eq!(loaded, ["a.txt", "b.md"]);
    assert_eq!(failed.len(), 2, "{failed:?}");
    assert!(
        failed[0].contains("folder.txt") && failed[0].contains("not a regular file"),
        "{failed:?}"
    );
    assert!(
        failed[1].contains("gone.txt") && failed[1].contains("no such file"),
        "{failed:?}"
    );
}
