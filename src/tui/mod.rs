//! The interactive reader: three panes over a story, driven by keys, drawn with ratatui.
//!
//! The loop is event-driven: it blocks until a terminal event, a search result, a finished
//! comparison or story grid, or a signal arrives, applies everything already waiting, and draws once, only when something changed.
//! SIGTERM, SIGHUP and SIGINT give the terminal back, then end the process as the signal
//! would have; ctrl-z and SIGTSTP suspend it until `fg`. What the reader remembers is handed
//! to a saving thread when a mark changes or an article is opened, a moment after scrolling
//! or moving through the list stops, and on the way out (quit, signal or failure). What the app
//! asks of the world outside (the clipboard through OSC 52, an address opened) the loop
//! carries out once the keys that asked are handled.

pub mod app;
pub mod backend;
pub mod config;
pub mod cursor;
pub mod diff;
pub mod keymap;
pub mod layout;
pub mod reader;
pub mod share;
pub mod side;
pub mod terminal;
pub mod theme;
pub mod ui;
pub mod view;

use std::sync::mpsc;
use std::time::{Duration, Instant};

use anyhow::Result;
use ratatui::crossterm::event::{self, Event, KeyCode, KeyEventKind, KeyModifiers};
use ratatui::layout::Size;

use std::path::PathBuf;

use crate::library::state::{Saver, StateFile};
use crate::library::{self, Library, Plan, StoryKey};
use crate::paths::Paths;
use app::{App, Effect, Persist};
use config::Settings;
use std::io::Write;
use terminal::Screen;

/// Opens the reader in the current terminal on the story of `files` (the bundled one when
/// empty), already listed into `input`, with the config and keymap of `settings`; the story
/// loads off this thread while the reader answers keys. Returns when the user quits.
pub fn run(
    files: Vec<PathBuf>,
    input: library::load::Input,
    paths: &Paths,
    settings: Settings,
) -> Result<()> {
    let Settings {
        config,
        config_warnings,
        keymap,
        keymap_warnings,
    } = settings;
    let (tx, rx) = mpsc::channel();
    #[cfg(unix)]
    listen_for_signals(tx.clone())?;
    let (mut terminal, guard) = terminal::enter(config.mouse)?;
    let size = terminal.size()?;
    let theme = config.theme(std::env::var_os("NO_COLOR").as_deref());
    let mut app = App::new(
        Library::default(),
        keymap,
        theme,
        Size::new(size.width, size.height),
    );
    app.configure(&config);
    app.report(" Keymap ", keymap_warnings);
    if !config_warnings.is_empty() {
        app.warn(config_warnings.join("; "));
    }
    let remembered = StateFile::open(&paths.state_dir);
    app.remember(remembered.memory, StoryKey::of(&files));
    if !remembered.warnings.is_empty() {
        app.warn(remembered.warnings.join("; "));
    }
    let unsaved = tx.clone();
    let saver = remembered
        .file
        .map(|file| Saver::spawn(file, move |e| _ = unsaved.send(Message::Warn(e))))
        .transpose()?;
    let searched = tx.clone();
    app.searcher
        .set_notify(Box::new(move || _ = searched.send(Message::Searched)));
    let compared = tx.clone();
    app.set_wake(std::sync::Arc::new(move || _ = compared.send(Message::Compared)));
    let warnings = tx.clone();
    let loaded = tx.clone();
    Library::spawn(input, Plan::READER, move |event| {
        loaded.send(Message::Load(event)).is_ok()
    })?;
    std::thread::Builder::new()
        .name("input".into())
        .spawn(move || read_input(&tx))?;
    let outside = Outside {
        openers: share::openers(config.opener.as_deref(), std::env::var_os("BROWSER").as_deref()),
        tx: warnings,
    };
    let ended_by = run_loop(&mut terminal, &mut app, &rx, saver.as_ref(), &outside);
    if let Some(saver) = saver {
        saver.save(app.memory());
        saver.finish();
    }
    drop(guard);
    if let Some(signal) = ended_by? {
        #[cfg(unix)]
        signal_hook::low_level::emulate_default_handler(signal)?;
    }
    Ok(())
}

/// How long after the last scroll or move through the list the state is saved.
const SAVE_PAUSE: Duration = Duration::from_secs(1);

/// Draws and handles messages until the user quits, or a signal asks to end (returned);
/// hands what changed to `saver` as the app asks.
fn run_loop(
    terminal: &mut Screen,
    app: &mut App,
    rx: &mpsc::Receiver<Message>,
    saver: Option<&Saver>,
    outside: &Outside,
) -> Result<Option<i32>> {
    let mut save_at: Option<Instant> = None;
    let mut resized = false;
    while !app.quit {
        if app.dirty {
            if std::mem::take(&mut resized) {
                terminal::redraw_whole(terminal)?;
            }
            terminal.draw(|frame| ui::draw(frame, app))?;
            app.dirty = false;
        }
        let received = match save_at {
            Some(at) => rx.recv_timeout(at.saturating_duration_since(Instant::now())),
            None => rx.recv().map_err(|_| mpsc::RecvTimeoutError::Disconnected),
        };
        let first = match received {
            Ok(first) => first,
            Err(mpsc::RecvTimeoutError::Timeout) => {
                save_at = None;
                if let Some(saver) = saver {
                    saver.save(app.memory());
                }
                continue;
            }
            Err(mpsc::RecvTimeoutError::Disconnected) => return Ok(None), // nothing can wake the loop
        };
        let mut next = Some(first);
        while let Some(message) = next.take() {
            match message {
                Message::Input(event) if is_suspend(&event) => suspend(terminal, app)?,
                Message::Input(event) => {
                    resized |= matches!(event, Event::Resize(..));
                    #[cfg(debug_assertions)]
                    terminal::test_panic(&event);
                    app.handle_event(&event);
                }
                Message::Searched => app.take_results(),
                Message::Compared => {
                    app.take_comparison();
                    app.take_story();
                }
                Message::Load(event) => app.take_load(event),
                #[cfg(unix)]
                Message::Signal(signal_hook::consts::SIGTSTP) => suspend(terminal, app)?,
                Message::Signal(signal) => return Ok(Some(signal)),
                Message::Warn(warning) => app.warn(warning),
                Message::Failed(e) => return Err(e.into()),
            }
            if app.quit {
                break;
            }
            next = rx.try_recv().ok();
        }
        for effect in app.take_effects() {
            outside.carry_out(effect, terminal, app)?;
        }
        match app.take_persist() {
            Persist::Clean => {}
            Persist::Later => _ = save_at.get_or_insert_with(|| Instant::now() + SAVE_PAUSE),
            Persist::Now => {
                save_at = None;
                if let Some(saver) = saver {
                    saver.save(app.memory());
                }
            }
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
fn suspend(terminal: &mut Screen, app: &mut App) -> Result<()> {
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

/// What the loop needs to carry out the app's [`Effect`]s: the commands that open an address,
/// and a way to report an opener that failed after it started.
struct Outside {
    openers: Vec<Vec<String>>,
    tx: mpsc::Sender<Message>,
}

impl Outside {
    /// Copies to the clipboard through the terminal (OSC 52), or opens an address; the
    /// status line names the address when it cannot be opened.
    fn carry_out(&self, effect: Effect, terminal: &mut Screen, app: &mut App) -> Result<()> {
        match effect {
            Effect::Copy(text) => {
                let out = terminal.backend_mut();
                out.write_all(&share::osc52(&text))?;
                out.flush()?;
            }
            Effect::Open(url) => {
                let tx = self.tx.clone();
                let shown = url.clone();
                let failed = move |why: String| _ = tx.send(Message::Warn(format!("{why}: {shown}")));
                match share::open(&self.openers, &url, failed) {
                    Ok(program) => app.say(format!("opened {url} with {program}")),
                    Err(why) => app.warn(format!("{why}: {url}")),
                }
            }
        }
        Ok(())
    }
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
    /// A problem off the loop's thread for the status line: state that could not be saved
    /// (the first failure), an opener that failed after it started.
    Warn(String),
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
