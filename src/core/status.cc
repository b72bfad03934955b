// Text and exit codes of Status.
#include "core/status.h"

namespace entente {

std::string Status::ToString() const {
  switch (code_) {
    case Code::kOk: return "ok";
    case Code::kUsage: return "usage error: " + message_;
    case Code::kNotFound: return "not found: " + message_;
    case Code::kDataError: return "data error: " + message_;
    case Code::kIoError: return "i/o error: " + message_;
    case Code::kRuntime: return "error: " + message_;
  }
  return message_;
}

int Status::ExitCode() const {
  switch (code_) {
    case Code::kOk: return 0;
    case Code::kUsage:
    case Code::kNotFound: return 2;
    case Code::kDataError: return 3;
    case Code::kIoError:
    case Code::kRuntime: return 1;
  }
  return 1;
}

}  // namespace entente
