#!/usr/bin/env bash
# End-to-end timing of `entente arms`: process start-up, checking the bundle
# (checksums cached), building the country registry, loading the SIPRI trade
# register and answering. Uses hyperfine when it is installed, else times N
# runs of each command and prints the median and the fastest, in ms.
# Usage: bench/arms_cli.sh [ENTENTE] [RUNS]   (data from $ENTENTE_DATA)
set -euo pipefail
cd "$(dirname "$0")/.."
entente=${1:-build/release/entente}
runs=${2:-20}
export ENTENTE_DATA="${ENTENTE_DATA:-$(cd .. && pwd)/shared/data}"
commands=(
  "arms imports PAK --from 2013 --to 2018 --by supplier,year"
  "arms exports CHN --from 2013 --to 2017"
  "arms flow CHN PAK"
  "arms dependence PAK"
  "arms deals --recipient PAK --search JF-17 --search Azmat"
)
"$entente" arms flow CHN PAK --format csv >/dev/null  # warm the checksum cache and the page cache
if command -v hyperfine >/dev/null; then
  args=()
  for c in "${commands[@]}"; do args+=("$entente $c --format csv"); done
  exec hyperfine --warmup 3 --runs "$runs" --style basic "${args[@]}"
fi
printf '%-60s %10s %10s\n' command median_ms min_ms
for c in "${commands[@]}"; do
  times=()
  for ((i = 0; i < runs; i++)); do
    start=$(date +%s%N)
    # shellcheck disable=SC2086
    "$entente" $c --format csv >/dev/null
    times+=($(( ($(date +%s%N) - start) / 1000 )))
  done
  sorted=($(printf '%s\n' "${times[@]}" | sort -n))
  median=${sorted[$((runs / 2))]}
  printf '%-60s %10.1f %10.1f\n' "$c" "$(echo "$median / 1000" | bc -l)" "$(echo "${sorted[0]} / 1000" | bc -l)"
done
