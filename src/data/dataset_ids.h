// DatasetIds: the identifiers of dataset rows that event records link to, and
// only those; the full datasets have their own loaders.
//
// - SIPRI Arms Transfers Database, trade register (sipri/trade_register.csv,
//   SIPRI, deliveries 1995-2025, generated 12 Feb 2026; "Source: SIPRI Arms
//   Transfers Database"): column `SIPRI AT Database ID`, a whole number; one
//   deal has a row per delivery year, so ids repeat. Eleven preamble lines and
//   a ';' ending every line, as the manifest's CSV options say.
// - UN Security Council vetoes 1946-Sept 2022 (unsc/unsc_vetoes_1946_sept2022.csv,
//   Carlos L. Yordan, world-politics-datalab): column `draft`, the vetoed
//   draft's symbol such as "S/10771"; never empty.
// - Nuclear power reactors (nuclear/nuclear_power_plants.csv, GeoNuclearData,
//   ODbL): columns `Name` (e.g. "KANUPP-2") and `IAEAId` (a whole number, empty
//   for reactors IAEA PRIS does not list).
// A malformed id is a data error naming file, line, column and the text.
#ifndef ENTENTE_DATA_DATASET_IDS_H_
#define ENTENTE_DATA_DATASET_IDS_H_

#include <filesystem>
#include <istream>
#include <set>
#include <string>

#include "core/status.h"
#include "data/csv_reader.h"

namespace entente {

struct DatasetIds {
  std::set<std::string, std::less<>> sipri_deals;  // decimal text, e.g. "52997"
  std::set<std::string, std::less<>> veto_drafts;  // e.g. "S/10771"
  std::set<std::string, std::less<>> reactors;     // names and IAEA ids, e.g. "KANUPP-2", "1067"
};

// Each adds the ids of one dataset to *ids. `options` are the dataset's CSV
// options from the manifest (SIPRI's preamble and line-end mark).
Status ReadSipriDealIds(std::istream& in, const std::string& source, const CsvOptions& options, DatasetIds* ids);
Status ReadVetoDrafts(std::istream& in, const std::string& source, const CsvOptions& options, DatasetIds* ids);
Status ReadReactorIds(std::istream& in, const std::string& source, const CsvOptions& options, DatasetIds* ids);

// Path overloads: open `path` (an i/o error when it cannot be read) and name
// it `source` in messages.
Status ReadSipriDealIds(const std::filesystem::path& path, const std::string& source, const CsvOptions& options,
                        DatasetIds* ids);
Status ReadVetoDrafts(const std::filesystem::path& path, const std::string& source, const CsvOptions& options,
                      DatasetIds* ids);
Status ReadReactorIds(const std::filesystem::path& path, const std::string& source, const CsvOptions& options,
                      DatasetIds* ids);

}  // namespace entente

#endif  // ENTENTE_DATA_DATASET_IDS_H_
