// SIPRI Arms Transfers Database, trade register: one row per deal and year of
// delivery.
//
// Dataset:   SIPRI Arms Transfers Database, trade register ("Transfers of
//            major conventional arms from All countries to All countries",
//            deliveries 1995-2025, generated 12 Feb 2026).
// Publisher: Stockholm International Peace Research Institute (SIPRI).
// URL:       https://www.sipri.org/databases/armstransfers
// Citation:  "Source: SIPRI Arms Transfers Database."
// Columns used (17, all of them):
//   SIPRI AT Database ID            deal id (integer); one deal spans several rows, one per delivery year
//   Supplier, Recipient             SIPRI's names, resolved with CountryRegistry::MatchActor
//   Designation, Description        the weapon ("JF-17 -", "FGA aircraft")
//   Armament category               "Aircraft", "Ships", "Missiles", ...
//   Order date (+ is estimate)      year of the order
//   Numbers delivered (+ is est.)   units delivered in the delivery year
//   Delivery year (+ is estimate)   calendar year
//   Status                          "New", "Second hand", "Second hand but modernized"
//   SIPRI estimate                  TIV of one new unit (millions of TIV)
//   TIV deal unit                   TIV of one unit in this deal (millions; lower for second-hand)
//   TIV delivery values             TIV delivered in that year (millions of TIV)
//   Local production                Yes/No: produced under licence in the recipient
// Quirks handled:
//   - 11 preamble lines; the header is on line 12; every line ends with ';'
//     before CRLF (the manifest's CsvOptions say so; pass them in).
//   - Suppliers and recipients are names in SIPRI's spelling ("Turkiye",
//     "Viet Nam"); names ending in '*' are non-state actors and '**'
//     multinational ones, kept as named actors without a COW code, as are
//     "unknown supplier(s)" and "unknown recipient(s)". A name the registry
//     does not know is a data error.
//   - Empty "TIV delivery values" means SIPRI identified no deliveries: the
//     value is missing (nullopt), never 0. A "0" is a real value: SIPRI writes
//     0 for deliveries between 0 and 0.5 million TIV.
//   - A '?' after a number marks it uncertain (SIPRI's convention): the number
//     is kept and its estimate flag set. Empty numbers are missing.
//   - "is estimate" columns are Yes/No; empty means SIPRI did not say (nullopt).
//   - SIPRI rounds register values, so sums may differ slightly from SIPRI's
//     own published totals.
#ifndef ENTENTE_DATA_SIPRI_TRANSFERS_H_
#define ENTENTE_DATA_SIPRI_TRANSFERS_H_

#include <cstdint>
#include <filesystem>
#include <istream>
#include <optional>
#include <string>
#include <vector>

#include "core/period.h"
#include "core/status.h"
#include "data/country_registry.h"
#include "data/csv_reader.h"
#include "model/arms_register.h"

namespace entente {

// Reads the register from `in`; `source` names it in messages. Returns the
// whole register, or a data error naming source:line:column, the column, the
// bad text and what was expected. `csv` is the manifest's shape for the file.
Result<ArmsRegister> LoadSipriTransfers(std::istream& in, const std::string& source,
                                        const CountryRegistry& registry, const CsvOptions& csv);
// Opens `path` and reads it as above; `source` is its name in messages.
Result<ArmsRegister> LoadSipriTransfers(const std::filesystem::path& path, const std::string& source,
                                        const CountryRegistry& registry, const CsvOptions& csv);

}  // namespace entente

#endif  // ENTENTE_DATA_SIPRI_TRANSFERS_H_
