//! What leaves the reader for the world around it: text for the clipboard as an OSC 52
//! escape sequence (the terminal sets its clipboard, so it works over SSH with no X11), and
//! an address opened with the configured opener, `$BROWSER` or the system's opener, started
//! apart from the terminal.
//!
//! Inside tmux the sequence is written as it is: tmux passes it on to the outer terminal when
//! `set -g set-clipboard on` is in its config (the README says so), which is simpler and
//! more widely allowed than tmux's passthrough (that needs `allow-passthrough` too).

use std::ffi::OsStr;
use std::io;
use std::process::{Command, Stdio};

use base64::Engine;

/// The bytes that ask the terminal to put `text` on its clipboard: OSC 52 for the clipboard
/// selection (`c`), the text in base64, ended by BEL (understood by more terminals than ST).
pub fn osc52(text: &str) -> Vec<u8> {
    let payload = base64::engine::general_purpose::STANDARD.encode(text);
    format!("\x1b]52;c;{payload}\x07").into_bytes()
}

/// The commands to try, in order, to open an address: the configured opener; else each of
/// `$BROWSER`'s colon-separated commands; else the system's opener. Each is split on spaces,
/// the address to be added as its last argument.
pub fn openers(configured: Option<&str>, browser: Option<&OsStr>) -> Vec<Vec<String>> {
    let split = |command: &str| -> Vec<String> { command.split_whitespace().map(str::to_string).collect() };
    if let Some(command) = configured.filter(|c| !c.trim().is_empty()) {
        return vec![split(command)];
    }
    let browser = browser.and_then(OsStr::to_str).unwrap_or_default();
    let listed: Vec<Vec<String>> = browser.split(':').map(split).filter(|c| !c.is_empty()).collect();
    if !listed.is_empty() {
        return listed;
    }
    let system = if cfg!(target_os = "macos") {
        "open"
    } else {
        "xdg-open"
    };
    vec![vec![system.to_string()]]
}

/// Starts the first of `openers` that starts on `url`, with no terminal (standard input,
/// output and error null, a process group of its own so the reader's keys and signals do not
/// reach it), and returns its name. A thread waits for it, calling `failed` with why if it
/// ends in failure (a browser that cannot open a window over SSH). Err: why none started.
pub fn open(
    openers: &[Vec<String>],
    url: &str,
    failed: impl FnOnce(String) + Send + 'static,
) -> Result<String, String> {
    let mut problems = Vec::new();
    for command in openers {
        let Some((program, args)) = command.split_first() else {
            continue;
        };
        match launch(program, args, url) {
            Ok(mut child) => {
                let name = program.clone();
                let waiter =
                    std::thread::Builder::new()
                        .name("opener".into())
                        .spawn(move || match child.wait() {
                            Ok(status) if status.success() => {}
                            Ok(status) => failed(format!("{name} ended with {status}")),
                            Err(e) => failed(format!("{name}: {e}")),
                        });
                return match waiter {
                    Ok(_) => Ok(program.clone()),
                    Err(e) => Err(format!("{program}: {e}")),
                };
            }
            Err(e) => problems.push(format!("{program}: {e}")),
        }
    }
    if problems.is_empty() {
        Err("no opener: set $BROWSER or `opener` in config.toml".to_string())
    } else {
        Err(format!("cannot open it ({})", problems.join("; ")))
    }
}

/// Starts `program ARGS URL` apart from the terminal.
fn launch(program: &str, args: &[String], url: &str) -> io::Result<std::process::Child> {
    let mut command = Command::new(program);
    command
        .args(args)
        .arg(url)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    #[cfg(unix)]
    std::os::unix::process::CommandExt::process_group(&mut command, 0);
    command.spawn()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::mpsc;
    use std::time::Duration;

    #[test]
    fn osc52_is_the_escape_the_base64_of_the_text_and_bel() {
        assert_eq!(osc52("hi"), b"\x1b]52;c;aGk=\x07");
        assert_eq!(
            osc52("“Soon” — Ana"),
            b"\x1b]52;c;4oCcU29vbuKAnSDigJQgQW5h\x07",
            "UTF-8 bytes, standard alphabet with padding"
        );
        assert_eq!(osc52(""), b"\x1b]52;c;\x07");
    }

    #[test]
    fn the_configured_opener_wins_then_browser_then_the_system() {
        let browser = Some(OsStr::new("firefox --new-tab:lynx"));
        assert_eq!(
            openers(Some("open -a Safari"), browser),
            [["open", "-a", "Safari"]]
        );
        assert_eq!(
            openers(None, browser),
            [vec!["firefox", "--new-tab"], vec!["lynx"]]
        );
        let system = if cfg!(target_os = "macos") {
            "open"
        } else {
            "xdg-open"
        };
        assert_eq!(openers(None, None), [[system]]);
        assert_eq!(openers(Some("  "), Some(OsStr::new(""))), [[system]]);
    }

    #[cfg(unix)]
    fn script(dir: &std::path::Path, name: &str, body: &str) -> String {
        use std::os::unix::fs::PermissionsExt;
        let path = dir.join(name);
        std::fs::write(&path, format!("#!/bin/sh\n{body}\n")).unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
        path.to_string_lossy().into_owned()
    }

    /// Waits (bounded, so a broken build cannot hang) for `path` to hold a line.
    fn read_when_written(path: &std::path::Path) -> String {
        for _ in 0..500 {
            if let Ok(text) = std::fs::read_to_string(path)
                && text.ends_with('\n')
            {
                return text;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        panic!("{} was never written", path.display());
    }

    #[cfg(unix)]
    #[test]
    fn browser_gets_the_url_as_its_argument_and_a_failure_is_reported() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("opened");
        let browser = script(
            dir.path(),
            "browser",
            &format!("echo \"$1\" > '{}'", out.display()),
        );
        let (tx, rx) = mpsc::channel();
        let started = open(
            &openers(None, Some(OsStr::new(&browser))),
            "https://e.com/a?b=1",
            move |e| _ = tx.send(e),
        );
        assert_eq!(started, Ok(browser));
        assert_eq!(read_when_written(&out), "https://e.com/a?b=1\n");
        assert!(rx.recv_timeout(Duration::from_secs(10)).is_err(), "it succeeded");

        let failing = script(dir.path(), "failing", "exit 3");
        let (tx, rx) = mpsc::channel();
        open(&[vec![failing.clone()]], "https://e.com", move |e| _ = tx.send(e)).unwrap();
        let why = rx.recv_timeout(Duration::from_secs(10)).unwrap();
        assert!(why.starts_with(&failing) && why.contains('3'), "{why}");
    }

    #[test]
    fn a_missing_opener_is_named_and_the_next_one_tried() {
        let missing = vec!["/no/such/opener".to_string()];
        let why = open(std::slice::from_ref(&missing), "https://e.com", |_| {}).unwrap_err();
        assert!(why.contains("/no/such/opener"), "{why}");
        assert!(
            open(&[], "https://e.com", |_| {})
                .unwrap_err()
                .contains("no opener")
        );
    }
}
