// Fetching the bundle: local copy or HTTP download, verify, then rename into place.
#include "data/bundle_fetch.h"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>

#include <fmt/format.h>

#include "data/sha256.h"

namespace entente {
namespace {

bool IsUrl(const std::string& s) { return s.rfind("http://", 0) == 0 || s.rfind("https://", 0) == 0; }

// The helper program that downloads one URL, installed beside entente.
std::filesystem::path DownloadHelper() {
  std::error_code ec;
  std::filesystem::path self = std::filesystem::read_symlink("/proc/self/exe", ec);
  return (ec ? std::filesystem::path(".") : self.parent_path()) / "entente-download";
}

Status Download(const std::string& url, const std::string& rel, const std::filesystem::path& out) {
  std::string base = url;
  while (!base.empty() && base.back() == '/') base.pop_back();
  std::string full = base + "/" + rel;
  std::filesystem::path helper = DownloadHelper();
  std::error_code ec;
  if (!std::filesystem::is_regular_file(helper, ec)) {
    return Status::IoError(fmt::format("cannot download {}: the helper {} is missing (build it with entente)",
                                       full, helper.string()));
  }
  std::filesystem::path err = out;
  err += ".log";
  std::string helper_s = helper.string(), out_s = out.string(), err_s = err.string();
  char* argv[] = {helper_s.data(), full.data(), out_s.data(), nullptr};
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, err_s.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  pid_t pid = 0;
  int rc = posix_spawn(&pid, helper_s.c_str(), &actions, nullptr, argv, environ);
  posix_spawn_file_actions_destroy(&actions);
  if (rc != 0) return Status::IoError(fmt::format("cannot run {}: {}", helper_s, std::strerror(rc)));
  int wstatus = 0;
  while (waitpid(pid, &wstatus, 0) < 0 && errno == EINTR) {
  }
  std::ifstream log(err);
  std::string message;
  std::getline(log, message);
  std::filesystem::remove(err, ec);
  if (!WIFEXITED(wstatus) || WEXITSTATUS(wstatus) != 0) {
    return Status::IoError(message.empty() ? fmt::format("{}: download failed", full) : message);
  }
  return Status::Ok();
}

}  // namespace

Status FetchBundle(const std::string& from, const std::filesystem::path& to, const Manifest& manifest,
                   const FetchProgress& progress) {
  std::error_code ec;
  bool url = IsUrl(from);
  if (!url && !std::filesystem::is_directory(from, ec)) {
    return Status::Usage(fmt::format("--from {}: not a folder or an http:// URL", from));
  }
  for (const DatasetInfo& d : manifest.datasets()) {
    std::filesystem::path target = to / d.path;
    if (std::filesystem::is_regular_file(target, ec)) {
      Result<std::string> have = Sha256File(target);
      if (have.ok() && *have == d.sha256) {
        progress(d, "already there");
        continue;
      }
    }
    std::filesystem::create_directories(target.parent_path(), ec);
    if (ec) return Status::IoError(fmt::format("cannot create {}: {}", target.parent_path().string(), ec.message()));
    std::filesystem::path partial = target;
    partial += ".partial";
    if (url) {
      Status st = Download(from, d.path, partial);
      if (!st.ok()) {
        std::filesystem::remove(partial, ec);
        return st;
      }
    } else {
      std::filesystem::path source = std::filesystem::path(from) / d.path;
      if (!std::filesystem::is_regular_file(source, ec)) {
        return Status::DataError(fmt::format("{}: missing from {}", d.path, from));
      }
      std::filesystem::copy_file(source, partial, std::filesystem::copy_options::overwrite_existing, ec);
      if (ec) return Status::IoError(fmt::format("cannot copy {}: {}", source.string(), ec.message()));
      std::filesystem::permissions(partial, std::filesystem::perms::owner_write, std::filesystem::perm_options::add, ec);
    }
    Result<std::string> got = Sha256File(partial);
    if (!got.ok()) return got.status();
    if (*got != d.sha256) {
      std::filesystem::remove(partial, ec);
      return Status::DataError(fmt::format("{}: sha256 of the fetched file is {}, expected {}; not installed",
                                           d.path, got->substr(0, 16), d.ShortSha()));
    }
    std::filesystem::rename(partial, target, ec);
    if (ec) return Status::IoError(fmt::format("cannot move {} into place: {}", target.string(), ec.message()));
    progress(d, url ? "downloaded" : "copied");
  }
  return Status::Ok();
}

}  // namespace entente
