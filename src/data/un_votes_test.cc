// Tests of the UN vote loaders on hand-written fixtures, good and broken.
#include <sstream>

#include <gtest/gtest.h>

#include "data/un_roll_call_issues.h"
#include "data/un_roll_calls.h"
#include "data/un_votes.h"
#include "data/vote_matrix.h"

namespace entente {
namespace un_votes_test {

CountryRegistry SmallRegistry() {
  std::istringstream codelist(
      "cown,cowc,iso2c,iso3c,country.name.en,country.name.en.regex,cow.name,iso.name.en,un.name.en,p4.name,vdem.name\n"
      "770,PAK,PK,PAK,Pakistan,pakistan,Pakistan,,,,\n"
      "710,CHN,CN,CHN,China,china,China,,,,\n"
      "565,NAM,NA,NAM,Namibia,namibia,Namibia,,,,\n"
      "260,GFR,,,West Germany,,German Federal Republic,,,,\n");
  std::istringstream states("stateabb,ccode,statenme,styear,endyear\nPAK,770,Pakistan,1947,2016\n"
                            "CHN,710,China,1860,2016\nNAM,565,Namibia,1990,2016\nGFR,260,German Federal Republic,1955,1990\n");
  Result<CountryRegistry> r = CountryRegistry::Build(codelist, "codelist.csv", states, "states.csv",
                                                     "[names]\n\"Federal Republic of Germany\" = 260\n");
  EXPECT_TRUE(r.ok()) << r.status().ToString();
  return std::move(r.value());
}

TEST(UnRollCalls, ReadsFlagsWithMissingValues) {
  std::istringstream in("\"rcid\",\"session\",\"importantvote\",\"date\",\"unres\",\"amend\",\"para\",\"short\",\"descr\"\n"
                        "3,1,0,1946-01-01,\"R/1/66\",1,0,\"A\",\"B\"\n"
                        "4,1,NA,1946-01-02,\"R/1/79\",NA,NA,\"C\",\"D, with a comma\"\n");
  Result<std::vector<RollCall>> r = LoadUnRollCalls(in, "rc.csv");
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_EQ(r->size(), 2u);
  EXPECT_EQ((*r)[0].important, false);
  EXPECT_EQ((*r)[0].amendment, true);
  EXPECT_FALSE((*r)[1].important.has_value());
  EXPECT_EQ((*r)[1].short_title, "C");
  EXPECT_EQ((*r)[1].date.day, 2);
}

TEST(UnRollCalls, RejectsMalformedRows) {
  struct Case {
    std::string row;
    std::string message;
  } cases[] = {
      {"x,1,0,1946-01-01,u,0,0,s,d", "rc.csv:2:1: column \"rcid\": got \"x\", expected a positive roll-call id"},
      {"3,1,2,1946-01-01,u,0,0,s,d", "rc.csv:2:5: column \"importantvote\": got \"2\", expected 0, 1 or NA"},
      {"3,1,0,1946-02-30,u,0,0,s,d", "rc.csv:2:7: column \"date\": got \"1946-02-30\", expected a date YYYY-MM-DD"},
      {"3,1,0,1946-01-01,u,\"NA\",0,s,d", "rc.csv:2:20: column \"amend\": got \"NA\", expected 0, 1 or NA"},
  };
  for (const auto& c : cases) {
    std::istringstream in("rcid,session,importantvote,date,unres,amend,para,short,descr\n" + c.row + "\n");
    Result<std::vector<RollCall>> r = LoadUnRollCalls(in, "rc.csv");
    ASSERT_FALSE(r.ok()) << c.row;
    EXPECT_EQ(r.status().message(), c.message);
  }
}

TEST(UnRollCallIssues, RejectsUnknownTagsAndMismatchedNames) {
  std::istringstream good("\"rcid\",\"short_name\",\"issue\"\n77,\"me\",\"Palestinian conflict\"\n");
  Result<std::vector<RollCallIssue>> r = LoadUnRollCallIssues(good, "i.csv");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ((*r)[0].issue, UnIssue::kMe);
  std::istringstream bad("rcid,short_name,issue\n77,zz,Whatever\n");
  Result<std::vector<RollCallIssue>> b = LoadUnRollCallIssues(bad, "i.csv");
  ASSERT_FALSE(b.ok());
  EXPECT_EQ(b.status().message(), "i.csv:2:4: column \"short_name\": got \"zz\", expected one of me, nu, di, co, hr, ec");
  std::istringstream bad2("rcid,short_name,issue\n77,nu,Colonialism\n");
  ASSERT_FALSE(LoadUnRollCallIssues(bad2, "i.csv").ok());
}

TEST(UnVotes, QuotedNaIsNamibiaAndUnquotedNaIsIdentifiedByName) {
  CountryRegistry reg = SmallRegistry();
  std::istringstream in("\"rcid\",\"country\",\"country_code\",\"vote\"\n"
                        "3,\"Namibia\",\"NA\",\"yes\"\n"
                        "3,\"Federal Republic of Germany\",NA,\"no\"\n"
                        "3,\"Pakistan\",\"PK\",\"abstain\"\n");
  Result<std::vector<UnVote>> r = LoadUnVotes(in, "v.csv", reg);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_EQ(r->size(), 3u);
  EXPECT_EQ((*r)[0].ccode.value, 565);
  EXPECT_EQ((*r)[1].ccode.value, 260);
  EXPECT_EQ((*r)[1].choice, VoteChoice::kNo);
  EXPECT_EQ((*r)[2].choice, VoteChoice::kAbstain);
}

TEST(UnVotes, RejectsUnknownCodesNamesAndVotes) {
  CountryRegistry reg = SmallRegistry();
  struct Case {
    std::string row;
    std::string message;
  } cases[] = {
      {"3,\"Atlantis\",\"XX\",\"yes\"",
       "v.csv:2:14: column \"country_code\": got \"XX\", expected an ISO 3166 alpha-2 code in the country registry"},
      {"3,\"Atlantis\",NA,\"yes\"",
       "v.csv:2:3: column \"country\": got \"Atlantis\", expected the name of a state in the country registry (the code is NA)"},
      {"3,\"Pakistan\",\"PK\",\"maybe\"", "v.csv:2:19: column \"vote\": got \"maybe\", expected yes, no or abstain"},
  };
  for (const auto& c : cases) {
    std::istringstream in("rcid,country,country_code,vote\n" + c.row + "\n");
    Result<std::vector<UnVote>> r = LoadUnVotes(in, "v.csv", reg);
    ASSERT_FALSE(r.ok()) << c.row;
    EXPECT_EQ(r.status().message(), c.message);
  }
}

TEST(VoteMatrix, OrdersRollCallsByDateAndRejectsDoubleVotes) {
  std::vector<RollCall> rcs(3);
  rcs[0].rcid = 10, rcs[0].date = {1972, 1, 5};
  rcs[1].rcid = 5, rcs[1].date = {1973, 3, 1};
  rcs[2].rcid = 7, rcs[2].date = {1971, 12, 1};
  std::vector<UnVote> votes = {{10, {770}, VoteChoice::kYes}, {5, {770}, VoteChoice::kNo}, {7, {710}, VoteChoice::kYes}};
  Result<VoteMatrix> m = VoteMatrix::Build(rcs, {{5, UnIssue::kNu}}, votes);
  ASSERT_TRUE(m.ok()) << m.status().ToString();
  EXPECT_EQ(m->roll_call(0).rcid, 7);
  EXPECT_EQ(m->roll_call(2).rcid, 5);
  EXPECT_EQ(m->roll_call(2).issues, UnIssueBit(UnIssue::kNu));
  EXPECT_EQ(m->YearRange(1972), (std::pair<size_t, size_t>{1, 2}));
  EXPECT_EQ(m->YearRange(1990), (std::pair<size_t, size_t>{0, 0}));
  EXPECT_EQ(m->ActiveYears(*m->MemberIndex(CowCode{770})), (std::pair<int, int>{1972, 1973}));

  votes.push_back({10, {770}, VoteChoice::kNo});
  Result<VoteMatrix> twice = VoteMatrix::Build(rcs, {}, votes);
  ASSERT_FALSE(twice.ok());
  EXPECT_NE(twice.status().message().find("two votes by state 770 on rcid 10"), std::string::npos);
  Result<VoteMatrix> orphan = VoteMatrix::Build(rcs, {}, {{99, {770}, VoteChoice::kYes}});
  ASSERT_FALSE(orphan.ok());
  EXPECT_NE(orphan.status().message().find("rcid 99 has no roll call"), std::string::npos);
}

}  // namespace un_votes_test
}  // namespace entente
