# `entente data status|verify|fetch`, including a corrupted copy of the bundle
# (exit 3) and a download from a local HTTP server.
entente_cli_case(data_status 0 "found: 17 of 17" "" data status --format table)
entente_cli_case(data_status_json 0 "\"state\": \"found\"" "" data status --format json)
entente_cli_case(data_verify 0 "found: 17 of 17" "" data verify --format table)
entente_cli_case(data_missing_dir 3 "" "--data /nonexistent: no such folder" data status --data /nonexistent)

add_test(NAME cli.data_corrupted_and_fetch
  COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/data_bundle_cases.sh $<TARGET_FILE:entente> ${ENTENTE_TEST_DATA})
set_tests_properties(cli.data_corrupted_and_fetch PROPERTIES LABELS cli
  ENVIRONMENT "XDG_CACHE_HOME=${CMAKE_BINARY_DIR}/test-cache")
