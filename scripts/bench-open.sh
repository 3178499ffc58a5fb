#!/usr/bin/env bash
# Opening a large story in the reader: for each N (default 1000 10000), N articles generated
# from the seeds, the release binary in a pseudo-terminal at 140x40: time to the first screen
# with the article list, time until every article is extracted and indexed (the status line
# stops saying "reading" / "extracting" / "indexing"), and peak memory against the size of the text.
# See benches/open.rs. Usage: scripts/bench-open.sh [N...]
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
cargo bench --quiet --bench open -- "$@"
