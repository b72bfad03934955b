#!/usr/bin/env bash
# Output is all or nothing (issue 16, finding 6): a write error on standard
# output is exit 1 with a message, a reader closing the pipe is not an error,
# and a failed -o FILE leaves the old FILE (or none), never a part of one.
# Usage: output_errors.sh ENTENTE
set -u
entente=$1
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
fail=0
check() {  # NAME EXPECTED_EXIT ACTUAL_EXIT STDERR_FILE STDERR_REGEX
  if [ "$3" != "$2" ]; then echo "$1: exit $3, expected $2"; cat "$4"; fail=1; return; fi
  if [ -n "$5" ] && ! grep -Eq -- "$5" "$4"; then echo "$1: stderr does not match $5"; cat "$4"; fail=1; fi
}

"$entente" votes dyadyears --from 2019 >/dev/full 2>"$dir/err"
check issue16_stdout_full 1 $? "$dir/err" "cannot write to standard output: No space left on device"

"$entente" votes PAK CHN --format csv >&- 2>"$dir/err"
check issue16_stdout_closed 1 $? "$dir/err" "cannot write to standard output: it is closed"

"$entente" votes dyadyears --from 2010 2>"$dir/err" | head -c 100 >/dev/null
check issue16_pipe_closed_by_reader 0 "${PIPESTATUS[0]}" "$dir/err" ""
[ -s "$dir/err" ] && { echo "issue16_pipe_closed_by_reader: stderr not empty"; cat "$dir/err"; fail=1; }

# A file size limit makes writes fail with EFBIG part way (SIGXFSZ ignored,
# which the shell passes on to the command).
echo "the previous answer" >"$dir/old.csv"
(trap '' XFSZ; ulimit -f 64; exec "$entente" votes dyadyears --from 2010 -o "$dir/old.csv") 2>"$dir/err"
check issue16_failed_output_keeps_old_file 1 $? "$dir/err" "cannot write .*old.csv"
[ "$(cat "$dir/old.csv")" = "the previous answer" ] || { echo "issue16: old.csv was overwritten"; fail=1; }
(trap '' XFSZ; ulimit -f 64; exec "$entente" votes dyadyears --from 2010 -o "$dir/new.csv") 2>"$dir/err"
check issue16_failed_output_leaves_no_file 1 $? "$dir/err" "cannot write .*new.csv"
left=$(ls -A "$dir" | grep -v -e '^old.csv$' -e '^err$')
[ -z "$left" ] || { echo "issue16: files left behind: $left"; fail=1; }

"$entente" votes PAK CHN -o "$dir/ok.csv" 2>"$dir/err"
check output_file_written 0 $? "$dir/err" ""
grep -q '^770,PAK,PAK,710,CHN,CHN' "$dir/ok.csv" || { echo "ok.csv lacks the answer"; fail=1; }
# Issue 15: the CSV is one table (a header row first, no '#' lines) and its
# CSV on the Web metadata lies beside it.
head -1 "$dir/ok.csv" | grep -q '^ccode1,iso3_1,' || { echo "ok.csv does not start with its header"; fail=1; }
grep -q '^#' "$dir/ok.csv" && { echo "ok.csv holds '#' lines"; fail=1; }
grep -q '"url": "ok.csv"' "$dir/ok.csv-metadata.json" || { echo "ok.csv-metadata.json missing or wrong"; fail=1; }
"$entente" power PAK CHN --from 2015 -o "$dir/tables/" 2>"$dir/err"
check issue15_folder_output 0 $? "$dir/err" ""
# Issue 18: the panel's metadata names each column's dataset and coverage.
"$entente" panel --undirected --states PAK,IND --both --from 2010 --to 2011 --with igo,votes -o "$dir/panel.csv" 2>"$dir/err"
check issue18_panel_metadata 0 $? "$dir/err" ""
python3 - "$dir/panel.csv-metadata.json" <<'PY' || fail=1
import json, sys
cols = {c["name"]: c for c in json.load(open(sys.argv[1]))["tableSchema"]["columns"]}
igo, un = cols["dyadigos"], cols["un_agree"]
assert igo["dc:source"][0]["schema:identifier"] == "cow_igo" and igo["dc:temporal"] == "1816-2014", igo
assert un["dc:source"][0]["schema:identifier"] == "un_votes" and un["dc:temporal"].startswith("1946-"), un
assert "dc:source" not in cols["ccode1"], cols["ccode1"]
PY
for t in capabilities balance; do
  [ -s "$dir/tables/$t.csv" ] && [ -s "$dir/tables/$t.csv-metadata.json" ] || { echo "tables/$t missing"; fail=1; }
done

exit $fail
