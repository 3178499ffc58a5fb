//! Screens drawn on ratatui's TestBackend: insta snapshots of whole screens, and assertions on
//! the style of the cells that carry meaning (selection, focus, headings).

use parallax::library::Library;
use parallax::tui::app::App;
use parallax::tui::keymap::{Action, Keymap, Mode};
use parallax::tui::theme::Theme;
use parallax::tui::ui;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::{Rect, Size};
use ratatui::style::{Color, Modifier};

fn app_with(theme: Theme, width: u16, height: u16) -> App {
    App::new(
        Library::bundled(),
        Keymap::default_keymap(),
        theme,
        Size::new(width, height),
    )
}

fn render(app: &mut App) -> Terminal<TestBackend> {
    let size = app.panes();
    let width = size.status.width;
    let height = size.status.y + 1;
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal.draw(|frame| ui::draw(frame, app)).unwrap();
    terminal
}

fn press(app: &mut App, c: char) {
    app.handle_key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE));
}

/// The text of row `y`.
fn row(buffer: &Buffer, y: u16) -> String {
    (0..buffer.area.width).map(|x| buffer[(x, y)].symbol()).collect()
}

/// The first cell whose row text contains `needle`, as (x, y) of the needle's first char.
fn find(buffer: &Buffer, needle: &str) -> (u16, u16) {
    find_in(buffer, buffer.area, needle).unwrap_or_else(|| {
        panic!(
            "{needle:?} not on screen:\n{}",
            (0..buffer.area.height)
                .map(|y| row(buffer, y))
                .collect::<Vec<_>>()
                .join("\n")
        )
    })
}

/// The first place inside `area` where `needle` starts, as (x, y).
fn find_in(buffer: &Buffer, area: Rect, needle: &str) -> Option<(u16, u16)> {
    (area.y..area.y + area.height).find_map(|y| {
        let cells: Vec<&str> = (area.x..area.x + area.width)
            .map(|x| buffer[(x, y)].symbol())
            .collect();
        (0..cells.len())
            .find(|&i| cells[i..].concat().starts_with(needle))
            .map(|i| (area.x + i as u16, y))
    })
}

#[test]
fn main_screen_80x24() {
    let mut app = app_with(Theme::color(), 80, 24);
    insta::assert_snapshot!(render(&mut app).backend());
}

/// The screen's rows as plain text, trailing blanks trimmed.
fn screen_text(terminal: &Terminal<TestBackend>) -> String {
    let buffer = terminal.backend().buffer();
    (0..buffer.area.height)
        .map(|y| row(buffer, y).trim_end().to_string())
        .collect::<Vec<_>>()
        .join("\n")
}

/// The README's picture of the main screen is this screen: the first ```text block after
/// "The main screen at 80x24". `PARALLAX_UPDATE_README=1 cargo test --test tui readme`
/// writes the screen there.
#[test]
fn the_readme_shows_the_main_screen_at_80x24() {
    let mut app = app_with(Theme::color(), 80, 24);
    let screen = screen_text(&render(&mut app));
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/README.md");
    let readme = std::fs::read_to_string(path).unwrap();
    let heading = readme
        .find("The main screen at 80x24")
        .expect("the README's screen heading");
    let open = heading + readme[heading..].find("```text\n").expect("a ```text block") + 8;
    let close = open + readme[open..].find("```").expect("the block's end");
    let shown: Vec<&str> = readme[open..close].lines().map(str::trim_end).collect();
    if shown.join("\n") != screen && std::env::var_os("PARALLAX_UPDATE_README").is_some() {
        let updated = format!("{}{screen}\n{}", &readme[..open], &readme[close..]);
        std::fs::write(path, updated).unwrap();
        return;
    }
    assert_eq!(
        shown.join("\n"),
        screen,
        "the README's screen is stale: PARALLAX_UPDATE_README=1 cargo test --test tui readme"
    );
}

#[test]
fn main_screen_140x40() {
    let mut app = app_with(Theme::color(), 140, 40);
    insta::assert_snapshot!(render(&mut app).backend());
}

#[test]
fn help_overlay_80x24() {
    let mut app = app_with(Theme::color(), 80, 24);
    press(&mut app, '?');
    insta::assert_snapshot!(render(&mut app).backend());
}

#[test]
fn help_overlay_140x40() {
    let mut app = app_with(Theme::color(), 140, 40);
    press(&mut app, '?');
    insta::assert_snapshot!(render(&mut app).backend());
}

#[test]
fn narrow_layout_with_the_side_panel_80x24() {
    let mut app = app_with(Theme::color(), 80, 24);
    press(&mut app, 'p');
    insta::assert_snapshot!(render(&mut app).backend());
}

#[test]
fn zoomed_reader_scrolled_140x40() {
    let mut app = app_with(Theme::color(), 140, 40);
    press(&mut app, 'z');
    for _ in 0..10 {
        press(&mut app, 'j');
    }
    insta::assert_snapshot!(render(&mut app).backend());
}

/// Every row of the screen, as text.
fn screen(buffer: &Buffer) -> String {
    (0..buffer.area.height).map(|y| row(buffer, y) + "\n").collect()
}

#[test]
fn articles_are_named_by_label_never_by_file_name() {
    for (width, height) in [(80, 24), (140, 40)] {
        let mut app = app_with(Theme::color(), width, height);
        for _ in 0..5 {
            let text = screen(render(&mut app).backend().buffer());
            assert!(!text.contains(".txt"), "a file name at {width}x{height}:\n{text}");
            press(&mut app, 'j');
        }
        // At 80 columns the outlet stays readable in the list: the date goes first.
        let text = screen(render(&mut app).backend().buffer());
        assert!(text.contains("Associated Press?"), "{text}");
    }
    // Two articles of one outlet are two different rows.
    let mut app = app_with(Theme::color(), 140, 40);
    search(&mut app, "'sure.$");
    let text = screen(render(&mut app).backend().buffer());
    let rows: Vec<&str> = text.lines().filter(|l| l.contains("Not further")).collect();
    assert_eq!(rows.len(), 2, "{text}");
    assert_ne!(rows[0], rows[1], "{text}");
}

#[test]
fn help_lists_every_action_with_its_keys() {
    // Tall enough for every mode's section.
    let mut app = app_with(Theme::color(), 140, 160);
    press(&mut app, '?');
    let terminal = render(&mut app);
    let buffer = terminal.backend().buffer();
    for mode in Mode::ALL {
        for &action in mode.actions() {
            let keys: Vec<String> = app
                .keymap
                .keys_in(mode, action)
                .iter()
                .map(ToString::to_string)
                .collect();
            find(
                buffer,
                &format!("{}  {}", keys.join(" "), action.description_in(mode)),
            );
        }
    }
    // Generated from the keymap: rebinding a key shows in the help.
    let (keymap, warnings) = Keymap::with_user("[normal]\nzoom = [\"Z\"]\n", "keymap.toml");
    assert!(warnings.is_empty());
    let mut app = App::new(Library::bundled(), keymap, Theme::color(), Size::new(140, 40));
    press(&mut app, '?');
    let terminal = render(&mut app);
    let buffer = terminal.backend().buffer();
    let (_, y) = find(buffer, Action::Zoom.description());
    assert!(row(buffer, y).contains(" Z  "), "{}", row(buffer, y));
}

#[test]
fn the_selected_article_is_reversed_and_the_focused_pane_is_bold() {
    let mut app = app_with(Theme::color(), 140, 40);
    let terminal = render(&mut app);
    let buffer = terminal.backend().buffer();
    let title = &app.library.corpus.articles[0].title.value;
    let prefix: String = title.chars().take(12).collect();
    let (x, y) = find(buffer, &prefix);
    let cell = &buffer[(x, y)];
    assert!(
        cell.modifier.contains(Modifier::REVERSED),
        "selected row is reversed"
    );
    // The list is focused: its corner is a thick border in the focus colour.
    let corner = &buffer[(0, 0)];
    assert_eq!(corner.symbol(), "┏");
    assert_eq!(corner.fg, Color::Cyan);
    assert!(corner.modifier.contains(Modifier::BOLD));
    // The second article is not selected.
    let second: String = app.library.corpus.articles[1]
        .title
        .value
        .chars()
        .take(12)
        .collect();
    let (x, y) = find(buffer, &second);
    assert!(!buffer[(x, y)].modifier.contains(Modifier::REVERSED));
}

#[test]
fn the_reader_styles_the_headline() {
    let mut app = app_with(Theme::color(), 140, 40);
    press(&mut app, 'l');
    let terminal = render(&mut app);
    let buffer = terminal.backend().buffer();
    let words: String = app.library.corpus.articles[0]
        .title
        .value
        .split(' ')
        .take(2)
        .collect::<Vec<_>>()
        .join(" ");
    // The first hit is the list row; the reader's headline is to its right.
    let list_width = app.panes().list.unwrap().width;
    let (x, y) = (0..buffer.area.height)
        .find_map(|y| {
            let text = row(buffer, y);
            let byte = text
                .char_indices()
                .skip(list_width as usize)
                .find(|(i, _)| text[*i..].starts_with(&words))?
                .0;
            Some((text[..byte].chars().count() as u16, y))
        })
        .expect("headline in the reading pane");
    let cell = &buffer[(x, y)];
    assert_eq!(cell.fg, Color::Yellow);
    assert!(cell.modifier.contains(Modifier::BOLD));
}

#[test]
fn no_color_keeps_selection_and_focus_visible_without_colour() {
    let mut app = app_with(Theme::monochrome(), 140, 40);
    let terminal = render(&mut app);
    let buffer = terminal.backend().buffer();
    for y in 0..buffer.area.height {
        for x in 0..buffer.area.width {
            let cell = &buffer[(x, y)];
            assert_eq!(cell.fg, Color::Reset, "colour at {x},{y}");
            assert_eq!(cell.bg, Color::Reset, "colour at {x},{y}");
        }
    }
    let prefix: String = app.library.corpus.articles[0]
        .title
        .value
        .chars()
        .take(12)
        .collect();
    let (x, y) = find(buffer, &prefix);
    assert!(buffer[(x, y)].modifier.contains(Modifier::REVERSED));
    assert!(buffer[(0, 0)].modifier.contains(Modifier::BOLD));
    assert_eq!(buffer[(0, 0)].symbol(), "┏");
}

#[test]
fn the_position_indicator_follows_the_scroll() {
    let mut app = app_with(Theme::color(), 80, 24);
    press(&mut app, 'l');
    let bottom = |app: &mut App| {
        let terminal = render(app);
        let reader = app.panes().reader;
        row(terminal.backend().buffer(), reader.y + reader.height - 1)
    };
    assert!(bottom(&mut app).contains(" Top "));
    press(&mut app, 'G');
    assert!(bottom(&mut app).contains(" Bot "));
    press(&mut app, 'k');
    assert!(bottom(&mut app).contains("%"), "{}", bottom(&mut app));
}

#[test]
fn every_size_draws_without_panicking() {
    for (w, h) in [(1, 1), (2, 2), (20, 5), (40, 10), (99, 30), (100, 30), (250, 80)] {
        let mut app = app_with(Theme::color(), w, h);
        render(&mut app);
        press(&mut app, '?');
        render(&mut app);
        press(&mut app, '?');
        press(&mut app, 'p');
        render(&mut app);
        press(&mut app, 'z');
        render(&mut app);
        for key in ['o', 'l', 'l', 'G', 'h', 'h', 't'] {
            press(&mut app, key);
            render(&mut app);
        }
        // The picker, the comparison and a remark's renderings.
        for key in ['c', 'x', 'z', 'z'] {
            press(&mut app, key);
            render(&mut app);
        }
        app.handle_key(KeyEvent::new(KeyCode::Esc, KeyModifiers::NONE));
        app.open_compare(0, 4);
        app.settle_comparison();
        for key in [']', 'G', '[', 'j', 'q', 'r'] {
            press(&mut app, key);
            render(&mut app);
        }
        // The story view, working and then with its tables.
        app.handle_key(KeyEvent::new(KeyCode::Esc, KeyModifiers::NONE));
        press(&mut app, 's');
        render(&mut app);
        app.settle_story();
        for key in ['j', 'G', 'l', 'l', 'o', 't', 'l', 'h', 't', 'G', 'o', 't'] {
            press(&mut app, key);
            render(&mut app);
        }
    }
}

#[test]
fn quotes_and_speakers_are_highlighted_in_the_reading_pane() {
    let mut app = app_with(Theme::color(), 140, 40);
    let terminal = render(&mut app);
    let buffer = terminal.backend().buffer();
    let reader = app.panes().reader;
    let in_reader = |needle: &str| {
        find_in(buffer, reader, needle).unwrap_or_else(|| panic!("{needle:?} not in the reading pane"))
    };
    // The first body quote of the seed: “rather useful, …” — its words are green.
    let (x, y) = in_reader("rather useful");
    assert_eq!(buffer[(x, y)].fg, Color::Green);
    // Plain words are not.
    let (x, y) = in_reader("Talks between");
    assert_eq!(buffer[(x, y)].fg, Color::Reset);
    // A speaker's name is styled.
    let (x, y) = in_reader("Ushakov called");
    assert_eq!(buffer[(x, y)].fg, Color::Magenta);
    assert!(buffer[(x, y)].modifier.contains(Modifier::BOLD));

    // Going to a quote reverses it.
    app.go_to_quote(1);
    let terminal = render(&mut app);
    let buffer = terminal.backend().buffer();
    let text = app.library.quote(0, 1).unwrap().1.to_string();
    let first_word: String = text.split_whitespace().next().unwrap().to_string();
    let hit = (reader.y..reader.y + reader.height).find_map(|y| {
        (reader.x..reader.x + reader.width)
            .find(|&x| {
                buffer[(x, y)].modifier.contains(Modifier::REVERSED) && buffer[(x, y)].fg == Color::Green
            })
            .map(|x| (x, y))
    });
    let (x, y) = hit.expect("a reversed quote on screen");
    let row_text: String = (x..reader.x + reader.width)
        .map(|x| buffer[(x, y)].symbol())
        .collect();
    assert!(
        row_text.starts_with(&first_word),
        "{row_text:?} should start with {first_word:?}"
    );
}

#[test]
fn side_panel_quotes_tab_140x40() {
    let mut app = app_with(Theme::color(), 140, 40);
    for key in ['l', 'l', 'j', 'j'] {
        press(&mut app, key);
    }
    app.handle_key(KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE));
    insta::assert_snapshot!(render(&mut app).backend());
}

/// A speaker the text leaves in doubt (a paragraph of pure quote after someone else was named)
/// is dimmed in the quotes panel and followed by a `?`; one a tag names stays as it was.
#[test]
fn a_doubtful_speaker_is_dimmed_with_a_question_mark() {
    let text = "Harbour board meets\n\nOrla Penhallow chairs the harbour board. “The pier reopens \
                in May,” Penhallow said.\n\nBram Tessier, who runs the cafe, was not there.\n\n\
                “The cafe follows in June.”";
    let article = parallax::corpus::ingest::parse(text, "harbour.txt", "test");
    let library = Library::of(parallax::corpus::Corpus::of(vec![article]));
    let mut app = App::new(
        library,
        Keymap::default_keymap(),
        Theme::color(),
        Size::new(100, 16),
    );
    let terminal = render(&mut app);
    let buffer = terminal.backend().buffer();
    let (x, y) = find(buffer, "Orla Penhallow?");
    let name = "Orla Penhallow?".chars().count() as u16;
    for dx in 0..name {
        assert_eq!(buffer[(x + dx, y)].fg, Color::DarkGray, "doubtful at {}", x + dx);
    }
    let (x, y) = find(buffer, "Orla Penhallow ");
    assert_eq!(
        buffer[(x, y)].fg,
        Color::Magenta,
        "a tagged speaker keeps its colour"
    );
    insta::assert_snapshot!(terminal.backend());
}

#[test]
fn side_panel_actors_tab_140x40() {
    let mut app = app_with(Theme::color(), 140, 40);
    press(&mut app, 't');
    insta::assert_snapshot!(render(&mut app).backend());
}

#[test]
fn actor_overlay_140x40() {
    let mut app = app_with(Theme::color(), 140, 40);
    for key in ['l', 'l', 't'] {
        press(&mut app, key);
    }
    app.handle_key(KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE));
    assert!(app.actor_view().is_some());
    insta::assert_snapshot!(render(&mut app).backend());
}

/// Opens the prompt, types `query` and waits for the hits.
fn search(app: &mut App, query: &str) {
    press(app, '/');
    for c in query.chars() {
        press(app, c);
    }
    app.settle();
}

#[test]
fn search_prompt_80x24() {
    let mut app = app_with(Theme::color(), 80, 24);
    search(&mut app, "ushak");
    insta::assert_snapshot!(render(&mut app).backend());
}

#[test]
fn search_prompt_140x40() {
    let mut app = app_with(Theme::color(), 140, 40);
    search(&mut app, "compromise territ");
    insta::assert_snapshot!(render(&mut app).backend());
}

#[test]
fn the_prompt_highlights_the_matched_chars_by_char_not_byte() {
    let mut app = app_with(Theme::color(), 140, 40);
    // “Not further…” opens with a curly mark of three bytes: a byte offset would land the
    // highlight one char early.
    search(&mut app, "is:quote 'not further");
    let terminal = render(&mut app);
    let buffer = terminal.backend().buffer();
    let (x, y) = find(buffer, "Not further");
    let matched = Theme::color().matched;
    for dx in 0..11 {
        let cell = &buffer[(x + dx, y)];
        if cell.symbol() != " " {
            assert_eq!(cell.fg, matched.fg.unwrap(), "{:?} at {dx}", cell.symbol());
        }
    }
    let after = &buffer[(x + 11, y)];
    assert_ne!(after.fg, matched.fg.unwrap(), "{:?}", after.symbol());
    let before = &buffer[(x - 1, y)];
    assert_ne!(before.fg, matched.fg.unwrap());
}

#[test]
fn find_in_the_article_shows_its_prompt_and_marks_what_it_found() {
    let mut app = app_with(Theme::color(), 140, 40);
    app.handle_key(KeyEvent::new(KeyCode::Tab, KeyModifiers::NONE));
    press(&mut app, 'F');
    for c in "Witkoff".chars() {
        press(&mut app, c);
    }
    app.settle();
    let terminal = render(&mut app);
    let buffer = terminal.backend().buffer();
    let status = row(buffer, 39);
    assert!(status.starts_with("/Witkoff  1/"), "{status}");
    let label = app.library.corpus.label(app.selected());
    assert!(
        status.contains(&format!("in {label} · ctrl-t the story")),
        "{status}"
    );
    let reader = app.panes().reader;
    let (x, y) = find_in(buffer, reader, "Witkoff").expect("a hit on screen");
    let found = Theme::color().found;
    assert!(buffer[(x, y)].modifier.contains(Modifier::REVERSED));
    assert_eq!(buffer[(x, y)].fg, found.fg.unwrap());
    assert!(!buffer[(x + 7, y)].modifier.contains(Modifier::REVERSED));
    insta::assert_snapshot!(terminal.backend());
}

#[test]
fn a_frame_smaller_than_the_last_resize_is_drawn_within_the_frame() {
    // A fast shrink: the terminal is already smaller when the frame is drawn than the last
    // resize event said. The screen is laid out from the frame, not from the event.
    for (w, h) in [(60, 15), (99, 39), (20, 5), (1, 1)] {
        let mut app = app_with(Theme::color(), 140, 40);
        press(&mut app, 'l');
        let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
        terminal.draw(|frame| ui::draw(frame, &mut app)).unwrap();
        let buffer = terminal.backend().buffer();
        if h > 2 {
            let status = row(buffer, h - 1);
            assert!(
                status.trim_end().ends_with("1/5"),
                "status line at the bottom at {w}x{h}: {status}"
            );
        }
    }
}

#[test]
fn a_bad_keymap_lists_every_problem_on_screen() {
    let user = "[normal]\nzoom = 3\nfly = [\"f\"]\n[prompt]\nback = []\n";
    let (keymap, problems) = Keymap::with_user(user, "keymap.toml");
    assert_eq!(problems.len(), 3, "{problems:?}");
    let mut app = App::new(Library::bundled(), keymap, Theme::color(), Size::new(100, 30));
    app.report(" Keymap ", problems);
    let terminal = render(&mut app);
    let buffer = terminal.backend().buffer();
    find(buffer, "Keymap · 3 problems");
    find(buffer, "keymap.toml:2: [normal] zoom");
    find(buffer, "keymap.toml:3: [normal] fly");
    find(buffer, "[prompt] back: left with no key");
}

#[test]
fn overlay_hints_follow_the_keymap() {
    let user = "[normal]\nopen = [\"ctrl-o\"]\n[actor]\nopen = [\"ctrl-o\"]\nback = [\"x\"]\n[help]\nback = [\"x\"]\n";
    let (keymap, problems) = Keymap::with_user(user, "keymap.toml");
    assert!(problems.is_empty(), "{problems:?}");
    let mut app = App::new(Library::bundled(), keymap, Theme::color(), Size::new(140, 40));
    for key in ['l', 'l', 't'] {
        press(&mut app, key);
    }
    app.handle_key(KeyEvent::new(KeyCode::Char('o'), KeyModifiers::CONTROL));
    assert!(app.actor_view().is_some());
    let terminal = render(&mut app);
    let buffer = terminal.backend().buffer();
    find(buffer, "ctrl-o go to · x close");
    press(&mut app, 'x');
    press(&mut app, '?');
    let terminal = render(&mut app);
    find(terminal.backend().buffer(), " x close ");
}

#[test]
fn a_narrow_screen_says_which_pane_is_hidden() {
    let mut app = app_with(Theme::color(), 80, 24);
    let top = |app: &mut App| row(render(app).backend().buffer(), 0);
    assert!(top(&mut app).contains("Quotes ▸"), "{}", top(&mut app));
    press(&mut app, 't');
    press(&mut app, 't');
    assert!(top(&mut app).contains("◂ Articles"), "{}", top(&mut app));
    assert!(!top(&mut app).contains("▸"), "{}", top(&mut app));
    press(&mut app, 'p');
    assert!(top(&mut app).contains("Actors ▸"), "{}", top(&mut app));
    let mut wide = app_with(Theme::color(), 140, 40);
    assert!(!top(&mut wide).contains('▸') && !top(&mut wide).contains('◂'));
}

#[test]
fn help_explains_every_marker_and_the_query_syntax() {
    // Tall enough for the whole overlay.
    let mut app = app_with(Theme::color(), 140, 180);
    press(&mut app, '?');
    assert!(app.help_lines() < 178, "{} lines", app.help_lines());
    let terminal = render(&mut app);
    let buffer = terminal.backend().buffer();
    for needle in [
        "●  ",
        "20q  ",
        "?  ",
        "⚠ body:  ",
        "▶  ",
        "by:name  ",
        "in:outlet  ",
        "is:kind  ",
        "'word  ",
        "^word  ",
        "word$  ",
        "!word  ",
    ] {
        let (_, y) = find(buffer, needle);
        let text = row(buffer, y);
        let after = text.split(needle).nth(1).unwrap_or("").trim();
        assert!(after.len() > 8, "{needle:?} is explained: {text}");
    }
    find(buffer, "quote, actor, article or text");
}

#[test]
fn an_unknown_kind_is_named_under_the_prompt() {
    let mut app = app_with(Theme::color(), 100, 30);
    search(&mut app, "is:bogus talks");
    let terminal = render(&mut app);
    let status = row(terminal.backend().buffer(), 29);
    assert!(status.contains("is:bogus"), "{status}");
    for kind in parallax::search::Kind::ALL {
        assert!(status.contains(kind.name()), "{status} names {}", kind.name());
    }
    let cell = &terminal.backend().buffer()[(find(terminal.backend().buffer(), "is:bogus:").0, 29)];
    assert_eq!(cell.fg, Theme::color().warning.fg.unwrap());
}

/// The text of `area`'s rows.
fn area_rows(buffer: &Buffer, area: Rect) -> Vec<String> {
    (area.y..area.y + area.height)
        .map(|y| {
            (area.x..area.x + area.width)
                .map(|x| buffer[(x, y)].symbol())
                .collect()
        })
        .collect()
}

#[test]
fn quotes_grouped_by_speaker_have_one_heading_each_with_a_count() {
    let mut app = app_with(Theme::color(), 140, 40);
    let side = app.panes().side.unwrap();
    let rows = area_rows(render(&mut app).backend().buffer(), side);
    assert!(
        rows.last().unwrap().contains("reading order"),
        "{}",
        rows.last().unwrap()
    );
    press(&mut app, 'o');
    let rows = area_rows(render(&mut app).backend().buffer(), side);
    assert!(
        rows.last().unwrap().contains("by speaker"),
        "{}",
        rows.last().unwrap()
    );
    let e = &app.library.story.articles[0];
    let count = e
        .quotes
        .iter()
        .filter(|q| q.speaker.as_deref() == Some("Yuri Ushakov"))
        .count();
    assert!(count > 1);
    let named: Vec<&String> = rows.iter().filter(|r| r.contains("Yuri Ushakov")).collect();
    assert_eq!(
        named.len(),
        1,
        "one heading, not the name on every quote: {rows:#?}"
    );
    assert!(
        named[0].contains(&format!("Yuri Ushakov · {count}")),
        "{}",
        named[0]
    );
    // The last quote, selected, is on screen.
    press(&mut app, 'l');
    press(&mut app, 'l');
    press(&mut app, 'G');
    let terminal = render(&mut app);
    let buffer = terminal.backend().buffer();
    let selected = (side.y..side.y + side.height)
        .filter(|&y| buffer[(side.x + 2, y)].modifier.contains(Modifier::REVERSED))
        .count();
    assert_eq!(selected, 2, "the last quote's two rows show, selected");
    press(&mut app, 'g');
    let rows = area_rows(render(&mut app).backend().buffer(), side);
    assert!(
        rows[2].contains(" · "),
        "the first heading shows above the first quote: {rows:#?}"
    );
}

#[test]
fn side_panel_quotes_by_speaker_100x30() {
    let mut app = app_with(Theme::color(), 100, 30);
    for key in ['o', 'l', 'l', 'j', 'j', 'j'] {
        press(&mut app, key);
    }
    insta::assert_snapshot!(render(&mut app).backend());
}

/// True when every non-blank cell of `text` at (x, y) has the matched colour.
fn all_matched(buffer: &Buffer, (x, y): (u16, u16), text: &str) -> bool {
    let matched = Theme::color().matched.fg.unwrap();
    (0..text.chars().count() as u16).all(|dx| {
        let cell = &buffer[(x + dx, y)];
        cell.symbol() == " " || cell.fg == matched
    })
}

#[test]
fn a_hit_on_the_speaker_highlights_the_speaker() {
    let mut app = app_with(Theme::color(), 140, 40);
    // Ushakov's quotes do not say his name: the speaker is what matched.
    search(&mut app, "is:quote ushakov");
    let terminal = render(&mut app);
    let buffer = terminal.backend().buffer();
    let (x, y) = find(buffer, "Yuri Ushakov ·");
    assert!(all_matched(buffer, (x + 5, y), "Ushakov"), "{}", row(buffer, y));
    assert!(!all_matched(buffer, (x, y), "Yuri"));
}

#[test]
fn a_long_quotes_snippet_is_cut_around_the_match() {
    let mut app = app_with(Theme::color(), 140, 40);
    search(&mut app, "is:quote negative attitude");
    let terminal = render(&mut app);
    let buffer = terminal.backend().buffer();
    let y = (0..buffer.area.height)
        .find(|&y| row(buffer, y).contains("│quote   "))
        .expect("a hit");
    let line = row(buffer, y);
    assert!(line.contains("quote   …"), "{line}");
    let area = Rect::new(0, y, buffer.area.width, 1);
    let at = find_in(buffer, area, "negative attitude").expect(&line);
    assert!(all_matched(buffer, at, "negative attitude"));
}

#[test]
fn the_story_prompt_names_its_scope_and_the_key_that_switches_it() {
    let mut app = app_with(Theme::color(), 140, 40);
    search(&mut app, "peskov");
    let terminal = render(&mut app);
    let buffer = terminal.backend().buffer();
    find(buffer, "Search the story");
    find(buffer, "ctrl-t in the article");
}

/// `c` on the first bundled article (000), then the picker narrowed to 004 (by a word of its
/// title) and Enter.
fn compare_000_with_004(app: &mut App) {
    press(app, 'c');
    for c in "feigning".chars() {
        press(app, c);
    }
    let picker = app.picker().expect("the picker is open");
    assert_eq!(picker.rows.first(), Some(&4), "{:?}", picker.rows);
    app.handle_key(KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE));
    assert_eq!(app.mode(), Mode::Compare);
    app.settle_comparison();
}

#[test]
fn comparison_of_000_and_004_140x40() {
    let mut app = app_with(Theme::color(), 140, 40);
    compare_000_with_004(&mut app);
    insta::assert_snapshot!(render(&mut app).backend());
}

/// Scrolls the open comparison (by `j`) until the row whose left passage starts with
/// `left` (or, with `None`, whose right one does with `right`) is the top line.
fn scroll_to_row(app: &mut App, left: Option<&str>, right: &str) {
    let view = app.comparison().expect("the comparison");
    let starts = |side: &Option<parallax::compare::Side>, text: &str| {
        side.as_ref().is_some_and(|s| s.text.starts_with(text))
    };
    let row = view
        .comparison
        .as_ref()
        .expect("compared")
        .rows
        .iter()
        .position(|r| match left {
            Some(left) => starts(&r.left, left) && starts(&r.right, right),
            None => r.left.is_none() && starts(&r.right, right),
        })
        .expect("the row");
    for _ in 0..view.text.line_of(row) {
        press(app, 'j');
    }
}

#[test]
fn the_shared_ap_passages_stand_aligned_and_004_s_sidebar_alone_140x40() {
    let mut app = app_with(Theme::color(), 140, 40);
    compare_000_with_004(&mut app);
    scroll_to_row(&mut app, Some("Asked whether peace"), "Asked whether peace");
    let terminal = render(&mut app);
    let buffer = terminal.backend().buffer();
    // Word for word on one line, each in its column.
    let (left, y) = find(buffer, "Asked whether peace was closer");
    let right = find_in(
        buffer,
        Rect::new(left + 10, y, 140 - left - 10, 1),
        "Asked whether peace was closer",
    );
    assert!(right.is_some(), "{}", row(buffer, y));
    // 004's "Key players" sidebar: its own rows, the left column blank beside them.
    let (x, y) = find(buffer, "Steve Witkoff (United States):");
    assert!(x > 70, "in the right column");
    let before: String = row(buffer, y).chars().take(x as usize).collect();
    assert!(before.chars().all(|c| c == ' ' || c == '│'), "{before}");
    insta::assert_snapshot!(terminal.backend());
}

#[test]
fn stacked_at_80x24_004_s_sidebar_stands_against_a_blank() {
    let mut app = app_with(Theme::color(), 80, 24);
    compare_000_with_004(&mut app);
    scroll_to_row(&mut app, None, "Steve Witkoff (United States):");
    let terminal = render(&mut app);
    let buffer = terminal.backend().buffer();
    let (_, y) = find(buffer, "▶ Steve Witkoff (United States):");
    assert!(row(buffer, y - 1).starts_with("│◀ —"), "{}", row(buffer, y - 1));
    insta::assert_snapshot!(terminal.backend());
}

#[test]
fn comparison_of_000_and_004_80x24() {
    let mut app = app_with(Theme::color(), 80, 24);
    compare_000_with_004(&mut app);
    insta::assert_snapshot!(render(&mut app).backend());
}

#[test]
fn quotes_tab_counts_outlets_and_r_lists_every_rendering_140x40() {
    let mut app = app_with(Theme::color(), 140, 40);
    // The quotes tab: Ushakov's "useful" remark is the second quote of 000.
    for key in [KeyCode::Tab, KeyCode::Tab, KeyCode::Char('j')] {
        app.handle_key(KeyEvent::new(key, KeyModifiers::NONE));
    }
    let terminal = render(&mut app);
    let (x, y) = find(terminal.backend().buffer(), "4 outlets");
    assert!(x > 100, "in the side panel");
    assert!(row(terminal.backend().buffer(), y).contains("Yuri Ushakov"));
    press(&mut app, 'r');
    let terminal = render(&mut app);
    let buffer = terminal.backend().buffer();
    // 001's wording against the fullest (000's): "rather" dropped, "very" added, marked by
    // more than colour.
    let (x, y) = find(buffer, "rather very useful and substantive");
    assert!(
        buffer[(x, y)].modifier.contains(Modifier::CROSSED_OUT),
        "rather: dropped"
    );
    let very = x + "rather ".len() as u16;
    assert!(
        buffer[(very, y)]
            .modifier
            .contains(Modifier::UNDERLINED | Modifier::BOLD),
        "very: added"
    );
    assert!(
        !buffer[(very + 5, y)].modifier.contains(Modifier::CROSSED_OUT),
        "useful: both"
    );
    find(buffer, "⚠ speakers differ: Yuri Ushakov · Vladimir Putin");
    insta::assert_snapshot!(terminal.backend());
}

#[test]
fn the_comparison_marks_differences_without_colour() {
    let mut app = app_with(Theme::monochrome(), 140, 40);
    compare_000_with_004(&mut app);
    let terminal = render(&mut app);
    let buffer = terminal.backend().buffer();
    // 000's "Both sides agreed …" against 004's "The Russian and American sides agreed Tuesday …".
    let (x, y) = find(buffer, "Both sides agreed");
    assert!(
        buffer[(x, y)].modifier.contains(Modifier::CROSSED_OUT),
        "Both: left only"
    );
    let (x, y) = find(buffer, "Russian and American");
    assert!(
        buffer[(x, y)]
            .modifier
            .contains(Modifier::UNDERLINED | Modifier::BOLD),
        "right only"
    );
    let (x, y) = find(buffer, "sides agreed Tuesday");
    assert!(buffer[(x, y)].modifier.is_empty(), "both have it");
    for y in 0..buffer.area.height {
        for x in 0..buffer.area.width {
            assert_eq!(buffer[(x, y)].fg, Color::Reset, "no colour at {x},{y}");
        }
    }
}

#[test]
fn a_comparison_still_being_worked_out_says_so() {
    let mut app = app_with(Theme::color(), 80, 24);
    app.open_compare(0, 4);
    let terminal = render(&mut app);
    find(terminal.backend().buffer(), "comparing…");
    app.settle_comparison();
    let terminal = render(&mut app);
    find(terminal.backend().buffer(), "shared (");
}

#[test]
fn the_picker_lists_the_other_articles_80x24() {
    let mut app = app_with(Theme::color(), 80, 24);
    press(&mut app, 'c');
    for c in "ukr".chars() {
        press(&mut app, c);
    }
    let terminal = render(&mut app);
    let buffer = terminal.backend().buffer();
    find(buffer, "Compare Associated Press: US-Russia… with…");
    find(buffer, "› ukr");
    insta::assert_snapshot!(terminal.backend());
}

/// Opens the story view and waits for its grid.
fn story_view(app: &mut App) {
    press(app, 's');
    app.settle_story();
}

#[test]
fn the_story_view_of_the_bundled_story_80x24() {
    let mut app = app_with(Theme::color(), 80, 24);
    story_view(&mut app);
    insta::assert_snapshot!(render(&mut app).backend());
}

#[test]
fn the_story_view_of_the_bundled_story_140x40() {
    let mut app = app_with(Theme::color(), 140, 40);
    story_view(&mut app);
    insta::assert_snapshot!(render(&mut app).backend());
}

#[test]
fn the_story_view_s_remarks_80x24() {
    let mut app = app_with(Theme::color(), 80, 24);
    story_view(&mut app);
    press(&mut app, 't');
    insta::assert_snapshot!(render(&mut app).backend());
}

#[test]
fn the_story_view_s_passages_of_one_outlet_140x40() {
    let mut app = app_with(Theme::color(), 140, 40);
    story_view(&mut app);
    press(&mut app, 't');
    press(&mut app, 't');
    insta::assert_snapshot!(render(&mut app).backend());
}

#[test]
fn a_story_view_still_being_worked_out_says_so() {
    let mut app = app_with(Theme::color(), 80, 24);
    press(&mut app, 's');
    let terminal = render(&mut app);
    let buffer = terminal.backend().buffer();
    find(buffer, "working…");
    find(buffer, " Story across 5 articles ");
    app.settle_story();
    let terminal = render(&mut app);
    assert!(
        find_in(
            terminal.backend().buffer(),
            terminal.backend().buffer().area,
            "working…"
        )
        .is_none()
    );
}

#[test]
fn the_story_view_marks_a_remark_one_outlet_alone_carries_and_the_selection_without_colour() {
    let mut app = app_with(Theme::monochrome(), 140, 40);
    story_view(&mut app);
    press(&mut app, 't');
    let terminal = render(&mut app);
    let buffer = terminal.backend().buffer();
    // The first remark is selected: reversed, as every list's selection.
    let (x, y) = find(buffer, "⚠ Yuri Ushakov");
    assert!(buffer[(x, y)].modifier.contains(Modifier::REVERSED));
    // A remark one outlet alone carries: `only`, bold and underlined, and so is its cell.
    let (x, y) = find(buffer, "only ");
    let only = buffer[(x, y)].modifier;
    assert!(only.contains(Modifier::BOLD | Modifier::UNDERLINED), "{only:?}");
    let cell = (x + 4..buffer.area.width)
        .find(|&cx| buffer[(cx, y)].symbol() == "1")
        .expect("the outlet's cell");
    assert!(buffer[(cell, y)].modifier.contains(Modifier::UNDERLINED));
    assert_eq!(buffer[(cell, y)].fg, Color::Reset, "no colour");
}

#[test]
fn the_story_view_of_a_larger_story_says_which_articles_it_covers() {
    use parallax::tui::app::story::STORY_ARTICLES;
    let n = STORY_ARTICLES + 6;
    let articles = (0..n)
        .map(|i| {
            let text = format!("Ferry {i} sails\n\nThe ferry number {i} sailed, Ana Keel said.");
            parallax::corpus::ingest::parse(&text, &format!("{i:03}.txt"), "test")
        })
        .collect();
    let library = Library::of(parallax::corpus::Corpus::of(articles));
    let mut app = App::new(
        library,
        Keymap::default_keymap(),
        Theme::color(),
        Size::new(80, 24),
    );
    story_view(&mut app);
    let terminal = render(&mut app);
    let buffer = terminal.backend().buffer();
    find(
        buffer,
        &format!(" Story: the first {STORY_ARTICLES} of {n} articles "),
    );
    // The outlet columns do not all fit: a mark in their header says more follow on the right.
    assert_eq!(find(buffer, "▸").1, app.panes().story_inner().header.y);
}
