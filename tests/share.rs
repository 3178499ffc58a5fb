//! Sharing from the reader, driven by keys on the app state: `y` copies the chosen quote as a
//! citation, `Y` the article's address, `O` asks for it to be opened (the loop carries these
//! out; `tests/pty.rs` checks the bytes and the browser with the real binary), and `e` writes
//! the quotes tab to a file in the format asked for.

use std::path::Path;

use parallax::library::{Library, Plan, load};
use parallax::tui::app::{App, Effect};
use parallax::tui::keymap::{Keymap, Mode};
use parallax::tui::layout::Pane;
use parallax::tui::theme::Theme;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::Size;

fn app_on(library: Library, width: u16) -> App {
    App::new(
        library,
        Keymap::default_keymap(),
        Theme::color(),
        Size::new(width, 40),
    )
}

/// The reader on the fixture web page, which has an address.
fn web_page() -> App {
    let mut app = app_on(Library::default(), 140);
    let page = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/inputs/gull.html");
    load::run(load::Input::of(&[page]), Plan::READER, &mut |event| {
        app.take_load(event);
        true
    });
    app
}

fn key(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}

/// Presses keys separated by spaces: "tab tab y".
fn press(app: &mut App, keys: &str) {
    for k in keys.split_whitespace() {
        app.handle_key(match k {
            "tab" => key(KeyCode::Tab),
            "enter" => key(KeyCode::Enter),
            "esc" => key(KeyCode::Esc),
            "ctrl-u" => KeyEvent::new(KeyCode::Char('u'), KeyModifiers::CONTROL),
            c if c.chars().count() == 1 => key(KeyCode::Char(c.chars().next().unwrap())),
            other => panic!("unknown key {other}"),
        });
    }
}

/// Types `text` into whatever prompt is open.
fn type_text(app: &mut App, text: &str) {
    for c in text.chars() {
        app.handle_key(key(KeyCode::Char(c)));
    }
}

fn status(app: &App) -> String {
    app.status.as_ref().map(|s| s.text.clone()).unwrap_or_default()
}

#[test]
fn y_copies_the_selected_quote_as_a_citation() {
    let mut app = app_on(Library::bundled(), 140);
    press(&mut app, "tab tab j");
    assert_eq!(app.focus, Pane::Side);
    press(&mut app, "y");
    let (quote, words) = app.library.quote(app.selected(), app.quote_rows()[1]).unwrap();
    let (speaker, words) = (quote.speaker.clone().unwrap(), words.to_string());
    let effects = app.take_effects();
    let [Effect::Copy(citation)] = effects.as_slice() else {
        panic!("one copy: {effects:?}");
    };
    assert!(
        citation.starts_with(&format!("“{words}” — {speaker}")),
        "{citation}"
    );
    assert!(citation.contains("2025"), "the article's date: {citation}");
    assert_eq!(status(&app), format!("copied {citation}"));
    assert!(app.take_effects().is_empty(), "taken once");

    // On a narrow screen with the panel hidden and no quote highlighted there is none to copy.
    let mut narrow = app_on(Library::bundled(), 80);
    press(&mut narrow, "y");
    assert!(narrow.take_effects().is_empty());
    assert!(
        status(&narrow).contains("select a quote first"),
        "{}",
        status(&narrow)
    );
}

#[test]
fn capital_y_copies_and_capital_o_opens_the_url_or_says_there_is_none() {
    let mut app = web_page();
    let url = "https://gull.example/news/harbour-reopens";
    press(&mut app, "Y");
    assert_eq!(app.take_effects(), [Effect::Copy(url.to_string())]);
    assert_eq!(status(&app), format!("copied {url}"));
    press(&mut app, "O");
    assert_eq!(app.take_effects(), [Effect::Open(url.to_string())]);

    let mut bundled = app_on(Library::bundled(), 140);
    press(&mut bundled, "Y O");
    assert!(bundled.take_effects().is_empty());
    assert!(status(&bundled).contains("no URL"), "{}", status(&bundled));
    assert!(bundled.status.as_ref().unwrap().warning);
}

#[test]
fn e_writes_the_quotes_tab_in_each_format_and_never_over_a_file() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_on(Library::bundled(), 140);
    let all = app.quote_rows().len();
    press(&mut app, "e");
    assert_eq!(app.mode(), Mode::Export);
    let prompt = app.export_prompt().unwrap();
    assert_eq!(prompt.count, all);
    assert!(
        prompt.input.ends_with("-quotes.md") && !prompt.input.contains(' '),
        "a default name in the current folder: {}",
        prompt.input
    );
    // Tab switches the format, the name's extension following.
    press(&mut app, "tab");
    assert!(app.export_prompt().unwrap().input.ends_with("-quotes.csv"));
    press(&mut app, "tab");
    assert!(app.export_prompt().unwrap().input.ends_with("-quotes.jsonl"));
    press(&mut app, "esc");
    assert_eq!(app.mode(), Mode::Normal);

    // Markdown, every quote of the tab: the header, the separator, a row each.
    let md = dir.path().join("q.md");
    press(&mut app, "e ctrl-u");
    type_text(&mut app, md.to_str().unwrap());
    press(&mut app, "enter");
    assert_eq!(app.mode(), Mode::Normal);
    let text = std::fs::read_to_string(&md).unwrap();
    assert_eq!(text.lines().count(), 2 + all, "{text}");
    assert!(
        status(&app).starts_with(&format!("wrote {all} quotes (md) to ")),
        "{}",
        status(&app)
    );

    // The same name again: a new file beside it, and the status line says so.
    press(&mut app, "e ctrl-u");
    type_text(&mut app, md.to_str().unwrap());
    press(&mut app, "enter");
    assert_eq!(std::fs::read_to_string(dir.path().join("q-2.md")).unwrap(), text);
    assert!(status(&app).contains("is there already"), "{}", status(&app));

    // Filtered: only the quotes the tab's filter keeps, as CSV and JSON Lines.
    press(&mut app, "tab tab f");
    type_text(&mut app, "Ushakov");
    press(&mut app, "enter");
    let kept = app.quote_rows().len();
    assert!(0 < kept && kept < all, "{kept} of {all}");
    let csv = dir.path().join("q.csv");
    press(&mut app, "e ctrl-u");
    type_text(&mut app, csv.to_str().unwrap());
    press(&mut app, "enter");
    let mut reader = csv::Reader::from_path(&csv).unwrap();
    let records: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(records.len(), kept);
    assert!(records.iter().all(|r| &r[4] == "Yuri Ushakov"), "{records:?}");
    let json = dir.path().join("q.jsonl");
    press(&mut app, "e ctrl-u");
    type_text(&mut app, json.to_str().unwrap());
    press(&mut app, "enter");
    let lines: Vec<serde_json::Value> = std::fs::read_to_string(&json)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), kept);

    // A folder that does not exist: a warning naming the file, nothing else changes.
    let missing = dir.path().join("no/such/q.md");
    press(&mut app, "e ctrl-u");
    type_text(&mut app, missing.to_str().unwrap());
    press(&mut app, "enter");
    assert!(app.status.as_ref().unwrap().warning);
    assert!(status(&app).contains("no/such/q.md"), "{}", status(&app));
}

#[test]
fn the_story_files_title_is_in_the_status_line_before_the_position() {
    let mut app = app_on(Library::default(), 100);
    let story = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/inputs/story.toml");
    load::run(load::Input::of(&[story]), Plan::READER, &mut |event| {
        app.take_load(event);
        true
    });
    let n = app.library.len();
    let mut terminal = ratatui::Terminal::new(ratatui::backend::TestBackend::new(100, 40)).unwrap();
    terminal
        .draw(|frame| parallax::tui::ui::draw(frame, &mut app))
        .unwrap();
    let buffer = terminal.backend().buffer();
    let status: String = (0..100).map(|x| buffer[(x, 39)].symbol()).collect();
    assert!(
        status.trim_end().ends_with(&format!("Harbour reopens · 1/{n}")),
        "{status}"
    );
    // The bundled story has no title: the position alone.
    let mut bundled = app_on(Library::bundled(), 100);
    terminal
        .draw(|frame| parallax::tui::ui::draw(frame, &mut bundled))
        .unwrap();
    let buffer = terminal.backend().buffer();
    let status: String = (0..100).map(|x| buffer[(x, 39)].symbol()).collect();
    assert!(status.trim_end().ends_with("   1/5"), "{status}");
}
