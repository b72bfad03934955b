# `entente arms`
entente_cli_case(arms_imports_table1 0
  "China,710,CHN,CHN,725\\.35,465\\.2,546\\.05,715\\.78,685\\.75,502\\.1,3640\\.23,0\\.68" ""
  arms imports PAK --from 2013 --to 2018 --by supplier,year --wide --format csv --no-provenance)
entente_cli_case(arms_imports_table1_total 0 "^Total,,,,1106\\.01,856\\.18,758\\.9,853\\.24,871\\.97,894\\.21,5340\\.51,1$" ""
  arms imports PAK --from 2013 --to 2018 --by supplier,year --wide --format csv --no-provenance)
# Issue 15: supplier-years are long by default, every year of the period, 0 without deliveries.
entente_cli_case(issue15_arms_supplier_year_is_long_with_zeros 0 "^Turkey,640,TUR,TUR,2014,0,0$" ""
  arms imports PAK --from 2013 --to 2018 --by supplier,year --format csv)
entente_cli_case(arms_imports_2016_share 0 "^China,710,CHN,CHN,715\\.78,0\\.8388" ""
  arms imports Pakistan --from 2016 --to 2016 --format csv --no-provenance)
entente_cli_case(arms_imports_long 0 "^China,710,CHN,CHN,2016,715\\.78,0\\.8388" ""
  arms imports PAK --from 2016 --to 2016 --by supplier,year --long --format csv --no-provenance)
entente_cli_case(arms_imports_by_year 0 "^2016,853\\.24," "" arms imports PAK --by year --format csv --no-provenance)
entente_cli_case(arms_exports_share 0 "^Pakistan,770,PAK,PAK,3138\\.13,0\\.3377" ""
  arms exports China --from 2013 --to 2017 --top 3 --format csv --no-provenance)
entente_cli_case(arms_exports_top 0 "^Other \\(54 recipients\\),,,," ""
  arms exports China --from 2013 --to 2017 --top 3 --format csv --no-provenance)
entente_cli_case(arms_flow_windows 0 "^2013,2017,3138\\.13,0\\.7057[0-9]*,0\\.3377" ""
  arms flow CHN PAK --from 2013 --to 2017 --format csv --section windows --no-provenance)
entente_cli_case(arms_flow_peak_share 0 "peak_share_of_imports: 2016 \\(83\\.89%\\)" ""
  arms flow CHN PAK --from 2013 --to 2017 --format csv --comments)
entente_cli_case(arms_dependence 0 "^2013,2017,4446\\.3,[0-9]+,0\\.5[0-9]*,[0-9.]+,China,710,CHN,CHN,0\\.7057" ""
  arms dependence PAK --to 2017 --format csv --no-provenance)
entente_cli_case(arms_deals_frigates 0 "^33702,China,710,CHN,CHN,Pakistan,770,PAK,PAK,Type-054A,frigate,Ships,2017,no,4,2021-2023,1340,New,no" ""
  arms deals --supplier CHN --recipient PAK --search "type 054a" --format csv --no-provenance)
entente_cli_case(arms_deals_absent 0 "No deal matches .*Yuan.* only deals with at least one delivery in 1995-2024" ""
  arms deals --supplier CHN --recipient PAK --search Yuan --search Azmat --format json)
entente_cli_case(arms_json_provenance 0 "\"sha256\": \"de974d8302efdeaa[0-9a-f]{48}\"" "" arms flow CHN PAK --format json)
entente_cli_case(arms_csv_provenance 0 "^# dataset: sipri_transfers \\(deliveries 1995-2025, generated 12 Feb 2026, sha256 de974d8302efdeaa\\)" ""
  arms imports PAK --format csv --comments)
entente_cli_case(arms_unknown_supplier 2 "" "unknown country \"Atlantis\"" arms flow Atlantis PAK)
entente_cli_case(issue15_arms_empty_result_exits_0 0 "" "entente: note: .*records no arms exports by Nepal \\(NPL, 790\\) in 1995-2024" arms exports Nepal)
entente_cli_case(issue15_arms_empty_dyad_exits_0 0 "" "entente: note: .*no arms deliveries from Pakistan \\(PAK, 770\\) to China" arms flow PAK CHN)
entente_cli_case(issue15_arms_no_deals_exits_0 0 "" "entente: note: .*no deal matches .* a deal signed but with nothing delivered" arms deals --recipient PAK --category ships --search submarine --from 2020)
entente_cli_case(arms_outside_register 2 "" "1980-1990 is outside the SIPRI trade register, which records deliveries in 1995-2024"
  arms imports PAK --from 1980 --to 1990)
entente_cli_case(arms_from_after_register 2 "" "--from 2030 is outside the SIPRI trade register" arms flow CHN PAK --from 2030)
entente_cli_case(arms_from_after_to 2 "" "--from 2018 is after --to 2013" arms flow CHN PAK --from 2018 --to 2013)
entente_cli_case(arms_window_too_long 2 "" "a window of 5 years does not fit in 2016-2018" arms dependence PAK --from 2016 --to 2018)
entente_cli_case(arms_bad_by 2 "" "--by" arms imports PAK --by country)
entente_cli_case(arms_bad_category 2 "" "unknown armament category \"boats\"" arms deals --category boats)
entente_cli_case(arms_help 0 "Examples:" "" arms imports --help)
# Issue 15: a fact's number is a JSON number (the share as a fraction), its words in "text".
entente_cli_case(issue15_json_fact_is_a_number 0 "\"value\": 0\\.7057" "" arms flow CHN PAK --from 2013 --to 2017 --format json)
entente_cli_case(issue15_deals_count_is_a_number 0 "\"value\": 28(\\.0)?,?$" ""
  arms deals --supplier CHN --recipient PAK --from 2015 --to 2017 --format json)
