# Wrong values found by a user (issue 15), each fixed from the data.

# A window selects records and never rewrites their dates: MID 4277 ran
# 2001-2003, Pakistan's SEATO pledge 1954-1972.
entente_cli_case(issue15_dispute_window_keeps_dates 0 "^4277,2001,2003,PAK,770,4,use of force,501-999 deaths$" ""
  disputes IND PAK --from 2002 --to 2002 --format csv --no-provenance)
entente_cli_case(issue15_dispute_window_says_so 0 "4277 \\(2001-2003\\)" ""
  disputes IND PAK --from 2002 --to 2002 --format table)
entente_cli_case(issue15_alliance_window_keeps_spell 0 "^defense,PAK,770,USA,2,1954,1972,19$" ""
  alliances PAK USA --from 1960 --to 1960 --format csv --no-provenance)
