// entente-download URL OUT: downloads one http(s) URL into the file OUT.
//
// A helper program of `entente data fetch --from URL`, kept apart from the
// main binary (as git keeps git-remote-https apart) so that entente does not
// load the HTTP and TLS libraries on every start. Exit 0 on success; 1 with a
// one-line message on stderr when the download fails or the server does not
// answer 200; 2 on wrong arguments.
#include <fstream>
#include <iostream>
#include <string>

#include <httplib.h>

namespace {

constexpr int kConnectTimeoutSeconds = 10;
constexpr int kReadTimeoutSeconds = 60;

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: entente-download URL OUT\n";
    return 2;
  }
  std::string url = argv[1];
  size_t scheme_end = url.find("://");
  if (scheme_end == std::string::npos || (url.rfind("http://", 0) != 0 && url.rfind("https://", 0) != 0)) {
    std::cerr << url << ": expected an http:// or https:// URL\n";
    return 2;
  }
  size_t slash = url.find('/', scheme_end + 3);
  std::string base = slash == std::string::npos ? url : url.substr(0, slash);
  std::string path = slash == std::string::npos ? "/" : url.substr(slash);
  httplib::Client client(base);
  client.set_connection_timeout(kConnectTimeoutSeconds);
  client.set_read_timeout(kReadTimeoutSeconds);
  client.set_follow_location(true);
  std::ofstream file(argv[2], std::ios::binary | std::ios::trunc);
  if (!file) {
    std::cerr << "cannot write " << argv[2] << "\n";
    return 1;
  }
  auto res = client.Get(path, [&](const char* data, size_t n) {
    file.write(data, static_cast<std::streamsize>(n));
    return static_cast<bool>(file);
  });
  if (!res) {
    std::cerr << url << ": download failed (" << httplib::to_string(res.error()) << ")\n";
    return 1;
  }
  if (res->status != 200) {
    std::cerr << url << ": HTTP status " << res->status << "\n";
    return 1;
  }
  file.close();
  if (!file) {
    std::cerr << "error while writing " << argv[2] << "\n";
    return 1;
  }
  return 0;
}
