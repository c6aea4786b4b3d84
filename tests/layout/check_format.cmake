# SPDX-License-Identifier: GPL-3.0-or-later
# Every C++ source follows the repository's .clang-format.
file(GLOB_RECURSE sources ${ROOT}/core/*.cpp ${ROOT}/core/*.h ${ROOT}/app/*.cpp ${ROOT}/app/*.h
     ${ROOT}/plugins/*.cpp ${ROOT}/plugins/*.h ${ROOT}/tests/*.cpp ${ROOT}/tests/*.h)
set(unformatted "")
foreach(f ${sources})
  execute_process(COMMAND ${CLANG_FORMAT} --dry-run -Werror ${f} RESULT_VARIABLE rc
                  OUTPUT_QUIET ERROR_QUIET)
  if(NOT rc EQUAL 0)
    list(APPEND unformatted ${f})
  endif()
endforeach()
if(unformatted)
  list(JOIN unformatted "\n  " text)
  message(FATAL_ERROR "Not clang-formatted (run clang-format -i on them):\n  ${text}")
endif()
