# `entente vetoes`
entente_cli_case(vetoes_china_first 0 "^1972-08-25,1972,S/10771,S/PV.1660,Admission of new Members Bangladesh,Admission,South Asia,1,China$" "" vetoes --by CHN --format csv --no-provenance)
entente_cli_case(vetoes_china_count 0 "^710,CHN,CHN,China,17$" "" vetoes --by CHN --format csv --section counts --no-provenance)
entente_cli_case(vetoes_topic 0 "^2020-07-07,2020,S/2020/654,S/2020/661 S/2020/657," "" vetoes --topic syria --from 2020 --format csv --no-provenance)
entente_cli_case(issue15_vetoes_not_member_exits_0 0 "" "entente: note: .*Pakistan \\(PAK, 770\\) cast no veto in 1946-2022" vetoes --by PAK)
entente_cli_case(vetoes_past_coverage 2 "" "ends in 2022: 2023 and later is past its coverage" vetoes --from 2023)
entente_cli_case(vetoes_json 0 "\"vetoed_by\": \"China\"" "" vetoes --by CHN --format json)
