// libFuzzer target for the argument parser of every command: the input is a
// command line (arguments separated by NUL bytes) given to the real app. Each
// must end in an exit code of 0-3 and never in a crash. The commands reach no
// data and write nowhere: there is no bundle, the working folder is empty,
// standard input and output are /dev/null, and arguments that name a data folder or
// an output file, fetch a bundle or start the server (`serve` runs
// entente-serve in place of the process), are left out.
#include <fcntl.h>
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include <CLI/CLI.hpp>

#include "cli/app.h"
#include "cli/cli_context.h"

namespace {

constexpr size_t kMaxArguments = 24;

bool Allowed(std::string_view arg) {
  for (std::string_view bad : {"--data", "-o", "--output", "fetch", "serve"}) {
    if (arg.substr(0, bad.size()) == bad) return false;
  }
  return true;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  char dir[] = "/tmp/entente_cli_fuzz_XXXXXX";
  if (::mkdtemp(dir) == nullptr || ::chdir(dir) != 0) std::abort();
  ::setenv("ENTENTE_DATA", "/nonexistent/entente-fuzz-data", 1);
  ::setenv("XDG_DATA_HOME", "/nonexistent/entente-fuzz-xdg", 1);
  ::setenv("XDG_CACHE_HOME", dir, 1);
  int null = ::open("/dev/null", O_WRONLY);
  if (null < 0 || ::dup2(null, STDOUT_FILENO) < 0) std::abort();
  int empty = ::open("/dev/null", O_RDONLY);  // `codes -` reads standard input
  if (empty < 0 || ::dup2(empty, STDIN_FILENO) < 0) std::abort();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::vector<std::string> args{"entente"};
  std::string_view text(reinterpret_cast<const char*>(data), size);
  while (!text.empty() && args.size() <= kMaxArguments) {
    size_t end = text.find('\0');
    std::string_view arg = text.substr(0, end);
    if (Allowed(arg)) args.emplace_back(arg);
    text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
  }
  std::vector<const char*> argv;
  for (const std::string& a : args) argv.push_back(a.c_str());
  entente::CliContext ctx;
  CLI::App app{"entente"};
  entente::SetupApp(app, ctx);
  int code = entente::RunApp(app, ctx, static_cast<int>(argv.size()), argv.data());
  if (code < 0 || code > 3) __builtin_trap();
  return 0;
}
