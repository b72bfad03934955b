// Reading and validating ATOP directed dyad-years.
#include "data/atop_alliance.h"

#include "data/csv_reader.h"
#include "data/field_parse.h"

namespace entente {
namespace {


}  // namespace

const char* AtopPledgeName(AtopPledge p) {
  switch (p) {
    case AtopPledge::kDefense: return "defense";
    case AtopPledge::kOffense: return "offense";
    case AtopPledge::kNeutrality: return "neutrality";
    case AtopPledge::kNonAggression: return "non_aggression";
    case AtopPledge::kConsultation: return "consultation";
  }
  return "";
}

const char* AtopPledgeColumn(AtopPledge p) {
  switch (p) {
    case AtopPledge::kDefense: return "atop_defense";
    case AtopPledge::kOffense: return "atop_offense";
    case AtopPledge::kNeutrality: return "atop_neutral";
    case AtopPledge::kNonAggression: return "atop_nonagg";
    case AtopPledge::kConsultation: return "atop_consul";
  }
  return "";
}

Result<std::vector<AtopDyadYear>> LoadAtopAlliance(std::istream& in, const std::string& source) {
  CsvReader reader(in, source);
  auto cols = StartAndFindColumns(reader, {"ccode1", "ccode2", "year", "atop_defense", "atop_offense",
                                           "atop_neutral", "atop_nonagg", "atop_consul"});
  if (!cols.ok()) return cols.status();
  const std::vector<size_t>& c = *cols;
  std::vector<AtopDyadYear> rows;
  CsvRecord rec;
  bool has = false;
  for (;;) {
    ENTENTE_RETURN_IF_ERROR(reader.Next(&rec, &has));
    if (!has) break;
    AtopDyadYear r;
    ENTENTE_RETURN_IF_ERROR(ReadInt(reader, rec, c[0], 1, kMaxCowCode, &r.ccode1.value));
    ENTENTE_RETURN_IF_ERROR(ReadInt(reader, rec, c[1], 1, kMaxCowCode, &r.ccode2.value));
    ENTENTE_RETURN_IF_ERROR(ReadInt(reader, rec, c[2], kMinCowYear, kMaxDataYear, &r.year));
    for (size_t i = 0; i < kAtopPledgeCount; ++i) {
      bool v = false;
      ENTENTE_RETURN_IF_ERROR(ReadFlag(reader, rec, c[3 + i], &v));
      r.pledges[i] = v;
    }
    rows.push_back(r);
  }
  return rows;
}

Result<std::vector<AtopDyadYear>> LoadAtopAlliance(const std::filesystem::path& path) {
  std::ifstream in;
  ENTENTE_RETURN_IF_ERROR(OpenForReading(path, &in));
  return LoadAtopAlliance(in, path.string());
}

}  // namespace entente
