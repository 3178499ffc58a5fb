//! Folders built to hang or flood a reader: a FIFO named like an article, a `.txt` link to a
//! device that never ends, links that lead back to their own folder. `parallax inspect` must
//! finish on each, load what is readable once, and name what it skipped.
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
    let mut child = Command::new(BIN)
        .args(["inspect", "--json"])
        .arg(dir)
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
