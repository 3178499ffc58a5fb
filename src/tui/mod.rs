//! The interactive reader: three panes over a story, driven by keys, drawn with ratatui.
//!
//! The loop is event-driven: it blocks on the next terminal event, applies every event already
//! waiting, and draws once, only when something changed.

pub mod app;
pub mod cursor;
pub mod keymap;
pub mod layout;
pub mod reader;
pub mod side;
pub mod terminal;
pub mod theme;
pub mod ui;

use std::time::Duration;

use anyhow::Result;
use ratatui::crossterm::event;
use ratatui::layout::Size;

use crate::corpus::Corpus;
use crate::paths::Paths;
use app::App;
use keymap::Keymap;
use theme::Theme;

/// Opens the reader on `corpus` in the current terminal and returns when the user quits.
pub fn run(corpus: Corpus, paths: &Paths) -> Result<()> {
    let (keymap, warnings) = match std::fs::read_to_string(paths.keymap_file()) {
        Ok(user) => Keymap::with_user(&user),
        Err(_) => (Keymap::default_keymap(), Vec::new()),
    };
    let (mut terminal, _guard) = terminal::enter()?;
    let size = terminal.size()?;
    let mut app = App::new(
        corpus,
        keymap,
        Theme::from_env(),
        Size::new(size.width, size.height),
    );
    if let Some(first) = warnings.first() {
        app.warn(format!("{}: {first}", paths.keymap_file().display()));
    }
    while !app.quit {
        if app.dirty {
            terminal.draw(|frame| ui::draw(frame, &app))?;
            app.dirty = false;
        }
        app.handle_event(&event::read()?);
        while !app.quit && event::poll(Duration::ZERO)? {
            app.handle_event(&event::read()?);
        }
    }
    Ok(())
}
