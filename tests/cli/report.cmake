# `entente report`
entente_cli_case(report_help 0 "Examples:" "" report --help)
entente_cli_case(report_json 0 "\"text\": \"68.16%\"" "" report PAK CHN --from 2013 --to 2018 --format json)
entente_cli_case(report_json_provenance 0 "\"sha256\": \"de974d8302efdeaa[0-9a-f]{48}\"" "" report PAK CHN --from 2013 --to 2018 --format json)
entente_cli_case(report_html_to_pipe 0 "Content-Security-Policy" "" report PAK CHN --from 2016 --to 2016)
entente_cli_case(report_little_data 0 "\"missing\": \\[$" "" report GDR SSD --from 1985 --to 2015 --format json)
entente_cli_case(report_md_needs_output 2 "" "give -o FILE.md" report PAK CHN --format md)
entente_cli_case(report_unknown 2 "" "unknown country \"Narnia\"" report PAK Narnia)
entente_cli_case(report_bad_compare 2 "" "--compare: expected a dyad" report PAK CHN --compare IND)
entente_cli_case(report_bad_period 2 "" "--from 2018 is after --to 2013" report PAK CHN --from 2018 --to 2013)
entente_cli_case(report_bad_format 2 "" "--format" report PAK CHN --format pdf)
entente_cli_case(report_bad_measure 2 "" "unknown measure 'median'" report PAK CHN --measure median)
entente_cli_case(report_missing_claims 2 "" "--claims" report PAK CHN --claims /nonexistent/claims.toml)

# The Markdown form writes FILE.md and one SVG per chart in FILE_charts/.
add_test(NAME cli.report_markdown_files
  COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/report_markdown_files.sh $<TARGET_FILE:entente> ${CMAKE_BINARY_DIR}/cli-out/report-md)
set_tests_properties(cli.report_markdown_files PROPERTIES
  ENVIRONMENT "ENTENTE_DATA=${ENTENTE_TEST_DATA};XDG_CACHE_HOME=${CMAKE_BINARY_DIR}/test-cache" LABELS cli)

# An analyst's event file joins the timeline; a broken one stops the report, naming line and column.
entente_cli_case(report_events_file 0 "Li Keqiang visits Pakistan" ""
  report PAK CHN --from 2013 --to 2013 --events ${CMAKE_SOURCE_DIR}/tests/fixtures/events/analyst_events.toml --format json)
entente_cli_case(report_events_broken 3 "" "broken_events.toml:5:8: event \"2016-broken\""
  report PAK CHN --from 2016 --to 2016 --events ${CMAKE_SOURCE_DIR}/tests/fixtures/events/broken_events.toml --format json)
entente_cli_case(report_says_what_it_wrote 0 "" "wrote .*report-said.html \\(Pakistan and China, 2016\\): 5 parts, [0-9]+ charts"
  report PAK CHN --from 2016 --to 2016 -o ${CMAKE_BINARY_DIR}/cli-out/report-said.html)
