// Loader of the Thompson and Dreyer strategic rivalries.
//
// Dataset: cow/td_rivalries.csv (id td_rivalries), 197 rivalries, 1494-2010.
// Publisher: Thompson and Dreyer, as tidied by peacesciencer (Miller 2022).
// Citation: William R. Thompson and David R. Dreyer (2011), Handbook of
// International Rivalries, 1494-2010, CQ Press.
// Columns used: rivalryno, rivalryname, ccode1, ccode2, styear, endyear,
// region, type1..type3 (the rivalry's kinds: spatial, positional,
// ideological, interventionary; the first is the main one).
// Quirks: an unquoted NA marks an unused type; an end year of 2010 is the end
// of coverage, so such a rivalry may continue. A pair may have several
// rivalries (China-Japan 1 and 2).
#ifndef ENTENTE_DATA_TD_RIVALRIES_H_
#define ENTENTE_DATA_TD_RIVALRIES_H_

#include <filesystem>
#include <istream>
#include <string>
#include <vector>

#include "core/country.h"
#include "core/status.h"

namespace entente {

struct Rivalry {
  int number = 0;
  std::string name;
  CowCode ccode1;
  CowCode ccode2;
  int start_year = 0;
  int end_year = 0;
  std::string region;
  std::vector<std::string> types;  // 1 to 3, in the file's order
};

// Reads every rivalry; a data error names file:line:column.
Result<std::vector<Rivalry>> LoadTdRivalries(std::istream& in, const std::string& source);
Result<std::vector<Rivalry>> LoadTdRivalries(const std::filesystem::path& path);

}  // namespace entente

#endif  // ENTENTE_DATA_TD_RIVALRIES_H_
