//! The config and keymap as the real binary reads them: a bad file stops every command with
//! its path, line and key and exit code 2 before anything else runs; an unknown key is a
//! warning; `--config FILE` picks the file; and the set-up commands (`config
//! --print-default`, `completions`, `man`) print what they should.

use std::fs;
use std::path::Path;
use std::process::{Command, Output, Stdio};

const BIN: &str = env!("CARGO_BIN_EXE_parallax");

/// `parallax ARGS` with stdin closed, with config and state under `home`.
fn run(home: &Path, args: &[&str]) -> Output {
    Command::new(BIN)
        .args(args)
        .env("PARALLAX_HOME", home)
        .env_remove("NO_COLOR")
        .stdin(Stdio::null())
        .output()
        .expect("failed to run the parallax binary")
}

/// A PARALLAX_HOME with `config` and `keymap` (when given) in its config folder.
fn home(config: Option<&str>, keymap: Option<&str>) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir_all(dir.path().join("config")).unwrap();
    if let Some(text) = config {
        fs::write(dir.path().join("config/config.toml"), text).unwrap();
    }
    if let Some(text) = keymap {
        fs::write(dir.path().join("config/keymap.toml"), text).unwrap();
    }
    dir
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).unwrap()
}

#[test]
fn a_bad_config_stops_every_command_with_its_path_line_and_key() {
    let dir = home(
        Some("mouse = true\n\n[theme.styles]\nquote = { fg = \"yelow\" }\n"),
        None,
    );
    let file = dir.path().join("config/config.toml");
    for args in [&["inspect"][..], &["quotes", "--json"], &["search", "putin"], &[]] {
        let out = run(dir.path(), args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(out.stdout.is_empty(), "{args:?}: nothing else ran");
        let err = text(&out.stderr);
        assert!(
            err.contains(&format!(
                "{}:4: theme.styles.quote.fg: unknown colour `yelow`",
                file.display()
            )),
            "{args:?}: {err}"
        );
    }
}

#[test]
fn wrong_types_and_syntax_errors_exit_2() {
    for (config, needle) in [
        ("wrap_width = \"wide\"\n", ":1: wrap_width: invalid type"),
        (
            "color = \"sometimes\"\n",
            ":1: color: unknown variant `sometimes`",
        ),
        ("mouse = true\nwrap_width = [\n", ":2: unclosed array"),
    ] {
        let dir = home(Some(config), None);
        let out = run(dir.path(), &["inspect"]);
        assert_eq!(out.status.code(), Some(2), "{config}");
        let err = text(&out.stderr);
        assert!(
            err.contains("config.toml") && err.contains(needle),
            "{config}: {err}"
        );
    }
}

#[test]
fn an_unknown_key_is_a_warning_and_the_command_runs() {
    let dir = home(Some("colour = \"never\"\nwrap_width = 70\n"), None);
    let out = run(dir.path(), &["inspect", "--json"]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        text(&out.stdout).lines().count(),
        5,
        "the bundled story's articles"
    );
    let err = text(&out.stderr);
    assert!(
        err.contains("warning: ") && err.contains("config.toml:1: colour: unknown key"),
        "{err}"
    );
}

#[test]
fn config_picks_another_file_and_a_missing_one_is_an_error() {
    let dir = home(Some("wrap_width = 5\n"), None);
    let other = dir.path().join("other.toml");
    fs::write(&other, "wrap_width = 60\nfoo = 1\n").unwrap();
    let other = other.to_str().unwrap();
    // The bad default file is not read: the named one is, before or after the command.
    for args in [
        &["--config", other, "inspect"][..],
        &["inspect", &format!("--config={other}")],
    ] {
        let out = run(dir.path(), args);
        assert_eq!(out.status.code(), Some(0), "{args:?}: {}", text(&out.stderr));
        assert!(text(&out.stderr).contains("other.toml:2: foo: unknown key"));
    }
    let out = run(dir.path(), &["inspect"]);
    assert_eq!(out.status.code(), Some(2), "the default file is bad");
    let missing = dir.path().join("missing.toml");
    let out = run(dir.path(), &["--config", missing.to_str().unwrap(), "inspect"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("missing.toml: cannot be read"));
}

#[test]
fn a_keymap_that_does_not_parse_or_has_a_bad_key_exits_2_before_the_reader() {
    for (keymap, needle) in [
        ("[normal]\nzoom = [\"Z\"\n", "keymap.toml:2: "),
        (
            "[normal]\nzoom = [\"nope-key\"]\n",
            "keymap.toml:2: [normal] zoom",
        ),
        (
            "[normal]\nzoom = \"Z\"\n",
            "keymap.toml:2: [normal] zoom: should be a list",
        ),
    ] {
        let dir = home(None, Some(keymap));
        // The reader (stdin is no terminal: it would refuse later, but the keymap comes first).
        for args in [&[][..], &["inspect"]] {
            let out = run(dir.path(), args);
            assert_eq!(out.status.code(), Some(2), "{keymap} {args:?}");
            let err = text(&out.stderr);
            assert!(err.contains(needle), "{keymap}: {err}");
            assert!(!err.contains("needs a terminal"), "{err}");
        }
    }
}

#[test]
fn a_keymap_entry_with_an_unknown_action_is_a_warning() {
    let dir = home(None, Some("[normal]\nfly = [\"f\"]\nzoom = [\"Z\"]\n"));
    let out = run(dir.path(), &["inspect"]);
    assert_eq!(out.status.code(), Some(0));
    let err = text(&out.stderr);
    assert!(
        err.contains("warning: ") && err.contains("keymap.toml:2: [normal] fly"),
        "{err}"
    );
}

#[test]
fn print_default_prints_the_shipped_config_even_when_the_users_is_bad() {
    let dir = home(Some("wrap_width = 5\n"), Some("not toml ["));
    let out = run(dir.path(), &["config", "--print-default"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let printed = text(&out.stdout);
    let shipped =
        fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/config.toml")).unwrap();
    assert_eq!(printed, shipped);
    // What it prints, written as the config, is a good one.
    let dir = home(Some(&printed), None);
    let out = run(dir.path(), &["inspect"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(out.stderr.is_empty(), "{}", text(&out.stderr));
}

#[test]
fn completions_for_every_shell_name_the_commands() {
    let dir = home(None, None);
    for shell in ["bash", "zsh", "fish", "elvish", "powershell"] {
        let out = run(dir.path(), &["completions", shell]);
        assert_eq!(out.status.code(), Some(0), "{shell}");
        let script = text(&out.stdout);
        for command in ["inspect", "quotes", "search", "compare", "completions", "man"] {
            assert!(script.contains(command), "{shell} lacks {command}");
        }
        assert!(script.contains("print-default"), "{shell}: a subcommand's flag");
    }
    let out = run(dir.path(), &["completions", "tcsh"]);
    assert_eq!(out.status.code(), Some(2), "an unknown shell is a usage error");
}

#[test]
fn the_man_page_is_roff_naming_the_commands() {
    let dir = home(Some("not toml ["), None);
    let out = run(dir.path(), &["man"]);
    assert_eq!(out.status.code(), Some(0));
    let page = text(&out.stdout);
    assert!(page.starts_with(".ie") || page.contains(".TH parallax"), "{page}");
    assert!(page.contains(".SH NAME") && page.contains(".SH SUBCOMMANDS"));
    for command in ["inspect", "quotes", "actors", "search", "story", "completions"] {
        assert!(page.contains(&format!("parallax\\-{command}")), "{command}");
    }
    assert!(!page.contains("state:"), "no machine's paths in the page");
}
