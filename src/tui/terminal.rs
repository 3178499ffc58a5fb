//! Taking over the terminal and giving it back, on every exit path: normal return, error,
//! panic and the signals that end or suspend the process.

use std::io::{self, stdout};
use std::sync::Once;

use ratatui::DefaultTerminal;
use ratatui::crossterm::cursor::Show;
use ratatui::crossterm::execute;
use ratatui::crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
#[cfg(unix)]
use ratatui::layout::{Position, Rect, Size};

/// Restores the terminal when dropped, so an early return or error cannot leave it raw.
pub struct Guard;

impl Drop for Guard {
    fn drop(&mut self) {
        restore();
    }
}

/// Switches to raw mode and the alternate screen; restore by dropping the [`Guard`].
pub fn enter() -> io::Result<(DefaultTerminal, Guard)> {
    install_panic_hook();
    let guard = Guard;
    take_over()?;
    let terminal = ratatui::Terminal::new(ratatui::backend::CrosstermBackend::new(stdout()))?;
    Ok((terminal, guard))
}

/// Raw mode and the alternate screen: what [`restore`] undoes.
fn take_over() -> io::Result<()> {
    enable_raw_mode()?;
    execute!(stdout(), EnterAlternateScreen)
}

/// Gives the terminal back and stops the process, as ctrl-z does in a shell; once it is
/// continued (`fg`), takes the terminal over again and clears it, so the next frame is drawn
/// whole, and returns its size (it may have changed meanwhile).
#[cfg(unix)]
pub fn suspend(terminal: &mut DefaultTerminal) -> io::Result<Size> {
    restore();
    signal_hook::low_level::emulate_default_handler(signal_hook::consts::SIGTSTP)?;
    take_over()?;
    terminal.hide_cursor()?;
    // Unlike `clear`, `resize` does not ask the terminal where its cursor is.
    let size = terminal.size()?;
    terminal.resize(Rect::from((Position::ORIGIN, size)))?;
    Ok(size)
}

/// Leaves raw mode and the alternate screen and shows the cursor; safe to call twice.
pub fn restore() {
    let _ = disable_raw_mode();
    let _ = execute!(stdout(), LeaveAlternateScreen, Show);
}

/// Restores the terminal before the panic message prints, so the message is readable.
fn install_panic_hook() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            restore();
            previous(info);
            eprintln!(
                "parallax crashed; the terminal has been restored. Please report this with the message above."
            );
        }));
    });
}
