// The ideal-point fit snapshot: a round trip, a stale key, and damage (a
// flipped bit, a truncated file, a directory in its place) that is reported
// and never trusted.
#include "data/ideal_fit_cache.h"

#include <unistd.h>

#include <fstream>
#include <iterator>

#include <gtest/gtest.h>

namespace entente {
namespace ideal_fit_cache_test {

class IdealFitCacheTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("entente_ideal_fit_cache_" + std::to_string(::getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  static IdealFitSnapshot Fit() { return IdealFitSnapshot{{0.5, -1.25, 2.0}, {0.1, 1.5, 0.8, -0.2, 2.5, 1.1}, 64, true}; }
  std::string Bytes(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
  }
  void Put(const std::filesystem::path& p, const std::string& bytes) { std::ofstream(p, std::ios::binary) << bytes; }
  std::filesystem::path dir_;
};

TEST_F(IdealFitCacheTest, RoundTripAndStaleKey) {
  const std::filesystem::path p = dir_ / "fit.bin";
  ASSERT_TRUE(IdealFitCache::Save(Fit(), "key", p).ok());
  IdealFitCache::Loaded back = IdealFitCache::Load("key", p);
  ASSERT_TRUE(back.fit);
  EXPECT_EQ(back.fit->x, Fit().x);
  EXPECT_EQ(back.fit->items, Fit().items);
  EXPECT_EQ(back.fit->iterations, 64);
  EXPECT_TRUE(back.fit->converged);
  EXPECT_TRUE(back.damage.empty());
  IdealFitCache::Loaded other = IdealFitCache::Load("another key", p);
  EXPECT_FALSE(other.fit);
  EXPECT_TRUE(other.damage.empty());
  EXPECT_FALSE(IdealFitCache::Load("key", dir_ / "absent.bin").fit);
  EXPECT_TRUE(IdealFitCache::Load("key", dir_ / "absent.bin").damage.empty());
}

TEST_F(IdealFitCacheTest, DamageIsReportedNeverTrusted) {
  const std::filesystem::path p = dir_ / "fit.bin";
  ASSERT_TRUE(IdealFitCache::Save(Fit(), "key", p).ok());
  const std::string good = Bytes(p);
  std::string flipped = good;
  flipped[good.size() / 2] ^= 0x10;
  Put(p, flipped);
  IdealFitCache::Loaded a = IdealFitCache::Load("key", p);
  EXPECT_FALSE(a.fit);
  EXPECT_FALSE(a.damage.empty());
  Put(p, good.substr(0, good.size() - 5));
  IdealFitCache::Loaded b = IdealFitCache::Load("key", p);
  EXPECT_FALSE(b.fit);
  EXPECT_FALSE(b.damage.empty());
  std::filesystem::remove(p);
  std::filesystem::create_directories(p);
  IdealFitCache::Loaded c = IdealFitCache::Load("key", p);
  EXPECT_FALSE(c.fit);
  EXPECT_FALSE(c.damage.empty());
}

}  // namespace ideal_fit_cache_test
}  // namespace entente
