# SPDX-License-Identifier: GPL-3.0-or-later
# Copies the first BYTES bytes of SRC to DST: a file cut short, as by a failed download.
file(REMOVE "${DST}")
execute_process(COMMAND head -c ${BYTES} "${SRC}" OUTPUT_FILE "${DST}" RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "truncation failed")
endif()
