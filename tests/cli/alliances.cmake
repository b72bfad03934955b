# `entente alliances`
entente_cli_case(alliances_pak_usa 0 "^defense,770,PAK,PAK,2,USA,USA,1954,1972,19$" "" alliances PAK USA --format csv --no-provenance)
entente_cli_case(alliances_pak_chn 0 "^non_aggression,770,PAK,PAK,710,CHN,CHN,2004,2018,15$" "" alliances PAK CHN --format csv --no-provenance)
entente_cli_case(issue15_alliances_none_exits_0 0 "" "entente: note: .*no alliance in these years: ATOP records no alliance between Pakistan \\(PAK, 770\\) and Israel" alliances PAK ISR)
entente_cli_case(alliances_past_coverage 2 "" "ends in 2018: 2019 and later is past its coverage" alliances USA GBR --from 2019)
