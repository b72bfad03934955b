#!/bin/sh
# Times `entente ideal` (static and dynamic, all sessions) and pscl's ideal()
# on the same sessions, single-threaded, and prints the machine's load.
# Usage: bench/ideal_side_by_side.sh BUILD_DIR DATA_DIR   (pscl: apt-get install r-cran-pscl)
set -e
build=${1:-build/release}
data=${2:-../shared/data}
here=$(dirname "$0")
uptime
"$build/entente" ideal --data "$data" --format csv >/dev/null  # warm the vote-matrix snapshot
/usr/bin/time -f "entente ideal (static): %e s elapsed, %U s user, %M KB" "$build/entente" ideal --data "$data" --format csv >/dev/null
/usr/bin/time -f "entente ideal --dynamic: %e s elapsed, %U s user, %M KB" "$build/entente" ideal --dynamic --data "$data" --format csv >/dev/null
OMP_NUM_THREADS=1 Rscript "$here/ideal_pscl.R" "$data"
uptime
