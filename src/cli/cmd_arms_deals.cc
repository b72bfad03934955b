// `entente arms deals`: deals of the trade register with their deliveries summed.
#include <memory>

#include <fmt/format.h>

#include "cli/arms_commands.h"
#include "cli/validators.h"
#include "query/arms/arms_deals.h"

namespace entente {

void SetupArmsDealsCommand(CLI::App& arms, CliContext& ctx) {
  auto req = std::make_shared<ArmsDealsRequest>();
  CLI::App* cmd = arms.add_subcommand(
      "deals", "Deals with their deliveries summed: designation, order year, units, years, TIV, status");
  cmd->add_option("--supplier", req->supplier, "Only deals from this state or actor");
  cmd->add_option("--recipient", req->recipient, "Only deals to this state or actor");
  AddYearOptions(cmd, req->from, req->to);
  cmd->add_option("--category", req->category,
                  "Only this armament category (Aircraft, Ships, Missiles, Armoured vehicles, Artillery, ...)")
      ->check(NonEmptyText());
  cmd->add_option("--search", req->search,
                  "Only deals whose designation or description contains TEXT as whole words, ignoring case and "
                  "punctuation (\"type 054a\" finds Type-054A); repeat for several (any matches)")
      ->check(NonEmptyText());
  ctx.AddCommonOptions(cmd, true, {"deals", "search"});
  cmd->footer(fmt::format(
      "Columns: deals: deal_id (SIPRI AT Database ID), supplier (SIPRI's name), supplier_ccode, supplier_iso3,\n"
      "supplier_stateabb, recipient, recipient_ccode, recipient_iso3, recipient_stateabb,\n"
      "designation, description, category, order_year, order_year_estimate, delivered (units delivered in\n"
      "the period), delivery_years, tiv (delivered in the period), status (New, Second hand, ...),\n"
      "local_production. With --search, search: term, deals, tiv, designations, one row per term; a term\n"
      "that matches nothing gets a note saying why a deal may be absent: the register lists only deals\n"
      "with a delivery in 1995-2024, so an order with nothing delivered yet is not in it.\n\n{}\n\n"
      "Examples:\n"
      "  entente arms deals --supplier CHN --recipient PAK --from 2013\n"
      "  entente arms deals --recipient PAK --search JF-17 --search Azmat --search \"Type 054A\"\n"
      "  entente arms deals --supplier China --category ships --format json\n"
      "  entente arms deals --recipient Pakistan --search submarine",
      kArmsHelpCaveats));
  cmd->callback([&ctx, req] {
    RunAndRecord(ctx, [&]() -> Status {
      Result<Workspace*> ws = ctx.workspace();
      if (!ws.ok()) return ws.status();
      Result<Answer> answer = ArmsDeals(**ws, *req);
      if (!answer.ok()) return answer.status();
      return ctx.Emit(std::move(*answer));
    });
  });
}

}  // namespace entente
