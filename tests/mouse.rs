//! What the config changes in a running reader, on the app state with no terminal: the
//! mouse (a click focuses and selects, the wheel scrolls the pane under the pointer or the
//! overlay on top), the wrap width and the pane widths.

use parallax::library::Library;
use parallax::tui::app::App;
use parallax::tui::config::Config;
use parallax::tui::keymap::Keymap;
use parallax::tui::layout::{Pane, ROWS_PER_ITEM};
use parallax::tui::theme::Theme;
use ratatui::crossterm::event::{
    Event, KeyCode, KeyEvent, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};
use ratatui::layout::{Rect, Size};

fn app() -> App {
    App::new(
        Library::bundled(),
        Keymap::default_keymap(),
        Theme::color(),
        Size::new(140, 40),
    )
}

fn mouse(app: &mut App, kind: MouseEventKind, column: u16, row: u16) {
    app.handle_event(&Event::Mouse(MouseEvent {
        kind,
        column,
        row,
        modifiers: KeyModifiers::NONE,
    }));
}

fn click(app: &mut App, column: u16, row: u16) {
    mouse(app, MouseEventKind::Down(MouseButton::Left), column, row);
}

/// The middle column of `area` and its first row inside the border.
fn inside(area: Rect) -> (u16, u16) {
    (area.x + area.width / 2, area.y + 1)
}

#[test]
fn a_click_on_a_list_row_focuses_the_list_and_selects_that_article() {
    let mut app = app();
    app.handle_event(&Event::Key(KeyEvent::new(KeyCode::Tab, KeyModifiers::NONE)));
    assert_eq!(app.focus, Pane::Reader);
    let (x, y) = inside(app.panes().list.unwrap());
    // The third article's second row.
    click(&mut app, x, y + 2 * ROWS_PER_ITEM as u16 + 1);
    assert_eq!(app.focus, Pane::List);
    assert_eq!(app.selected(), app.list.rows[2]);
    // Below the last article: the focus moves, the selection stays.
    click(&mut app, x, y + 30);
    assert_eq!(app.selected(), app.list.rows[2]);
}

#[test]
fn a_click_on_a_quote_selects_it_and_a_click_on_the_reader_focuses_it() {
    let mut app = app();
    let (_, body) = app.panes().side_inner().unwrap();
    let entries = app.quote_entries();
    let (line, _) = entries
        .iter()
        .find(|(_, e)| matches!(e, parallax::tui::side::QuoteEntry::Quote { row: 1, .. }))
        .copied()
        .unwrap();
    click(&mut app, body.x + 2, body.y + line as u16);
    assert_eq!(app.focus, Pane::Side);
    assert_eq!(app.side.cursor.selected, 1);
    let (x, y) = inside(app.panes().reader);
    click(&mut app, x, y);
    assert_eq!(app.focus, Pane::Reader);
    assert_eq!(app.side.cursor.selected, 1);
}

#[test]
fn the_wheel_scrolls_the_pane_under_the_pointer_and_leaves_the_focus() {
    let mut app = app();
    assert_eq!(app.focus, Pane::List);
    let selected = app.selected();
    let (x, y) = inside(app.panes().reader);
    mouse(&mut app, MouseEventKind::ScrollDown, x, y);
    assert_eq!(app.view().top_line(), 3);
    assert_eq!(app.focus, Pane::List);
    assert_eq!(app.selected(), selected);
    mouse(&mut app, MouseEventKind::ScrollUp, x, y);
    assert_eq!(app.view().top_line(), 0);
    // Over the list, the wheel moves through the articles.
    let (x, y) = inside(app.panes().list.unwrap());
    mouse(&mut app, MouseEventKind::ScrollDown, x, y);
    assert_eq!(app.selected(), app.list.rows[3]);
}

#[test]
fn over_an_overlay_the_wheel_moves_the_overlay() {
    let mut app = app();
    app.handle_event(&Event::Key(KeyEvent::new(KeyCode::Char('?'), KeyModifiers::NONE)));
    assert_eq!(app.help(), Some(0));
    mouse(&mut app, MouseEventKind::ScrollDown, 70, 20);
    assert_eq!(app.help(), Some(3));
    assert_eq!(app.view().top_line(), 0, "the reader under it stays");
}

#[test]
fn the_config_sets_the_wrap_width_and_the_pane_widths() {
    let mut app = app();
    let lines = app.view().text().unwrap().lines.len();
    let config = Config::parse(
        "wrap_width = 40\n[layout]\nlist_width = 30\nside_width = 50\n",
        "c.toml",
    )
    .unwrap()
    .0;
    app.configure(&config);
    assert!(app.view().text().unwrap().lines.len() > lines);
    assert_eq!(app.view().columns(app.max_width), 40);
    assert_eq!(app.panes().list.unwrap().width, 30);
    assert_eq!(app.panes().side.unwrap().width, 50);
}
