#!/usr/bin/env bash
# Writes HTML reports with entente and checks each in headless Chromium
# (report_page.mjs): the README's report (Pakistan and China, 2013-2018, three
# comparison dyads and the seed's claims; its screenshot is the README's) and
# a pair with little data, with ideal points.
# Usage: run_report_page.sh ENTENTE SOURCE_DIR NODE_MODULES OUT_DIR
set -euo pipefail
entente=$1 src=$2 modules=$3 out=$4
mkdir -p "$out"
export NODE_PATH="$modules"
# Node resolves ES module imports from the script's folder, so run a copy
# placed beside the packages.
cp "$src/tests/browser/report_page.mjs" "$modules/../.report_page.mjs"
trap 'rm -f "$modules/../.report_page.mjs"' EXIT

"$entente" report PAK CHN --from 2013 --to 2018 --compare IND-USA,PAK-USA,IND-CHN \
  --claims "$src/claims/pakistan-china-beyond-cpec.toml" -o "$out/report-pak-chn.html"
node "$modules/../.report_page.mjs" "$out/report-pak-chn.html" "$out/report-pak-chn.png"

# The German Democratic Republic and South Sudan never existed together.
"$entente" report GDR SSD --from 1985 --to 2015 --ideal -o "$out/report-gdr-ssd.html"
node "$modules/../.report_page.mjs" "$out/report-gdr-ssd.html" "$out/report-gdr-ssd.png"
