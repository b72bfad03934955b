// Tests of the manifest: the built-in one parses with a BibTeX table for every
// dataset, and a malformed entry or bibtex table is a located data error.
#include "data/manifest.h"

#include <set>

#include <gtest/gtest.h>

namespace entente {
namespace manifest_test {

const char* const kEntry =
    "[[dataset]]\n"
    "id = \"x\"\npath = \"x.csv\"\ntitle = \"X\"\npublisher = \"P\"\nversion = \"1\"\n"
    "sha256 = \"0000000000000000000000000000000000000000000000000000000000000000\"\n"
    "rows = 1\ncitation = \"C\"\nlicence = \"L\"\nsource = \"https://example.org\"\n";  // lines 1-11

std::string WithBibtex(const std::string& table) { return std::string(kEntry) + "[dataset.bibtex]\n" + table; }

TEST(Manifest, BundleHasAReferenceForEveryDataset) {
  const Manifest& m = Manifest::Bundle();
  ASSERT_EQ(m.datasets().size(), 17u);
  std::set<std::string> keys;
  for (const DatasetInfo& d : m.datasets()) {
    EXPECT_TRUE(d.bibtex.type == "article" || d.bibtex.type == "book" || d.bibtex.type == "misc") << d.id;
    EXPECT_FALSE(d.bibtex.title.empty()) << d.id;
    EXPECT_TRUE(keys.insert(d.bibtex.key).second) << d.id;
  }
  const DatasetInfo* jcr = m.Find("identical_resolutions");
  ASSERT_NE(jcr, nullptr);
  EXPECT_EQ(jcr->bibtex.type, "article");
  EXPECT_EQ(jcr->bibtex.key, "bailey2017estimating");
  EXPECT_EQ(jcr->bibtex.authors,
            (std::vector<std::string>{"Michael A. Bailey", "Anton Strezhnev", "Erik Voeten"}));
  EXPECT_EQ(jcr->bibtex.journal, "Journal of Conflict Resolution");
  EXPECT_EQ(jcr->bibtex.year, 2017);
  EXPECT_EQ(jcr->bibtex.volume, "61");
  EXPECT_EQ(jcr->bibtex.number, "2");
  EXPECT_EQ(jcr->bibtex.pages, "430--456");
  const DatasetInfo* sipri = m.Find("sipri_transfers");
  ASSERT_NE(sipri, nullptr);
  EXPECT_EQ(sipri->bibtex.body, "Stockholm International Peace Research Institute");
  EXPECT_TRUE(sipri->bibtex.authors.empty());
  EXPECT_EQ(sipri->bibtex.url, "https://www.sipri.org/databases/armstransfers");
  const DatasetInfo* rivalries = m.Find("td_rivalries");
  ASSERT_NE(rivalries, nullptr);
  EXPECT_EQ(rivalries->bibtex.type, "book");
  EXPECT_EQ(rivalries->bibtex.publisher, "CQ Press");
  // No DOI appears in any citation of the bundle, so none is given.
  for (const DatasetInfo& d : m.datasets()) EXPECT_TRUE(d.bibtex.doi.empty()) << d.id;
}

TEST(Manifest, ParsesABibtexTable) {
  Result<Manifest> m = Manifest::Parse(
      WithBibtex("type = \"book\"\nkey = \"a2011:b\"\nauthors = [\"A\", \"B C\"]\ntitle = \"T\"\n"
                 "year = 2011\npublisher = \"P\"\nnote = \"N\"\n"),
      "m.toml");
  ASSERT_TRUE(m.ok()) << m.status().ToString();
  const BibReference& b = m->datasets().at(0).bibtex;
  EXPECT_EQ(b.type, "book");
  EXPECT_EQ(b.key, "a2011:b");
  EXPECT_EQ(b.authors, (std::vector<std::string>{"A", "B C"}));
  EXPECT_EQ(b.year, 2011);
  EXPECT_EQ(b.publisher, "P");
  EXPECT_EQ(b.note, "N");
  EXPECT_TRUE(b.journal.empty());
}

TEST(Manifest, RejectsMalformedBibtexTablesWithTheirPlace) {
  struct Case {
    std::string toml;
    std::string message;
  } cases[] = {
      {kEntry, "m.toml:1:1: dataset needs a [dataset.bibtex] table"},
      {std::string(kEntry) + "bibtex = \"x\"\n", "m.toml:12:10: bibtex: expected a table"},
      {WithBibtex("type = \"misc\"\nkey = \"k\"\ntitle = \"T\"\njounral = \"J\"\n"),
       "m.toml:16:1: bibtex: unknown field \"jounral\""},
      {WithBibtex("type = \"misc\"\nkey = \"k\"\ntitle = \"T\"\nyear = \"2011\"\n"),
       "m.toml:16:8: bibtex.year: expected a year"},
      {WithBibtex("type = \"misc\"\nkey = \"k\"\ntitle = \"T\"\nyear = 20111\n"), "m.toml:16:8: bibtex.year"},
      {WithBibtex("type = \"misc\"\nkey = \"k\"\ntitle = 3\n"), "m.toml:15:9: bibtex.title: expected a text"},
      {WithBibtex("type = \"misc\"\nkey = \"k\"\ntitle = \"\"\n"), "m.toml:15:9: bibtex.title: expected a text"},
      {WithBibtex("type = \"misc\"\nkey = \"k\"\ntitle = \"T\"\nauthors = \"A and B\"\n"),
       "m.toml:16:11: bibtex.authors: expected a list of names"},
      {WithBibtex("type = \"misc\"\nkey = \"k\"\ntitle = \"T\"\nauthors = [\"A\", 2]\n"),
       "m.toml:16:17: bibtex.authors: expected a name"},
      {WithBibtex("type = \"inproceedings\"\nkey = \"k\"\ntitle = \"T\"\n"), "m.toml:12:1: bibtex.type: expected"},
      {WithBibtex("type = \"misc\"\nkey = \"a key\"\ntitle = \"T\"\n"), "m.toml:12:1: bibtex.key: expected a key"},
      {WithBibtex("type = \"misc\"\ntitle = \"T\"\n"), "m.toml:12:1: bibtex.key"},
      {WithBibtex("type = \"misc\"\nkey = \"k\"\n"), "m.toml:12:1: bibtex: needs a \"title\""},
      {WithBibtex("type = \"article\"\nkey = \"k\"\ntitle = \"T\"\nauthors = [\"A\"]\nyear = 2000\n"),
       "m.toml:12:1: bibtex: an article needs"},
      {WithBibtex("type = \"book\"\nkey = \"k\"\ntitle = \"T\"\nbody = \"B\"\npublisher = \"P\"\n"),
       "m.toml:12:1: bibtex: a book needs"},
      {WithBibtex("type = \"misc\"\nkey = \"k\"\ntitle = \"T\"\nbody = \"B\"\nauthors = [\"A\"]\n"),
       "m.toml:12:1: bibtex: give \"authors\""},
      {WithBibtex("type = \"misc\"\nkey = \"k\"\ntitle = \"T\"\n") + "\n" +
           std::string(kEntry).replace(std::string(kEntry).find("\"x\""), 3, "\"y\"") +
           "[dataset.bibtex]\ntype = \"misc\"\nkey = \"k\"\ntitle = \"U\"\n",
       "m.toml:28:1: bibtex.key: \"k\" is the key of another dataset"},
  };
  for (const Case& c : cases) {
    Result<Manifest> m = Manifest::Parse(c.toml, "m.toml");
    ASSERT_FALSE(m.ok()) << c.toml;
    EXPECT_EQ(m.status().code(), Status::Code::kDataError);
    EXPECT_EQ(m.status().message().rfind(c.message, 0), 0u) << c.message << "\n got: " << m.status().message();
  }
}

}  // namespace manifest_test
}  // namespace entente
