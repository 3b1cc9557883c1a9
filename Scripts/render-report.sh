#!/usr/bin/env bash
# Writes the HTML report of a scenario and renders it to PNG with headless Chromium, to look at
# what readers will see.
#
#   Scripts/render-report.sh [SCENARIO] [OUTPUT-PREFIX] [RUNS]
#
# Defaults: Scenarios/mali-1992.json, report (so report.html and report.png), 100000 runs, seed 1.
set -euo pipefail
# Paths given are the caller's (resolved before moving to the repository); defaults are the repository's.
scenario=$([[ $# -ge 1 ]] && realpath "$1" || echo Scenarios/mali-1992.json)
prefix=$([[ $# -ge 2 ]] && realpath -m "$2" || echo report)
runs=${3:-100000}
cd "$(dirname "$0")/.."
export PATH="/opt/swift/usr/bin:$PATH"
swift build -c release --product hemicycle >/dev/null
.build/release/hemicycle report "$scenario" --runs "$runs" --seed 1 --out "$prefix.html"
Scripts/render-svg.sh "$prefix.html" "$prefix.png" 1100x14000
echo "wrote $prefix.html and $prefix.png"
