# pscl's MCMC ideal() on every General Assembly session 1946-2019, for a
# side-by-side time with `entente ideal`. Reads the bundle's un_votes.csv and
# un_roll_calls.csv, codes yes 1, no 0 (abstentions and absences missing, as
# pscl's binary model needs), drops roll calls with a minority under 2.5% and
# states with fewer than 10 votes, and fits each session with pscl's
# defaults for a one-dimensional model. Prints the total elapsed time.
# Usage: Rscript bench/ideal_pscl.R DATA_DIR
suppressPackageStartupMessages(library(pscl))
args <- commandArgs(trailingOnly = TRUE)
dir <- if (length(args) > 0) args[1] else "../shared/data"
votes <- read.csv(file.path(dir, "unga/un_votes.csv"), stringsAsFactors = FALSE, na.strings = character(0))
calls <- read.csv(file.path(dir, "unga/un_roll_calls.csv"), stringsAsFactors = FALSE)
votes$session <- calls$session[match(votes$rcid, calls$rcid)]
votes$y <- ifelse(votes$vote == "yes", 1L, ifelse(votes$vote == "no", 0L, NA_integer_))
set.seed(1)
total <- system.time({
  for (s in sort(unique(votes$session))) {
    v <- votes[votes$session == s, ]
    m <- tapply(v$y, list(v$country, v$rcid), function(x) x[1])
    minority <- apply(m, 2, function(col) {
      k <- col[!is.na(col)]
      if (length(k) == 0) return(0)
      min(mean(k), 1 - mean(k))
    })
    m <- m[, minority >= 0.025, drop = FALSE]
    m <- m[rowSums(!is.na(m)) >= 10, , drop = FALSE]
    if (ncol(m) < 2 || nrow(m) < 3) next
    rc <- rollcall(m, yea = 1, nay = 0, missing = NA, legis.names = rownames(m))
    fit <- ideal(rc, d = 1, normalize = TRUE, store.item = FALSE, verbose = FALSE)
  }
})
cat(sprintf("pscl ideal(), all sessions: %.1f s elapsed (%.1f s user)\n", total[["elapsed"]], total[["user.self"]]))
