# SPDX-License-Identifier: GPL-3.0-or-later
# Copies a project file and applies one SQL statement to the copy (to build broken fixtures).
file(COPY_FILE "${SRC}" "${DST}")
execute_process(COMMAND sqlite3 "${DST}" "${SQL}" RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "sqlite3 failed on ${DST}")
endif()
