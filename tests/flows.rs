//! Key sequences driven on the app state, with no terminal.

use parallax::library::Library;
use parallax::search::Query;
use parallax::tui::app::story::{Sort, StoryTab, columns};
use parallax::tui::app::{App, Scope};
use parallax::tui::keymap::{Keymap, Mode};
use parallax::tui::layout::Pane;
use parallax::tui::theme::Theme;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use ratatui::layout::Size;

fn app(width: u16, height: u16) -> App {
    App::new(
        Library::bundled(),
        Keymap::default_keymap(),
        Theme::color(),
        Size::new(width, height),
    )
}

fn key(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}

/// Presses keys written as in the keymap, separated by spaces: "j j tab ctrl-d".
fn press(app: &mut App, keys: &str) {
    for k in keys.split_whitespace() {
        let event = match k {
            "tab" => key(KeyCode::Tab),
            "backtab" => KeyEvent::new(KeyCode::BackTab, KeyModifiers::SHIFT),
            "enter" => key(KeyCode::Enter),
            "esc" => key(KeyCode::Esc),
            "space" => key(KeyCode::Char(' ')),
            "pgdn" => key(KeyCode::PageDown),
            "pgup" => key(KeyCode::PageUp),
            "home" => key(KeyCode::Home),
            "end" => key(KeyCode::End),
            "down" => key(KeyCode::Down),
            "up" => key(KeyCode::Up),
            "left" => key(KeyCode::Left),
            "right" => key(KeyCode::Right),
            "ctrl-d" => KeyEvent::new(KeyCode::Char('d'), KeyModifiers::CONTROL),
            "ctrl-u" => KeyEvent::new(KeyCode::Char('u'), KeyModifiers::CONTROL),
            "ctrl-c" => KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL),
            "G" => KeyEvent::new(KeyCode::Char('G'), KeyModifiers::SHIFT),
            c if c.chars().count() == 1 => key(KeyCode::Char(c.chars().next().unwrap())),
            other => panic!("unknown key {other}"),
        };
        app.handle_key(event);
    }
}

/// The text of the reading pane's top line.
fn top_text(app: &App) -> String {
    let text = app.view().text().unwrap();
    let line = &text.lines[app.view().top_line()];
    text.text(line).to_string()
}

#[test]
fn list_keys_move_the_selection_and_the_reader_follows() {
    let mut app = app(140, 40);
    assert_eq!(app.focus, Pane::List);
    press(&mut app, "j j");
    assert_eq!(app.selected(), 2);
    assert_eq!(
        app.view().text().unwrap().blocks[0].text,
        app.library.corpus.articles[2].title.value
    );
    press(&mut app, "k down");
    assert_eq!(app.selected(), 2);
    press(&mut app, "G");
    assert_eq!(app.selected(), 4);
    press(&mut app, "j j");
    assert_eq!(app.selected(), 4, "the selection stops at the last article");
    press(&mut app, "g");
    assert_eq!(app.selected(), 0);
    press(&mut app, "k");
    assert_eq!(app.selected(), 0, "the selection stops at the first article");
    press(&mut app, "end");
    assert_eq!(app.selected(), 4);
    press(&mut app, "home");
    assert_eq!(app.selected(), 0);
}

#[test]
fn tab_cycles_the_visible_panes_and_h_l_move_without_wrapping() {
    let mut app = app(140, 40);
    press(&mut app, "tab");
    assert_eq!(app.focus, Pane::Reader);
    press(&mut app, "tab");
    assert_eq!(app.focus, Pane::Side);
    press(&mut app, "tab");
    assert_eq!(app.focus, Pane::List);
    press(&mut app, "backtab");
    assert_eq!(app.focus, Pane::Side);
    press(&mut app, "l");
    assert_eq!(app.focus, Pane::Side);
    press(&mut app, "h h h");
    assert_eq!(app.focus, Pane::List);
    press(&mut app, "right");
    assert_eq!(app.focus, Pane::Reader);

    // At 80 columns two panes show at a time, and focus reaches the third by showing it.
    let mut narrow = self::app(80, 24);
    press(&mut narrow, "tab");
    assert_eq!(narrow.focus, Pane::Reader);
    press(&mut narrow, "tab");
    assert_eq!(narrow.focus, Pane::Side);
    assert_eq!(narrow.panes().visible(), [Pane::Reader, Pane::Side]);
    press(&mut narrow, "tab");
    assert_eq!(narrow.focus, Pane::List);
    assert_eq!(narrow.panes().visible(), [Pane::List, Pane::Reader]);
}

#[test]
fn every_pane_is_reachable_when_narrow() {
    let mut app = app(80, 24);
    press(&mut app, "l l");
    assert_eq!(app.focus, Pane::Side, "l goes on to the side panel, which shows");
    assert_eq!(app.panes().visible(), [Pane::Reader, Pane::Side]);
    press(&mut app, "h h");
    assert_eq!(
        app.focus,
        Pane::List,
        "h goes back to the list, which shows again"
    );
    assert_eq!(app.panes().visible(), [Pane::List, Pane::Reader]);
    // With the side panel shown by p, h and backtab still reach the list.
    press(&mut app, "p");
    assert_eq!(app.panes().visible(), [Pane::Reader, Pane::Side]);
    press(&mut app, "h");
    assert_eq!(app.focus, Pane::List);
    press(&mut app, "p backtab");
    assert_eq!(app.focus, Pane::List);
    assert_eq!(app.panes().visible(), [Pane::List, Pane::Reader]);
    // Going back to the list at 80 columns does not hide the panel for good: wide, it shows.
    app.handle_event(&Event::Resize(140, 40));
    assert_eq!(app.panes().visible(), [Pane::List, Pane::Reader, Pane::Side]);
}

#[test]
fn t_and_o_show_a_hidden_side_panel_before_changing_it() {
    use parallax::tui::side::{QuoteOrder, Tab};
    let mut app = app(80, 24);
    assert!(app.panes().side.is_none());
    press(&mut app, "t");
    assert!(app.panes().side.is_some(), "t shows the panel");
    assert_eq!(app.side.tab, Tab::Quotes, "and does not turn a page nobody saw");
    press(&mut app, "t");
    assert_eq!(app.side.tab, Tab::Actors);
    press(&mut app, "p o");
    assert!(app.panes().side.is_some(), "o shows the panel");
    assert_eq!((app.side.tab, app.side.order), (Tab::Quotes, QuoteOrder::Reading));
    press(&mut app, "o");
    assert_eq!(app.side.order, QuoteOrder::BySpeaker);
    press(&mut app, "z t");
    assert!(
        !app.zoom && app.panes().side.is_some(),
        "t leaves zoom to show the panel"
    );
    assert_eq!(app.side.tab, Tab::Quotes);
    // Wide, with the panel hidden by p.
    let mut wide = self::app(140, 40);
    press(&mut wide, "p t");
    assert!(wide.panes().side.is_some());
    assert_eq!(wide.side.tab, Tab::Quotes);
    press(&mut wide, "p l l");
    assert_eq!(wide.focus, Pane::Side);
}

#[test]
fn enter_opens_the_article_and_marks_it_read() {
    let mut app = app(80, 24);
    press(&mut app, "j");
    assert!(!app.library.state(1).read);
    press(&mut app, "enter");
    assert_eq!(app.focus, Pane::Reader);
    assert!(app.library.state(1).read);
    assert!(!app.library.state(0).read);
}

#[test]
fn reader_scrolls_by_line_page_and_half_page_and_stops_at_the_ends() {
    let mut app = app(80, 24);
    press(&mut app, "enter");
    let height = app.view().height();
    assert_eq!(app.view().top_line(), 0);
    press(&mut app, "j j j");
    assert_eq!(app.view().top_line(), 3);
    press(&mut app, "k");
    assert_eq!(app.view().top_line(), 2);
    press(&mut app, "pgdn");
    assert_eq!(app.view().top_line(), 2 + height - 1);
    press(&mut app, "pgup");
    assert_eq!(app.view().top_line(), 2);
    press(&mut app, "space");
    assert_eq!(app.view().top_line(), 2 + height - 1);
    press(&mut app, "ctrl-u");
    assert_eq!(app.view().top_line(), 2 + height - 1 - height / 2);
    press(&mut app, "ctrl-d");
    assert_eq!(app.view().top_line(), 2 + height - 1);
    press(&mut app, "G");
    let max_top = app.view().text().unwrap().max_top(height);
    assert!(max_top > 0, "the first seed is longer than one screen");
    assert_eq!(app.view().top_line(), max_top);
    press(&mut app, "j j");
    assert_eq!(app.view().top_line(), max_top, "no scrolling past the end");
    press(&mut app, "g");
    assert_eq!(app.view().top_line(), 0);
    press(&mut app, "k");
    assert_eq!(app.view().top_line(), 0);
}

#[test]
fn each_article_keeps_its_scroll_position() {
    let mut app = app(140, 40);
    press(&mut app, "enter j j j j j");
    let first = top_text(&app);
    assert_eq!(app.view().top_line(), 5);
    press(&mut app, "h j");
    assert_eq!(app.selected(), 1);
    assert_eq!(app.view().top_line(), 0, "a new article opens at its top");
    press(&mut app, "l j j j j j j j");
    let second = top_text(&app);
    press(&mut app, "h k");
    assert_eq!(app.selected(), 0);
    assert_eq!(app.view().top_line(), 5);
    assert_eq!(top_text(&app), first);
    press(&mut app, "j");
    assert_eq!(app.view().top_line(), 7);
    assert_eq!(top_text(&app), second);
    // A place is kept in the text (paragraph, offset): above the first paragraph (headline,
    // byline) it is the top.
    press(&mut app, "l k k k k k k");
    press(&mut app, "h k j");
    assert_eq!(app.view().top_line(), 0);
}

#[test]
fn an_article_reopens_at_its_place_in_the_text_at_another_width() {
    let mut app = app(140, 40);
    press(&mut app, "enter j j j j j j j j j");
    let place = app.library.state(0).position.expect("a place in the text");
    press(&mut app, "h j");
    app.handle_event(&ratatui::crossterm::event::Event::Resize(100, 30));
    press(&mut app, "k");
    assert_eq!(app.selected(), 0);
    // Rewrapped at another width, the top line is the one holding that place.
    let text = app.view().text().unwrap();
    let line = text.lines[app.view().top_line()];
    let block = &text.blocks[line.block];
    assert_eq!(
        block.source,
        Some(parallax::extract::Source::Paragraph(place.paragraph))
    );
    let start = block.text[..line.start].chars().count();
    let end = block.text[..line.end].chars().count();
    assert!(
        (start..=end).contains(&place.offset),
        "{place:?} in {start}..{end}"
    );
}

#[test]
fn resizing_keeps_the_same_top_line_of_text() {
    let mut app = app(140, 40);
    press(&mut app, "enter");
    for _ in 0..12 {
        press(&mut app, "j");
    }
    while top_text(&app).is_empty() {
        press(&mut app, "j");
    }
    let text = app.view().text().unwrap();
    let line = text.lines[app.view().top_line()];
    let before = text.text(&line).to_string();
    assert!(!before.is_empty());
    for (w, h) in [(80, 24), (100, 30), (61, 20), (140, 40)] {
        app.handle_event(&Event::Resize(w, h));
        let text = app.view().text().unwrap();
        let now = text.lines[app.view().top_line()];
        // The same paragraph, and the line holding the same first word.
        assert_eq!(now.block, line.block, "at {w}x{h}");
        assert!(
            now.start <= line.start && line.start < now.end.max(now.start + 1),
            "at {w}x{h}"
        );
    }
    assert_eq!(
        top_text(&app),
        before,
        "back at the first size, the very same line"
    );
}

#[test]
fn zoom_shows_the_reader_alone_and_esc_leaves_it() {
    let mut app = app(140, 40);
    press(&mut app, "z");
    assert!(app.zoom);
    assert_eq!(app.panes().visible(), [Pane::Reader]);
    assert_eq!(app.focus, Pane::Reader);
    press(&mut app, "esc");
    assert!(!app.zoom);
    assert_eq!(app.panes().visible(), [Pane::List, Pane::Reader, Pane::Side]);
    press(&mut app, "z z");
    assert!(!app.zoom);
}

#[test]
fn help_opens_scrolls_and_closes_without_quitting() {
    let mut app = app(80, 24);
    press(&mut app, "?");
    assert_eq!(app.help(), Some(0));
    press(&mut app, "j");
    assert_eq!(app.selected(), 0, "keys go to the overlay while it is open");
    press(&mut app, "q");
    assert_eq!(app.help(), None);
    assert!(!app.quit, "q closes the overlay first");
    press(&mut app, "? esc");
    assert_eq!(app.help(), None);
    press(&mut app, "? ?");
    assert_eq!(app.help(), None);
    press(&mut app, "q");
    assert!(app.quit);
}

#[test]
fn help_scrolls_when_the_terminal_is_short() {
    let mut app = app(80, 12);
    press(&mut app, "?");
    press(&mut app, "G");
    let offset = app.help().unwrap();
    assert!(offset > 0);
    assert_eq!(offset, app.help_lines() - app.help_height());
    press(&mut app, "j");
    assert_eq!(app.help(), Some(offset), "no scrolling past the last key");
}

#[test]
fn ctrl_c_quits() {
    let mut app = app(80, 24);
    press(&mut app, "ctrl-c");
    assert!(app.quit);
}

#[test]
fn the_side_panel_is_a_toggle_when_narrow() {
    let mut app = app(80, 24);
    assert_eq!(app.panes().visible(), [Pane::List, Pane::Reader]);
    press(&mut app, "p");
    assert_eq!(app.panes().visible(), [Pane::Reader, Pane::Side]);
    assert_eq!(
        app.focus,
        Pane::Reader,
        "the hidden list gives its focus to the reader"
    );
    press(&mut app, "p");
    assert_eq!(app.panes().visible(), [Pane::List, Pane::Reader]);

    let mut wide = self::app(140, 40);
    press(&mut wide, "tab tab");
    assert_eq!(wide.focus, Pane::Side);
    press(&mut wide, "p");
    assert_eq!(wide.panes().visible(), [Pane::List, Pane::Reader]);
    assert_eq!(wide.focus, Pane::Reader);
}

#[test]
fn a_resize_that_hides_the_focused_pane_moves_focus_to_the_reader() {
    let mut app = app(140, 40);
    press(&mut app, "tab tab");
    assert_eq!(app.focus, Pane::Side);
    app.handle_event(&Event::Resize(80, 24));
    assert_eq!(app.focus, Pane::Reader);
}

#[test]
fn idle_and_unbound_input_does_not_ask_for_a_redraw() {
    let mut app = app(80, 24);
    app.dirty = false;
    press(&mut app, "x");
    assert!(!app.dirty, "an unbound key changes nothing");
    app.handle_key(KeyEvent {
        kind: KeyEventKind::Release,
        ..key(KeyCode::Char('j'))
    });
    assert!(!app.dirty, "key releases are ignored");
    assert_eq!(app.selected(), 0);
    app.handle_event(&Event::Resize(80, 24));
    assert!(!app.dirty, "a resize to the same size changes nothing");
    app.handle_event(&Event::FocusGained);
    assert!(!app.dirty);
    press(&mut app, "j");
    assert!(app.dirty);
}

#[test]
fn an_empty_story_takes_every_key_without_panicking() {
    let mut app = App::new(
        Library::default(),
        Keymap::default_keymap(),
        Theme::color(),
        Size::new(80, 24),
    );
    press(
        &mut app,
        "j k G g enter tab tab space pgdn ctrl-d z p ? j esc h l",
    );
    assert!(app.view().text().is_none());
}

#[test]
fn a_tiny_terminal_takes_every_key_without_panicking() {
    for (w, h) in [(1, 1), (10, 3), (20, 5)] {
        let mut app = app(w, h);
        press(&mut app, "j enter j G g pgdn tab z p ? j esc");
        press(&mut app, "o t l l G o j j h h t t tab tab");
    }
}

#[test]
fn t_cycles_the_side_panel_tabs_and_resets_its_selection() {
    use parallax::tui::side::Tab;
    let mut app = app(140, 40);
    assert_eq!(app.side.tab, Tab::Quotes);
    press(&mut app, "tab tab j j");
    assert_eq!(app.side.cursor.selected, 2);
    press(&mut app, "t");
    assert_eq!(app.side.tab, Tab::Actors);
    assert_eq!(app.side.cursor.selected, 0);
    press(&mut app, "t t");
    assert_eq!(app.side.tab, Tab::Quotes);
}

#[test]
fn enter_on_a_quote_scrolls_the_reader_to_it_and_highlights_it() {
    let mut app = app(140, 40);
    press(&mut app, "tab tab G");
    let rows = app.quote_rows();
    let last = *rows.last().unwrap();
    assert_eq!(app.side.cursor.selected, rows.len() - 1);
    press(&mut app, "enter");
    assert_eq!(app.view().current_quote, Some(last));
    // The quote's words are on screen.
    let (_, quote) = app.library.quote(0, last).unwrap();
    let text = app.view().text().unwrap();
    let top = app.view().top_line();
    let shown: String = text.lines[top..(top + app.view().height()).min(text.lines.len())]
        .iter()
        .map(|l| text.text(l))
        .collect::<Vec<_>>()
        .join(" ");
    let words: String = quote.split_whitespace().take(3).collect::<Vec<_>>().join(" ");
    assert!(shown.contains(&words), "{words:?} not in {shown:?}");
    assert!(top > 0, "the last quote is below the first screen");
    press(&mut app, "esc");
    assert_eq!(app.view().current_quote, None, "esc clears the highlight");
}

#[test]
fn o_groups_quotes_by_speaker() {
    use parallax::tui::side::QuoteOrder;
    let mut app = app(140, 40);
    press(&mut app, "o");
    assert_eq!(app.side.order, QuoteOrder::BySpeaker);
    let rows = app.quote_rows();
    let mut sorted = rows.clone();
    sorted.sort();
    assert_eq!(sorted, (0..rows.len()).collect::<Vec<_>>(), "every quote once");
    press(&mut app, "o");
    assert_eq!(app.side.order, QuoteOrder::Reading);
}

#[test]
fn enter_on_an_actor_lists_their_quotes_across_articles_and_jumps_to_one() {
    let mut app = app(140, 40);
    press(&mut app, "tab tab t");
    // The most quoted actor of the first article comes first.
    let actor = app.actor_rows()[0];
    let entity = app.library.story.articles[0].actors.actors[actor]
        .entity()
        .to_string();
    press(&mut app, "enter");
    let view = app.actor_view().cloned().expect("the actor overlay is open");
    let articles: std::collections::BTreeSet<usize> = view.quotes.iter().map(|&(a, _)| a).collect();
    assert!(articles.len() > 1, "quoted in several outlets: {articles:?}");
    for &(a, q) in &view.quotes {
        let e = &app.library.story.articles[a];
        let speaker = e.quotes[q].actor().unwrap();
        assert_eq!(e.actors.actors[speaker].entity(), entity);
    }
    // Go to the first quote in another article.
    let target = view.quotes.iter().position(|&(a, _)| a != 0).unwrap();
    for _ in 0..target {
        press(&mut app, "j");
    }
    press(&mut app, "enter");
    assert!(app.actor_view().is_none());
    let (a, q) = view.quotes[target];
    assert_eq!(app.selected(), a);
    assert_eq!(app.view().current_quote, Some(q));
    assert_eq!(app.focus, Pane::Reader);
    assert!(app.library.state(a).read);
}

#[test]
fn esc_closes_the_actor_overlay_without_moving() {
    let mut app = app(140, 40);
    press(&mut app, "tab tab t enter");
    assert!(app.actor_view().is_some());
    press(&mut app, "j esc");
    assert!(app.actor_view().is_none());
    assert_eq!(app.selected(), 0);
}

#[test]
fn modes_stack_and_each_closes_back_to_the_one_below() {
    let mut app = app(140, 40);
    assert_eq!(app.mode(), Mode::Normal);
    press(&mut app, "tab tab t enter");
    assert_eq!(app.mode(), Mode::Actor);
    press(&mut app, "j");
    let cursor = app.actor_view().unwrap().cursor;
    // Help opens over the actor view, takes the keys, and closes back to it untouched.
    press(&mut app, "?");
    assert_eq!((app.mode(), app.help()), (Mode::Help, Some(0)));
    press(&mut app, "j q");
    assert_eq!(app.mode(), Mode::Actor, "q closes help, not the reader");
    assert_eq!(app.actor_view().unwrap().cursor, cursor);
    assert!(!app.quit);
    press(&mut app, "q");
    assert_eq!(app.mode(), Mode::Normal);
    assert!(!app.quit);
    // A filter is a mode while it is typed: q is text there, enter leaves the filter on.
    press(&mut app, "h h f");
    assert_eq!(app.mode(), Mode::Filter);
    press(&mut app, "q");
    assert_eq!(app.typing_filter().map(|f| f.input.as_str()), Some("q"));
    press(&mut app, "enter");
    assert_eq!(app.mode(), Mode::Normal);
    assert!(app.filter(parallax::tui::app::List::Articles).is_some());
    assert!(app.layers().is_empty());
}

#[test]
fn a_filter_takes_its_keys_from_its_own_section() {
    let (keymap, warnings) = Keymap::with_user("[filter]\nback = [\"ctrl-x\"]\n", "keymap.toml");
    assert!(warnings.is_empty(), "{warnings:?}");
    let mut app = App::new(Library::bundled(), keymap, Theme::color(), Size::new(140, 40));
    press(&mut app, "f esc");
    assert!(
        app.typing_filter().is_some(),
        "esc is no longer the filter's back"
    );
    app.handle_key(KeyEvent::new(KeyCode::Char('x'), KeyModifiers::CONTROL));
    assert!(app.typing_filter().is_none());
    assert!(
        app.filter(parallax::tui::app::List::Articles).is_none(),
        "back drops it"
    );
    press(&mut app, "/ esc");
    assert!(app.prompt().is_none(), "the prompt keeps its own esc");
}

/// Types `text` into the open prompt and waits for the search worker to answer.
fn type_query(app: &mut App, text: &str) {
    for c in text.chars() {
        app.handle_key(key(KeyCode::Char(c)));
    }
    app.settle();
}

fn ctrl(c: char) -> KeyEvent {
    KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL)
}

#[test]
fn slash_ushak_enter_lands_on_ushakov_with_the_match_highlighted() {
    let mut app = app(140, 40);
    press(&mut app, "j j tab ctrl-d backtab");
    let before = (app.selected(), app.view().top_line(), app.focus);
    press(&mut app, "/");
    type_query(&mut app, "ushak");
    let prompt = app.prompt().expect("the prompt is open");
    assert!(!prompt.hits.is_empty());
    press(&mut app, "enter");
    assert!(app.prompt().is_none());
    match app.actor_view() {
        Some(view) => {
            assert_eq!(view.name, "Yuri Ushakov");
            assert!(!view.quotes.is_empty());
        }
        None => {
            let quote = app.view().current_quote.expect("on a quote");
            let q = &app.library.story.articles[app.selected()].quotes[quote];
            assert_eq!(q.speaker.as_deref(), Some("Yuri Ushakov"));
        }
    }
    assert_eq!(app.trail.as_ref().map(|t| t.query.raw.as_str()), Some("ushak"));
    // From the actor view, Esc goes back to the view the search started from.
    if app.actor_view().is_some() {
        press(&mut app, "esc");
        assert!(app.actor_view().is_none());
        assert_eq!((app.selected(), app.view().top_line(), app.focus), before);
    }
}

#[test]
fn typed_keys_go_to_the_query_and_chords_move_the_selection() {
    let mut app = app(140, 40);
    press(&mut app, "/");
    type_query(&mut app, "jk q");
    assert_eq!(app.prompt().unwrap().input, "jk q");
    assert!(!app.quit, "q is text in the prompt");
    for k in [
        KeyCode::Backspace,
        KeyCode::Backspace,
        KeyCode::Backspace,
        KeyCode::Backspace,
    ] {
        app.handle_key(key(k));
    }
    type_query(&mut app, "talks");
    assert!(app.prompt().unwrap().hits.len() > 3);
    let selected = |app: &App| app.prompt().unwrap().cursor.selected;
    app.handle_key(ctrl('j'));
    assert_eq!(selected(&app), 1);
    app.handle_key(ctrl('n'));
    app.handle_key(key(KeyCode::Down));
    assert_eq!(selected(&app), 3);
    app.handle_key(ctrl('k'));
    app.handle_key(ctrl('p'));
    app.handle_key(key(KeyCode::Up));
    assert_eq!(selected(&app), 0);
    app.handle_key(ctrl('w'));
    app.settle();
    assert_eq!(app.prompt().unwrap().input, "");
}

#[test]
fn esc_returns_to_exactly_where_the_reader_was() {
    let mut app = app(140, 40);
    press(&mut app, "j j tab ctrl-d");
    let before = (
        app.selected(),
        app.view().top_line(),
        app.focus,
        app.view().current_quote,
    );
    press(&mut app, "l /");
    type_query(&mut app, "zelensky");
    press(&mut app, "ctrl-d esc");
    // The side panel was focused: `/` searched the story, and Esc changed nothing.
    press(&mut app, "h");
    assert_eq!(
        (
            app.selected(),
            app.view().top_line(),
            app.focus,
            app.view().current_quote
        ),
        before
    );
    assert!(app.prompt().is_none());
}

#[test]
fn a_quote_hit_opens_its_article_scrolled_to_it_and_highlighted() {
    let mut app = app(140, 40);
    press(&mut app, "/");
    type_query(&mut app, "is:quote 'compromise");
    let prompt = app.prompt().unwrap();
    assert!(
        prompt
            .hits
            .iter()
            .all(|h| app.library.index.candidates[h.candidate as usize].kind()
                == parallax::search::Kind::Quote)
    );
    press(&mut app, "enter");
    assert_eq!(app.focus, Pane::Reader);
    let quote = app.view().current_quote.expect("on a quote");
    let (_, words) = app.library.quote(app.selected(), quote).unwrap();
    assert!(words.to_lowercase().contains("compromise"), "{words}");
    let found = &app.view().found;
    assert!(!found.is_empty());
    let text = app.view().text().unwrap();
    let (block, range) = &found[0];
    assert_eq!(
        text.blocks[*block].text[range.clone()].to_lowercase(),
        "compromise"
    );
    // The quote is on screen.
    let line = text
        .lines
        .iter()
        .position(|l| l.block == *block && l.end >= range.end)
        .unwrap();
    assert!((app.view().top_line()..app.view().top_line() + app.view().height()).contains(&line));
}

#[test]
fn n_and_shift_n_step_through_the_other_hits() {
    let mut app = app(140, 40);
    press(&mut app, "/");
    type_query(&mut app, "is:text 'kremlin");
    let total = app.prompt().unwrap().hits.len();
    assert!(total >= 3, "{total}");
    press(&mut app, "enter");
    assert_eq!(app.trail.as_ref().unwrap().at, Some(0));
    let first = (app.selected(), app.view().top_line());
    press(&mut app, "n");
    assert_eq!(app.trail.as_ref().unwrap().at, Some(1));
    assert_eq!(
        app.status.as_ref().unwrap().text,
        format!("hit 2/{total}: is:text 'kremlin")
    );
    press(&mut app, "N");
    assert_eq!(app.trail.as_ref().unwrap().at, Some(0));
    assert_eq!((app.selected(), app.view().top_line()), first);
    press(&mut app, "N");
    assert_eq!(
        app.trail.as_ref().unwrap().at,
        Some(total - 1),
        "N wraps to the last hit"
    );
    // Every hit shown in the reading pane is highlighted.
    assert!(app.view().found.iter().all(|(b, r)| {
        app.view().text().unwrap().blocks[*b].text[r.clone()].eq_ignore_ascii_case("kremlin")
    }));
}

#[test]
fn shift_f_finds_in_the_article_like_less() {
    let mut app = app(140, 40);
    press(&mut app, "tab");
    assert_eq!(app.focus, Pane::Reader);
    let start = app.view().top_line();
    press(&mut app, "F");
    type_query(&mut app, "ushakov");
    // As the user types, the text moves to the first hit and highlights every one.
    let trail = app.trail.clone().expect("hits");
    assert!(trail.hits.len() >= 3);
    assert!(app.view().top_line() > start);
    assert!(
        app.view()
            .found
            .iter()
            .all(|(b, r)| app.view().text().unwrap().blocks[*b].text[r.clone()] == *"Ushakov")
    );
    press(&mut app, "enter");
    let at_first = app.view().top_line();
    press(&mut app, "n");
    assert!(app.view().top_line() >= at_first);
    assert_eq!(app.trail.as_ref().unwrap().at, Some(1));
    // Esc on a new find puts the text and the previous hits back.
    let (top, trail) = (app.view().top_line(), app.trail.clone());
    press(&mut app, "F");
    type_query(&mut app, "peace");
    assert_ne!(app.trail, trail);
    press(&mut app, "esc");
    assert_eq!((app.view().top_line(), app.trail.clone()), (top, trail));
}

#[test]
fn a_find_with_no_hit_says_so_and_keeps_the_place() {
    let mut app = app(140, 40);
    press(&mut app, "tab ctrl-d");
    let top = app.view().top_line();
    press(&mut app, "F");
    type_query(&mut app, "xyzzyq");
    press(&mut app, "enter");
    assert_eq!(app.view().top_line(), top);
    assert_eq!(app.status.as_ref().unwrap().text, "not found: xyzzyq");
}

#[test]
fn f_filters_the_article_list_as_you_type_and_esc_clears_it() {
    let mut app = app(140, 40);
    press(&mut app, "f");
    for c in "putin 'hails".chars() {
        app.handle_key(key(KeyCode::Char(c)));
    }
    let rows = app.list.rows.to_vec();
    assert_eq!(rows.len(), 1);
    assert_eq!(app.selected(), rows[0], "the only row left is selected");
    assert!(
        app.library.corpus.articles[rows[0]]
            .title
            .value
            .starts_with("Putin Hails")
    );
    // Enter keeps the filter; keys act on the list again.
    press(&mut app, "enter");
    assert!(app.typing_filter().is_none());
    press(&mut app, "j");
    assert_eq!(app.selected(), rows[0], "one row: j stays");
    press(&mut app, "esc");
    assert_eq!(app.list.rows.len(), 5);
    assert_eq!(app.selected(), rows[0], "clearing keeps the selection");
}

#[test]
fn f_filters_the_side_panel_quotes_and_actors() {
    let mut app = app(140, 40);
    press(&mut app, "l l f");
    assert_eq!(app.focus, Pane::Side);
    let all = app.quote_rows().len();
    for c in "zelensky".chars() {
        app.handle_key(key(KeyCode::Char(c)));
    }
    let rows = app.quote_rows();
    assert!(!rows.is_empty() && rows.len() < all, "{} of {all}", rows.len());
    let extraction = app.extraction().unwrap();
    assert!(
        rows.iter()
            .all(|&q| extraction.quotes[q].speaker.as_deref() == Some("Volodymyr Zelenskyy"))
    );
    // Esc while typing drops the filter.
    press(&mut app, "esc");
    assert_eq!(app.quote_rows().len(), all);
    press(&mut app, "t f");
    for c in "org".chars() {
        app.handle_key(key(KeyCode::Char(c)));
    }
    app.handle_key(key(KeyCode::Backspace));
    app.handle_key(key(KeyCode::Backspace));
    app.handle_key(key(KeyCode::Backspace));
    for c in "kremlin".chars() {
        app.handle_key(key(KeyCode::Char(c)));
    }
    let actors = app.actor_rows();
    let extraction = app.extraction().unwrap();
    assert_eq!(actors.len(), 1);
    assert_eq!(extraction.actors.actors[actors[0]].name(), "Kremlin");
}

#[test]
fn f_on_the_reading_pane_says_what_it_filters() {
    let mut app = app(140, 40);
    press(&mut app, "tab f");
    assert!(app.typing_filter().is_none());
    let status = app.status.clone().unwrap();
    assert!(status.warning);
    assert!(status.text.starts_with("f filters a list"), "{}", status.text);
    // The message names the key the keymap gives.
    let (keymap, _) = Keymap::with_user("[normal]\nfilter = [\"F\"]\n", "keymap.toml");
    let mut app = App::new(Library::bundled(), keymap, Theme::color(), Size::new(140, 40));
    press(&mut app, "tab F");
    let status = app.status.clone().unwrap();
    assert!(status.text.starts_with("F filters a list"), "{}", status.text);
}

/// The article list's first shown row and the rows it has room for.
fn list_view(app: &App) -> (usize, usize) {
    (app.list.offset, app.list_capacity())
}

#[test]
fn the_article_list_shows_from_its_first_row_when_every_row_fits() {
    let mut app = app(140, 40);
    press(&mut app, "j j z z");
    let (offset, capacity) = list_view(&app);
    assert!(app.list.rows.len() <= capacity);
    assert_eq!(offset, 0, "all five articles fit: none is scrolled away");
    // Through resizes too: small enough to scroll, then large again.
    for (w, h) in [(140, 9), (80, 24), (140, 40), (120, 12), (140, 40)] {
        app.handle_event(&Event::Resize(w, h));
        let (offset, capacity) = list_view(&app);
        let rows = app.list.rows.len();
        let at = app.list.rows.iter().position(|&a| a == app.selected()).unwrap();
        assert!(
            (offset..offset + capacity).contains(&at),
            "selection hidden at {w}x{h}"
        );
        assert!(
            offset + capacity <= rows.max(capacity),
            "empty rows at the bottom at {w}x{h}"
        );
        if rows <= capacity {
            assert_eq!(offset, 0, "at {w}x{h}");
        }
    }
    press(&mut app, "G z esc");
    assert_eq!(list_view(&app).0, 0);
}

#[test]
fn keymap_problems_are_all_listed_and_stay_until_dismissed() {
    let user = "[normal]\nzoom = 3\nfly = [\"f\"]\ntop = [\"T\"]\n";
    let (keymap, problems) = Keymap::with_user(user, "keymap.toml");
    assert_eq!(problems.len(), 2, "{problems:?}");
    let mut app = App::new(Library::bundled(), keymap, Theme::color(), Size::new(80, 24));
    app.report(" Keymap ", problems.clone());
    press(&mut app, "j k x");
    let notice = app.notice().expect("still shown");
    assert_eq!(notice.problems, problems);
    assert_eq!(app.selected(), 0, "keys go to the notice while it is shown");
    press(&mut app, "esc");
    assert!(app.notice().is_none());
    press(&mut app, "j T");
    assert_eq!(
        app.selected(),
        0,
        "the good entry of the file applies: T goes to the top"
    );
    assert!(!app.quit);
}

#[test]
fn the_selected_quote_stays_on_screen_through_resizes_and_orders() {
    use parallax::tui::side::QuoteEntry;
    let mut app = app(140, 40);
    press(&mut app, "l l G");
    for (w, h, keys) in [(140, 12, ""), (140, 40, "o"), (120, 14, "k k"), (140, 40, "g o")] {
        app.handle_event(&Event::Resize(w, h));
        press(&mut app, keys);
        let entries = app.quote_entries();
        let (line, _) = entries
            .iter()
            .find(|(_, e)| matches!(e, QuoteEntry::Quote { row, .. } if *row == app.side.cursor.selected))
            .copied()
            .unwrap();
        let (offset, height) = (app.side.cursor.offset, app.side_height());
        assert!(
            offset <= line && line + 2 <= offset + height,
            "at {w}x{h} after {keys:?}"
        );
        let total = entries.last().map_or(0, |&(l, e)| l + e.height());
        assert!(
            offset + height <= total.max(height),
            "no empty rows below at {w}x{h}"
        );
    }
}

#[test]
fn slash_searches_the_story_from_every_pane_even_after_a_hit_moved_focus() {
    let mut app = app(140, 40);
    // Enter on a hit moves focus to the reading pane.
    press(&mut app, "/");
    type_query(&mut app, "is:text witkoff");
    press(&mut app, "enter");
    assert_eq!(app.focus, Pane::Reader);
    for pane in ["", "l", "h h"] {
        press(&mut app, pane);
        press(&mut app, "/");
        type_query(&mut app, "peskov");
        let prompt = app.prompt().expect("the prompt is open");
        assert_eq!(prompt.scope, Scope::Story, "from {:?}", app.focus);
        let everywhere = app
            .matcher
            .ranked(&app.library.index, &Query::parse("peskov"), None);
        assert_eq!(prompt.total(), everywhere.len());
        press(&mut app, "esc");
    }
}

#[test]
fn the_find_key_finds_in_the_article_and_ctrl_t_switches_scope_in_the_prompt() {
    let mut app = app(140, 40);
    press(&mut app, "F");
    assert_eq!(app.prompt().unwrap().scope, Scope::Article(0));
    type_query(&mut app, "ushakov");
    let found = app.prompt().unwrap().hits.len();
    assert!(found >= 3);
    app.handle_key(ctrl('t'));
    app.settle();
    let prompt = app.prompt().unwrap();
    assert_eq!((prompt.scope, prompt.input.as_str()), (Scope::Story, "ushakov"));
    assert!(prompt.total() > found, "the story holds more");
    app.handle_key(ctrl('t'));
    app.settle();
    assert_eq!(app.prompt().unwrap().scope, Scope::Article(0));
    assert_eq!(app.prompt().unwrap().hits.len(), found);
}

/// Types `text` into whatever takes typing (prompt, filter, picker).
fn type_text(app: &mut App, text: &str) {
    for c in text.chars() {
        app.handle_key(key(KeyCode::Char(c)));
    }
}

#[test]
fn c_picks_a_second_article_and_compares_the_two_then_esc_returns_to_the_reader() {
    let mut app = app(80, 24);
    press(&mut app, "tab j j j");
    let (top, focus) = (app.view().top_line(), app.focus);
    press(&mut app, "c");
    assert_eq!(app.mode(), Mode::Pick);
    let picker = app.picker().expect("the picker");
    assert_eq!(picker.rows, [1, 2, 3, 4], "every other article");
    type_text(&mut app, "feigning");
    assert_eq!(app.picker().map(|p| p.rows.clone()), Some(vec![4]));
    press(&mut app, "enter");
    assert_eq!(app.mode(), Mode::Compare, "open at once, while it compares");
    app.settle_comparison();
    let view = app.comparison().expect("the comparison");
    assert_eq!((view.left, view.right, view.top), (0, 4, 0));
    let comparison = view.comparison.as_ref().expect("compared");
    // The shared AP passage stands on one row, word for word.
    let shared = comparison
        .rows
        .iter()
        .find(|r| {
            r.left
                .as_ref()
                .is_some_and(|s| s.text.starts_with("Asked whether peace"))
        })
        .expect("the row of the shared passage");
    assert!(
        shared
            .right
            .as_ref()
            .is_some_and(|s| s.text.starts_with("Asked whether peace"))
    );
    // 004's "Key players" sidebar is its own: every sentence of it against a blank.
    let sidebar: Vec<&parallax::compare::Row> = comparison
        .rows
        .iter()
        .filter(|r| {
            r.right
                .as_ref()
                .is_some_and(|s| s.text.contains("(United States):"))
        })
        .collect();
    assert!(sidebar.len() >= 3, "{sidebar:?}");
    assert!(sidebar.iter().any(|r| r.left.is_none()));
    // Esc: back to the reader exactly where it was.
    press(&mut app, "esc");
    assert_eq!(app.mode(), Mode::Normal);
    assert_eq!(
        (app.selected(), app.view().top_line(), app.focus),
        (0, top, focus)
    );
}

#[test]
fn brackets_go_from_difference_to_difference_and_scrolling_moves_both_sides() {
    let mut app = app(140, 40);
    app.open_compare(0, 4);
    app.settle_comparison();
    let view = app.comparison().expect("the comparison");
    let differences = view.text.differences.clone();
    let line_of = |app: &App, d: usize| {
        let view = app.comparison().unwrap();
        view.text
            .line_of(differences[d])
            .min(view.text.max_top(app.compare_height()))
    };
    assert!(differences.len() > 5, "{differences:?}");
    // The first difference starts on the top line: `]` goes to the second.
    assert_eq!(differences[0], 0);
    press(&mut app, "]");
    assert_eq!(app.comparison().unwrap().top, line_of(&app, 1));
    assert_eq!(
        app.status.as_ref().map(|s| s.text.as_str()),
        Some(format!("difference 2/{}", differences.len()).as_str())
    );
    press(&mut app, "] ] [");
    assert_eq!(app.comparison().unwrap().top, line_of(&app, 2));
    assert_eq!(app.comparison().unwrap().current_row(), Some(differences[2]));
    // Scrolling by hand moves one top line for both sides and forgets the difference.
    press(&mut app, "j");
    let view = app.comparison().unwrap();
    assert_eq!((view.top, view.at), (line_of(&app, 2) + 1, None));
    // `[` from there goes to the difference above the top line.
    press(&mut app, "[");
    assert_eq!(app.comparison().unwrap().top, line_of(&app, 2));
    press(&mut app, "G");
    let view = app.comparison().unwrap();
    assert_eq!(view.top, view.text.max_top(app.compare_height()));
    press(&mut app, "g [");
    assert_eq!(app.comparison().unwrap().top, 0);
    assert!(
        app.status
            .as_ref()
            .is_some_and(|s| s.text.starts_with("no difference above"))
    );
    // Help opens over the comparison and closes back to it.
    press(&mut app, "? esc");
    assert_eq!(app.mode(), Mode::Compare);
    press(&mut app, "q");
    assert_eq!(
        app.mode(),
        Mode::Normal,
        "q leaves the comparison, not the reader"
    );
    assert!(!app.quit);
}

#[test]
fn the_comparison_stacks_when_narrow_and_keeps_its_top_row_across_a_resize() {
    let mut app = app(140, 40);
    app.open_compare(0, 4);
    app.settle_comparison();
    assert!(!app.comparison().unwrap().text.stacked);
    press(&mut app, "] ] ]");
    let view = app.comparison().unwrap();
    let row = view.text.row_at(view.top);
    app.resize(Size::new(80, 24));
    let view = app.comparison().unwrap();
    assert!(view.text.stacked);
    assert_eq!(view.text.row_at(view.top), row);
    assert_eq!(view.top, view.text.line_of(row));
}

#[test]
fn esc_in_the_picker_cancels_and_an_unmatched_query_picks_nothing() {
    let mut app = app(80, 24);
    press(&mut app, "c");
    type_text(&mut app, "zzzzqqq");
    assert_eq!(app.picker().map(|p| p.rows.len()), Some(0));
    press(&mut app, "enter");
    assert_eq!(app.mode(), Mode::Pick, "nothing to compare with");
    press(&mut app, "esc");
    assert_eq!(app.mode(), Mode::Normal);
    assert!(app.comparison().is_none());
}

#[test]
fn r_lists_every_rendering_of_a_remark_and_enter_jumps_to_one_in_its_article() {
    let mut app = app(140, 40);
    // 000's second quote: Ushakov's "rather useful, constructive, rather substantive".
    press(&mut app, "tab tab j");
    assert_eq!(app.quote_rows()[app.side.cursor.selected], 1);
    assert_eq!(
        app.remark_marks()[1],
        (4, true),
        "four outlets, one headline names Putin"
    );
    press(&mut app, "r");
    assert_eq!(app.mode(), Mode::Actor);
    let view = app.actor_view().expect("the renderings").clone();
    let remark = view.remark.clone().expect("a remark");
    assert_eq!(view.name, "rather useful, constructive, rather substantive");
    assert_eq!(view.quotes[remark.fullest], (0, 1));
    assert_eq!(
        view.quotes[view.cursor.selected],
        (0, 1),
        "the quote it was opened on"
    );
    let articles: std::collections::BTreeSet<usize> = view.quotes.iter().map(|q| q.0).collect();
    assert_eq!(articles.into_iter().collect::<Vec<_>>(), [0, 1, 2, 3]);
    let wordings: Vec<&str> = view
        .quotes
        .iter()
        .map(|&(a, q)| app.library.quote(a, q).unwrap().1)
        .collect();
    for wording in [
        "constructive, very useful and substantive",
        "useful, substantive",
        "useful and constructive",
    ] {
        assert!(wordings.contains(&wording), "{wording} in {wordings:?}");
    }
    let conflict = remark.conflict.expect("001's headline gives it to Putin");
    assert!(conflict.headline);
    assert_eq!(conflict.speakers, ["Yuri Ushakov", "Vladimir Putin"]);
    // Enter on 003's rendering: its article, the quote highlighted.
    let at = view.quotes.iter().position(|&(a, _)| a == 3).unwrap();
    press(&mut app, &"j ".repeat(at - view.cursor.selected));
    press(&mut app, "enter");
    assert_eq!(app.mode(), Mode::Normal);
    assert_eq!(app.selected(), 3);
    let quote = app.view().current_quote.expect("highlighted");
    assert_eq!(app.library.quote(3, quote).unwrap().1, "useful and constructive");
    assert_eq!(app.focus, Pane::Reader);
}

#[test]
fn r_without_a_quote_says_what_to_select() {
    let mut app = app(80, 24);
    press(&mut app, "r");
    assert_eq!(app.mode(), Mode::Normal);
    assert!(
        app.status
            .as_ref()
            .is_some_and(|s| s.warning && s.text.contains("select a quote"))
    );
}

#[test]
fn the_comparison_opens_at_once_and_takes_its_rows_in_when_the_worker_is_done() {
    let mut app = app(140, 40);
    app.open_compare(0, 4);
    // Until the loop takes the worker's rows in, the layer says it is comparing.
    assert_eq!(app.mode(), Mode::Compare);
    assert!(
        app.comparison()
            .is_some_and(|v| v.comparison.is_none() && v.text.lines.is_empty())
    );
    press(&mut app, "]");
    assert!(app.status.as_ref().is_some_and(|s| s.text == "still comparing"));
    press(&mut app, "j G");
    assert_eq!(app.comparison().map(|v| v.top), Some(0));
    app.settle_comparison();
    let view = app.comparison().expect("the comparison");
    assert!(view.comparison.is_some() && !view.text.lines.is_empty());
    // Esc before the rows arrive drops them: nothing is left open.
    press(&mut app, "esc");
    app.open_compare(1, 2);
    press(&mut app, "esc");
    app.take_comparison();
    assert_eq!(app.mode(), Mode::Normal);
}

/// The story view's selected row, as an index into the grid's list of its table.
fn story_row(app: &App) -> Option<usize> {
    app.story_view().and_then(|v| v.selected())
}

/// The reading pane's lines on screen, joined.
fn shown_text(app: &App) -> String {
    let view = app.view();
    let text = view.text().expect("laid out");
    let top = view.top_line();
    text.lines[top..(top + view.height()).min(text.lines.len())]
        .iter()
        .map(|line| text.text(line))
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn s_opens_the_story_view_at_once_and_its_grid_arrives_from_a_worker() {
    let mut app = app(80, 24);
    press(&mut app, "s");
    assert_eq!(app.mode(), Mode::Story);
    let view = app.story_view().expect("the story view");
    assert!(view.grid.is_none(), "open at once, working");
    assert_eq!(view.articles, 5);
    // Keys before the grid arrives change nothing they cannot.
    press(&mut app, "j G enter");
    assert_eq!(app.mode(), Mode::Story);
    app.settle_story();
    let view = app.story_view().expect("the story view");
    let grid = view.grid.as_ref().expect("the grid");
    assert_eq!(grid.outlets.len(), 5);
    assert_eq!(view.rows[0].len(), grid.actors.len());
    assert_eq!(view.rows[1].len(), grid.remarks.len());
    let passages: usize = grid.outlets.iter().map(|o| o.only.len()).sum();
    assert_eq!(view.rows[2].len(), passages);
    assert_eq!(view.tab, StoryTab::Actors);
    assert_eq!(grid.actors[story_row(&app).unwrap()].name, "Yuri Ushakov");
}

#[test]
fn the_story_view_moves_sorts_switches_tables_and_keeps_each_table_s_place() {
    let mut app = app(80, 24);
    press(&mut app, "s");
    app.settle_story();
    let len = |app: &App| app.story_view().unwrap().shown_rows().len();
    let selected = |app: &App| app.story_view().unwrap().cursor().selected;
    press(&mut app, "j j k");
    assert_eq!(selected(&app), 1);
    press(&mut app, "G");
    assert_eq!(selected(&app), len(&app) - 1);
    press(&mut app, "g pgdn");
    let page = selected(&app);
    assert!(page > 5, "a page of rows: {page}");
    press(&mut app, "pgup ctrl-d");
    assert_eq!(selected(&app), (page / 2).max(1));
    press(&mut app, "g j");
    // Sorting keeps the selected actor selected, wherever the order puts them.
    let grid = app.story_view().unwrap().grid.clone().unwrap();
    let putin = story_row(&app).unwrap();
    assert_eq!(grid.actors[putin].name, "Vladimir Putin");
    press(&mut app, "o");
    assert_eq!(app.story_view().unwrap().sort, Sort::Count);
    assert_eq!(story_row(&app), Some(putin));
    assert_eq!(selected(&app), 0, "named most: first by count");
    assert_eq!(
        app.status.as_ref().map(|s| s.text.as_str()),
        Some("sorted by count")
    );
    press(&mut app, "o");
    assert_eq!(app.story_view().unwrap().sort, Sort::Name);
    assert_eq!(story_row(&app), Some(putin));
    let names: Vec<String> = app
        .story_view()
        .unwrap()
        .shown_rows()
        .iter()
        .map(|&a| grid.actors[a].name.to_lowercase())
        .collect();
    assert!(names.is_sorted(), "{names:?}");
    press(&mut app, "o");
    assert_eq!(app.story_view().unwrap().sort, Sort::Outlets);
    // Each table keeps its own selection.
    press(&mut app, "tab");
    assert_eq!(app.story_view().unwrap().tab, StoryTab::Remarks);
    assert_eq!(selected(&app), 0);
    press(&mut app, "j j j tab tab");
    assert_eq!(app.story_view().unwrap().tab, StoryTab::Actors);
    assert_eq!(story_row(&app), Some(putin));
    press(&mut app, "t");
    assert_eq!(selected(&app), 3);
    // Help opens over it and closes back to it; esc (or q, or s) back to the reader.
    press(&mut app, "? esc");
    assert_eq!(app.mode(), Mode::Story);
    press(&mut app, "q");
    assert_eq!(app.mode(), Mode::Normal);
    assert!(!app.quit);
    // s brings it back as it was.
    press(&mut app, "s");
    let view = app.story_view().expect("back");
    assert!(view.grid.is_some(), "the grid is kept");
    assert_eq!((view.tab, view.cursor().selected), (StoryTab::Remarks, 3));
    press(&mut app, "s");
    assert_eq!(app.mode(), Mode::Normal);
}

#[test]
fn outlet_columns_scroll_sideways_when_they_do_not_all_fit() {
    // At 80 columns all five fit: h and l change nothing.
    let mut wide = app(80, 24);
    press(&mut wide, "s");
    wide.settle_story();
    press(&mut wide, "l l");
    assert_eq!(wide.story_view().unwrap().column, 0);
    // At 40 they do not: l shows the ones to the right, up to the last, h comes back.
    let mut app = app(40, 24);
    press(&mut app, "s");
    app.settle_story();
    let width = app.panes().story_inner().rows.width as usize;
    let shown = columns(StoryTab::Actors, width, 5).shown;
    assert!(shown < 5, "{shown}");
    press(&mut app, "l l l l l l l l");
    assert_eq!(app.story_view().unwrap().column, 5 - shown);
    press(&mut app, "h");
    assert_eq!(app.story_view().unwrap().column, 4 - shown);
    press(&mut app, "left left left left left left");
    assert_eq!(app.story_view().unwrap().column, 0);
}

#[test]
fn enter_on_a_remark_goes_to_its_first_rendering_and_s_comes_back() {
    let mut app = app(80, 24);
    press(&mut app, "s");
    app.settle_story();
    press(&mut app, "tab");
    let grid = app.story_view().unwrap().grid.clone().unwrap();
    let remark = &grid.remarks[story_row(&app).unwrap()];
    assert_eq!(remark.text, "rather useful, constructive, rather substantive");
    assert_eq!(remark.outlets, 4);
    press(&mut app, "enter");
    assert_eq!(app.mode(), Mode::Normal);
    assert_eq!((app.selected(), app.focus), (0, Pane::Reader));
    let quote = app.view().current_quote.expect("highlighted");
    let (quote, words) = app.library.quote(0, quote).unwrap();
    assert_eq!(quote.utterance.as_deref(), Some(remark.utterance.as_str()));
    assert_eq!(words, remark.cells[0][0].text, "its first rendering");
    assert!(shown_text(&app).contains(words));
    press(&mut app, "s");
    let view = app.story_view().unwrap();
    assert_eq!((view.tab, view.cursor().selected), (StoryTab::Remarks, 0));
}

#[test]
fn enter_on_a_quoted_actor_lists_their_quotes_and_enter_there_goes_to_the_text() {
    let mut app = app(140, 40);
    press(&mut app, "s");
    app.settle_story();
    press(&mut app, "enter");
    assert_eq!(app.mode(), Mode::Actor);
    let quotes = app.actor_view().expect("Ushakov's quotes").quotes.clone();
    assert_eq!(app.actor_view().unwrap().name, "Yuri Ushakov");
    let articles: std::collections::BTreeSet<usize> = quotes.iter().map(|q| q.0).collect();
    assert_eq!(articles.len(), 5, "quoted by every outlet");
    // Esc goes back to the story view; Enter on a quote goes to the text, below both.
    press(&mut app, "esc");
    assert_eq!(app.mode(), Mode::Story);
    press(&mut app, "enter j enter");
    assert_eq!(app.mode(), Mode::Normal);
    assert!(app.layers().is_empty(), "{:?}", app.layers().len());
    assert_eq!(app.selected(), quotes[1].0);
    assert_eq!(app.view().current_quote, Some(quotes[1].1));
    press(&mut app, "s");
    assert_eq!(app.mode(), Mode::Story, "kept");
}

#[test]
fn enter_on_an_actor_never_quoted_goes_to_their_first_mention() {
    let mut app = app(80, 24);
    press(&mut app, "s");
    app.settle_story();
    let grid = app.story_view().unwrap().grid.clone().unwrap();
    let at = app
        .story_view()
        .unwrap()
        .shown_rows()
        .iter()
        .position(|&a| grid.actors[a].name == "Donald Trump")
        .expect("Trump");
    assert!(
        grid.actors[app.story_view().unwrap().shown_rows()[at]]
            .cells
            .iter()
            .all(|c| c.quotes == 0)
    );
    press(&mut app, &"j ".repeat(at));
    press(&mut app, "enter");
    assert_eq!(app.mode(), Mode::Normal);
    assert_eq!((app.selected(), app.focus), (0, Pane::Reader));
    assert!(shown_text(&app).contains("Trump"), "{}", shown_text(&app));
    assert!(
        app.status
            .as_ref()
            .is_some_and(|s| s.text == "Donald Trump: first mention")
    );
}

#[test]
fn enter_on_a_passage_only_one_outlet_reports_shows_it_in_its_article() {
    let mut app = app(80, 24);
    press(&mut app, "s");
    app.settle_story();
    press(&mut app, "tab tab G");
    let view = app.story_view().unwrap();
    let grid = view.grid.clone().unwrap();
    let (column, k) = view.passages[story_row(&app).unwrap()];
    assert_eq!(column, 4, "the last passages are 004's");
    let passage = grid.outlets[column].only[k].clone();
    press(&mut app, "enter");
    assert_eq!(app.mode(), Mode::Normal);
    assert_eq!((app.selected(), app.focus), (column, Pane::Reader));
    let words: String = passage
        .text
        .split_whitespace()
        .take(4)
        .collect::<Vec<_>>()
        .join(" ");
    let shown: String = shown_text(&app).split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(shown.contains(&words), "{words:?} not in {shown}");
    assert!(
        app.status
            .as_ref()
            .is_some_and(|s| s.text.starts_with("only Associated Press: Ukraine… reports this"))
    );
}

#[test]
fn the_story_view_waits_for_the_story_to_load_and_an_empty_story_takes_every_key() {
    let mut app = App::new(
        Library::default(),
        Keymap::default_keymap(),
        Theme::color(),
        Size::new(80, 24),
    );
    press(&mut app, "s");
    assert_eq!(app.mode(), Mode::Normal);
    assert!(
        app.status
            .as_ref()
            .is_some_and(|s| s.warning && s.text.contains("once the story has loaded"))
    );
    let mut app = App::new(
        Library::of(parallax::corpus::Corpus::default()),
        Keymap::default_keymap(),
        Theme::color(),
        Size::new(80, 24),
    );
    press(&mut app, "s");
    app.settle_story();
    assert_eq!(app.mode(), Mode::Story);
    press(&mut app, "j G enter tab enter tab enter o l h pgdn");
    assert_eq!(app.mode(), Mode::Story);
}

#[test]
fn a_story_larger_than_the_view_covers_is_cut_to_its_first_articles_and_says_so() {
    use parallax::tui::app::story::STORY_ARTICLES;
    let n = STORY_ARTICLES + 6;
    let articles = (0..n)
        .map(|i| {
            let text = format!(
                "Ferry {i} sails\n\nThe ferry number {i} sailed from pier {i} on Monday, \
                 harbour master Ana Keel said. “We are ready,” Keel said."
            );
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
    press(&mut app, "s");
    app.settle_story();
    let view = app.story_view().expect("the story view");
    assert_eq!((view.columns(), view.articles), (STORY_ARTICLES, n));
    let grid = view.grid.as_ref().expect("the grid");
    assert_eq!(grid.outlets[0].label, app.library.corpus.label(0));
    let keel = grid.actors.iter().find(|a| a.name == "Ana Keel").expect("Keel");
    assert_eq!(keel.outlets, STORY_ARTICLES);
    // The outlet columns scroll to the last one it covers.
    press(&mut app, "G end");
    for _ in 0..STORY_ARTICLES {
        press(&mut app, "l");
    }
    let width = app.panes().story_inner().rows.width as usize;
    let shown = columns(StoryTab::Actors, width, STORY_ARTICLES).shown;
    assert_eq!(app.story_view().unwrap().column, STORY_ARTICLES - shown);
}
