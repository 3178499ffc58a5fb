//! The reader end to end in a real terminal at 80x24 and 140x40: the main screen, moving,
//! opening, searching, comparing, help, resizing and quitting, with the terminal given back;
//! a storm of resizes that keeps the place; and a panic injected in a test build (on the
//! reader's thread or another), after which the terminal is given back, the message and a
//! hint are on the screen, and the state saved before is intact.

use super::*;

/// The other size the suite runs at.
fn other(cols: u16) -> (u16, u16) {
    if cols == 80 { (140, 40) } else { (80, 24) }
}

/// How many panes the main screen has at `cols` columns: the side panel shows from 100.
fn pane_count(cols: u16) -> usize {
    if cols >= 100 { 3 } else { 2 }
}

/// Main screen, move, open, search, compare, help, resize and quit at `cols`x`rows`.
fn walk_through(cols: u16, rows: u16) {
    let titles = bundled_titles();
    let mut tui = Tui::spawn(cols, rows, &[]);
    let first = prefix(&titles[0], 15);
    tui.wait_for("the main screen", |s| {
        s.contents().contains(" Articles ")
            && s.contents().contains(&first)
            && at_position(s, "1/5")
            && panes(s).len() == pane_count(cols)
    });
    tui.screen(|s| {
        assert!(s.alternate_screen() && s.hide_cursor(), "{}", dump(s));
        let panes = panes(s);
        assert_eq!(
            (panes[0].0, panes.last().unwrap().1),
            (0, cols - 1),
            "{}",
            dump(s)
        );
    });
    tui.wait_for("the story read", |s| !status_line(s).contains("extracting"));

    // Move: the next article, shown in the reading pane.
    tui.send(b"j");
    let second = prefix(&titles[1], 15);
    let reader = tui.wait_until("j moves to the second article", |s| {
        let panes = panes(s);
        (at_position(s, "2/5") && top_text(s, panes[1]).contains(&second)).then(|| panes[1])
    });
    // Open: the focus goes to the reading pane, its border drawn as the focused one.
    let focused = tui.screen(|s| cell(s, 0, 0));
    tui.send(ENTER);
    tui.wait_for("enter opens the article", |s| {
        cell(s, 0, reader.0) == focused && cell(s, 0, 0) != focused
    });
    tui.send(b"jj");
    tui.wait_for("the article scrolls", |s| {
        !top_text(s, reader).contains(&second) && at_position(s, "2/5")
    });

    // Search: ranked hits, enter goes to the actor, esc comes back.
    tui.send(b"/ushak");
    tui.wait_for("the prompt with ranked hits", |s| {
        s.contents().contains(" Search the story ") && s.contents().contains("Yuri Ushakov")
    });
    tui.send(ENTER);
    tui.wait_for("the actor's quotes", |s| {
        !s.contents().contains(" Search the story ") && s.contents().contains("Yuri Ushakov · ")
    });
    tui.send(ESC);
    tui.wait_for("the actor view closed", |s| {
        !s.contents().contains("Yuri Ushakov · ")
    });

    // Compare: pick an article by name, the two side by side or stacked, esc back.
    tui.send(b"c");
    tui.wait_for("the picker", |s| s.contents().contains(" with… "));
    tui.send(b"feigning");
    tui.send(ENTER);
    tui.wait_for("the comparison", |s| {
        s.contents().contains(" Compare ") && s.contents().contains("shared")
    });
    tui.send(ESC);
    tui.wait_for("the comparison closed", |s| {
        !s.contents().contains(" Compare ") && s.contents().contains(" Articles ")
    });

    // Help over it all, esc closes it.
    tui.send(b"?");
    tui.wait_for("help", |s| {
        s.contents().contains(" Keys ") && s.contents().contains("quit")
    });
    tui.send(ESC);
    tui.wait_for("help closed", |s| !s.contents().contains(" Keys "));

    // Resize to the other size and back: redrawn for each, the place kept.
    let position = tui.screen(|s| status_line(s).split_whitespace().last().map(str::to_string));
    let position = position.expect("a position in the status line");
    let (to_cols, to_rows) = other(cols);
    tui.resize(to_cols, to_rows);
    tui.wait_for("redrawn at the other size", |s| {
        let panes = panes(s);
        panes.len() == pane_count(to_cols)
            && panes.last().unwrap().1 == to_cols - 1
            && at_position(s, &position)
    });
    tui.resize(cols, rows);
    tui.wait_for("redrawn at the first size", |s| {
        panes(s).len() == pane_count(cols) && at_position(s, &position)
    });

    tui.send(b"q");
    let status = tui.wait_exit();
    assert!(status.success(), "q quits with success, got {status:?}");
    assert_terminal_restored(&tui);
}

#[test]
fn end_to_end_at_80x24() {
    walk_through(80, 24);
}

#[test]
fn end_to_end_at_140x40() {
    walk_through(140, 40);
}

#[test]
fn a_storm_of_resizes_keeps_the_article_and_the_place_in_it() {
    let mut tui = Tui::spawn(140, 40, &[]);
    tui.wait_for("the story read", |s| {
        at_position(s, "1/5") && !status_line(s).contains("extracting")
    });
    let reader = tui.screen(|s| panes(s)[1]);
    tui.send(b"jjj\t");
    tui.wait_for("the fourth article", |s| at_position(s, "4/5"));
    let top = tui.screen(|s| top_text(s, reader));
    tui.send(b" jj");
    tui.wait_for("scrolled", |s| top_text(s, reader) != top);
    // Scrolled once the screen settles: the emulator may hold a frame still being written.
    let mut place = tui.screen(|s| top_text(s, reader));
    for _ in 0..50 {
        thread::sleep(POLL);
        let now = tui.screen(|s| top_text(s, reader));
        if now == place {
            break;
        }
        place = now;
    }
    // Many resizes, as fast as a window manager sends them while a window is dragged.
    for round in 0..300u16 {
        let (cols, rows) = (100 + round % 61, 30 + round % 16);
        tui.resize(cols, rows);
        if round % 7 == 0 {
            thread::sleep(Duration::from_micros(300));
        }
    }
    tui.resize(140, 40);
    tui.wait_for("the same article at the same place", |s| {
        at_position(s, "4/5") && top_text(s, reader) == place
    });
    tui.send(b"q");
    let status = tui.wait_exit();
    assert!(status.success(), "{status:?}");
    assert_terminal_restored(&tui);
}

/// The variable a test build reads to panic on a key (see `parallax::tui::terminal`).
const PANIC_VAR: &str = "PARALLAX_TEST_PANIC";

/// Stars the second article, waits until the state file holds it, then presses the key that
/// `inject` makes panic: the terminal is given back, the message and a hint are shown, and the
/// state file is as it was, read again by the next run.
fn panic_leaves_the_terminal_and_the_state(inject: &str) {
    let home = tempfile::tempdir().unwrap();
    let state = home.path().join("state/state.json");
    let mut tui = Tui::spawn_env(80, 24, &[], home, &[(PANIC_VAR, inject)]);
    tui.wait_for("the reader is up", |s| at_position(s, "1/5"));
    tui.send(b"j*");
    tui.wait_for("starred", |s| status_line(s).contains(": starred"));
    let start = Instant::now();
    let saved = loop {
        let saved = std::fs::read_to_string(&state).ok();
        if let Some(saved) = saved.filter(|s| s.contains("starred")) {
            break saved;
        }
        assert!(start.elapsed() < TIMEOUT, "the star was never saved");
        thread::sleep(POLL);
    };
    tui.send(b"!");
    let status = tui.wait_exit();
    assert!(!status.success(), "a panic is a failure: {status:?}");
    assert_terminal_restored(&tui);
    tui.screen(|s| {
        let text = s.contents();
        assert!(text.contains("injected panic"), "the message\n{}", dump(s));
        assert!(text.contains("parallax crashed"), "the hint\n{}", dump(s));
    });
    assert_eq!(
        std::fs::read_to_string(&state).unwrap(),
        saved,
        "the state is intact"
    );

    let mut tui = Tui::spawn_in(80, 24, &[], tui.take_home());
    tui.wait_for("the same article, starred, no warning", |s| {
        at_position(s, "2/5") && s.contents().contains('★') && !status_line(s).contains("state")
    });
    tui.send(b"q");
    assert!(tui.wait_exit().success());
}

#[test]
#[cfg(debug_assertions)]
fn a_panic_on_the_readers_thread_gives_the_terminal_back_and_keeps_the_state() {
    panic_leaves_the_terminal_and_the_state("!");
}

#[test]
#[cfg(debug_assertions)]
fn a_panic_on_another_thread_gives_the_terminal_back_and_keeps_the_state() {
    panic_leaves_the_terminal_and_the_state("thread:!");
}

#[path = "../common/hostile.rs"]
mod hostile;

#[test]
fn a_hostile_article_writes_no_control_of_its_own_to_the_terminal() {
    let mut tui = Tui::spawn_with(140, 40, &["story"], |home| {
        let story = home.join("story");
        std::fs::create_dir(&story).unwrap();
        hostile::write_story(&story);
    });
    tui.wait_for("the story read", |s| {
        s.contents().contains("reopens") && at_position(s, "1/2") && !status_line(s).contains("extracting")
    });
    // Every pane and tab the article's text reaches: reading, quotes, actors, metadata, search.
    tui.send(ENTER);
    tui.send(b" jjj");
    tui.send(b"t");
    tui.wait_for("the actors tab", |s| s.contents().contains("Olsen"));
    tui.send(b"t");
    tui.send(b"/harbour");
    tui.wait_for("the hits", |s| {
        s.contents().contains(" Search the story ") && s.contents().contains("article Harbour reopens after")
    });
    tui.send(ESC);
    tui.wait_for("the prompt closed", |s| {
        !s.contents().contains(" Search the story ")
    });
    tui.send(b"q");
    assert!(tui.wait_exit().success());
    assert_terminal_restored(&tui);
    let raw = tui.raw();
    let has = |seq: &[u8]| raw.windows(seq.len()).any(|w| w == seq);
    // The article's own sequences: OSC (title, clipboard, hyperlink), DCS, reset, bell.
    for seq in [&b"\x1b]"[..], b"\x1bP", b"\x1bc", b"\x07", b"PWNED"] {
        assert!(
            !has(seq),
            "the terminal was sent {:?}",
            String::from_utf8_lossy(seq)
        );
    }
    let text = String::from_utf8_lossy(&raw);
    let c1_or_bidi = text
        .chars()
        .find(|&c| ('\u{80}'..='\u{9f}').contains(&c) || (hostile::forbidden(c) && !c.is_ascii()));
    assert_eq!(
        c1_or_bidi, None,
        "a C1 control or a bidi override reached the terminal"
    );
}
