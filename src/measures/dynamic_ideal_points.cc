// The joint dynamic problem and its fit.
#include "measures/dynamic_ideal_points.h"

#include <numeric>
#include <unordered_map>

namespace entente {
namespace {

size_t FindRoot(std::vector<size_t>& parent, size_t i) {
  while (parent[i] != i) i = parent[i] = parent[parent[i]];
  return i;
}

}  // namespace

DynamicFit BuildDynamicProblem(const std::vector<IrtSession>& sessions,
                               const std::vector<std::pair<IrtItemRef, IrtItemRef>>& links, WalkPrior walk) {
  DynamicFit d;
  std::vector<size_t>& item_offset = d.item_offset;
  size_t units = 0, items = 0;
  for (const IrtSession& s : sessions) {
    d.unit_offset.push_back(units);
    item_offset.push_back(items);
    units += s.problem.units;
    items += s.problem.items;
  }
  std::vector<size_t> parent(items);
  std::iota(parent.begin(), parent.end(), 0);
  for (const auto& [r1, r2] : links) {
    size_t a = FindRoot(parent, item_offset[r1.first] + r1.second);
    size_t b = FindRoot(parent, item_offset[r2.first] + r2.second);
    if (a == b) continue;
    parent[std::max(a, b)] = std::min(a, b);
    ++d.linked_items;
  }
  std::vector<uint32_t>& merged = d.item_of;
  merged.assign(items, 0);
  size_t next = 0;
  std::vector<int64_t> id(items, -1);
  for (size_t j = 0; j < items; ++j) {
    size_t r = FindRoot(parent, j);
    if (id[r] < 0) id[r] = static_cast<int64_t>(next++);
    merged[j] = static_cast<uint32_t>(id[r]);
  }
  IrtProblem& pr = d.problem;
  pr.units = units;
  pr.items = next;
  pr.rho = walk.rho;
  pr.omega2 = walk.omega2;
  pr.session_prior = walk.session_prior;
  pr.prev.assign(units, -1);
  pr.gap.assign(units, 1);
  pr.session.assign(units, 0);
  std::unordered_map<int, std::pair<int32_t, int>> last;  // state -> (unit, session)
  for (size_t s = 0; s < sessions.size(); ++s) {
    const IrtSession& ses = sessions[s];
    for (const IrtVote& v : ses.problem.votes) {
      pr.votes.push_back(IrtVote{static_cast<uint32_t>(d.unit_offset[s] + v.unit),
                                 merged[item_offset[s] + v.item], v.choice});
    }
    for (size_t u = 0; u < ses.problem.units; ++u) {
      int32_t g = static_cast<int32_t>(d.unit_offset[s] + u);
      pr.session[g] = static_cast<int32_t>(s);
      auto it = last.find(ses.state[u]);
      if (it != last.end()) {
        pr.prev[g] = it->second.first;
        pr.gap[g] = std::max(1, ses.session - it->second.second);
      }
      last[ses.state[u]] = {g, ses.session};
    }
  }
  return d;
}

DynamicFit FitDynamic(const std::vector<IrtSession>& sessions,
                      const std::vector<std::pair<IrtItemRef, IrtItemRef>>& links,
                      const std::vector<SessionFit>& statics, int anchor, const IrtControl& control, WalkPrior walk) {
  DynamicFit d = BuildDynamicProblem(sessions, links, walk);
  IrtFit start;
  start.x.assign(d.problem.units, 0.0);
  start.item.assign(d.problem.items, IrtItem{0, 0, 0});
  std::vector<double> count(d.problem.items, 0.0);
  for (size_t s = 0; s < sessions.size(); ++s) {
    const IrtFit& f = statics[s].fit;
    for (size_t u = 0; u < f.x.size(); ++u) start.x[d.unit_offset[s] + u] = f.x[u];
  }
  // Merged items start at the mean of their roll calls' static estimates.
  for (size_t s = 0; s < sessions.size(); ++s) {
    for (size_t j = 0; j < sessions[s].problem.items; ++j) {
      const uint32_t m = d.item_of[d.item_offset[s] + j];
      const IrtItem& it = statics[s].fit.item[j];
      start.item[m].a += it.a, start.item[m].b += it.b, start.item[m].s2 += it.s2;
      count[m] += 1;
    }
  }
  for (size_t j = 0; j < d.problem.items; ++j) {
    if (count[j] == 0) {
      start.item[j] = IrtItem{};
      continue;
    }
    start.item[j].a /= count[j], start.item[j].b /= count[j], start.item[j].s2 /= count[j];
  }
  d.fit = FitIrt(d.problem, std::move(start), control);
  double sum = 0;
  for (size_t s = 0; s < sessions.size(); ++s) {
    for (size_t u = 0; u < sessions[s].state.size(); ++u) {
      if (sessions[s].state[u] == anchor) sum += d.fit.x[d.unit_offset[s] + u];
    }
  }
  if (sum < 0) Reflect(&d.fit);
  return d;
}

}  // namespace entente
