// Reading and validating the SIPRI trade register.
#include "data/sipri_transfers.h"

#include <array>
#include <fstream>
#include <map>
#include <unordered_map>

#include <fmt/format.h>

#include "core/text.h"

namespace entente {
namespace {

enum Col {
  kDealId, kSupplier, kRecipient, kDesignation, kDescription, kCategory, kOrderDate, kOrderDateEstimate,
  kDelivered, kDeliveredEstimate, kDeliveryYear, kDeliveryYearEstimate, kStatus, kTivUnitNew, kTivUnit,
  kTivDelivered, kLocalProduction, kColumnCount
};

constexpr std::array<const char*, kColumnCount> kColumnNames = {
    "SIPRI AT Database ID", "Supplier", "Recipient", "Designation", "Description", "Armament category",
    "Order date", "Order date is estimate", "Numbers delivered", "Numbers delivered is estimate",
    "Delivery year", "Delivery year is estimate", "Status", "SIPRI estimate", "TIV deal unit",
    "TIV delivery values", "Local production"};

// Register rows are longer than this (17 fields; the bundle's shortest row
// has 75 bytes), so the input's size divided by it bounds the number of rows.
// A shorter row would only make the reservation too small, never wrong.
constexpr int64_t kMinRowBytes = 48;

// Years a register row may name; anything else is a typo in the file.
constexpr int kFirstPlausibleYear = 1900;
constexpr int kLastPlausibleYear = 2100;

// A number that may be empty (missing) or end in SIPRI's '?' (uncertain).
struct MarkedText {
  std::string_view digits;
  bool uncertain = false;
};

// Bytes left in `in` when it can seek (files, strings); 0 otherwise.
int64_t RemainingBytes(std::istream& in) {
  std::streampos here = in.tellg();
  if (here == std::streampos(-1)) return 0;
  in.seekg(0, std::ios::end);
  std::streampos end = in.tellg();
  in.seekg(here);
  return end == std::streampos(-1) ? 0 : static_cast<int64_t>(end - here);
}

// Hashes std::string and std::string_view alike, so looking text up needs no copy.
struct TextHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

MarkedText StripUncertain(std::string_view text) {
  if (!text.empty() && text.back() == '?') return {text.substr(0, text.size() - 1), true};
  return {text, false};
}

// Parses the register one record at a time into `out`.
class RegisterBuilder {
 public:
  RegisterBuilder(CsvReader& reader, const CountryRegistry& registry, ArmsRegister& out)
      : reader_(reader), registry_(registry), out_(out) {}

  Status ReadColumns() {
    for (size_t i = 0; i < kColumnCount; ++i) {
      Result<size_t> c = reader_.ColumnIndex(kColumnNames[i]);
      if (!c.ok()) return c.status();
      col_[i] = *c;
    }
    return Status::Ok();
  }

  Status Add(const CsvRecord& rec) {
    ArmsDelivery d;
    long long id = 0;
    if (!ParseInt64(rec.text(col_[kDealId]), &id) || id <= 0) {
      return reader_.FieldError(rec, col_[kDealId], "a positive deal id");
    }
    d.deal_id = id;
    ENTENTE_RETURN_IF_ERROR(ActorOf(rec, kSupplier, &d.supplier));
    ENTENTE_RETURN_IF_ERROR(ActorOf(rec, kRecipient, &d.recipient));
    ENTENTE_RETURN_IF_ERROR(Text(rec, kDesignation, &d.designation));
    ENTENTE_RETURN_IF_ERROR(Text(rec, kDescription, &d.description));
    ENTENTE_RETURN_IF_ERROR(Text(rec, kCategory, &d.category));
    ENTENTE_RETURN_IF_ERROR(Text(rec, kStatus, &d.status));
    bool uncertain = false;
    ENTENTE_RETURN_IF_ERROR(Year(rec, kOrderDate, &d.order_year, &uncertain));
    ENTENTE_RETURN_IF_ERROR(Flag(rec, kOrderDateEstimate, uncertain, &d.order_year_estimate));
    ENTENTE_RETURN_IF_ERROR(Count(rec, kDelivered, &d.delivered, &uncertain));
    ENTENTE_RETURN_IF_ERROR(Flag(rec, kDeliveredEstimate, uncertain, &d.delivered_estimate));
    std::optional<int> year;
    ENTENTE_RETURN_IF_ERROR(Year(rec, kDeliveryYear, &year, &uncertain));
    if (!year) return reader_.FieldError(rec, col_[kDeliveryYear], "a delivery year");
    d.year = *year;
    ENTENTE_RETURN_IF_ERROR(Flag(rec, kDeliveryYearEstimate, uncertain, &d.year_estimate));
    ENTENTE_RETURN_IF_ERROR(Tiv(rec, kTivUnitNew, &d.tiv_unit_new));
    ENTENTE_RETURN_IF_ERROR(Tiv(rec, kTivUnit, &d.tiv_unit));
    ENTENTE_RETURN_IF_ERROR(Tiv(rec, kTivDelivered, &d.tiv));
    std::optional<bool> local;
    ENTENTE_RETURN_IF_ERROR(Flag(rec, kLocalProduction, false, &local));
    if (!local) return reader_.FieldError(rec, col_[kLocalProduction], "Yes or No");
    d.local_production = *local;

    if (!out_.years) {
      out_.years = Period{d.year, d.year};
    } else {
      out_.years->from = std::min(out_.years->from, d.year);
      out_.years->to = std::max(out_.years->to, d.year);
    }
    out_.deliveries.push_back(std::move(d));
    return Status::Ok();
  }

 private:
  Status ActorOf(const CsvRecord& rec, Col c, ActorId* id) {
    std::string_view name = rec.text(col_[c]);
    // The register lists rows by supplier, so the name is usually the last one seen.
    LastActor& last = c == kSupplier ? last_supplier_ : last_recipient_;
    if (last.id && name == last.name) {
      *id = *last.id;
      return Status::Ok();
    }
    if (auto it = by_name_.find(name); it != by_name_.end()) {
      *id = it->second;
      last = LastActor{std::string(name), *id};
      return Status::Ok();
    }
    std::optional<Actor> actor = registry_.MatchActor(name);
    if (!actor) {
      return reader_.FieldError(rec, col_[c],
                                "a state the country registry knows, or a non-state actor marked '*' or '**' "
                                "(add a new spelling to src/data/country_aliases.toml)");
    }
    // One actor per state, whatever SIPRI name it came under.
    std::string key = actor->is_state() ? fmt::format("#{}", actor->country->ccode.value) : "@" + actor->name;
    auto [it, inserted] = by_identity_.emplace(key, static_cast<ActorId>(out_.actors.size()));
    if (inserted) out_.actors.push_back(*actor);
    by_name_.emplace(std::string(name), it->second);
    *id = it->second;
    last = LastActor{std::string(name), *id};
    return Status::Ok();
  }

  Status Text(const CsvRecord& rec, Col c, TextId* out) {
    std::string_view text = rec.text(col_[c]);
    if (text.empty()) return reader_.FieldError(rec, col_[c], "a non-empty text");
    auto it = text_ids_.find(text);
    if (it == text_ids_.end()) {
      it = text_ids_.emplace(std::string(text), static_cast<TextId>(out_.texts.size())).first;
      out_.texts.emplace_back(text);
    }
    *out = it->second;
    return Status::Ok();
  }

  Status Year(const CsvRecord& rec, Col c, std::optional<int>* out, bool* uncertain) {
    MarkedText t = StripUncertain(rec.text(col_[c]));
    *uncertain = t.uncertain;
    if (t.digits.empty() && !t.uncertain) {
      out->reset();
      return Status::Ok();
    }
    int y = 0;
    if (!ParseInt(t.digits, &y) || y < kFirstPlausibleYear || y > kLastPlausibleYear) {
      return reader_.FieldError(rec, col_[c], fmt::format("a year between {} and {}, possibly followed by '?', "
                                                          "or an empty field", kFirstPlausibleYear,
                                                          kLastPlausibleYear));
    }
    *out = y;
    return Status::Ok();
  }

  Status Count(const CsvRecord& rec, Col c, std::optional<int>* out, bool* uncertain) {
    MarkedText t = StripUncertain(rec.text(col_[c]));
    *uncertain = t.uncertain;
    if (t.digits.empty() && !t.uncertain) {
      out->reset();
      return Status::Ok();
    }
    int n = 0;
    if (!ParseInt(t.digits, &n) || n < 0) {
      return reader_.FieldError(rec, col_[c], "a whole number of units, possibly followed by '?', or an empty field");
    }
    *out = n;
    return Status::Ok();
  }

  // Yes/No; empty is unknown. A '?' on the number it qualifies makes it an estimate.
  Status Flag(const CsvRecord& rec, Col c, bool uncertain, std::optional<bool>* out) {
    std::string_view t = rec.text(col_[c]);
    if (t == "Yes") {
      *out = true;
    } else if (t == "No") {
      *out = uncertain;
    } else if (t.empty()) {
      *out = uncertain ? std::optional<bool>(true) : std::nullopt;
    } else {
      return reader_.FieldError(rec, col_[c], "Yes, No or an empty field");
    }
    return Status::Ok();
  }

  Status Tiv(const CsvRecord& rec, Col c, std::optional<double>* out) {
    std::string_view t = rec.text(col_[c]);
    if (t.empty()) {
      out->reset();
      return Status::Ok();
    }
    double v = 0;
    if (!ParseDouble(t, &v) || v < 0) {
      return reader_.FieldError(rec, col_[c], "a non-negative number of millions of TIV or an empty field");
    }
    *out = v;
    return Status::Ok();
  }

  CsvReader& reader_;
  const CountryRegistry& registry_;
  ArmsRegister& out_;
  std::array<size_t, kColumnCount> col_{};
  struct LastActor {
    std::string name;
    std::optional<ActorId> id;
  };
  LastActor last_supplier_, last_recipient_;
  std::map<std::string, ActorId, std::less<>> by_name_;
  std::map<std::string, ActorId, std::less<>> by_identity_;
  std::unordered_map<std::string, TextId, TextHash, std::equal_to<>> text_ids_;
};

}  // namespace

Result<ArmsRegister> LoadSipriTransfers(std::istream& in, const std::string& source,
                                        const CountryRegistry& registry, const CsvOptions& csv) {
  ArmsRegister out;
  // Reserving for the most rows the input can hold spares the copies of a
  // growing vector; pages never written are never touched.
  out.deliveries.reserve(static_cast<size_t>(RemainingBytes(in) / kMinRowBytes));
  CsvReader reader(in, source, csv);
  ENTENTE_RETURN_IF_ERROR(reader.Start());
  RegisterBuilder builder(reader, registry, out);
  ENTENTE_RETURN_IF_ERROR(builder.ReadColumns());
  CsvRecord rec;
  bool has = false;
  while (true) {
    ENTENTE_RETURN_IF_ERROR(reader.Next(&rec, &has));
    if (!has) break;
    ENTENTE_RETURN_IF_ERROR(builder.Add(rec));
  }
  return out;
}

Result<ArmsRegister> LoadSipriTransfers(const std::filesystem::path& path, const std::string& source,
                                        const CountryRegistry& registry, const CsvOptions& csv) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IoError(fmt::format("cannot open {}", path.string()));
  return LoadSipriTransfers(in, source, registry, csv);
}

}  // namespace entente
