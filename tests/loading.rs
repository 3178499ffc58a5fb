//! The reader while its story loads: load events fed to the app state between keys, as the
//! event loop does, with no terminal.

use parallax::library::{Event, Library, Plan, load};
use parallax::tui::app::App;
use parallax::tui::keymap::Keymap;
use parallax::tui::theme::Theme;
use parallax::tui::ui;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::Size;

fn press(app: &mut App, c: char) {
    app.handle_key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE));
}

fn screen(app: &mut App) -> String {
    let mut terminal = Terminal::new(TestBackend::new(140, 40)).unwrap();
    terminal.draw(|frame| ui::draw(frame, app)).unwrap();
    let buffer = terminal.backend().buffer();
    (0..buffer.area.height)
        .map(|y| {
            (0..buffer.area.width)
                .map(|x| buffer[(x, y)].symbol())
                .collect::<String>()
                + "\n"
        })
        .collect()
}

/// Every event of loading `count` small articles, in order.
fn events(count: usize) -> (tempfile::TempDir, Vec<Event>) {
    let dir = tempfile::tempdir().unwrap();
    for i in 0..count {
        let text = format!(
            "Harbour reopens on day {i}\n\n\"We are open again,\" said Anna Kowalski, the harbour master, on day {i}.\n\nShips came back."
        );
        std::fs::write(dir.path().join(format!("{i:04}.txt")), text).unwrap();
    }
    let events = load::record(&[dir.path().to_path_buf()], Plan::READER);
    (dir, events)
}

#[test]
fn the_reader_shows_each_step_of_the_load_and_answers_keys_meanwhile() {
    let (_dir, events) = events(300);
    let mut app = App::new(
        Library::default(),
        Keymap::default_keymap(),
        Theme::color(),
        Size::new(140, 40),
    );
    assert!(screen(&mut app).contains("no articles"));
    let mut events = events.into_iter();
    // The first batch of articles read: the list shows them, the status line says what goes on.
    for event in events.by_ref() {
        let read = matches!(event, Event::Read(..));
        app.take_load(event);
        if read {
            break;
        }
    }
    let shown = screen(&mut app);
    assert!(shown.contains("Harbour reopens on day 0"), "{shown}");
    assert!(shown.contains("reading "), "{shown}");
    press(&mut app, 'j');
    assert_eq!(app.selected(), 1, "keys work while loading");
    // Up to the first partial index: a search runs over what is ready, and says so.
    for event in events.by_ref() {
        let indexed = matches!(event, Event::Indexed { .. });
        app.take_load(event);
        if indexed {
            break;
        }
    }
    assert!(screen(&mut app).contains("extracting 256 / 300"));
    press(&mut app, '/');
    for c in "'master".chars() {
        press(&mut app, c);
    }
    app.settle();
    let prompt = app.prompt().unwrap();
    assert_eq!(prompt.hits.len(), 256, "one sentence an article indexed so far");
    assert!(screen(&mut app).contains("256 of 300 articles so far"));
    // The partial index is let go while the full one is built: the prompt says so.
    for event in events.by_ref() {
        let indexing = matches!(event, Event::Indexing);
        app.take_load(event);
        if indexing {
            break;
        }
    }
    app.settle();
    assert_eq!(app.prompt().unwrap().hits.len(), 0);
    let shown = screen(&mut app);
    assert!(shown.contains("indexing all 300 articles"), "{shown}");
    assert!(
        shown.contains("indexing 300 articles"),
        "the status line: {shown}"
    );
    // The rest: the open prompt's query is asked again over the whole story.
    for event in events {
        app.take_load(event);
    }
    app.settle();
    assert_eq!(app.prompt().unwrap().hits.len(), 300);
    let shown = screen(&mut app);
    assert!(
        !shown.contains("so far") && !shown.contains("extracting"),
        "{shown}"
    );
    assert!(app.library.progress().done);
}
