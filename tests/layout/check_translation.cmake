# SPDX-License-Identifier: GPL-3.0-or-later
# The Korean translation must cover every tr() string in the sources: lupdate a copy of the .ts
# against app/ (so a string added without translating it shows up as unfinished), then count.
get_filename_component(name ${TS} NAME)
set(copy ${WORK_DIR}/${name})
file(COPY_FILE ${TS} ${copy})
execute_process(COMMAND ${LUPDATE} -silent -no-obsolete -locations none ${SOURCES} -ts ${copy}
                RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "lupdate failed on ${copy}")
endif()
file(READ ${copy} content)
string(REGEX MATCHALL "<message" messages "${content}")
string(REGEX MATCHALL "type=\"unfinished\"" unfinished "${content}")
list(LENGTH messages n_messages)
list(LENGTH unfinished n_unfinished)
if(n_messages LESS 50)
  message(FATAL_ERROR "${TS} has only ${n_messages} messages")
endif()
if(n_unfinished GREATER 0)
  message(FATAL_ERROR "${TS}: ${n_unfinished} of ${n_messages} messages are untranslated or missing; run lupdate and translate them")
endif()
message("${TS}: ${n_messages} messages, all translated")
