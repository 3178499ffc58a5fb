#!/usr/bin/env bash
# Opening a large story in the reader: for each N, generates N articles (the seeds varied,
# scripts/gen-articles.py), starts the release binary in a pseudo-terminal at 140x40 and
# reports the time until the first screen shows the article list, the time until every article
# is extracted and indexed (the status line stops saying "extracting"), and peak memory (max
# RSS) against the size of the text. Needs python3. Usage: scripts/bench-open.sh [N...]
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -gt 0 ] || set -- 1000 10000
cargo build --release --quiet
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
printf "%-9s %9s %14s %15s %10s %8s\n" articles "text MB" "first screen" "all processed" "peak MB" "× text"
for n in "$@"; do
  scripts/gen-articles.py "$n" "$tmp/$n"
  text_kb=$(du -sk "$tmp/$n" | cut -f1)
  python3 - "$tmp/$n" "$tmp/time" <<'PY' >"$tmp/times"
import os, pty, select, sys, time, struct, fcntl, termios
folder, timefile = sys.argv[1], sys.argv[2]
start = time.monotonic()
pid, fd = pty.fork()
if pid == 0:
    os.environ["PARALLAX_HOME"] = folder + ".home"
    os.execvp("/usr/bin/time", ["/usr/bin/time", "-f", "%M", "-o", timefile,
                                "target/release/parallax", folder])
fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 140, 0, 0))
seen, first, done = b"", None, None
while done is None and time.monotonic() - start < 600:
    ready, _, _ = select.select([fd], [], [], 0.05)
    if ready:
        try:
            seen += os.read(fd, 1 << 16)
        except OSError:
            break
    now = time.monotonic() - start
    if first is None and b"Articles" in seen:
        first = now
    tail = seen[-4096:]
    if first is not None and b"extracting" not in tail and b"Articles" in tail:
        done = now
    seen = seen[-8192:]
os.write(fd, b"q")
os.waitpid(pid, 0)
print(f"{first or float('nan'):.3f} {done or float('nan'):.3f}")
PY
  read -r first done <"$tmp/times"
  kb=$(tail -n 1 "$tmp/time")
  awk -v n="$n" -v t="$text_kb" -v f="$first" -v d="$done" -v kb="$kb" 'BEGIN {
    printf "%-9d %9.1f %12.0f ms %13.2f s %10.0f %8.1f\n", n, t / 1024, f * 1000, d, kb / 1024, kb / t }'
done
