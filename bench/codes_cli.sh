#!/usr/bin/env bash
# End-to-end timing of `entente codes` on a generated panel of 100,000 rows
# (ROWS to change it): process start-up, checking the bundle, building the
# country registry, reading the CSV, resolving each distinct (value, year)
# and writing the output. The values are the codelist's own identifiers as a
# user's file has them: English names, ISO3, COW codes and letters, names in
# other languages and a few unknown names, with years 1946-2016. Uses
# hyperfine when it is installed, else times RUNS runs and prints the median
# and the fastest, in ms.
# Usage: bench/codes_cli.sh [ENTENTE] [RUNS]   (data from $ENTENTE_DATA)
set -euo pipefail
cd "$(dirname "$0")/.."
entente=${1:-build/release/entente}
runs=${2:-10}
rows=${ROWS:-100000}
export ENTENTE_DATA="${ENTENTE_DATA:-$(cd .. && pwd)/shared/data}"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 - "$ENTENTE_DATA/countries/codelist.csv" "$tmp/panel.csv" "$rows" <<'PY'
import csv, random, sys
codelist, out, rows = sys.argv[1], sys.argv[2], int(sys.argv[3])
values = ["Atlantis", "Narnia", "Korea, Republic of", "Viet Nam", "Turkiye"]
for r in csv.DictReader(open(codelist, encoding="utf-8")):
    if not r["cown"]:
        continue
    for col in ("country.name.en", "iso3c", "cown", "cowc", "country.name.de", "country.name.fr"):
        if r[col]:
            values.append(r[col])
rng = random.Random(17)
with open(out, "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["id", "country", "year", "value"])
    for i in range(rows):
        w.writerow([i, rng.choice(values), rng.randint(1946, 2016), rng.random()])
PY
cmd=("$entente" codes "$tmp/panel.csv" --column country --year-column year --to ccode,iso3,gwcode,name)
"${cmd[@]}" >/dev/null 2>&1 || true  # warm the checksum cache and the page cache
echo "$rows rows, $(cut -d, -f2,3 "$tmp/panel.csv" | sort -u | wc -l) distinct (value, year)"
if command -v hyperfine >/dev/null; then
  exec hyperfine --warmup 2 --runs "$runs" --style basic "${cmd[*]} >/dev/null 2>&1"
fi
times=()
for ((i = 0; i < runs; i++)); do
  start=$(date +%s%N)
  "${cmd[@]}" >/dev/null 2>&1 || true
  times+=($(( ($(date +%s%N) - start) / 1000 )))
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
printf 'entente codes: median %.1f ms, fastest %.1f ms over %d runs\n' \
  "$(echo "${sorted[$((runs / 2))]} / 1000" | bc -l)" "$(echo "${sorted[0]} / 1000" | bc -l)" "$runs"
