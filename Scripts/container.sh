#!/usr/bin/env bash
# Builds the Containerfile's image with podman (or docker) and runs it once: it must print the
# embedded 1992 result.
#
#   bash Scripts/container.sh [TAG]        (default hemicycle:latest)
#
# The bases come from Docker Hub unless SWIFT_IMAGE and RUNTIME_IMAGE name others (a mirror).
# Exit 0: built and ran; 77: skipped, with the reason on stderr (no container engine, or the
# bases' registry is out of reach, as on the CI machine, which reaches only Debian's and PyPI's
# registries); anything else: failed.
set -euo pipefail
cd "$(dirname "$0")/.."
tag=${1:-hemicycle:latest}
swift_image=${SWIFT_IMAGE:-docker.io/library/swift:6.2-bookworm}
runtime_image=${RUNTIME_IMAGE:-docker.io/library/debian:bookworm-slim}
skip() { echo "container: SKIPPED: $*" >&2; exit 77; }

engine=""
for candidate in podman docker; do
    if command -v "$candidate" >/dev/null && "$candidate" info >/dev/null 2>&1; then engine=$candidate; break; fi
done
if [[ -z $engine ]] && [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
    echo "container: installing podman from Debian's packages" >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq podman >/dev/null 2>&1 || true
    command -v podman >/dev/null && podman info >/dev/null 2>&1 && engine=podman
fi
[[ -n $engine ]] || skip "no working podman or docker engine here (docker's client alone cannot build)"

for image in "$swift_image" "$runtime_image"; do
    if ! "$engine" image exists "$image" 2>/dev/null && ! timeout 120 "$engine" pull -q "$image" >/dev/null 2>"${TMPDIR:-/tmp}/container-pull.log"; then
        skip "$engine cannot pull $image: $(tail -n 1 "${TMPDIR:-/tmp}/container-pull.log")"
    fi
done

"$engine" build -t "$tag" -f Containerfile \
    --build-arg SWIFT_IMAGE="$swift_image" --build-arg RUNTIME_IMAGE="$runtime_image" .
output=$("$engine" run --rm "$tag")
grep -qE '^ADEMA-PASJ +76 ' <<<"$output" || { echo "container: the image did not print ADEMA-PASJ 76:" >&2; echo "$output" >&2; exit 1; }
echo "container: $tag built with $engine and ran: $(grep -E '^ADEMA-PASJ' <<<"$output")"
