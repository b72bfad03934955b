# `entente check`
entente_cli_case(check_seed 0 "verdicts: [0-9]+ supported" "" check ${CMAKE_SOURCE_DIR}/claims/pakistan-china-beyond-cpec.toml --format table)
entente_cli_case(check_seed_json 0 "\"verdict\": \"supported\"" "" check ${CMAKE_SOURCE_DIR}/claims/pakistan-china-beyond-cpec.toml --format json)
entente_cli_case(check_strict 1 "" "--strict: [0-9]+ claim\\(s\\) not supported" check ${CMAKE_SOURCE_DIR}/claims/pakistan-china-beyond-cpec.toml --strict --format csv)
entente_cli_case(check_metrics 0 "votes.kappa" "" check --metrics --format csv)
entente_cli_case(check_missing_file 2 "" "FILE" check /nonexistent.toml)
entente_cli_case(check_broken 3 "" "bad_expect.toml:[0-9]+:[0-9]+: expect: give exactly one of" check ${CMAKE_SOURCE_DIR}/tests/fixtures/claims/bad_expect.toml)
entente_cli_case(check_unknown_metric 2 "" "unknown_metric.toml:2: claim \"x\": unknown metric \"votes.tau\"" check ${CMAKE_SOURCE_DIR}/tests/fixtures/claims/unknown_metric.toml)
