# Script half of embed_text: turns SRC into a C++ array and string_view NAME in OUT.
file(READ ${SRC} hex HEX)
string(LENGTH "${hex}" hex_len)
math(EXPR size "${hex_len} / 2")
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "'\\\\x\\1'," body "${hex}")
string(REGEX REPLACE "(('\\\\x[0-9a-f][0-9a-f]',){32})" "\\1\n" body "${body}")
file(WRITE ${OUT} "// Generated from ${SRC}; do not edit.\n#include <string_view>\nnamespace entente {\nnamespace {\nconst char ${NAME}_bytes[] = {\n${body}'\\0'};\n}\nextern const std::string_view ${NAME};\nconst std::string_view ${NAME}(${NAME}_bytes, ${size});\n}\n")
