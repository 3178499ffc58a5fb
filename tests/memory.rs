//! What the reader remembers, driven on the app state with no terminal: marks and their undo,
//! when a save is asked for, and a story taken back from a memory (its last article, view and
//! each article's place), also while the story loads.

use parallax::library::{Event, Library, Memory, Plan, StoryKey, load};
use parallax::tui::app::{App, Persist};
use parallax::tui::keymap::Keymap;
use parallax::tui::layout::Pane;
use parallax::tui::side::Tab;
use parallax::tui::theme::Theme;
use parallax::tui::ui;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::Size;

fn app(library: Library) -> App {
    App::new(
        library,
        Keymap::default_keymap(),
        Theme::color(),
        Size::new(140, 40),
    )
}

/// Presses keys separated by spaces: "j tab *".
fn press(app: &mut App, keys: &str) {
    for k in keys.split_whitespace() {
        let code = match k {
            "tab" => KeyCode::Tab,
            "enter" => KeyCode::Enter,
            "pgdn" => KeyCode::PageDown,
            c => KeyCode::Char(c.chars().next().unwrap()),
        };
        app.handle_key(KeyEvent::new(code, KeyModifiers::NONE));
    }
}

/// The reading pane's top line of text.
fn top_text(app: &App) -> String {
    let text = app.view().text().unwrap();
    text.text(&text.lines[app.view().top_line()]).to_string()
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

/// The bundled story's load, event by event, as the reader receives it.
fn load_events() -> Vec<Event> {
    load::record(&[], Plan::READER)
}

#[test]
fn m_and_star_mark_the_shown_article_and_u_undoes_the_last_mark_first() {
    let mut app = app(Library::bundled());
    press(&mut app, "j");
    assert_eq!(
        app.take_persist(),
        Persist::Later,
        "the shown article changed: saved once the list stops moving"
    );
    assert!(!app.library.state(1).read);
    press(&mut app, "m");
    assert!(app.library.state(1).read);
    assert_eq!(app.take_persist(), Persist::Now, "a mark is saved at once");
    let status = app.status.clone().unwrap();
    assert!(!status.warning);
    assert!(status.text.ends_with(": read · u undoes"), "{status:?}");
    press(&mut app, "*");
    assert!(app.library.state(1).starred);
    press(&mut app, "j *");
    assert!(app.library.state(2).starred);
    assert!(screen(&mut app).contains("★ "), "the list shows stars");
    press(&mut app, "m m");
    assert!(!app.library.state(2).read, "m twice: back to unread");

    // Undo goes back one mark at a time, the last first, whichever article is shown.
    press(&mut app, "u");
    assert!(app.library.state(2).read);
    assert!(app.status.clone().unwrap().text.starts_with("undone: "));
    press(&mut app, "u u");
    assert!(!app.library.state(2).read && !app.library.state(2).starred);
    press(&mut app, "u");
    assert!(!app.library.state(1).starred);
    assert!(app.library.state(1).read);
    press(&mut app, "u");
    assert!(!app.library.state(1).read);
    press(&mut app, "u");
    assert_eq!(app.status.clone().unwrap().text, "no mark to undo");
    assert_eq!(app.selected(), 2, "undo never moves the selection");
}

#[test]
fn scrolling_asks_for_a_later_save_and_opening_records_when() {
    let mut app = app(Library::bundled());
    press(&mut app, "tab");
    assert_eq!(app.take_persist(), Persist::Now, "opening an article");
    let state = app.library.state(0);
    assert!(state.read && state.opened.is_some());
    press(&mut app, "j j");
    assert_eq!(app.take_persist(), Persist::Later, "scrolling waits for a pause");
    assert_eq!(app.take_persist(), Persist::Clean);
}

#[test]
fn a_remembered_story_comes_back_on_its_last_article_at_its_place_with_its_view() {
    let key = StoryKey::of(&[]);
    let mut first = app(Library::bundled());
    first.remember(Memory::default(), key.clone());
    // Article 1 starred; article 3 opened and scrolled by a page and three lines.
    press(&mut first, "j * k j j j tab pgdn j j j");
    let place = top_text(&first);
    press(&mut first, "t z");
    let zoomed = top_text(&first); // wider, wrapped anew: the same place, another line start
    let memory = first.memory();
    assert_eq!(memory.stories.len(), 1);
    let json = serde_json::to_string(&memory).unwrap();

    let mut again = app(Library::bundled());
    again.remember(serde_json::from_str(&json).unwrap(), key);
    assert_eq!(again.selected(), 3);
    assert_eq!(top_text(&again), zoomed, "the same line on top");
    assert!(again.zoom);
    assert_eq!(again.focus, Pane::Reader);
    assert_eq!(again.side.tab, Tab::Actors);
    assert!(again.library.state(1).starred);
    assert!(again.library.state(3).read);
    // Going back to an article shows it where it was left.
    press(&mut again, "z h k");
    assert_eq!(again.selected(), 2);
    press(&mut again, "j");
    assert_eq!(top_text(&again), place);
}

#[test]
fn another_story_keeps_its_own_last_article_and_the_articles_keep_their_marks() {
    let mut first = app(Library::bundled());
    first.remember(Memory::default(), StoryKey::of(&[]));
    press(&mut first, "j j *");
    let mut other = app(Library::bundled());
    other.remember(first.memory(), StoryKey::of(&["seeds".into()]));
    assert_eq!(
        other.selected(),
        0,
        "a story never read starts at its first article"
    );
    assert!(other.library.state(2).starred, "the article's star follows it");
}

#[test]
fn the_last_article_is_selected_when_it_arrives_and_its_place_once_laid_out() {
    let key = StoryKey::of(&[]);
    let mut first = app(Library::bundled());
    first.remember(Memory::default(), key.clone());
    press(&mut first, "G tab pgdn");
    let place = top_text(&first);
    let memory = first.memory();

    let mut app = app(Library::default());
    app.remember(memory.clone(), key.clone());
    assert_eq!(app.selected(), 0, "nothing loaded yet");
    for event in load_events() {
        app.take_load(event);
    }
    assert_eq!(app.selected(), 4);
    assert_eq!(top_text(&app), place);

    // A key before the article arrives: the user has moved on, nothing jumps.
    let mut app = self::app(Library::default());
    app.remember(memory, key);
    press(&mut app, "j");
    for event in load_events() {
        app.take_load(event);
    }
    assert_eq!(app.selected(), 0);
}

#[test]
fn a_view_the_reader_cannot_read_is_left_as_it_is() {
    let key = StoryKey::of(&[]);
    let mut first = app(Library::bundled());
    first.remember(Memory::default(), key.clone());
    press(&mut first, "j j");
    let mut memory = first.memory();
    memory.stories[0].view = serde_json::json!({"focus": "nowhere", "zoom": 7});
    let mut again = app(Library::bundled());
    again.remember(memory, key);
    assert_eq!(again.selected(), 2, "the article still comes back");
    assert!(!again.zoom);
    assert_eq!(again.focus, Pane::List);
}
