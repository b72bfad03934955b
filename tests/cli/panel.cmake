# `entente panel`
set(PANEL_IND_PAK panel --states IND,PAK --both --from 1947 --to 1947 --with majors,contiguity,rivalry --format csv --no-provenance)
entente_cli_case(panel_header 0 "^ccode1,ccode2,year,gwcode1,gwcode2,cowmaj1,cowmaj2,conttype,tdrival,tdrivalryno$" "" ${PANEL_IND_PAK})
# India and Pakistan from 1947 (Pakistan from 14 August, India from 15 August), both orders.
entente_cli_case(panel_ind_pak_1947 0 "^750,770,1947,750,770,0,0,1,1,106$" "" ${PANEL_IND_PAK})
entente_cli_case(panel_pak_ind_1947 0 "^770,750,1947,770,750,0,0,1,1,106$" "" ${PANEL_IND_PAK})
entente_cli_case(panel_undirected_iso 0 "^710,770,1971,710,770,CHN,PAK,CHN,PAK,1,0,1,0.1131756,0.0098727429,11.46344041836641,0,$" ""
  panel --undirected --states PAK,CHN --both --from 1971 --to 1971 --iso --with majors,contiguity,rivalry,nmc --format csv --no-provenance)
# Outside a source's years its columns are empty: COW IGO ends in 2014.
entente_cli_case(panel_igo_past_coverage 0 "^750,770,2015,750,770,$" ""
  panel --undirected --states IND,PAK --both --from 2015 --to 2015 --with igo --format csv --no-provenance)
entente_cli_case(panel_igo_note 0 "^# note: igo: data cover 1816-2014; its columns are empty in 2015-2016$" ""
  panel --undirected --states IND,PAK --both --from 2010 --with igo --format csv --comments)
entente_cli_case(panel_json_null 0 "\"dyadigos\":null" ""
  panel --undirected --states IND,PAK --both --from 2015 --to 2015 --with igo --format json)
entente_cli_case(panel_outside_system 0 "^# note: the COW state system covers 1816-2016; 2017-2020 is outside it" ""
  panel --from 2017 --to 2020 --format csv --comments)
entente_cli_case(panel_unknown_source 2 "" "unknown source \"trade\"; the sources are majors, contiguity, capitals, nmc, nmc_components, atop, igo, rivalry, mid, votes, ideal, arms"
  panel --with votes,trade)
entente_cli_case(panel_unknown_state 2 "" "did you mean Pakistan \\(PAK, 770\\)" panel --states Pakistn)
entente_cli_case(panel_unknown_unit 2 "" "--unit" panel --unit country-year)
entente_cli_case(panel_both_needs_two 2 "" "--both keeps dyads of two listed states" panel --states PAK --both)
entente_cli_case(panel_inverted_years 2 "" "--from 2000 is after --to 1990" panel --from 2000 --to 1990)
entente_cli_case(panel_help 0 "Missing is not zero" "" panel --help)
# A closed stdout is not an error.
add_test(NAME cli.panel_closed_pipe
  COMMAND bash -c "set -o pipefail; \"$0\" panel --with majors,votes --no-provenance | head -n 2 | grep -Eq '^2,[0-9]+,1816,'" $<TARGET_FILE:entente>)
set_tests_properties(cli.panel_closed_pipe PROPERTIES ENVIRONMENT "ENTENTE_DATA=${ENTENTE_TEST_DATA};XDG_CACHE_HOME=${CMAKE_BINARY_DIR}/test-cache" LABELS cli)
# State-years: Pakistan in 2010 (SIPRI: 2225.67 TIV imported, the United States its top supplier).
entente_cli_case(panel_state_year_header 0 "^ccode,year,gwcode,cowmaj,cinc,milex,milper,irst,pec,tpop,upop,un_votes,ideal,tiv_imports,tiv_exports,top_supplier_ccode,supplier_hhi,atop_partners,cowmid_disputes,tdrivals$" ""
  panel --unit state-year --states PAK --from 2010 --to 2010 --format csv --no-provenance)
entente_cli_case(panel_state_year_pak 0 "^770,2010,770,0,0.014088254,.*,88,-0\\.187051604143[0-9]*,2225.67,[0-9.]+,2,0.34122405" ""
  panel --unit state-year --states PAK --from 2010 --to 2010 --format csv --no-provenance)
entente_cli_case(panel_state_year_with 2 "" "are for dyad-years" panel --unit state-year --with votes)
# Identity of the year (issue 17): COW 345 is Yugoslavia (YUG, GW 345) in 1995 and Serbia (SRB, GW 340) in 2010.
entente_cli_case(panel_state_year_identity_1995 0 "^345,1995,345,YUG," ""
  panel --unit state-year --states 345 --from 1995 --to 2010 --iso --format csv --no-provenance)
entente_cli_case(panel_state_year_identity_2010 0 "^345,2010,340,SRB," ""
  panel --unit state-year --states 345 --from 1995 --to 2010 --iso --format csv --no-provenance)
entente_cli_case(panel_dyad_year_identity 0 "^345,344,2010,340,344,SRB,HRV" ""
  panel --states 345,344 --both --from 2010 --to 2010 --iso --with majors --format csv --no-provenance)
# Issue 18: a period outside every chosen source's years is the frame with empty columns, and a note on
# standard error where the CSV carries none; a period outside the state system is said there too.
entente_cli_case(issue18_panel_note_outside_every_source 0 "^2,20,1990,2,20,,,,$" "note: arms: data cover 1995-2025; its columns are empty in 1990-1994"
  panel --undirected --states USA,CAN --both --from 1990 --to 1994 --with arms --format csv --no-provenance)
entente_cli_case(issue18_panel_note_outside_system 0 "^ccode1,ccode2,year," "note: the COW state system covers 1816-2016; 2017 is outside it"
  panel --from 2017 --format csv --no-provenance)
# NMC's six components on request, with peacesciencer's names (Morocco 1912: -9 military figures are empty).
entente_cli_case(issue18_panel_nmc_components 0 "^220,600,1912,220,600,61367,642,4429,60034,39670,5843,,,,,4517.6,173.6444444$" ""
  panel --states MOR,FRN --both --from 1912 --to 1912 --with nmc_components --format csv --no-provenance)
