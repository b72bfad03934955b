# `entente events`
set(EVENT_FIXTURES ${CMAKE_SOURCE_DIR}/tests/fixtures/events)
entente_cli_case(events_pair_period 0 "^2015-04,,month,2015-04-yuan-class-submarines-agreement,defence_procurement,PAK CHN,770 710," ""
  events PAK CHN --from 2013 --to 2018 --format csv --no-provenance)
entente_cli_case(events_header 0 "^date,end,precision,id,category,states,ccodes,organisations,summary,date_note,page,footnote,source,url,links,record$" ""
  events Pakistan PRC --format csv --no-provenance)
entente_cli_case(events_veto_json 0 "\"links\": \"veto_draft:S/10771\"" "" events China --search veto --format json)
entente_cli_case(events_category 0 "^2012,,year,2012-suparco-cnsa-programme,space_technology," ""
  events PAK --category space_technology --format csv --no-provenance)
entente_cli_case(events_decade 0 "^1950s,,decade,1950s-pakistan-joins-seato-cento,agreement,PAK USA," ""
  events PAK USA --to 1965 --format csv --no-provenance)
entente_cli_case(events_provenance 0 "^# dataset: unsc_vetoes" "" events PAK --format csv --comments)
entente_cli_case(events_user_file 0 "^2013-05,,month,2013-05-li-keqiang-visits-pakistan,diplomacy,CHN PAK," ""
  events PAK CHN --events ${EVENT_FIXTURES}/analyst_events.toml --format csv --no-provenance)
entente_cli_case(events_unknown_country 2 "" "unknown country \"Pakistaan\"; did you mean Pakistan" events Pakistaan)
entente_cli_case(events_no_state 2 "" "give one state, or two" events)
entente_cli_case(events_bad_period 2 "" "--from 2019 is after --to 2010" events PAK --from 2019 --to 2010)
entente_cli_case(events_outside_record 2 "" "the event records cover 1950-2019" events PAK --from 2030)
entente_cli_case(issue15_events_no_match_exits_0 0 "" "entente: note: .*no event in the records involves Pakistan \\(PAK, 770\\) and Brazil" events PAK BRA)
entente_cli_case(events_bad_category 2 "" "--category: trade not in" events PAK --category trade)
entente_cli_case(events_missing_file 2 "" "File does not exist" events PAK --events /nonexistent/events.toml)
entente_cli_case(events_broken_file 3 "" "broken_events.toml:5:8: event \"2016-broken\": field \"date\": got \"2016-02-30\""
  events PAK --events ${EVENT_FIXTURES}/broken_events.toml)
entente_cli_case(events_help 0 "Examples:" "" events --help)

# `entente events validate`
entente_cli_case(events_validate 0 "^events/faisal_beyond_cpec.toml,58,1950,2019,[0-9]+,[0-9]+,valid$" ""
  events validate --format csv --no-provenance)
entente_cli_case(events_validate_file 0 "analyst_events.toml,2,2013,2016,4,0,valid$" ""
  events validate ${EVENT_FIXTURES}/analyst_events.toml --format csv --no-provenance)
entente_cli_case(events_validate_broken 3 "" "broken_events.toml:7:1: event \"2016-broken\": unknown field \"catgory\""
  events validate ${EVENT_FIXTURES}/broken_events.toml)
entente_cli_case(events_validate_link 3 "" "broken_events.toml:11:16: event \"2016-broken\": field \"links.sipri_deals\": got \"99999999\""
  events validate ${EVENT_FIXTURES}/broken_events.toml)
entente_cli_case(events_validate_states 2 "" "takes files, not states" events PAK validate)
