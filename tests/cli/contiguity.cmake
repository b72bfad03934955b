# `entente contiguity`
entente_cli_case(contiguity_pak_chn 0 "^770,PAK,PAK,710,CHN,CHN,1,land or river border,1947-08-01,2016-12-01$" "" contiguity PAK CHN --format csv --no-provenance)
entente_cli_case(issue15_contiguity_none_exits_0 0 "" "entente: note: .*are not directly contiguous in 1816-2016" contiguity PAK USA)
