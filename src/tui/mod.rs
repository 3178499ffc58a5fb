//! The interactive reader: three panes over a story, driven by keys, drawn with ratatui.
//!
//! The loop is event-driven: it blocks until a terminal event or a search result arrives,
//! applies everything already waiting, and draws once, only when something changed.

pub mod app;
pub mod cursor;
pub mod keymap;
pub mod layout;
pub mod reader;
pub mod side;
pub mod terminal;
pub mod theme;
pub mod ui;

use std::sync::mpsc;

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
    let (keymap, warnings) = Keymap::load(&paths.keymap_file());
    let (mut terminal, _guard) = terminal::enter()?;
    let size = terminal.size()?;
    let mut app = App::new(
        corpus,
        keymap,
        Theme::from_env(),
        Size::new(size.width, size.height),
    );
    app.report(" Keymap ", warnings);
    let (tx, rx) = mpsc::channel();
    let searched = tx.clone();
    app.searcher
        .set_notify(Box::new(move || _ = searched.send(Message::Searched)));
    std::thread::Builder::new()
        .name("input".into())
        .spawn(move || read_input(&tx))?;
    while !app.quit {
        if app.dirty {
            terminal.draw(|frame| ui::draw(frame, &app))?;
            app.dirty = false;
        }
        let Ok(first) = rx.recv() else {
            return Ok(()); // nothing left that could wake the loop
        };
        let mut next = Some(first);
        while let Some(message) = next.take() {
            match message {
                Message::Input(event) => app.handle_event(&event),
                Message::Searched => app.take_results(),
                Message::Failed(e) => return Err(e.into()),
            }
            if app.quit {
                break;
            }
            next = rx.try_recv().ok();
        }
    }
    Ok(())
}

/// What wakes the loop.
enum Message {
    /// A key, a resize, …
    Input(event::Event),
    /// The search worker has new results.
    Searched,
    /// The terminal could not be read.
    Failed(std::io::Error),
}

/// Forwards terminal events to the loop until it stops listening.
fn read_input(tx: &mpsc::Sender<Message>) {
    loop {
        let message = match event::read() {
            Ok(event) => Message::Input(event),
            Err(e) => Message::Failed(e),
        };
        let failed = matches!(message, Message::Failed(_));
        if tx.send(message).is_err() || failed {
            return;
        }
    }
}
