#!/usr/bin/env bash
# A bounded load on entente-serve over loopback with wrk: a mix of good and bad
# requests (bench/serve_load.lua) for SECONDS at CONNECTIONS, then the two
# endpoints with latency targets one connection at a time (the dyad summary,
# /api/v1/votes?a=PAK&b=CHN, under 5 ms at p99; the partners of a state, the
# map's endpoint, under 20 ms). Reports requests/s, p50/p99 latency, the
# answers by status class, wrk's socket errors and the server's memory (RSS at
# start, at the end, and its peak, VmHWM, from /proc).
# Usage: bench/serve_load.sh [SECONDS] [CONNECTIONS]   (default 30 s, 32)
# ENTENTE_SERVE names the server binary [default: build/release/entente-serve];
# the bundle is $ENTENTE_DATA (default ../shared/data).
# Exits 1 on any 5xx, socket error or crash of the server; 77 without wrk.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-30}
connections=${2:-32}
serve=${ENTENTE_SERVE:-build/release/entente-serve}
export ENTENTE_DATA=${ENTENTE_DATA:-$PWD/../shared/data}
command -v wrk >/dev/null || { echo "serve_load: wrk is needed (apt-get install wrk)" >&2; exit 77; }

work=$(mktemp -d)
"$serve" --port 0 >"$work/out" 2>"$work/err" &
pid=$!
cleanup() { kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
for _ in $(seq 1 300); do grep -q 'http://' "$work/out" && break; kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
url=$(grep -o 'http://[^ ]*' "$work/out" | head -n 1 | sed 's|/$||')
[ -n "$url" ] || { echo "serve_load: the server did not start:" >&2; cat "$work/err" >&2; exit 1; }
rss() { awk -v k="$1:" '$1 == k { print $2 }' "/proc/$pid/status"; }
rss_start=$(rss VmRSS)

status=0
run() {  # NAME, then wrk's arguments
  local name=$1
  shift
  wrk --latency "$@" >"$work/$name.txt" 2>&1 || { echo "serve_load: wrk failed:" >&2; cat "$work/$name.txt" >&2; status=1; }
  local rps p50 p99 errors non2xx
  rps=$(awk '/Requests\/sec/ { print $2 }' "$work/$name.txt")
  p50=$(awk '$1 == "50%" { print $2 }' "$work/$name.txt")
  p99=$(awk '$1 == "99%" { print $2 }' "$work/$name.txt")
  errors=$(grep -o 'Socket errors:.*' "$work/$name.txt" || echo "Socket errors: none")
  non2xx=$(grep -o 'Non-2xx or 3xx responses: [0-9]*' "$work/$name.txt" | grep -o '[0-9]*$' || echo 0)
  printf '%-26s %10s req/s  p50 %-9s p99 %-9s non-2xx %-7s %s\n' "$name" "$rps" "$p50" "$p99" "$non2xx" "$errors"
  grep -E '^answers:' "$work/$name.txt" || true
  if grep -q 'Socket errors' "$work/$name.txt"; then status=1; fi
  if grep -Eq 'answers: .* 5xx [1-9]' "$work/$name.txt"; then status=1; fi
}

echo "entente-serve at $url, pid $pid; ${seconds} s at ${connections} connections"
run "mix" -t2 -c"$connections" -d"${seconds}s" -s bench/serve_load.lua "$url"
single=$(( seconds / 3 > 2 ? seconds / 3 : 2 ))
run "votes PAK CHN (1 conn)" -t1 -c1 -d"${single}s" "$url/api/v1/votes?a=PAK&b=CHN"
run "partners PAK (1 conn)" -t1 -c1 -d"${single}s" "$url/api/v1/votes/partners?state=PAK"

if ! kill -0 "$pid" 2>/dev/null; then
  echo "serve_load: the server died" >&2
  cat "$work/err" >&2
  exit 1
fi
echo "memory: RSS at start ${rss_start} kB, at the end $(rss VmRSS) kB, peak (VmHWM) $(rss VmHWM) kB"
if grep -q 'internal error' "$work/err"; then
  echo "serve_load: the server logged internal errors:" >&2
  grep 'internal error' "$work/err" >&2
  status=1
fi
kill -TERM "$pid"
wait "$pid" || { echo "serve_load: the server did not exit cleanly on SIGTERM" >&2; status=1; }
exit $status
