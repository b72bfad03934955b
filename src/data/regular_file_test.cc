// Tests of the non-blocking file checks and the atomic write: a directory, a
// FIFO or a missing file where a dataset should be is named as what it is,
// and nothing waits on a FIFO.
#include "data/regular_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fstream>

#include <gtest/gtest.h>

namespace entente {
namespace regular_file_test {

class RegularFileTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("entente_regular_file_" + std::to_string(::getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  std::filesystem::path dir_;
};

TEST_F(RegularFileTest, NamesWhatStandsInPlaceOfAFile) {
  std::filesystem::create_directories(dir_ / "a_dir");
  ASSERT_EQ(::mkfifo((dir_ / "a_fifo").c_str(), 0600), 0);
  std::ofstream(dir_ / "a_file") << "x\n";
  struct Case {
    std::string name;
    std::string message;  // empty: OK
  } cases[] = {
      {"a_file", ""},
      {"absent", "absent: missing"},
      {"a_dir", "a_dir: is a directory, expected the dataset's file"},
      {"a_fifo", "a_fifo: is a FIFO, expected the dataset's file"},
  };
  for (const Case& c : cases) {
    Status s = CheckRegularFile(dir_ / c.name, c.name);
    if (c.message.empty()) {
      EXPECT_TRUE(s.ok()) << c.name << ": " << s.ToString();
    } else {
      EXPECT_EQ(s.code(), Status::Code::kDataError) << c.name;
      EXPECT_EQ(s.message(), c.message) << c.name;
    }
  }
}

TEST_F(RegularFileTest, Issue16ReadingAFifoDoesNotBlock) {
  std::filesystem::path fifo = dir_ / "cache.tsv";
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  EXPECT_FALSE(ReadRegularFile(fifo, 1 << 20));
  EXPECT_FALSE(StampRegularFile(fifo));
}

TEST_F(RegularFileTest, ReadsWholeFilesUpToALimit) {
  std::ofstream(dir_ / "f") << "hello";
  EXPECT_EQ(ReadRegularFile(dir_ / "f", 5).value_or("?"), "hello");
  EXPECT_FALSE(ReadRegularFile(dir_ / "f", 4));
  EXPECT_FALSE(ReadRegularFile(dir_ / "absent", 5));
}

TEST_F(RegularFileTest, AtomicWriteReplacesTheFileAndLeavesNoTemporary) {
  ASSERT_TRUE(WriteFileAtomically(dir_ / "out", "old").ok());
  ASSERT_TRUE(WriteFileAtomically(dir_ / "out", "new contents").ok());
  EXPECT_EQ(ReadRegularFile(dir_ / "out", 100).value_or("?"), "new contents");
  size_t files = 0;
  for (const auto& e : std::filesystem::directory_iterator(dir_)) files += e.is_regular_file();
  EXPECT_EQ(files, 1u);
  EXPECT_FALSE(WriteFileAtomically(dir_ / "no_such_dir" / "out", "x").ok());
}

TEST_F(RegularFileTest, StampMovesWithAnEditWhoseTimeIsPutBack) {
  std::filesystem::path f = dir_ / "data.csv";
  std::ofstream(f) << "a,1\n";
  std::optional<FileStamp> before = StampRegularFile(f);
  ASSERT_TRUE(before);
  struct stat st {};
  ASSERT_EQ(::stat(f.c_str(), &st), 0);
  // File times tick with the kernel's coarse clock (a few ms): a real edit
  // comes later than that.
  ::usleep(20000);
  std::ofstream(f, std::ios::trunc) << "a,2\n";  // same size
  struct timespec times[2] = {st.st_atim, st.st_mtim};
  ASSERT_EQ(::utimensat(AT_FDCWD, f.c_str(), times, 0), 0);
  std::optional<FileStamp> after = StampRegularFile(f);
  ASSERT_TRUE(after);
  EXPECT_EQ(after->size, before->size);
  EXPECT_EQ(after->mtime_ns, before->mtime_ns);
  EXPECT_NE(*after, *before);  // the change time moved
}

}  // namespace regular_file_test
}  // namespace entente
