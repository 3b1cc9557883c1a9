#!/usr/bin/env bash
# Renders an SVG or HTML file to PNG with headless Chromium, to look at what readers will see.
#
#   Scripts/render-svg.sh picture.svg [picture.png] [WIDTHxHEIGHT]
#
# The window size defaults to the SVG's own width and height attributes (800x600 for HTML or
# when absent). SCALE=2 renders at twice the resolution. Installs chromium with apt if missing.
# (For PNG or PDF to keep, Scripts/export.sh sizes whole pages and checks what it writes.)
set -euo pipefail

if [[ $# -lt 1 || $# -gt 3 ]]; then
    echo "usage: $0 INPUT.svg|INPUT.html [OUTPUT.png] [WIDTHxHEIGHT]" >&2
    exit 64
fi
input=$1
output=${2:-${input%.*}.png}
size=${3:-}
scale=${SCALE:-1}
[[ -f $input ]] || { echo "$0: no such file: $input" >&2; exit 1; }

source "$(dirname "$0")/lib/chromium.sh"
find_chromium || exit 1

if [[ -z $size ]]; then
    # The first width="…" and height="…" are those of the root <svg> element.
    width=$(grep -o -m1 'width="[0-9.]*"' "$input" | head -1 | tr -dc '0-9.' || true)
    height=$(grep -o -m1 'height="[0-9.]*"' "$input" | head -1 | tr -dc '0-9.' || true)
    if [[ $input == *.svg && -n $width && -n $height ]]; then
        size="$(printf '%.0f' "$width")x$(printf '%.0f' "$height")"
    else
        size=800x600
    fi
fi

flags+=(--force-device-scale-factor="$scale" --window-size="${size/x/,}" --screenshot="$(realpath -m "$output")")

"$browser" "${flags[@]}" "file://$(realpath "$input")" 2>/dev/null >/dev/null
[[ -s $output ]] || { echo "$0: chromium wrote no $output" >&2; exit 1; }
echo "$output ($size, scale $scale)"
