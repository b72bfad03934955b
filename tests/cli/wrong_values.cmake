# Wrong values found by a user (issue 15), each fixed from the data.

# A window selects records and never rewrites their dates: MID 4277 ran
# 2001-2003, Pakistan's SEATO pledge 1954-1972.
entente_cli_case(issue15_dispute_window_keeps_dates 0 "^4277,2001,2003,770,PAK,PAK,4,use of force,501-999 deaths$" ""
  disputes IND PAK --from 2002 --to 2002 --format csv --no-provenance)
entente_cli_case(issue15_dispute_window_says_so 0 "4277 \\(2001-2003\\)" ""
  disputes IND PAK --from 2002 --to 2002 --format table)
entente_cli_case(issue15_alliance_window_keeps_spell 0 "^defense,770,PAK,PAK,2,USA,USA,1954,1972,19$" ""
  alliances PAK USA --from 1960 --to 1960 --format csv --no-provenance)

# conttype 0 is peacesciencer's mark for months without contiguity, never a
# border: Ecuador and Brazil shared a land border to July 1916 only.
entente_cli_case(issue15_contiguity_zero_is_not_a_border 0 "^130,ECU,ECU,140,BRA,BRA,1,land or river border,1854-01-01,1916-07-01$" ""
  contiguity ECU BRA --format csv --no-provenance)
entente_cli_case(issue15_contiguity_zero_named_in_a_note 0 "not contiguous 1916-08 to 2016-12: the file's conttype 0 rows" ""
  contiguity ECU BRA --format table)
entente_cli_case(issue15_contiguity_zero_only_is_not_contiguous 0 ""
  "note: .*not directly contiguous in 1990-2016.*1916-08 to 2016-12 as not contiguous, conttype 0"
  contiguity ECU BRA --from 1990 --format csv)

# UN seats coded as the COW state of the vote's date: united Germany's votes
# of November-December 1990 (filed under the Federal Republic), Yemen's of
# 1990 (filed under the Yemen Arab Republic).
entente_cli_case(issue15_germany_votes_after_unification 0 "^255,DEU,GMY,2,USA,USA,1990,1990,84,0\\.39285714285714285," ""
  votes GMY USA --from 1990 --to 1990 --format csv --no-provenance)
entente_cli_case(issue15_frg_seat_note 0 "votes filed under German Federal Republic \\(GFR, 260\\) from 1990-10-03, the day Germany \\(DEU, 255\\) entered" ""
  votes GFR USA --format table)
entente_cli_case(issue15_yemen_votes_after_unification 0 "^2,679,1990,USA,YEM,USA,YEM,82,0\\.10975609756097561," ""
  votes dyadyears --from 1990 --to 1990 --format csv --no-provenance)
entente_cli_case(issue15_ukraine_belarus_not_cow_states_before_1991 0
  "# note: voted in years in which they were not members of the COW state system: Ukraine \\(UKR, 369\\) in 1946-1990, Belarus \\(BLR, 370\\) in 1946-1990"
  "" votes dyadyears --from 1946 --to 1990 --measure agree --format csv --comments)
entente_cli_case(issue15_ukraine_pair_counts_with_a_note 0 "Ukraine \\(UKR, 369\\) in 1980; their votes of those years are counted here" ""
  votes UKR USA --from 1980 --to 1980 --format table)

# 2020 holds one roll call, the end of session 74: a partial year, marked.
entente_cli_case(issue15_partial_year_marked 0 "^2,20,2020,USA,CAN,USA,CAN,1,1,1,1,,,1$" ""
  votes dyadyears --from 2020 --format csv --no-provenance)
entente_cli_case(issue15_partial_year_note 0 "# note: partial year: 2020 \\(1 roll call of session 74\\)" ""
  votes dyadyears --from 2020 --format csv --comments)
entente_cli_case(issue15_full_year_not_partial 0 "^2,20,2019,USA,CAN,USA,CAN,[0-9]+,.*,0$" ""
  votes dyadyears --from 2019 --to 2019 --format csv --no-provenance)
entente_cli_case(issue15_votes_by_year_partial 0 "^770,PAK,PAK,710,CHN,CHN,2020,1,.*,1$" ""
  votes PAK CHN --by year --format csv --no-provenance)
