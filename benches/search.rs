//! Search speed at 10k, 100k and 1M candidates: news lines generated from the seeds with
//! variation (`scripts/gen-lines.sh`).
//!
//! Run with `cargo bench --bench search`. Criterion times one full pass (score every
//! candidate, rank the top rows), the char-mask prefilter alone, and input to frame in the
//! reader with the prompt open over a story of about 100k candidates (a typed key handled and
//! the screen drawn; the search itself runs on the worker); then a table reports
//! per-keystroke latency over scripted typing sessions as the reader's search worker runs them
//! (a query that extends the previous one searches only the previous hits), as p50 / p95 / max,
//! and the p95 of the time until the first hits could be shown (the worker shows the best so
//! far about every frame while a pass runs).

use std::hint::black_box;
use std::process::Command;
use std::time::{Duration, Instant};

use criterion::{BenchmarkId, Criterion};
use parallax::corpus::{Corpus, ingest};
use parallax::library::Library;
use parallax::search::engine::{Hit, rank};
use parallax::search::fold::mask;
use parallax::search::worker::{RANKED, Recent, Results};
use parallax::search::{Index, Matcher, Query};
use parallax::tui::app::App;
use parallax::tui::keymap::Keymap;
use parallax::tui::theme::Theme;
use parallax::tui::ui;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::Size;

const SIZES: [(usize, &str); 3] = [(10_000, "10k"), (100_000, "100k"), (1_000_000, "1M")];

/// Queries typed one char at a time, as a reader would.
const SESSIONS: [&str; 4] = [
    "ushakov compromise",
    "putin said constructive",
    "kremlin 'talks !ukraine",
    "witkoff kushner moscow",
];

/// `n` generated lines.
fn generated(n: usize) -> String {
    let out = Command::new("bash")
        .arg(concat!(env!("CARGO_MANIFEST_DIR"), "/scripts/gen-lines.sh"))
        .arg(n.to_string())
        .output()
        .expect("scripts/gen-lines.sh runs");
    assert!(out.status.success(), "scripts/gen-lines.sh failed");
    String::from_utf8(out.stdout).expect("the generated lines are UTF-8")
}

/// `n` generated lines, indexed.
fn index(n: usize) -> Index {
    Index::from_lines(generated(n).lines().map(str::to_string))
}

/// One search as the worker runs it: score (within `previous` when the query narrows it),
/// then rank the top rows. Also returns when the first hits could be shown: at the first
/// progress report that has some, or at the end.
fn keystroke(
    matcher: &Matcher,
    index: &Index,
    query: &Query,
    previous: Option<(&Query, &[Hit])>,
) -> (Vec<Hit>, Option<Instant>) {
    let mut first = None;
    let mut progress = |found: &[Hit]| {
        if first.is_none() && !found.is_empty() {
            first = Some(Instant::now());
        }
    };
    let mut hits = matcher
        .search(index, query, previous, &|| false, &mut progress)
        .unwrap_or_default();
    rank(&mut hits, RANKED);
    (hits, first)
}

fn full_pass(c: &mut Criterion, indexes: &[(Index, &str)]) {
    let matcher = Matcher;
    let query = Query::parse("ushakov compromise");
    let mut group = c.benchmark_group("search_full_pass");
    group.sample_size(10);
    for (index, label) in indexes {
        group.bench_with_input(BenchmarkId::from_parameter(label), index, |b, index| {
            b.iter(|| black_box(keystroke(&matcher, index, &query, None)))
        });
    }
    group.finish();
    let mut group = c.benchmark_group("search_mask_prefilter");
    group.sample_size(10);
    let wanted = mask("ushakov");
    for (index, label) in indexes {
        group.bench_with_input(BenchmarkId::from_parameter(label), index, |b, index| {
            b.iter(|| index.candidates.iter().filter(|c| wanted & !c.mask == 0).count())
        });
    }
    group.finish();
}

/// Input to frame: with the prompt open over a large story, a key is handled and the whole
/// screen drawn. The search runs on the worker meanwhile, so this is what the reader waits for.
fn input_to_frame(c: &mut Criterion) {
    let text = generated(72_000);
    let lines: Vec<&str> = text.lines().collect();
    let articles = lines
        .chunks(25)
        .enumerate()
        .map(|(i, paragraphs)| ingest::parse(&paragraphs.join("\n\n"), &format!("{i}.txt"), "bench"))
        .collect();
    let corpus = Library::of(Corpus::of(articles));
    let mut app = App::new(
        corpus,
        Keymap::default_keymap(),
        Theme::color(),
        Size::new(140, 40),
    );
    let mut terminal = Terminal::new(TestBackend::new(140, 40)).expect("a test terminal");
    let key = |c| KeyEvent::new(c, KeyModifiers::NONE);
    app.handle_key(key(KeyCode::Char('/')));
    for c in "putin sai".chars() {
        app.handle_key(key(KeyCode::Char(c)));
    }
    app.settle();
    println!(
        "input to frame over {} candidates",
        app.library.index.candidates.len()
    );
    c.bench_function("input_to_frame_100k_candidates", |b| {
        b.iter(|| {
            app.handle_key(key(KeyCode::Char('d')));
            app.take_results();
            terminal.draw(|frame| ui::draw(frame, &mut app)).expect("a frame");
            app.handle_key(key(KeyCode::Backspace));
            app.take_results();
            terminal.draw(|frame| ui::draw(frame, &mut app)).expect("a frame");
        })
    });
}

/// Per-keystroke latencies of every session, typed five times over: until the ranked hits
/// are complete, and until the first hits could be shown.
fn keystrokes(index: &Index) -> (Vec<Duration>, Vec<Duration>) {
    let matcher = Matcher;
    let mut times = Vec::new();
    let mut firsts = Vec::new();
    for _ in 0..5 {
        for session in SESSIONS {
            let mut recent = Recent::default();
            for end in session.char_indices().map(|(i, c)| i + c.len_utf8()) {
                let query = Query::parse(&session[..end]);
                let previous = recent.narrowest(&query).cloned();
                let within = previous.as_ref().map(|r| (&r.query, r.hits.as_slice()));
                let start = Instant::now();
                let (hits, first) = keystroke(&matcher, index, &query, within);
                let done = start.elapsed();
                times.push(done);
                firsts.push(first.map_or(done, |at| at - start));
                recent.push(Results::new(0, &query, hits, true, &Default::default()));
            }
        }
    }
    times.sort_unstable();
    firsts.sort_unstable();
    (times, firsts)
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() - 1) as f64 * p).round() as usize]
}

fn main() {
    let indexes: Vec<(Index, &str)> = SIZES.iter().map(|&(n, label)| (index(n), label)).collect();
    let mut criterion = Criterion::default().configure_from_args();
    full_pass(&mut criterion, &indexes);
    input_to_frame(&mut criterion);
    criterion.final_summary();
    println!(
        "\nper-keystroke latency over {} typing sessions (x5):",
        SESSIONS.len()
    );
    println!(
        "{:>6} {:>10} {:>10} {:>10} {:>16}",
        "lines", "p50", "p95", "max", "first hits p95"
    );
    for (index, label) in &indexes {
        let (times, firsts) = keystrokes(index);
        println!(
            "{label:>6} {:>10.1?} {:>10.1?} {:>10.1?} {:>16.1?}",
            percentile(&times, 0.5),
            percentile(&times, 0.95),
            times[times.len() - 1],
            percentile(&firsts, 0.95)
        );
    }
}
