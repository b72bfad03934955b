#!/usr/bin/env Rscript
# The UN General Assembly dyad-year table, computed with R data.table: the
# reference implementation `bench/run_dyadyears.sh` checks `entente votes
# dyadyears` against and times it by.
#
# Usage: Rscript bench/dyadyears_datatable.R DATA_DIR OUT.csv
#
# One row per undirected dyad (ccode1 < ccode2) and calendar year of the roll
# call's date with n >= 1 common votes, columns ccode1,ccode2,year,n,agree,ia,
# s,kappa,pi. Votes coded yes 1, abstain 2, no 3 (absences are not rows), d =
# |x - y|; agree = share of d = 0; ia = (#(d=0) + 0.5 #(d=1)) / n; s = 1 -
# mean(d); kappa = 1 - Do/De with De = sum_ij pa(i) pb(j) |i - j| over each
# state's own shares; pi the same with the pooled shares (pa + pb) / 2;
# kappa and pi are missing (empty) when De = 0. States: ISO2 -> COW code
# through countries/codelist.csv, plus CS 315, DD 265, YD 680, YU 345; the
# rows whose code is an unquoted NA are identified by name.
suppressPackageStartupMessages(library(data.table))

args <- commandArgs(trailingOnly = TRUE)
if (length(args) != 2) stop("usage: dyadyears_datatable.R DATA_DIR OUT.csv", call. = FALSE)
data_dir <- args[[1]]
out_path <- args[[2]]

# States. na.strings = "" keeps Namibia's ISO2 "NA" a code, not a missing value.
codes <- fread(file.path(data_dir, "countries", "codelist.csv"), select = c("iso2c", "cown"),
               na.strings = "", encoding = "UTF-8")[!is.na(iso2c) & !is.na(cown)]
codes <- rbind(codes, data.table(iso2c = c("CS", "DD", "YD", "YU"), cown = c(315L, 265L, 680L, 345L)))
by_name <- data.table(country = c("Federal Republic of Germany", "Yemen Arab Republic", "Zanzibar"),
                      name_cown = c(260L, 678L, 511L))

# Votes. fread reads both the quoted "NA" (Namibia) and the unquoted NA as the
# text NA; the country name tells them apart.
votes <- fread(file.path(data_dir, "unga", "un_votes.csv"), na.strings = "", encoding = "UTF-8")
votes[codes, ccode := i.cown, on = .(country_code = iso2c)]
votes[by_name, ccode := i.name_cown, on = "country"]
if (anyNA(votes$ccode)) stop("unmapped state: ", votes[is.na(ccode)][1, paste(country, country_code)])
votes[, vote := match(vote, c("yes", "abstain", "no"))]
if (anyNA(votes$vote)) stop("unknown vote value")
if (anyDuplicated(votes, by = c("rcid", "ccode"))) stop("two votes of one state on one roll call")

calls <- fread(file.path(data_dir, "unga", "un_roll_calls.csv"), select = c("rcid", "date"))
calls[, year := as.integer(substr(date, 1, 4))]
votes[calls, year := i.year, on = "rcid"]
if (anyNA(votes$year)) stop("vote on a roll call without a date")
v <- votes[, .(rcid, year, ccode, vote)]

# Self-join on the roll call, ccode1 < ccode2, then the 3 x 3 counts of
# (choice of ccode1, choice of ccode2) per dyad-year.
pairs <- v[v, on = .(rcid, ccode > ccode), nomatch = NULL, allow.cartesian = TRUE,
           .(year = i.year, ccode1 = i.ccode, ccode2 = x.ccode, cell = 3L * (i.vote - 1L) + x.vote)]
counts <- pairs[, .N, keyby = .(year, ccode1, ccode2, cell)]
rm(pairs)
wide <- dcast(counts, year + ccode1 + ccode2 ~ cell, value.var = "N", fill = 0L)
cell_names <- paste0("n", rep(1:3, each = 3), rep(1:3, times = 3))  # cell 1 = n11, 2 = n12, ..., 9 = n33
cells <- setdiff(names(wide), c("year", "ccode1", "ccode2"))
setnames(wide, cells, cell_names[as.integer(cells)])
for (col in setdiff(cell_names, names(wide))) set(wide, j = col, value = 0L)

# The five measures.
wide[, `:=`(
  n = n11 + n12 + n13 + n21 + n22 + n23 + n31 + n32 + n33,
  same = n11 + n22 + n33,
  one_apart = n12 + n21 + n23 + n32,
  two_apart = n13 + n31)]
wide[, `:=`(
  pa1 = (n11 + n12 + n13) / n, pa2 = (n21 + n22 + n23) / n, pa3 = (n31 + n32 + n33) / n,
  pb1 = (n11 + n21 + n31) / n, pb2 = (n12 + n22 + n32) / n, pb3 = (n13 + n23 + n33) / n,
  observed = (one_apart + 2 * two_apart) / n)]
wide[, `:=`(
  de_kappa = pa1 * pb2 + pa2 * pb1 + pa2 * pb3 + pa3 * pb2 + 2 * (pa1 * pb3 + pa3 * pb1),
  q1 = (pa1 + pb1) / 2, q2 = (pa2 + pb2) / 2, q3 = (pa3 + pb3) / 2)]
wide[, de_pi := 2 * (q1 * q2 + q2 * q3) + 4 * q1 * q3]
out <- wide[, .(ccode1, ccode2, year, n,
                agree = same / n,
                ia = (same + 0.5 * one_apart) / n,
                s = 1 - observed,
                kappa = fifelse(de_kappa > 0, 1 - observed / de_kappa, NA_real_),
                pi = fifelse(de_pi > 0, 1 - observed / de_pi, NA_real_))]
setorder(out, year, ccode1, ccode2)
fwrite(out, out_path, na = "")
