// A test fixture holding the country registry built from the data bundle,
// for loaders that map names or codes to states; skips without the bundle.
#ifndef ENTENTE_TESTS_SUPPORT_REGISTRY_FIXTURE_H_
#define ENTENTE_TESTS_SUPPORT_REGISTRY_FIXTURE_H_

#include <filesystem>
#include <memory>

#include <gtest/gtest.h>

#include "data/country_registry.h"
#include "support/bundle.h"

namespace entente::testing {

class BundleRegistryTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto dir = BundleDir();
    if (!dir) GTEST_SKIP() << "data bundle not found (set ENTENTE_DATA)";
    dir_ = *dir;
    auto reg = CountryRegistry::Load(dir_);
    ASSERT_TRUE(reg.ok()) << reg.status().ToString();
    registry_ = std::make_unique<CountryRegistry>(std::move(reg.value()));
  }
  std::filesystem::path dir_;
  std::unique_ptr<CountryRegistry> registry_;
};

}  // namespace entente::testing

#endif  // ENTENTE_TESTS_SUPPORT_REGISTRY_FIXTURE_H_
