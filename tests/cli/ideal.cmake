# `entente ideal`. Static fits always run from session 1, so the cases ask for
# early sessions; the whole record is tested in src/query/ideal/ideal_query_test.cc.
entente_cli_case(ideal_usa_positive 0 "^2,USA,USA,30,1975,[0-9.]+,,,[0-9]+" ""
  ideal --sessions 30 --states USA,CUB --format csv --no-provenance)
entente_cli_case(ideal_cuba_negative 0 "40,CUB,CUB,30,1975,-[0-9.]+,,,[0-9]+" ""
  ideal --sessions 30 --states USA,CUB --format csv --no-provenance)
entente_cli_case(ideal_json_null 0 "\"lower\": null" "" ideal --sessions 10 --states USA --format json)
entente_cli_case(ideal_bootstrap 0 "^770,PAK,PAK,30,1975,-?[0-9.e-]+,-?[0-9.e-]+,-?[0-9.e-]+,[0-9]+" ""
  ideal --sessions 30 --states PAK --bootstrap 5 --format csv --no-provenance)
entente_cli_case(ideal_bootstrap_parametric 0 "bootstrap: 5 parametric replicates \\(every vote drawn anew from the fitted model\\)" ""
  ideal --sessions 30 --states PAK --bootstrap 5 --bootstrap-method parametric --format csv --comments)
entente_cli_case(ideal_bootstrap_rollcalls 0 "bootstrap: 5 roll-call replicates \\(roll calls drawn anew" ""
  ideal --sessions 30 --states PAK --bootstrap 5 --format csv --comments)
entente_cli_case(ideal_bootstrap_method_unknown 2 "" "--bootstrap-method: votes not in \\{rollcalls,parametric\\}"
  ideal --sessions 30 --bootstrap 5 --bootstrap-method votes)
entente_cli_case(ideal_facts 0 "filters: [0-9]+ of [0-9]+ roll calls dropped as unanimous or near-unanimous" ""
  ideal --from 1975 --to 1975 --states CHN --format csv --comments)
entente_cli_case(ideal_inverted 2 "" "--from 2000 is after --to 1990" ideal --from 2000 --to 1990)
entente_cli_case(ideal_outside 2 "" "no UN General Assembly session with votes opened in 1900-1920" ideal --from 1900 --to 1920)
entente_cli_case(ideal_unknown_state 2 "" "unknown country \"Atlantis\"" ideal --states Atlantis)
entente_cli_case(ideal_both_ranges 2 "" "not both" ideal --from 2000 --sessions 50-60)
entente_cli_case(ideal_help 0 "Examples:" "" ideal --help)
