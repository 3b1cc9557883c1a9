#!/usr/bin/env bash
# Builds the libFuzzer targets (scenario loader and engine; allocation rules) with the
# toolchain's fuzzer and address sanitizer, and runs each for a set time.
#
#   Scripts/fuzz.sh [SECONDS-PER-TARGET] [TARGET...]     targets: scenario, rules, cli (default all)
#
# The scenario target starts from every file in Scenarios/ and Tests/.../Fixtures/broken/; the
# cli target (the command line, words separated by NUL bytes) from the commands of the README.
# Crashing inputs land in .fuzz/crashes/TARGET/; keep each one as a regression test.
#
# With FUZZ_RUNS=N set (CI does), each target runs N inputs from seed 1 on a fresh corpus
# instead of for a time: the same inputs on every machine, so a run that passes here passes
# there.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="/opt/swift/usr/bin:$PATH"
seconds=${1:-60}
shift || true
targets=("$@")
[[ ${#targets[@]} -gt 0 ]] || targets=(scenario rules cli)
mkdir -p .fuzz/bin
sources=$(find Sources/Hemicycle -name '*.swift' | sort)
# The library embeds the default scenario as a package resource (Package.swift), which SwiftPM
# compiles into PackageResources; built here without SwiftPM, the same bytes are written out.
python3 - > .fuzz/embedded_resources.swift <<'PY'
data = open("Scenarios/mali-1992.json", "rb").read()
print("struct PackageResources {")
print("    static let mali_1992_json: [UInt8] = [" + ",".join(str(b) for b in data) + "]")
print("}")
PY
sources="$sources .fuzz/embedded_resources.swift"
# Each build is one whole-module compilation of the library, whose optimizer runs on one core:
# the targets are built side by side, one per core, then fuzzed one after the other.
build() {
    local target=$1 flags=() extra=() entry
    case $target in
        scenario) entry=Tests/Fuzz/ScenarioFuzz.swift ;;
        rules) entry=Tests/Fuzz/RulesFuzz.swift; flags=(-D RULES_FUZZ) ;;
        cli)
            entry=Tests/Fuzz/CLIFuzz.swift
            flags=(-D CLI_FUZZ)
            # The CLI's sources in the same module as the library's: without their imports of
            # it, and without main.swift (libFuzzer has the entry point).
            mkdir -p .fuzz/cli
            rm -f .fuzz/cli/*.swift
            while IFS= read -r file; do
                sed '/^import Hemicycle$/d' "$file" > ".fuzz/cli/$(basename "$file")"
            done < <(find Sources/HemicycleCLI -name '*.swift' ! -name main.swift | sort)
            extra=(.fuzz/cli/*.swift)
            ;;
    esac
    swiftc -O -sanitize=fuzzer,address -parse-as-library -module-name HemicycleFuzz "${flags[@]}" \
        -enable-upcoming-feature ExistentialAny -enable-upcoming-feature MemberImportVisibility \
        $sources "${extra[@]}" Tests/Fuzz/FuzzChecks.swift "$entry" -o ".fuzz/bin/$target" > ".fuzz/build-$target.log" 2>&1
}
for target in "${targets[@]}"; do
    case $target in scenario | rules | cli) ;; *) echo "fuzz.sh: unknown target '$target' (scenario, rules or cli)" >&2; exit 64 ;; esac
done
pids=()
for target in "${targets[@]}"; do
    while [[ $(jobs -rp | wc -l) -ge $(nproc) ]]; do wait -n || true; done
    echo "== building $target"
    build "$target" &
    pids+=($!)
done
failed=0
for index in "${!targets[@]}"; do
    target=${targets[$index]}
    status=0
    wait "${pids[$index]}" || status=$?
    # A failed build stops the script (rather than fuzzing a previous binary); the linker's
    # harmless gold warnings are left out of the log shown.
    grep -v "ld.gold: warning" ".fuzz/build-$target.log" || true
    if [[ $status -ne 0 ]]; then echo "fuzz.sh: building the $target target failed" >&2; failed=$status; fi
done
[[ $failed -eq 0 ]] || exit "$failed"

for target in "${targets[@]}"; do
    corpus=.fuzz/corpus/$target
    [[ -n ${FUZZ_RUNS:-} ]] && rm -rf "$corpus"
    mkdir -p "$corpus" ".fuzz/crashes/$target"
    if [[ $target == scenario ]]; then
        find Scenarios Tests/HemicycleTests/Fixtures/broken -name '*.json' -size -200k -exec cp {} "$corpus/" \; 2>/dev/null || true
    fi
    if [[ $target == cli ]]; then
        seed=0
        for line in "simulate --runs 1000 --seed 7 --threads 2 --format csv" "simulate --shard 2/4 -o part.json" \
            "compare --rules dhondt,hare:national:threshold=5,modified-sainte-lague:first-divisor=1.4 --runs 100" \
            "run Scenarios/mali-1992.json --format json --svg out.svg" "merge a.json b.json --allow-partial" \
            "report --output report.html" "validate a.json b.json" "--help" "-- run"; do
            seed=$((seed + 1))
            printf '%s' "$line" | tr ' ' '\0' > "$corpus/readme-$seed"
        done
    fi
    budget=(-max_total_time="$seconds")
    if [[ -n ${FUZZ_RUNS:-} ]]; then
        budget=(-runs="$FUZZ_RUNS" -seed=1)
        echo "== fuzzing $target: $FUZZ_RUNS inputs from seed 1"
    else
        echo "== fuzzing $target for ${seconds}s"
    fi
    ".fuzz/bin/$target" "$corpus" "${budget[@]}" -max_len=65536 -timeout=20 -rss_limit_mb=4096 \
        -artifact_prefix=".fuzz/crashes/$target/" -print_final_stats=1 2>&1 | tail -25
done
