// SHA-256 of files and strings (OpenSSL's implementation), as lower-case hex.
#ifndef ENTENTE_DATA_SHA256_H_
#define ENTENTE_DATA_SHA256_H_

#include <filesystem>
#include <string>
#include <string_view>

#include "core/status.h"

namespace entente {

std::string Sha256Hex(std::string_view bytes);
// The 32 bytes of the digest, not hex.
std::string Sha256Digest(std::string_view bytes);
// Reads the whole file; an i/o error names it when it cannot be read.
Result<std::string> Sha256File(const std::filesystem::path& path);

}  // namespace entente

#endif  // ENTENTE_DATA_SHA256_H_
