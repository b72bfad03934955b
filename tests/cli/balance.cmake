# `entente balance`
entente_cli_case(balance_headline 0 "^2016,0.245767" "" balance PAK+CHN IND+USA --from 2016 --format csv --section balance --no-provenance)
entente_cli_case(balance_missing_total 0 "^1968,PAK\\+CHN,2,0\\.[0-9]+,[0-9]+,[0-9]+,[0-9]+,," "" balance PAK+CHN IND+USA --from 1968 --to 1968 --format csv --no-provenance)
entente_cli_case(balance_left_out 0 "left out 1945-1946" "" balance PAK+CHN IND+USA --from 1945 --to 1950 --format table)
entente_cli_case(balance_overlap 2 "" "China \\(CHN, 710\\) is in both coalitions" balance PAK+CHN CHN+IND)
entente_cli_case(balance_empty_member 2 "" "has an empty member" balance PAK+ IND)
