//! The interactive reader: three panes over a story, driven by keys, drawn with ratatui.
//!
//! The loop is event-driven: it blocks until a terminal event, a search result, a finished
//! comparison or story grid, or a signal arrives, applies everything already waiting, and draws once, only when something changed.
//! SIGTERM, SIGHUP and SIGINT give the terminal back, then end the process as the signal
//! would have; ctrl-z and SIGTSTP suspend it until `fg`.

pub mod app;
pub mod cursor;
pub mod diff;
pub mod keymap;
pub mod layout;
pub mod reader;
pub mod side;
pub mod terminal;
pub mod theme;
pub mod ui;
pub mod view;

use std::sync::mpsc;

use anyhow::Result;
use ratatui::DefaultTerminal;
use ratatui::crossterm::event::{self, Event, KeyCode, KeyEventKind, KeyModifiers};
use ratatui::layout::Size;

use std::path::PathBuf;

use crate::library::{self, Library, Plan};
use crate::paths::Paths;
use app::App;
use keymap::Keymap;
use theme::Theme;

/// Opens the reader in the current terminal on the story of `files` (the bundled one when
/// empty), which loads off this thread while the reader answers keys, and returns when the
/// user quits.
pub fn run(files: Vec<PathBuf>, paths: &Paths) -> Result<()> {
    let (keymap, warnings) = Keymap::load(&paths.keymap_file());
    let (tx, rx) = mpsc::channel();
    #[cfg(unix)]
    listen_for_signals(tx.clone())?;
    let (mut terminal, guard) = terminal::enter()?;
    let size = terminal.size()?;
    let mut app = App::new(
        Library::default(),
        keymap,
        Theme::from_env(),
        Size::new(size.width, size.height),
    );
    app.report(" Keymap ", warnings);
    let searched = tx.clone();
    app.searcher
        .set_notify(Box::new(move || _ = searched.send(Message::Searched)));
    let compared = tx.clone();
    app.set_wake(std::sync::Arc::new(move || _ = compared.send(Message::Compared)));
    let loaded = tx.clone();
    Library::spawn(files, Plan::READER, move |event| {
        loaded.send(Message::Load(event)).is_ok()
    })?;
    std::thread::Builder::new()
        .name("input".into())
        .spawn(move || read_input(&tx))?;
    let ended_by = run_loop(&mut terminal, &mut app, &rx)?;
    drop(guard);
    if let Some(signal) = ended_by {
        #[cfg(unix)]
        signal_hook::low_level::emulate_default_handler(signal)?;
    }
    Ok(())
}

/// Draws and handles messages until the user quits, or a signal asks to end (returned).
fn run_loop(
    terminal: &mut DefaultTerminal,
    app: &mut App,
    rx: &mpsc::Receiver<Message>,
) -> Result<Option<i32>> {
    while !app.quit {
        if app.dirty {
            terminal.draw(|frame| ui::draw(frame, app))?;
            app.dirty = false;
        }
        let Ok(first) = rx.recv() else {
            return Ok(None); // nothing left that could wake the loop
        };
        let mut next = Some(first);
        while let Some(message) = next.take() {
            match message {
                Message::Input(event) if is_suspend(&event) => suspend(terminal, app)?,
                Message::Input(event) => app.handle_event(&event),
                Message::Searched => app.take_results(),
                Message::Compared => {
                    app.take_comparison();
                    app.take_story();
                }
                Message::Load(event) => app.take_load(event),
                #[cfg(unix)]
                Message::Signal(signal_hook::consts::SIGTSTP) => suspend(terminal, app)?,
                Message::Signal(signal) => return Ok(Some(signal)),
                Message::Failed(e) => return Err(e.into()),
            }
            if app.quit {
                break;
            }
            next = rx.try_recv().ok();
        }
    }
    Ok(None)
}

/// Ctrl-Z: in raw mode it arrives as a key, not as SIGTSTP, and suspends as it does in a shell.
fn is_suspend(event: &Event) -> bool {
    matches!(event, Event::Key(key)
        if key.code == KeyCode::Char('z')
            && key.modifiers.contains(KeyModifiers::CONTROL)
            && key.kind == KeyEventKind::Press)
}

/// Suspends the process with the terminal given back; everything is drawn again on resume.
fn suspend(terminal: &mut DefaultTerminal, app: &mut App) -> Result<()> {
    #[cfg(unix)]
    {
        let size = terminal::suspend(terminal)?;
        app.handle_event(&Event::Resize(size.width, size.height));
    }
    app.dirty = true;
    Ok(())
}

/// Forwards SIGTERM, SIGHUP, SIGINT and SIGTSTP to the loop, which gives the terminal back
/// before it ends or stops.
#[cfg(unix)]
fn listen_for_signals(tx: mpsc::Sender<Message>) -> Result<()> {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM, SIGTSTP};
    let mut signals = signal_hook::iterator::Signals::new([SIGTERM, SIGHUP, SIGINT, SIGTSTP])?;
    std::thread::Builder::new()
        .name("signals".into())
        .spawn(move || {
            for signal in signals.forever() {
                if tx.send(Message::Signal(signal)).is_err() {
                    return;
                }
            }
        })?;
    Ok(())
}

/// What wakes the loop.
enum Message {
    /// A step of the story's load.
    Load(library::Event),
    /// A key, a resize, …
    Input(event::Event),
    /// The search worker has new results.
    Searched,
    /// A comparison's or the story grid's worker is done.
    Compared,
    /// A signal that ends or suspends the process.
    Signal(i32),
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
