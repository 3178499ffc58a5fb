//! Every kind of input, read by the real binary from `tests/fixtures/inputs` (small invented
//! articles): web pages, RSS and Atom feeds, JSON and JSON Lines, standard input and story
//! files; what each gives is checked through `parallax inspect --json`, and every failure
//! names its file and reason on stderr while the rest still loads. The reader's status line
//! is checked on the app state, as the event loop feeds it.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use parallax::library::{Library, Plan, load};
use parallax::tui::app::App;
use parallax::tui::keymap::Keymap;
use parallax::tui::theme::Theme;
use ratatui::layout::Size;
use serde_json::Value;

const BIN: &str = env!("CARGO_BIN_EXE_parallax");

/// The fixtures folder.
fn inputs() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/inputs")
}

/// `parallax ARGS` run in the fixtures folder with `stdin` as its standard input.
fn run_with(args: &[&str], stdin: &[u8]) -> Output {
    let home = tempfile::tempdir().unwrap();
    let mut child = Command::new(BIN)
        .args(args)
        .current_dir(inputs())
        .env("PARALLAX_HOME", home.path())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("failed to run the parallax binary");
    let mut input = child.stdin.take().unwrap();
    input.write_all(stdin).unwrap();
    drop(input);
    child.wait_with_output().unwrap()
}

fn run(args: &[&str]) -> Output {
    run_with(args, b"")
}

fn stderr(out: &Output) -> String {
    String::from_utf8(out.stderr.clone()).unwrap()
}

/// The articles `parallax inspect --json ARGS` prints.
fn inspect(out: &Output) -> Vec<Value> {
    String::from_utf8(out.stdout.clone())
        .unwrap()
        .lines()
        .map(|line| serde_json::from_str(line).unwrap())
        .collect()
}

/// What a test checks of one article: title, outlet, day, url and paragraph kinds.
#[derive(Debug, PartialEq)]
struct Seen {
    title: String,
    outlet: Option<String>,
    day: Option<String>,
    url: Option<String>,
    kinds: Vec<String>,
}

fn seen(article: &Value) -> Seen {
    let text = |v: &Value| v.as_str().map(str::to_string);
    Seen {
        title: text(&article["title"]["value"]).unwrap(),
        outlet: text(&article["outlet"]["value"]),
        day: text(&article["date"]["date"]),
        url: text(&article["url"]),
        kinds: article["paragraphs"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| text(&p["kind"]).unwrap())
            .collect(),
    }
}

fn expect(title: &str, outlet: &str, day: &str, url: Option<&str>, kinds: &[&str]) -> Seen {
    Seen {
        title: title.to_string(),
        outlet: Some(outlet.to_string()),
        day: Some(day.to_string()),
        url: url.map(str::to_string),
        kinds: kinds.iter().map(|k| k.to_string()).collect(),
    }
}

/// `parallax inspect --json FILE` succeeds with nothing on stderr; its articles.
fn clean(file: &str) -> Vec<Value> {
    let out = run(&["inspect", "--json", file]);
    assert!(out.status.success(), "{file}: {}", stderr(&out));
    assert_eq!(stderr(&out), "", "{file}");
    inspect(&out)
}

#[test]
fn a_web_page_gives_its_headline_metadata_and_main_text_only() {
    let articles = clean("gull.html");
    assert_eq!(articles.len(), 1);
    let a = &articles[0];
    assert_eq!(
        seen(a),
        expect(
            "Harbour reopens after winter storms",
            "The Harbour Gull",
            "2025-12-03",
            Some("https://gull.example/news/harbour-reopens"),
            &["body", "body", "caption", "heading", "body"]
        )
    );
    assert_eq!(a["title"]["inferred"], false);
    assert_eq!(a["outlet"]["inferred"], false);
    assert_eq!(a["byline"], "By Mara Voss");
    let all = a.to_string();
    for furniture in [
        "Sport",
        "Advertisement",
        "Bluewave",
        "track",
        "Storm closes",
        "rights reserved",
        "Subscribe",
    ] {
        assert!(!all.contains(furniture), "{furniture:?} is page furniture: {all}");
    }
}

#[test]
fn a_page_with_broken_markup_still_reads() {
    let articles = clean("broken.html");
    let a = &articles[0];
    assert_eq!(a["title"]["value"], "Ferry timetable changes");
    let texts: Vec<&str> = a["paragraphs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["text"].as_str().unwrap())
        .collect();
    assert_eq!(texts.len(), 3, "{texts:?}");
    assert_eq!(
        texts[1],
        "Passengers will see two fewer sailings each morning from January, the company said."
    );
}

#[test]
fn each_feed_entry_is_an_article() {
    let rss: Vec<Seen> = clean("harbour.rss").iter().map(seen).collect();
    assert_eq!(
        rss,
        [
            expect(
                "Port authority names new harbour master",
                "Coastal Wire",
                "2025-12-02",
                Some("https://wire.example/2025/12/harbour-master"),
                &["body", "body", "heading", "body"]
            ),
            expect(
                "Ferries to resume on Wednesday",
                "Coastal Wire",
                "2025-12-03",
                Some("https://wire.example/2025/12/ferries-resume"),
                &["body"]
            ),
        ]
    );
    let atom = clean("coast.atom");
    assert_eq!(
        seen(&atom[0]),
        expect(
            "Sea wall holds through first test",
            "Coast Post",
            "2025-12-03",
            Some("https://coast.example/sea-wall"),
            &["body", "body"]
        )
    );
    assert_eq!(atom[0]["byline"], "By Noor Haddad");
}

#[test]
fn json_and_json_lines_records_are_articles() {
    let json: Vec<Seen> = clean("desk.json").iter().map(seen).collect();
    assert_eq!(
        json,
        [
            expect(
                "Fishing fleet returns to the harbour",
                "Harbour Daily",
                "2025-12-04",
                Some("https://daily.example/fleet"),
                &["body", "body"]
            ),
            expect(
                "Council approves second sea wall",
                "Harbour Daily",
                "2025-12-05",
                None,
                &["body"]
            ),
        ]
    );
    let lines: Vec<Seen> = clean("quay.jsonl").iter().map(seen).collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(
        lines[0],
        expect(
            "Cafes on the quay reopen",
            "Quay Weekly",
            "2025-12-06",
            Some("https://quay.example/cafes"),
            &["body", "body"]
        )
    );
}

#[test]
fn a_bad_json_line_is_named_and_the_other_lines_load() {
    let out = run(&["inspect", "--json", "bad-line.jsonl"]);
    assert_eq!(out.status.code(), Some(1), "a failure makes the exit code 1");
    let titles: Vec<Value> = inspect(&out)
        .iter()
        .map(|a| a["title"]["value"].clone())
        .collect();
    assert_eq!(titles, ["First good line", "Third good line"]);
    let err = stderr(&out);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.starts_with("parallax: bad-line.jsonl: line 2, column 33: not valid JSON: "),
        "{err}"
    );
}

#[test]
fn standard_input_is_read_by_its_content() {
    let page = std::fs::read(inputs().join("gull.html")).unwrap();
    let out = run_with(&["inspect", "--json", "-"], &page);
    assert!(out.status.success(), "{}", stderr(&out));
    let articles = inspect(&out);
    assert_eq!(articles.len(), 1);
    assert_eq!(
        articles[0]["title"]["value"],
        "Harbour reopens after winter storms"
    );
    assert_eq!(articles[0]["file_name"], "stdin");
    assert_eq!(articles[0]["source"], "standard input");

    // With files around it, in the place it was given, and JSON Lines by content.
    let lines = std::fs::read(inputs().join("quay.jsonl")).unwrap();
    let out = run_with(&["inspect", "--json", "coast.atom", "-"], &lines);
    let titles: Vec<Value> = inspect(&out)
        .iter()
        .map(|a| a["title"]["value"].clone())
        .collect();
    assert_eq!(
        titles,
        [
            "Sea wall holds through first test",
            "Cafes on the quay reopen",
            "Ferry queue stretches into town"
        ]
    );

    let out = run_with(&["inspect", "--json", "-"], b"\0\x01binary");
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).starts_with("parallax: standard input: binary file"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn a_story_file_opens_its_articles_in_order() {
    let out = run(&["inspect", "--json", "story.toml"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let titles: Vec<Value> = inspect(&out)
        .iter()
        .map(|a| a["title"]["value"].clone())
        .collect();
    assert_eq!(
        titles,
        [
            "Harbour reopens after winter storms",
            "Port authority names new harbour master",
            "Ferries to resume on Wednesday",
            "Cafes on the quay reopen",
            "Ferry queue stretches into town",
        ]
    );
    let out = run(&["inspect", "--json", "bad-story.toml"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(inspect(&out).len(), 1, "the entry that exists still loads");
    assert_eq!(
        stderr(&out),
        "parallax: bad-story.toml: line 4: \"missing.html\": no such file or folder\n\
         parallax: bad-story.toml: line 5: \"*.nothing\": matches no file\n"
    );
}

#[test]
fn open_takes_a_story_file_and_fails_before_the_terminal_when_nothing_loads() {
    let dir = tempfile::tempdir().unwrap();
    let story = dir.path().join("story.toml");
    std::fs::write(&story, "title = \"Empty\"\narticles = [\"gone/*.html\"]\n").unwrap();
    let out = run(&["open", story.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains("story.toml: line 2: \"gone/*.html\": matches no file"),
        "{err}"
    );
    assert!(err.contains("no article could be loaded"), "{err}");
    // Loadable, but no terminal: the reader says so rather than drawing into a pipe.
    let out = run(&["open", "story.toml"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("needs a terminal"), "{}", stderr(&out));
}

#[test]
fn a_folder_picks_up_every_format_and_names_what_fails() {
    let out = run(&["inspect", "--json", "."]);
    let names: Vec<String> = inspect(&out)
        .iter()
        .map(|a| a["file_name"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(
        names,
        [
            "bad-line.jsonl",
            "bad-line.jsonl",
            "broken.html",
            "coast.atom",
            "desk.json",
            "desk.json",
            "gull.html",
            "harbour.rss",
            "harbour.rss",
            "quay.jsonl",
            "quay.jsonl",
        ],
        "story files are read only when named"
    );
    assert_eq!(stderr(&out).lines().count(), 1, "{}", stderr(&out));
}

#[test]
fn quotes_are_found_in_a_web_page() {
    let out = run(&["quotes", "--json", "gull.html"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let quotes = inspect(&out);
    assert!(
        quotes
            .iter()
            .any(|q| q["speaker"] == "Ilse Brand" && q["text"].as_str().unwrap().contains("every night")),
        "{quotes:?}"
    );
}

#[test]
fn the_reader_names_a_failed_line_in_its_status_line() {
    let mut app = App::new(
        Library::default(),
        Keymap::default_keymap(),
        Theme::color(),
        Size::new(100, 30),
    );
    load::run(
        load::Input::of(&[inputs().join("bad-line.jsonl")]),
        Plan::READER,
        &mut |event| {
            app.take_load(event);
            true
        },
    );
    assert_eq!(app.library.len(), 2);
    let status = app.status.as_ref().expect("a status line").text.clone();
    assert!(
        status.starts_with("not loaded: ") && status.contains("bad-line.jsonl: line 2, column 33"),
        "{status}"
    );
}

#[test]
fn a_story_file_names_the_story() {
    let out = run(&["inspect", "story.toml"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.starts_with("Story: Harbour reopens\n\n"), "{text}");
    let library = Library::load(
        &[inputs().join("story.toml")],
        Plan::whole(parallax::library::Stage::Read),
    );
    assert_eq!(library.title(), Some("Harbour reopens"));
    let plain = run(&["inspect", "gull.html"]);
    assert!(
        String::from_utf8(plain.stdout)
            .unwrap()
            .starts_with("Harbour reopens after winter storms\n")
    );
}

/// The reader on `cat gull.html | parallax -` in a pseudo-terminal: the page is read from the
/// pipe while keys come from the terminal, and `q` quits.
#[cfg(unix)]
#[test]
fn the_reader_reads_standard_input_and_takes_keys_from_the_terminal() {
    use portable_pty::{CommandBuilder, PtySize, native_pty_system};
    use std::io::Read;
    use std::sync::{Arc, Mutex};
    use std::time::{Duration, Instant};

    let home = tempfile::tempdir().unwrap();
    let pair = native_pty_system()
        .openpty(PtySize {
            rows: 30,
            cols: 100,
            pixel_width: 0,
            pixel_height: 0,
        })
        .expect("a pseudo-terminal");
    let page = inputs().join("gull.html");
    let mut cmd = CommandBuilder::new("sh");
    cmd.args(["-c", &format!("cat '{}' | '{BIN}' -", page.display())]);
    cmd.env_clear();
    cmd.env("TERM", "xterm-256color");
    cmd.env("PARALLAX_HOME", home.path());
    cmd.env("LANG", "C.UTF-8");
    cmd.env("PATH", std::env::var("PATH").unwrap_or_default());
    let mut child = pair.slave.spawn_command(cmd).expect("sh starts");
    drop(pair.slave);
    let parser = Arc::new(Mutex::new(vt100::Parser::new(
        30u16.try_into().unwrap(),
        100u16.try_into().unwrap(),
        0,
    )));
    let mut output = pair.master.try_clone_reader().unwrap();
    let screen = Arc::clone(&parser);
    std::thread::spawn(move || {
        let mut buf = [0u8; 8192];
        while let Ok(n) = output.read(&mut buf) {
            if n == 0 {
                break;
            }
            screen.lock().unwrap().process(&buf[..n]);
        }
    });
    let mut writer = pair.master.take_writer().unwrap();
    let shows = |text: &str| parser.lock().unwrap().screen().contents().contains(text);
    let deadline = Instant::now() + Duration::from_secs(20);
    while !shows("The Harbour Gull") && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(20));
    }
    let contents = parser.lock().unwrap().screen().contents();
    assert!(
        shows("The Harbour Gull"),
        "the page's outlet is listed: {contents}"
    );
    assert!(!contents.contains("not loaded"), "{contents}");
    writer.write_all(b"q").unwrap();
    writer.flush().unwrap();
    while child.try_wait().unwrap().is_none() && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(20));
    }
    let status = child.try_wait().unwrap();
    if status.is_none() {
        child.kill().ok();
    }
    assert!(
        status.as_ref().is_some_and(|s| s.success()),
        "q quits: {status:?}"
    );
}
