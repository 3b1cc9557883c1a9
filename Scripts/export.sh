#!/usr/bin/env bash
# Exports a chart (SVG) or a report (HTML) to PNG or PDF with headless Chromium, for papers and
# slides. The output's extension chooses the format.
#
#   bash Scripts/export.sh diagram.svg diagram.png      # PNG at 2x (SCALE=1 for 1x)
#   bash Scripts/export.sh diagram.svg diagram.pdf      # one page the size of the picture, vector
#   bash Scripts/export.sh report.html report.pdf       # A4 pages, the report's print stylesheet
#   bash Scripts/export.sh report.html report.png       # the whole page, 1280 px wide (WIDTH=390 for a phone)
#
# Every chart Hemicycle writes (run --svg, simulate --svg, compare --svg and --diagrams, sweep
# --svg, tipping --svg) and every report can be exported this way. Installs chromium from
# Debian's packages when missing. The output is written whole or not at all.
set -euo pipefail
if [[ $# -ne 2 ]]; then
    echo "usage: $0 INPUT.svg|INPUT.html OUTPUT.png|OUTPUT.pdf" >&2
    exit 64
fi
input=$1
output=$2
[[ -f $input ]] || { echo "$0: no such file: $input" >&2; exit 1; }
case "$input" in *.svg | *.html | *.htm) ;; *) echo "$0: the input must be an .svg or .html file: $input" >&2; exit 64 ;; esac
case "$output" in *.png | *.pdf) ;; *) echo "$0: the output must end in .png or .pdf: $output" >&2; exit 64 ;; esac
input=$(realpath "$input")
output=$(realpath -m "$output")

source "$(dirname "$0")/lib/chromium.sh"
find_chromium || { echo "$0: cannot export without Chromium" >&2; exit 1; }
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
partial="$work/out.${output##*.}"

# The SVG's own size: the root element's first width="…" and height="…".
svg_size() {
    local width height
    width=$(grep -o -m1 'width="[0-9.]*"' "$input" | head -1 | tr -dc '0-9.')
    height=$(grep -o -m1 'height="[0-9.]*"' "$input" | head -1 | tr -dc '0-9.')
    [[ -n $width && -n $height ]] || { echo "$0: $input has no width and height" >&2; exit 1; }
    printf '%.0f %.0f\n' "$width" "$height"
}

# The height of an HTML page laid out `width` pixels wide, measured in a harness page.
page_height() {
    cat > "$work/measure.html" <<HTML
<!DOCTYPE html><html><body style="margin:0"><iframe id="p" src="file://$input" style="border:0;width:$1px;height:600px"></iframe>
<pre id="out">pending</pre><script>
document.getElementById('p').addEventListener('load', function () {
  document.getElementById('out').textContent = 'HEIGHT ' + this.contentDocument.documentElement.scrollHeight; });
</script></body></html>
HTML
    "$browser" "${flags[@]}" --window-size="$1,900" --virtual-time-budget=10000 --dump-dom "file://$work/measure.html" 2>/dev/null \
        | grep -o 'HEIGHT [0-9]*' | cut -d' ' -f2
}

case "$input:$output" in
*.svg:*.png)
    read -r width height < <(svg_size)
    "$browser" "${flags[@]}" --force-device-scale-factor="${SCALE:-2}" --window-size="$width,$height" \
        --screenshot="$partial" "file://$input" >/dev/null 2>&1 ;;
*.svg:*.pdf)
    read -r width height < <(svg_size)
    cat > "$work/page.html" <<HTML
<!DOCTYPE html><html><head><style>@page{size:${width}px ${height}px;margin:0}html,body{margin:0}img{display:block;width:${width}px;height:${height}px}</style></head>
<body><img src="file://$input"/></body></html>
HTML
    "$browser" "${flags[@]}" --no-pdf-header-footer --print-to-pdf="$partial" "file://$work/page.html" >/dev/null 2>&1 ;;
*:*.pdf)
    "$browser" "${flags[@]}" --no-pdf-header-footer --print-to-pdf="$partial" "file://$input" >/dev/null 2>&1 ;;
*:*.png)
    width=${WIDTH:-1280}
    height=$(page_height "$width")
    [[ -n $height ]] || { echo "$0: could not measure the page" >&2; exit 1; }
    "$browser" "${flags[@]}" --force-device-scale-factor="${SCALE:-1}" --window-size="$width,$height" \
        --screenshot="$partial" "file://$input" >/dev/null 2>&1 ;;
esac

# Written whole or not at all: check the file's signature, then move it into place.
case "$output" in
*.png) signature=$'\x89PNG' ;;
*.pdf) signature='%PDF' ;;
esac
if [[ ! -s $partial ]] || [[ $(head -c 4 "$partial") != "$signature" ]]; then
    echo "$0: Chromium wrote no ${output##*.} for $input" >&2
    exit 1
fi
mkdir -p "$(dirname "$output")"
mv "$partial" "$output"
echo "$output ($(du -h "$output" | cut -f1))"
