//! `parallax story` run as a script runs it: the grid of the bundled seed story as JSON and as
//! tables, checked against facts of the seeds (`tests/gold/pairs-seeds.md` describes them):
//! Ushakov quoted by every outlet, his "useful" remark in four outlets' wordings, Peskov's
//! remarks carried by one outlet alone, 004's "Key players" sidebar as its own, and the AP text
//! 000 and 004 share as neither's own.

use std::process::{Command, Output, Stdio};

use serde_json::Value;

const BIN: &str = env!("CARGO_BIN_EXE_parallax");

/// `parallax story ARGS` with config and state under a fresh folder.
fn run(args: &[&str]) -> Output {
    let home = tempfile::tempdir().expect("temp dir");
    Command::new(BIN)
        .arg("story")
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("PARALLAX_HOME", home.path())
        .stdin(Stdio::null())
        .output()
        .expect("failed to run parallax")
}

fn stdout(out: &Output) -> String {
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout.clone()).expect("UTF-8")
}

/// The grid of `parallax story --json ARGS`: one JSON object on one line.
fn grid(args: &[&str]) -> Value {
    let mut args = args.to_vec();
    args.push("--json");
    let text = stdout(&run(&args));
    assert_eq!(text.lines().count(), 1, "one line");
    serde_json::from_str(&text).expect("JSON")
}

/// The column of the article whose file name starts with `prefix`.
fn column(grid: &Value, prefix: &str) -> usize {
    grid["outlets"]
        .as_array()
        .expect("outlets")
        .iter()
        .position(|o| o["article"].as_str().is_some_and(|a| a.starts_with(prefix)))
        .unwrap_or_else(|| panic!("no article {prefix}"))
}

/// The texts of what the article `prefix` alone reports.
fn only(grid: &Value, prefix: &str) -> Vec<String> {
    grid["outlets"][column(grid, prefix)]["only"]
        .as_array()
        .expect("only")
        .iter()
        .map(|s| s["text"].as_str().expect("text").to_string())
        .collect()
}

/// The remark one of whose renderings holds `words`.
fn remark<'a>(grid: &'a Value, words: &str) -> &'a Value {
    grid["remarks"]
        .as_array()
        .expect("remarks")
        .iter()
        .find(|r| {
            r["cells"]
                .as_array()
                .expect("cells")
                .iter()
                .flat_map(|c| c.as_array().expect("renderings"))
                .any(|q| q["text"].as_str().is_some_and(|t| t.contains(words)))
        })
        .unwrap_or_else(|| panic!("no remark {words}"))
}

/// The texts of a remark's renderings in column `c`.
fn renderings(remark: &Value, c: usize) -> Vec<&str> {
    remark["cells"][c]
        .as_array()
        .expect("renderings")
        .iter()
        .map(|q| q["text"].as_str().expect("text"))
        .collect()
}

#[test]
fn one_column_an_article_named_as_the_other_commands_name_it() {
    let g = grid(&[]);
    let outlets = g["outlets"].as_array().expect("outlets");
    assert_eq!(outlets.len(), 5);
    let labels: Vec<&str> = outlets
        .iter()
        .map(|o| o["label"].as_str().expect("label"))
        .collect();
    assert_eq!(labels[0], "Associated Press: US-Russia…");
    assert_eq!(labels[4], "Associated Press: Ukraine…");
    assert_eq!(outlets[0]["outlet"], "Associated Press");
    assert!(outlets[1]["outlet"].is_null());
    // Paths given: the same grid as the bundled story.
    assert_eq!(grid(&["seeds"]), g);
}

#[test]
fn ushakov_is_one_row_quoted_by_every_outlet() {
    let g = grid(&[]);
    let rows: Vec<&Value> = g["actors"]
        .as_array()
        .expect("actors")
        .iter()
        .filter(|a| a["name"].as_str().is_some_and(|n| n.contains("Ushakov")))
        .collect();
    assert_eq!(rows.len(), 1, "{rows:?}");
    let ushakov = rows[0];
    assert_eq!(ushakov["type"], "person");
    assert_eq!(ushakov["outlets"], 5);
    for cell in ushakov["cells"].as_array().expect("cells") {
        assert!(cell["mentions"].as_u64() >= Some(1), "{cell}");
        assert!(cell["quotes"].as_u64() >= Some(1), "{cell}");
    }
    // Zelensky / Zelenskyy: one entity.
    let zelensky = g["actors"]
        .as_array()
        .expect("actors")
        .iter()
        .filter(|a| a["name"].as_str().is_some_and(|n| n.contains("Zelensk")))
        .count();
    assert_eq!(zelensky, 1);
}

#[test]
fn the_useful_remark_is_one_row_in_four_outlets_wordings() {
    let g = grid(&[]);
    let useful = remark(&g, "rather useful, constructive, rather substantive");
    assert_eq!(useful["outlets"], 4);
    assert!(useful["alone"].is_null());
    assert!(
        renderings(useful, column(&g, "001")).contains(&"constructive, very useful and substantive"),
        "{useful}"
    );
    assert!(renderings(useful, column(&g, "002")).contains(&"useful, substantive"));
    assert!(renderings(useful, column(&g, "003")).contains(&"useful and constructive"));
    assert!(renderings(useful, column(&g, "004")).is_empty());
    assert!(
        useful["speakers"]
            .as_array()
            .expect("speakers")
            .iter()
            .any(|s| s == "Yuri Ushakov")
    );
}

#[test]
fn a_remark_carried_by_one_outlet_is_alone_there() {
    let g = grid(&[]);
    let peskov = remark(&g, "the quieter these negotiations are conducted");
    let c = column(&g, "004");
    assert_eq!(peskov["outlets"], 1);
    assert_eq!(peskov["alone"], c);
    assert_eq!(peskov["speakers"][0], "Dmitry Peskov");
    assert_eq!(renderings(peskov, c).len(), 1);
    // A remark of both AP articles is alone in neither.
    let shared = remark(&g, "so far, a compromise hasn’t been found");
    assert!(shared["alone"].is_null());
    assert!(!renderings(shared, column(&g, "000")).is_empty());
    assert!(!renderings(shared, c).is_empty());
}

#[test]
fn the_key_players_sidebar_is_004_s_own_and_the_shared_ap_text_is_neither_s() {
    let g = grid(&[]);
    let own = only(&g, "004");
    assert!(
        own.iter()
            .any(|t| t.contains("Driscoll, the U.S. army secretary")),
        "{own:#?}"
    );
    // Both AP articles: "… “so far, a compromise hasn’t been found” on the issue of territory".
    let shared = "compromise hasn’t been found";
    for prefix in ["000", "004"] {
        assert!(!only(&g, prefix).iter().any(|t| t.contains(shared)), "{prefix}");
    }
    // 000 tells its Dublin visit alone.
    assert!(
        only(&g, "000")
            .iter()
            .any(|t| t.contains("political leaders and lawmakers in Dublin"))
    );
    // The short rewrite of the AP wire tells nothing the others do not.
    assert!(only(&g, "002").len() < only(&g, "000").len());
}

#[test]
fn the_tables_print_the_same_grid() {
    let g = grid(&[]);
    let text = stdout(&run(&[]));
    assert!(text.contains("Associated Press: Ukraine…"));
    let row = text
        .lines()
        .find(|l| l.starts_with("Yuri Ushakov"))
        .expect("Ushakov's row");
    assert_eq!(row.split_whitespace().nth(2), Some("person"));
    let peskov = remark(&g, "the quieter these negotiations are conducted");
    let id = peskov["utterance"].as_str().expect("id");
    let line = text
        .lines()
        .find(|l| l.split_whitespace().next() == Some(id))
        .expect("the remark's row");
    let alone = peskov["alone"].as_u64().expect("alone") + 1;
    assert!(line.contains(&format!("only {alone}")), "{line}");
    let sidebar = "Driscoll, the U.S. army secretary";
    assert!(text.lines().any(|l| l.contains(sidebar)));
}

#[test]
fn a_missing_file_is_reported_and_the_rest_still_printed() {
    let g = grid(&["seeds/000_895551ea311e5331.txt", "seeds/004_fd10092c58538282.txt"]);
    assert_eq!(g["outlets"].as_array().map(Vec::len), Some(2));
    let out = run(&["seeds/000_895551ea311e5331.txt", "no-such-file.txt", "--json"]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("no-such-file.txt"));
    let g: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(g["outlets"].as_array().map(Vec::len), Some(1));
}

#[test]
fn a_folder_named_story_given_alone_is_a_folder_to_read() {
    let dir = tempfile::tempdir().expect("temp dir");
    let story = dir.path().join("story");
    std::fs::create_dir(&story).expect("folder");
    std::fs::write(
        story.join("a.txt"),
        "Ministers meet\n\nThe ministers met on Tuesday.\n",
    )
    .expect("file");
    let cmd = |args: &[&str]| {
        Command::new(BIN)
            .args(args)
            .current_dir(dir.path())
            .env("PARALLAX_HOME", dir.path().join("home"))
            .stdin(Stdio::null())
            .output()
            .expect("failed to run parallax")
    };
    // The reader, not the grid: it asks for a terminal.
    let out = cmd(&["story"]);
    assert!(!out.status.success());
    assert!(out.stdout.is_empty(), "{}", String::from_utf8_lossy(&out.stdout));
    assert!(String::from_utf8_lossy(&out.stderr).contains("needs a terminal"));
    // With more arguments it is the command.
    let out = cmd(&["story", "story", "--json"]);
    let g: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(g["outlets"][0]["label"], "Ministers meet");
}

/// The reader at 140x40 on the bundled story, its story view open on `table` (tab pressed
/// so many times) and drawn: the text of each of its rows on screen, after the first column.
fn story_view_rows(table: usize) -> (Value, Vec<(String, String)>) {
    use parallax::library::Library;
    use parallax::tui::app::App;
    use parallax::tui::keymap::Keymap;
    use parallax::tui::theme::Theme;
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;
    use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    use ratatui::layout::Size;

    let mut app = App::new(
        Library::bundled(),
        Keymap::default_keymap(),
        Theme::color(),
        Size::new(140, 40),
    );
    let key = |c| KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE);
    app.handle_key(key('s'));
    app.settle_story();
    for _ in 0..table {
        app.handle_key(key('t'));
    }
    let mut terminal = Terminal::new(TestBackend::new(140, 40)).expect("terminal");
    terminal
        .draw(|frame| parallax::tui::ui::draw(frame, &mut app))
        .expect("drawn");
    let view = app.story_view().expect("the story view");
    let shown = serde_json::to_value(&**view.grid.as_ref().expect("the grid")).expect("JSON");
    let rows = app.panes().story_inner().rows;
    let lead = parallax::tui::app::story::columns(view.tab, rows.width as usize, 5).lead;
    let buffer = terminal.backend().buffer();
    let text =
        |from: u16, to: u16, y: u16| -> String { (from..to).map(|x| buffer[(x, y)].symbol()).collect() };
    let lines = (rows.y..rows.bottom())
        .map(|y| {
            let split = rows.x + lead as u16;
            (
                text(rows.x, split, y).trim().to_string(),
                text(split, rows.right(), y).trim().to_string(),
            )
        })
        .collect();
    (shown, lines)
}

/// The cells of the row of a `parallax story` table whose first cell is `first`: the table's
/// columns are two blanks apart.
fn printed_row(tables: &str, first: &str) -> Vec<String> {
    tables
        .lines()
        .map(|l| {
            l.split("  ")
                .map(str::trim)
                .filter(|c| !c.is_empty())
                .map(String::from)
        })
        .map(Vec::from_iter)
        .find(|cells| cells.first().map(String::as_str) == Some(first))
        .unwrap_or_else(|| panic!("no row {first:?}"))
}

#[test]
fn the_reader_s_story_view_shows_what_parallax_story_prints() {
    let printed = grid(&[]);
    let tables = stdout(&run(&[]));
    // The same grid: every row, every count, in the same order.
    let (shown, actors) = story_view_rows(0);
    assert_eq!(
        shown, printed,
        "the reader's grid is the one parallax story prints"
    );
    // Actors on screen: the name, then how many outlets and each outlet's mentions/quotes,
    // as the table prints them after the name and type.
    let mut checked = 0;
    for (i, (name, rest)) in actors.iter().enumerate() {
        let Some(actor) = printed["actors"].get(i) else {
            break;
        };
        assert_eq!(name, actor["name"].as_str().expect("name"), "row {i}");
        let cells: Vec<&str> = rest.split_whitespace().collect();
        let row = printed_row(&tables, name);
        assert_eq!(cells, row[2..], "{name}: {rest:?} against {row:?}");
        checked += 1;
    }
    assert!(checked >= 30, "{checked} rows");
    // Remarks on screen: the outlets (`only` where the table says `only N`), each outlet's
    // renderings, the fullest wording.
    let (_, remarks) = story_view_rows(1);
    for (i, (_, rest)) in remarks.iter().enumerate() {
        let Some(remark) = printed["remarks"].get(i) else {
            break;
        };
        let row = printed_row(&tables, remark["utterance"].as_str().expect("id"));
        let cells: Vec<&str> = rest.split_whitespace().take(6).collect();
        match remark["alone"].as_u64() {
            Some(c) => {
                assert_eq!(
                    (cells[0], row[2].as_str()),
                    ("only", format!("only {}", c + 1).as_str())
                )
            }
            None => assert_eq!(cells[0], row[2], "row {i}"),
        }
        assert_eq!(cells[1..], row[3..8], "row {i}: {rest:?} against {row:?}");
        let words: String = row[8].chars().take(20).collect();
        assert!(
            rest.contains(&format!("“{words}")),
            "row {i}: {rest:?} against {row:?}"
        );
    }
    // Passages on screen: the place and the words the table prints for each outlet, in order.
    let (_, passages) = story_view_rows(2);
    let printed_passages: Vec<Vec<String>> = tables
        .split("What only one outlet reports")
        .nth(1)
        .expect("the passages' table")
        .lines()
        .skip(2)
        .map(|l| {
            l.split("  ")
                .map(str::trim)
                .filter(|c| !c.is_empty())
                .map(String::from)
                .collect()
        })
        .collect();
    for ((label, rest), row) in passages.iter().zip(&printed_passages) {
        // The outlet by its number, as the table gives it, then its label.
        let column: usize = row[0].parse().expect("a column");
        let outlet = printed["outlets"][column - 1]["label"].as_str().expect("label");
        let (number, kept) = label.split_once(' ').expect("number and label");
        assert_eq!(number, row[0]);
        assert!(
            outlet.starts_with(kept.trim_end_matches('…')),
            "{label:?} names {outlet:?}"
        );
        let (place, text) = rest.split_once(' ').expect("place and text");
        assert_eq!(place, row[1]);
        let words: String = row[2].chars().take(40).collect();
        assert!(text.trim_start().starts_with(&words), "{text:?} against {row:?}");
    }
    assert!(passages.iter().filter(|(l, _)| !l.is_empty()).count() >= 30);
}
