#!/usr/bin/env bash
# Runs one end-to-end case of the entente command line.
# Usage: run_case.sh EXPECTED_EXIT STDOUT_REGEX STDERR_REGEX -- COMMAND ARGS...
# An empty regex is not checked. Prints what it saw when a check fails.
set -u
expected_exit=$1 out_re=$2 err_re=$3
shift 3
[ "$1" = "--" ] && shift
out=$(mktemp) err=$(mktemp)
trap 'rm -f "$out" "$err"' EXIT
"$@" >"$out" 2>"$err"
code=$?
fail=0
if [ "$code" != "$expected_exit" ]; then echo "exit code $code, expected $expected_exit"; fail=1; fi
if [ -n "$out_re" ] && ! grep -Eq -- "$out_re" "$out"; then echo "stdout does not match: $out_re"; fail=1; fi
if [ -n "$err_re" ] && ! grep -Eq -- "$err_re" "$err"; then echo "stderr does not match: $err_re"; fail=1; fi
if [ $fail = 1 ]; then
  echo "--- command: $*"; echo "--- stdout:"; head -c 4000 "$out"; echo "--- stderr:"; head -c 4000 "$err"
  exit 1
fi
exit 0
