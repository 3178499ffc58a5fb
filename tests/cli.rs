//! The `parallax` binary run as a user or a script runs it: arguments in, text and exit code
//! out. Nothing here opens a terminal; `tests/pty.rs` drives the reader itself.

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use serde_json::Value;

const BIN: &str = env!("CARGO_BIN_EXE_parallax");

/// The repository's seed folder (the same text the binary embeds).
fn seeds_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds")
}

/// `parallax ARGS` with stdin closed, in `dir`, with config and state kept under `dir`.
fn parallax(dir: &Path, args: &[&str]) -> Command {
    let mut cmd = Command::new(BIN);
    cmd.args(args)
        .current_dir(dir)
        .env("PARALLAX_HOME", dir.join("home"))
        .env_remove("NO_COLOR")
        .stdin(Stdio::null());
    cmd
}

fn run(dir: &Path, args: &[&str]) -> Output {
    parallax(dir, args)
        .output()
        .expect("failed to run the parallax binary")
}

fn stdout(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).expect("stdout is not UTF-8")
}

fn stderr(out: &Output) -> String {
    String::from_utf8(out.stderr.clone()).expect("stderr is not UTF-8")
}

/// Parses JSON Lines output: every line must be one JSON object.
fn json_lines(out: &Output) -> Vec<Value> {
    let text = stdout(out);
    assert!(
        text.ends_with('\n') || text.is_empty(),
        "JSON Lines output must end with a newline: {text:?}"
    );
    text.lines()
        .map(|line| {
            let value: Value =
                serde_json::from_str(line).unwrap_or_else(|e| panic!("not JSON ({e}): {line}"));
            assert!(value.is_object(), "each line must be one article object: {line}");
            value
        })
        .collect()
}

fn file_names(articles: &[Value]) -> Vec<&str> {
    articles
        .iter()
        .map(|a| a["file_name"].as_str().expect("file_name is a string"))
        .collect()
}

/// Every string anywhere in a JSON value (object keys included).
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
        Value::Null | Value::Bool(_) | Value::Number(_) => {}
    }
}

/// All the text of an article (title, subtitle, paragraphs… whatever ingest made of each
/// line), joined by newlines.
fn all_text(article: &Value) -> String {
    let mut all = Vec::new();
    strings(article, &mut all);
    all.join("\n")
}

/// The structure every article must have, whatever ingest made of its text.
fn assert_article_shape(article: &Value) {
    let name = &article["file_name"];
    let title = article["title"]["value"]
        .as_str()
        .expect("title.value is a string");
    assert!(!title.trim().is_empty(), "{name}: empty title");
    assert!(
        article["title"]["inferred"].is_boolean(),
        "{name}: title.inferred is not a bool"
    );
    let paragraphs = article["paragraphs"].as_array().expect("paragraphs is an array");
    assert!(!paragraphs.is_empty(), "{name}: no paragraphs");
    for p in paragraphs {
        assert!(p["kind"].is_string(), "{name}: paragraph without kind: {p}");
        assert!(p["section"].is_u64(), "{name}: paragraph without section: {p}");
        assert!(
            !p["text"].as_str().expect("text is a string").trim().is_empty(),
            "{name}: empty paragraph"
        );
    }
    let sections = article["sections"].as_array().expect("sections is an array");
    assert!(!sections.is_empty(), "{name}: no sections");
    assert_eq!(
        sections[0]["kind"], "main",
        "{name}: the first section is the story"
    );
    for p in paragraphs {
        let section = p["section"].as_u64().unwrap() as usize;
        assert!(
            section < sections.len(),
            "{name}: paragraph points at missing section {section}"
        );
    }
    assert!(
        article["word_count"].as_u64().expect("word_count is a number") > 0,
        "{name}: word_count is 0"
    );
    assert!(article["warnings"].is_array(), "{name}: warnings is not an array");
    assert!(
        article["id"].as_str().is_some_and(|id| !id.is_empty()),
        "{name}: empty id"
    );
}

#[test]
fn inspect_json_without_paths_prints_the_embedded_seed_story() {
    // An empty current folder: the seeds can only come from the binary itself.
    let dir = tempfile::tempdir().unwrap();
    let out = run(dir.path(), &["inspect", "--json"]);
    assert!(
        out.status.success(),
        "exit {:?}, stderr: {}",
        out.status,
        stderr(&out)
    );
    assert_eq!(stderr(&out), "", "no file failed, so nothing on stderr");
    let articles = json_lines(&out);
    let expected: Vec<String> = {
        let mut names: Vec<String> = fs::read_dir(seeds_dir())
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .collect();
        names.sort();
        names
    };
    assert_eq!(expected.len(), 5, "the repository has five seed files");
    assert_eq!(file_names(&articles), expected);
    for (i, article) in articles.iter().enumerate() {
        assert!(
            article["file_name"]
                .as_str()
                .unwrap()
                .starts_with(&format!("00{i}_"))
        );
        assert_article_shape(article);
        assert!(
            article["source"].as_str().unwrap().starts_with("bundled:"),
            "bundled articles name their source as bundled: {}",
            article["source"]
        );
    }
}

/// A folder with good, binary, non-article and badly encoded files.
struct MixedFolder {
    dir: tempfile::TempDir,
    root: PathBuf,
    binary: PathBuf,
    picture: PathBuf,
}

fn mixed_folder() -> MixedFolder {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("story");
    let sub = root.join("05_more");
    fs::create_dir_all(&sub).unwrap();
    fs::write(
        root.join("01_first.txt"),
        "Ministers meet in Geneva\n\nThe first outlet wrote that ministers met in Geneva on Tuesday.\n\nA second paragraph follows here.\n",
    )
    .unwrap();
    let binary = root.join("02_binary.txt");
    fs::write(&binary, b"PK\x03\x04\0\0\0\0binary junk\0\x01\x02").unwrap();
    // Latin-1 text: "café" and "naïve" are not valid UTF-8.
    fs::write(
        root.join("03_latin1.txt"),
        b"Caf\xe9 talks end\n\nThe na\xefve envoys met at a caf\xe9 near the lake.\n",
    )
    .unwrap();
    let picture = root.join("04_picture.png");
    fs::write(&picture, b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01").unwrap();
    fs::write(
        sub.join("06_second.md"),
        "# Envoys leave Geneva\n\nThe second outlet, in Markdown, reported that the envoys left.\n",
    )
    .unwrap();
    MixedFolder {
        dir,
        root,
        binary,
        picture,
    }
}

#[test]
fn inspect_json_over_a_folder_loads_good_files_and_reports_bad_ones() {
    let f = mixed_folder();
    let root = f.root.to_str().unwrap();
    let out = run(f.dir.path(), &["inspect", "--json", root]);

    assert_eq!(
        out.status.code(),
        Some(1),
        "a failed file makes the exit code 1; stderr: {}",
        stderr(&out)
    );
    let articles = json_lines(&out);
    // Sorted by path, recursing into the subfolder; the binary file and the picture are absent.
    assert_eq!(
        file_names(&articles),
        ["01_first.txt", "03_latin1.txt", "06_second.md"]
    );
    for article in &articles {
        assert_article_shape(article);
        let source = article["source"].as_str().unwrap();
        assert!(
            source.starts_with(root),
            "source {source:?} is not under {root:?}"
        );
    }
    assert!(all_text(&articles[0]).contains("ministers met in Geneva"));
    assert!(all_text(&articles[2]).contains("the envoys left"));
    let mentions_utf8 = |a: &Value| {
        let warnings = a["warnings"].as_array().expect("warnings is an array");
        warnings
            .iter()
            .any(|w| w.as_str().is_some_and(|w| w.contains("UTF-8")))
    };
    assert!(
        !mentions_utf8(&articles[0]),
        "a clean file has no encoding warning"
    );

    // The Latin-1 file loads lossily, with a warning.
    let latin1 = &articles[1];
    let warnings = latin1["warnings"].as_array().unwrap();
    assert!(
        !warnings.is_empty() && mentions_utf8(latin1),
        "invalid UTF-8 must be reported as a warning: {latin1}"
    );
    let mut text = vec![];
    strings(latin1, &mut text);
    assert!(
        text.iter().any(|s| s.contains('\u{fffd}')),
        "invalid bytes become U+FFFD: {latin1}"
    );
    assert!(all_text(latin1).contains("envoys met at a caf"));

    // stderr: exactly the binary file, named by its path, in the `parallax: PATH: reason` form.
    let err = stderr(&out);
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), 1, "only the binary file fails: {err}");
    let prefix = format!("parallax: {}: ", f.binary.display());
    assert!(
        lines[0].starts_with(&prefix),
        "{:?} does not start with {prefix:?}",
        lines[0]
    );
    assert!(
        lines[0].len() > prefix.len(),
        "the error gives a reason: {:?}",
        lines[0]
    );
    // The .png would fail as binary if it were read: it is skipped, not reported.
    let picture = f.picture.file_name().unwrap().to_str().unwrap();
    assert!(
        !err.contains(picture),
        "a .png inside a folder is not an article: {err}"
    );
    assert!(!stdout(&out).contains(picture));
}

#[test]
fn inspect_without_json_prints_a_readable_table() {
    let dir = tempfile::tempdir().unwrap();
    let json = run(dir.path(), &["inspect", "--json"]);
    assert!(json.status.success());
    let articles = json_lines(&json);

    let out = run(dir.path(), &["inspect"]);
    assert!(out.status.success(), "stderr: {}", stderr(&out));
    let table = stdout(&out);
    assert!(!table.contains('\u{1b}'), "plain output has no escape sequences");
    assert!(
        !table.trim_start().starts_with('{'),
        "without --json the output is not JSON"
    );
    let mut from = 0;
    for article in &articles {
        // Each article's title and file name appear, in the same order as the JSON.
        let title = article["title"]["value"].as_str().unwrap();
        let at = table[from..]
            .find(title)
            .unwrap_or_else(|| panic!("title {title:?} missing (or out of order) in:\n{table}"));
        from += at + title.len();
        let name = article["file_name"].as_str().unwrap();
        assert!(
            table[from..].contains(name),
            "file name {name} missing after its title"
        );
    }
    assert!(
        table.lines().all(|l| l.chars().count() < 2000),
        "one line per fact, not one blob"
    );
}

#[test]
fn inspect_a_missing_path_fails_and_names_it() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("no-such-article.txt");
    let out = run(dir.path(), &["inspect", "--json", missing.to_str().unwrap()]);
    assert!(!out.status.success(), "a missing file is an error");
    assert_eq!(stdout(&out), "", "nothing was loaded, nothing printed");
    let err = stderr(&out);
    assert!(err.starts_with("parallax: "), "{err}");
    assert!(
        err.contains(&missing.display().to_string()),
        "stderr must name the missing path: {err}"
    );
}

#[test]
fn inspect_a_missing_path_still_prints_the_other_files() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("gone.txt");
    let seed = seeds_dir().join("000_895551ea311e5331.txt");
    let out = run(
        dir.path(),
        &[
            "inspect",
            "--json",
            missing.to_str().unwrap(),
            seed.to_str().unwrap(),
        ],
    );
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(file_names(&json_lines(&out)), ["000_895551ea311e5331.txt"]);
    assert!(stderr(&out).contains(&missing.display().to_string()));
}

#[test]
fn reader_with_nothing_loadable_fails_before_touching_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("no/such/file");
    // stdin is null and stdout a pipe: no terminal anywhere.
    let out = run(dir.path(), &[missing.to_str().unwrap()]);
    assert!(!out.status.success(), "nothing to read is an error");
    assert_ne!(out.status.code(), None, "it exits, it is not killed by a signal");
    assert!(
        !out.stdout.windows(8).any(|w| w == b"\x1b[?1049h"),
        "the alternate screen must not be entered: {:?}",
        String::from_utf8_lossy(&out.stdout)
    );
    assert!(!out.stdout.contains(&0x1b), "no escape sequence at all on stdout");
    let err = stderr(&out);
    assert!(
        err.contains(&missing.display().to_string()),
        "stderr names the path: {err}"
    );
    assert!(
        err.lines().all(|l| l.starts_with("parallax: ")),
        "messages are prefixed: {err}"
    );
    assert!(!err.contains('\u{1b}'), "no escape sequence on stderr: {err:?}");
}

#[test]
fn reader_without_a_terminal_says_so_and_points_to_inspect() {
    let dir = tempfile::tempdir().unwrap();
    let out = run(dir.path(), &[]);
    assert!(!out.status.success());
    let err = stderr(&out);
    assert!(err.contains("needs a terminal"), "{err}");
    assert!(err.contains("parallax inspect"), "{err}");
    assert!(!out.stdout.contains(&0x1b), "nothing drawn without a terminal");
}

#[test]
fn version_prints_the_version_and_where_files_live() {
    let dir = tempfile::tempdir().unwrap();
    let home = dir.path().join("px-home");
    let out = parallax(dir.path(), &["--version"])
        .env("PARALLAX_HOME", &home)
        .output()
        .unwrap();
    assert!(out.status.success(), "stderr: {}", stderr(&out));
    let text = stdout(&out);
    assert!(text.contains(env!("CARGO_PKG_VERSION")), "{text}");
    for sub in ["config", "state", "cache"] {
        let path = home.join(sub).display().to_string();
        assert!(
            text.lines().any(|l| l.trim_end().ends_with(&path)),
            "{path} missing from:\n{text}"
        );
    }
}

#[test]
fn home_flag_puts_every_path_under_it_before_parallax_home_and_with_any_command() {
    let dir = tempfile::tempdir().unwrap();
    let home = dir.path().join("flag-home");
    let home_text = home.display().to_string();
    for args in [
        vec!["--home", home_text.as_str(), "--version"],
        vec!["--version", "--home", home_text.as_str()],
    ] {
        let out = run(dir.path(), &args);
        assert!(out.status.success(), "{args:?}: {}", stderr(&out));
        let text = stdout(&out);
        for sub in ["config", "state", "cache"] {
            let path = home.join(sub).display().to_string();
            assert!(
                text.lines().any(|l| l.trim_end().ends_with(&path)),
                "{args:?}: {path} missing from:\n{text}"
            );
        }
    }
    // Global: before or after a command, as --home DIR or --home=DIR.
    let flag = format!("--home={home_text}");
    for args in [
        vec!["--home", home_text.as_str(), "inspect", "--json"],
        vec!["inspect", "--json", flag.as_str()],
    ] {
        let out = run(dir.path(), &args);
        assert!(out.status.success(), "{args:?}: {}", stderr(&out));
        assert_eq!(json_lines(&out).len(), 5, "{args:?}");
    }
    let out = run(dir.path(), &["--help"]);
    assert!(stdout(&out).contains("--home <DIR>"), "{}", stdout(&out));
}

#[test]
fn help_mentions_the_inspect_command() {
    let dir = tempfile::tempdir().unwrap();
    let out = run(dir.path(), &["--help"]);
    assert!(out.status.success());
    let text = stdout(&out);
    assert!(text.contains("inspect"), "{text}");
    let out = run(dir.path(), &["inspect", "--help"]);
    assert!(out.status.success());
    assert!(stdout(&out).contains("--json"));
}

#[test]
fn an_unknown_option_is_a_usage_error() {
    let dir = tempfile::tempdir().unwrap();
    let out = run(dir.path(), &["--no-such-option"]);
    assert_eq!(out.status.code(), Some(2), "clap's usage errors exit with 2");
    assert!(stderr(&out).contains("--no-such-option"));
    assert!(!out.stdout.contains(&0x1b));
}

fn as_strs(args: &[String]) -> Vec<&str> {
    args.iter().map(String::as_str).collect()
}

/// Output this big cannot sit in a pipe: Linux pipes hold 16 pages (64 KiB, or 1 MiB on
/// 64 KiB-page kernels) unless a process asks for more, which parallax does not; macOS ones
/// hold less. A writer of more than this must meet the closed pipe.
const LARGER_THAN_A_PIPE: usize = 1024 * 1024 + 64 * 1024;

/// Runs `parallax inspect [--json] FOLDER FOLDER…`, with the folder named as many times as it
/// takes to print more than a pipe holds, reads ten bytes and closes the pipe, like
/// `parallax inspect | head -c 10`.
fn assert_closed_pipe_is_silent_success(folder: &Path, json: bool) {
    let dir = tempfile::tempdir().unwrap();
    let folder = folder.to_str().unwrap().to_string();
    let command = |copies: usize| {
        let mut args = vec!["inspect".to_string()];
        if json {
            args.push("--json".to_string());
        }
        args.extend(std::iter::repeat_n(folder.clone(), copies));
        args
    };
    let once = run(dir.path(), &as_strs(&command(1)));
    assert!(
        once.status.success() && once.stdout.len() >= 10,
        "stderr: {}",
        stderr(&once)
    );
    let copies = LARGER_THAN_A_PIPE / once.stdout.len() + 1;
    assert!(copies * once.stdout.len() > LARGER_THAN_A_PIPE);
    let args = command(copies);

    let mut child = parallax(dir.path(), &as_strs(&args))
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut head = [0u8; 10];
    // Read a little, then drop (close) the pipe while parallax is still writing.
    child.stdout.take().unwrap().read_exact(&mut head).unwrap();
    assert_eq!(&head[..], &once.stdout[..10]);
    let status = child.wait().unwrap();
    let mut err = String::new();
    child.stderr.take().unwrap().read_to_string(&mut err).unwrap();
    assert_eq!(
        status.code(),
        Some(0),
        "a closed pipe is success, not {status:?}; stderr: {err}"
    );
    assert_eq!(err, "", "a closed pipe prints nothing");
}

#[test]
fn a_closed_pipe_ends_inspect_json_silently() {
    assert_closed_pipe_is_silent_success(&seeds_dir(), true);
}

#[test]
fn a_closed_pipe_ends_the_inspect_table_silently() {
    // The table is a few lines an article: many small articles make it long, cheaply.
    let dir = tempfile::tempdir().unwrap();
    for i in 0..50 {
        let text = format!("Envoys meet for round {i} of the talks\n\nThe envoys met again, round {i}.\n");
        fs::write(dir.path().join(format!("round_{i:02}.txt")), text).unwrap();
    }
    assert_closed_pipe_is_silent_success(dir.path(), false);
}

/// Text trying to clear the screen, retitle the window, write the clipboard (OSC 52), start a
/// C1 CSI and reverse the text direction.
const HOSTILE: &str = "Headline \u{1b}[2Jwith a clear\n\n\
    Body \u{1b}]0;pwned title\u{7}text about the talks.\n\n\
    Clipboard \u{1b}]52;c;cm0gLXJmIH4K\u{7}write and \u{1b}]52;c;ZXZpbA==\u{1b}\\again.\n\n\
    A C1 \u{9b}31mred\u{9b}0m word and a bell\u{7} here.\n\n\
    Reversed \u{202e}txet\u{202c} and isolated \u{2066}text\u{2069} end.\n";

fn is_forbidden(c: char) -> bool {
    matches!(c, '\u{1b}' | '\u{7}' | '\u{80}'..='\u{9f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

#[test]
fn terminal_control_sequences_never_reach_the_output() {
    let dir = tempfile::tempdir().unwrap();
    let utf8 = dir.path().join("hostile.txt");
    fs::write(&utf8, HOSTILE).unwrap();
    // The same, with a raw 0x9b byte (CSI in 8-bit terminals), so the file is not UTF-8.
    let raw = dir.path().join("hostile_raw.txt");
    let mut bytes = HOSTILE.as_bytes().to_vec();
    bytes.extend_from_slice(b"\nRaw \x9b2J byte.\n");
    fs::write(&raw, bytes).unwrap();
    let args = ["inspect", "--json", utf8.to_str().unwrap(), raw.to_str().unwrap()];

    let out = run(dir.path(), &args);
    assert!(out.status.success(), "stderr: {}", stderr(&out));
    let articles = json_lines(&out);
    assert_eq!(articles.len(), 2);
    for article in &articles {
        let mut all = Vec::new();
        strings(article, &mut all);
        for s in &all {
            let bad: Vec<String> = s
                .chars()
                .filter(|&c| is_forbidden(c))
                .map(|c| c.escape_unicode().to_string())
                .collect();
            assert!(bad.is_empty(), "{bad:?} survived in {s:?}");
        }
        // The text around the controls survives.
        let body = all_text(article);
        for kept in [
            "text about the talks",
            "write and",
            "again.",
            "red",
            "word and a bell",
            "end.",
        ] {
            assert!(body.contains(kept), "{kept:?} lost from {body:?}");
        }
        assert!(
            body.contains("Headline") && body.contains("with a clear"),
            "{body:?}"
        );
        // Whole sequences go, not only their first character.
        for payload in ["pwned", "ZXZpbA==", "cm0gLXJmIH4K", "52;", "31m", "[2J"] {
            assert!(!body.contains(payload), "{payload:?} left as text in {body:?}");
        }
    }

    // The human-readable table goes to terminals directly: check its raw bytes too.
    let out = run(
        dir.path(),
        &args[..1].iter().chain(&args[2..]).copied().collect::<Vec<_>>(),
    );
    assert!(out.status.success());
    let table = stdout(&out);
    assert!(table.contains("Headline"));
    let bad: Vec<char> = table.chars().filter(|&c| is_forbidden(c)).collect();
    assert!(
        bad.is_empty(),
        "controls {bad:?} reach the terminal in:\n{table:?}"
    );
}

#[test]
fn quotes_json_prints_one_quote_a_line_with_every_field() {
    let dir = tempfile::tempdir().unwrap();
    let out = run(dir.path(), &["quotes", "--json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let quotes: Vec<Value> = stdout(&out)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert!(
        quotes.len() > 50,
        "the seed story has many quotes: {}",
        quotes.len()
    );
    for q in &quotes {
        for key in [
            "article",
            "outlet",
            "paragraph",
            "start",
            "end",
            "text",
            "speaker",
            "speaker_description",
            "entity",
            "utterance",
            "headline",
            "confidence",
        ] {
            assert!(q.get(key).is_some(), "{key} missing in {q}");
        }
        let (start, end) = (q["start"].as_u64().unwrap(), q["end"].as_u64().unwrap());
        assert!(start < end);
        assert_eq!(
            (end - start) as usize,
            q["text"].as_str().unwrap().chars().count(),
            "{q}"
        );
        let confidence = q["confidence"].as_f64().unwrap();
        assert!((0.0..=1.0).contains(&confidence));
        // A named speaker has an entity id; a headline quote has no paragraph.
        assert_eq!(q["speaker"].is_null(), q["entity"].is_null(), "{q}");
        assert_eq!(q["headline"] == true, q["paragraph"].is_null(), "{q}");
    }
    // The char offsets point at the quote in the paragraph `inspect` prints.
    let articles = json_lines(&run(dir.path(), &["inspect", "--json"]));
    let q = quotes
        .iter()
        .find(|q| q["paragraph"].is_u64() && q["text"].as_str().unwrap().contains('’'))
        .unwrap();
    let article = articles.iter().find(|a| a["file_name"] == q["article"]).unwrap();
    let paragraph = article["paragraphs"][q["paragraph"].as_u64().unwrap() as usize]["text"]
        .as_str()
        .unwrap();
    let chars: Vec<char> = paragraph.chars().collect();
    let slice: String = chars[q["start"].as_u64().unwrap() as usize..q["end"].as_u64().unwrap() as usize]
        .iter()
        .collect();
    assert_eq!(slice, q["text"].as_str().unwrap());
}

#[test]
fn actors_json_names_people_and_organizations_with_shared_entities() {
    let dir = tempfile::tempdir().unwrap();
    let out = run(dir.path(), &["actors", "--json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let actors: Vec<Value> = stdout(&out)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    for a in &actors {
        assert!(
            matches!(a["type"].as_str(), Some("person" | "organization")),
            "{a}"
        );
        assert!(
            a["aliases"].as_array().unwrap().iter().any(|x| x == &a["name"]),
            "{a}"
        );
        assert!(a["mentions"].as_u64().unwrap() >= 1);
    }
    // One entity across outlets for a person every seed names.
    let mut by_entity: std::collections::HashMap<&str, std::collections::HashSet<&str>> = Default::default();
    for a in &actors {
        by_entity
            .entry(a["entity"].as_str().unwrap())
            .or_default()
            .insert(a["article"].as_str().unwrap());
    }
    assert!(
        by_entity.values().any(|articles| articles.len() == 5),
        "an entity shared by all five articles"
    );
}

#[test]
fn quotes_and_actors_tables_are_readable() {
    let dir = tempfile::tempdir().unwrap();
    let out = run(dir.path(), &["quotes"]);
    assert!(out.status.success());
    let text = stdout(&out);
    assert!(text.starts_with("ARTICLE"), "{text}");
    assert!(!text.contains('\u{1b}'));
    let out = run(dir.path(), &["actors", seeds_dir().to_str().unwrap()]);
    assert!(out.status.success());
    assert!(stdout(&out).lines().next().unwrap().contains("MENTIONS"));
}

#[test]
fn search_json_ranks_hits_of_every_kind_with_char_indices() {
    let dir = tempfile::tempdir().unwrap();
    let out = run(dir.path(), &["search", "ushak", "--json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let hits = json_lines(&out);
    assert!(hits.len() > 10);
    let keys = [
        "kind",
        "score",
        "article",
        "label",
        "outlet",
        "paragraph",
        "text",
        "speaker",
        "indices",
    ];
    for hit in &hits {
        for key in keys {
            assert!(hit.get(key).is_some(), "{key} missing in {hit}");
        }
        assert_eq!(hit.as_object().unwrap().len(), keys.len(), "{hit}");
    }
    let scores: Vec<i64> = hits.iter().map(|h| h["score"].as_i64().unwrap()).collect();
    assert!(
        scores.windows(2).all(|w| w[0] >= w[1]),
        "ranked best first: {scores:?}"
    );
    let kinds: Vec<&str> = hits.iter().map(|h| h["kind"].as_str().unwrap()).collect();
    for kind in ["actor", "quote", "text"] {
        assert!(kinds.contains(&kind), "no {kind} hit: {kinds:?}");
    }
    // Indices are char positions: they pick out the matched letters even after curly marks.
    for hit in &hits {
        let text: Vec<char> = hit["text"].as_str().unwrap().chars().collect();
        let picked: String = hit["indices"]
            .as_array()
            .unwrap()
            .iter()
            .map(|i| text[i.as_u64().unwrap() as usize].to_ascii_lowercase())
            .collect();
        // (A hit may match in a field other than its text: a quote's speaker, a role.)
        if !picked.is_empty() {
            assert_eq!(picked, "ushak", "{hit}");
        }
    }
    let quote = hits.iter().find(|h| h["kind"] == "quote").unwrap();
    assert_eq!(quote["speaker"], "Yuri Ushakov");
}

#[test]
fn search_qualifiers_and_limit_narrow_the_hits() {
    let dir = tempfile::tempdir().unwrap();
    let out = run(
        dir.path(),
        &["search", "by:ushakov compromise", "--json", "--limit", "3"],
    );
    let hits = json_lines(&out);
    assert!(!hits.is_empty() && hits.len() <= 3);
    assert!(
        hits.iter()
            .all(|h| h["kind"] == "quote" && h["speaker"] == "Yuri Ushakov")
    );
    let out = run(dir.path(), &["search", "in:ap is:article", "--json"]);
    let hits = json_lines(&out);
    assert!(!hits.is_empty());
    assert!(
        hits.iter()
            .all(|h| h["kind"] == "article" && h["outlet"] == "Associated Press")
    );
    // A table for people.
    let out = run(dir.path(), &["search", "zelensky"]);
    assert!(stdout(&out).starts_with("KIND"), "{}", stdout(&out));
}

#[test]
fn search_filter_ranks_stdin_lines_like_fzf() {
    let dir = tempfile::tempdir().unwrap();
    let mut child = parallax(dir.path(), &["search", "--filter", "ushakov compromise"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let input = "no match here\nUshakov: no compromise\nushakov\nthe compromise, Ushakov said\n\u{ff}bad byte ushakov compromise\n";
    std::io::Write::write_all(&mut child.stdin.take().unwrap(), input.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    let lines: Vec<String> = stdout(&out).lines().map(String::from).collect();
    assert_eq!(lines.len(), 3, "{lines:?}");
    assert_eq!(lines[0], "Ushakov: no compromise");
    assert!(lines.contains(&"the compromise, Ushakov said".to_string()));
}

#[test]
fn tables_name_articles_by_label_not_file_name() {
    let dir = tempfile::tempdir().unwrap();
    for args in [&["quotes"][..], &["actors"], &["search", "'sure.$"]] {
        let out = run(dir.path(), args);
        assert!(out.status.success(), "{}", stderr(&out));
        let text = stdout(&out);
        assert!(!text.contains(".txt"), "{args:?} names a file:\n{text}");
    }
    // Two articles of one outlet are told apart.
    let out = run(dir.path(), &["search", "'sure.$"]);
    let text = stdout(&out);
    let rows: Vec<&str> = text.lines().skip(1).collect();
    assert_eq!(rows.len(), 2, "{rows:?}");
    assert_ne!(rows[0], rows[1]);
    assert!(rows.iter().all(|r| r.contains("Associated Press: ")), "{rows:?}");
}

#[test]
fn a_table_command_with_nothing_loaded_prints_no_table_before_its_error() {
    let dir = tempfile::tempdir().unwrap();
    for command in ["quotes", "actors", "inspect"] {
        let out = run(dir.path(), &[command, "/nonexistent"]);
        assert_eq!(out.status.code(), Some(1), "{command}: {}", stderr(&out));
        assert_eq!(stdout(&out), "", "{command}: no table, not even its header");
        assert!(
            stderr(&out).contains("/nonexistent"),
            "{command}: {}",
            stderr(&out)
        );
    }
    let out = run(dir.path(), &["search", "ushakov", "/nonexistent"]);
    assert_eq!(stdout(&out), "", "search: no table either");
    assert!(!out.status.success());
}

/// `parallax search --filter QUERY` with `input` on stdin.
fn filter(dir: &Path, query: &str, input: &str) -> Output {
    let mut child = parallax(dir, &["search", "--filter", query])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    std::io::Write::write_all(&mut child.stdin.take().unwrap(), input.as_bytes()).unwrap();
    child.wait_with_output().unwrap()
}

#[test]
fn a_search_without_a_hit_exits_1_as_grep_and_fzf_do() {
    let dir = tempfile::tempdir().unwrap();
    let out = run(dir.path(), &["search", "qqqzzzxxx"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert_eq!(stdout(&out), "", "no hit, no table");
    let out = run(dir.path(), &["search", "--json", "qqqzzzxxx"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(stdout(&out), "");
    let out = filter(dir.path(), "qqqzzzxxx", "one line\nanother line\n");
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert_eq!(stdout(&out), "");
    // A hit is still success.
    assert_eq!(
        filter(dir.path(), "another", "one line\nanother line\n")
            .status
            .code(),
        Some(0)
    );
    assert_eq!(run(dir.path(), &["search", "ushakov"]).status.code(), Some(0));
}

#[test]
fn a_mistyped_command_is_a_usage_error_naming_the_command() {
    let dir = tempfile::tempdir().unwrap();
    for (typed, meant) in [
        ("quote", "quotes"),
        ("inspct", "inspect"),
        ("actor", "actors"),
        ("serch", "search"),
    ] {
        let out = run(dir.path(), &[typed, "story/"]);
        assert_eq!(out.status.code(), Some(2), "{typed}: {}", stderr(&out));
        let err = stderr(&out);
        assert!(
            err.contains(&format!("'{meant}'")) && err.contains(typed),
            "{typed}: the hint names {meant}: {err}"
        );
    }
    // Options after it do not hide the hint.
    let out = run(dir.path(), &["quote", "--json"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("'quotes'"), "{}", stderr(&out));
    // A file of that name is read as one.
    fs::write(
        dir.path().join("quote"),
        "Ministers meet in Geneva\n\nThe ministers met in Geneva on Tuesday.\n",
    )
    .unwrap();
    let out = run(dir.path(), &["quote"]);
    assert!(
        stderr(&out).contains("needs a terminal"),
        "an existing file is opened, not taken for a command: {}",
        stderr(&out)
    );
    // A name like no command is a missing file, as before.
    let out = run(dir.path(), &["editorial"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("editorial: no such file"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn the_filter_usage_line_does_not_offer_paths() {
    let dir = tempfile::tempdir().unwrap();
    let out = run(dir.path(), &["search", "--help"]);
    assert!(out.status.success());
    let help = stdout(&out);
    let filter_usage: Vec<&str> = help
        .lines()
        .filter(|l| l.contains("--filter") && l.contains("QUERY"))
        .collect();
    assert!(!filter_usage.is_empty(), "a usage line for --filter: {help}");
    for line in filter_usage {
        assert!(!line.contains("PATHS"), "--filter refuses PATHS: {line}");
    }
    assert!(
        help.lines().any(|l| l.contains("<QUERY> [PATHS]...")),
        "the search form still takes paths: {help}"
    );
}

#[test]
fn a_merged_actor_names_every_outlet_it_appears_in() {
    let dir = tempfile::tempdir().unwrap();
    for (file, outlet) in [("1.txt", "AP"), ("2.txt", "BBC"), ("3.txt", "CNN")] {
        fs::write(
            dir.path().join(file),
            format!(
                "---\noutlet: {outlet}\n---\nTalks end in Moscow\n\n\"The talks were useful,\" Yuri Ushakov said on Wednesday.\n"
            ),
        )
        .unwrap();
    }
    let out = run(dir.path(), &["search", "is:actor ushakov", "."]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    let row = text
        .lines()
        .find(|l| l.starts_with("actor"))
        .unwrap_or_else(|| panic!("no actor row: {text}"));
    assert!(row.contains("AP, BBC, CNN"), "{row}");
}

/// A Markdown table row's cells: split on the pipes that are not escaped, unescaped.
fn markdown_cells(row: &str) -> Vec<String> {
    let inner = row
        .strip_prefix("| ")
        .and_then(|r| r.strip_suffix(" |"))
        .unwrap_or_else(|| panic!("not a table row: {row}"));
    let mut cells = vec![String::new()];
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => cells.last_mut().unwrap().extend(chars.next()),
            '|' => cells.push(String::new()),
            c => cells.last_mut().unwrap().push(c),
        }
    }
    cells.iter().map(|c| c.trim().to_string()).collect()
}

#[test]
fn quotes_format_prints_markdown_csv_and_json_with_the_same_quotes() {
    let dir = tempfile::tempdir().unwrap();
    let inputs = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/inputs");
    let gull = inputs.join("gull.html");
    let seeds = seeds_dir();
    let paths = [seeds.to_str().unwrap(), gull.to_str().unwrap()];
    let with = |extra: &[&str]| {
        let args: Vec<&str> = ["quotes"].iter().chain(extra).chain(&paths).copied().collect();
        let out = run(dir.path(), &args);
        assert!(out.status.success(), "{extra:?}: {}", stderr(&out));
        out
    };
    // JSON: --json is --format json; every quote with its article's date and url.
    let json = json_lines(&with(&["--format", "json"]));
    assert_eq!(stdout(&with(&["--json"])), stdout(&with(&["--format", "json"])));
    assert!(json.len() > 50, "{}", json.len());
    assert!(
        json.iter()
            .all(|q| q.get("date").is_some() && q.get("url").is_some())
    );
    let texts: Vec<&str> = json.iter().map(|q| q["text"].as_str().unwrap()).collect();
    assert!(
        json.iter()
            .any(|q| q["article"] == "gull.html" && q["url"].is_string()),
        "the web page's quotes carry its address"
    );

    // CSV, read back with the csv crate: one record a quote, in the same order.
    let csv_out = with(&["--format", "csv"]);
    let mut reader = csv::Reader::from_reader(csv_out.stdout.as_slice());
    let header: Vec<String> = reader.headers().unwrap().iter().map(str::to_string).collect();
    assert_eq!(
        header,
        [
            "article",
            "outlet",
            "date",
            "paragraph",
            "speaker",
            "quote",
            "url"
        ]
    );
    let records: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let csv_texts: Vec<&str> = records.iter().map(|r| &r[5]).collect();
    assert_eq!(csv_texts, texts);
    for (record, q) in records.iter().zip(&json) {
        assert_eq!(&record[0], q["article"].as_str().unwrap());
        assert_eq!(&record[6], q["url"].as_str().unwrap_or(""));
        let speaker = q["speaker"].as_str().or(q["speaker_description"].as_str());
        assert_eq!(&record[4], speaker.unwrap_or(""));
    }

    // Markdown: a header, a separator, then one row of seven cells a quote.
    let md = stdout(&with(&["--format", "md"]));
    let lines: Vec<&str> = md.lines().collect();
    assert_eq!(markdown_cells(lines[0]), header);
    assert!(lines[1].starts_with("| --- |"), "{}", lines[1]);
    assert_eq!(lines.len(), 2 + json.len());
    for (row, q) in lines[2..].iter().zip(&json) {
        let cells = markdown_cells(row);
        assert_eq!(cells.len(), 7, "{row}");
        let text: Vec<&str> = q["text"].as_str().unwrap().split_whitespace().collect();
        assert_eq!(cells[5], text.join(" "), "{row}");
        assert_eq!(cells[0], q["article"].as_str().unwrap());
    }
    assert_eq!(stdout(&with(&["--format", "markdown"])), md, "markdown is md");

    // --json with another --format is a usage error.
    let both = run(dir.path(), &["quotes", "--json", "--format", "csv"]);
    assert_eq!(both.status.code(), Some(2), "{}", stderr(&both));
}
