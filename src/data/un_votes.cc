// Parsing the votes, mapping each code or name to a COW code once.
#include "data/un_votes.h"

#include <map>
#include <optional>
#include <unordered_map>

#include <fmt/format.h>

#include "core/text.h"
#include "data/csv_reader.h"

namespace entente {

Result<std::vector<UnVote>> LoadUnVotes(std::istream& in, const std::string& source, const CountryRegistry& registry) {
  CsvReader reader(in, source);
  ENTENTE_RETURN_IF_ERROR(reader.Start());
  size_t col[4];
  const char* names[] = {"rcid", "country", "country_code", "vote"};
  for (size_t i = 0; i < 4; ++i) {
    Result<size_t> c = reader.ColumnIndex(names[i]);
    if (!c.ok()) return c.status();
    col[i] = *c;
  }
  // Few distinct codes: resolve each (code, name) pair once.
  std::map<std::string, int, std::less<>> resolved;
  std::vector<UnVote> out;
  out.reserve(1 << 20);
  CsvRecord rec;
  bool has = false;
  std::string code_key, name_key, key;
  while (true) {
    ENTENTE_RETURN_IF_ERROR(reader.Next(&rec, &has));
    if (!has) break;
    long long rcid = 0;
    if (!ParseInt64(rec.text(col[0]), &rcid) || rcid <= 0) return reader.FieldError(rec, col[0], "a positive roll-call id");
    const CsvField& code = rec[col[2]];
    // Unquoted NA: the code is missing and the name decides.
    bool missing_code = !code.quoted && code.text == "NA";
    code_key.assign(missing_code ? "" : code.text);
    name_key.assign(missing_code ? rec.text(col[1]) : "");
    key.assign(code_key).append(1, '\x1f').append(name_key);
    auto it = resolved.find(key);
    int ccode = 0;
    if (it != resolved.end()) {
      ccode = it->second;
    } else {
      if (missing_code) {
        std::optional<Actor> actor = registry.MatchActor(name_key);
        if (!actor || !actor->is_state()) {
          return reader.FieldError(rec, col[1], "the name of a state in the country registry (the code is NA)");
        }
        ccode = actor->country->ccode.value;
      } else {
        const Country* c = registry.FindIso2(code_key);
        if (c == nullptr) return reader.FieldError(rec, col[2], "an ISO 3166 alpha-2 code in the country registry");
        ccode = c->ccode.value;
      }
      resolved.emplace(key, ccode);
    }
    std::string_view v = rec.text(col[3]);
    VoteChoice choice;
    if (v == "yes") {
      choice = VoteChoice::kYes;
    } else if (v == "abstain") {
      choice = VoteChoice::kAbstain;
    } else if (v == "no") {
      choice = VoteChoice::kNo;
    } else {
      return reader.FieldError(rec, col[3], "yes, no or abstain");
    }
    out.push_back(UnVote{rcid, CowCode{ccode}, choice});
  }
  return out;
}

Result<std::vector<UnSeatSuccession>> UnSeatSuccessions(const CountryRegistry& registry,
                                                        const std::vector<MembershipSpell>& spells) {
  std::vector<UnSeatSuccession> out;
  for (const auto& [seat, successor] : registry.UnSeatSuccessions()) {
    std::optional<CalendarDate> seat_start, since;
    for (const MembershipSpell& s : spells) {
      if (s.ccode == seat && (!seat_start || s.start < *seat_start)) seat_start = s.start;
    }
    for (const MembershipSpell& s : spells) {
      if (s.ccode != successor || (seat_start && !(*seat_start < s.start))) continue;
      if (!since || s.start < *since) since = s.start;
    }
    if (!since) {
      return Status::DataError(fmt::format("cow/cow_states.csv: state {} has no spell of membership after state {} "
                                           "began, so the UN seat of {} cannot pass to it (src/data/"
                                           "country_aliases.toml, [un_seats])",
                                           successor.value, seat.value, seat.value));
    }
    out.push_back(UnSeatSuccession{seat, successor, *since, 0});
  }
  return out;
}

Result<std::vector<UnSeatSuccession>> RecodeSucceededSeats(std::vector<UnVote>* votes,
                                                           const std::vector<RollCall>& roll_calls,
                                                           const std::vector<MembershipSpell>& spells,
                                                           const CountryRegistry& registry) {
  Result<std::vector<UnSeatSuccession>> successions = UnSeatSuccessions(registry, spells);
  if (!successions.ok()) return successions.status();
  if (successions->empty()) return successions;
  std::unordered_map<int64_t, CalendarDate> date;
  date.reserve(roll_calls.size() * 2);
  for (const RollCall& rc : roll_calls) date.emplace(rc.rcid, rc.date);
  for (UnVote& v : *votes) {
    for (UnSeatSuccession& s : *successions) {
      if (v.ccode != s.seat) continue;
      auto it = date.find(v.rcid);
      if (it == date.end() || it->second < s.since) break;
      v.ccode = s.successor;
      ++s.votes;
      break;
    }
  }
  return successions;
}

}  // namespace entente
