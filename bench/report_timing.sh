#!/usr/bin/env bash
# End-to-end timing of `entente report`: process start, checking the bundle
# (checksums cached), every query of every part, and writing the file. Times
# the seed's frame in each format, with and without ideal points, and the
# default (whole) period. Uses hyperfine.
# Usage: bench/report_timing.sh [ENTENTE] [RUNS]   (data from $ENTENTE_DATA)
set -euo pipefail
cd "$(dirname "$0")/.."
entente=$(realpath "${1:-build/release/entente}")
runs=${2:-10}
export ENTENTE_DATA="${ENTENTE_DATA:-$(cd .. && pwd)/shared/data}"
command -v hyperfine >/dev/null || { echo "needs hyperfine (apt-get install hyperfine)" >&2; exit 2; }
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
frame="PAK CHN --from 2013 --to 2018 --compare IND-USA,PAK-USA,IND-CHN --claims claims/pakistan-china-beyond-cpec.toml"
"$entente" report $frame -o "$out/warm.html"  # warm the checksum cache and the page cache
hyperfine --warmup 2 --runs "$runs" --style basic \
  -n "html, seed frame"              "$entente report $frame -o $out/r.html" \
  -n "html, seed frame, --ideal"     "$entente report $frame --ideal -o $out/r.html" \
  -n "md + svg, seed frame"          "$entente report $frame --format md -o $out/r.md" \
  -n "json, seed frame"              "$entente report $frame --format json -o $out/r.json" \
  -n "html, whole period"            "$entente report PAK CHN -o $out/w.html"
