#!/usr/bin/env python3
"""The UN General Assembly dyad-year table, computed with pandas.

Usage: python3 bench/dyadyears_pandas.py DATA_DIR OUT.csv

A reference implementation that `bench/run_dyadyears.sh` checks `entente votes
dyadyears` against and times it by. One row per undirected dyad (ccode1 <
ccode2) and calendar year of the roll call's date with n >= 1 common votes,
columns ccode1,ccode2,year,n,agree,ia,s,kappa,pi. Votes coded yes 1, abstain 2,
no 3 (absences are not rows), d = |x - y|; agree = share of d = 0; ia = (#(d=0)
+ 0.5 #(d=1)) / n; s = 1 - mean(d); kappa = 1 - Do/De with De = sum_ij pa(i)
pb(j) |i - j| over each state's own shares; pi the same with the pooled shares
(pa + pb) / 2; kappa and pi are missing (empty) when De = 0. States: ISO2 ->
COW code through countries/codelist.csv, plus CS 315, DD 265, YD 680, YU 345;
the rows whose code is an unquoted NA are identified by name.
"""
import os
import sys

import numpy as np
import pandas as pd

EXTRA_ISO2 = {"CS": 315, "DD": 265, "YD": 680, "YU": 345}
BY_NAME = {"Federal Republic of Germany": 260, "Yemen Arab Republic": 678, "Zanzibar": 511}
CHOICES = {"yes": 1, "abstain": 2, "no": 3}


def load_votes(data_dir):
    # keep_default_na=False keeps Namibia's ISO2 "NA" a code; pandas reads the
    # quoted "NA" and the unquoted NA alike, so the country name tells them apart.
    codes = pd.read_csv(os.path.join(data_dir, "countries", "codelist.csv"), usecols=["iso2c", "cown"],
                        dtype=str, keep_default_na=False)
    codes = codes[(codes.iso2c != "") & (codes.cown != "")]
    iso2_to_cow = dict(zip(codes.iso2c, codes.cown.astype(int)))
    iso2_to_cow.update(EXTRA_ISO2)

    votes = pd.read_csv(os.path.join(data_dir, "unga", "un_votes.csv"), dtype={"country_code": str},
                        keep_default_na=False)
    ccode = votes.country.map(BY_NAME).fillna(votes.country_code.map(iso2_to_cow))
    if ccode.isna().any():
        bad = votes[ccode.isna()].iloc[0]
        sys.exit(f"unmapped state: {bad.country} {bad.country_code}")
    votes["ccode"] = ccode.astype(np.int16)
    vote = votes.vote.map(CHOICES)
    if vote.isna().any():
        sys.exit(f"unknown vote value: {votes.vote[vote.isna()].iloc[0]}")
    votes["vote"] = vote.astype(np.int8)
    if votes.duplicated(["rcid", "ccode"]).any():
        sys.exit("two votes of one state on one roll call")

    calls = pd.read_csv(os.path.join(data_dir, "unga", "un_roll_calls.csv"), usecols=["rcid", "date"])
    calls["year"] = pd.to_datetime(calls.date, format="%Y-%m-%d").dt.year.astype(np.int16)
    votes = votes.merge(calls[["rcid", "year"]], on="rcid", how="left", validate="many_to_one")
    if votes.year.isna().any():
        sys.exit("vote on a roll call without a date")
    return votes[["rcid", "year", "ccode", "vote"]].astype({"rcid": np.int32, "year": np.int16})


def year_counts(votes):
    """Counts of (year, ccode1, ccode2, cell) over one year's votes; cell = 3 (choice1 - 1) + choice2."""
    pairs = votes.merge(votes[["rcid", "ccode", "vote"]], on="rcid", suffixes=("1", "2"))
    pairs = pairs[pairs.ccode1 < pairs.ccode2]
    cell = (pairs.vote1 - 1) * 3 + pairs.vote2
    return pairs.groupby(["year", "ccode1", "ccode2", cell.rename("cell")]).size()


def choice_counts(votes):
    """3 x 3 counts of (choice of ccode1, choice of ccode2) per dyad-year, as columns n11 .. n33.

    The self-join runs one year at a time: over the whole record it would hold
    about 130 million ordered pairs (6 GB) at once.
    """
    counts = pd.concat(year_counts(g) for _, g in votes.groupby("year")).unstack("cell", fill_value=0)
    counts = counts.reindex(columns=range(1, 10), fill_value=0)
    counts.columns = [f"n{i}{j}" for i in (1, 2, 3) for j in (1, 2, 3)]
    return counts


def measures(c):
    n = c.sum(axis=1)
    same = c.n11 + c.n22 + c.n33
    one_apart = c.n12 + c.n21 + c.n23 + c.n32
    two_apart = c.n13 + c.n31
    pa = [(c[f"n{i}1"] + c[f"n{i}2"] + c[f"n{i}3"]) / n for i in (1, 2, 3)]
    pb = [(c[f"n1{j}"] + c[f"n2{j}"] + c[f"n3{j}"]) / n for j in (1, 2, 3)]
    q = [(a + b) / 2 for a, b in zip(pa, pb)]
    observed = (one_apart + 2 * two_apart) / n
    de_kappa = sum(pa[i] * pb[j] * abs(i - j) for i in range(3) for j in range(3))
    de_pi = sum(q[i] * q[j] * abs(i - j) for i in range(3) for j in range(3))
    out = pd.DataFrame({
        "n": n,
        "agree": same / n,
        "ia": (same + 0.5 * one_apart) / n,
        "s": 1 - observed,
        "kappa": (1 - observed / de_kappa).where(de_kappa > 0),
        "pi": (1 - observed / de_pi).where(de_pi > 0),
    })
    out = out.reset_index()[["ccode1", "ccode2", "year", "n", "agree", "ia", "s", "kappa", "pi"]]
    return out.sort_values(["year", "ccode1", "ccode2"])


def main(argv):
    if len(argv) != 3:
        sys.exit("usage: dyadyears_pandas.py DATA_DIR OUT.csv")
    table = measures(choice_counts(load_votes(argv[1])))
    table.to_csv(argv[2], index=False, na_rep="")


if __name__ == "__main__":
    main(sys.argv)
