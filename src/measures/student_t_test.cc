// Tests of Student's t distribution: invalid input first, then the closed
// forms for one and two degrees of freedom, then tabulated quantiles.
#include "measures/student_t.h"

#include <cmath>
#include <numbers>

#include <gtest/gtest.h>

#include "measures/normal_distribution.h"

namespace entente {
namespace student_t_test {

TEST(StudentT, InvalidInput) {
  EXPECT_EQ(StudentTCdf(1, 0), std::nullopt);
  EXPECT_EQ(StudentTCdf(1, -2), std::nullopt);
  EXPECT_EQ(StudentTCdf(std::nan(""), 3), std::nullopt);
  EXPECT_EQ(StudentTQuantile(0, 3), std::nullopt);
  EXPECT_EQ(StudentTQuantile(1, 3), std::nullopt);
  EXPECT_EQ(StudentTQuantile(0.9, 0), std::nullopt);
}

TEST(StudentT, ClosedFormsForOneAndTwoDegrees) {
  // df = 1 is the Cauchy distribution: 1/2 + atan(t)/pi; df = 2:
  // 1/2 + t / (2 sqrt(2 + t^2)).
  for (double t : {-7.0, -1.0, -0.3, 0.0, 0.5, 2.0, 12.0}) {
    EXPECT_NEAR(*StudentTCdf(t, 1), 0.5 + std::atan(t) / std::numbers::pi, 1e-13) << t;
    EXPECT_NEAR(*StudentTCdf(t, 2), 0.5 + t / (2 * std::sqrt(2 + t * t)), 1e-13) << t;
  }
  EXPECT_NEAR(*StudentTQuantile(0.975, 1), std::tan(std::numbers::pi * 0.475), 1e-9);
}

TEST(StudentT, TabulatedQuantiles) {
  // Two-sided 95% critical values of t (e.g. Fisher and Yates' tables).
  struct Case {
    double df, t975;
  } cases[] = {{2, 4.302652729749464}, {3, 3.182446305284263}, {10, 2.228138851986274},
               {13, 2.160368656461013}, {30, 2.042272456301238}, {1000, 1.962339080826408}};
  for (const auto& c : cases) {
    EXPECT_NEAR(*StudentTQuantile(0.975, c.df), c.t975, 1e-6) << c.df;
    EXPECT_NEAR(*StudentTQuantile(0.025, c.df), -c.t975, 1e-6) << c.df;
    EXPECT_NEAR(*StudentTCdf(c.t975, c.df), 0.975, 1e-9) << c.df;
  }
  EXPECT_EQ(*StudentTQuantile(0.5, 7), 0.0);
}

TEST(StudentT, ApproachesTheNormalWithManyDegrees) {
  EXPECT_NEAR(*StudentTCdf(1.5, 1e7), NormalCdf(1.5), 1e-6);
}

}  // namespace student_t_test
}  // namespace entente
