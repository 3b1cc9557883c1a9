# Sourced by the scripts that drive headless Chromium (check-report-layout.sh, export.sh,
# render-svg.sh): finds it, or installs it from Debian's packages, and sets
#   browser  the command
#   flags    the options every call shares (headless, no GPU, white background; no sandbox as root)
# Returns 77 (skipped), having said why on stderr, when there is no Chromium and no way to install it.
find_chromium() {
    browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
    if [[ -z $browser ]]; then
        echo "$(basename "$0"): installing chromium from Debian's packages" >&2
        local sudo=""; [[ $(id -u) -eq 0 ]] || sudo="sudo -n"
        { $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium fonts-liberation >/dev/null; } || true
        browser=$(command -v chromium || true)
        if [[ -z $browser ]]; then
            echo "$(basename "$0"): SKIPPED: no Chromium, and it could not be installed" >&2
            return 77
        fi
    fi
    flags=(--headless --disable-gpu --hide-scrollbars --allow-file-access-from-files --default-background-color=ffffffff)
    [[ $(id -u) -eq 0 ]] && flags+=(--no-sandbox)
    return 0
}
