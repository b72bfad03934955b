// Writing BibTeX entries for the datasets of the manifest.
#include "output/bibtex.h"

#include <vector>

#include <fmt/format.h>
#include <fmt/ranges.h>

namespace entente {

std::string BibtexEscape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '\\': out += "\\textbackslash{}"; break;
      case '{': out += "\\{"; break;
      case '}': out += "\\}"; break;
      case '&': out += "\\&"; break;
      case '%': out += "\\%"; break;
      case '$': out += "\\$"; break;
      case '#': out += "\\#"; break;
      case '_': out += "\\_"; break;
      case '~': out += "\\textasciitilde{}"; break;
      case '^': out += "\\textasciicircum{}"; break;
      // A line break inside a field is a space to BibTeX; keep entries one field a line.
      case '\n': case '\r': case '\t': out += ' '; break;
      default: out += c;
    }
  }
  return out;
}

std::string BibtexUrl(std::string_view url) {
  std::string out;
  for (char c : url) {
    if (c == '{') out += "%7B";
    else if (c == '}') out += "%7D";
    else if (c == '\\') out += "%5C";
    else if (c == ' ' || c == '\n' || c == '\r' || c == '\t') out += "%20";
    else out += c;
  }
  return out;
}

std::string BibtexNote(const DatasetInfo& d) {
  std::string note = d.bibtex.note;
  if (!note.empty() && note.back() != '.') note += '.';
  if (!note.empty()) note += ' ';
  note += fmt::format("Version {}; file {} of the entente data bundle, SHA-256 {}.", d.version, d.path, d.sha256);
  return note;
}

std::string BibtexEntry(const DatasetInfo& d) {
  const BibReference& b = d.bibtex;
  std::vector<std::pair<std::string_view, std::string>> fields;
  auto text = [&](std::string_view name, const std::string& value) {
    if (!value.empty()) fields.emplace_back(name, BibtexEscape(value));
  };
  if (!b.body.empty()) {
    // An organisation in braces of its own, so that it is not read as "last, first".
    fields.emplace_back("author", fmt::format("{{{}}}", BibtexEscape(b.body)));
  } else if (!b.authors.empty()) {
    std::vector<std::string> names;
    for (const std::string& a : b.authors) names.push_back(BibtexEscape(a));
    fields.emplace_back("author", fmt::format("{}", fmt::join(names, " and ")));
  }
  text("title", b.title);
  text("journal", b.journal);
  if (b.year) fields.emplace_back("year", std::to_string(*b.year));
  text("volume", b.volume);
  text("number", b.number);
  text("pages", b.pages);
  text("publisher", b.publisher);
  text("howpublished", b.howpublished);
  text("version", d.version);
  if (!b.doi.empty()) fields.emplace_back("doi", BibtexUrl(b.doi));
  if (!b.url.empty()) fields.emplace_back("url", BibtexUrl(b.url));
  text("note", BibtexNote(d));
  std::string out = fmt::format("@{}{{{},\n", b.type, b.key);
  for (const auto& [name, value] : fields) out += fmt::format("  {} = {{{}}},\n", name, value);
  out += "}\n";
  return out;
}

}  // namespace entente
