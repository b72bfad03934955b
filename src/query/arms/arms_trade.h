// Arms imports of a recipient by supplier and year, or exports of a supplier
// by recipient and year: the supplier-by-year table of SIPRI TIV with row and
// column totals and shares (the seed paper's Table 1 is
// `imports PAK 2013-2018 by supplier and year`).
#ifndef ENTENTE_QUERY_ARMS_ARMS_TRADE_H_
#define ENTENTE_QUERY_ARMS_ARMS_TRADE_H_

#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "core/answer.h"
#include "core/status.h"
#include "query/workspace.h"

namespace entente {

enum class ArmsDirection { kImports, kExports };
// Rows by trading partner, by year, or partner by year.
enum class TradeBy { kPartner, kYear, kPartnerYear };

struct ArmsTradeRequest {
  ArmsDirection direction = ArmsDirection::kImports;
  std::string state;  // the recipient of imports or the supplier of exports
  std::optional<int> from;
  std::optional<int> to;
  TradeBy by = TradeBy::kPartner;
  // Keep the N largest partners and sum the rest in one "other" row; 0 keeps all.
  int top = 0;
  // Partner by year as a cross table (a column per year, a Total row) for
  // people, instead of the tidy one row per partner and year.
  bool wide = false;
};

// The names of --by: supplier, year, supplier,year for imports; recipient,
// year, recipient,year for exports.
const std::map<std::string, TradeBy>& TradeByNames(ArmsDirection direction);
// The `by` value named `text` (any case); a usage error naming the choices otherwise.
Result<TradeBy> ParseTradeBy(ArmsDirection direction, std::string_view text);

// Returns the answer, a usage error for an unknown state, a bad period or
// options that do not go together (top with rows by year, wide without rows
// by partner and year), or not-found when the register records no deliveries
// for the state then.
Result<Answer> ArmsTrade(Workspace& ws, const ArmsTradeRequest& request);

}  // namespace entente

#endif  // ENTENTE_QUERY_ARMS_ARMS_TRADE_H_
