//! Opening a large story in the reader, as a user sees it: for each N given (default 1,000
//! and 10,000), N articles are generated from the seeds (people renamed, numbers varied, so no
//! two are alike), the release binary is started on them in a pseudo-terminal at 140x40, and
//! the screen is read with a terminal emulator (vt100) to time
//! - the first screen: the article list drawn with its first article;
//! - all processed: the status line no longer says "reading", "extracting" or "indexing";
//!
//! and the peak memory of the process (VmHWM) and the CPU time it used (user + system, all
//! threads) are read just before it quits, against the size of the text. On a shared machine
//! the CPU time is the steadier figure: it is about what one core would take. Run with `scripts/bench-open.sh [N...]` (a release build; a few seconds a size).

use std::io::{Read, Write};
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use portable_pty::{CommandBuilder, PtySize, native_pty_system};

mod common;

/// The longest a size may take before the bench gives up on it.
const LIMIT: Duration = Duration::from_secs(600);

fn main() {
    let sizes: Vec<usize> = std::env::args().skip(1).filter_map(|a| a.parse().ok()).collect();
    let sizes = if sizes.is_empty() {
        vec![1_000, 10_000]
    } else {
        sizes
    };
    let bin = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/release/parallax");
    assert!(
        bin.exists(),
        "build the release binary first: cargo build --release"
    );
    println!(
        "{:>9} {:>9} {:>14} {:>15} {:>9} {:>9} {:>7}",
        "articles", "text MB", "first screen", "all processed", "CPU", "peak MB", "× text"
    );
    for n in sizes {
        let dir = tempfile::tempdir().unwrap();
        let bytes = generate(n, dir.path());
        let (first, done, cpu, peak) = open(&bin, dir.path());
        let mb = |b: u64| b as f64 / (1024.0 * 1024.0);
        println!(
            "{:>9} {:>9.1} {:>11.0} ms {:>13.2} s {:>7.2} s {:>9.0} {:>7.1}",
            n,
            mb(bytes),
            first.as_secs_f64() * 1000.0,
            done.as_secs_f64(),
            cpu.as_secs_f64(),
            mb(peak),
            peak as f64 / bytes as f64
        );
    }
}

/// Writes `n` articles into `dir`; returns the bytes written.
fn generate(n: usize, dir: &Path) -> u64 {
    let mut total = 0;
    for i in 0..n {
        let (_, text) = common::varied_seed(i);
        total += text.len() as u64;
        std::fs::write(dir.join(format!("{i:06}.txt")), text).unwrap();
    }
    total
}

/// Opens `dir` in the reader; returns when the first screen showed, when everything was
/// processed, the CPU time used by then, and the peak resident memory in bytes.
fn open(bin: &Path, dir: &Path) -> (Duration, Duration, Duration, u64) {
    let (rows, cols) = (40, 140);
    let pair = native_pty_system()
        .openpty(PtySize {
            rows,
            cols,
            pixel_width: 0,
            pixel_height: 0,
        })
        .expect("a pseudo-terminal");
    let home = tempfile::tempdir().unwrap();
    let mut cmd = CommandBuilder::new(bin);
    cmd.arg(dir);
    cmd.env_clear();
    cmd.env("TERM", "xterm-256color");
    cmd.env("PARALLAX_HOME", home.path());
    cmd.env("LANG", "C.UTF-8");
    let start = Instant::now();
    let mut child = pair.slave.spawn_command(cmd).expect("parallax started");
    drop(pair.slave);
    let parser = Arc::new(Mutex::new(vt100::Parser::new(
        rows.try_into().unwrap(),
        cols.try_into().unwrap(),
        0,
    )));
    let mut output = pair.master.try_clone_reader().unwrap();
    {
        let parser = Arc::clone(&parser);
        std::thread::spawn(move || {
            let mut buf = [0u8; 1 << 16];
            while let Ok(n) = output.read(&mut buf) {
                if n == 0 {
                    break;
                }
                parser.lock().unwrap().process(&buf[..n]);
            }
        });
    }
    let status = |parser: &vt100::Parser| {
        let screen = parser.screen();
        screen.contents_between(rows - 1, 0, rows - 1, cols)
    };
    let (mut first, mut done) = (None, None);
    while done.is_none() && start.elapsed() < LIMIT {
        std::thread::sleep(Duration::from_millis(2));
        let parser = parser.lock().unwrap();
        let contents = parser.screen().contents();
        if first.is_none() && contents.contains("Articles") && contents.contains('●') {
            first = Some(start.elapsed());
        }
        let line = status(&parser);
        let steps = parallax::library::STEPS.iter();
        let loading = steps.map(|s| format!("{s} ")).any(|s| line.contains(&s));
        if first.is_some() && !loading {
            done = Some(start.elapsed());
        }
    }
    let peak = child.process_id().map_or(0, peak_memory);
    let cpu = child.process_id().map_or(Duration::ZERO, cpu_time);
    let mut writer = pair.master.take_writer().unwrap();
    writer.write_all(b"q").unwrap();
    writer.flush().unwrap();
    let _ = child.wait();
    (first.unwrap_or(LIMIT), done.unwrap_or(LIMIT), cpu, peak)
}

/// The CPU time process `pid` has used, user and system, over all its threads (zero where
/// /proc has none).
fn cpu_time(pid: u32) -> Duration {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
    // After the command's name in parentheses: state is field 3, utime 14 and stime 15.
    let fields: Vec<&str> = stat
        .rsplit_once(") ")
        .map_or(vec![], |(_, rest)| rest.split(' ').collect());
    let ticks: u64 = [11, 12]
        .iter()
        .filter_map(|&i| fields.get(i)?.parse::<u64>().ok())
        .sum();
    // SAFETY: sysconf only reads a system setting.
    let per_second = unsafe { libc::sysconf(libc::_SC_CLK_TCK) }.max(1) as f64;
    Duration::from_secs_f64(ticks as f64 / per_second)
}

/// The peak resident memory of process `pid`, in bytes (VmHWM; 0 where /proc has none).
fn peak_memory(pid: u32) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
        .map_or(0, |kb| kb * 1024)
}
