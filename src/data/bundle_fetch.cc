// Fetching the bundle: local copy or HTTP download, verify, then rename into place.
#include "data/bundle_fetch.h"

#include <fstream>

#include <fmt/format.h>
#include <httplib.h>

#include "data/sha256.h"

namespace entente {
namespace {

bool IsUrl(const std::string& s) { return s.rfind("http://", 0) == 0 || s.rfind("https://", 0) == 0; }

// Splits "http://host:port/prefix" into the scheme-host-port part and the path prefix.
std::pair<std::string, std::string> SplitUrl(const std::string& url) {
  size_t scheme_end = url.find("://") + 3;
  size_t slash = url.find('/', scheme_end);
  if (slash == std::string::npos) return {url, ""};
  std::string prefix = url.substr(slash);
  while (!prefix.empty() && prefix.back() == '/') prefix.pop_back();
  return {url.substr(0, slash), prefix};
}

Status Download(const std::string& url, const std::string& rel, const std::filesystem::path& out) {
  auto [base, prefix] = SplitUrl(url);
  httplib::Client client(base);
  client.set_connection_timeout(10);
  client.set_read_timeout(60);
  client.set_follow_location(true);
  std::ofstream file(out, std::ios::binary | std::ios::trunc);
  if (!file) return Status::IoError(fmt::format("cannot write {}", out.string()));
  std::string path = prefix + "/" + rel;
  auto res = client.Get(path, [&](const char* data, size_t n) {
    file.write(data, static_cast<std::streamsize>(n));
    return static_cast<bool>(file);
  });
  if (!res) {
    return Status::IoError(fmt::format("{}{}: download failed ({})", base, path, httplib::to_string(res.error())));
  }
  if (res->status != 200) return Status::IoError(fmt::format("{}{}: HTTP status {}", base, path, res->status));
  file.close();
  if (!file) return Status::IoError(fmt::format("cannot write {}", out.string()));
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
