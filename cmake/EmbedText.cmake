# embed_text(OUT_VAR NAME1 FILE1 [NAME2 FILE2 ...])
# Writes a source file per text file that defines `std::string_view entente::NAME`
# holding the file's bytes, so the binary carries its own manifest and tables and
# needs no install step to find them. Re-generated when the text file changes.
function(embed_text out_var)
  set(outputs)
  set(args ${ARGN})
  list(LENGTH args n)
  math(EXPR last "${n} - 1")
  foreach(i RANGE 0 ${last} 2)
    math(EXPR j "${i} + 1")
    list(GET args ${i} name)
    list(GET args ${j} file)
    set(src ${CMAKE_CURRENT_SOURCE_DIR}/${file})
    set(out ${CMAKE_CURRENT_BINARY_DIR}/generated/embedded_${name}.cc)
    add_custom_command(OUTPUT ${out}
      COMMAND ${CMAKE_COMMAND} -DNAME=${name} -DSRC=${src} -DOUT=${out}
              -P ${CMAKE_CURRENT_SOURCE_DIR}/cmake/EmbedTextRun.cmake
      DEPENDS ${src} ${CMAKE_CURRENT_SOURCE_DIR}/cmake/EmbedTextRun.cmake
      COMMENT "Embedding ${file}")
    list(APPEND outputs ${out})
  endforeach()
  set(${out_var} ${outputs} PARENT_SCOPE)
endfunction()
