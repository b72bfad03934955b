// Reading the ids of SIPRI deals, vetoed drafts and reactors.
#include "data/dataset_ids.h"

#include <fstream>
#include <vector>

#include <fmt/format.h>

#include "core/text.h"

namespace entente {
namespace {

// What a column's ids must look like.
enum class IdShape { kWholeNumber, kWholeNumberOrEmpty, kText };

struct IdColumn {
  const char* name;
  IdShape shape;
};

// Reads every record and adds each listed column's non-empty value to *out.
Status ReadIds(std::istream& in, const std::string& source, const CsvOptions& options,
               const std::vector<IdColumn>& columns, std::set<std::string, std::less<>>* out) {
  CsvReader reader(in, source, options);
  ENTENTE_RETURN_IF_ERROR(reader.Start());
  std::vector<size_t> index;
  for (const IdColumn& c : columns) {
    Result<size_t> i = reader.ColumnIndex(c.name);
    if (!i.ok()) return i.status();
    index.push_back(*i);
  }
  CsvRecord rec;
  bool has = false;
  while (true) {
    ENTENTE_RETURN_IF_ERROR(reader.Next(&rec, &has));
    if (!has) break;
    for (size_t k = 0; k < columns.size(); ++k) {
      std::string_view text = rec.text(index[k]);
      long long number = 0;
      switch (columns[k].shape) {
        case IdShape::kWholeNumber:
          if (!ParseInt64(text, &number) || number < 0) return reader.FieldError(rec, index[k], "a whole number");
          break;
        case IdShape::kWholeNumberOrEmpty:
          if (text.empty()) continue;
          if (!ParseInt64(text, &number) || number < 0) {
            return reader.FieldError(rec, index[k], "a whole number or an empty field");
          }
          break;
        case IdShape::kText:
          if (text.empty()) return reader.FieldError(rec, index[k], "a non-empty identifier");
          break;
      }
      out->emplace(text);
    }
  }
  return Status::Ok();
}

template <typename Fn>
Status WithFile(const std::filesystem::path& path, Fn read) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IoError(fmt::format("cannot read {}", path.string()));
  return read(in);
}

}  // namespace

Status ReadSipriDealIds(std::istream& in, const std::string& source, const CsvOptions& options, DatasetIds* ids) {
  return ReadIds(in, source, options, {{"SIPRI AT Database ID", IdShape::kWholeNumber}}, &ids->sipri_deals);
}

Status ReadVetoDrafts(std::istream& in, const std::string& source, const CsvOptions& options, DatasetIds* ids) {
  return ReadIds(in, source, options, {{"draft", IdShape::kText}}, &ids->veto_drafts);
}

Status ReadReactorIds(std::istream& in, const std::string& source, const CsvOptions& options, DatasetIds* ids) {
  return ReadIds(in, source, options, {{"Name", IdShape::kText}, {"IAEAId", IdShape::kWholeNumberOrEmpty}},
                 &ids->reactors);
}

Status ReadSipriDealIds(const std::filesystem::path& path, const std::string& source, const CsvOptions& options,
                        DatasetIds* ids) {
  return WithFile(path, [&](std::istream& in) { return ReadSipriDealIds(in, source, options, ids); });
}

Status ReadVetoDrafts(const std::filesystem::path& path, const std::string& source, const CsvOptions& options,
                      DatasetIds* ids) {
  return WithFile(path, [&](std::istream& in) { return ReadVetoDrafts(in, source, options, ids); });
}

Status ReadReactorIds(const std::filesystem::path& path, const std::string& source, const CsvOptions& options,
                      DatasetIds* ids) {
  return WithFile(path, [&](std::istream& in) { return ReadReactorIds(in, source, options, ids); });
}

}  // namespace entente
