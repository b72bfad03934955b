// Tests of the BibTeX writer: escaping, the fields of each entry type, and an
// entry for every dataset of the built-in manifest.
#include "output/bibtex.h"

#include <gtest/gtest.h>

#include "output/citations.h"

namespace entente {
namespace bibtex_test {

DatasetInfo Dataset() {
  DatasetInfo d;
  d.id = "x";
  d.path = "dir/x_y.csv";
  d.title = "X";
  d.version = "2.0";
  d.sha256 = std::string(64, 'a');
  d.citation = "A and B (2020), \"T\".";
  d.licence = "L";
  d.source = "https://example.org/x";
  d.bibtex.type = "article";
  d.bibtex.key = "a2020t";
  d.bibtex.authors = {"Ann A", "Bo B"};
  d.bibtex.title = "T";
  d.bibtex.journal = "J";
  d.bibtex.year = 2020;
  d.bibtex.volume = "3";
  d.bibtex.number = "28";
  d.bibtex.pages = "1--9";
  return d;
}

// The number of '{' minus '}' not preceded by a backslash.
int Balance(const std::string& s) {
  int depth = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    if (i > 0 && s[i - 1] == '\\') continue;
    depth += s[i] == '{';
    depth -= s[i] == '}';
  }
  return depth;
}

TEST(Bibtex, EscapesBracesAndTheCharactersLatexReads) {
  EXPECT_EQ(BibtexEscape("plain text, 1946-2022"), "plain text, 1946-2022");
  EXPECT_EQ(BibtexEscape("{R}"), "\\{R\\}");
  EXPECT_EQ(BibtexEscape("a}b{"), "a\\}b\\{");
  EXPECT_EQ(BibtexEscape("AT&T 50% $5 #1 un_votes"), "AT\\&T 50\\% \\$5 \\#1 un\\_votes");
  EXPECT_EQ(BibtexEscape("~^\\"), "\\textasciitilde{}\\textasciicircum{}\\textbackslash{}");
  EXPECT_EQ(BibtexEscape("two\nlines"), "two lines");
  EXPECT_EQ(BibtexEscape("Hammarskj\xc3\xb6ld"), "Hammarskj\xc3\xb6ld");  // UTF-8 kept
  EXPECT_EQ(Balance(BibtexEscape("}}} {")), 0);
}

TEST(Bibtex, UrlsStayVerbatimButCannotCloseTheField) {
  EXPECT_EQ(BibtexUrl("https://e.org/a_b?x=1%20&y=#f"), "https://e.org/a_b?x=1%20&y=#f");
  EXPECT_EQ(BibtexUrl("https://e.org/{x}"), "https://e.org/%7Bx%7D");
}

TEST(Bibtex, WritesAnArticle) {
  // Built with append, not "literal" + std::string: GCC 12 at -O3 warns
  // (-Warray-bounds) on that operator+ without cause.
  std::string digest = std::string(64, 'a');
  EXPECT_EQ(BibtexEntry(Dataset()),
            std::string("@article{a2020t,\n"
            "  author = {Ann A and Bo B},\n"
            "  title = {T},\n"
            "  journal = {J},\n"
            "  year = {2020},\n"
            "  volume = {3},\n"
            "  number = {28},\n"
            "  pages = {1--9},\n"
            "  version = {2.0},\n"
            "  note = {Version 2.0; file dir/x\\_y.csv of the entente data bundle, SHA-256 ")
                .append(digest)
                .append(".},\n}\n"));
}

TEST(Bibtex, WritesAnOrganisationInBracesAndEscapesEveryField) {
  DatasetInfo d = Dataset();
  d.bibtex = BibReference{};
  d.bibtex.type = "misc";
  d.bibtex.key = "org";
  d.bibtex.body = "Institute {of} Peace & War";
  d.bibtex.title = "Data_base {v2}";
  d.bibtex.publisher = "Institute";
  d.bibtex.url = "https://e.org/db";
  d.bibtex.note = "Cite as \"Source: X\"";
  d.version = "generated 12 Feb 2026 (50% sample)";
  std::string e = BibtexEntry(d);
  EXPECT_EQ(e.rfind("@misc{org,\n", 0), 0u) << e;
  EXPECT_NE(e.find("  author = {{Institute \\{of\\} Peace \\& War}},\n"), std::string::npos) << e;
  EXPECT_NE(e.find("  title = {Data\\_base \\{v2\\}},\n"), std::string::npos) << e;
  EXPECT_NE(e.find("  version = {generated 12 Feb 2026 (50\\% sample)},\n"), std::string::npos) << e;
  EXPECT_NE(e.find("  url = {https://e.org/db},\n"), std::string::npos) << e;
  EXPECT_NE(e.find("  note = {Cite as \"Source: X\". Version generated 12 Feb 2026 (50\\% sample); file"),
            std::string::npos) << e;
  EXPECT_EQ(e.find("journal"), std::string::npos) << e;
  EXPECT_EQ(e.find("year"), std::string::npos) << e;
  EXPECT_EQ(Balance(e), 0) << e;
}

TEST(Bibtex, EveryDatasetOfTheBundleHasABalancedEntryWithItsChecksum) {
  for (const DatasetInfo& d : Manifest::Bundle().datasets()) {
    std::string e = BibtexEntry(d);
    EXPECT_EQ(e.rfind("@" + d.bibtex.type + "{" + d.bibtex.key + ",\n", 0), 0u) << e;
    EXPECT_NE(e.find("SHA-256 " + d.sha256 + ".}"), std::string::npos) << e;
    EXPECT_EQ(Balance(e), 0) << e;
    EXPECT_EQ(e.find("doi"), std::string::npos) << e;
  }
}

TEST(Citations, TextAndJsonCarryTheFullCitation) {
  DatasetInfo d = Dataset();
  std::string text = CitationText(d);
  EXPECT_EQ(text,
            "x: X\n  A and B (2020), \"T\".\n  Version 2.0; file dir/x_y.csv of the entente data bundle, SHA-256 " +
                std::string(64, 'a') + ".\n  Licence: L. https://example.org/x\n");
  nlohmann::ordered_json j = CitationsJson({&d});
  ASSERT_EQ(j.size(), 1u);
  EXPECT_EQ(j[0]["id"], "x");
  EXPECT_EQ(j[0]["sha256"], std::string(64, 'a'));
  EXPECT_EQ(j[0]["citation"], d.citation);
  EXPECT_EQ(j[0]["bibtex"], BibtexEntry(d));
}

}  // namespace bibtex_test
}  // namespace entente
