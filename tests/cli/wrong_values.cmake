# Wrong values found by a user (issue 15), each fixed from the data.

# A window selects records and never rewrites their dates: MID 4277 ran
# 2001-2003, Pakistan's SEATO pledge 1954-1972.
entente_cli_case(issue15_dispute_window_keeps_dates 0 "^4277,2001,2003,PAK,770,4,use of force,501-999 deaths$" ""
  disputes IND PAK --from 2002 --to 2002 --format csv --no-provenance)
entente_cli_case(issue15_dispute_window_says_so 0 "4277 \\(2001-2003\\)" ""
  disputes IND PAK --from 2002 --to 2002 --format table)
entente_cli_case(issue15_alliance_window_keeps_spell 0 "^defense,PAK,770,USA,2,1954,1972,19$" ""
  alliances PAK USA --from 1960 --to 1960 --format csv --no-provenance)

# conttype 0 is peacesciencer's mark for months without contiguity, never a
# border: Ecuador and Brazil shared a land border to July 1916 only.
entente_cli_case(issue15_contiguity_zero_is_not_a_border 0 "^ECU,130,BRA,140,1,land or river border,1854-01-01,1916-07-01$" ""
  contiguity ECU BRA --format csv --no-provenance)
entente_cli_case(issue15_contiguity_zero_named_in_a_note 0 "not contiguous 1916-08 to 2016-12: the file's conttype 0 rows" ""
  contiguity ECU BRA --format table)
entente_cli_case(issue15_contiguity_zero_only_is_not_contiguous 2 ""
  "not directly contiguous in 1990-2016.*1916-08 to 2016-12 as not contiguous, conttype 0"
  contiguity ECU BRA --from 1990)
