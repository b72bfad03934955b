#!/usr/bin/env bash
# Times `entente votes dyadyears` (the whole record, every measure, end to end:
# process start, load, compute, write CSV) against the same table computed with
# R data.table and with pandas, checks that the numbers agree, and prints the
# times and speed ratios measured in this run; then the same for one dyad
# pooled over a period (`entente votes A B --from FROM --to TO`).
#
# Usage: bench/run_dyadyears.sh [ENTENTE_BINARY [DATA_DIR]]
#   ENTENTE_BINARY  default build/release/entente (built beforehand; this script builds nothing)
#   DATA_DIR        default $ENTENTE_DATA, else ../shared/data beside the repository
# Environment: RUNS (entente full-table runs, default 5), SINGLE_RUNS (entente
# single-dyad runs, default 20), DYAD (default "PAK CHN"), DYAD_FROM (1971),
# DYAD_TO (2017), PYTHON (a python3 with pandas; default: the first of python3,
# /usr/bin/python3 that has it), HYPERFINE=0 times with a plain loop even when
# hyperfine is installed, KEEP=1 keeps the temporary folder.
#
# Needs Rscript with data.table (Debian: r-cran-data.table), python3 with pandas
# (python3-pandas); uses hyperfine when installed (hyperfine), else a loop of
# timed runs. Installs nothing. Writes only to a temporary folder (removed at
# the end unless KEEP=1). Exits 1 if any comparison fails, 2 if something it
# needs is missing.
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
entente=${1:-build/release/entente}
data=${2:-${ENTENTE_DATA:-$repo/../shared/data}}
runs=${RUNS:-5}
single_runs=${SINGLE_RUNS:-20}
read -r dyad_a dyad_b <<<"${DYAD:-PAK CHN}"
dyad_from=${DYAD_FROM:-1971}
dyad_to=${DYAD_TO:-2017}

# --- what it needs ---------------------------------------------------------
missing=()
[[ -x $entente ]] || { echo "run_dyadyears: no entente binary at $entente (build it first: see README.md)" >&2; exit 2; }
[[ -f $data/unga/un_votes.csv ]] || { echo "run_dyadyears: no data bundle at $data" >&2; exit 2; }
entente=$(cd "$(dirname "$entente")" && pwd)/$(basename "$entente")
data=$(cd "$data" && pwd)
if ! command -v Rscript >/dev/null || ! Rscript -e 'suppressPackageStartupMessages(library(data.table))' >/dev/null 2>&1; then
  missing+=(r-cran-data.table)
fi
python=
for p in ${PYTHON:-python3 /usr/bin/python3}; do
  if command -v "$p" >/dev/null && "$p" -c 'import pandas' 2>/dev/null; then python=$p; break; fi
done
[[ -n $python ]] || missing+=(python3-pandas)
if ((${#missing[@]})); then
  echo "run_dyadyears: missing Debian packages: ${missing[*]} (apt-get install -y ${missing[*]}; hyperfine is optional)" >&2
  exit 2
fi
have_hyperfine=0
if [[ ${HYPERFINE:-1} == 1 ]] && command -v hyperfine >/dev/null; then have_hyperfine=1; fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/entente-bench.XXXXXX")
if [[ ${KEEP:-0} == 1 ]]; then echo "keeping $tmp"; else trap 'rm -rf "$tmp"' EXIT; fi
cd "$tmp"

# --- timing helpers ----------------------------------------------------------
# Each result is one line in $tmp/results.tsv: label, median wall seconds,
# mean CPU seconds (user + system), runs.
median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# time_runs LABEL RUNS PREPARE COMMAND: runs PREPARE (untimed, may be ":") then
# COMMAND, RUNS times, with bash's `time`; records the median wall and mean CPU time.
time_runs() {
  local label=$1 n=$2 prepare=$3 command=$4 i
  : >"$tmp/times"
  for ((i = 0; i < n; i++)); do
    eval "$prepare"
    { TIMEFORMAT='%R %U %S'; time eval "$command" >"$tmp/stdout" 2>"$tmp/stderr"; } 2>>"$tmp/times" || {
      echo "run_dyadyears: failed: $command" >&2; cat "$tmp/stderr" >&2; exit 1; }
  done
  printf '%s\t%s\t%s\t%s\n' "$label" "$(awk '{ print $1 }' "$tmp/times" | median)" \
    "$(awk '{ s += $2 + $3 } END { print s / NR }' "$tmp/times")" "$n" >>"$tmp/results.tsv"
}

# bench LABEL RUNS PREPARE COMMAND: as time_runs, with hyperfine when installed
# (without a shell when there is nothing to prepare).
bench() {
  local label=$1 n=$2 prepare=$3 command=$4
  if ((have_hyperfine)); then
    if [[ $prepare == ":" ]]; then
      hyperfine --style none --runs "$n" --shell=none --export-json "$tmp/h.json" "$command" >/dev/null
    else
      hyperfine --style none --runs "$n" --prepare "$prepare" --export-json "$tmp/h.json" "$command" >/dev/null
    fi
    "$python" - "$tmp/h.json" "$label" "$n" >>"$tmp/results.tsv" <<'EOF'
import json, sys
r = json.load(open(sys.argv[1]))["results"][0]
print(f"{sys.argv[2]}\t{r['median']:.4f}\t{r['user'] + r['system']:.4f}\t{sys.argv[3]}")
EOF
  else
    time_runs "$label" "$n" "$prepare" "$command"
  fi
}

echo "entente dyad-year benchmark, $(date -u '+%Y-%m-%d %H:%M UTC') on $(hostname), $(nproc) cores"
echo "load before: $(uptime)"
echo "entente: $entente ($("$entente" --version), commit $(git -C "$repo" rev-parse --short HEAD 2>/dev/null || echo unknown))"
echo "data: $data"
echo "R data.table $(Rscript -e 'cat(as.character(packageVersion("data.table")))'), pandas $("$python" -c 'import pandas; print(pandas.__version__)') ($python)$( ((have_hyperfine)) && echo ", $(hyperfine --version)")"
echo

full="$entente --data $data votes dyadyears -o $tmp/entente.csv"
# Cold: an empty snapshot cache each run (checksums and the vote matrix are rebuilt).
bench "entente dyadyears, cold cache" 3 "rm -rf $tmp/cold && mkdir $tmp/cold" "env XDG_CACHE_HOME=$tmp/cold $full"
cp entente.csv entente-cold.csv
# Warm: a cache primed by one untimed run.
mkdir -p warm
XDG_CACHE_HOME=$tmp/warm $full
bench "entente dyadyears, warm cache" "$runs" ":" "env XDG_CACHE_HOME=$tmp/warm $full"
time_runs "data.table dyadyears" 1 ":" "Rscript $repo/bench/dyadyears_datatable.R $data $tmp/datatable.csv"
time_runs "pandas dyadyears" 1 ":" "$python $repo/bench/dyadyears_pandas.py $data $tmp/pandas.csv"

# Single dyad, pooled over the period.
ccode() { "$entente" --data "$data" country "$1" --format csv --no-provenance | awk -F, 'NR == 1 { for (i = 1; i <= NF; i++) if ($i == "ccode") c = i } NR == 2 { print $c }'; }
ccode_a=$(ccode "$dyad_a")
ccode_b=$(ccode "$dyad_b")
single="$entente --data $data votes $dyad_a $dyad_b --from $dyad_from --to $dyad_to --format csv --no-provenance -o $tmp/single-entente.csv"
bench "entente $dyad_a-$dyad_b $dyad_from-$dyad_to, warm cache" "$single_runs" ":" "env XDG_CACHE_HOME=$tmp/warm $single"
time_runs "data.table $dyad_a-$dyad_b $dyad_from-$dyad_to" 3 ":" \
  "Rscript $repo/bench/single_dyad_datatable.R $data $ccode_a $ccode_b $dyad_from $dyad_to >$tmp/single-datatable.csv"
# The floor under the current load: starting a process that does nothing.
bench "process start (/bin/true)" "$single_runs" ":" "/bin/true"
echo "load after: $(uptime)"
echo

# --- checks ------------------------------------------------------------------
status=0
echo "== entente (cold cache) against entente (warm cache)"
if cmp -s entente-cold.csv entente.csv; then echo "OK: identical"; else echo "MISMATCH: the cold and warm runs differ"; status=1; fi
echo "== entente against data.table, then against pandas"
"$python" "$repo/bench/compare_dyadyears.py" entente.csv datatable.csv pandas.csv || status=1
echo "== entente $dyad_a-$dyad_b $dyad_from-$dyad_to against data.table"
"$python" - single-entente.csv single-datatable.csv <<'EOF' || status=1
import csv, sys
a, b = (next(csv.DictReader(open(p))) for p in sys.argv[1:3])
bad = [] if int(a["n"]) == int(b["n"]) else [("n", a["n"], b["n"])]
for m in ("agree", "ia", "s", "kappa", "pi"):
    x, y = a[m], b[m]
    if (x == "") != (y == "") or (x and abs(float(x) - float(y)) > 1e-9 * max(1, abs(float(x)))):
        bad.append((m, x, y))
print(f"n={a['n']} agree={a['agree']} ia={a['ia']} kappa={a['kappa']}")
for m, x, y in bad:
    print(f"  {m} differs: {x!r} vs {y!r}")
print("MISMATCH" if bad else "OK: the results agree")
sys.exit(1 if bad else 0)
EOF
echo

# --- the table ---------------------------------------------------------------
"$python" - "$tmp/results.tsv" "$(($(wc -l <entente.csv) - $(grep -c '^#' entente.csv) - 1))" <<'EOF'
import sys
rows = [line.rstrip("\n").split("\t") for line in open(sys.argv[1])]
t = {label: (float(wall), float(cpu), runs) for label, wall, cpu, runs in rows}
print(f"{'':44} {'wall s':>8} {'cpu s':>8} {'runs':>5}  (wall: median; cpu: user + system, mean)")
for label, (wall, cpu, runs) in t.items():
    print(f"{label:44} {wall:8.3f} {cpu:8.3f} {runs:>5}")
print(f"\nfull table: {sys.argv[2]} dyad-years")
warm = t["entente dyadyears, warm cache"][0]
cold = t["entente dyadyears, cold cache"][0]
for other in ("data.table dyadyears", "pandas dyadyears"):
    print(f"{other} / entente: {t[other][0] / warm:.1f}x (warm cache), {t[other][0] / cold:.1f}x (cold cache); "
          f"by CPU time {t[other][1] / t['entente dyadyears, warm cache'][1]:.1f}x (warm)")
single = [label for label in t if label.startswith("entente ") and "dyadyears" not in label][0]
print(f"single dyad, entente above process start: {(t[single][0] - t['process start (/bin/true)'][0]) * 1000:.1f} ms")
dt_single = [label for label in t if label.startswith("data.table ") and "dyadyears" not in label][0]
print(f"single dyad: data.table / entente: {t[dt_single][0] / t[single][0]:.1f}x")
ratio = t["data.table dyadyears"][0] / warm
print(f"targets: full table < 0.5 s: {'met' if warm < 0.5 else 'NOT met'} ({warm:.3f} s); "
      f">= 20x data.table: {'met' if ratio >= 20 else 'NOT met'} ({ratio:.1f}x); "
      f"single dyad < 20 ms: {'met' if t[single][0] < 0.02 else 'NOT met'} ({t[single][0] * 1000:.1f} ms)")
EOF
echo
if ((status)); then echo "FAILED: a comparison failed (see above)"; else echo "all comparisons agree"; fi
exit "$status"
