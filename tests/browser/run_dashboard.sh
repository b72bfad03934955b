#!/usr/bin/env bash
# Starts `entente serve` on a free loopback port and checks its dashboard in
# headless Chromium (dashboard.mjs) against the API and `entente report
# --format json`; the screenshots land in OUT_DIR (docs/img holds copies).
# Usage: run_dashboard.sh ENTENTE SOURCE_DIR NODE_MODULES OUT_DIR
set -euo pipefail
entente=$1 src=$2 modules=$3 out=$4
mkdir -p "$out"
export NODE_PATH="$modules"
# Node resolves ES module imports from the script's folder, so run a copy
# placed beside the packages.
script="$modules/../.dashboard_test.mjs"
cp "$src/tests/browser/dashboard.mjs" "$script"
log="$out/serve.log"
server=""
cleanup() {
  rm -f "$script"
  if [ -n "$server" ] && kill -0 "$server" 2>/dev/null; then kill -TERM "$server"; wait "$server" || true; fi
}
trap cleanup EXIT

"$entente" report PAK CHN --from 2013 --to 2018 --format json >"$out/report-pak-chn.json"

: >"$log"
"$entente" serve --port 0 >"$log" 2>&1 &
server=$!
url=""
for _ in $(seq 1 600); do
  url=$(sed -n 's|^entente serve: \(http://[^ ]*\)/ .*|\1|p' "$log" | head -1)
  [ -n "$url" ] && break
  kill -0 "$server" 2>/dev/null || { cat "$log" >&2; echo "entente serve exited early" >&2; exit 1; }
  sleep 0.1
done
[ -n "$url" ] || { cat "$log" >&2; echo "entente serve did not start in 60 s" >&2; exit 1; }

node "$script" "$url" "$out/report-pak-chn.json" "$out"

# The server is still up and stops cleanly on SIGTERM.
kill -0 "$server" || { cat "$log" >&2; echo "entente serve died during the test" >&2; exit 1; }
kill -TERM "$server"
status=0
wait "$server" || status=$?
server=""
[ "$status" = 0 ] || { cat "$log" >&2; echo "entente serve exited $status on SIGTERM" >&2; exit 1; }
