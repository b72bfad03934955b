#!/usr/bin/env Rscript
# One dyad's UN General Assembly voting alignment over a period, pooled, with
# R data.table: the reference `bench/run_dyadyears.sh` times `entente votes A B
# --from FROM --to TO` against and checks it by.
#
# Usage: Rscript bench/single_dyad_datatable.R DATA_DIR CCODE_A CCODE_B FROM TO
#
# Prints CSV: ccode1,ccode2,from,to,n,agree,ia,s,kappa,pi over the roll calls
# dated FROM-01-01 .. TO-12-31 on which both states cast yes, abstain or no.
# Definitions and the mapping of states as in bench/dyadyears_datatable.R.
suppressPackageStartupMessages(library(data.table))

args <- commandArgs(trailingOnly = TRUE)
if (length(args) != 5) stop("usage: single_dyad_datatable.R DATA_DIR CCODE_A CCODE_B FROM TO", call. = FALSE)
data_dir <- args[[1]]
a <- as.integer(args[[2]])
b <- as.integer(args[[3]])
from <- as.integer(args[[4]])
to <- as.integer(args[[5]])

codes <- fread(file.path(data_dir, "countries", "codelist.csv"), select = c("iso2c", "cown"),
               na.strings = "", encoding = "UTF-8")[!is.na(iso2c) & !is.na(cown)]
codes <- rbind(codes, data.table(iso2c = c("CS", "DD", "YD", "YU"), cown = c(315L, 265L, 680L, 345L)))
by_name <- data.table(country = c("Federal Republic of Germany", "Yemen Arab Republic", "Zanzibar"),
                      name_cown = c(260L, 678L, 511L))

votes <- fread(file.path(data_dir, "unga", "un_votes.csv"), na.strings = "", encoding = "UTF-8")
votes[codes, ccode := i.cown, on = .(country_code = iso2c)]
votes[by_name, ccode := i.name_cown, on = "country"]
calls <- fread(file.path(data_dir, "unga", "un_roll_calls.csv"), select = c("rcid", "date"))
calls[, year := as.integer(substr(date, 1, 4))]
in_period <- calls[year >= from & year <= to, rcid]

# One row per roll call with both states' choices (yes 1, abstain 2, no 3).
both <- dcast(votes[rcid %in% in_period & ccode %in% c(a, b),
                    .(rcid, side = fifelse(ccode == a, "x", "y"), vote = match(vote, c("yes", "abstain", "no")))],
              rcid ~ side, value.var = "vote")
if (!all(c("x", "y") %in% names(both))) stop("the two states share no roll call in ", from, "-", to)
both <- both[!is.na(x) & !is.na(y)]
n <- nrow(both)
if (n == 0) stop("the two states share no roll call in ", from, "-", to)
d <- abs(both$x - both$y)
pa <- tabulate(both$x, 3) / n
pb <- tabulate(both$y, 3) / n
q <- (pa + pb) / 2
dist <- abs(outer(1:3, 1:3, "-"))
observed <- mean(d)
de_kappa <- sum(outer(pa, pb) * dist)
de_pi <- sum(outer(q, q) * dist)
fwrite(data.table(ccode1 = a, ccode2 = b, from = from, to = to, n = n,
                  agree = mean(d == 0), ia = (sum(d == 0) + 0.5 * sum(d == 1)) / n, s = 1 - observed,
                  kappa = if (de_kappa > 0) 1 - observed / de_kappa else NA_real_,
                  pi = if (de_pi > 0) 1 - observed / de_pi else NA_real_),
       na = "")
