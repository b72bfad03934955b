#!/usr/bin/env Rscript
# The directed dyad-year panel of `entente panel` (every default source,
# 1816-2016), built again from the bundle's CSVs with R's data.table, apart
# from entente: the frame from cow_states.csv by date, then each source by the
# rules of docs/PANELS.md. With a second argument, every cell is compared with
# entente's CSV of the same panel and the mismatches are counted per column.
#
# Usage: Rscript bench/panel_datatable.R DATA_DIR [ENTENTE_PANEL.csv]
# Prints "build_seconds: S" (the time to build the panel, reading included),
# then, when comparing, one line per column with mismatches and a verdict;
# exits 1 when any cell differs.
suppressPackageStartupMessages(library(data.table))

args <- commandArgs(trailingOnly = TRUE)
if (length(args) < 1) stop("usage: panel_datatable.R DATA_DIR [ENTENTE_PANEL.csv]")
dir <- args[1]
path <- function(...) file.path(dir, ...)
started <- Sys.time()

# The project's own country table (src/data/country_aliases.toml): one [section]'s lines.
script <- sub("^--file=", "", grep("^--file=", commandArgs(trailingOnly = FALSE), value = TRUE))
aliases <- readLines(file.path(dirname(script), "..", "src", "data", "country_aliases.toml"))
toml_section <- function(name) {
  start <- which(aliases == paste0("[", name, "]"))
  heads <- grep("^\\[", aliases)
  end <- min(c(heads[heads > start], length(aliases) + 1)) - 1
  aliases[seq(start + 1, length.out = end - start)]
}

# --- The frame: both states members on a common day of the year ------------
st <- fread(path("cow", "cow_states.csv"))
st[, start := as.IDate(sprintf("%04d-%02d-%02d", styear, stmonth, stday))]
st[, end := as.IDate(sprintf("%04d-%02d-%02d", endyear, endmonth, endday))]
spells <- st[, .(year = styear:endyear), by = .(ccode, start, end, spell = seq_len(nrow(st)))]
spells[, `:=`(from = pmax(start, as.IDate(sprintf("%04d-01-01", year))),
              to = pmin(end, as.IDate(sprintf("%04d-12-31", year))))]
pairs <- spells[spells, on = .(year), allow.cartesian = TRUE, nomatch = NULL,
                .(ccode1 = x.ccode, ccode2 = i.ccode, year, from1 = x.from, to1 = x.to, from2 = i.from, to2 = i.to)]
pairs <- pairs[ccode1 != ccode2 & pmax(from1, from2) <= pmin(to1, to2)]
panel <- unique(pairs[, .(ccode1, ccode2, year)])
setkey(panel, year, ccode1, ccode2)

# Sets a column to 0 where it is missing inside [from, to] and to NA outside.
within <- function(dt, col, from, to) {
  dt[is.na(get(col)) & year >= from & year <= to, (col) := 0L]
  dt[year < from | year > to, (col) := NA]
}

# --- Gleditsch-Ward numbers of the year ----------------------------------------
# The codelist's number of the state, except in the runs of years of the alias
# table's [identity] that give one (gw = N, 0 for none) or name another
# codelist row (codelist = "Name"): Germany (255) is 255 to 1945, 260 from 1990.
codes <- fread(path("countries", "codelist.csv"), na.strings = "")  # "NA" is Namibia's iso2c
gw <- unique(codes[!is.na(cown), .(ccode = cown, gwn)], by = "ccode")
field <- function(line, pattern) {
  m <- regmatches(line, regexec(pattern, line))[[1]]
  if (length(m)) m[2] else NA_character_
}
runs <- list()
state <- NA_integer_
for (line in toml_section("identity")) {
  if (grepl("^[0-9]+ = \\[", line)) state <- as.integer(field(line, "^([0-9]+)"))
  if (!grepl("^\\s*\\{", line)) next
  g <- field(line, "\\bgw = ([0-9]+)")
  named <- field(line, 'codelist = "([^"]*)"')
  value <- if (!is.na(g)) as.integer(g) else if (!is.na(named)) codes[country.name.en == named]$gwn[1] else
    gw[ccode == state]$gwn[1]
  to <- field(line, "\\bto = ([0-9]+)")
  runs[[length(runs) + 1]] <- data.table(ccode = state, from = as.integer(field(line, "\\bfrom = ([0-9]+)")),
                                         to = if (is.na(to)) 2016L else as.integer(to), gwn = value)
}
runs <- rbindlist(runs)
runs <- runs[, .(year = from:to), by = .(ccode, r = seq_len(nrow(runs)), gwn = fifelse(gwn == 0, NA_integer_, gwn))]
gwy <- unique(rbind(runs[, .(ccode, year, gwn)], gw[, .(year = 1816:2016), by = .(ccode, gwn)]), by = c("ccode", "year"))
panel[gwy, gwcode1 := i.gwn, on = .(ccode1 = ccode, year)]
panel[gwy, gwcode2 := i.gwn, on = .(ccode2 = ccode, year)]

# --- majors ---------------------------------------------------------------------
mj <- fread(path("cow", "cow_majors.csv"))
mjy <- unique(mj[, .(year = styear:endyear), by = .(ccode, r = seq_len(nrow(mj)))][, .(ccode, year)])
mjy[, major := 1L]
panel[mjy, cowmaj1 := i.major, on = .(ccode1 = ccode, year)]
panel[mjy, cowmaj2 := i.major, on = .(ccode2 = ccode, year)]
within(panel, "cowmaj1", 1816, 2016)
within(panel, "cowmaj2", 1816, 2016)

# --- contiguity: the closest type in force in the year ----------------------
cd <- fread(path("cow", "cow_contdir.csv"))[conttype > 0]  # type 0 spells mark no contiguity
cd[, `:=`(y1 = as.integer(substr(stdate, 1, 4)), y2 = as.integer(substr(enddate, 1, 4)))]
cdy <- cd[, .(year = y1:y2), by = .(ccode1, ccode2, conttype, r = seq_len(nrow(cd)))]
cdy <- cdy[, .(conttype = min(conttype)), by = .(ccode1, ccode2, year)]
panel[cdy, conttype := i.conttype, on = .(ccode1, ccode2, year)]
within(panel, "conttype", 1816, 2016)

# --- capitals: the latest-starting capital touching the year -------------------
cap <- fread(path("cow", "cow_capitals.csv"))
cap[, `:=`(s = as.IDate(stdate), e = as.IDate(enddate))]
capy <- cap[, .(year = year(s):year(e)), by = .(ccode, s, lat, lng)]
capy <- capy[order(ccode, year, -as.integer(s))][, .SD[1], by = .(ccode, year)]
panel[capy, `:=`(lat1 = i.lat, lng1 = i.lng), on = .(ccode1 = ccode, year)]
panel[capy, `:=`(lat2 = i.lat, lng2 = i.lng), on = .(ccode2 = ccode, year)]
rad <- pi / 180
panel[, capdist := 2 * 6371.0088 * asin(sqrt(pmin(1, sin((lat2 - lat1) * rad / 2)^2 +
  cos(lat1 * rad) * cos(lat2 * rad) * sin((lng2 - lng1) * rad / 2)^2)))]
panel[, c("lat1", "lng1", "lat2", "lng2") := NULL]

# --- nmc --------------------------------------------------------------------------
nmc <- fread(path("cow", "NMC-60-abridged.csv"))
nmc[cinc == -9, cinc := NA]
panel[nmc, cinc1 := i.cinc, on = .(ccode1 = ccode, year)]
panel[nmc, cinc2 := i.cinc, on = .(ccode2 = ccode, year)]
panel[, cinc_ratio := fifelse(!is.na(cinc2) & cinc2 != 0, cinc1 / cinc2, NA_real_)]

# --- atop: directed as ATOP codes it -------------------------------------------
atop <- fread(path("cow", "atop_alliance.csv"))
atop_cols <- c("atop_defense", "atop_offense", "atop_neutral", "atop_nonagg", "atop_consul")
panel[atop, (atop_cols) := mget(paste0("i.", atop_cols)), on = .(ccode1, ccode2, year)]
for (c in atop_cols) within(panel, c, 1815, 2018)

# --- igo: non-directed ---------------------------------------------------------------
igo <- fread(path("cow", "cow_igo_ndy.csv"))
panel[, `:=`(lo = pmin(ccode1, ccode2), hi = pmax(ccode1, ccode2))]
panel[igo, dyadigos := i.dyadigos, on = .(lo = ccode1, hi = ccode2, year)]
within(panel, "dyadigos", 1816, 2014)

# --- rivalry ----------------------------------------------------------------------------
tdr <- fread(path("cow", "td_rivalries.csv"))
tdy <- tdr[, .(year = styear:endyear), by = .(rivalryno, lo = pmin(ccode1, ccode2), hi = pmax(ccode1, ccode2))]
tdy <- tdy[, .(rivalryno = min(rivalryno)), by = .(lo, hi, year)]
panel[tdy, tdrivalryno := i.rivalryno, on = .(lo, hi, year)]
panel[, tdrival := as.integer(!is.na(tdrivalryno))]
within(panel, "tdrival", 1494, 2010)
panel[year > 2010, tdrivalryno := NA]
panel[, c("lo", "hi") := NULL]

# --- mid: one dispute per directed dyad-year ------------------------------------------
mid <- fread(path("cow", "cow_mid_ddydisps.csv"))
mid[fatality == -9, fatality := NA]
mid[, fat_order := fifelse(is.na(fatality), -1L, as.integer(fatality))]
setorder(mid, ccode1, ccode2, year, -cowmidonset, -fat_order, -hostlev, dispnum)
mid[, cowmid_disputes := .N, by = .(ccode1, ccode2, year)]
kept <- mid[, .SD[1], by = .(ccode1, ccode2, year)]
mid_cols <- c("dispnum", "sidea1", "sidea2", "orig1", "orig2", "hostlev1", "hostlev2", "hiact1", "hiact2",
              "hostlev", "fatality")
kept[, cowmidongoing := 1L]
panel[kept, c("cowmidongoing", "cowmidonset", "cowmid_disputes", mid_cols) :=
        mget(paste0("i.", c("cowmidongoing", "cowmidonset", "cowmid_disputes", mid_cols))), on = .(ccode1, ccode2, year)]
for (c in c("cowmidongoing", "cowmidonset", "cowmid_disputes")) within(panel, c, 1816, 2014)
panel[year > 2014, (mid_cols) := NA]

# --- votes: agreement per dyad-year from vote-by-roll-call matrices -----------------------
rc <- fread(path("unga", "un_roll_calls.csv"), select = c("rcid", "date"))
rc[, `:=`(vyear = as.integer(substr(date, 1, 4)), vdate = as.IDate(date))]
uv <- fread(path("unga", "un_votes.csv"), na.strings = character(0), keepLeadingZeros = TRUE)
raw_code <- readLines(path("unga", "un_votes.csv"))[-1]
uv[, quoted := !grepl(",NA,", raw_code, fixed = TRUE)]  # an unquoted NA is a missing code, "NA" is Namibia
iso <- unique(codes[!is.na(iso2c) & !is.na(cown), .(iso2c, cown)], by = "iso2c")
iso <- rbind(iso, data.table(iso2c = c("CS", "DD", "YD", "YU", "RS", "TW"), cown = c(315, 265, 680, 345, 345, 713)))
iso <- unique(iso, by = "iso2c", fromLast = TRUE)
uv[iso, ccode := i.cown, on = .(country_code = iso2c)]
by_name <- data.table(country = c("Federal Republic of Germany", "Yemen Arab Republic", "Zanzibar"),
                      c2 = c(260L, 678L, 511L))
uv[country_code == "NA" & !quoted, ccode := NA]
uv[by_name, ccode := fifelse(country_code == "NA" & !quoted, i.c2, ccode), on = .(country)]
uv <- uv[!is.na(ccode)]
uv[rc, `:=`(vyear = i.vyear, vdate = i.vdate), on = .(rcid)]
# A seat that passed to a state COW codes anew ([un_seats]: 260 = 255): a vote
# filed under the seat and cast from the successor's first day in the state
# system after the seat's own first day is the successor's.
for (line in toml_section("un_seats")) {
  if (!grepl("^[0-9]+ = [0-9]+", line)) next
  seat <- as.integer(field(line, "^([0-9]+)"))
  successor <- as.integer(field(line, "= ([0-9]+)"))
  since <- min(st[ccode == successor & start > min(st[ccode == seat]$start)]$start)
  uv[ccode == seat & vdate >= since, ccode := successor]
}
uv[, choice := match(vote, c("yes", "abstain", "no"))]
vote_rows <- list()
for (y in intersect(unique(uv$vyear), 1946:2016)) {
  v <- uv[vyear == y]
  states <- sort(unique(v$ccode))
  calls <- sort(unique(v$rcid))
  m <- matrix(0L, length(states), length(calls))
  m[cbind(match(v$ccode, states), match(v$rcid, calls))] <- v$choice
  ind <- lapply(1:3, function(k) (m == k) * 1)
  cnt <- array(0, c(3, 3, length(states), length(states)))
  for (i in 1:3) for (j in 1:3) cnt[i, j, , ] <- tcrossprod(ind[[i]], ind[[j]])
  n <- apply(cnt, c(3, 4), sum)
  same <- cnt[1, 1, , ] + cnt[2, 2, , ] + cnt[3, 3, , ]
  one <- cnt[1, 2, , ] + cnt[2, 1, , ] + cnt[2, 3, , ] + cnt[3, 2, , ]
  two <- cnt[1, 3, , ] + cnt[3, 1, , ]
  obs <- (one + 2 * two) / n
  pa <- lapply(1:3, function(i) (cnt[i, 1, , ] + cnt[i, 2, , ] + cnt[i, 3, , ]) / n)
  pb <- lapply(1:3, function(j) (cnt[1, j, , ] + cnt[2, j, , ] + cnt[3, j, , ]) / n)
  de_k <- 0
  de_p <- 0
  for (i in 1:3) for (j in 1:3) {
    de_k <- de_k + pa[[i]] * pb[[j]] * abs(i - j)
    de_p <- de_p + (pa[[i]] + pb[[i]]) / 2 * (pa[[j]] + pb[[j]]) / 2 * abs(i - j)
  }
  idx <- which(upper.tri(n) | lower.tri(n), arr.ind = TRUE)
  vote_rows[[length(vote_rows) + 1]] <- data.table(
    ccode1 = states[idx[, 1]], ccode2 = states[idx[, 2]], year = y, un_n = n[idx],
    un_agree = (same / n)[idx], un_ia = ((same + 0.5 * one) / n)[idx], un_s = (1 - obs)[idx],
    un_kappa = fifelse(de_k[idx] > 0, (1 - obs / de_k)[idx], NA_real_),
    un_pi = fifelse(de_p[idx] > 0, (1 - obs / de_p)[idx], NA_real_))
}
votes <- rbindlist(vote_rows)[un_n > 0]
un_cols <- c("un_n", "un_agree", "un_ia", "un_s", "un_kappa", "un_pi")
panel[votes, (un_cols) := mget(paste0("i.", un_cols)), on = .(ccode1, ccode2, year)]
within(panel, "un_n", 1946, 2020)

# --- arms: TIV delivered between states, and shares of the recipient's imports -------------
reg <- readLines(path("sipri", "trade_register.csv"), encoding = "UTF-8", warn = FALSE)[-(1:11)]
arms <- fread(text = sub(";$", "", reg), select = c("Supplier", "Recipient", "Delivery year", "TIV delivery values"))
setnames(arms, c("supplier", "recipient", "year", "tiv"))
arms <- arms[!is.na(tiv)]
norm <- function(x) tolower(gsub("[^[:alnum:]]", "", iconv(x, "UTF-8", "ASCII//TRANSLIT")))
name_cols <- c("country.name.en", "cow.name", "iso.name.en", "un.name.en", "p4.name", "vdem.name")
names_tab <- unique(rbindlist(lapply(name_cols, function(c) codes[!is.na(cown) & !is.na(get(c)),
                                                                   .(nkey = norm(get(c)), ccode = cown)])), by = "nkey")
alias_lines <- regmatches(aliases, regexec('^"([^"]+)" = ([0-9]+)', aliases))
alias_tab <- rbindlist(lapply(Filter(length, alias_lines), function(m) data.table(nkey = norm(m[2]), ccode = as.integer(m[3]))))
names_tab <- unique(rbind(alias_tab, names_tab), by = "nkey")
sipri_code <- function(x) {
  out <- names_tab$ccode[match(norm(x), names_tab$nkey)]
  out[grepl("\\*$", x)] <- NA
  out
}
arms[, `:=`(c1 = sipri_code(supplier), c2 = sipri_code(recipient))]
imports <- arms[!is.na(c2), .(imports = round(sum(tiv), 6)), by = .(c2, year)]
flows <- arms[!is.na(c1) & !is.na(c2), .(tiv = round(sum(tiv), 6)), by = .(c1, c2, year)]
panel[flows, tiv_1to2 := i.tiv, on = .(ccode1 = c1, ccode2 = c2, year)]
panel[flows, tiv_2to1 := i.tiv, on = .(ccode2 = c1, ccode1 = c2, year)]
within(panel, "tiv_1to2", 1995, 2025)
within(panel, "tiv_2to1", 1995, 2025)
panel[imports, imp2 := i.imports, on = .(ccode2 = c2, year)]
panel[imports, imp1 := i.imports, on = .(ccode1 = c2, year)]
panel[, tiv_share_1to2 := fifelse(!is.na(imp2) & imp2 > 0, tiv_1to2 / imp2, NA_real_)]
panel[, tiv_share_2to1 := fifelse(!is.na(imp1) & imp1 > 0, tiv_2to1 / imp1, NA_real_)]
panel[, c("imp1", "imp2") := NULL]

build_seconds <- as.numeric(difftime(Sys.time(), started, units = "secs"))
cat(sprintf("build_seconds: %.2f\nrows: %d\n", build_seconds, nrow(panel)))

# --- Every cell against entente's CSV ---------------------------------------------------------
if (length(args) >= 2) {
  ent <- fread(args[2], skip = "ccode1,")
  if (nrow(ent) != nrow(panel)) cat(sprintf("rows differ: entente %d, data.table %d\n", nrow(ent), nrow(panel)))
  both <- merge(ent, panel, by = c("ccode1", "ccode2", "year"), suffixes = c(".e", ".r"))
  bad <- 0
  for (c in setdiff(names(ent), c("ccode1", "ccode2", "year"))) {
    if (!(c %in% names(panel))) {
      cat(sprintf("%s: not built here\n", c))
      bad <- bad + 1
      next
    }
    e <- both[[paste0(c, ".e")]]
    r <- both[[paste0(c, ".r")]]
    differ <- xor(is.na(e), is.na(r)) | (!is.na(e) & !is.na(r) & abs(e - r) > 1e-9 * pmax(1, abs(r)))
    k <- sum(differ)
    if (k > 0) {
      w <- which(differ)[1]
      cat(sprintf("%s: %d cells differ, first %d-%d %d: entente %s, data.table %s\n", c, k, both$ccode1[w],
                  both$ccode2[w], both$year[w], format(e[w], digits = 17), format(r[w], digits = 17)))
      bad <- bad + 1
    }
  }
  cells <- nrow(both) * (ncol(ent) - 3)
  if (bad == 0 && nrow(both) == nrow(panel) && nrow(both) == nrow(ent)) {
    cat(sprintf("every cell agrees: %d rows, %d cells\n", nrow(both), cells))
  } else {
    cat(sprintf("%d columns differ\n", bad))
    quit(status = 1)
  }
}
