#!/usr/bin/env bash
# Builds Hemicycle with the Swift runtime linked in (--static-swift-stdlib), so that the binary runs
# on a Linux machine with no Swift installed (it needs only glibc, libstdc++ and libgcc_s, which
# every Debian, Ubuntu or RHEL system has), then checks it: run from an empty folder with an empty
# environment, it must print the embedded 1992 result (ADEMA-PASJ 76 seats, an assembly of 129).
#
#   bash Scripts/build-static.sh [swift build options…]     e.g. -Xswiftc -warnings-as-errors
#
# The binaries are those of .build/release (hemicycle, hemicycle-bench); install with e.g.
#   install -m 755 .build/release/hemicycle ~/.local/bin/     (or /usr/local/bin with sudo)
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="/opt/swift/usr/bin:$PATH"
swift build -c release --static-swift-stdlib "$@"
binary=.build/release/hemicycle

if ldd "$binary" | grep -q 'libswift\|libFoundation\|libdispatch'; then
    echo "build-static: $binary still links the Swift runtime dynamically:" >&2; ldd "$binary" >&2; exit 1
fi
empty=$(mktemp -d); trap 'rm -rf "$empty"' EXIT
cp "$binary" "$empty/hemicycle"
output=$(cd "$empty" && env -i ./hemicycle)
seats=$(awk '$1 == "ADEMA-PASJ" {print; exit}' <<<"$output")
if ! grep -qE '(^| )76( |$)' <<<"$seats" || ! grep -qE '^Assembly +129$' <<<"$output"; then
    echo "build-static: the binary, run from an empty folder with an empty environment, did not print ADEMA-PASJ 76 of 129:" >&2
    echo "$output" >&2; exit 1
fi
echo "build-static: $binary ($(du -h "$binary" | cut -f1)) runs with no Swift runtime and an empty environment; it links only: $(ldd "$binary" | awk '/=>/ {print $1}' | tr '\n' ' ')"
echo "build-static: $seats"
