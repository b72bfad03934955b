// A progress bar on stderr, shown only on a terminal and only once a run has
// taken more than a second: `entente ideal` and `entente panel` use it.
#ifndef ENTENTE_CLI_PROGRESS_BAR_H_
#define ENTENTE_CLI_PROGRESS_BAR_H_

#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <string>

namespace entente {

class ProgressBar {
 public:
  // `label` starts the line, e.g. "ideal points".
  explicit ProgressBar(std::string label)
      : label_(std::move(label)), start_(std::chrono::steady_clock::now()), tty_(isatty(STDERR_FILENO) != 0) {}
  ~ProgressBar() {
    if (shown_) std::fprintf(stderr, "\r%60s\r", "");
  }
  // `fraction` of the work done, 0 to 1.
  void Update(double fraction) {
    if (!tty_) return;
    auto now = std::chrono::steady_clock::now();
    if (now - start_ < std::chrono::seconds(1)) return;
    int percent = static_cast<int>(fraction * 100);
    if (shown_ && percent == last_) return;
    int filled = static_cast<int>(fraction * 40);
    std::fprintf(stderr, "\r%s [%s%s] %3d%%", label_.c_str(), std::string(filled, '#').c_str(),
                 std::string(40 - filled, ' ').c_str(), percent);
    std::fflush(stderr);
    shown_ = true;
    last_ = percent;
  }

 private:
  std::string label_;
  std::chrono::steady_clock::time_point start_;
  bool tty_;
  bool shown_ = false;
  int last_ = -1;
};

}  // namespace entente

#endif  // ENTENTE_CLI_PROGRESS_BAR_H_
