#!/usr/bin/env bash
# Writes the HTML report of a scenario and renders it to PNG with headless Chromium, to look at
# what readers will see.
#
#   Scripts/render-report.sh [SCENARIO] [OUTPUT-PREFIX] [RUNS]
#
# Defaults: Scenarios/mali-1992.json, report (so report.html and report.png), 100000 runs, seed 1.
set -euo pipefail
cd "$(dirname "$0")/.."
scenario=${1:-Scenarios/mali-1992.json}
prefix=${2:-report}
runs=${3:-100000}
swift build -c release --product hemicycle >/dev/null
.build/release/hemicycle report "$scenario" --runs "$runs" --seed 1 --out "$prefix.html"
Scripts/render-svg.sh "$prefix.html" "$prefix.png" 1100x14000
echo "wrote $prefix.html and $prefix.png"
