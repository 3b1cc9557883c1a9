#!/usr/bin/env bash
# Builds the libFuzzer targets (scenario loader and engine; allocation rules) with the
# toolchain's fuzzer and address sanitizer, and runs each for a set time.
#
#   Scripts/fuzz.sh [SECONDS-PER-TARGET] [TARGET...]     targets: scenario, rules (default both)
#
# The scenario target starts from every file in Scenarios/ and Tests/.../Fixtures/broken/.
# Crashing inputs land in .fuzz/crashes/TARGET/; keep each one as a regression test.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="/opt/swift/usr/bin:$PATH"
seconds=${1:-60}
shift || true
targets=("$@")
[[ ${#targets[@]} -gt 0 ]] || targets=(scenario rules)
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
for target in "${targets[@]}"; do
    flags=()
    [[ $target == rules ]] && flags=(-D RULES_FUZZ)
    entry=Tests/Fuzz/ScenarioFuzz.swift
    [[ $target == rules ]] && entry=Tests/Fuzz/RulesFuzz.swift
    echo "== building $target"
    # A failed build stops the script (rather than fuzzing the previous binary); the linker's
    # harmless gold warnings are left out of the log shown.
    status=0
    swiftc -O -sanitize=fuzzer,address -parse-as-library -module-name HemicycleFuzz "${flags[@]}" \
        -enable-upcoming-feature ExistentialAny -enable-upcoming-feature MemberImportVisibility \
        $sources Tests/Fuzz/FuzzChecks.swift "$entry" -o ".fuzz/bin/$target" > ".fuzz/build-$target.log" 2>&1 || status=$?
    grep -v "ld.gold: warning" ".fuzz/build-$target.log" || true
    if [[ $status -ne 0 ]]; then echo "fuzz.sh: building the $target target failed" >&2; exit "$status"; fi
    corpus=.fuzz/corpus/$target
    mkdir -p "$corpus" ".fuzz/crashes/$target"
    if [[ $target == scenario ]]; then
        find Scenarios Tests/HemicycleTests/Fixtures/broken -name '*.json' -size -200k -exec cp {} "$corpus/" \; 2>/dev/null || true
    fi
    echo "== fuzzing $target for ${seconds}s"
    ".fuzz/bin/$target" "$corpus" -max_total_time="$seconds" -max_len=65536 -timeout=20 -rss_limit_mb=4096 \
        -artifact_prefix=".fuzz/crashes/$target/" -print_final_stats=1 2>&1 | tail -25
done
