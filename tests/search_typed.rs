//! Search gives the same answers however the query was typed: a query typed into the prompt a
//! key at a time, with backspaces, shows exactly the hits (set and order) that the same query
//! run once shows, which is what `parallax search` prints.

use parallax::library::Library;
use parallax::search::fold::folded;
use parallax::search::worker::RANKED;
use parallax::search::{Hit, Query};
use parallax::tui::app::App;
use parallax::tui::keymap::Keymap;
use parallax::tui::theme::Theme;
use proptest::prelude::*;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::Size;

fn app() -> App {
    App::new(
        Library::bundled(),
        Keymap::default_keymap(),
        Theme::color(),
        Size::new(140, 40),
    )
}

/// One thing the user does in the prompt.
#[derive(Debug, Clone)]
enum Edit {
    /// Types these chars, one key each.
    Type(String),
    /// Deletes the char before the cursor.
    Backspace,
}

fn press(app: &mut App, code: KeyCode) {
    app.handle_key(KeyEvent::new(code, KeyModifiers::NONE));
    app.settle();
}

/// Opens the prompt, makes the edits a key at a time (each answered before the next) and
/// returns what the prompt ends up holding.
fn typed(app: &mut App, edits: &[Edit]) -> String {
    press(app, KeyCode::Char('/'));
    for edit in edits {
        match edit {
            Edit::Type(text) => text.chars().for_each(|c| press(app, KeyCode::Char(c))),
            Edit::Backspace => press(app, KeyCode::Backspace),
        }
    }
    app.prompt().expect("the prompt is open").input.clone()
}

/// (candidate, score) of each hit, which is what the order shown depends on.
fn shown(hits: &[Hit]) -> Vec<(u32, i64)> {
    hits.iter().map(|h| (h.candidate, h.score)).collect()
}

/// Checks that the open prompt shows what one search for its input finds.
fn same_as_one_pass(app: &App) -> Result<(), TestCaseError> {
    let prompt = app.prompt().expect("the prompt is open");
    let query = Query::parse(&prompt.input);
    let once = app.matcher.ranked(&app.library.index, &query, Some(RANKED));
    prop_assert_eq!(shown(&prompt.hits), shown(&once), "{:?}", prompt.input);
    let all = app.matcher.ranked(&app.library.index, &query, None).len();
    prop_assert_eq!(prompt.total(), all, "{:?}", prompt.input);
    Ok(())
}

/// Words of the story, qualifiers and fzf's markers, so that terms change kind as they grow.
fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        3 => prop::sample::select(vec![
            "by", "by:", "in", "in:", "is:", "is:a", "ushakov", "usha", "putin", "peskov",
            "zelensk", "talks", "said", "ap", "reuters", "actor", "q", "'", "^", "!", "$", " ",
            ":", "a", "o", "k", "u", "s", "y", "e",
        ])
        .prop_map(|s| Edit::Type(s.to_string())),
        1 => Just(Edit::Backspace),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn typed_key_by_key_finds_what_one_pass_finds(edits in prop::collection::vec(edit(), 1..14)) {
        let mut app = app();
        typed(&mut app, &edits);
        same_as_one_pass(&app)?;
    }
}

#[test]
fn the_issues_queries_typed_find_what_they_find_at_once() {
    for query in [
        "by:ushakov",
        "by:putin",
        "is:actor",
        "in:ap",
        "by:zelenskiy",
        "talks !kremlin$",
    ] {
        let mut app = app();
        let input = typed(&mut app, &[Edit::Type(query.to_string())]);
        assert_eq!(input, query);
        same_as_one_pass(&app).unwrap();
    }
}

/// The first screen of hits for `query` in the bundled story, each as all its texts, folded.
fn first_screen(query: &str) -> Vec<String> {
    let app = app();
    let hits = app
        .matcher
        .ranked(&app.library.index, &Query::parse(query), Some(20));
    hits.iter()
        .map(|h| {
            let index = &app.library.index;
            let candidate = &index.candidates[h.candidate as usize];
            let texts: Vec<String> = index.texts(candidate).map(folded).collect();
            texts.join(" | ")
        })
        .collect()
}

#[test]
fn a_name_typed_in_full_fills_the_first_screen_with_that_person() {
    for (query, name) in [
        ("peskov", "peskov"),
        ("ushakov", "ushakov"),
        ("ushak", "ushakov"),
        ("witkoff", "witkoff"),
    ] {
        let rows = first_screen(query);
        assert!(rows.len() >= 5, "{query}: {}", rows.len());
        for row in rows {
            assert!(row.contains(name), "{query}: {row}");
        }
    }
}

/// What `parallax search QUERY --json` prints for the bundled story, as (kind, score, text).
fn cli(query: &str) -> Vec<(String, i64, String)> {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_parallax"))
        .args(["search", query, "--json", "--limit", &RANKED.to_string()])
        .env("PARALLAX_HOME", env!("CARGO_TARGET_TMPDIR"))
        .output()
        .expect("the parallax binary runs");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout)
        .expect("UTF-8")
        .lines()
        .map(|line| {
            let record: serde_json::Value = serde_json::from_str(line).expect("a JSON line");
            (
                record["kind"].as_str().unwrap_or_default().to_string(),
                record["score"].as_i64().unwrap_or_default(),
                record["text"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect()
}

#[test]
fn the_issues_queries_typed_show_what_the_cli_prints() {
    for query in [
        "by:ushakov",
        "by:putin",
        "is:actor",
        "in:ap",
        "ushak",
        "by:zelenskiy",
    ] {
        let mut app = app();
        typed(&mut app, &[Edit::Type(query.to_string())]);
        let prompt = app.prompt().expect("the prompt is open");
        let shown: Vec<(String, i64, String)> = prompt
            .hits
            .iter()
            .map(|h| {
                let index = &app.library.index;
                let candidate = &index.candidates[h.candidate as usize];
                let text = index.text(candidate, 0);
                (candidate.kind().name().to_string(), h.score, text.to_string())
            })
            .collect();
        assert!(!shown.is_empty(), "{query}");
        assert_eq!(shown, cli(query), "{query}");
    }
}
