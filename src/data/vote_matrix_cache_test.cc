// Tests of the vote-matrix snapshot: a round trip gives the same matrix, and
// no damaged snapshot is ever loaded: every single-bit flip, a truncation and
// a FIFO in its place are refused (and said to be damage), a snapshot of other
// sources is stale.
#include "data/vote_matrix_cache.h"

#include <sys/stat.h>
#include <unistd.h>

#include <fstream>
#include <iterator>

#include <gtest/gtest.h>

namespace entente {
namespace vote_matrix_cache_test {

VoteMatrix SmallMatrix() {
  std::vector<RollCall> roll_calls;
  for (int i = 0; i < 70; ++i) {
    RollCall rc;
    rc.rcid = 1000 + i;
    rc.session = 40 + i / 30;
    rc.date = CalendarDate{1985 + i / 30, 1 + i % 12, 1 + i % 28};
    rc.important = i % 3 == 0;
    rc.unres = "R/" + std::to_string(i);
    rc.short_title = "roll call " + std::to_string(i);
    roll_calls.push_back(rc);
  }
  std::vector<UnVote> votes;
  const int members[] = {2, 365, 710, 770};
  for (int i = 0; i < 70; ++i) {
    for (int m = 0; m < 4; ++m) {
      if ((i + m) % 7 == 0) continue;  // absent
      votes.push_back(UnVote{1000 + i, CowCode{members[m]}, static_cast<VoteChoice>(1 + (i * (m + 1)) % 3)});
    }
  }
  Result<VoteMatrix> m = VoteMatrix::Build(std::move(roll_calls), {}, votes);
  EXPECT_TRUE(m.ok()) << m.status().ToString();
  return std::move(m.value());
}

class VoteMatrixCacheTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("entente_vote_matrix_cache_" + std::to_string(::getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  std::string Bytes(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
  }
  void Put(const std::filesystem::path& p, const std::string& bytes) {
    std::ofstream(p, std::ios::binary | std::ios::trunc) << bytes;
  }
  std::filesystem::path dir_;
};

TEST_F(VoteMatrixCacheTest, RoundTripKeepsTheMatrix) {
  VoteMatrix m = SmallMatrix();
  std::filesystem::path p = dir_ / "snap.bin";
  ASSERT_TRUE(VoteMatrixCache::Save(m, "key", p).ok());
  VoteMatrixCache::Loaded back = VoteMatrixCache::Load("key", p);
  ASSERT_TRUE(back.matrix);
  EXPECT_TRUE(back.damage.empty());
  EXPECT_EQ(back.matrix->roll_call_count(), m.roll_call_count());
  EXPECT_EQ(back.matrix->members(), m.members());
  for (size_t i = 0; i < m.members().size(); ++i) {
    for (VoteChoice c : {VoteChoice::kYes, VoteChoice::kAbstain, VoteChoice::kNo}) {
      EXPECT_TRUE(std::equal(m.Bits(i, c), m.Bits(i, c) + m.words(), back.matrix->Bits(i, c)));
    }
  }
}

TEST_F(VoteMatrixCacheTest, SnapshotOfOtherSourcesIsStaleNotDamaged) {
  std::filesystem::path p = dir_ / "snap.bin";
  ASSERT_TRUE(VoteMatrixCache::Save(SmallMatrix(), "key", p).ok());
  VoteMatrixCache::Loaded other = VoteMatrixCache::Load("other key", p);
  EXPECT_FALSE(other.matrix);
  EXPECT_TRUE(other.damage.empty());
  EXPECT_FALSE(VoteMatrixCache::Load("key", dir_ / "absent.bin").matrix);
}

TEST_F(VoteMatrixCacheTest, Issue16NoSingleBitFlipIsAccepted) {
  std::filesystem::path p = dir_ / "snap.bin";
  ASSERT_TRUE(VoteMatrixCache::Save(SmallMatrix(), "key", p).ok());
  const std::string good = Bytes(p);
  // One bit of every third byte, the bit moving from byte to byte: a few
  // hundred flips over the whole file, header, arrays and digest alike.
  size_t damaged = 0, flips = 0;
  for (size_t byte = 0; byte < good.size(); byte += 3, ++flips) {
    int bit = static_cast<int>(byte % 8);
    std::string bad = good;
    bad[byte] = static_cast<char>(bad[byte] ^ (1 << bit));
    Put(p, bad);
    VoteMatrixCache::Loaded loaded = VoteMatrixCache::Load("key", p);
    ASSERT_FALSE(loaded.matrix) << "flip of bit " << bit << " of byte " << byte << " was accepted";
    damaged += !loaded.damage.empty();
  }
  // Flips in the magic or the key read as another format or other sources
  // (stale); every other flip is damage.
  EXPECT_GT(damaged, flips * 9 / 10);
}

TEST_F(VoteMatrixCacheTest, Issue16TruncatedSnapshotIsDamaged) {
  std::filesystem::path p = dir_ / "snap.bin";
  ASSERT_TRUE(VoteMatrixCache::Save(SmallMatrix(), "key", p).ok());
  const std::string good = Bytes(p);
  for (size_t keep : {good.size() - 1, good.size() / 2, size_t{40}}) {
    Put(p, good.substr(0, keep));
    VoteMatrixCache::Loaded loaded = VoteMatrixCache::Load("key", p);
    EXPECT_FALSE(loaded.matrix) << keep;
    EXPECT_FALSE(loaded.damage.empty()) << keep;
  }
}

TEST_F(VoteMatrixCacheTest, Issue16FifoInPlaceOfTheSnapshotDoesNotHang) {
  std::filesystem::path p = dir_ / "snap.bin";
  ASSERT_EQ(::mkfifo(p.c_str(), 0600), 0);
  VoteMatrixCache::Loaded loaded = VoteMatrixCache::Load("key", p);
  EXPECT_FALSE(loaded.matrix);
  EXPECT_FALSE(loaded.damage.empty());
  // Saving replaces it with a snapshot.
  ASSERT_TRUE(VoteMatrixCache::Save(SmallMatrix(), "key", p).ok());
  EXPECT_TRUE(VoteMatrixCache::Load("key", p).matrix);
}

}  // namespace vote_matrix_cache_test
}  // namespace entente
