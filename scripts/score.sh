#!/usr/bin/env bash
# Extraction accuracy: scores `parallax quotes|actors --json` against the gold annotations
# with tests/gold/score.py. Needs python3. Usage: scripts/score.sh [--verbose]
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
bin=${CARGO_TARGET_DIR:-target}/release/parallax
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
score() { # name, gold, paths...
  local name=$1 gold=$2
  shift 2
  "$bin" quotes --json "$@" >"$tmp/q.jsonl"
  "$bin" actors --json "$@" >"$tmp/a.jsonl"
  echo "== $name"
  python3 tests/gold/score.py "$gold" --quotes "$tmp/q.jsonl" --actors "$tmp/a.jsonl" --no-headlines ${VERBOSE:-}
}
[ "${1:-}" = "--verbose" ] && VERBOSE=--verbose
score "seed story (tests/gold/seeds.json)" tests/gold/seeds.json
score "own test articles (tests/gold/own.json)" tests/gold/own.json tests/fixtures/extract
score "hard cases (tests/fixtures/hardcases)" tests/fixtures/hardcases/gold.json tests/fixtures/hardcases/articles
# PolNeAR's dev split, converted locally by scripts/polnear-dev.sh (never committed: no licence
# to redistribute its text).
if [ -n "${POLNEAR_DEV:-}" ]; then
  score "PolNeAR dev ($POLNEAR_DEV)" "$POLNEAR_DEV/gold.json" "$POLNEAR_DEV/articles"
fi
