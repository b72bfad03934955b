# `entente codes`
set(codes_panel ${CMAKE_CURRENT_SOURCE_DIR}/../fixtures/codes/panel.csv)
entente_cli_case(codes_names_to_codes 0 "^Serbia,2010,,345,SRB,340,Serbia$" "" codes ${codes_panel}
  --column country --year-column year --to ccode,iso3,gwcode,name)
entente_cli_case(codes_by_year 0 "^Serbia,1995,\"named \"\"Yugoslavia\"\" then\",345,YUG,345,Yugoslavia$" ""
  codes ${codes_panel} --column country --year-column year --to ccode,iso3,gwcode,name)
entente_cli_case(codes_korea_1890 0 "^KOR,1890,,730,,,Korea$" "" codes ${codes_panel}
  --column country --year-column year --to ccode,iso3,gwcode,name)
entente_cli_case(codes_west_germany 0 "^DEU,1970,,260,German Federal Republic$" "" codes ${codes_panel}
  --column country --year-column year --to ccode,name)
entente_cli_case(codes_no_year 0 "^KOR,1890,,732,KOR,South Korea$" "" codes ${codes_panel}
  --column country --to ccode,iso3,name)
entente_cli_case(codes_header 0 "^country,year,note,ccode,iso3$" "" codes ${codes_panel} --column country --to ccode,iso3)
entente_cli_case(codes_unmatched_listed 0 "^Atlantis,2001,again,,$"
  "\"Atlantis\" \\(2 rows, lines 8, 12\\): unknown country"
  codes ${codes_panel} --column country --year-column year --to ccode,iso3)
entente_cli_case(codes_place_keeps_codes 0 "^Hong Kong,2000,no COW code,,HKG$" "Hong Kong SAR China\\) is not a state"
  codes ${codes_panel} --column country --year-column year --to ccode,iso3)
entente_cli_case(codes_strict 3 "^SUN,1980,,365,SUN$" "--strict: 3 of 11 rows name no state" codes ${codes_panel}
  --column country --year-column year --to ccode,iso3 --strict)
entente_cli_case(codes_missing_column 2 "" "no column \"nation\"|\"nation\"" codes ${codes_panel} --column nation --to ccode)
entente_cli_case(codes_bad_to 2 "" "--to" codes ${codes_panel} --column country --to ccode,fips)
entente_cli_case(codes_no_file 2 "" "FILE" codes /nonexistent/file.csv --column country --to ccode)
entente_cli_case(codes_existing_column 2 "" "already has a column \"iso3\"" codes
  ${CMAKE_CURRENT_SOURCE_DIR}/../fixtures/codes/has_iso3.csv --column iso3 --to ccode,iso3)
entente_cli_case(codes_from_name 0 "^Serbia,1995.*,345,Yugoslavia$" "" codes ${codes_panel} --column country
  --year-column year --from name --to ccode,name)
set(codes_gw ${CMAKE_CURRENT_SOURCE_DIR}/../fixtures/codes/gw.csv)
entente_cli_case(codes_from_gwcode_1900 0 "^340,1900,345,Serbia$" "" codes ${codes_gw} --column gwno
  --year-column year --from gwcode --to ccode,name)
entente_cli_case(codes_from_gwcode_1970 0 "^260,1970,260,German Federal Republic$" "" codes ${codes_gw} --column gwno
  --year-column year --from gwcode --to ccode,name)
entente_cli_case(codes_from_gwcode_2000 0 "^260,2000,255,Germany$" "" codes ${codes_gw} --column gwno
  --year-column year --from gwcode --to ccode,name)
entente_cli_case(codes_help 0 "Examples:" "" codes --help)
add_test(NAME cli.codes_stdin
  COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/run_case.sh 0 "^SUN,1980,,365,Soviet Union$" ""
          -- sh -c "\"$0\" codes - --column country --year-column year --to ccode,name < \"$1\""
          $<TARGET_FILE:entente> ${codes_panel})
set_tests_properties(cli.codes_stdin PROPERTIES
  ENVIRONMENT "ENTENTE_DATA=${ENTENTE_TEST_DATA};XDG_CACHE_HOME=${CMAKE_BINARY_DIR}/test-cache;XDG_DATA_HOME=${CMAKE_BINARY_DIR}/test-xdg-data"
  LABELS cli)
