#!/usr/bin/env bash
# Runs the test suite under the address and thread sanitizers, each in a build folder of its
# own so that the normal build is left alone.
#
#   Scripts/sanitizers.sh [address] [thread]      (default: both)
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="/opt/swift/usr/bin:$PATH"
sanitizers=("$@")
[[ ${#sanitizers[@]} -gt 0 ]] || sanitizers=(address thread)
for sanitizer in "${sanitizers[@]}"; do
    echo "== swift test --sanitize=$sanitizer"
    start=$(date +%s)
    # Leak checking is noisy about the Swift runtime's own caches; everything else is on.
    # HEMICYCLE_SANITIZER lengthens the tests' hang guards (Tests/HemicycleTests/Support/HangGuard.swift).
    mkdir -p ".build-$sanitizer"
    log=".build-$sanitizer/test.log"
    status=0
    HEMICYCLE_SANITIZER=$sanitizer ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 TSAN_OPTIONS=halt_on_error=1 \
        swift test --sanitize="$sanitizer" --scratch-path ".build-$sanitizer" > "$log" 2>&1 || status=$?
    # What failed (tests, sanitizer reports), then the summary; the whole output is in $log.
    grep -E "✘|Sanitizer" "$log" | head -40 || true
    tail -5 "$log"
    echo "== $sanitizer: $(( $(date +%s) - start ))s, exit $status (full output: $log)"
    [[ $status -eq 0 ]] || exit "$status"
done
