# SPDX-License-Identifier: GPL-3.0-or-later
# One fuzz target for SECONDS over its seeds with its OPTIONS (-max_len, -dict): ctest's fuzz.*
# tests. libFuzzer adds what it finds to its first corpus folder, so that is a scratch copy,
# never the committed seeds. Any crash, sanitizer report, leak or input slower than 10 s fails
# the test; the reproducer stays in WORK.
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK}/corpus)
execute_process(COMMAND ${FUZZER} -max_total_time=${SECONDS} ${OPTIONS} -timeout=10
                        -print_final_stats=1 -artifact_prefix=${WORK}/ ${WORK}/corpus ${CORPUS}
                RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "${FUZZER} failed (exit ${rc}); reproducer: ${WORK}/crash-*|leak-*|timeout-*")
endif()
