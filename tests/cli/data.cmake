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

# `entente data cite` (issue 15): the references of every dataset, of those
# named, or of those a written table used, as text, BibTeX or JSON.
entente_cli_case(issue15_cite_all 0 "codelist: Country code crosswalk" "" data cite)
entente_cli_case(issue15_cite_text_full_citation 0
  "^  Erik Voeten, Anton Strezhnev and Michael Bailey, \"United Nations General Assembly Voting Data\", Harvard Dataverse, hdl:1902.1/12379; tidy form by David Robinson, unvotes R package.$"
  "" data cite un_votes)
entente_cli_case(issue15_cite_text_sha256 0
  "Version 6.0; file cow/NMC-60-abridged.csv of the entente data bundle, SHA-256 cd8465ea476da51d3e91261e216e96cfaf1fbf309dbe6bfc25a99bfb9fa7cfde[.]$"
  "" data cite cow_nmc)
entente_cli_case(issue15_cite_named_bibtex 0 "^@article[{]bailey2017estimating,$" "" data cite un_votes identical_resolutions --format bibtex)
entente_cli_case(issue15_cite_bibtex_journal 0 "^  journal = [{]Journal of Conflict Resolution[}],$" "" data cite identical_resolutions --format bibtex)
entente_cli_case(issue15_cite_bibtex_organisation 0 "^  author = [{][{]Stockholm International Peace Research Institute[}][}],$" "" data cite sipri_transfers --format bibtex)
entente_cli_case(issue15_cite_bibtex_book 0 "^@book[{]thompson2011rivalries,$" "" data cite td_rivalries --format bibtex)
entente_cli_case(issue15_cite_bibtex_note 0
  "^  note = [{]Tidy form by David Robinson, unvotes R package. Version unvotes 0.3.0 [(]sessions 1-74[)]; file unga/un[\\]_votes.csv of the entente data bundle, SHA-256 fbf7da535cc8199f719115dd47c33332ccef3fa6ff465f47d1bff2cd4b6fd400.[}],$"
  "" data cite un_votes --format bibtex)
entente_cli_case(issue15_cite_json 0 "\"bibtex\": \"@misc[{]voeten_un_votes,[\\]n" "" data cite un_votes --format json)
entente_cli_case(issue15_cite_json_fields 0 "\"sha256\": \"2632dba9d168d0ae0174468b27c62671668d8f8a4a84112dced13e4126e46980\"" "" data cite codelist --format json)
entente_cli_case(issue15_cite_by_path 0 "^cow_igo: " "" data cite cow/cow_igo_ndy.csv)
entente_cli_case(issue15_cite_unknown_dataset 2 ""
  "no dataset \"un_vote\"; the bundle's datasets are: un_votes, un_roll_calls, .*, codelist" data cite un_votes un_vote)
entente_cli_case(issue15_cite_bad_format 2 "" "--format: expected one of bibtex, json, text, got \"bib\"" data cite --format bib)
entente_cli_case(issue15_cite_missing_metadata 2 "" "--metadata: File does not exist: /nonexistent/v.csv-metadata.json"
  data cite --metadata /nonexistent/v.csv-metadata.json)
entente_cli_case(issue15_cite_metadata_not_json 3 "" "not_json.csv-metadata.json:4:38: not JSON: "
  data cite --metadata ${CMAKE_SOURCE_DIR}/tests/fixtures/csvw/not_json.csv-metadata.json)
entente_cli_case(issue15_cite_metadata_without_sources 3 ""
  "no_sources.csv-metadata.json: not a CSV on the Web metadata file as entente writes beside a CSV: no \"dc:source\" list"
  data cite --metadata ${CMAKE_SOURCE_DIR}/tests/fixtures/csvw/no_sources.csv-metadata.json)
entente_cli_case(issue15_cite_metadata_unknown_dataset 2 ""
  "unknown_dataset.csv-metadata.json: names the dataset \"polity5\", which this entente's manifest does not hold"
  data cite --metadata ${CMAKE_SOURCE_DIR}/tests/fixtures/csvw/unknown_dataset.csv-metadata.json)

# A table written with -o, then cited from its metadata.
add_test(NAME cli.issue15_cite_metadata_of_a_table
  COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/cite_metadata.sh $<TARGET_FILE:entente>)
set_tests_properties(cli.issue15_cite_metadata_of_a_table PROPERTIES LABELS cli
  ENVIRONMENT "ENTENTE_DATA=${ENTENTE_TEST_DATA};XDG_CACHE_HOME=${CMAKE_BINARY_DIR}/test-cache;XDG_DATA_HOME=${CMAKE_BINARY_DIR}/test-xdg-data")
