#!/usr/bin/env bash
# Prints N lines of news text for search benchmarks: the seed articles' sentences, over and
# over, with names, numbers and a few words varied from copy to copy so that no two copies
# match alike. Usage: scripts/gen-lines.sh N > lines.txt
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:?usage: scripts/gen-lines.sh N}
awk -v n="$n" '
  BEGIN { RS = ""; srand(7) }
  { gsub(/\n/, " "); k = split($0, parts, /[.!?][”"’]? /); for (i = 1; i <= k; i++) if (length(parts[i]) > 30) s[m++] = parts[i] }
  END {
    split("Anna Pavel Maria John Olena Rahul Chen Fatima Lars Ines", given, " ")
    split("Kowalski Okafor Lindqvist Moreau Tanaka Ibrahim Novak Silva Ushakov Witkoff", family, " ")
    split("talks meetings negotiations discussions consultations", talks, " ")
    for (i = 0; i < n; i++) {
      line = s[i % m]
      copy = int(i / m)
      if (copy > 0) {
        gsub(/Ushakov/, family[1 + copy % 10], line)
        gsub(/Witkoff/, family[1 + (copy + 3) % 10], line)
        gsub(/Yuri|Steve|Vladimir/, given[1 + copy % 10], line)
        gsub(/talks/, talks[1 + copy % 5], line)
        gsub(/[0-9]+/, copy % 97, line)
      }
      print line
    }
  }' seeds/*.txt
