// Status and Result<T>: how expected failures travel through entente.
//
// Modelled on leveldb's Status: a small code, a message, a static factory per
// kind. Bad input, missing files and unknown countries are Status values, never
// exceptions; each kind maps to one process exit code (see ExitCode()).
#ifndef ENTENTE_CORE_STATUS_H_
#define ENTENTE_CORE_STATUS_H_

#include <optional>
#include <string>
#include <utility>
#include <variant>

namespace entente {

class Status {
 public:
  enum class Code { kOk, kUsage, kNotFound, kDataError, kIoError, kRuntime };

  Status() = default;
  static Status Ok() { return Status(); }
  // A bad argument, an unknown country, an empty period: exit code 2.
  static Status Usage(std::string msg) { return Status(Code::kUsage, std::move(msg)); }
  // Something the user asked for does not exist (also exit code 2).
  static Status NotFound(std::string msg) { return Status(Code::kNotFound, std::move(msg)); }
  // A dataset missing, changed or malformed: exit code 3.
  static Status DataError(std::string msg) { return Status(Code::kDataError, std::move(msg)); }
  // Reading or writing failed: exit code 1.
  static Status IoError(std::string msg) { return Status(Code::kIoError, std::move(msg)); }
  static Status Runtime(std::string msg) { return Status(Code::kRuntime, std::move(msg)); }

  bool ok() const { return code_ == Code::kOk; }
  Code code() const { return code_; }
  const std::string& message() const { return message_; }
  // "data error: un_votes.csv:3:4: ..." style text for one-line reports.
  std::string ToString() const;
  // 0 success, 1 runtime failure, 2 usage error, 3 data error.
  int ExitCode() const;

 private:
  Status(Code code, std::string msg) : code_(code), message_(std::move(msg)) {}
  Code code_ = Code::kOk;
  std::string message_;
};

// A value or the Status saying why there is none.
template <typename T>
class Result {
 public:
  Result(T value) : value_(std::move(value)) {}           // NOLINT: implicit by design
  Result(Status status) : status_(std::move(status)) {}   // NOLINT: implicit by design

  bool ok() const { return status_.ok(); }
  const Status& status() const { return status_; }
  // REQUIRES: ok().
  T& value() { return *value_; }
  const T& value() const { return *value_; }
  T& operator*() { return *value_; }
  const T& operator*() const { return *value_; }
  T* operator->() { return &*value_; }
  const T* operator->() const { return &*value_; }

 private:
  std::optional<T> value_;
  Status status_;
};

}  // namespace entente

// Returns the Status of `expr` from the calling function when it is not ok.
#define ENTENTE_RETURN_IF_ERROR(expr)            \
  do {                                           \
    ::entente::Status status_macro_ = (expr);    \
    if (!status_macro_.ok()) return status_macro_; \
  } while (0)

#endif  // ENTENTE_CORE_STATUS_H_
