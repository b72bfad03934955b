# `entente rivalry`
entente_cli_case(rivalry_ind_pak 0 "^106,India-Pakistan,750,IND,IND,770,PAK,PAK,1947,2010,South Asia,\"positional, spatial\"$" "" rivalry IND PAK --format csv --no-provenance)
entente_cli_case(rivalry_chn_ind 0 "^107,China-India,710,CHN,CHN,750,IND,IND,1948,2010" "" rivalry China India --format csv --no-provenance)
entente_cli_case(issue15_rivalry_none_exits_0 0 "" "entente: note: .*no strategic rivalry between Pakistan \\(PAK, 770\\) and China \\(CHN, 710\\)" rivalry PAK CHN)
