#!/usr/bin/env bash
# The PolNeAR dev split as a local gold set: clones networkdynamics/PolNeAR (once) into the
# cache folder, converts its dev split with scripts/polnear_to_gold.py into DIR (default
# target/polnear-dev, outside version control), then scores it with scripts/score.sh.
# PolNeAR has no licence for redistribution: its text stays out of the repository. Its test
# split is never read. Usage: scripts/polnear-dev.sh [DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-target/polnear-dev}
repo=${POLNEAR_REPO:-${XDG_CACHE_HOME:-$HOME/.cache}/parallax/PolNeAR.git}
if [ ! -d "$repo" ]; then
  git clone --bare --quiet https://github.com/networkdynamics/PolNeAR "$repo"
fi
mkdir -p "$out"
python3 scripts/polnear_to_gold.py "$repo" dev "$out"
POLNEAR_DEV=$out scripts/score.sh
