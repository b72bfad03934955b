# `entente nuclear`
entente_cli_case(nuclear_pak_total 0 "^Operational,6,3259,0$" "" nuclear PAK --format csv --section totals --no-provenance)
entente_cli_case(nuclear_pak_kanupp2 0 "^KANUPP-2,Operational,PWR,ACP-1000,2015-08-20,2021-05-21,,1017,710,CHN,CHN,1067$" "" nuclear PAK --format csv --no-provenance)
entente_cli_case(nuclear_pak_supplier 0 "^710,CHN,CHN,\"CNNC, CGN and SPIC \\(China\\)\",6,6,3259$" "" nuclear Pakistan --format csv --section suppliers --no-provenance)
entente_cli_case(issue15_nuclear_none_exits_0 0 "" "entente: note: .*no nuclear power reactor in Afghanistan \\(AFG, 700\\)" nuclear AFG)
