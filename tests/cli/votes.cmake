# `entente votes` and its subcommands.
entente_cli_case(votes_pak_chn 0 "^770,PAK,PAK,710,CHN,CHN,1971,2017,4298,0\\.8592368543508608,0\\.9192647743136343,0\\.8385295486272685," ""
  votes PAK CHN --from 1971 --to 2017 --format csv --no-provenance)
entente_cli_case(votes_ind_usa 0 "^750,IND,IND,2,USA,USA,1971,2017,4712,0\\.1806027164685908" ""
  votes India "United States" --from 1971 --to 2017 --format csv --no-provenance --measure agree,ia)
entente_cli_case(votes_csv_provenance 0 "^# dataset: un_votes \\(unvotes 0\\.3\\.0 \\(sessions 1-74\\), sha256 fbf7da535cc8199f\\)" ""
  votes PAK CHN --from 1971 --to 2017 --format csv --comments)
entente_cli_case(votes_json_null 0 "\"agree\": null" "" votes PAK CHN --from 1950 --to 1960 --format json)
entente_cli_case(votes_no_overlap_note 0 "China \\(CHN, 710\\) voted in 1971-2020" "" votes PAK CHN --from 1950 --to 1960 --format md)
entente_cli_case(votes_by_year 0 "^770,PAK,PAK,710,CHN,CHN,2016,[0-9]+," "" votes PAK CHN --by year --format csv --no-provenance)
entente_cli_case(votes_by_issue 0 "^770,PAK,PAK,710,CHN,CHN,nu,Nuclear weapons" "" votes PAK CHN --by issue --format csv --no-provenance)
entente_cli_case(votes_filters_named 0 "filters: issues nu,hr \\(any\\); unanimous roll calls excluded; yes/no only" ""
  votes PAK CHN --issue nu,hr --exclude-unanimous --yes-no-only --format table)
entente_cli_case(votes_one_state 2 "" "give two states" votes PAK)
entente_cli_case(votes_unknown_state 2 "" "unknown country \"Atlantis\"" votes PAK Atlantis)
entente_cli_case(votes_inverted 2 "" "--from 2017 is after --to 1971" votes PAK CHN --from 2017 --to 1971)
entente_cli_case(votes_empty_period 2 "" "no UN General Assembly roll call in 1900-1920" votes PAK CHN --from 1900 --to 1920)
entente_cli_case(votes_unknown_issue 2 "" "unknown issue tag \"zz\"" votes PAK CHN --issue zz)
entente_cli_case(votes_bad_by 2 "" "--by" votes PAK CHN --by decade)
entente_cli_case(votes_help 0 "Lijphart" "" votes --help)
entente_cli_case(votes_partners 0 "^1,[0-9]+,[A-Z]+,[A-Z]+," "" votes partners PAK --from 1971 --to 2017 --top 5 --format csv --no-provenance)
entente_cli_case(votes_compare 0 "770,PAK,PAK,750,IND,IND,2017," "" votes compare PAK --with CHN,USA,IND --format csv --no-provenance)
entente_cli_case(votes_compare_needs_with 2 "" "--with" votes compare PAK)
entente_cli_case(votes_dyadyears 0 "^ccode1,ccode2,year,iso3_1,iso3_2,stateabb1,stateabb2,n,agree,ia,s,kappa,pi" ""
  votes dyadyears --from 2016 --to 2016 --format csv --no-provenance)
entente_cli_case(votes_dyadyears_json 0 "\"datasets\":\\[" "" votes dyadyears --from 2019 --to 2019 --format json)
# ideal_distance: static ideal points of sessions up to the period's last (sessions 30-35 keep the fit short).
entente_cli_case(votes_ideal_distance_close 0 "^770,PAK,PAK,710,CHN,CHN,1975,1980,[0-9]+,0\\.[0-4][0-9]*$" ""
  votes PAK CHN --sessions 30-35 --measure ideal_distance --format csv --no-provenance)
entente_cli_case(votes_ideal_distance_far 0 "^2,USA,USA,40,CUB,CUB,1975,1980,[0-9]+,[2-9]\\.[0-9]+$" ""
  votes USA CUB --sessions 30-35 --measure ideal_distance --format csv --no-provenance)
entente_cli_case(votes_ideal_distance_by_session 0 "^2,USA,USA,40,CUB,CUB,33,1978,1979,128,0\\.28125,[2-9]\\.[0-9]+$" ""
  votes USA CUB --sessions 30-35 --by session --measure agree,ideal_distance --format csv --no-provenance)
entente_cli_case(votes_ideal_distance_by_issue 2 "" "ideal_distance has no value by issue"
  votes PAK CHN --by issue --measure ideal_distance)
# The dashboard's map: partners ranked by ideal-point distance, nearest first.
entente_cli_case(votes_ideal_distance_partners 0 "^1,[0-9]+,[A-Z]+,[A-Z]+,[^,]+,[0-9]+,0\\.[0-9]+$" ""
  votes partners PAK --from 2000 --to 2019 --measure ideal_distance --top 1 --format csv --no-provenance)
entente_cli_case(votes_ideal_distance_dyadyears 2 "" "ideal_distance is offered by"
  votes dyadyears --from 2000 --to 2001 --measure ideal_distance)
entente_cli_case(votes_help_ideal_distance 0 "ideal_distance  Ideal-point distance" "" votes --help)
# Issue 15: the dyad's n fact carries the count of roll calls as a number.
entente_cli_case(issue15_votes_n_fact_is_a_number 0 "\"value\": 1018(\\.0)?,?$" "" votes USA GBR --from 2000 --to 2010 --format json)
