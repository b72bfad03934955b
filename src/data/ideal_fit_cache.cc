// Serialising a fit: magic, key, the two arrays and the counts in native
// byte order (the cache never leaves the machine), then the SHA-256 of all
// of it.
#include "data/ideal_fit_cache.h"

#include <cstring>
#include <string_view>

#include "data/regular_file.h"
#include "data/sha256.h"

namespace entente {
namespace {

constexpr char kMagic[8] = {'E', 'N', 'T', 'I', 'P', '0', '0', '1'};
constexpr size_t kDigestBytes = 32;
constexpr size_t kMaxBytes = size_t{1} << 30;

void PutU64(std::string* out, uint64_t v) { out->append(reinterpret_cast<const char*>(&v), sizeof(v)); }

void PutDoubles(std::string* out, const std::vector<double>& v) {
  PutU64(out, v.size());
  out->append(reinterpret_cast<const char*>(v.data()), v.size() * sizeof(double));
}

// Reads from the front of `in`; false when it runs out.
bool GetU64(std::string_view* in, uint64_t* v) {
  if (in->size() < sizeof(*v)) return false;
  std::memcpy(v, in->data(), sizeof(*v));
  in->remove_prefix(sizeof(*v));
  return true;
}

bool GetDoubles(std::string_view* in, std::vector<double>* v) {
  uint64_t n = 0;
  if (!GetU64(in, &n) || n > in->size() / sizeof(double)) return false;
  v->resize(n);
  std::memcpy(v->data(), in->data(), n * sizeof(double));
  in->remove_prefix(n * sizeof(double));
  return true;
}

}  // namespace

Status IdealFitCache::Save(const IdealFitSnapshot& fit, const std::string& key, const std::filesystem::path& path) {
  std::string bytes(kMagic, sizeof(kMagic));
  PutU64(&bytes, key.size());
  bytes += key;
  PutDoubles(&bytes, fit.x);
  PutDoubles(&bytes, fit.items);
  PutU64(&bytes, static_cast<uint64_t>(static_cast<int64_t>(fit.iterations)));
  PutU64(&bytes, fit.converged ? 1 : 0);
  bytes += Sha256Digest(bytes);
  std::error_code ec;
  std::filesystem::create_directories(path.parent_path(), ec);
  return WriteFileAtomically(path, bytes);
}

IdealFitCache::Loaded IdealFitCache::Load(const std::string& key, const std::filesystem::path& path) {
  Loaded out;
  std::error_code ec;
  if (!std::filesystem::exists(std::filesystem::symlink_status(path, ec))) return out;
  std::optional<std::string> read = ReadRegularFile(path, kMaxBytes);
  if (!read) {
    out.damage = "it is not a readable regular file";
    return out;
  }
  std::string_view bytes(*read);
  // An older format, or a fit of other data or another program, is stale: refitted without a word.
  if (bytes.size() < sizeof(kMagic) || std::memcmp(bytes.data(), kMagic, sizeof(kMagic)) != 0) return out;
  std::string_view in = bytes.substr(sizeof(kMagic));
  uint64_t key_size = 0;
  if (GetU64(&in, &key_size) && key_size <= in.size() && in.substr(0, key_size) != key) return out;
  if (bytes.size() < sizeof(kMagic) + kDigestBytes ||
      Sha256Digest(bytes.substr(0, bytes.size() - kDigestBytes)) != bytes.substr(bytes.size() - kDigestBytes)) {
    out.damage = "its checksum does not match its contents";
    return out;
  }
  in = bytes.substr(sizeof(kMagic), bytes.size() - sizeof(kMagic) - kDigestBytes);
  IdealFitSnapshot fit;
  uint64_t iterations = 0, converged = 0;
  if (!GetU64(&in, &key_size) || key_size > in.size()) {
    out.damage = "its contents are inconsistent";
    return out;
  }
  in.remove_prefix(key_size);
  if (!GetDoubles(&in, &fit.x) || !GetDoubles(&in, &fit.items) || fit.items.size() % 3 != 0 ||
      !GetU64(&in, &iterations) || !GetU64(&in, &converged) || !in.empty() || converged > 1) {
    out.damage = "its contents are inconsistent";
    return out;
  }
  fit.iterations = static_cast<int32_t>(static_cast<int64_t>(iterations));
  fit.converged = converged == 1;
  out.fit = std::move(fit);
  return out;
}

}  // namespace entente
