//! The command line: `parallax [PATH...]` opens the reader; subcommands print the same data
//! for scripts and tests.

use std::ffi::OsString;
use std::io::{self, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};

use unicode_width::UnicodeWidthStr;

use crate::corpus::Corpus;
use crate::export::{self, Format};
use crate::extract::Story;
use crate::library::{Library, Plan, Stage};
use crate::paths::Paths;
use crate::search::{self, Matcher, Query, Record};

use crate::tui::config::Settings;

mod setup;

/// parallax: read one news story as told by many outlets.
#[derive(Debug, Parser)]
#[command(name = "parallax", version, about, args_conflicts_with_subcommands = true)]
pub struct Cli {
    /// Article files, folders (read recursively), story files (.toml) and `-` for standard
    /// input: text, Markdown, HTML, RSS/Atom, JSON, JSON Lines. None: the bundled story.
    pub paths: Vec<PathBuf>,
    /// What to do instead of opening the reader.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The non-interactive commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Open the reader on files, folders or a story file (`parallax open story.toml`).
    Open {
        /// Article files, folders and story files. None: the bundled story.
        paths: Vec<PathBuf>,
    },
    /// Print how each article was read: title, outlet, date, byline, paragraphs.
    Inspect {
        /// Article files and folders. None: the bundled story.
        paths: Vec<PathBuf>,
        /// Print JSON Lines, one article a line.
        #[arg(long)]
        json: bool,
    },
    /// Print every quote: who said what, where.
    Quotes {
        /// Article files and folders. None: the bundled story.
        paths: Vec<PathBuf>,
        /// Print JSON Lines, one quote a line (the same as `--format json`).
        #[arg(long, conflicts_with = "format")]
        json: bool,
        /// Print a Markdown table, CSV or JSON Lines instead of the aligned table.
        #[arg(long, value_enum)]
        format: Option<Format>,
    },
    /// Print every actor of every article: people and organizations.
    Actors {
        /// Article files and folders. None: the bundled story.
        paths: Vec<PathBuf>,
        /// Print JSON Lines, one actor of one article a line.
        #[arg(long)]
        json: bool,
    },
    /// Align two articles sentence by sentence: what both report, and what only one does.
    Compare {
        /// The left article.
        left: PathBuf,
        /// The right article.
        right: PathBuf,
        /// Print JSON Lines: one row a line, then `{"summary": …}`.
        #[arg(long)]
        json: bool,
    },
    /// The story across outlets: who each mentions and quotes, which carries which remark,
    /// what each alone reports.
    Story {
        /// Article files and folders. None: the bundled story.
        paths: Vec<PathBuf>,
        /// Print the grid as one JSON object.
        #[arg(long)]
        json: bool,
    },
    /// Fuzzy-search articles, actors, quotes and text, best hits first.
    ///
    /// Terms separated by spaces must all match: `'exact`, `^prefix`, `suffix$`, `!not`;
    /// `by:NAME` keeps quotes of a speaker, `in:OUTLET` one outlet's articles,
    /// `is:article|actor|quote|text` one kind.
    #[command(
        override_usage = "parallax search [--json] [--limit <N>] <QUERY> [PATHS]...\n       \
                                parallax search --filter [--json] [--limit <N>] <QUERY> < LINES"
    )]
    Search {
        /// The query.
        query: String,
        /// Article files and folders. None: the bundled story.
        paths: Vec<PathBuf>,
        /// Print JSON Lines, one hit a line.
        #[arg(long)]
        json: bool,
        /// Print at most this many hits.
        #[arg(long, value_name = "N")]
        limit: Option<usize>,
        /// Rank the lines of standard input instead, printing the matching ones best first
        /// (as `fzf --filter` does).
        #[arg(long, conflicts_with = "paths")]
        filter: bool,
    },
    /// The config file: `--print-default` prints the commented default one.
    Config {
        /// Print the default config.toml, every setting explained.
        #[arg(long, required = true)]
        print_default: bool,
    },
    /// Print a completion script for SHELL (bash, zsh, fish, elvish, powershell).
    Completions {
        /// The shell.
        shell: clap_complete::Shell,
    },
    /// Print the man page (roff), as `parallax man > parallax.1`.
    Man,
}

/// Runs parallax with the process's arguments and returns its exit code.
pub fn main() -> ExitCode {
    crate::allocator::tune();
    let (home, args) = split_flag("--home", std::env::args_os());
    let (config, args) = split_flag("--config", args);
    let paths = Paths::with_home(home);
    let command = Cli::command()
        .long_version(long_version(&paths))
        .arg(home_arg())
        .arg(setup::config_arg());
    if let Some((typed, meant)) = args.get(1).and_then(|first| mistyped_command(first.to_str()?)) {
        Cli::command()
            .error(
                clap::error::ErrorKind::InvalidSubcommand,
                format!(
                    "'{typed}' is neither a file nor a command\n\n  tip: a similar command exists: '{meant}'"
                ),
            )
            .exit();
    }
    let cli = match lone_path(&args) {
        Some(path) => Cli {
            paths: vec![path],
            command: None,
        },
        None => match Cli::from_arg_matches(&command.clone().get_matches_from(&args)) {
            Ok(cli) => cli,
            Err(e) => e.exit(),
        },
    };
    // The config and keymap are checked before anything else runs, except by the commands
    // that set parallax up: they work whatever state the config is in.
    let settings = match &cli.command {
        Some(Command::Config { .. } | Command::Completions { .. } | Command::Man) => Settings::default(),
        _ => match setup::settings(&paths, config.as_deref()) {
            Ok(settings) => settings,
            Err(code) => return code,
        },
    };
    match run(cli, &paths, settings, command) {
        Ok(code) => code,
        // A closed pipe (`parallax inspect | head`) is the reader's choice, not an error.
        Err(e) if is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("parallax: {e:#}");
            ExitCode::FAILURE
        }
    }
}

/// `--home DIR` as `--help` lists it: global, read by [`split_flag`] before the rest.
fn home_arg() -> clap::Arg {
    clap::Arg::new("home")
        .long("home")
        .value_name("DIR")
        .global(true)
        .help("Keep config, state and cache under DIR (as PARALLAX_HOME does; this wins)")
}

/// A global `flag` with a path (`--home DIR`, `--home=DIR`, likewise `--config FILE`) taken
/// out of the arguments, wherever it is before a `--`: every path (`--version`'s too) depends
/// on `--home` before anything else is read, and a flag in front of a command would otherwise
/// keep clap from seeing the command. The last one wins.
fn split_flag(flag: &str, args: impl IntoIterator<Item = OsString>) -> (Option<PathBuf>, Vec<OsString>) {
    let mut value = None;
    let mut rest = Vec::new();
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        match arg.to_str() {
            Some("--") => {
                rest.push(arg);
                rest.extend(args.by_ref());
            }
            Some(a) if a == flag => match args.next() {
                Some(v) => value = Some(PathBuf::from(v)),
                None => rest.push(arg), // clap names the missing value
            },
            Some(a) if a.strip_prefix(flag).is_some_and(|v| v.starts_with('=')) => {
                value = Some(PathBuf::from(&a[flag.len() + 1..]));
            }
            _ => rest.push(arg),
        }
    }
    (value, rest)
}

/// The one argument after the program's name, when it is the only one and names an existing
/// file or folder: a folder called `story` or `quotes` given alone opens in the reader, as any
/// other folder does; with more arguments a command's name is the command.
fn lone_path(args: &[OsString]) -> Option<PathBuf> {
    let mut args = args.iter().skip(1).cloned();
    let (Some(first), None) = (args.next(), args.next()) else {
        return None;
    };
    let named = !first.to_str().is_some_and(|s| s.starts_with('-'));
    (named && std::fs::symlink_metadata(&first).is_ok()).then(|| PathBuf::from(first))
}

/// The first argument and the command it was likely meant to be (`parallax quote` for
/// `quotes`), when it is neither a command, an option nor an existing file: a command name is
/// otherwise read as a file name.
fn mistyped_command(first: &str) -> Option<(String, String)> {
    let command = Cli::command();
    let names: Vec<&str> = command.get_subcommands().map(clap::Command::get_name).collect();
    if first.starts_with('-') || names.contains(&first) || std::fs::symlink_metadata(first).is_ok() {
        return None;
    }
    names
        .into_iter()
        .map(|name| (strsim::jaro(first, name), name))
        .filter(|(similarity, _)| *similarity >= 0.85)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, meant)| (first.to_string(), meant.to_string()))
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|cause| {
        let kind = cause
            .downcast_ref::<io::Error>()
            .map(io::Error::kind)
            .or_else(|| {
                cause
                    .downcast_ref::<serde_json::Error>()
                    .and_then(serde_json::Error::io_error_kind)
            });
        kind == Some(io::ErrorKind::BrokenPipe)
    })
}

/// `--version`: the version, then where config and state live.
fn long_version(paths: &Paths) -> String {
    format!(
        "{}\nconfig: {}\nstate:  {}\ncache:  {}",
        env!("CARGO_PKG_VERSION"),
        paths.config_dir.display(),
        paths.state_dir.display(),
        paths.cache_dir.display()
    )
}

fn run(cli: Cli, paths: &Paths, settings: Settings, definition: clap::Command) -> anyhow::Result<ExitCode> {
    match cli.command {
        None => open(cli.paths, paths, settings),
        Some(Command::Open { paths: files }) => open(files, paths, settings),
        Some(Command::Inspect { paths, json }) => {
            print(&paths, Plan::command(Stage::Read), |library, out| {
                let corpus = &library.corpus;
                if json {
                    let labelled: Vec<Inspected> = corpus
                        .articles
                        .iter()
                        .enumerate()
                        .map(|(i, article)| Inspected {
                            article,
                            label: corpus.label(i),
                        })
                        .collect();
                    return write_json_lines(out, &labelled);
                }
                if let Some(title) = library.title() {
                    writeln!(out, "Story: {title}\n")?;
                }
                for article in &corpus.articles {
                    writeln!(out, "{}", article.title.value)?;
                    for (label, value) in article.facts() {
                        writeln!(out, "  {label:<11} {value}")?;
                    }
                    writeln!(out)?;
                }
                Ok(())
            })
        }
        Some(Command::Quotes { paths, json, format }) => print(&paths, Plan::FINDINGS, |library, out| {
            let (corpus, story) = (&library.corpus, &library.story);
            if let Some(format) = format.or(json.then_some(Format::Json)) {
                let quotes = export::cite_all(&corpus.articles, &story.articles);
                return Ok(export::write(out, format, &quotes)?);
            }
            let labelled = || corpus.labels.iter().zip(&corpus.articles).zip(&story.articles);
            let quotes = || {
                labelled().flat_map(|((label, article), found)| {
                    found.quotes.iter().map(move |q| (label, q, q.words(article)))
                })
            };
            let row = |(label, q, words): (&String, &crate::extract::Quote, &str)| {
                let place = match q.paragraph {
                    Some(p) => format!("¶{p}"),
                    None => "title".to_string(),
                };
                let mut speaker = q
                    .speaker
                    .as_deref()
                    .map(str::to_string)
                    .or_else(|| q.speaker_description.as_ref().map(|d| format!("({d})")))
                    .unwrap_or_else(|| "?".to_string());
                if let Some(body) = &q.body_speaker {
                    speaker.push_str(&format!(" (body: {body})"));
                }
                [label.clone(), place, speaker, words.to_string()]
            };
            write_table(out, ["ARTICLE", "WHERE", "SPEAKER", "QUOTE"], || {
                quotes().map(row)
            })
        }),
        Some(Command::Actors { paths, json }) => print(&paths, Plan::FINDINGS, |library, out| {
            let (corpus, story) = (&library.corpus, &library.story);
            if json {
                // Article by article, so the story's records are never all held at once.
                for found in &story.articles {
                    write_json_lines(out, &found.actor_records())?;
                }
                return Ok(());
            }
            let labelled = || corpus.labels.iter().zip(&story.articles);
            let rows = || {
                labelled().flat_map(|(label, found)| {
                    found.actor_records().into_iter().map(|a| {
                        [
                            label.clone(),
                            a.name,
                            format!("{:?}", a.kind).to_lowercase(),
                            a.mentions.to_string(),
                            a.quotes.to_string(),
                            a.role.unwrap_or_default(),
                        ]
                    })
                })
            };
            write_table(
                out,
                ["ARTICLE", "NAME", "TYPE", "MENTIONS", "QUOTES", "ROLE"],
                rows,
            )
        }),
        Some(Command::Compare { left, right, json }) => compare(&left, &right, json),
        Some(Command::Story { paths, json }) => {
            print(&paths, Plan::command(Stage::Extract), |library, out| {
                let grid = crate::compare::Grid::new(&library.corpus, &library.story);
                if json {
                    serde_json::to_writer(&mut *out, &grid)?;
                    writeln!(out)?;
                    return Ok(());
                }
                write_grid(out, &grid)
            })
        }
        Some(Command::Config { .. }) => setup::print_default(),
        Some(Command::Completions { shell }) => setup::completions(shell, definition),
        Some(Command::Man) => setup::man(definition),
        Some(Command::Search {
            query,
            paths,
            json,
            limit,
            filter,
        }) => search(&query, &paths, json, limit, filter),
    }
}

/// The reader on `files`. With `-` among them standard input is read as an article, and the
/// reader takes its keys from the terminal itself.
fn open(files: Vec<PathBuf>, paths: &Paths, settings: Settings) -> anyhow::Result<ExitCode> {
    // Listing is quick (and done once: the load reads what it found); reading and extracting
    // go on behind the first screen.
    let input = crate::library::load::Input::of(&files);
    if let crate::library::load::Input::Listed(listing) = &input
        && listing.files.iter().all(Result::is_err)
    {
        for error in listing.files.iter().filter_map(|f| f.as_ref().err()) {
            eprintln!("parallax: {error}");
        }
        anyhow::bail!("no article could be loaded");
    }
    let piped = files.iter().any(|f| f.as_os_str() == "-");
    if !((piped || io::stdin().is_terminal()) && io::stdout().is_terminal()) {
        anyhow::bail!(
            "the reader needs a terminal on stdin and stdout; for scripts use `parallax inspect` (see --help)"
        );
    }
    crate::tui::run(files, input, paths, settings)?;
    Ok(ExitCode::SUCCESS)
}

/// `parallax compare`: the two articles' sentences side by side, then the counts.
fn compare(left: &std::path::Path, right: &std::path::Path, json: bool) -> anyhow::Result<ExitCode> {
    let paths = [left.to_path_buf(), right.to_path_buf()];
    let library = Library::load(&paths, Plan::command(Stage::Extract));
    let (corpus, story) = (&library.corpus, &library.story);
    if corpus.articles.len() != 2 {
        report_errors(corpus);
        anyhow::bail!("compare needs two different articles");
    }
    let version = |i: usize| crate::compare::Version {
        article: &corpus.articles[i],
        quotes: &story.articles[i].quotes,
    };
    let comparison = crate::compare::compare(version(0), version(1));
    let mut out = io::BufWriter::new(io::stdout().lock());
    if json {
        write_json_lines(&mut out, &comparison.rows)?;
        serde_json::to_writer(&mut out, &serde_json::json!({ "summary": comparison.summary }))?;
        writeln!(out)?;
    } else {
        write_comparison(&mut out, corpus, &comparison)?;
    }
    out.flush()?;
    Ok(report_errors(corpus))
}

/// `parallax compare` as text: where each passage is on each side, then its words, a pair's
/// differences marked as `git diff --word-diff` marks them (`[-left-]{+right+}`).
fn write_comparison(
    out: &mut impl Write,
    corpus: &Corpus,
    comparison: &crate::compare::Comparison,
) -> anyhow::Result<()> {
    use crate::compare::align::Op;
    let place = |side: &Option<crate::compare::Side>| {
        side.as_ref()
            .map_or(String::new(), |s| format!("¶{}.{}", s.paragraph, s.sentence))
    };
    let rows = || {
        comparison.rows.iter().map(|row| {
            let text: String = row
                .diff
                .iter()
                .map(|c| match (c.op, row.left.is_some() && row.right.is_some()) {
                    (_, false) | (Op::Equal, true) => c.text.clone(),
                    (Op::Delete, true) => format!("[-{}-]", c.text),
                    (Op::Insert, true) => format!("{{+{}+}}", c.text),
                })
                .collect();
            let right = place(&row.right)
                + if row.repeat {
                    " again"
                } else if row.moved {
                    " moved"
                } else {
                    ""
                };
            let similarity = if row.left.is_some() && row.right.is_some() {
                format!("{:.2}", row.similarity)
            } else {
                String::new()
            };
            [place(&row.left), right, similarity, text]
        })
    };
    let (l, r) = (corpus.label(0), corpus.label(1));
    write_table(out, [l, r, "SIM", "TEXT"], rows)?;
    let s = comparison.summary;
    writeln!(
        out,
        "\nshared {} ({} moved) · only {l} {} · only {r} {} · remarks quoted by both {} · only {l} {} · only {r} {}",
        s.shared,
        s.moved,
        s.left_only,
        s.right_only,
        s.shared_quotes,
        s.left_only_quotes,
        s.right_only_quotes
    )?;
    Ok(())
}

/// `parallax story` as text: the outlets, numbered; actors and remarks with a column an
/// outlet (mentions/quotes, renderings); then what each outlet alone reports.
fn write_grid(out: &mut impl Write, grid: &crate::compare::Grid) -> anyhow::Result<()> {
    let columns: Vec<String> = (1..=grid.outlets.len()).map(|c| c.to_string()).collect();
    let header = |first: &[&str], last: &[&str]| -> Vec<String> {
        let first = first.iter().map(|h| h.to_string());
        first
            .chain(columns.iter().cloned())
            .chain(last.iter().map(|h| h.to_string()))
            .collect()
    };
    let outlets: Vec<Vec<String>> = grid
        .outlets
        .iter()
        .zip(&columns)
        .map(|(o, c)| {
            let outlet = o.outlet.clone().unwrap_or_else(|| "?".to_string());
            vec![
                c.clone(),
                o.label.clone(),
                outlet,
                o.only.len().to_string(),
                o.article.clone(),
            ]
        })
        .collect();
    let outlet_header = ["#", "LABEL", "OUTLET", "ONLY", "FILE"].map(String::from).into();
    write_rows(out, outlet_header, &outlets)?;
    writeln!(out, "\nActors: mentions/quotes in each outlet")?;
    let actors: Vec<Vec<String>> = grid
        .actors
        .iter()
        .map(|a| {
            let cells = a.cells.iter().map(|c| match (c.mentions, c.quotes) {
                (0, 0) => "-".to_string(),
                (m, 0) => m.to_string(),
                (m, q) => format!("{m}/{q}"),
            });
            let kind = format!("{:?}", a.kind).to_lowercase();
            [a.name.clone(), kind, a.outlets.to_string()]
                .into_iter()
                .chain(cells)
                .collect()
        })
        .collect();
    write_rows(out, header(&["NAME", "TYPE", "OUTLETS"], &[]), &actors)?;
    writeln!(out, "\nRemarks: renderings in each outlet")?;
    let remarks: Vec<Vec<String>> = grid
        .remarks
        .iter()
        .map(|r| {
            let speakers = if r.speakers.is_empty() {
                "?".to_string()
            } else {
                r.speakers.join(" / ")
            };
            let outlets = match r.alone {
                Some(c) => format!("only {}", c + 1),
                None => r.outlets.to_string(),
            };
            let cells = r.cells.iter().map(|c| match c.len() {
                0 => "-".to_string(),
                n => n.to_string(),
            });
            [r.utterance.clone(), speakers, outlets]
                .into_iter()
                .chain(cells)
                .chain([r.text.clone()])
                .collect()
        })
        .collect();
    write_rows(
        out,
        header(&["REMARK", "SPEAKER", "OUTLETS"], &["TEXT"]),
        &remarks,
    )?;
    writeln!(out, "\nWhat only one outlet reports")?;
    let only: Vec<Vec<String>> = grid
        .outlets
        .iter()
        .zip(&columns)
        .flat_map(|(o, c)| {
            o.only.iter().map(move |s| {
                vec![
                    c.clone(),
                    format!("¶{}.{}", s.paragraph, s.sentence),
                    s.text.clone(),
                ]
            })
        })
        .collect();
    write_rows(out, ["#", "WHERE", "TEXT"].map(String::from).into(), &only)
}

/// `parallax search`: ranks the story's candidates, or stdin's lines with `--filter`.
fn search(
    query: &str,
    paths: &[PathBuf],
    json: bool,
    limit: Option<usize>,
    filter: bool,
) -> anyhow::Result<ExitCode> {
    let query = Query::parse(query);
    let matcher = Matcher;
    // As grep and fzf: no hit is exit status 1.
    let status = |found: bool| {
        if found {
            ExitCode::SUCCESS
        } else {
            ExitCode::FAILURE
        }
    };
    if filter {
        let input = read_stdin()?;
        let lossy;
        let text = match simdutf8::basic::from_utf8(&input) {
            Ok(text) => text,
            Err(_) => {
                lossy = String::from_utf8_lossy(&input).into_owned();
                &lossy
            }
        };
        let found = search::lines::filter(&matcher, &query, text, limit);
        let mut out = io::BufWriter::new(io::stdout().lock());
        if json {
            // One record at a time: the lines are printed where they lie in the input.
            for line in &found {
                let record = Record::line(&matcher, &query, line.text, line.score);
                write_json_lines(&mut out, std::slice::from_ref(&record))?;
            }
        } else {
            // As `fzf --filter`: the matching lines, best first.
            for line in &found {
                writeln!(out, "{}", line.text)?;
            }
        }
        out.flush()?;
        return Ok(status(!found.is_empty()));
    }
    let mut found = false;
    let loaded = print(paths, Plan::command(Stage::Index), |library, out| {
        let (corpus, story, index) = (&library.corpus, &library.story, &library.index);
        let hits = matcher.ranked(index, &query, limit);
        found = !hits.is_empty();
        // Each hit's record is made as it is printed, not all first: a common word can hit
        // most sentences of a large story.
        let record = |hit: &search::Hit| Record::new(index, Some(corpus), &matcher, &query, *hit);
        if json {
            for hit in &hits {
                write_json_lines(out, std::slice::from_ref(&record(hit)))?;
            }
            return Ok(());
        }
        if !found {
            return Ok(()); // no table with nothing in it
        }
        let row = |hit: &search::Hit| {
            let candidate = &index.candidates[hit.candidate as usize];
            let place = match (candidate.target(), candidate.article()) {
                (search::Target::Actor(actor), Some(article)) => {
                    Some(actor_outlets(corpus, story, article, actor))
                }
                _ => None,
            };
            let r = record(hit);
            let label = r.label.clone().unwrap_or_default();
            let context = place.unwrap_or_else(|| match &r.speaker {
                Some(speaker) => format!("{speaker} · {label}"),
                None => label,
            });
            [r.kind.name().to_string(), r.score.to_string(), context, r.text]
        };
        write_table(out, ["KIND", "SCORE", "WHERE", "TEXT"], || hits.iter().map(row))
    })?;
    Ok(if found { loaded } else { status(found) })
}

/// The outlets (or labels, where the outlet is unknown) of every article an actor appears
/// in: search lists a person once for the whole story, as the first article's actor `actor`.
fn actor_outlets(corpus: &Corpus, story: &Story, article: usize, actor: usize) -> String {
    let Some(entity) = story
        .articles
        .get(article)
        .and_then(|a| a.actors.actors.get(actor))
        .map(|a| a.entity())
    else {
        return String::new();
    };
    let mut places: Vec<&str> = Vec::new();
    for (i, (article, extraction)) in corpus.articles.iter().zip(&story.articles).enumerate() {
        if extraction.actors.actors.iter().any(|a| a.entity() == entity) {
            let place = article
                .outlet
                .as_ref()
                .map_or(corpus.label(i), |o| o.value.as_str());
            if !places.contains(&place) {
                places.push(place);
            }
        }
    }
    places.join(", ")
}

/// An article as `inspect --json` prints it: what ingest read, and its label in the story.
#[derive(serde::Serialize)]
struct Inspected<'a> {
    #[serde(flatten)]
    article: &'a crate::corpus::Article,
    label: &'a str,
}

/// Loads `paths` as `plan` says on every core, prints what `body` writes to a buffered
/// stdout, then reports the files that failed: the shape of every non-interactive command.
fn print(
    paths: &[PathBuf],
    plan: Plan,
    body: impl FnOnce(&Library, &mut io::BufWriter<io::StdoutLock>) -> anyhow::Result<()>,
) -> anyhow::Result<ExitCode> {
    let library = Library::load(paths, plan);
    let corpus = &library.corpus;
    if corpus.articles.is_empty() && !corpus.errors.is_empty() {
        return Ok(report_errors(corpus)); // no table with nothing in it before the errors
    }
    let mut out = io::BufWriter::new(io::stdout().lock());
    body(&library, &mut out)?;
    out.flush()?;
    Ok(report_errors(corpus))
}

/// Writes one JSON object a line.
fn write_json_lines<T: serde::Serialize>(out: &mut (impl Write + ?Sized), items: &[T]) -> anyhow::Result<()> {
    for item in items {
        serde_json::to_writer(&mut *out, item)?;
        writeln!(out)?;
    }
    Ok(())
}

/// Writes rows as aligned columns; the last column is not padded. The rows are made twice,
/// once to measure the columns and once to print them, so a long table is never held whole.
fn write_table<const N: usize, I: Iterator<Item = [String; N]>>(
    out: &mut (impl Write + ?Sized),
    header: [&str; N],
    rows: impl Fn() -> I,
) -> anyhow::Result<()> {
    let header = header.map(String::from);
    let mut widths = header.each_ref().map(|h| h.width());
    for row in rows() {
        widen(&mut widths, &row);
    }
    write_row(out, &header, &widths)?;
    for row in rows() {
        write_row(out, &row, &widths)?;
    }
    Ok(())
}

/// [`write_table`] for rows already made, as many columns as the header has, each row as long.
fn write_rows(
    out: &mut (impl Write + ?Sized),
    header: Vec<String>,
    rows: &[Vec<String>],
) -> anyhow::Result<()> {
    let mut widths: Vec<usize> = header.iter().map(|h| h.width()).collect();
    for row in rows {
        widen(&mut widths, row);
    }
    for row in std::iter::once(&header).chain(rows) {
        write_row(out, row, &widths)?;
    }
    Ok(())
}

/// Widens each column to hold its cell of `row`, up to 40 columns.
fn widen(widths: &mut [usize], row: &[String]) {
    for (w, cell) in widths.iter_mut().zip(row) {
        *w = (*w).max(cell.width()).min(40);
    }
}

/// Writes one row in columns `widths` wide (the last one not padded).
fn write_row(out: &mut (impl Write + ?Sized), row: &[String], widths: &[usize]) -> anyhow::Result<()> {
    let mut line = String::new();
    for (i, cell) in row.iter().enumerate() {
        if i + 1 == row.len() {
            line.push_str(cell);
        } else {
            let cut = crate::display::truncate(cell, widths[i]);
            let pad = widths[i].saturating_sub(cut.width());
            line.push_str(&cut);
            line.push_str(&" ".repeat(pad + 2));
        }
    }
    writeln!(out, "{}", line.trim_end())?;
    Ok(())
}

/// Prints each file that failed to stderr; the exit code says whether any did.
fn report_errors(corpus: &Corpus) -> ExitCode {
    for error in &corpus.errors {
        eprintln!("parallax: {error}");
    }
    if corpus.errors.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// All of standard input, read into one buffer sized from the input's length when it is a
/// file, so a large input is never copied while it grows.
fn read_stdin() -> io::Result<Vec<u8>> {
    use std::os::fd::AsFd;
    let stdin = io::stdin();
    let size = stdin
        .as_fd()
        .try_clone_to_owned()
        .map(std::fs::File::from)
        .and_then(|file| file.metadata())
        .map_or(0, |meta| meta.len() as usize);
    let mut input = Vec::with_capacity(size + 1);
    io::Read::read_to_end(&mut stdin.lock(), &mut input)?;
    Ok(input)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cli_definition_is_valid() {
        Cli::command().debug_assert();
        Cli::command()
            .arg(home_arg())
            .arg(setup::config_arg())
            .debug_assert();
    }

    #[test]
    fn home_is_taken_out_wherever_it_is_before_a_double_dash() {
        let split = |args: &[&str]| {
            let (home, rest) = split_flag("--home", args.iter().map(OsString::from));
            let rest: Vec<String> = rest.into_iter().map(|a| a.into_string().unwrap()).collect();
            (home, rest)
        };
        let h = |dir: &str| Some(PathBuf::from(dir));
        assert_eq!(
            split(&["px", "--home", "d", "inspect", "--json"]),
            (h("d"), vec!["px".into(), "inspect".into(), "--json".into()])
        );
        assert_eq!(
            split(&["px", "a.txt", "--home=e"]),
            (h("e"), vec!["px".into(), "a.txt".into()])
        );
        assert_eq!(
            split(&["px", "--home=a", "--home", "b"]).0,
            h("b"),
            "the last one wins"
        );
        assert_eq!(
            split(&["px", "search", "--", "--home", "d"]),
            (
                None,
                ["px", "search", "--", "--home", "d"].map(String::from).to_vec()
            ),
            "after -- it is a query"
        );
        assert_eq!(
            split(&["px", "--home"]),
            (None, vec!["px".into(), "--home".into()])
        );
    }

    #[test]
    fn paths_and_subcommands_parse() {
        let cli = Cli::try_parse_from(["parallax", "a.txt", "dir"]).unwrap();
        assert_eq!(cli.paths, [PathBuf::from("a.txt"), PathBuf::from("dir")]);
        assert!(cli.command.is_none());
        let cli = Cli::try_parse_from(["parallax", "inspect", "--json", "x"]).unwrap();
        assert!(matches!(cli.command, Some(Command::Inspect { json: true, .. })));
    }
}
