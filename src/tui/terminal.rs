//! Taking over the terminal and giving it back, on every exit path: normal return, error and
//! panic.

use std::io::{self, stdout};
use std::sync::Once;

use ratatui::DefaultTerminal;
use ratatui::crossterm::cursor::Show;
use ratatui::crossterm::execute;
use ratatui::crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};

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
    enable_raw_mode()?;
    let guard = Guard;
    execute!(stdout(), EnterAlternateScreen)?;
    let terminal = ratatui::Terminal::new(ratatui::backend::CrosstermBackend::new(stdout()))?;
    Ok((terminal, guard))
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
