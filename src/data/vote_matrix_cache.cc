// Serialising the vote matrix: a header (magic, key), then length-prefixed
// arrays and strings in native byte order (the cache never leaves the
// machine), then the SHA-256 of all of it.
#include "data/vote_matrix_cache.h"

#include <cstring>
#include <type_traits>

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "data/regular_file.h"
#include "data/sha256.h"

namespace entente {
namespace {

// The format version is also the version of how votes are coded to states:
// 005 moves the votes of succeeded UN seats by date (data/un_votes.h).
constexpr char kMagic[8] = {'E', 'N', 'T', 'V', 'M', '0', '0', '5'};
constexpr size_t kDigestBytes = 32;  // the SHA-256 of the bytes before it, at the end

class Writer {
 public:
  template <typename T>
  void Pod(const T& v) {
    static_assert(std::is_trivially_copyable_v<T>);
    const char* p = reinterpret_cast<const char*>(&v);
    buf_.insert(buf_.end(), p, p + sizeof(T));
  }
  template <typename T>
  void Vector(const std::vector<T>& v) {
    Pod<uint64_t>(v.size());
    const char* p = reinterpret_cast<const char*>(v.data());
    buf_.insert(buf_.end(), p, p + v.size() * sizeof(T));
  }
  void Raw(const char* p, size_t n) { buf_.append(p, n); }
  void String(const std::string& s) {
    Pod<uint64_t>(s.size());
    buf_.insert(buf_.end(), s.begin(), s.end());
  }
  const std::string& bytes() const { return buf_; }

 private:
  std::string buf_;
};

class Reader {
 public:
  explicit Reader(std::string_view bytes) : p_(bytes.data()), end_(bytes.data() + bytes.size()) {}
  template <typename T>
  bool Pod(T* v) {
    if (static_cast<size_t>(end_ - p_) < sizeof(T)) return false;
    std::memcpy(v, p_, sizeof(T));
    p_ += sizeof(T);
    return true;
  }
  template <typename T>
  bool Vector(std::vector<T>* v) {
    uint64_t n = 0;
    if (!Pod(&n) || n > static_cast<uint64_t>(end_ - p_) / sizeof(T)) return false;
    v->resize(n);
    std::memcpy(static_cast<void*>(v->data()), p_, n * sizeof(T));
    p_ += n * sizeof(T);
    return true;
  }
  bool String(std::string* s) {
    uint64_t n = 0;
    if (!Pod(&n) || n > static_cast<uint64_t>(end_ - p_)) return false;
    s->assign(p_, n);
    p_ += n;
    return true;
  }
  bool done() const { return p_ == end_; }

 private:
  const char* p_;
  const char* end_;
};

struct PackedRollCall {
  int64_t rcid;
  int32_t session, year, month, day;
  int8_t important, amendment, paragraph;  // -1 unknown
  uint8_t issues;
};

int8_t Pack(const std::optional<bool>& b) { return b ? static_cast<int8_t>(*b) : -1; }
std::optional<bool> Unpack(int8_t v) { return v < 0 ? std::nullopt : std::optional<bool>(v == 1); }

}  // namespace

Status VoteMatrixCache::Save(const VoteMatrix& m, const std::string& key, const std::filesystem::path& path) {
  Writer w;
  w.Raw(kMagic, sizeof(kMagic));
  w.String(key);
  std::vector<PackedRollCall> packed;
  for (const RollCall& rc : m.roll_calls_) {
    packed.push_back(PackedRollCall{rc.rcid, rc.session, rc.date.year, rc.date.month, rc.date.day,
                                    Pack(rc.important), Pack(rc.amendment), Pack(rc.paragraph), rc.issues});
  }
  w.Vector(packed);
  for (const RollCall& rc : m.roll_calls_) {
    w.String(rc.unres);
    w.String(rc.short_title);
  }
  std::vector<int32_t> members;
  for (CowCode c : m.members_) members.push_back(c.value);
  w.Vector(members);
  w.Pod<uint64_t>(m.words_);
  w.Vector(m.bits_);
  w.Vector(m.counts_);
  w.Vector(m.active_);
  std::string digest = Sha256Digest(w.bytes());
  w.Raw(digest.data(), digest.size());
  std::error_code ec;
  std::filesystem::create_directories(path.parent_path(), ec);
  return WriteFileAtomically(path, w.bytes());
}

VoteMatrixCache::Loaded VoteMatrixCache::Load(const std::string& key, const std::filesystem::path& path) {
  Loaded out;
  // Opened without blocking, so that a FIFO in its place cannot hang a query.
  int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0) return out;
  struct stat st {};
  if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || st.st_size <= 0) {
    ::close(fd);
    out.damage = "it is not a regular file with contents";
    return out;
  }
  size_t size = static_cast<size_t>(st.st_size);
  void* map = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0);
  ::close(fd);
  if (map == MAP_FAILED) {
    out.damage = "it cannot be read";
    return out;
  }
  struct Unmap {
    void* p;
    size_t n;
    ~Unmap() { ::munmap(p, n); }
  } unmap{map, size};
  std::string_view bytes(static_cast<const char*>(map), size);
  // An older format, or a snapshot of other sources, is stale: rebuilt without a word.
  if (size < sizeof(kMagic) || std::memcmp(bytes.data(), kMagic, sizeof(kMagic)) != 0) return out;
  Reader key_reader(bytes.substr(sizeof(kMagic)));
  std::string stored_key;
  if (key_reader.String(&stored_key) && stored_key != key) return out;
  if (size < sizeof(kMagic) + kDigestBytes ||
      Sha256Digest(bytes.substr(0, size - kDigestBytes)) != bytes.substr(size - kDigestBytes)) {
    out.damage = "its checksum does not match its contents";
    return out;
  }
  out.damage = "its contents are inconsistent";  // cleared below when every array fits
  Reader r(bytes.substr(sizeof(kMagic), size - sizeof(kMagic) - kDigestBytes));
  if (!r.String(&stored_key)) return out;
  VoteMatrix m;
  std::vector<PackedRollCall> packed;
  if (!r.Vector(&packed)) return out;
  m.roll_calls_.resize(packed.size());
  for (size_t i = 0; i < packed.size(); ++i) {
    const PackedRollCall& p = packed[i];
    RollCall& rc = m.roll_calls_[i];
    rc.rcid = p.rcid;
    rc.session = p.session;
    rc.date = CalendarDate{p.year, p.month, p.day};
    rc.important = Unpack(p.important);
    rc.amendment = Unpack(p.amendment);
    rc.paragraph = Unpack(p.paragraph);
    rc.issues = p.issues;
    if (!r.String(&rc.unres) || !r.String(&rc.short_title)) return out;
  }
  std::vector<int32_t> members;
  if (!r.Vector(&members)) return out;
  for (int32_t c : members) m.members_.push_back(CowCode{c});
  uint64_t words = 0;
  if (!r.Pod(&words) || !r.Vector(&m.bits_) || !r.Vector(&m.counts_) || !r.Vector(&m.active_) || !r.done()) {
    return out;
  }
  m.words_ = words;
  if (m.bits_.size() != m.members_.size() * 3 * m.words_ || m.counts_.size() != m.roll_calls_.size() ||
      m.active_.size() != m.members_.size() || m.words_ != (m.roll_calls_.size() + 63) / 64) {
    return out;
  }
  m.Index();
  out.matrix = std::move(m);
  out.damage.clear();
  return out;
}

}  // namespace entente
