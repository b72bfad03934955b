#!/usr/bin/env python3
"""Checks two dyad-year vote tables against each other.

Usage: python3 bench/compare_dyadyears.py ENTENTE.csv OTHER.csv [OTHER.csv ...] [--tolerance 1e-9]

Reads the CSV of `entente votes dyadyears` (leading `#` lines are skipped) and
each table computed elsewhere (bench/dyadyears_datatable.R, bench/dyadyears_pandas.py),
joins them on (ccode1, ccode2, year) and checks that every dyad-year is in both,
that n is equal and that agree, ia, s, kappa and pi agree within the tolerance
(absolute, relative for values beyond 1 in magnitude; missing on both sides is
equal, missing on one side is a mismatch). iso3_1 and iso3_2 are compared too
when both files have them. Prints a summary; exits 1 on any mismatch, 2 when a
file cannot be read.
"""
import argparse
import csv
import itertools
import math
import sys

KEY = ("ccode1", "ccode2", "year")
MEASURES = ("agree", "ia", "s", "kappa", "pi")
SHOW = 10  # examples printed per kind of mismatch


class TableError(Exception):
    pass


def read_table(path):
    """Returns ({key: row dict}, column names); a row dict maps column -> text."""
    with open(path, newline="", encoding="utf-8") as f:
        comments = 0
        line = f.readline()
        while line.startswith("#"):
            comments += 1
            line = f.readline()
        if not line:
            raise TableError(f"{path}: no header")
        reader = csv.reader(itertools.chain([line], f))
        header = next(reader)
        missing = [c for c in KEY + ("n",) + MEASURES if c not in header]
        if missing:
            raise TableError(f"{path}: missing columns {', '.join(missing)} (has {', '.join(header)})")
        idx = {c: header.index(c) for c in header}
        key_idx = [idx[c] for c in KEY]
        rows = {}
        for fields in reader:
            number = comments + reader.line_num
            if len(fields) != len(header):
                raise TableError(f"{path}: line {number}: {len(fields)} fields, expected {len(header)}")
            try:
                key = tuple(int(fields[i]) for i in key_idx)
            except ValueError:
                raise TableError(f"{path}: line {number}: bad key {[fields[i] for i in key_idx]}")
            if key[0] >= key[1]:
                raise TableError(f"{path}: line {number}: ccode1 {key[0]} not below ccode2 {key[1]}")
            if key in rows:
                raise TableError(f"{path}: line {number}: dyad-year {key} appears twice")
            rows[key] = fields
        return rows, idx


def number(text):
    if text in ("", "NA", "NaN", "nan", "null"):
        return None
    value = float(text)
    return None if math.isnan(value) else value


def close(a, b, tol):
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= tol * max(1.0, abs(a), abs(b))


def compare(a_path, a, ia, b_path, b, ib, tolerance):
    """Prints the comparison of two read tables; returns True when they agree."""
    only_a = sorted(set(a) - set(b))
    only_b = sorted(set(b) - set(a))
    common = sorted(set(a) & set(b))
    texts = [c for c in ("iso3_1", "iso3_2") if c in ia and c in ib]
    bad = {c: [] for c in ("n",) + MEASURES + tuple(texts)}
    max_diff = {m: 0.0 for m in MEASURES}
    missing_both = {m: 0 for m in MEASURES}
    for key in common:
        ra, rb = a[key], b[key]
        if int(ra[ia["n"]]) != int(rb[ib["n"]]):
            bad["n"].append((key, ra[ia["n"]], rb[ib["n"]]))
        for m in MEASURES:
            va, vb = number(ra[ia[m]]), number(rb[ib[m]])
            if va is None and vb is None:
                missing_both[m] += 1
            elif va is not None and vb is not None:
                max_diff[m] = max(max_diff[m], abs(va - vb))
            if not close(va, vb, tolerance):
                bad[m].append((key, ra[ia[m]], rb[ib[m]]))
        for c in texts:
            if ra[ia[c]] != rb[ib[c]]:
                bad[c].append((key, ra[ia[c]], rb[ib[c]]))

    print(f"{a_path}: {len(a)} dyad-years; {b_path}: {len(b)} dyad-years; "
          f"in both: {len(common)}; only in the first: {len(only_a)}; only in the second: {len(only_b)}")
    for kind, keys in (("only in the first", only_a), ("only in the second", only_b)):
        for key in keys[:SHOW]:
            print(f"  {kind}: ccode1={key[0]} ccode2={key[1]} year={key[2]}")
    print(f"n: {len(bad['n'])} mismatches")
    for m in MEASURES:
        print(f"{m}: {len(bad[m])} mismatches beyond {tolerance:g}; largest difference {max_diff[m]:.3g}; "
              f"missing in both: {missing_both[m]}")
    for c in texts:
        print(f"{c}: {len(bad[c])} mismatches")
    for column, cases in bad.items():
        for key, va, vb in cases[:SHOW]:
            print(f"  {column} differs: ccode1={key[0]} ccode2={key[1]} year={key[2]}: {va!r} vs {vb!r}")
    failed = only_a or only_b or any(bad.values())
    print("MISMATCH" if failed else "OK: the tables agree")
    return not failed


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("entente_csv")
    parser.add_argument("other_csv", nargs="+")
    parser.add_argument("--tolerance", type=float, default=1e-9)
    args = parser.parse_args()
    try:
        a, ia = read_table(args.entente_csv)
        others = [(path,) + read_table(path) for path in args.other_csv]
    except (OSError, TableError) as e:
        print(f"compare_dyadyears: {e}", file=sys.stderr)
        return 2
    agree = True
    for path, b, ib in others:
        try:
            agree = compare(args.entente_csv, a, ia, path, b, ib, args.tolerance) and agree
        except ValueError as e:
            print(f"compare_dyadyears: {args.entente_csv} or {path}: {e}", file=sys.stderr)
            return 2
    return 0 if agree else 1


if __name__ == "__main__":
    sys.exit(main())
