# Robustness cases (issue 16): surplus arguments are usage errors, output is
# all or nothing.
entente_cli_case(issue16_dyadyears_rejects_a_state 2 "" "votes dyadyears takes no state .*unexpected argument: \"PAK\""
  votes dyadyears PAK)
entente_cli_case(issue16_partners_rejects_a_second_state 2 "" "votes partners takes one state; unexpected argument: \"CHN\""
  votes partners PAK CHN)
entente_cli_case(issue16_compare_rejects_a_second_state 2 "" "votes compare takes one state"
  votes compare PAK CHN --with USA)

add_test(NAME cli.issue16_output_errors COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/output_errors.sh $<TARGET_FILE:entente>)
set_tests_properties(cli.issue16_output_errors PROPERTIES LABELS cli
  ENVIRONMENT "ENTENTE_DATA=${ENTENTE_TEST_DATA};XDG_CACHE_HOME=${CMAKE_BINARY_DIR}/test-cache;XDG_DATA_HOME=${CMAKE_BINARY_DIR}/test-xdg-data")
