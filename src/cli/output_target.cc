// Temporary files renamed into place, and standard output's errors.
#include "cli/output_target.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <iostream>
#include <streambuf>

#include <fmt/format.h>

namespace entente {
namespace {

// Standard output written with write(2), keeping the errno of the first
// failure: iostreams and stdio report only that something failed, and by the
// time the answer is finished errno says something else.
class StdoutBuf : public std::streambuf {
 public:
  StdoutBuf() { setp(buf_, buf_ + sizeof(buf_)); }
  int error() const { return error_; }
  bool closed_at_start = false;

 protected:
  int_type overflow(int_type ch) override {
    if (!Drain()) return traits_type::eof();
    if (!traits_type::eq_int_type(ch, traits_type::eof())) {
      *pptr() = traits_type::to_char_type(ch);
      pbump(1);
    }
    return traits_type::not_eof(ch);
  }
  int sync() override { return Drain() ? 0 : -1; }

 private:
  bool Drain() {
    const char* p = pbase();
    size_t left = static_cast<size_t>(pptr() - pbase());
    while (left > 0 && error_ == 0) {
      ssize_t n = ::write(STDOUT_FILENO, p, left);
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) {
        error_ = n < 0 ? errno : EIO;
        break;
      }
      p += n;
      left -= static_cast<size_t>(n);
    }
    setp(buf_, buf_ + sizeof(buf_));  // after a failure the rest is dropped: nobody reads it
    return error_ == 0;
  }
  char buf_[1 << 16];
  int error_ = 0;
};

// Never destroyed: std::cout is flushed at exit, after static objects die.
StdoutBuf* stdout_buf = nullptr;

std::string Reason(int err) { return err == 0 ? "write failed" : std::strerror(err); }

}  // namespace

void SetUpStdout() {
  stdout_buf = new StdoutBuf();
  if (::fcntl(STDOUT_FILENO, F_GETFD) == -1 && errno == EBADF) {
    stdout_buf->closed_at_start = true;
    int fd = ::open("/dev/null", O_WRONLY | O_CLOEXEC);
    if (fd >= 0 && fd != STDOUT_FILENO) {
      ::dup2(fd, STDOUT_FILENO);
      ::close(fd);
    }
  }
  std::cout.rdbuf(stdout_buf);
}

Status FlushStdout() {
  std::cout.flush();
  if (stdout_buf == nullptr) return std::cout ? Status::Ok() : Status::IoError("cannot write to standard output");
  if (stdout_buf->closed_at_start) return Status::IoError("cannot write to standard output: it is closed");
  int err = stdout_buf->error();
  if (err == 0) return Status::Ok();
  if (err == EPIPE) return Status::Ok();  // the reader had enough
  return Status::IoError("cannot write to standard output: " + Reason(err));
}

Result<std::unique_ptr<OutputTarget>> OutputTarget::Open(const std::string& path) {
  std::unique_ptr<OutputTarget> t(new OutputTarget());
  if (path.empty()) return t;
  t->path_ = path;
  std::filesystem::path dir = t->path_.parent_path();
  std::string pattern = (dir.empty() ? std::string() : dir.string() + "/") + "." +
                        t->path_.filename().string() + ".XXXXXX";
  int fd = ::mkstemp(pattern.data());
  if (fd < 0) return Status::IoError(fmt::format("cannot write {}: {}", path, Reason(errno)));
  ::close(fd);
  t->tmp_ = pattern;
  t->file_.open(t->tmp_, std::ios::binary | std::ios::trunc);
  if (!t->file_) return Status::IoError(fmt::format("cannot write {}", path));
  return t;
}

OutputTarget::~OutputTarget() {
  if (!tmp_.empty() && !committed_) {
    file_.close();
    ::unlink(tmp_.c_str());
  }
}

std::ostream& OutputTarget::stream() { return path_.empty() ? std::cout : file_; }

Status OutputTarget::Commit() {
  if (path_.empty()) return FlushStdout();
  errno = 0;
  file_.flush();
  int err = errno;
  file_.close();
  if (!file_) return Status::IoError(fmt::format("cannot write {}: {}", path_.string(), Reason(err)));
  // mkstemp makes the file private; an answer is as readable as any file the user writes.
  mode_t mask = ::umask(0);
  ::umask(mask);
  ::chmod(tmp_.c_str(), 0666 & ~mask);
  if (::rename(tmp_.c_str(), path_.c_str()) != 0) {
    return Status::IoError(fmt::format("cannot write {}: {}", path_.string(), Reason(errno)));
  }
  committed_ = true;
  return Status::Ok();
}

Status WriteWholeFile(const std::filesystem::path& path, const std::string& text) {
  Result<std::unique_ptr<OutputTarget>> out = OutputTarget::Open(path.string());
  if (!out.ok()) return out.status();
  (*out)->stream() << text;
  return (*out)->Commit();
}

}  // namespace entente
