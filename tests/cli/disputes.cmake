# `entente disputes`
entente_cli_case(disputes_1971_war 0 "^1447,1971,1971,770,PAK,PAK,5,war,1000 or more deaths$" "" disputes IND PAK --from 1971 --to 1971 --format csv --no-provenance)
entente_cli_case(disputes_count 0 "disputes: 35 \\(4 reaching war\\)" "" disputes IND PAK --format table)
entente_cli_case(issue15_disputes_none_exits_0 0 "" "entente: note: .*no militarised dispute between Pakistan \\(PAK, 770\\) and China" disputes PAK CHN)
