#!/usr/bin/env bash
# parallax search --filter against fzf --filter on the same generated lines, as whole
# processes (start-up, reading, matching, ranking, printing), best of 3 runs each.
# Needs fzf on PATH (e.g. `apt install fzf`). Usage: scripts/bench-vs-fzf.sh [LINES] [QUERY]
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-1000000}
query=${2:-ushakov compromise}
command -v fzf >/dev/null || { echo "fzf is not installed (apt install fzf)" >&2; exit 1; }
cargo build --release --quiet
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
scripts/gen-lines.sh "$n" >"$tmp/lines"
best() { # command... : prints the best wall time of 3 runs, in seconds
  local best=
  for _ in 1 2 3; do
    local start end
    start=$(date +%s.%N)
    "$@" <"$tmp/lines" >"$tmp/out"
    end=$(date +%s.%N)
    best=$(echo "$start $end $best" | awk '{t = $2 - $1; if ($3 == "" || t < $3) print t; else print $3}')
  done
  echo "$best"
}
p=$(best target/release/parallax search --filter "$query")
p_hits=$(wc -l <"$tmp/out")
f=$(best fzf --filter "$query")
f_hits=$(wc -l <"$tmp/out")
echo "lines: $n   query: \"$query\"   $(fzf --version | cut -d' ' -f1)"
printf "parallax search --filter  %6.2f s  %d hits\n" "$p" "$p_hits"
printf "fzf --filter              %6.2f s  %d hits\n" "$f" "$f_hits"
awk -v p="$p" -v f="$f" 'BEGIN { printf "parallax / fzf            %6.2f\n", p / f }'
