#!/usr/bin/env bash
# Regenerates docs/man/mssdash.1 from the command-line definitions (swift-argument-parser's
# generate-manual plugin), so the man page never drifts from --help.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p docs/man
swift package --allow-writing-to-package-directory generate-manual \
  --output-directory docs/man --authors "mssdash maintainers" --date "$(date +%Y-%m-%d)"
# The plugin documents every executable; only mssdash is installed.
rm -f docs/man/mssdash-bench.1
