// `entente arms imports R` and `entente arms exports S`: TIV by partner and year.
#include <memory>

#include <fmt/format.h>

#include "cli/arms_commands.h"
#include "cli/validators.h"
#include "core/text.h"
#include "query/arms/arms_trade.h"

namespace entente {
namespace {

void SetupTrade(CLI::App& arms, CliContext& ctx, ArmsDirection direction) {
  const bool imports = direction == ArmsDirection::kImports;
  const std::string partner = imports ? "supplier" : "recipient";
  auto req = std::make_shared<ArmsTradeRequest>();
  req->direction = direction;
  CLI::App* cmd = arms.add_subcommand(
      imports ? "imports" : "exports",
      imports ? "A recipient's arms imports by supplier and year, with totals and shares (SIPRI TIV)"
              : "A supplier's arms exports by recipient and year, with totals and shares (SIPRI TIV)");
  cmd->add_option(imports ? "RECIPIENT" : "SUPPLIER", req->state,
                  "A state: name, ISO2, ISO3 or COW code; or a non-state actor's name as SIPRI spells it")
      ->required();
  AddYearOptions(cmd, req->from, req->to);
  const std::string by_choices = fmt::format("{0}|year|{0},year", partner);
  cmd->add_option("--by", req->by, fmt::format("Rows: {0}, year or {0},year [default: {0}]", partner))
      ->transform(CLI::Validator(
          [direction](std::string& text) -> std::string {
            Result<TradeBy> by = ParseTradeBy(direction, text);
            if (!by.ok()) return by.status().message();
            text = std::to_string(static_cast<int>(*by));
            return "";
          },
          by_choices));
  cmd->add_option("--top", req->top,
                  fmt::format("Keep the N largest {}s; sum the rest in one \"Other\" row [default: all]", partner))
      ->check(Count());
  cmd->add_flag("--wide", req->wide,
                fmt::format("With --by {},year: a cross table for reading (a column per year, a Total row) "
                            "instead of one row per {} and year", partner, partner));
  // The tidy table is the default now; --long is still accepted.
  cmd->add_flag("--long")->description("With --by PARTNER,year: one row per partner and year (the default)")->group("");
  ctx.AddCommonOptions(cmd);
  cmd->footer(fmt::format(
      "Columns: --by {0}: {0} (SIPRI's name), {0}_ccode, {0}_iso3, {0}_stateabb, tiv, share (of the period's "
      "total).\n"
      "  --by {0},year: {0}, {0}_ccode, {0}_iso3, {0}_stateabb, year, tiv, share_of_year: every year of the\n"
      "  period for each {0}, 0 without deliveries (--wide: one column per year, total, share, a Total row).\n"
      "  --by year: year, tiv, share (of the period's total), {0}s (with TIV > 0 that year).\n"
      "Facts: total TIV, peak year and the Herfindahl-Hirschman concentration of the {0}s.\n\n{1}\n\n"
      "Examples:\n"
      "  entente arms {2} {3} --from 2013 --to 2018 --by {0},year\n"
      "  entente arms {2} {3} --from 2013 --to 2017\n"
      "  entente arms {2} {3} --by year --format json\n"
      "  entente arms {2} {4} --from 2020 --to 2024 --top 5",
      partner, kArmsHelpCaveats, imports ? "imports" : "exports", imports ? "PAK" : "CHN",
      imports ? "India" : "\"United States\""));
  cmd->callback([&ctx, req] {
    RunAndRecord(ctx, [&]() -> Status {
      Result<Workspace*> ws = ctx.workspace();
      if (!ws.ok()) return ws.status();
      Result<Answer> answer = ArmsTrade(**ws, *req);
      if (!answer.ok()) return answer.status();
      return ctx.Emit(std::move(*answer));
    });
  });
}

}  // namespace

void SetupArmsTradeCommands(CLI::App& arms, CliContext& ctx) {
  SetupTrade(arms, ctx, ArmsDirection::kImports);
  SetupTrade(arms, ctx, ArmsDirection::kExports);
}

}  // namespace entente
