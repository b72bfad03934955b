#!/usr/bin/env python3
"""Every command's CSV against docs/OUTPUTS.md, and read by R and pandas.

Runs each command of tests/outputs/commands.txt with `-o DIR/` (every table of
the answer, each with its CSV on the Web metadata) and checks, for every table:
- each column is in the column dictionary of docs/OUTPUTS.md, and the metadata
  gives it the dictionary's datatype and description;
- each value conforms to the column's type (integer, number);
- the file is one table: a header row and rows of as many fields, no '#' line;
- pandas.read_csv, R's read.csv and data.table::fread read it with default
  options into the same number of rows and the same column names.

Usage: check_outputs.py ENTENTE SOURCE_DIR. R and pandas are required unless
ENTENTE_OUTPUTS_WITHOUT_READERS=1 (then only the first checks run). Exits 1 on
any failure, listing each.
"""
import csv
import io
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROW = re.compile(r"^\| `([^`]+)` \| (\w+) \| (.*) \|$")


def dictionary(doc: Path):
    columns, inside = {}, False
    for line in doc.read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            inside = line.strip() == "## Column dictionary"
            continue
        m = ROW.match(line) if inside else None
        if m:
            columns[m.group(1)] = (m.group(2), m.group(3))
    return columns


def entry(columns, name):
    return columns.get("{year}" if re.fullmatch(r"\d{4}", name) else name)


def conforms(datatype, value):
    if value == "" or datatype in ("string", "boolean"):
        return True
    try:
        int(value) if datatype == "integer" else float(value)
        return True
    except ValueError:
        return False


R_SCRIPT = r"""
suppressPackageStartupMessages(library(data.table))
files <- readLines(file("stdin"))
for (f in files) {
  a <- read.csv(f, check.names = FALSE)
  b <- fread(f)
  cat(f, nrow(a), ncol(a), nrow(b), ncol(b), paste(names(a), collapse = ","), paste(names(b), collapse = ","), sep = "\t")
  cat("\n")
}
"""


def main():
    entente, source = sys.argv[1], Path(sys.argv[2])
    columns = dictionary(source / "docs" / "OUTPUTS.md")
    commands = [l.strip() for l in (source / "tests" / "outputs" / "commands.txt").read_text().splitlines()
                if l.strip() and not l.startswith("#")]
    readers = os.environ.get("ENTENTE_OUTPUTS_WITHOUT_READERS") != "1"
    failures, tables, used = [], [], set()
    work = Path(tempfile.mkdtemp(prefix="entente-outputs-"))
    try:
        for i, command in enumerate(commands):
            out = work / f"c{i:02d}"
            run = subprocess.run([entente] + shlex.split(command) + ["-o", f"{out}/"], cwd=source,
                                 capture_output=True, text=True, timeout=300)
            if run.returncode != 0:
                failures.append(f"{command}: exit {run.returncode}: {run.stderr.strip()}")
                continue
            csvs = sorted(out.glob("*.csv"))
            if not csvs:
                failures.append(f"{command}: wrote no CSV")
            for path in csvs:
                name = f"{command} [{path.stem}]"
                text = path.read_text(encoding="utf-8")
                rows = list(csv.reader(io.StringIO(text)))
                header, body = rows[0], rows[1:]
                if text.startswith("#") or any(r and r[0].startswith("#") for r in body):
                    failures.append(f"{name}: holds '#' lines")
                meta = json.loads(Path(str(path) + "-metadata.json").read_text(encoding="utf-8"))
                if meta.get("url") != path.name:
                    failures.append(f"{name}: metadata url {meta.get('url')!r}")
                described = {c["name"]: c for c in meta["tableSchema"]["columns"]}
                for k, col in enumerate(header):
                    used.add("{year}" if re.fullmatch(r"\d{4}", col) else col)
                    e = entry(columns, col)
                    if e is None:
                        failures.append(f"{name}: column {col} is not in docs/OUTPUTS.md")
                        continue
                    m = described.get(col, {})
                    if m.get("datatype") != e[0] or m.get("dc:description") != e[1]:
                        failures.append(f"{name}: metadata of {col} differs from the dictionary: {m}")
                    bad = [r[k] for r in body if len(r) == len(header) and not conforms(e[0], r[k])]
                    if bad:
                        failures.append(f"{name}: column {col} ({e[0]}) holds {bad[:3]}")
                ragged = [n + 2 for n, r in enumerate(body) if len(r) != len(header)]
                if ragged:
                    failures.append(f"{name}: lines {ragged[:5]} have not {len(header)} fields")
                tables.append((name, path, len(body), header))
        if readers:
            import pandas  # Debian's python3-pandas
            for name, path, n, header in tables:
                frame = pandas.read_csv(path)
                if frame.shape != (n, len(header)) or list(frame.columns) != header:
                    failures.append(f"{name}: pandas reads {frame.shape} {list(frame.columns)[:4]}")
            r = subprocess.run(["Rscript", "-e", R_SCRIPT], input="\n".join(str(t[1]) for t in tables),
                               capture_output=True, text=True, timeout=600)
            if r.returncode != 0:
                failures.append(f"Rscript failed: {r.stderr.strip()}")
            got = {}
            for line in r.stdout.splitlines():
                f, *rest = line.split("\t")
                got[f] = rest
            for name, path, n, header in tables:
                g = got.get(str(path))
                want = [str(n), str(len(header)), str(n), str(len(header)), ",".join(header), ",".join(header)]
                # fread names an empty table's columns from its header too.
                if g != want:
                    failures.append(f"{name}: R reads {g}, expected {want[:4]}")
        unused = sorted(set(columns) - used)
        if unused:
            failures.append(f"docs/OUTPUTS.md lists columns no command of commands.txt writes: {unused}")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    for f in failures:
        print(f)
    print(f"check_outputs: {len(tables)} tables of {len(commands)} commands, {len(failures)} problem(s)"
          + ("" if readers else " (R and pandas not run)"))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
