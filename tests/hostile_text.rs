//! Article text built to take over a terminal: ESC, CSI and OSC sequences (a window title, an
//! OSC 52 clipboard write, a hyperlink), DCS strings, C0 and C1 controls, bidirectional
//! overrides and isolates. None of it may reach the screen the reader draws (checked cell by
//! cell on ratatui's TestBackend) or what the commands print (checked byte by byte, and inside
//! every JSON string); the words around it stay.

use std::path::Path;
use std::process::Command;

use parallax::corpus::{Corpus, load_file};
use parallax::library::Library;
use parallax::tui::app::App;
use parallax::tui::keymap::Keymap;
use parallax::tui::theme::Theme;
use parallax::tui::ui;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::Size;
use serde_json::Value;

const BIN: &str = env!("CARGO_BIN_EXE_parallax");

#[path = "common/hostile.rs"]
mod hostile;
use hostile::{KEPT, PAYLOAD, forbidden};

/// The story folder of [`hostile::write_story`].
fn story() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    hostile::write_story(dir.path());
    dir
}

fn library(dir: &Path) -> Library {
    let articles = ["hostile.txt", "plain.txt"]
        .iter()
        .flat_map(|name| load_file(&dir.join(name)))
        .map(|read| read.expect("both articles load"))
        .collect();
    Library::of(Corpus::of(articles))
}

fn key(app: &mut App, code: KeyCode) {
    app.handle_key(KeyEvent::new(code, KeyModifiers::NONE));
}

fn press(app: &mut App, keys: &str) {
    for c in keys.chars() {
        key(app, KeyCode::Char(c));
    }
}

/// Draws `app` and returns the screen's text, after checking that no cell holds a control.
fn draw_clean(app: &mut App, what: &str) -> String {
    let size = app.panes();
    let (width, height) = (size.status.width, size.status.y + 1);
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal.draw(|frame| ui::draw(frame, app)).unwrap();
    let buffer = terminal.backend().buffer();
    let mut text = String::new();
    for y in 0..height {
        for x in 0..width {
            let symbol = buffer[(x, y)].symbol();
            assert!(
                !symbol.chars().any(forbidden),
                "{what}: a control at ({x}, {y}): {symbol:?}"
            );
            text.push_str(symbol);
        }
        text.push('\n');
    }
    assert!(!text.contains(PAYLOAD), "{what}: a payload shows:\n{text}");
    text
}

#[test]
fn the_reader_draws_no_control_of_a_hostile_article_on_any_screen() {
    let dir = story();
    for (width, height) in [(80, 24), (140, 40)] {
        let mut app = App::new(
            library(dir.path()),
            Keymap::default_keymap(),
            Theme::color(),
            Size::new(width, height),
        );
        let main = draw_clean(&mut app, "main screen");
        for word in ["Harbour", "reopens", "storm"] {
            assert!(main.contains(word), "{word} is drawn:\n{main}");
        }
        // The side panel's tabs: quotes, actors, the article's metadata.
        press(&mut app, "p");
        draw_clean(&mut app, "quotes");
        press(&mut app, "t");
        let actors = draw_clean(&mut app, "actors");
        assert!(actors.contains("Olsen"), "the speaker is listed:\n{actors}");
        press(&mut app, "t");
        draw_clean(&mut app, "article tab");
        key(&mut app, KeyCode::Esc);
        // The reading pane, scrolled through the whole article.
        key(&mut app, KeyCode::Enter);
        for _ in 0..height {
            draw_clean(&mut app, "reading");
            press(&mut app, "j");
        }
        // Search: every kind of hit, labelled and highlighted.
        press(&mut app, "/harbour");
        app.settle();
        let hits = draw_clean(&mut app, "search");
        assert!(hits.contains("harbour master"), "hits are drawn:\n{hits}");
        key(&mut app, KeyCode::Enter);
        draw_clean(&mut app, "a hit opened");
        // The comparison with the plain article.
        press(&mut app, "c");
        draw_clean(&mut app, "picker");
        key(&mut app, KeyCode::Enter);
        app.settle_comparison();
        draw_clean(&mut app, "comparison");
        key(&mut app, KeyCode::Esc);
        press(&mut app, "s");
        app.settle_story();
        draw_clean(&mut app, "story view");
    }
}

/// Runs `parallax ARGS` and returns its stdout, after checking that neither stream holds a
/// control byte or a payload.
fn run_clean(dir: &Path, args: &[&str]) -> String {
    let out = Command::new(BIN)
        .args(args)
        .current_dir(dir)
        .env("PARALLAX_HOME", dir.join(".home"))
        .output()
        .unwrap();
    for (stream, bytes) in [("stdout", &out.stdout), ("stderr", &out.stderr)] {
        let text = String::from_utf8(bytes.clone())
            .unwrap_or_else(|e| panic!("{args:?}: {stream} is not UTF-8: {e}"));
        if let Some(c) = text.chars().find(|&c| forbidden(c) && c != '\t') {
            panic!("{args:?}: {stream} holds {c:?}:\n{text}");
        }
        assert!(
            !text.contains(PAYLOAD),
            "{args:?}: {stream} shows a payload:\n{text}"
        );
    }
    String::from_utf8(out.stdout).unwrap()
}

/// Every string inside `value`, keys too.
fn strings(value: &Value, out: &mut Vec<String>) {
    match value {
        Value::String(s) => out.push(s.clone()),
        Value::Array(items) => items.iter().for_each(|v| strings(v, out)),
        Value::Object(map) => {
            for (k, v) in map {
                out.push(k.clone());
                strings(v, out);
            }
        }
        _ => {}
    }
}

/// JSON escapes a control as `\u001b`: the strings themselves must hold none either.
fn json_clean(stdout: &str, args: &[&str]) -> Vec<String> {
    let mut all = Vec::new();
    for line in stdout.lines().filter(|l| !l.trim().is_empty()) {
        let value: Value = serde_json::from_str(line).unwrap_or_else(|e| panic!("{e}: {line}"));
        strings(&value, &mut all);
    }
    for s in &all {
        assert!(!s.chars().any(forbidden), "{args:?}: a control in {s:?}");
        assert!(!s.contains(PAYLOAD), "{args:?}: a payload in {s:?}");
    }
    all
}

#[test]
fn the_commands_print_no_control_of_a_hostile_article_as_tables_or_json() {
    let dir = story();
    let table_commands: &[&[&str]] = &[
        &["inspect", "hostile.txt"],
        &["quotes", "hostile.txt"],
        &["actors", "hostile.txt"],
        &["search", "harbour", "hostile.txt"],
        &["search", "by:olsen", "hostile.txt"],
        &["compare", "hostile.txt", "plain.txt"],
        &["story", "hostile.txt", "plain.txt"],
    ];
    for args in table_commands {
        run_clean(dir.path(), args);
    }
    let quotes = run_clean(dir.path(), &["quotes", "hostile.txt"]);
    assert!(
        quotes.contains("The port is open again today"),
        "the quote's words stay:\n{quotes}"
    );
    let json_commands: &[&[&str]] = &[
        &["inspect", "--json", "hostile.txt"],
        &["quotes", "--json", "hostile.txt"],
        &["actors", "--json", "hostile.txt"],
        &["search", "--json", "harbour", "hostile.txt"],
        &["compare", "--json", "hostile.txt", "plain.txt"],
        &["story", "--json", "hostile.txt", "plain.txt"],
    ];
    for args in json_commands {
        let stdout = run_clean(dir.path(), args);
        let all = json_clean(&stdout, args);
        assert!(!all.is_empty(), "{args:?} printed nothing");
    }
    let inspected = json_clean(&run_clean(dir.path(), &["inspect", "--json", "hostile.txt"]), &[]).join("\n");
    for word in KEPT {
        assert!(inspected.contains(word), "{word} stays:\n{inspected}");
    }
    let speakers = run_clean(dir.path(), &["quotes", "--json", "hostile.txt"]);
    assert!(
        speakers.contains("\"speaker\":\"Mark Olsen\""),
        "the speaker's name is read across the sequences in it:\n{speakers}"
    );
}
