#!/usr/bin/env bash
# Copies the bundle to a temporary folder, corrupts one file and expects
# `data verify` to exit 3 naming it; then fetches the bundle from a folder and
# from an HTTP server on 127.0.0.1 (python3's http.server, started here) and
# expects every file verified; a server that serves a wrong file gets exit 3.
set -euo pipefail
entente=$1 data=$2
work=$(mktemp -d)
server_pid=
cleanup() { [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
fail() { echo "FAIL: $*"; exit 1; }

cp -r "$data" "$work/copy"
chmod -R u+w "$work/copy"
sed -i "s/^2,1898/2,1899/" "$work/copy/cow/cow_majors.csv"
set +e
out=$("$entente" data verify --data "$work/copy" --format csv 2>&1); code=$?
set -e
[ "$code" = 3 ] || fail "corrupted copy: exit $code, expected 3"
grep -q "cow/cow_majors.csv (changed" <<<"$out" || fail "corrupted copy: file not named: $out"

export XDG_DATA_HOME="$work/xdg"
"$entente" data fetch --from "$data" 2>"$work/fetch.log" || fail "fetch from folder failed: $(cat "$work/fetch.log")"
grep -q "17 datasets verified" "$work/fetch.log" || fail "fetch from folder: $(cat "$work/fetch.log")"
(cd "$work" && env -u ENTENTE_DATA "$entente" data status --format csv) | grep -q "un_votes,unga/un_votes.csv,found" \
  || fail "status does not find the fetched bundle in XDG_DATA_HOME"

port=$((20000 + RANDOM % 20000))
(cd "$data" && exec python3 -m http.server "$port" --bind 127.0.0.1 >/dev/null 2>&1) &
server_pid=$!
for _ in $(seq 50); do
  python3 -c "import socket;socket.create_connection(('127.0.0.1',$port),0.2)" 2>/dev/null && break
  sleep 0.1
done
"$entente" data fetch --from "http://127.0.0.1:$port/" --to "$work/http" 2>"$work/http.log" \
  || fail "fetch over http failed: $(cat "$work/http.log")"
grep -q "downloaded" "$work/http.log" || fail "nothing downloaded: $(cat "$work/http.log")"
cmp -s "$data/unga/un_votes.csv" "$work/http/unga/un_votes.csv" || fail "downloaded file differs"
kill "$server_pid"; wait "$server_pid" 2>/dev/null || true

# A server with a changed file: the download is refused with exit 3.
(cd "$work/copy" && exec python3 -m http.server "$((port + 1))" --bind 127.0.0.1 >/dev/null 2>&1) &
server_pid=$!
for _ in $(seq 50); do
  python3 -c "import socket;socket.create_connection(('127.0.0.1',$((port + 1))),0.2)" 2>/dev/null && break
  sleep 0.1
done
set +e
"$entente" data fetch --from "http://127.0.0.1:$((port + 1))" --to "$work/bad" 2>"$work/bad.log"; code=$?
set -e
[ "$code" = 3 ] || fail "tampered download: exit $code, expected 3: $(cat "$work/bad.log")"
grep -q "cow/cow_majors.csv: sha256 of the fetched file" "$work/bad.log" || fail "tampered file not named: $(cat "$work/bad.log")"
[ ! -e "$work/bad/cow/cow_majors.csv" ] || fail "tampered file was installed"
echo "ok"
