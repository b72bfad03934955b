// Where tests find the data bundle: $ENTENTE_DATA, else ../shared/data beside
// the source tree. Tests that need it skip, saying so, when it is absent.
#ifndef ENTENTE_TESTS_SUPPORT_BUNDLE_H_
#define ENTENTE_TESTS_SUPPORT_BUNDLE_H_

#include <cstdlib>
#include <filesystem>
#include <optional>

namespace entente::testing {

inline std::optional<std::filesystem::path> BundleDir() {
  const char* env = std::getenv("ENTENTE_DATA");
  std::filesystem::path dir = env != nullptr && *env != '\0'
                                  ? std::filesystem::path(env)
                                  : std::filesystem::path(ENTENTE_SOURCE_DIR) / ".." / "shared" / "data";
  if (std::filesystem::is_regular_file(dir / "countries" / "codelist.csv")) return dir;
  return std::nullopt;
}

}  // namespace entente::testing

#define ENTENTE_REQUIRE_BUNDLE(dir_var)                                          \
  auto dir_var##_opt = ::entente::testing::BundleDir();                          \
  if (!dir_var##_opt) GTEST_SKIP() << "data bundle not found (set ENTENTE_DATA)"; \
  const std::filesystem::path dir_var = *dir_var##_opt

#endif  // ENTENTE_TESTS_SUPPORT_BUNDLE_H_
