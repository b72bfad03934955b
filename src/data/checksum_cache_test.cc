// Tests of the checksum cache: it answers from memory only for the file as it
// was hashed, and `data verify`'s fresh hashes replace what it held.
#include "data/checksum_cache.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>

#include <gtest/gtest.h>

#include "data/sha256.h"

namespace entente {
namespace checksum_cache_test {

class ChecksumCacheTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("entente_checksum_cache_" + std::to_string(::getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_ / "cache");
    const char* old = std::getenv("XDG_CACHE_HOME");
    old_cache_ = old ? std::optional<std::string>(old) : std::nullopt;
    ::setenv("XDG_CACHE_HOME", (dir_ / "cache").c_str(), 1);
  }
  void TearDown() override {
    if (old_cache_) {
      ::setenv("XDG_CACHE_HOME", old_cache_->c_str(), 1);
    } else {
      ::unsetenv("XDG_CACHE_HOME");
    }
    std::filesystem::remove_all(dir_);
  }
  // Rewrites `f` with `text` (of the same length) and puts its access and
  // modification times back, as `touch -r` would.
  static void EditKeepingTimes(const std::filesystem::path& f, const std::string& text) {
    struct stat st {};
    ASSERT_EQ(::stat(f.c_str(), &st), 0);
    ::usleep(20000);  // past the file system's coarse clock tick
    std::ofstream(f, std::ios::trunc | std::ios::binary) << text;
    struct timespec times[2] = {st.st_atim, st.st_mtim};
    ASSERT_EQ(::utimensat(AT_FDCWD, f.c_str(), times, 0), 0);
  }
  std::filesystem::path dir_;
  std::optional<std::string> old_cache_;
};

TEST_F(ChecksumCacheTest, AnswersFromTheCacheForAnUnchangedFile) {
  std::filesystem::path f = dir_ / "data.csv";
  std::ofstream(f) << "year,tiv\n2016,715.78\n";
  Result<std::string> first = CachedSha256(f);
  ASSERT_TRUE(first.ok());
  EXPECT_EQ(*first, Sha256Hex("year,tiv\n2016,715.78\n"));
  EXPECT_EQ(CachedSha256(f).value(), *first);
  std::ifstream cache(dir_ / "cache" / "entente" / "checksums.tsv");
  std::string line;
  ASSERT_TRUE(std::getline(cache, line));
  EXPECT_NE(line.find(*first), std::string::npos);
}

TEST_F(ChecksumCacheTest, Issue16EditWithItsTimePutBackIsHashedAgain) {
  std::filesystem::path f = dir_ / "trade_register.csv";
  std::ofstream(f) << "52239,China,Pakistan,8\n";
  ASSERT_TRUE(CachedSha256(f).ok());
  EditKeepingTimes(f, "52239,China,Pakistan,9\n");
  EXPECT_EQ(CachedSha256(f).value(), Sha256Hex("52239,China,Pakistan,9\n"));
}

TEST_F(ChecksumCacheTest, Issue16FifoInPlaceOfTheCacheDoesNotHang) {
  std::filesystem::create_directories(dir_ / "cache" / "entente");
  ASSERT_EQ(::mkfifo((dir_ / "cache" / "entente" / "checksums.tsv").c_str(), 0600), 0);
  std::filesystem::path f = dir_ / "data.csv";
  std::ofstream(f) << "x\n";
  EXPECT_EQ(CachedSha256(f).value(), Sha256Hex("x\n"));
}

TEST_F(ChecksumCacheTest, Issue16VerifiedHashReplacesTheCachedOne) {
  std::filesystem::path f = dir_ / "data.csv";
  std::ofstream(f) << "old\n";
  ASSERT_TRUE(CachedSha256(f).ok());
  // A stale entry written by hand for the file as it is now must give way to
  // what a full hash (data verify) found.
  std::optional<FileStamp> stamp = StampRegularFile(f);
  ASSERT_TRUE(stamp);
  RecordSha256(f, *stamp, std::string(64, 'a'));
  EXPECT_EQ(CachedSha256(f).value(), std::string(64, 'a'));
  RecordSha256(f, *stamp, Sha256Hex("old\n"));
  EXPECT_EQ(CachedSha256(f).value(), Sha256Hex("old\n"));
  std::ifstream cache(dir_ / "cache" / "entente" / "checksums.tsv");
  std::string line;
  int lines = 0;
  while (std::getline(cache, line)) ++lines;
  EXPECT_EQ(lines, 1);  // one entry per file
}

TEST_F(ChecksumCacheTest, NothingIsRecordedForAFileThatChangedWhileHashed) {
  std::filesystem::path f = dir_ / "data.csv";
  std::ofstream(f) << "one\n";
  std::optional<FileStamp> stamp = StampRegularFile(f);
  ASSERT_TRUE(stamp);
  ::usleep(20000);
  std::ofstream(f, std::ios::app) << "two\n";
  RecordSha256(f, *stamp, std::string(64, 'b'));
  EXPECT_EQ(CachedSha256(f).value(), Sha256Hex("one\ntwo\n"));
}

TEST(ChecksumCacheDirTest, Issue16NoHomeMeansNoCacheInTheWorkingFolder) {
  const char* xdg = std::getenv("XDG_CACHE_HOME");
  const char* home = std::getenv("HOME");
  std::optional<std::string> old_xdg = xdg ? std::optional<std::string>(xdg) : std::nullopt;
  std::optional<std::string> old_home = home ? std::optional<std::string>(home) : std::nullopt;
  ::unsetenv("XDG_CACHE_HOME");
  ::unsetenv("HOME");
  EXPECT_TRUE(UserCacheDir().empty());
  if (old_xdg) ::setenv("XDG_CACHE_HOME", old_xdg->c_str(), 1);
  if (old_home) ::setenv("HOME", old_home->c_str(), 1);
}

}  // namespace checksum_cache_test
}  // namespace entente
