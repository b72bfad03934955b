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

# Unclear errors made clear (issue 16): numbers in decimal digits with the
# expected range in words, names only for enumerations, empty filters refused.
entente_cli_case(issue16_negative_top_names_the_range 2 "" "--top: expected a count from 0 to 10000000, written in digits, got \"-1\""
  votes partners PAK --top -1)
entente_cli_case(issue16_hex_year_is_refused 2 "" "--from: expected a year from 1900 to 2100, written in digits, got \"0x7dd\""
  votes PAK CHN --from 0x7dd)
entente_cli_case(issue16_format_by_number_is_refused 2 "" "--format: expected one of csv, json, md, table, got \"2\""
  votes PAK CHN --format 2)
entente_cli_case(issue16_measure_listed_twice 2 "" "--measure: \"agree\" is listed twice"
  votes PAK CHN --measure agree,agree)
entente_cli_case(issue16_empty_search_is_refused 2 "" "--search: expected a text; an empty one would match everything"
  events PAK --search " ")
entente_cli_case(issue16_empty_topic_is_refused 2 "" "--topic: expected a text"
  vetoes --topic " ")
entente_cli_case(issue16_empty_issue_is_refused 2 "" "--issue: expected a text"
  votes PAK CHN --issue " ")
entente_cli_case(issue16_negative_seed_is_refused 2 "" "--seed: expected a seed from 0 to 18446744073709551615, written in digits, got \"-1\""
  ideal --sessions 70-70 --bootstrap 2 --seed -1)
entente_cli_case(issue16_seed_in_exponent_form_is_refused 2 "" "--seed: expected a seed .* got \"1e23\""
  ideal --sessions 70-70 --bootstrap 2 --seed 1e23)
entente_cli_case(issue16_arms_flow_needs_two_states 2 "" "arms flow takes two different states"
  arms flow CHN CHN)
entente_cli_case(issue16_min_n_note_blames_the_filter 0 "shares fewer than --min-n 100000; lower --min-n" ""
  votes partners PAK --min-n 100000 --format table)
entente_cli_case(issue16_same_event_file_twice_is_read_once 0 "2 event records: valid" ""
  events validate ${CMAKE_SOURCE_DIR}/tests/fixtures/events/analyst_events.toml
  ${CMAKE_SOURCE_DIR}/tests/fixtures/events/analyst_events.toml --format table)

# A claim file the claim-file fuzz target found: a non-ASCII character where a
# value starts, which toml++ 3.3 meets with undefined behaviour.
entente_cli_case(issue16_fuzz_non_ascii_between_tokens 2 ""
  "issue16_fuzz_non_ascii_between_tokens.toml:2:6: expected a value .*, got the non-ASCII character U\\+03D0, which TOML allows only in strings and comments"
  check ${CMAKE_SOURCE_DIR}/tests/fixtures/claims/issue16_fuzz_non_ascii_between_tokens.toml)

# Finding 7: SIPRI deal 29847 (to Northern Cyprus, a non-state actor) is reached by the recipient's name.
entente_cli_case(issue16_deal_29847_by_name 0 "^29847,Slovakia,317,SVK,SLO,Northern Cyprus,,,,Konkurs," ""
  arms deals --recipient "Northern Cyprus" --format csv)
# A fuzzers' finding: a table header without a key ("[&[cl") trips an
# assertion of toml++ 3.3; it is a located error before toml++ sees it.
entente_cli_case(issue16_fuzz_table_header_without_key 2 ""
  "issue16_fuzz_table_header_without_key.toml:4:2: expected a key after '\\[' .*, got '&'"
  check ${CMAKE_SOURCE_DIR}/tests/fixtures/claims/issue16_fuzz_table_header_without_key.toml)
# The event-record fuzz target's finding: a quote after the malformed value
# 8"2d", which toml++ 3.3 read on to an `unreachable` point; the TOML check
# refuses the text at that quote.
entente_cli_case(issue16_fuzz_quote_after_malformed_value 3 ""
  "issue16_fuzz_quote_after_malformed_value.toml:1:6: not valid TOML: expected a comment or a line break after a value, got '\""
  events validate ${CMAKE_SOURCE_DIR}/tests/fixtures/events/issue16_fuzz_quote_after_malformed_value.toml)
