#!/usr/bin/env bash
# Renders an HTML report with headless Chromium at 1280 px and at 390 px (a phone) and fails when
# the page is wider than the window, when any text (HTML or SVG, after the SVG's scaling) renders
# under 10 px, or when a diagram legend's text renders under 11 px. It also checks that the page
# is self-contained: no <script>, and nothing loaded from elsewhere (src, link or url()).
# Screenshots of both widths go beside the report (NAME-1280.png, NAME-390.png), SHOT_HEIGHT pixels
# tall (default: 6000 and 8000).
#
#   bash Scripts/check-report-layout.sh REPORT.html [MORE.html…]
#
# The measuring page (a harness with a script, never part of the report) loads the report in an
# iframe as wide as the window and reads the layout: Chromium's --dump-dom prints what it found.
# Installs chromium from Debian's packages when missing; exit 77 (skipped, said on stderr) if it
# cannot.
set -euo pipefail
[[ $# -ge 1 ]] || { echo "usage: $0 REPORT.html [MORE.html…]" >&2; exit 64; }

source "$(dirname "$0")/lib/chromium.sh"
status=0; find_chromium || status=$?
[[ $status -eq 0 ]] || exit "$status"

work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
failed=0
for report in "$@"; do
    report=$(realpath "$report")
    if grep -qiE '<script|<link |<iframe|<img |src="(https?:)?//|url\((https?:)?//' "$report"; then
        echo "check-report-layout: $report is not self-contained (a script, a link or a remote resource):" >&2
        grep -oiE '<script[^>]*>|<link [^>]*>|<iframe[^>]*>|<img [^>]*>|src="[^"]*"|url\([^)]*\)' "$report" | head -5 >&2
        failed=1
    fi
    for width in 1280 390; do
        harness="$work/harness-$width.html"
        cat > "$harness" <<HTML
<!DOCTYPE html><html><head><meta charset="utf-8"><style>body{margin:0}iframe{border:0;display:block}</style></head>
<body><iframe id="page" src="file://$report" style="width:${width}px;height:800px"></iframe><pre id="out">pending</pre>
<script>
document.getElementById('page').addEventListener('load', function () {
  var doc = this.contentDocument, win = this.contentWindow, found = [];
  var pageWidth = doc.documentElement.scrollWidth;
  if (pageWidth > ${width}) found.push('the page is ' + pageWidth + ' px wide in a ' + ${width} + ' px window');
  var smallest = 1e9, smallestLegend = 1e9, where = '', whereLegend = '';
  var walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    var node = walker.currentNode, element = node.parentElement;
    if (!node.textContent.trim() || !element) continue;
    var style = win.getComputedStyle(element);
    if (style.display === 'none' || element.closest('[hidden]')) continue;
    var rect = element.getBoundingClientRect();
    if (rect.width === 0 && rect.height === 0) continue;
    var size = parseFloat(style.fontSize);
    var svgText = element.closest('text');
    if (svgText) {
      var matrix = svgText.getScreenCTM();
      size = size * Math.sqrt(Math.abs(matrix.a * matrix.d - matrix.b * matrix.c));
    }
    var label = node.textContent.trim().slice(0, 40);
    if (size < smallest) { smallest = size; where = label; }
    if (element.closest('.legend') && size < smallestLegend) { smallestLegend = size; whereLegend = label; }
  }
  if (smallest < 10) found.push('text renders at ' + smallest.toFixed(1) + ' px ("' + where + '")');
  if (smallestLegend < 11) found.push('legend text renders at ' + smallestLegend.toFixed(1) + ' px ("' + whereLegend + '")');
  document.getElementById('out').textContent = 'RESULT ' + JSON.stringify({
    width: ${width}, pageWidth: pageWidth, smallestText: +smallest.toFixed(1),
    smallestLegendText: smallestLegend < 1e9 ? +smallestLegend.toFixed(1) : null, problems: found });
});
</script></body></html>
HTML
        result=$("$browser" "${flags[@]}" --window-size="$width,900" --virtual-time-budget=15000 --dump-dom "file://$harness" 2>/dev/null \
            | grep -o 'RESULT {.*}' | sed 's/^RESULT //; s/&quot;/"/g' || true)
        if [[ -z $result ]]; then echo "check-report-layout: $report at $width px: Chromium measured nothing" >&2; failed=1; continue; fi
        echo "check-report-layout: $(basename "$report") at $width px: $result"
        if [[ $result != *'"problems":[]'* ]]; then failed=1; fi
        shot="${report%.html}-$width.png"
        "$browser" "${flags[@]}" --window-size="$width,${SHOT_HEIGHT:-$([[ $width == 390 ]] && echo 8000 || echo 6000)}" --screenshot="$shot" "file://$report" >/dev/null 2>&1 || true
    done
done
exit $failed
