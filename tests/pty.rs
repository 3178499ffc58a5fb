//! The real `parallax` binary in a pseudo-terminal: keys in, screen out, read back through a
//! vt100 emulator. These tests check what only a terminal shows: the alternate screen, raw
//! mode, the cursor, resizing, and that all of it is given back on exit.
//!
//! Timeouts only keep a broken build from hanging; no test measures speed.
#![cfg(unix)] // signals, FIFOs and /proc

use std::io::{Read, Write};
use std::path::Path;
use std::process::Command;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::thread::{self, JoinHandle};
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, ExitStatus, MasterPty, PtySize, native_pty_system};
use serde_json::Value;
use vt100::Screen;

const BIN: &str = env!("CARGO_BIN_EXE_parallax");

/// How long to wait for anything before giving up; generous for slow, busy CI machines.
const TIMEOUT: Duration = Duration::from_secs(30);
const POLL: Duration = Duration::from_millis(20);

const CTRL_C: &[u8] = b"\x03";
const ESC: &[u8] = b"\x1b";
const ENTER: &[u8] = b"\r";

/// `parallax` running in a pseudo-terminal, its output fed to a vt100 screen.
struct Tui {
    /// The emulated terminal the app draws on.
    parser: Arc<Mutex<vt100::Parser>>,
    /// Every byte the app wrote, in order.
    raw: Arc<Mutex<Vec<u8>>>,
    /// Set once the app's side of the terminal is closed and all output was read.
    eof: Arc<AtomicBool>,
    child: Box<dyn Child + Send + Sync>,
    writer: Box<dyn Write + Send>,
    master: Box<dyn MasterPty + Send>,
    reader: Option<JoinHandle<()>>,
    /// PARALLAX_HOME and the working folder; removed after the process is gone, unless a
    /// test takes it to start parallax again in it.
    home: Option<tempfile::TempDir>,
}

impl Tui {
    /// Starts `parallax ARGS` in a `cols`×`rows` terminal with an empty PARALLAX_HOME.
    fn spawn(cols: u16, rows: u16, args: &[&str]) -> Self {
        Self::spawn_with(cols, rows, args, |_| {})
    }

    /// Like [`Tui::spawn`], with `setup` run on the PARALLAX_HOME folder first.
    fn spawn_with(cols: u16, rows: u16, args: &[&str], setup: impl FnOnce(&Path)) -> Self {
        let home = tempfile::tempdir().unwrap();
        setup(home.path());
        Self::spawn_in(cols, rows, args, home)
    }

    /// Like [`Tui::spawn`], in `home` as PARALLAX_HOME (one a previous run left, say).
    fn spawn_in(cols: u16, rows: u16, args: &[&str], home: tempfile::TempDir) -> Self {
        Self::spawn_env(cols, rows, args, home, &[])
    }

    /// Like [`Tui::spawn_in`], with `env` set over the minimal environment (`TERM`, say).
    fn spawn_env(cols: u16, rows: u16, args: &[&str], home: tempfile::TempDir, env: &[(&str, &str)]) -> Self {
        let pair = native_pty_system()
            .openpty(size(cols, rows))
            .unwrap_or_else(|e| panic!("cannot open a pseudo-terminal; these tests need one: {e:#}"));
        let mut cmd = CommandBuilder::new(BIN);
        cmd.args(args);
        // A known, minimal environment: no NO_COLOR, no user config, nothing from the host.
        cmd.env_clear();
        cmd.env("TERM", "xterm-256color");
        cmd.env("PARALLAX_HOME", home.path());
        cmd.env("HOME", home.path());
        cmd.env("LANG", "C.UTF-8");
        cmd.cwd(home.path());
        for (name, value) in env {
            cmd.env(name, value);
        }
        let child = pair
            .slave
            .spawn_command(cmd)
            .expect("cannot start parallax in the pty");
        // Only the child keeps the terminal's other end open, so its exit means end of file.
        drop(pair.slave);

        let parser = Arc::new(Mutex::new(vt100::Parser::new(
            rows.try_into().unwrap(),
            cols.try_into().unwrap(),
            0,
        )));
        let raw = Arc::new(Mutex::new(Vec::new()));
        let eof = Arc::new(AtomicBool::new(false));
        let mut output = pair.master.try_clone_reader().expect("cannot read the pty");
        let reader = {
            let (parser, raw, eof) = (parser.clone(), raw.clone(), eof.clone());
            thread::spawn(move || {
                let mut buf = [0u8; 8192];
                loop {
                    match output.read(&mut buf) {
                        Ok(0) | Err(_) => break,
                        Ok(n) => {
                            lock(&parser).process(&buf[..n]);
                            lock(&raw).extend_from_slice(&buf[..n]);
                        }
                    }
                }
                eof.store(true, Ordering::SeqCst);
            })
        };
        let writer = pair.master.take_writer().expect("cannot write to the pty");
        Self {
            parser,
            raw,
            eof,
            child,
            writer,
            master: pair.master,
            reader: Some(reader),
            home: Some(home),
        }
    }

    /// Types `bytes` as if at the keyboard.
    fn send(&mut self, bytes: &[u8]) {
        self.writer.write_all(bytes).expect("cannot write to the pty");
        self.writer.flush().unwrap();
    }

    /// Waits until `ready` holds for the screen and returns what it computed from it; panics
    /// with the screen if it never does.
    fn wait_until<T>(&mut self, what: &str, ready: impl Fn(&Screen) -> Option<T>) -> T {
        let start = Instant::now();
        loop {
            let exited = self.eof.load(Ordering::SeqCst);
            // The lock is released before any panic below, which locks again to print the screen.
            let found = ready(lock(&self.parser).screen());
            if let Some(found) = found {
                return found;
            }
            if exited {
                let status = self.child.try_wait().ok().flatten();
                panic!("parallax ended ({status:?}) before: {what}\n{}", self.dump());
            }
            if start.elapsed() > TIMEOUT {
                panic!("timed out after {TIMEOUT:?} waiting for: {what}\n{}", self.dump());
            }
            thread::sleep(POLL);
        }
    }

    /// Waits until `ready` holds for the screen; panics with the screen if it never does.
    fn wait_for(&mut self, what: &str, ready: impl Fn(&Screen) -> bool) {
        self.wait_until(what, |s| ready(s).then_some(()));
    }

    /// Runs `check` on the screen as it is now. The screen is locked meanwhile: use [`dump`],
    /// not [`Tui::dump`], in `check`'s failure messages.
    fn screen<T>(&self, check: impl FnOnce(&Screen) -> T) -> T {
        check(lock(&self.parser).screen())
    }

    /// Resizes the terminal, as a window manager does: the emulator first, then the pty
    /// (which sends SIGWINCH), under one lock so no new frame is read at the old size.
    fn resize(&mut self, cols: u16, rows: u16) {
        let mut parser = lock(&self.parser);
        parser.set_size(rows.try_into().unwrap(), cols.try_into().unwrap());
        self.master
            .resize(size(cols, rows))
            .expect("cannot resize the pty");
    }

    /// Sends `signal` to the process, as `kill` does.
    fn kill(&self, signal: libc::c_int) {
        let pid = self.child.process_id().expect("parallax has a process id");
        // SAFETY: kill(2) with a pid this test started and still waits on.
        let rc = unsafe { libc::kill(pid as libc::pid_t, signal) };
        assert_eq!(rc, 0, "kill failed: {}", std::io::Error::last_os_error());
    }

    /// Waits until the process is stopped (`T` in /proc), as job control shows it.
    fn wait_stopped(&mut self) {
        let pid = self.child.process_id().expect("parallax has a process id");
        let stopped = || {
            std::fs::read_to_string(format!("/proc/{pid}/stat"))
                .ok()
                .and_then(|stat| Some(stat.rsplit_once(')')?.1.split_whitespace().next()? == "T"))
                .unwrap_or(false)
        };
        let start = Instant::now();
        while !stopped() {
            if start.elapsed() > TIMEOUT {
                panic!("parallax was not stopped within {TIMEOUT:?}\n{}", self.dump());
            }
            thread::sleep(POLL);
        }
    }

    /// The terminal's local modes (`ICANON`, `ECHO`, `ISIG`…) as their names.
    fn local_modes(&self) -> Vec<String> {
        let termios = self.master.get_termios().expect("cannot read the pty's modes");
        format!("{:?}", termios.local_flags)
            .split(|c: char| !c.is_ascii_alphanumeric() && c != '_')
            .map(str::to_string)
            .collect()
    }

    /// Waits for the process to exit, then for its last output to reach the screen.
    fn wait_exit(&mut self) -> ExitStatus {
        let start = Instant::now();
        let status = loop {
            if let Some(status) = self.child.try_wait().expect("cannot poll parallax") {
                break status;
            }
            if start.elapsed() > TIMEOUT {
                panic!("parallax did not exit within {TIMEOUT:?}\n{}", self.dump());
            }
            thread::sleep(POLL);
        };
        while !self.eof.load(Ordering::SeqCst) {
            if start.elapsed() > TIMEOUT {
                panic!("the pty was not closed after parallax exited\n{}", self.dump());
            }
            thread::sleep(POLL);
        }
        if let Some(reader) = self.reader.take() {
            reader.join().expect("the pty reader thread panicked");
        }
        status
    }

    /// The PARALLAX_HOME folder, kept for another run once this one has exited.
    fn take_home(&mut self) -> tempfile::TempDir {
        self.home.take().expect("the home folder is still there")
    }

    /// All bytes written so far.
    fn raw(&self) -> Vec<u8> {
        lock(&self.raw).clone()
    }

    /// The screen, for failure messages.
    fn dump(&self) -> String {
        dump(lock(&self.parser).screen())
    }
}

/// The screen's text and modes, for failure messages.
fn dump(s: &Screen) -> String {
    let (rows, cols) = s.size();
    let mut out = format!(
        "--- screen {cols}x{rows}, alternate: {}, cursor hidden: {} ---\n",
        s.alternate_screen(),
        s.hide_cursor()
    );
    for (i, row) in s.rows(0, cols.get()).enumerate() {
        out.push_str(&format!("{i:>2}|{row}\n"));
    }
    out.push_str("--- end of screen ---");
    out
}

impl Drop for Tui {
    /// Never leaves a process behind, whatever the test did.
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
        // The reader thread ends by itself once the other end is closed.
    }
}

fn size(cols: u16, rows: u16) -> PtySize {
    PtySize {
        rows,
        cols,
        pixel_width: 0,
        pixel_height: 0,
    }
}

/// Locks, even after a panic in another thread: the data is still worth a failure message.
fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// The text of screen row `row`.
fn row(screen: &Screen, row: u16) -> String {
    let (_, cols) = screen.size();
    screen.rows(0, cols.get()).nth(row as usize).unwrap_or_default()
}

/// The status line: the bottom row.
fn status_line(screen: &Screen) -> String {
    let (rows, _) = screen.size();
    row(screen, rows.get() - 1)
}

/// The status line no longer says that the story is loading (reading, extracting, indexing).
fn loaded(screen: &Screen) -> bool {
    let line = status_line(screen);
    !parallax::library::STEPS
        .iter()
        .any(|step| line.contains(&format!("{step} ")))
}

/// The status line ends with the position in the story, like "1/5".
fn at_position(screen: &Screen, position: &str) -> bool {
    status_line(screen).trim_end().ends_with(position)
}

fn cell(screen: &Screen, row: u16, col: u16) -> String {
    screen
        .cell(row, col)
        .map(|c| c.contents().to_string())
        .unwrap_or_default()
}

fn is_top_left(s: &str) -> bool {
    matches!(s, "┌" | "┏" | "╭" | "╔")
}

fn is_top_right(s: &str) -> bool {
    matches!(s, "┐" | "┓" | "╮" | "╗")
}

/// The panes along the top row, as (first column, last column) of each box.
fn panes(screen: &Screen) -> Vec<(u16, u16)> {
    let (_, cols) = screen.size();
    let mut panes = Vec::new();
    let mut start = None;
    for col in 0..cols.get() {
        let c = cell(screen, 0, col);
        if is_top_left(&c) {
            start = Some(col);
        } else if is_top_right(&c)
            && let Some(s) = start.take()
        {
            panes.push((s, col));
        }
    }
    panes
}

/// The text rows inside a pane's borders.
fn pane_rows(screen: &Screen, (left, right): (u16, u16)) -> Vec<String> {
    let (rows, _) = screen.size();
    let inner: Vec<String> = screen.rows(left + 1, right - left - 1).collect();
    // Without the top border and the bottom border + status line.
    inner[1..(rows.get() as usize).saturating_sub(2)].to_vec()
}

/// The first few lines of text a pane shows (where a headline goes), one string a line.
fn top_text(screen: &Screen, pane: (u16, u16)) -> String {
    pane_rows(screen, pane)
        .into_iter()
        .map(|r| r.trim().to_string())
        .filter(|r| !r.is_empty())
        .take(4)
        .collect::<Vec<_>>()
        .join("\n")
}

/// The titles of the bundled story, as `parallax inspect --json` reads them.
fn bundled_titles() -> Vec<String> {
    let dir = tempfile::tempdir().unwrap();
    let out = Command::new(BIN)
        .args(["inspect", "--json"])
        .current_dir(dir.path())
        .env("PARALLAX_HOME", dir.path())
        .output()
        .unwrap();
    assert!(out.status.success());
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| {
            let article: Value = serde_json::from_str(l).unwrap();
            article["title"]["value"].as_str().unwrap().to_string()
        })
        .collect()
}

/// The first words of `title`, at most `max` columns: what any pane wide enough shows on one
/// line without cutting it.
fn prefix(title: &str, max: usize) -> String {
    let mut out = String::new();
    for word in title.split_whitespace() {
        let next = if out.is_empty() {
            word.to_string()
        } else {
            format!("{out} {word}")
        };
        if next.chars().count() > max {
            break;
        }
        out = next;
    }
    if out.is_empty() {
        out = title.chars().take(max).collect();
    }
    out
}

/// The screen after the app has given the terminal back.
fn assert_terminal_restored(tui: &Tui) {
    tui.screen(|s| {
        assert!(
            !s.alternate_screen(),
            "still on the alternate screen\n{}",
            dump(s)
        );
        assert!(!s.hide_cursor(), "the cursor is still hidden\n{}", dump(s));
    });
    let raw = tui.raw();
    let has = |seq: &[u8]| raw.windows(seq.len()).any(|w| w == seq);
    assert!(has(b"\x1b[?1049h"), "the alternate screen was never entered");
    assert!(has(b"\x1b[?1049l"), "the alternate screen was not left");
    let modes = tui.local_modes();
    for mode in ["ICANON", "ECHO", "ISIG"] {
        assert!(modes.iter().any(|m| m == mode), "{mode} not restored: {modes:?}");
    }
}

/// The end-to-end suite at both sizes, and what a panic leaves behind.
#[path = "pty/e2e.rs"]
mod e2e;

#[test]
fn navigate_zoom_help_and_quit_at_80x24() {
    let titles = bundled_titles();
    assert_eq!(titles.len(), 5);
    let mut tui = Tui::spawn(80, 24, &[]);

    // The list and the first article.
    let first = prefix(&titles[0], 15);
    tui.wait_for("the article list and the first article", |s| {
        s.contents().contains("Articles") && s.contents().contains(&first) && at_position(s, "1/5")
    });
    tui.screen(|s| {
        assert!(
            s.alternate_screen(),
            "the reader draws on the alternate screen\n{}",
            dump(s)
        );
        assert!(s.hide_cursor(), "the cursor is hidden while reading\n{}", dump(s));
        let panes = panes(s);
        assert_eq!(panes.len(), 2, "80 columns: list and reading pane\n{}", dump(s));
        assert_eq!(panes[0].0, 0);
        assert_eq!(panes[1].1, 79, "the panes fill the width\n{}", dump(s));
        assert!(
            top_text(s, panes[1]).contains(&first),
            "reading pane shows the first article\n{}",
            dump(s)
        );
    });
    let modes = tui.local_modes();
    assert!(
        !modes.iter().any(|m| m == "ICANON"),
        "raw mode while reading: {modes:?}"
    );

    // j selects the next article; the reading pane follows.
    tui.send(b"j");
    let second = prefix(&titles[1], 15);
    let reader = tui.wait_until("j selects the second article", |s| {
        let panes = panes(s);
        (at_position(s, "2/5") && panes.len() == 2 && top_text(s, panes[1]).contains(&second))
            .then(|| panes[1])
    });
    let focused_corner = tui.screen(|s| cell(s, 0, 0));

    // Enter moves the focus (and its border style) to the reading pane.
    tui.send(ENTER);
    tui.wait_for("enter focuses the reading pane", |s| {
        cell(s, 0, reader.0) == focused_corner && cell(s, 0, 0) != focused_corner
    });

    // z: the reading pane alone, across the whole width.
    tui.send(b"z");
    tui.wait_for("z shows the reading pane alone", |s| {
        let panes = panes(s);
        !s.contents().contains("Articles")
            && panes == [(0, 79)]
            && top_text(s, panes[0]).contains(&second)
            && at_position(s, "2/5")
    });

    // ? opens the help overlay over it; esc closes only the overlay.
    tui.send(b"?");
    tui.wait_for("? opens the help overlay", |s| {
        let text = s.contents();
        text.contains(" Keys ") && text.contains("quit") && text.contains("ctrl-c")
    });
    tui.send(ESC);
    tui.wait_for("esc closes the help overlay", |s| {
        let text = s.contents();
        !text.contains(" Keys ") && !text.contains("ctrl-c") && panes(s) == [(0, 79)]
    });
    tui.screen(|s| {
        assert!(
            !s.contents().contains("Articles"),
            "esc closed the overlay, not zoom\n{}",
            dump(s)
        )
    });

    tui.send(b"q");
    let status = tui.wait_exit();
    assert!(status.success(), "q quits with success, got {status:?}");
    assert_terminal_restored(&tui);
}

#[test]
fn resizing_redraws_for_the_new_size_at_140x40() {
    let mut tui = Tui::spawn(140, 40, &[]);
    let wide = |s: &Screen| {
        let panes = panes(s);
        s.contents().contains(" Article ")
            && s.contents().contains(" Articles ")
            && panes.len() == 3
            && panes[0].0 == 0
            && panes[2].1 == 139
            && at_position(s, "1/5")
    };
    tui.wait_for("three panes at 140x40", wide);

    tui.resize(80, 24);
    tui.wait_for("the side panel gone and the screen redrawn at 80x24", |s| {
        let panes = panes(s);
        !s.contents().contains(" Article ")
            && s.contents().contains(" Articles ")
            && panes.len() == 2
            && panes[0].0 == 0
            && panes[1].1 == 79
            && at_position(s, "1/5")
    });

    tui.resize(140, 40);
    tui.wait_for("three panes again at 140x40", wide);

    tui.send(b"q");
    let status = tui.wait_exit();
    assert!(status.success(), "{status:?}");
    assert_terminal_restored(&tui);
}

#[test]
fn ctrl_c_quits_cleanly() {
    let mut tui = Tui::spawn(80, 24, &[]);
    tui.wait_for("the reader is up", |s| {
        s.contents().contains("Articles") && at_position(s, "1/5")
    });
    // In raw mode ctrl-c is a key, not SIGINT: the app must quit through its normal path.
    tui.send(CTRL_C);
    let status = tui.wait_exit();
    assert!(status.success(), "ctrl-c quits with success, not {status:?}");
    assert_eq!(status.signal(), None, "not killed by a signal");
    assert_terminal_restored(&tui);
}

#[test]
fn a_user_keymap_in_parallax_home_is_used() {
    let mut tui = Tui::spawn_with(80, 24, &[], |home| {
        std::fs::create_dir_all(home.join("config")).unwrap();
        std::fs::write(home.join("config/keymap.toml"), "[normal]\nquit = [\"x\"]\n").unwrap();
    });
    tui.wait_for("the reader is up", |s| {
        s.contents().contains("Articles") && at_position(s, "1/5")
    });
    // q no longer quits: the j after it is still handled.
    tui.send(b"q");
    tui.send(b"j");
    tui.wait_for("q ignored, j handled", |s| at_position(s, "2/5"));
    tui.send(b"x");
    let status = tui.wait_exit();
    assert!(status.success(), "{status:?}");
    assert_terminal_restored(&tui);
}

#[test]
fn the_mouse_is_captured_only_when_the_config_says_and_given_back_on_every_exit() {
    let has = |raw: &[u8], seq: &[u8]| raw.windows(seq.len()).any(|w| w == seq);
    let mut tui = Tui::spawn(80, 24, &[]);
    tui.wait_for("the reader is up", |s| at_position(s, "1/5"));
    tui.send(CTRL_C);
    assert!(tui.wait_exit().success());
    assert!(!has(&tui.raw(), b"\x1b[?1000h"), "no capture by default");
    for end in ["quit", "signal"] {
        let mut tui = Tui::spawn_with(80, 24, &[], |home| {
            std::fs::create_dir_all(home.join("config")).unwrap();
            std::fs::write(home.join("config/config.toml"), "mouse = true\n").unwrap();
        });
        tui.wait_for("the reader is up", |s| at_position(s, "1/5"));
        assert!(has(&tui.raw(), b"\x1b[?1000h"), "captured");
        // A left click (SGR report, 1-based) on the third article's first row.
        tui.send(b"\x1b[<0;5;6M\x1b[<0;5;6m");
        tui.wait_for("the click selected the third article", |s| at_position(s, "3/5"));
        if end == "quit" {
            tui.send(b"q");
            assert!(tui.wait_exit().success());
        } else {
            tui.kill(libc::SIGTERM);
            tui.wait_exit();
        }
        let raw = tui.raw();
        let on = raw.windows(8).rposition(|w| w == b"\x1b[?1000h").unwrap();
        assert!(
            raw[on..].windows(8).any(|w| w == b"\x1b[?1000l"),
            "{end}: the mouse was given back"
        );
        assert_terminal_restored(&tui);
    }
}

#[test]
fn a_bad_config_exits_2_with_its_line_before_the_screen_opens() {
    let mut tui = Tui::spawn_with(80, 24, &[], |home| {
        std::fs::create_dir_all(home.join("config")).unwrap();
        std::fs::write(home.join("config/config.toml"), "mouse = true\nwrap_width = 5\n").unwrap();
    });
    let status = tui.wait_exit();
    assert_eq!(status.exit_code(), 2, "{status:?}");
    let raw = tui.raw();
    assert!(
        !raw.windows(8).any(|w| w == b"\x1b[?1049h" || w == b"\x1b[?1000h"),
        "the screen never opened"
    );
    tui.screen(|s| {
        let text = s.contents();
        assert!(
            text.contains("config.toml:2: wrap_width: 5 is out of range"),
            "{text}"
        );
    });
}

#[test]
fn an_unknown_config_key_is_a_warning_in_the_status_line() {
    let mut tui = Tui::spawn_with(140, 40, &[], |home| {
        std::fs::create_dir_all(home.join("config")).unwrap();
        std::fs::write(home.join("config/config.toml"), "colour = \"never\"\n").unwrap();
    });
    tui.wait_for("the warning in the status line", |s| {
        status_line(s).contains("config.toml:1: colour: unknown key")
    });
    tui.send(b"q");
    assert!(tui.wait_exit().success());
}

#[test]
fn search_from_the_prompt_and_find_in_the_article_at_140x40() {
    let mut tui = Tui::spawn(140, 40, &[]);
    tui.wait_for("the reader is up", |s| at_position(s, "1/5"));
    tui.send(b"/ushak");
    tui.wait_for("the prompt with ranked hits", |s| {
        let text = s.contents();
        text.contains(" Search the story ")
            && text.contains("› ushak")
            && text.contains("actor   Yuri Ushakov")
    });
    // The cursor stands in the query, visible.
    tui.screen(|s| {
        assert!(
            !s.hide_cursor(),
            "the cursor is hidden in the prompt\n{}",
            dump(s)
        )
    });
    tui.send(ENTER);
    tui.wait_for("Ushakov's actor view", |s| {
        let text = s.contents();
        !text.contains(" Search ") && text.contains("Yuri Ushakov · ") && text.contains(" quotes ")
    });
    tui.send(ESC);
    tui.wait_for("the actor view closed", |s| !s.contents().contains(" quotes "));
    // F finds in the article and n steps through the hits.
    tui.send(b"\tFKremlin");
    tui.wait_for("the find prompt in the status line", |s| {
        status_line(s).starts_with("/Kremlin  1/")
    });
    tui.send(ENTER);
    tui.send(b"n");
    tui.wait_for("the second hit", |s| status_line(s).starts_with("hit 2/"));
    tui.send(b"q");
    let status = tui.wait_exit();
    assert!(status.success(), "{status:?}");
    assert_terminal_restored(&tui);
}

/// Starts the reader at 80x24 and waits until it is drawn.
fn reader_up() -> Tui {
    let mut tui = Tui::spawn(80, 24, &[]);
    tui.wait_for("the reader is up", |s| {
        s.contents().contains("Articles") && at_position(s, "1/5")
    });
    tui
}

/// After a signal that ends the process: the terminal given back, and the signal still
/// reported as the cause of the exit (so a shell or a supervisor sees it).
fn assert_ended_by_signal_with_terminal_restored(signal: libc::c_int) {
    let mut tui = reader_up();
    tui.kill(signal);
    let status = tui.wait_exit();
    assert!(
        !status.success() && status.signal().is_some(),
        "ended by the signal, got {status:?}"
    );
    assert_terminal_restored(&tui);
    let raw = tui.raw();
    let has = |seq: &[u8]| raw.windows(seq.len()).any(|w| w == seq);
    assert!(has(b"\x1b[?25h"), "the cursor was not shown again");
}

#[test]
fn sighup_gives_the_terminal_back() {
    assert_ended_by_signal_with_terminal_restored(libc::SIGHUP);
}

#[test]
fn sigterm_gives_the_terminal_back() {
    assert_ended_by_signal_with_terminal_restored(libc::SIGTERM);
}

#[test]
fn sigint_from_outside_gives_the_terminal_back() {
    assert_ended_by_signal_with_terminal_restored(libc::SIGINT);
}

#[test]
fn ctrl_z_suspends_with_the_terminal_restored_and_fg_redraws_in_raw_mode() {
    let mut tui = reader_up();
    tui.send(b"\x1a");
    tui.wait_stopped();
    // The bytes written before the stop may still be on their way to the emulator.
    tui.wait_for("the terminal given back", |s| {
        !s.alternate_screen() && !s.hide_cursor()
    });
    assert_terminal_restored(&tui);
    // What `fg` does: the shell gives the terminal back and continues the process.
    tui.kill(libc::SIGCONT);
    tui.wait_for("the reader drawn again on the alternate screen", |s| {
        s.alternate_screen() && s.contents().contains("Articles") && at_position(s, "1/5")
    });
    let modes = tui.local_modes();
    assert!(
        !modes.iter().any(|m| m == "ICANON"),
        "raw mode again after fg: {modes:?}"
    );
    tui.send(b"j");
    tui.wait_for("keys handled after fg", |s| at_position(s, "2/5"));
    tui.send(b"q");
    let status = tui.wait_exit();
    assert!(status.success(), "{status:?}");
    assert_terminal_restored(&tui);
}

#[test]
fn sigtstp_from_outside_suspends_and_sigcont_redraws() {
    let mut tui = reader_up();
    tui.kill(libc::SIGTSTP);
    tui.wait_stopped();
    // The bytes written before the stop may still be on their way to the emulator.
    tui.wait_for("the terminal given back", |s| {
        !s.alternate_screen() && !s.hide_cursor()
    });
    assert_terminal_restored(&tui);
    tui.kill(libc::SIGCONT);
    tui.wait_for("the reader drawn again", |s| {
        s.alternate_screen() && at_position(s, "1/5")
    });
    tui.send(b"q");
    assert!(tui.wait_exit().success());
}

#[test]
fn shrinking_the_terminal_fast_keeps_it_alive_and_drawing() {
    let mut tui = Tui::spawn(140, 40, &[]);
    tui.wait_for("the reader is up", |s| at_position(s, "1/5"));
    // Each size is held for a varying moment, so that some of the shrinks land between the
    // app reading a size and drawing a frame.
    for round in 0..400u64 {
        for (cols, rows) in [(120, 35), (90, 28), (60, 18), (40, 12), (20, 6), (8, 3), (1, 1)] {
            tui.resize(cols, rows);
            thread::sleep(Duration::from_micros(round * 97 % 1500));
        }
        tui.resize(140, 40);
        thread::sleep(Duration::from_micros(round * 131 % 2000));
    }
    tui.resize(80, 24);
    tui.wait_for("drawn at 80x24 after the resizes", |s| {
        let panes = panes(s);
        panes.len() == 2 && panes[1].1 == 79 && at_position(s, "1/5")
    });
    tui.send(b"j");
    tui.wait_for("keys still handled", |s| at_position(s, "2/5"));
    tui.send(b"q");
    let status = tui.wait_exit();
    assert!(status.success(), "{status:?}");
    assert_terminal_restored(&tui);
}

/// The words of an article as `parallax inspect --json` reads it: title and paragraphs.
fn article_words(path: &Path) -> std::collections::HashSet<String> {
    let out = Command::new(BIN)
        .args(["inspect", "--json"])
        .arg(path)
        .output()
        .unwrap();
    assert!(out.status.success());
    let article: Value = serde_json::from_slice(&out.stdout).unwrap();
    let mut text = article["title"]["value"].as_str().unwrap().to_string();
    for p in article["paragraphs"].as_array().unwrap() {
        text.push(' ');
        text.push_str(p["text"].as_str().unwrap());
    }
    text.split_whitespace().map(str::to_string).collect()
}

#[test]
fn emoji_sequences_flags_and_zero_width_characters_are_drawn_as_the_terminal_shows_them() {
    let line = "A family 👨\u{200d}👩\u{200d}👧 waved the flag 🇺🇦 with a heart ❤\u{fe0f}, a thumb \
                👍\u{1f3fd}, a keycap 1\u{fe0f}\u{20e3}, a zero\u{200b}width space and a soft\u{ad}hyphen.";
    let body = [line; 12].join(" ");
    let article = format!("Flags and families at the border\n\n{body}\n\n{body}\n");
    let words = std::sync::Mutex::new(Default::default());
    let mut tui = Tui::spawn_with(80, 24, &["story.txt"], |home| {
        let path = home.join("story.txt");
        std::fs::write(&path, &article).unwrap();
        *lock(&words) = article_words(&path);
    });
    let words = words.into_inner().unwrap();
    tui.wait_for("the article", |s| {
        s.contents().contains("Flags and families") && at_position(s, "1/1")
    });
    // Drawn whole, then scrolled (only the changed cells are redrawn): every word on screen is
    // a word of the article, none cut, merged or left over from a previous frame.
    tui.send(b"\t");
    // The reading pane's first text row and bottom border: what a scroll changes.
    let view = |s: &Screen| (row(s, 1), row(s, 22));
    let mut last = tui.screen(view);
    for step in 0..8 {
        tui.send(b"jj");
        last = tui.wait_until("the text scrolled", |s| (view(s) != last).then(|| view(s)));
        // A frame may be read half drawn: wait for it to settle, and fail only on what stays.
        tui.wait_for(
            &format!("step {step}: every word on screen a word of the article"),
            |s| {
                let panes = panes(s);
                panes.last().is_some_and(|&reader| {
                    pane_rows(s, reader).iter().all(|row| {
                        let row = row.trim_end_matches(['│', '┃', '║', '█', ' ']);
                        row.split_whitespace().all(|word| words.contains(word))
                    })
                })
            },
        );
    }
    tui.send(b"q");
    assert!(tui.wait_exit().success());
}

#[test]
fn the_reader_opens_a_hostile_folder_and_names_what_it_skipped() {
    let mut tui = Tui::spawn_with(100, 30, &["story"], |home| {
        let story = home.join("story");
        std::fs::create_dir(&story).unwrap();
        std::fs::write(
            story.join("a.txt"),
            "Ministers meet in Geneva\n\nThe ministers met in Geneva on Tuesday.\n",
        )
        .unwrap();
        std::os::unix::fs::symlink("/dev/zero", story.join("zero.txt")).unwrap();
        std::os::unix::fs::symlink(".", story.join("x")).unwrap();
        std::os::unix::fs::symlink(".", story.join("y")).unwrap();
        let fifo =
            std::ffi::CString::new(story.join("fifo.txt").into_os_string().into_encoded_bytes()).unwrap();
        // SAFETY: a valid NUL-terminated path that outlives the call.
        assert_eq!(unsafe { libc::mkfifo(fifo.as_ptr(), 0o644) }, 0);
    });
    tui.wait_for("the one article, and the skipped files named", |s| {
        s.contents().contains("Ministers meet")
            && at_position(s, "1/1")
            && s.contents().contains("not a regular file")
    });
    tui.send(b"q");
    assert!(tui.wait_exit().success());
}

#[test]
fn the_list_shows_while_the_story_loads_and_keys_work_meanwhile() {
    // Enough articles that a debug build is still extracting when the first screen shows.
    let seeds: Vec<String> = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/seeds"))
        .unwrap()
        .map(|e| std::fs::read_to_string(e.unwrap().path()).unwrap())
        .collect();
    let count = 300;
    let mut tui = Tui::spawn_with(140, 40, &["story"], |home| {
        let story = home.join("story");
        std::fs::create_dir(&story).unwrap();
        for i in 0..count {
            let text = seeds[i % seeds.len()].replace("Ushakov", &format!("Ushakov{i}"));
            std::fs::write(story.join(format!("{i:04}.txt")), text).unwrap();
        }
    });
    tui.wait_for("the list, with the load's progress in the status line", |s| {
        s.contents().contains("Articles") && status_line(s).contains("extracting")
    });
    tui.send(b"j");
    tui.wait_for("a key handled while loading", |s| {
        status_line(s).contains("extracting") && status_line(s).trim_end().contains("2/")
    });
    tui.wait_for("the whole story, progress gone", |s| {
        at_position(s, &format!("2/{count}")) && loaded(s)
    });
    tui.send(b"q");
    assert!(tui.wait_exit().success());
    assert_terminal_restored(&tui);
}

#[test]
fn c_picks_an_article_compares_jumps_to_a_difference_and_esc_goes_back_at_80x24() {
    let mut tui = reader_up();
    tui.wait_for("the story read", |s| s.contents().contains("20q") && loaded(s));
    // The screen to come back to, read twice alike: a frame may be still being written.
    let mut before = tui.screen(|s| s.contents());
    for _ in 0..50 {
        thread::sleep(POLL);
        let now = tui.screen(|s| s.contents());
        if now == before {
            break;
        }
        before = now;
    }
    tui.send(b"c");
    tui.wait_for("the picker", |s| s.contents().contains(" with… "));
    tui.send(b"feigning");
    tui.send(ENTER);
    tui.wait_for("the comparison, stacked", |s| {
        let text = s.contents();
        text.contains(" Compare ")
            && text.contains("shared")
            && row(s, 2).contains("◀ Associated Press: US-Russia")
    });
    tui.send(b"]");
    tui.wait_for("the second difference", |s| {
        status_line(s).starts_with("difference 2/")
    });
    tui.send(ESC);
    // Compared once the screen settles: the emulator may hold a frame still being written.
    tui.wait_for("the reader as it was", |s| s.contents() == before);
    tui.send(b"q");
    let status = tui.wait_exit();
    assert!(status.success(), "{status:?}");
    assert_terminal_restored(&tui);
}

/// The rows of the article list's entry for article `n` (from 0) of the bundled story, as
/// drawn at 80x24: its title row and the row below.
fn list_entry(screen: &Screen, n: u16) -> (String, String) {
    let cut = |row: String| row.chars().take(26).collect::<String>();
    (cut(row(screen, 1 + 2 * n)), cut(row(screen, 2 + 2 * n)))
}

#[test]
fn marks_the_article_and_the_place_in_it_survive_a_restart() {
    let mut tui = reader_up();
    let reader = tui.screen(|s| panes(s)[1]);
    // The fourth article, opened, scrolled a page and two lines, starred; the second marked
    // read from the list.
    tui.send(b"j");
    tui.wait_for("the second article", |s| at_position(s, "2/5"));
    tui.send(b"m");
    tui.wait_for("marked read", |s| status_line(s).contains(": read"));
    tui.send(b"jj\t");
    tui.wait_for("the fourth article", |s| at_position(s, "4/5"));
    let top = tui.screen(|s| top_text(s, reader));
    tui.send(b" jj");
    tui.wait_for("scrolled", |s| top_text(s, reader) != top);
    tui.send(b"*");
    // Keys are taken in order: once the star shows, the scroll keys before it are done.
    tui.wait_for("starred", |s| status_line(s).contains(": starred"));
    let place = tui.screen(|s| top_text(s, reader));
    tui.send(b"q");
    assert!(tui.wait_exit().success());
    let home = tui.take_home();
    let saved = std::fs::read_to_string(home.path().join("state/state.json")).unwrap();
    let saved: Value = serde_json::from_str(&saved).unwrap();
    assert_eq!(saved["articles"].as_object().unwrap().len(), 2, "{saved:#}");

    let mut tui = Tui::spawn_in(80, 24, &[], home);
    tui.wait_for("the same article, at the same place", |s| {
        at_position(s, "4/5") && top_text(s, reader) == place
    });
    tui.screen(|s| {
        let (first, _) = list_entry(s, 0);
        assert!(first.contains('●'), "never opened: unread\n{}", dump(s));
        let (second, _) = list_entry(s, 1);
        assert!(!second.contains('●'), "marked read\n{}", dump(s));
        let (fourth, below) = list_entry(s, 3);
        assert!(!fourth.contains('●'), "opened: read\n{}", dump(s));
        assert!(below.contains('★'), "starred\n{}", dump(s));
    });
    // A SIGTERM saves too: the article moved to comes back next time.
    tui.send(b"\x1b[D"); // left: the list
    tui.send(b"j");
    tui.wait_for("the last article", |s| at_position(s, "5/5"));
    tui.kill(libc::SIGTERM);
    tui.wait_exit();
    let home = tui.take_home();
    let mut tui = Tui::spawn_in(80, 24, &[], home);
    tui.wait_for("the last article again", |s| at_position(s, "5/5"));
    tui.send(b"q");
    assert!(tui.wait_exit().success());
}

#[test]
fn a_corrupt_state_file_is_set_aside_with_a_warning_and_the_reader_works() {
    let mut tui = Tui::spawn_with(140, 40, &[], |home| {
        std::fs::create_dir_all(home.join("state")).unwrap();
        std::fs::write(home.join("state/state.json"), b"\x00\xff{\"articles\": \x89PNG").unwrap();
    });
    tui.wait_for("a warning in the status line", |s| {
        status_line(s).starts_with("state reset: ") && at_position(s, "1/5")
    });
    tui.send(b"j*");
    tui.wait_for("keys work", |s| {
        at_position(s, "2/5") && status_line(s).contains("starred")
    });
    tui.send(b"q");
    assert!(tui.wait_exit().success());
    let home = tui.take_home();
    let aside = std::fs::read(home.path().join("state/state.json.corrupt")).unwrap();
    assert!(aside.starts_with(b"\x00\xff"), "the bad file is kept as it was");
    let saved = std::fs::read_to_string(home.path().join("state/state.json")).unwrap();
    let saved: Value = serde_json::from_str(&saved).expect("a good file written in its place");
    assert_eq!(saved["articles"].as_object().unwrap().len(), 1, "{saved:#}");
}

#[test]
fn home_flag_keeps_the_state_under_its_folder() {
    let mut tui = Tui::spawn(80, 24, &["--home", "elsewhere"]);
    tui.wait_for("the reader is up", |s| at_position(s, "1/5"));
    tui.send(b"*");
    tui.wait_for("starred", |s| status_line(s).contains(": starred"));
    tui.send(b"q");
    assert!(tui.wait_exit().success());
    let home = tui.take_home();
    assert!(home.path().join("elsewhere/state/state.json").is_file());
    assert!(
        !home.path().join("state").exists(),
        "--home wins over PARALLAX_HOME"
    );
}

#[test]
fn a_state_folder_that_cannot_be_written_warns_and_the_reader_works() {
    // A file where the state folder goes: nothing can be written there, as root or not.
    let mut tui = Tui::spawn_with(140, 40, &[], |home| {
        std::fs::write(home.join("state"), "not a folder").unwrap();
    });
    tui.wait_for("a warning in the status line", |s| {
        status_line(s).starts_with("state will not be saved: ") && at_position(s, "1/5")
    });
    tui.send(b"j*");
    tui.wait_for("keys work, marks too (for this run)", |s| {
        at_position(s, "2/5") && status_line(s).contains(": starred")
    });
    tui.send(b"q");
    assert!(tui.wait_exit().success());
    let home = tui.take_home();
    assert_eq!(
        std::fs::read_to_string(home.path().join("state")).unwrap(),
        "not a folder"
    );
}

#[test]
fn s_opens_the_story_view_enter_goes_to_a_remark_and_s_comes_back_at_80x24() {
    let mut tui = reader_up();
    tui.wait_for("the story read", |s| s.contents().contains("20q") && loaded(s));
    tui.send(b"s");
    tui.wait_for("the story view with its grid", |s| {
        let text = s.contents();
        text.contains(" Story across 5 articles ") && text.contains("Yuri Ushakov · person")
    });
    // The remarks, the second one: 000's "A compromise hasn’t been found yet…".
    tui.send(b"tj");
    tui.wait_for("the second remark selected", |s| {
        s.contents().contains("SPEAKER") && s.contents().contains("“A compromise hasn’t been found yet")
    });
    tui.send(ENTER);
    tui.wait_for("the remark in its article", |s| {
        let text = s.contents();
        // 000 words it "Some of the American proposals seem more or less acceptable".
        !text.contains(" Story across ")
            && text.contains("American proposals")
            && row(s, 0).contains("Associated Press: US-Russia")
    });
    tui.send(b"s");
    tui.wait_for("the story view as it was", |s| {
        let text = s.contents();
        text.contains(" Story across ")
            && text.contains("SPEAKER")
            && text.contains("“A compromise hasn’t been found yet")
    });
    tui.send(ESC);
    tui.wait_for("the reader", |s| !s.contents().contains(" Story across "));
    tui.send(b"q");
    let status = tui.wait_exit();
    assert!(status.success(), "{status:?}");
    assert_terminal_restored(&tui);
}

/// Waits until no byte has come for a while (the reader drew everything a key asked for and
/// nothing more is pending), then returns how many bytes were written in all. Bounded by
/// [`TIMEOUT`]; the pause only decides when to count, no test asserts a time.
fn settled(tui: &mut Tui) -> usize {
    const QUIET: Duration = Duration::from_millis(300);
    let start = Instant::now();
    let mut last = (tui.raw().len(), Instant::now());
    loop {
        thread::sleep(POLL);
        let len = tui.raw().len();
        if len != last.0 {
            last = (len, Instant::now());
        } else if last.1.elapsed() >= QUIET {
            return len;
        }
        if start.elapsed() > TIMEOUT {
            panic!("output never settled\n{}", tui.dump());
        }
    }
}

/// What a key (or a few) made the reader write: sends `keys`, waits for `ready`, and counts
/// the bytes written from before the keys until the output settles.
fn bytes_for(tui: &mut Tui, keys: &[u8], what: &str, ready: impl Fn(&Screen) -> bool) -> usize {
    let before = settled(tui);
    tui.send(keys);
    tui.wait_for(what, ready);
    settled(tui) - before
}

/// The first reading-pane row's text, at 80x24 (list on the left, reader on the right).
fn reader_top(s: &Screen) -> String {
    let panes = panes(s);
    panes.last().map(|&p| top_text(s, p)).unwrap_or_default()
}

/// Every cell as it looks: its char (a space where none was written) and its attributes.
fn looks(s: &Screen) -> Vec<String> {
    let (rows, cols) = s.size();
    let mut cells = Vec::new();
    for row in 0..rows.get() {
        for col in 0..cols.get() {
            let Some(c) = s.cell(row, col) else { continue };
            let text = if c.has_contents() { c.contents() } else { " " };
            cells.push(format!(
                "{row},{col}:{text}:{:?}:{:?}:{}{}{}{}",
                c.fgcolor(),
                c.bgcolor(),
                c.bold(),
                c.italic(),
                c.underline(),
                c.inverse()
            ));
        }
    }
    cells
}

/// Bytes written to the terminal at 80x24 for a one-line scroll, a page down and opening
/// another article, against a whole screen drawn again (after ctrl-z and fg): each stays well
/// under half of it. `cargo test --test pty redraw -- --nocapture` prints the figures the
/// README quotes.
#[test]
fn redraw_bytes_scrolling_paging_and_opening_stay_well_below_a_full_repaint() {
    let mut tui = reader_up();
    // Loaded whole, so no later step of the load draws during a measure.
    tui.wait_for("the story loaded", loaded);
    let first = settled(&mut tui);
    // The reading pane takes the keys.
    tui.send(b"l");
    tui.wait_for("the reading pane focused", |s| cell(s, 0, 0) == "┌");
    let top = tui.screen(reader_top);
    let line = bytes_for(&mut tui, b"j", "one line down", |s| reader_top(s) != top);
    let top = tui.screen(reader_top);
    let page = bytes_for(&mut tui, b" ", "a page down", |s| reader_top(s) != top);
    // Another article: back to the list, the next one.
    tui.send(b"h");
    tui.wait_for("the list focused", |s| cell(s, 0, 0) == "┏");
    let open = bytes_for(&mut tui, b"j", "the second article", |s| at_position(s, "2/5"));
    // The whole screen again: ctrl-z, then what fg does. What the redraws left on the screen,
    // colours included, is what drawing it whole gives.
    let drawn = tui.screen(looks);
    tui.send(b"\x1a");
    tui.wait_stopped();
    tui.wait_for("the terminal given back", |s| !s.alternate_screen());
    let before = settled(&mut tui);
    tui.kill(libc::SIGCONT);
    tui.wait_for("drawn again", |s| s.alternate_screen() && at_position(s, "2/5"));
    let full = settled(&mut tui) - before;
    let whole = tui.screen(looks);
    let differ: Vec<(&String, &String)> = drawn.iter().zip(&whole).filter(|(a, b)| a != b).collect();
    assert!(
        differ.is_empty() && drawn.len() == whole.len(),
        "the redraws left another screen than a full repaint: {differ:?}\n{}",
        tui.dump()
    );
    println!(
        "redraw bytes at 80x24: first screen {first}, full repaint {full}, \
         one line {line} ({:.0}%), page {page} ({:.0}%), next article {open} ({:.0}%)",
        100.0 * line as f64 / full as f64,
        100.0 * page as f64 / full as f64,
        100.0 * open as f64 / full as f64,
    );
    for (what, bytes) in [("one line", line), ("a page", page), ("another article", open)] {
        assert!(
            bytes * 2 < full,
            "{what} wrote {bytes} bytes, not well below a full repaint's {full}"
        );
    }
    tui.send(b"q");
    assert!(tui.wait_exit().success());
}

/// True for a char a plain terminal font draws: no Private Use Area (Nerd Font icons live
/// there), nothing beyond the Basic Multilingual Plane (emoji), no control character.
fn safe_char(c: char) -> bool {
    let code = c as u32;
    !c.is_control() && !(0xE000..=0xF8FF).contains(&code) && code <= 0xFFFF
}

#[test]
fn the_reader_starts_draws_and_quits_under_every_common_term() {
    for term in [
        "xterm-256color",
        "screen-256color",
        "tmux-256color",
        "linux",
        "xterm",
    ] {
        let home = tempfile::tempdir().unwrap();
        let mut tui = Tui::spawn_env(80, 24, &[], home, &[("TERM", term)]);
        tui.wait_for(&format!("the main screen under TERM={term}"), |s| {
            s.contents().contains("Articles") && at_position(s, "1/5") && panes(s).len() == 2
        });
        tui.screen(|s| {
            let text = s.contents();
            let odd: Vec<char> = text.chars().filter(|&c| c != '\n' && !safe_char(c)).collect();
            assert!(odd.is_empty(), "TERM={term}: {odd:?} on screen\n{}", dump(s));
        });
        tui.send(b"q");
        let status = tui.wait_exit();
        assert!(status.success(), "TERM={term}: {status:?}");
        assert_terminal_restored(&tui);
    }
}

/// The fixture web page, which has an address.
fn gull() -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/inputs/gull.html")
        .to_string_lossy()
        .into_owned()
}

/// Every OSC 52 payload in `raw`, decoded.
fn copied(raw: &[u8]) -> Vec<String> {
    use base64::Engine;
    let start = b"\x1b]52;c;";
    let mut found = Vec::new();
    let mut rest = raw;
    while let Some(at) = rest.windows(start.len()).position(|w| w == start) {
        rest = &rest[at + start.len()..];
        let end = rest
            .iter()
            .position(|&b| b == 0x07)
            .expect("OSC 52 ends with BEL");
        let text = base64::engine::general_purpose::STANDARD
            .decode(&rest[..end])
            .unwrap();
        found.push(String::from_utf8(text).unwrap());
        rest = &rest[end..];
    }
    found
}

#[test]
fn y_and_capital_y_copy_through_osc52_and_capital_o_starts_the_browser() {
    use std::os::unix::fs::PermissionsExt;
    let url = "https://gull.example/news/harbour-reopens";
    let home = tempfile::tempdir().unwrap();
    let opened = home.path().join("opened");
    let browser = home.path().join("browser");
    std::fs::write(
        &browser,
        format!("#!/bin/sh\necho \"$1\" > '{}'\n", opened.display()),
    )
    .unwrap();
    std::fs::set_permissions(&browser, std::fs::Permissions::from_mode(0o755)).unwrap();
    let page = gull();
    let env = [("BROWSER", browser.to_str().unwrap())];
    let mut tui = Tui::spawn_env(140, 40, &[&page], home, &env);
    tui.wait_for("the page is read", |s| {
        at_position(s, "1/1") && s.contents().contains("Quotes")
    });

    tui.send(b"Y");
    tui.wait_for("Y says what it copied", |s| {
        status_line(s).contains(&format!("copied {url}"))
    });
    assert_eq!(copied(&tui.raw()), [url]);

    tui.send(b"y");
    tui.wait_for("y says what it copied", |s| status_line(s).contains("copied “"));
    let citations = copied(&tui.raw());
    assert_eq!(citations.len(), 2);
    assert!(
        citations[1].starts_with('“') && citations[1].ends_with(url),
        "{}",
        citations[1]
    );

    tui.send(b"O");
    tui.wait_for("O says it opened the address", |s| {
        status_line(s).contains("opened https://gull")
    });
    let start = Instant::now();
    while std::fs::read_to_string(&opened).map_or(true, |t| !t.ends_with('\n')) {
        assert!(start.elapsed() < TIMEOUT, "the browser was never started");
        thread::sleep(POLL);
    }
    assert_eq!(std::fs::read_to_string(&opened).unwrap(), format!("{url}\n"));
    tui.send(b"q");
    assert!(tui.wait_exit().success());
    assert_terminal_restored(&tui);

    // With no browser that starts, the status line names why and shows the address.
    let home = tempfile::tempdir().unwrap();
    let mut tui = Tui::spawn_env(140, 40, &[&page], home, &[("BROWSER", "/no/such/browser")]);
    tui.wait_for("the page is read", |s| at_position(s, "1/1"));
    tui.send(b"O");
    tui.wait_for("the failure and the address", |s| {
        let line = status_line(s);
        line.contains("/no/such/browser") && line.contains("gull.example")
    });
    tui.send(b"q");
    assert!(tui.wait_exit().success());
}
