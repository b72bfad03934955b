# `entente check`
entente_cli_case(check_seed 0 "verdicts: [0-9]+ supported" "" check ${CMAKE_SOURCE_DIR}/claims/pakistan-china-beyond-cpec.toml --format table)
entente_cli_case(check_seed_json 0 "\"verdict\": \"supported\"" "" check ${CMAKE_SOURCE_DIR}/claims/pakistan-china-beyond-cpec.toml --format json)
entente_cli_case(check_strict 1 "" "--strict: [0-9]+ claim\\(s\\) not supported" check ${CMAKE_SOURCE_DIR}/claims/pakistan-china-beyond-cpec.toml --strict --format csv)
entente_cli_case(check_metrics 0 "votes.kappa" "" check --metrics --format csv)
entente_cli_case(check_missing_file 2 "" "FILE" check /nonexistent.toml)
entente_cli_case(check_broken 2 "" "bad_expect.toml:[0-9]+:[0-9]+: claim \"x\": expect: give exactly one of" check ${CMAKE_SOURCE_DIR}/tests/fixtures/claims/bad_expect.toml)
entente_cli_case(check_unknown_metric 2 "" "unknown_metric.toml:6:10: claim \"x\": unknown metric \"votes.tau\"; did you mean \"votes.ia\"\\?" check ${CMAKE_SOURCE_DIR}/tests/fixtures/claims/unknown_metric.toml)
entente_cli_case(check_seed_evidence 0 "\"test\": \"Mann-Kendall, S = " "" check ${CMAKE_SOURCE_DIR}/claims/pakistan-china-beyond-cpec.toml --format json)
entente_cli_case(check_seed_csv_columns 0 "verdict,reason,estimate,ci_low,ci_high,interval,test,p_value,n," "" check ${CMAKE_SOURCE_DIR}/claims/pakistan-china-beyond-cpec.toml --format csv)

# Issue 16: every mistake in a claim file is a usage error (exit 2) naming
# FILE:LINE:COLUMN and what was expected, and no claim is checked.
set(CLAIM_FIXTURES ${CMAKE_SOURCE_DIR}/tests/fixtures/claims)
entente_cli_case(issue16_claim_unknown_top_key 2 ""
  "issue16_unknown_top_key.toml:1:1: unknown key \"titel\" at the top of the file; expected paper, claim"
  check ${CLAIM_FIXTURES}/issue16_unknown_top_key.toml)
entente_cli_case(issue16_claim_unknown_paper_key 2 ""
  "issue16_unknown_paper_key.toml:3:1: unknown key \"autor\" in \\[paper\\]; expected title, author, published"
  check ${CLAIM_FIXTURES}/issue16_unknown_paper_key.toml)
entente_cli_case(issue16_claim_unknown_claim_key 2 ""
  "issue16_unknown_claim_key.toml:11:1: claim \"x\": unknown key \"notes\"; expected id, text, where, metric, params, expect, show, note"
  check ${CLAIM_FIXTURES}/issue16_unknown_claim_key.toml)
entente_cli_case(issue16_claim_by_decade 2 ""
  "issue16_by_decade.toml:9:63: claim \"x\": parameter \"by\" of votes.agree: expected \"year\", got the string \"decade\""
  check ${CLAIM_FIXTURES}/issue16_by_decade.toml)
entente_cli_case(issue16_claim_nuclear_status 2 ""
  "issue16_nuclear_status.toml:9:36: claim \"x\": parameter \"status\" of nuclear.reactors: reactor status \"operating\" is not in the data; did you mean \"Operational\"\\? It has .*Under Construction"
  check ${CLAIM_FIXTURES}/issue16_nuclear_status.toml)
entente_cli_case(issue16_claim_nuclear_supplier 2 ""
  "issue16_nuclear_supplier.toml:9:38: claim \"x\": parameter \"supplier\" of nuclear.reactors: vendor state \\(iso3\\) \"ZZZ\" is not in the data; it has CAN, CHN, .*USA"
  check ${CLAIM_FIXTURES}/issue16_nuclear_supplier.toml)
entente_cli_case(issue16_claim_nuclear_model 2 ""
  "issue16_nuclear_model.toml:9:35: claim \"x\": parameter \"model\" of nuclear.reactors: reactor model \"ACP-9999\" is not in the data; did you mean \"ACP-1000\"\\?"
  check ${CLAIM_FIXTURES}/issue16_nuclear_model.toml)
entente_cli_case(issue16_claim_value_inf 2 ""
  "issue16_value_inf.toml:10:37: claim \"x\": expect.tolerance: expected a finite number, got inf"
  check ${CLAIM_FIXTURES}/issue16_value_inf.toml)
entente_cli_case(issue16_claim_value_nan 2 ""
  "issue16_value_nan.toml:10:20: claim \"x\": expect.value: expected a finite number, got nan"
  check ${CLAIM_FIXTURES}/issue16_value_nan.toml)
entente_cli_case(issue16_claim_min_above_max 2 ""
  "issue16_min_above_max.toml:10:18: claim \"x\": expect: min = 0.9 is above max = 0.1; give min <= max"
  check ${CLAIM_FIXTURES}/issue16_min_above_max.toml)
entente_cli_case(issue16_claim_equals_on_number 2 ""
  "issue16_equals_on_number.toml:10:21: claim \"x\": expect.equals: votes.ia gives a number, .*, not a text like \"CHN\""
  check ${CLAIM_FIXTURES}/issue16_equals_on_number.toml)
entente_cli_case(issue16_claim_units_differ 2 ""
  "issue16_units_differ.toml:10:31: claim \"x\": expect.below: votes.ia is measured in .* and arms.tiv in \"TIV, millions\"; a comparison needs two metrics of the same unit"
  check ${CLAIM_FIXTURES}/issue16_units_differ.toml)
entente_cli_case(issue16_claim_year_negative 2 ""
  "issue16_year_negative.toml:9:41: claim \"x\": parameter \"from\" of votes.ia: expected a year from 1816 to 2100, got -5 \\(coverage of UN General Assembly roll-call votes: 1946-2020\\)"
  check ${CLAIM_FIXTURES}/issue16_year_negative.toml)
entente_cli_case(issue16_claim_year_far 2 ""
  "issue16_year_far.toml:9:52: claim \"x\": parameter \"to\" of votes.ia: expected a year from 1816 to 2100, got 99999"
  check ${CLAIM_FIXTURES}/issue16_year_far.toml)
entente_cli_case(issue16_claim_from_after_to 2 ""
  "issue16_from_after_to.toml:9:41: claim \"x\": from = 2017 is after to = 1971; give from <= to"
  check ${CLAIM_FIXTURES}/issue16_from_after_to.toml)
entente_cli_case(issue16_claim_missing_param 2 ""
  "issue16_missing_param.toml:9:10: claim \"x\": metric votes.ia needs parameter \"b\" \\(second state\\)"
  check ${CLAIM_FIXTURES}/issue16_missing_param.toml)
entente_cli_case(issue16_claim_year_as_string 2 ""
  "issue16_year_as_string.toml:9:41: claim \"x\": parameter \"from\" of votes.ia: expected a year, a whole number such as 1971, got the string \"1971\"; write from = 1971"
  check ${CLAIM_FIXTURES}/issue16_year_as_string.toml)
entente_cli_case(issue16_claim_trend_without_by 2 ""
  "issue16_trend_without_by.toml:10:20: claim \"x\": expect.trend: a trend needs a yearly series; add by = \"year\" to params"
  check ${CLAIM_FIXTURES}/issue16_trend_without_by.toml)
entente_cli_case(issue16_claim_toml_syntax 2 ""
  "usage error: .*issue16_toml_syntax.toml:6:33: "
  check ${CLAIM_FIXTURES}/issue16_toml_syntax.toml)
entente_cli_case(issue16_claim_all_problems_listed 2 ""
  "2 problems in the claim file, no claim checked"
  check ${CLAIM_FIXTURES}/issue16_value_inf.toml)
entente_cli_case(issue16_claim_seed_verdicts 0 "verdicts: 20 supported, 3 partly supported, 2 not supported, 1 not checkable" ""
  check ${CMAKE_SOURCE_DIR}/claims/pakistan-china-beyond-cpec.toml --format table)
