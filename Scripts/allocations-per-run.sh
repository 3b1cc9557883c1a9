#!/usr/bin/env bash
# Counts the heap allocations a simulated election makes: runs `hemicycle simulate` at two run
# counts with a malloc-counting shim preloaded and prints the difference per run. The hot loop
# should allocate nothing (0), except in the leveling and mixed-member tiers.
#
#   Scripts/allocations-per-run.sh [SCENARIO...]      (default: every scenario in Scenarios/)
set -euo pipefail
# Scenario paths given from another directory are resolved before moving to the repository.
scenarios=()
for scenario in "$@"; do scenarios+=("$(realpath "$scenario")"); done
cd "$(dirname "$0")/.."
export PATH="/opt/swift/usr/bin:$PATH"
swift build -c release --product hemicycle >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cat > "$work/count.c" <<'C'
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
extern void *__libc_malloc(size_t);
static atomic_long calls;
void *malloc(size_t size) { atomic_fetch_add(&calls, 1); return __libc_malloc(size); }
__attribute__((destructor)) static void report(void) { fprintf(stderr, "malloc calls: %ld\n", (long)calls); }
C
clang -O2 -shared -fPIC -o "$work/count.so" "$work/count.c"
# The shim's count, or the run's own error message (and a failure) when hemicycle fails.
count() {
    local output
    if ! output=$(LD_PRELOAD="$work/count.so" .build/release/hemicycle simulate "$1" --runs "$2" --seed 1 --threads 1 2>&1 >/dev/null); then
        echo "$1: $output" >&2
        return 1
    fi
    sed -n 's/^malloc calls: //p' <<< "$output"
}
[[ ${#scenarios[@]} -gt 0 ]] || mapfile -t scenarios < <(find Scenarios -path Scenarios/tools -prune -o -name '*.json' -print | sort)
for scenario in "${scenarios[@]}"; do
    few=$(count "$scenario" 1000)
    many=$(count "$scenario" 3000)
    # The difference itself, so that a fraction of an allocation per run still shows.
    echo "$scenario: $(( many - few )) allocations in 2,000 more runs"
done
