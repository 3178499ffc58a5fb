//! Taking over the terminal and giving it back, on every exit path: normal return, error,
//! panic and the signals that end or suspend the process. Mouse capture is part of both when
//! the config turns the mouse on, and only then.

use std::io::{self, stdout};
use std::sync::Once;
use std::sync::atomic::{AtomicBool, Ordering};

use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::cursor::Show;
use ratatui::crossterm::event::{DisableMouseCapture, EnableMouseCapture};
use ratatui::crossterm::execute;
use ratatui::crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use ratatui::layout::{Position, Rect, Size};

use super::backend::Thrifty;

/// The reader's terminal: crossterm on standard output, through [`Thrifty`] so that redraws
/// send fewer bytes.
pub type Screen = ratatui::Terminal<Thrifty<CrosstermBackend<io::Stdout>>>;

/// Restores the terminal when dropped, so an early return or error cannot leave it raw.
pub struct Guard;

impl Drop for Guard {
    fn drop(&mut self) {
        restore();
    }
}

/// True while the mouse is captured, so every way out gives it back.
static MOUSE: AtomicBool = AtomicBool::new(false);

/// Switches to raw mode and the alternate screen, capturing the mouse when `mouse`; restore by
/// dropping the [`Guard`].
pub fn enter(mouse: bool) -> io::Result<(Screen, Guard)> {
    install_panic_hook();
    MOUSE.store(mouse, Ordering::SeqCst);
    let guard = Guard;
    take_over()?;
    let terminal = ratatui::Terminal::new(Thrifty::new(CrosstermBackend::new(stdout())))?;
    Ok((terminal, guard))
}

/// Raw mode, the alternate screen and the mouse if it is on: what [`restore`] undoes.
fn take_over() -> io::Result<()> {
    enable_raw_mode()?;
    execute!(stdout(), EnterAlternateScreen)?;
    if MOUSE.load(Ordering::SeqCst) {
        execute!(stdout(), EnableMouseCapture)?;
    }
    Ok(())
}

/// Gives the terminal back and stops the process, as ctrl-z does in a shell; once it is
/// continued (`fg`), takes the terminal over again and clears it, so the next frame is drawn
/// whole, and returns its size (it may have changed meanwhile).
#[cfg(unix)]
pub fn suspend(terminal: &mut Screen) -> io::Result<Size> {
    restore();
    signal_hook::low_level::emulate_default_handler(signal_hook::consts::SIGTSTP)?;
    take_over()?;
    terminal.hide_cursor()?;
    redraw_whole(terminal)
}

/// Forgets what the screen shows, clearing it, so the next frame is drawn whole, and returns
/// the terminal's size: after a resize a frame drawn for the old size may have reached the
/// screen at the new one, wrapped and scrolled, and drawing only what changed would keep that.
pub fn redraw_whole(terminal: &mut Screen) -> io::Result<Size> {
    // Unlike `clear`, `resize` does not ask the terminal where its cursor is.
    let size = terminal.size()?;
    terminal.resize(Rect::from((Position::ORIGIN, size)))?;
    Ok(size)
}

/// Gives the mouse back if it was captured, leaves raw mode and the alternate screen and
/// shows the cursor; safe to call twice.
pub fn restore() {
    if MOUSE.load(Ordering::SeqCst) {
        let _ = execute!(stdout(), DisableMouseCapture);
    }
    let _ = disable_raw_mode();
    let _ = execute!(stdout(), LeaveAlternateScreen, Show);
}

/// Restores the terminal before the panic message prints, so the message is readable, then
/// ends the process: a panic on any thread (the loader, a search worker) would otherwise leave
/// the reader running in a terminal given back. What was saved before stays as it was (state
/// is written whole or not at all).
fn install_panic_hook() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            restore();
            previous(info);
            eprintln!(
                "parallax crashed; the terminal has been restored and what was saved before is kept. \
                 Please report this with the message above (RUST_BACKTRACE=1 shows where it happened)."
            );
            std::process::exit(PANIC_EXIT);
        }));
    });
}

/// The exit code after a panic, as Rust's own.
const PANIC_EXIT: i32 = 101;

/// The variable that makes a test build panic on a key, so tests can check what a crash leaves
/// behind: `KEY` panics on the reader's thread, `thread:KEY` on a thread of its own.
#[cfg(debug_assertions)]
pub const TEST_PANIC: &str = "PARALLAX_TEST_PANIC";

/// Panics as [`TEST_PANIC`] asks when `event` is its key; only in debug builds, so a release
/// never reads the variable.
#[cfg(debug_assertions)]
pub fn test_panic(event: &ratatui::crossterm::event::Event) {
    use ratatui::crossterm::event::{Event, KeyCode, KeyEventKind};
    static WANTED: std::sync::OnceLock<Option<(bool, char)>> = std::sync::OnceLock::new();
    let wanted = WANTED.get_or_init(|| {
        let value = std::env::var(TEST_PANIC).ok()?;
        let (thread, key) = value
            .strip_prefix("thread:")
            .map_or((false, value.as_str()), |k| (true, k));
        let mut chars = key.chars();
        chars
            .next()
            .filter(|_| chars.next().is_none())
            .map(|c| (thread, c))
    });
    let Some((thread, key)) = *wanted else {
        return;
    };
    if !matches!(event, Event::Key(k) if k.code == KeyCode::Char(key) && k.kind == KeyEventKind::Press) {
        return;
    }
    if thread {
        let _ = std::thread::Builder::new()
            .name("injected".into())
            .spawn(|| panic!("injected panic ({TEST_PANIC})"));
    } else {
        panic!("injected panic ({TEST_PANIC})");
    }
}
