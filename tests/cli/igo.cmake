# `entente igo`
entente_cli_case(igo_pak_chn 0 "^2014,770,PAK,PAK,710,CHN,CHN,55$" "" igo PAK CHN --from 2014 --format csv --no-provenance)
entente_cli_case(igo_past_coverage 0 "cow_igo ends in 2014: 2015-2020 is past its coverage" "" igo PAK CHN --from 2010 --to 2020 --format table)
entente_cli_case(issue15_igo_not_states_exits_0 0 "" "entente: note: .*COW IGO lists Pakistan \\(PAK, 770\\) and Bangladesh" igo PAK BGD --from 1950 --to 1960)
