#!/usr/bin/env bash
# Writes a Markdown report and checks that every chart it links is an SVG
# file beside it. Usage: report_markdown_files.sh ENTENTE OUT_DIR
set -euo pipefail
entente=$1 out=$2
rm -rf "$out" && mkdir -p "$out"
"$entente" report PAK CHN --from 2013 --to 2018 --compare IND-USA --format md -o "$out/pak-chn.md"
links=$(grep -o '(pak-chn_charts/[a-z_]*\.svg)' "$out/pak-chn.md" | tr -d '()')
[ -n "$links" ] || { echo "no chart linked in $out/pak-chn.md"; exit 1; }
for svg in $links; do
  head -c 5 "$out/$svg" | grep -q '<svg' || { echo "$svg: not an SVG file"; exit 1; }
  grep -q '</svg>' "$out/$svg" || { echo "$svg: unfinished SVG"; exit 1; }
done
grep -q '^| China'"'"'s share of Pakistan'"'"'s arms imports | \*\*68.16%\*\* |' "$out/pak-chn.md" ||
  { echo "the summary lacks China's share of Pakistan's imports"; exit 1; }
grep -q '^## Data and definitions' "$out/pak-chn.md" || { echo "no data and definitions"; exit 1; }
echo "$(echo "$links" | wc -l) charts: $(echo $links)"
