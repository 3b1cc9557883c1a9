#!/usr/bin/env bash
# Records every output of every shipped scenario, in every format, so that a refactor can be
# checked to change no byte:
#
#   bash Scripts/record-outputs.sh BIN DIR     # BIN: a built hemicycle; DIR: a new folder
#   bash Scripts/record-outputs.sh .build/release/hemicycle /tmp/before
#   ... change the code, rebuild ...
#   bash Scripts/record-outputs.sh .build/release/hemicycle /tmp/after
#   diff -r /tmp/before /tmp/after && echo "no byte changed"
#
# For each scenario: `run` (table, json, csv, with and without --constituencies, and the SVG
# diagram), `simulate` with fixed seeds (table, json, csv with distributions, and the chart),
# `compare` (table, json, csv, indices csv, the chart, and with --runs), and `report` (HTML).
# The embedded default and `merge` of two shards are recorded too.
set -euo pipefail

if [[ $# -ne 2 ]]; then
    echo "usage: $0 HEMICYCLE_BINARY OUTPUT_DIR" >&2
    exit 64
fi
bin=$(realpath "$1")
out=$2
[[ -x $bin ]] || { echo "$0: not an executable: $1" >&2; exit 1; }
[[ -e $out ]] && { echo "$0: $out exists; give a new folder" >&2; exit 1; }
cd "$(dirname "$0")/.."
mkdir -p "$out"
out=$(realpath "$out")

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
ln -s "$PWD/Scenarios" "$work/Scenarios"

record() {  # record NAME COMMAND...: stdout to NAME, and the exit code beside it
    local name=$1; shift
    local code=0
    "$@" > "$out/$name" 2> "$out/$name.stderr" || code=$?
    echo "$code" > "$out/$name.exit"
}

runs=${RUNS:-3000}
while IFS= read -r -d '' scenario; do
    name=$(echo "${scenario#Scenarios/}" | tr '/' '_')
    name=${name%.json}
    for format in table json csv; do
        record "$name.run.$format" "$bin" run "$scenario" --format "$format"
        record "$name.run-constituencies.$format" "$bin" run "$scenario" --format "$format" --constituencies
        record "$name.simulate.$format" "$bin" simulate "$scenario" --runs "$runs" --seed 7 --threads 2 \
            --format "$format" --distributions
        record "$name.compare.$format" "$bin" compare "$scenario" --format "$format"
    done
    "$bin" run "$scenario" --svg "$out/$name.run.svg" --output "$work/discard"
    record "$name.simulate-seed-1.json" "$bin" simulate "$scenario" --runs "$runs" --seed 1 --threads 1 --format json
    "$bin" simulate "$scenario" --runs "$runs" --seed 7 --svg "$out/$name.simulate.svg" --output "$work/discard"
    record "$name.compare-indices.csv" "$bin" compare "$scenario" --format csv --indices
    mkdir "$work/$name"
    "$bin" compare "$scenario" --svg "$out/$name.compare.svg" --diagrams "$work/$name" --output "$work/discard"
    for diagram in "$work/$name"/*.svg; do cp "$diagram" "$out/$name.compare-diagram.$(basename "$diagram")"; done
    record "$name.compare-runs.json" "$bin" compare "$scenario" --runs 500 --seed 3 --format json
    # The page ends with the command that made it: the same relative paths every time.
    (cd "$work" && "$bin" report "$scenario" --runs 1000 --seed 5 --out report.html 2> /dev/null)
    mv "$work/report.html" "$out/$name.report.html"
done < <(find Scenarios -path Scenarios/tools -prune -o -name '*.json' -print0 | sort -z)

# Voter sampling (no shipped scenario draws voters): Mali, and France's three-way run-offs.
echo '{"extends": "Scenarios/mali-1992.json", "uncertainty": {"voterSampling": true}}' > "$work/sampling-mali.json"
echo '{"extends": "Scenarios/validation/fr-assemblee-2017.json", "uncertainty": {"voterSampling": true}}' \
    > "$work/sampling-france.json"
# They extend the shipped files through the link to Scenarios/: the root of extends widened to it.
export HEMICYCLE_EXTENDS_ROOT=$PWD
for name in sampling-mali sampling-france; do
    record "$name.simulate.json" "$bin" simulate "$work/$name.json" --runs 300 --seed 3 --format json
    record "$name.compare-runs.json" "$bin" compare "$work/$name.json" --runs 100 --seed 3 --format json
done
unset HEMICYCLE_EXTENDS_ROOT

record embedded.run.table "$bin"
record embedded.run.json "$bin" run --format json
shards=$work/shards
mkdir "$shards"
"$bin" simulate Scenarios/mali-1992.json --runs 5000 --seed 11 --shard 1/2 --output "$shards/a.json"
"$bin" simulate Scenarios/mali-1992.json --runs 5000 --seed 11 --shard 2/2 --output "$shards/b.json"
cp "$shards/a.json" "$out/shard-1-of-2.json"
record merge.json "$bin" merge "$shards/a.json" "$shards/b.json" --format json

(cd "$out" && find . -type f ! -name SHA256SUMS | sort | xargs sha256sum > SHA256SUMS)
echo "recorded $(find "$out" -type f | wc -l) files in $out" >&2
