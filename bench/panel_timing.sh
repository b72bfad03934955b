#!/usr/bin/env bash
# Times `entente panel` (directed, 1816-2016, every default source, to CSV)
# against bench/panel_datatable.R building the same panel with R data.table,
# in one run, checks every cell of entente's output with the R build, and
# prints both times and their ratio (with CPU time and peak memory when
# hyperfine is not installed and GNU time is).
#
# Usage: bench/panel_timing.sh [ENTENTE_BINARY]   (ENTENTE_DATA must name the bundle)
# Needs Rscript with data.table (Debian: apt-get install r-cran-data.table);
# uses hyperfine when it is installed, else one timed run each.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
entente=${1:-$here/../build/release/entente}
data=${ENTENTE_DATA:?set ENTENTE_DATA to the data bundle}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
if command -v hyperfine >/dev/null; then
  hyperfine --warmup 1 --runs 5 --export-json "$out/entente.json" \
    "$entente panel -o $out/panel.csv" >/dev/null
  entente_s=$(python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['results'][0]['median'])" "$out/entente.json")
  hyperfine --warmup 1 --runs 5 --export-json "$out/undirected.json" \
    "$entente panel --undirected --from 1946 -o $out/undirected.csv" >/dev/null
  undirected_s=$(python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['results'][0]['median'])" "$out/undirected.json")
  printf 'entente panel --undirected --from 1946: %.2f s (median)\n' "$undirected_s"
  hyperfine --runs 2 --export-json "$out/r.json" "Rscript $here/panel_datatable.R $data" >/dev/null
  r_s=$(python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['results'][0]['median'])" "$out/r.json")
else
  # One run each, with GNU time's CPU and memory figures where it is installed:
  # on a machine shared with other work the clock says little on its own.
  timed() {  # LABEL COMMAND...: prints the figures, leaves the seconds in $seconds
    local label=$1
    shift
    if [ -x /usr/bin/time ]; then
      /usr/bin/time -f '%e %U %S %M' -o "$out/time.txt" "$@" >/dev/null
      read -r seconds user sys kb <"$out/time.txt"
      printf '%s: %.2f s (%.2f s user, %.2f s system, peak %d MB)\n' "$label" "$seconds" "$user" "$sys" $((kb / 1024))
    else
      local start end
      start=$(date +%s.%N); "$@" >/dev/null; end=$(date +%s.%N)
      seconds=$(echo "$end - $start" | bc)
      printf '%s: %.2f s\n' "$label" "$seconds"
    fi
  }
  timed "entente panel --undirected --from 1946" "$entente" panel --undirected --from 1946 -o "$out/undirected.csv"
  timed "entente panel" "$entente" panel -o "$out/panel.csv"
  entente_s=$seconds
  timed "R data.table" Rscript "$here/panel_datatable.R" "$data"
  r_s=$seconds
fi
"$entente" panel -o "$out/panel.csv"
echo "rows written: $(($(wc -l <"$out/panel.csv") - 1)) (the state system has 1912290 directed dyad-years)"
echo "cell check:"
Rscript "$here/panel_datatable.R" "$data" "$out/panel.csv" | sed 's/^/  /'
printf 'entente panel: %.2f s (median)\nR data.table:  %.2f s (median)\nratio (data.table / entente): %.1f\n' \
  "$entente_s" "$r_s" "$(python3 -c "print($r_s / $entente_s)")"
