#!/usr/bin/env bash
# Regenerates docs/man/mssdash.1 from the command-line tables (`mssdash --generate-manual`), so
# the man page never drifts from --help; a test fails when the committed page is out of date.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build --product mssdash
binary="$(swift build --show-bin-path)/mssdash"
mkdir -p docs/man
"$binary" --generate-manual | sed "s/^\.Dd .*/.Dd $(LC_ALL=C date '+%B %-d, %Y')/" >docs/man/mssdash.1
