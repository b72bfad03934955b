#!/usr/bin/env python3
"""Fault injection over the data bundle (issue 16).

For every dataset of the manifest and every kind of damage (truncation,
garbage, a removed and an extra column, another delimiter, other line
endings, a byte-order mark, an empty file, a directory, a FIFO, and a changed
value with the file's size and modification time kept), builds a bundle of
symbolic links to the real files with the one damaged file in place, runs the
first query that reads it (after the same query has answered from the intact
file, so that its checksum is cached), and expects exit 3 with the file named
on stderr and nothing on stdout: no query answers from a damaged file.

Usage: fault_injection.py ENTENTE DATA_DIR MANIFEST [DATASET ...]
"""
import os
import shutil
import stat
import subprocess
import sys
import tempfile
import time
import tomllib

# The first query that reads each dataset.
QUERIES = {
    "un_votes": ["votes", "PAK", "CHN"],
    "un_roll_calls": ["votes", "PAK", "CHN"],
    "un_roll_call_issues": ["votes", "PAK", "CHN"],
    "identical_resolutions": ["ideal", "--sessions", "70-71", "--dynamic"],
    "sipri_transfers": ["arms", "flow", "CHN", "PAK", "--from", "2016", "--to", "2016"],
    "cow_nmc": ["power", "PAK", "CHN"],
    "cow_states": ["country", "PAK"],
    "cow_majors": ["power", "PAK", "CHN"],
    "atop_alliance": ["alliances", "PAK", "CHN"],
    "cow_igo": ["igo", "PAK", "CHN"],
    "td_rivalries": ["rivalry", "IND", "PAK"],
    "cow_mid": ["disputes", "IND", "PAK"],
    "cow_contdir": ["contiguity", "PAK", "CHN"],
    "unsc_vetoes": ["vetoes"],
    "nuclear_plants": ["nuclear", "PAK"],
    "codelist": ["country", "PAK"],
    "cow_capitals": ["panel", "--states", "PAK,IND", "--both", "--from", "2000", "--to", "2000", "--with", "capitals"],
}
# Datasets of the manifest that no command reads yet: nothing can answer from them.
UNREAD = set()


def lines_of(data):
    return data.split(b"\n")


def damage_truncate(data):
    return data[: len(data) // 2 + 7]


def damage_garbage(data):
    mid = len(data) // 2
    return data[:mid] + bytes((i * 37 + 11) % 256 for i in range(200)) + data[mid + 200:]


def damage_removed_column(data):
    out = []
    for line in lines_of(data):
        cut = line.rfind(b",")
        out.append(line[:cut] if cut > 0 else line)
    return b"\n".join(out)


def damage_extra_column(data):
    return b"\n".join((line + b",extra") if line.strip() else line for line in lines_of(data))


def damage_delimiter(data):
    return data.replace(b",", b";")


def damage_line_endings(data):
    if b"\r\n" in data:
        return data.replace(b"\r\n", b"\n")
    return data.replace(b"\n", b"\r\n")


def damage_bom(data):
    return b"\xef\xbb\xbf" + data


def damage_empty(data):
    return b""


def damage_changed_value(data):
    # One digit in the second half changed: same size, and the file's times
    # are put back after writing.
    for i in range(len(data) // 2, len(data)):
        c = data[i:i + 1]
        if c.isdigit():
            return data[:i] + (b"1" if c != b"1" else b"2") + data[i + 1:]
    raise ValueError("no digit in the second half")


# The changed value comes first, right after a query on the intact file has
# put its checksum in the cache: that is the entry it must not be trusted by.
CONTENT_DAMAGES = {
    "changed_value_same_size_and_time": damage_changed_value,
    "truncated": damage_truncate,
    "garbage": damage_garbage,
    "removed_column": damage_removed_column,
    "extra_column": damage_extra_column,
    "delimiter": damage_delimiter,
    "line_endings": damage_line_endings,
    "bom": damage_bom,
    "empty": damage_empty,
}
KINDS = list(CONTENT_DAMAGES) + ["directory", "fifo"]


def link_bundle(data_dir, into):
    for folder, _, names in os.walk(data_dir):
        rel = os.path.relpath(folder, data_dir)
        os.makedirs(os.path.join(into, rel), exist_ok=True)
        for name in names:
            os.symlink(os.path.join(folder, name), os.path.join(into, rel, name))


def damage(bundle, data_dir, path, kind):
    target = os.path.join(bundle, path)
    original = os.path.join(data_dir, path)
    os.unlink(target)
    if kind == "directory":
        os.mkdir(target)
        return
    if kind == "fifo":
        os.mkfifo(target)
        return
    with open(original, "rb") as f:
        data = f.read()
    with open(target, "wb") as f:
        f.write(CONTENT_DAMAGES[kind](data))
    if kind == "changed_value_same_size_and_time":
        st = os.stat(original)
        os.utime(target, ns=(st.st_atime_ns, st.st_mtime_ns))


def restore(bundle, data_dir, path):
    target = os.path.join(bundle, path)
    if os.path.isdir(target) and not os.path.islink(target):
        os.rmdir(target)
    elif os.path.lexists(target):
        os.unlink(target)
    os.symlink(os.path.join(data_dir, path), target)


def main():
    if len(sys.argv) < 4:
        print(__doc__, file=sys.stderr)
        return 2
    entente, data_dir, manifest_path = sys.argv[1:4]
    only = set(sys.argv[4:])
    with open(manifest_path, "rb") as f:
        manifest = tomllib.load(f)
    work = tempfile.mkdtemp(prefix="entente_faults_")
    bundle = os.path.join(work, "data")
    env = dict(os.environ, XDG_CACHE_HOME=os.path.join(work, "cache"), XDG_DATA_HOME=os.path.join(work, "xdg"))
    env.pop("ENTENTE_DATA", None)
    failures, cases = [], 0
    started = time.monotonic()
    try:
        link_bundle(data_dir, bundle)
        for ds in manifest["dataset"]:
            if only and ds["id"] not in only:
                continue
            if ds["id"] in UNREAD:
                print(f"skip {ds['id']}: no command reads it yet")
                continue
            query = QUERIES.get(ds["id"])
            if query is None:
                failures.append(f"{ds['id']}: no query listed for it in QUERIES")
                continue
            # The intact bundle answers, and its checksums are cached.
            intact = subprocess.run([entente, "--data", bundle] + query + ["--format", "csv"], env=env,
                                    stdin=subprocess.DEVNULL, capture_output=True, timeout=120)
            if intact.returncode != 0:
                failures.append(f"{ds['id']}: the query {' '.join(query)} fails on the intact bundle "
                                f"(exit {intact.returncode}): {intact.stderr.decode('utf-8', 'replace')[:300]}")
                continue
            for kind in KINDS:
                cases += 1
                damage(bundle, data_dir, ds["path"], kind)
                try:
                    run = subprocess.run([entente, "--data", bundle] + query + ["--format", "csv"], env=env,
                                         stdin=subprocess.DEVNULL, capture_output=True, timeout=120)
                    err = run.stderr.decode("utf-8", "replace")
                    problems = []
                    if run.returncode != 3:
                        problems.append(f"exit {run.returncode}, expected 3")
                    if ds["path"] not in err:
                        problems.append(f"stderr does not name {ds['path']}")
                    if run.stdout:
                        problems.append(f"an answer on stdout ({len(run.stdout)} bytes)")
                    if os.environ.get("FAULTS_VERBOSE"):
                        print(f"{ds['id']} {kind}: exit {run.returncode}: {err.strip()[:160]}")
                    if problems:
                        failures.append(f"{ds['id']} {kind}: " + "; ".join(problems) + f"\n    stderr: {err.strip()[:300]}")
                except subprocess.TimeoutExpired:
                    failures.append(f"{ds['id']} {kind}: no answer within 120 s (a hang)")
                finally:
                    restore(bundle, data_dir, ds["path"])
    finally:
        shutil.rmtree(work, ignore_errors=True)
    for f in failures:
        print("FAIL " + f)
    print(f"fault injection: {cases} cases, {len(failures)} failed, {time.monotonic() - started:.1f} s")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
